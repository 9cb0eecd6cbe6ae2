/**
 * Auth.js configuration without database access: shared by the proxy (redirects only) and lib/auth/auth.ts.
 */
import type { NextAuthConfig } from "next-auth";
import type { Role } from "./roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; roles: Role[] };
  }
  interface User {
    roles?: Role[];
    /** The account's session version at sign-in (users.sessionVersion). */
    sv?: number;
  }
}

export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // Only at sign-in, from the database (authorize): never from a client's session update, so a token issued
      // before a password change cannot claim the new version.
      if (user?.id) {
        token.sub = user.id;
        token.roles = user.roles ?? [];
        token.sv = user.sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      // Only the id is trusted downstream; lib/auth/session.ts reloads roles and status from the database.
      session.user = { ...session.user, id: typeof token.sub === "string" ? token.sub : "", name: token.name, roles: (token.roles as Role[]) ?? [] };
      return session;
    },
    redirect({ url, baseUrl }) {
      return safeRedirect(url, baseUrl);
    },
  },
} satisfies NextAuthConfig;

/** Only paths on our own origin; anything else (https://evil.com, //evil.com, /\evil.com) goes home. */
export function safeRedirect(url: string | null | undefined, baseUrl: string): string {
  if (!url) return baseUrl;
  try {
    const base = new URL(baseUrl);
    const target = new URL(url, base);
    if (target.origin !== base.origin) return baseUrl;
    if (url.startsWith("//") || url.startsWith("/\\") || url.includes("\\")) return baseUrl;
    return target.href;
  } catch {
    return baseUrl;
  }
}

/** The same rule for a relative callback path used by our own forms. */
export function safeCallbackPath(raw: unknown): string | null {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return null;
  try {
    const u = new URL(raw, "http://x.invalid");
    if (u.origin !== "http://x.invalid") return null;
    return u.pathname + u.search + u.hash;
  } catch {
    return null;
  }
}
