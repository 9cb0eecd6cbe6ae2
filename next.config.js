import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM + data files that bundling breaks; argon2/sharp are native.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp", "pg"],
  poweredByHeader: false,
  // The app renders plain <img> (uploads are re-encoded to WebP at upload time; illustrations are SVG), never
  // next/image, so the optimizer endpoint is switched off: with `unoptimized` Next 16.4 answers every
  // /_next/image request with 404 before reading its parameters or fetching anything
  // (next/dist/server/next-server.js, handleNextImageRequest). No URL fetch (SSRF), no decode (image RCEs).
  // The patterns below are a second line should anyone turn the optimizer back on: no remote hosts at all,
  // and locally only the illustrations.
  images: { unoptimized: true, remotePatterns: [], localPatterns: [{ pathname: "/illustrations/**", search: "" }] },
  experimental: {
    // 2-core machines; each build worker would open its own database connection.
    cpus: 1,
    // forbidden() renders app/[locale]/forbidden.tsx with status 403.
    authInterrupts: true,
    // Product editor posts photos with the form (10 MB each, checked again by the server); the proxy buffers
    // at most 10 MB of a body anyway (proxyClientMaxBodySize), so a larger limit here would not help.
    serverActions: { bodySizeLimit: "10mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
