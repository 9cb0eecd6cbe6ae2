/**
 * Fixed-window rate limits for expensive or abusable mutations (the LIMITS below), counted in the database so
 * they hold across processes. Shares the auth_throttle table with sign-in throttling (keys are namespaced:
 * "rl:<name>:<subject>"). Every attempt counts, refused ones too: what a limit bounds is the work and the probing.
 */
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authThrottle } from "@/db/schema";

export interface RateLimit {
  /** A stable name for the limited action, e.g. "checkout". */
  name: string;
  max: number;
  windowSec: number;
}

/**
 * Each limit sits far above what a person does by hand (the e2e specs and the checkout benchmark, one checkout per
 * buyer, stay well below) and far below what a script would need.
 */
export const LIMITS = {
  /**
   * Per buyer. A bank-transfer order holds its units for 7 days, so a script placing orders could hide a producer's
   * stock; a person fills in an address per checkout (a union buyer sending to several addresses does one each), so
   * one every 20 seconds for ten minutes is more than anyone types.
   */
  checkout: { name: "checkout", max: 30, windowSec: 10 * 60 },
  /**
   * Per seeker, attempts. The daily cap on applications made (APPLY_LIMIT_PER_DAY) does not see refused attempts
   * (closed jobs, duplicates, unknown ids), which cost a transaction each and probe the job ids.
   */
  apply: { name: "apply", max: 30, windowSec: 60 * 60 },
  /**
   * Per producer, product saves that carry photos: each photo is decoded and re-encoded (CPU seconds for a large
   * one) before the save can be refused. A producer entering a catalog saves a product with photos every few minutes.
   */
  productPhotos: { name: "product-photos", max: 60, windowSec: 60 * 60 },
  /**
   * Per client address, registrations that reach the database (valid forms): each costs an argon2 hash and says
   * whether a phone or e-mail is registered. Many real people share one address: a workshop's recruitment day
   * signs up dozens of workers on its Wi-Fi, and mobile carriers put whole towns behind a few addresses (CGNAT).
   * 60 an hour lets them through; enumerating numbers at 60 an hour per address gets nowhere.
   */
  register: { name: "register", max: 60, windowSec: 60 * 60 },
  /**
   * Per account, password changes tried: each costs two argon2 runs, and a wrong current password is a guess at it
   * by whoever holds the session. Ten in ten minutes, as for sign-in.
   */
  passwordChange: { name: "password-change", max: 10, windowSec: 10 * 60 },
} as const satisfies Record<string, RateLimit>;

/** Count one hit for `subject`; returns seconds to wait when over the limit, else 0. */
export async function hit(limit: RateLimit, subject: string): Promise<number> {
  const db = await getDb();
  const key = `rl:${limit.name}:${subject}`.slice(0, 300);
  const [row] = await db
    .insert(authThrottle)
    .values({ key, windowStart: new Date(), failures: 1 })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: sql`case when ${authThrottle.windowStart} < now() - make_interval(secs => ${limit.windowSec}) then 1 else ${authThrottle.failures} + 1 end`,
        windowStart: sql`case when ${authThrottle.windowStart} < now() - make_interval(secs => ${limit.windowSec}) then now() else ${authThrottle.windowStart} end`,
      },
    })
    .returning({ failures: authThrottle.failures, windowStart: authThrottle.windowStart });
  if (!row || row.failures <= limit.max) return 0;
  return Math.max(1, Math.ceil((row.windowStart.getTime() + limit.windowSec * 1000 - Date.now()) / 1000));
}
