/**
 * Sign-in throttling: at most 10 failed attempts per 10 minutes per account identifier and per IP.
 * Counters live in the database (fixed windows), so they hold across processes and restarts.
 * The identifier key is the normalised input, not a user id, so unknown and known accounts behave alike.
 */
import { inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authThrottle } from "@/db/schema";
import { parseIdentifier } from "./identifier";

export const MAX_FAILURES = 10;
export const WINDOW_MS = 10 * 60 * 1000;

/**
 * The account key is the identifier as the account lookup normalises it (parseIdentifier: phone digits without
 * +86, spaces or dashes; e-mail trimmed and lower-cased), so every spelling that reaches one account shares one
 * counter. Input that is neither keeps its trimmed, lower-cased form: it reaches no account.
 */
export function throttleKeys(identifier: string, ip: string | null): string[] {
  const account = parseIdentifier(identifier)?.value ?? identifier.trim().toLowerCase();
  const keys = [`acct:${account.slice(0, 254)}`];
  if (ip) keys.push(`ip:${ip.slice(0, 64)}`);
  return keys;
}

/** Seconds until the caller may try again, or 0 when not throttled. */
export async function throttledFor(keys: string[], now = new Date()): Promise<number> {
  const db = await getDb();
  const rows = await db.select().from(authThrottle).where(inArray(authThrottle.key, keys));
  let wait = 0;
  for (const r of rows) {
    const ends = r.windowStart.getTime() + WINDOW_MS;
    if (r.failures >= MAX_FAILURES && ends > now.getTime()) wait = Math.max(wait, Math.ceil((ends - now.getTime()) / 1000));
  }
  return wait;
}

export async function recordFailure(keys: string[]): Promise<void> {
  const db = await getDb();
  const windowSec = WINDOW_MS / 1000;
  for (const key of keys) {
    await db
      .insert(authThrottle)
      .values({ key, windowStart: new Date(), failures: 1 })
      .onConflictDoUpdate({
        target: authThrottle.key,
        set: {
          failures: sql`case when ${authThrottle.windowStart} < now() - make_interval(secs => ${windowSec}) then 1 else ${authThrottle.failures} + 1 end`,
          windowStart: sql`case when ${authThrottle.windowStart} < now() - make_interval(secs => ${windowSec}) then now() else ${authThrottle.windowStart} end`,
        },
      });
  }
}

/**
 * Deletes counter rows whose window ended long ago (sign-in 10 minutes, rate limits at most an hour): every new
 * identifier or address adds a row, so without this the table only grows. Run by the server's minute sweep.
 */
export async function pruneThrottleWindows(olderThanHours = 24): Promise<number> {
  const db = await getDb();
  const gone = await db
    .delete(authThrottle)
    .where(sql`${authThrottle.windowStart} < now() - make_interval(hours => ${olderThanHours})`)
    .returning({ key: authThrottle.key });
  return gone.length;
}

/** A successful sign-in clears the account counter (the IP counter keeps running). */
export async function clearAccount(keys: string[]): Promise<void> {
  const db = await getDb();
  const acct = keys.filter((k) => k.startsWith("acct:"));
  if (acct.length) await db.delete(authThrottle).where(inArray(authThrottle.key, acct));
}

/** The client address: the right-most X-Forwarded-For entry, i.e. what our reverse proxy saw. */
export function clientIp(headers: Headers): string | null {
  const xff = headers.get("x-forwarded-for");
  if (xff) {
    const parts = xff.split(",").map((s) => s.trim()).filter(Boolean);
    if (parts.length) return parts[parts.length - 1]!;
  }
  return headers.get("x-real-ip");
}
