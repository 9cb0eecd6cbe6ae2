import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authConfig } from "./auth.config";
import { verifyCredentials } from "./credentials";
import { clientIp } from "./throttle";

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  logger: {
    // A forged or stale session cookie is routine noise, not a server fault: one line, no stack.
    error(error) {
      if (error.name === "JWTSessionError") console.warn("[auth] ignored an invalid session token");
      else console.error("[auth]", error.name, error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {}, locale: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials({
          identifier: credentials?.identifier,
          password: credentials?.password,
          ip: clientIp(request.headers),
          locale: credentials?.locale,
        });
        if (result.ok) return { id: result.user.id, name: result.user.name, roles: result.user.roles, sv: result.user.sessionVersion };
        if (result.reason === "throttled") throw new ThrottledSignin();
        return null;
      },
    }),
  ],
});
