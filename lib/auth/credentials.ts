import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { isLocale } from "@/lib/i18n/routing";
import { parseIdentifier } from "./identifier";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearAccount, recordFailure, throttledFor, throttleKeys } from "./throttle";
import type { Role } from "./roles";

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; roles: Role[]; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSec: number };

export const MAX_PASSWORD_LENGTH = 256;

/**
 * Check an identifier (phone or e-mail) and password. Unknown account, wrong password and disabled
 * account all answer "invalid" after the same argon2 work, so nothing tells which it was.
 * `locale`: the language of the sign-in page. On success it becomes the account's language, which notifications and
 * their e-mails are written in: someone who signs in on the English pages reads them in English.
 */
export async function verifyCredentials(input: {
  identifier: unknown;
  password: unknown;
  ip: string | null;
  locale?: unknown;
}): Promise<CredentialsResult> {
  const identifierRaw = typeof input.identifier === "string" ? input.identifier.slice(0, 254) : "";
  const password = typeof input.password === "string" ? input.password : "";
  const keys = throttleKeys(identifierRaw, input.ip);
  const wait = await throttledFor(keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSec: wait };

  const ident = parseIdentifier(identifierRaw);
  const db = await getDb();
  const [user] = ident
    ? await db
        .select({ id: users.id, name: users.name, roles: users.roles, status: users.status, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
        .from(users)
        .where(ident.kind === "phone" ? eq(users.phone, ident.value) : eq(sql`lower(${users.email})`, ident.value))
        .limit(1)
    : [];
  const passwordOk =
    password.length > 0 &&
    password.length <= MAX_PASSWORD_LENGTH &&
    (await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password));
  if (!user || !passwordOk || user.status !== "active") {
    await recordFailure(keys);
    return { ok: false, reason: "invalid" };
  }
  await clearAccount(keys);
  if (isLocale(input.locale)) await db.update(users).set({ locale: input.locale }).where(and(eq(users.id, user.id), ne(users.locale, input.locale)));
  return { ok: true, user: { id: user.id, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion } };
}
