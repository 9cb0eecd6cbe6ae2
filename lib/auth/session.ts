import { cache } from "react";
import { eq, sql } from "drizzle-orm";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { preparedStatement } from "@/db/prepared";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import type { Role } from "./roles";

export interface SessionUser {
  id: string;
  name: string;
  roles: Role[];
  locale: string;
  /** Signed in with a temporary password the office gave out: pages send them to 修改密码 first (guard.ts). */
  mustChangePassword?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Runs on every signed-in request and server action.
const activeUserById = preparedStatement((db) =>
  db
    .select({ id: users.id, name: users.name, roles: users.roles, status: users.status, locale: users.locale, sessionVersion: users.sessionVersion, mustChangePassword: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .limit(1)
    .prepare("session_user_by_id"),
);

/**
 * The user behind a session token's id, as the database says now: null when missing or disabled, or when the token
 * was issued under an older session version (the password changed since: see users.sessionVersion).
 */
export async function loadActiveUser(id: unknown, sessionVersion = 0): Promise<SessionUser | null> {
  if (typeof id !== "string" || !UUID.test(id)) return null;
  const [row] = await activeUserById(await getDb()).execute({ id });
  if (!row || row.status !== "active" || row.sessionVersion !== sessionVersion) return null;
  return { id: row.id, name: row.name, roles: row.roles, locale: row.locale, mustChangePassword: row.mustChangePassword };
}

/** Auth.js's session cookie names: the __Secure- one is set over https, each name is also the token's key salt. */
const SECURE_COOKIE = "__Secure-authjs.session-token";
const PLAIN_COOKIE = "authjs.session-token";

/** What a session token says about its holder: the user id, and the session version it was issued under. */
export interface SessionClaims {
  sub: string;
  /** Tokens issued before versions existed carry none: version 0, every account's first. */
  sv: number;
}

/** The user id inside a session cookie (see sessionClaims). */
export async function sessionSubject(cookieHeader: string, opts: { secret: string; https: boolean }): Promise<string | null> {
  return (await sessionClaims(cookieHeader, opts))?.sub ?? null;
}

/**
 * The claims inside a session cookie, decrypted and checked (JWE with a key derived from AUTH_SECRET and the cookie
 * name; `exp` enforced) — what Auth.js's `auth()` does, without its session callback and re-encryption of the cookie,
 * which a server component cannot set anyway. Only the cookie counts, never an Authorization header, and on https
 * only the __Secure- cookie, as Auth.js itself reads it. Null when absent, forged, expired or chunk-damaged.
 */
export async function sessionClaims(cookieHeader: string, opts: { secret: string; https: boolean }): Promise<SessionClaims | null> {
  const cookieName = opts.https ? SECURE_COOKIE : PLAIN_COOKIE;
  const headers = new Headers({ cookie: cookieHeader });
  const raw = await getToken({ req: { headers }, secret: opts.secret, cookieName, secureCookie: opts.https, raw: true });
  if (!raw) return null;
  // Decryption (WebCrypto AES + HMAC, key derivation) is the costly part of a signed-in request; a token already
  // opened is remembered by its exact bytes, scoped to the secret and cookie name, until its own expiry.
  const key = `${opts.secret}\0${cookieName}\0${raw}`;
  const known = openedTokens.get(key);
  if (known && known.expiresAt > Date.now()) return known.claims;
  const token = await getToken({ req: { headers }, secret: opts.secret, cookieName, secureCookie: opts.https });
  if (typeof token?.sub !== "string") return null;
  const sv = token.sv === undefined ? 0 : token.sv;
  // A version that is not a whole number matches no account's: the token is refused rather than read as 0.
  if (typeof sv !== "number" || !Number.isSafeInteger(sv)) return null;
  const claims = { sub: token.sub, sv };
  if (typeof token.exp === "number") {
    if (openedTokens.size >= OPENED_TOKENS_MAX) openedTokens.delete(openedTokens.keys().next().value!);
    openedTokens.set(key, { claims, expiresAt: token.exp * 1000 });
  }
  return claims;
}

/** Valid tokens already decrypted, oldest first (Map insertion order); only successes are kept. */
const openedTokens = new Map<string, { claims: SessionClaims; expiresAt: number }>();
const OPENED_TOKENS_MAX = 5_000;

/**
 * The signed-in user, re-read from the database on every request: a disabled or demoted user loses
 * access at once, whatever the JWT still says. A token without a valid user id fails closed.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  try {
    const h = await headers();
    return await sessionUserOf(h.get("cookie"), h.get("x-forwarded-proto"));
  } catch {
    return null;
  }
});

/**
 * The signed-in user of a request with these headers (getSessionUser's check, for code that runs before Next, such as
 * lib/private-pages.ts). Null on any failure.
 */
export async function sessionUserOf(cookie: string | null | undefined, forwardedProto: string | null | undefined): Promise<SessionUser | null> {
  try {
    // As in Auth.js: AUTH_URL, when set, is the request's origin; else Next's x-forwarded-proto (its own or the proxy's).
    const authUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
    const https = authUrl ? authUrl.startsWith("https:") : (forwardedProto ?? "").split(",")[0]!.trim() === "https";
    const claims = await sessionClaims(cookie ?? "", { secret: env.AUTH_SECRET, https });
    return claims ? await loadActiveUser(claims.sub, claims.sv) : null;
  } catch {
    return null;
  }
}
