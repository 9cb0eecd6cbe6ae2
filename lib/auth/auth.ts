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
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials({
          identifier: credentials?.identifier,
          password: credentials?.password,
          ip: clientIp(request.headers),
        });
        if (result.ok) return { id: result.user.id, name: result.user.name, roles: result.user.roles };
        if (result.reason === "throttled") throw new ThrottledSignin();
        return null;
      },
    }),
  ],
});
