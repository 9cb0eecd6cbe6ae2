/**
 * The reference app of the bench: a bare Next.js page with no app code (no proxy, no i18n, no database, no
 * client component), built and measured in the same run as XiangJi, so that each target is read next to
 * what this stack alone costs on this machine.
 */

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // bench/reference.ts builds a copy in the OS temp folder whose node_modules is a link to the project's:
  // Turbopack's root must hold both.
  turbopack: { root: "/" },
};

export default nextConfig;
