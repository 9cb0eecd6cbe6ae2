import { sql } from "drizzle-orm";
import { configuredKind, getDb, type DbKind } from "@/db/client";

export async function checkDatabase(timeoutMs = 3000): Promise<{ ok: boolean; kind: DbKind }> {
  const kind = configuredKind();
  try {
    const db = await getDb();
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref()),
    ]);
    return { ok: true, kind };
  } catch {
    return { ok: false, kind };
  }
}
