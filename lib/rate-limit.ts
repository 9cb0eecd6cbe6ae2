/**
 * Fixed-window rate limits for expensive or abusable mutations (checkout, apply, uploads), counted in
 * the database so they hold across processes. Shares the auth_throttle table with sign-in throttling
 * (keys are namespaced: "rl:<name>:<subject>").
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
