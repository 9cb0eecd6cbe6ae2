/** Annual purchasing targets of buyer organisations (budget units, trade unions, companies), set by the office. */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { organizations, purchaseTargets } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { ADMIN } from "./common";

/** "1234.5" yuan → 123450 fen, exactly (no floats). */
export function yuanToFen(s: string): number | null {
  const m = /^(\d{1,11})(?:\.(\d{1,2}))?$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

export interface BuyerOrgTarget {
  orgId: string;
  name: string;
  kind: string;
  year: number | null;
  targetFen: number | null;
}

/** Buyer organisations with their target for `year` (null when none is set). */
export async function listBuyerOrgTargets(year: number): Promise<BuyerOrgTarget[]> {
  const db = await getDb();
  return db
    .select({ orgId: organizations.id, name: organizations.name, kind: organizations.kind, year: purchaseTargets.year, targetFen: purchaseTargets.targetFen })
    .from(organizations)
    .leftJoin(purchaseTargets, and(eq(purchaseTargets.orgId, organizations.id), eq(purchaseTargets.year, year)))
    .where(eq(organizations.type, "buyer"))
    .orderBy(asc(organizations.kind), asc(organizations.name));
}

export const setPurchaseTarget = mutation({
  roles: ADMIN,
  input: z.strictObject({
    orgId: z.uuid(),
    year: z.coerce.number().int().min(2020).max(2100),
    targetYuan: z.string().trim().refine((s) => yuanToFen(s) !== null, "$invalidAmount"),
  }),
  async run({ tx, user, input }) {
    const targetFen = yuanToFen(input.targetYuan)!;
    const [org] = await tx.select({ type: organizations.type }).from(organizations).where(eq(organizations.id, input.orgId));
    if (!org) throw new DomainError("not_found");
    if (org.type !== "buyer") throw new DomainError("invalid", "notBuyerOrg");
    const [before] = await tx
      .select({ targetFen: purchaseTargets.targetFen })
      .from(purchaseTargets)
      .where(and(eq(purchaseTargets.orgId, input.orgId), eq(purchaseTargets.year, input.year)));
    await tx
      .insert(purchaseTargets)
      .values({ orgId: input.orgId, year: input.year, targetFen, setBy: user.id })
      .onConflictDoUpdate({ target: [purchaseTargets.orgId, purchaseTargets.year], set: { targetFen, setBy: user.id, createdAt: sql`now()` } });
    await audit(tx, {
      actorId: user.id,
      action: "purchase_target.set",
      entity: "organization",
      entityId: input.orgId,
      before: before ? { year: input.year, targetFen: before.targetFen } : null,
      after: { year: input.year, targetFen },
    });
    return { orgId: input.orgId, year: input.year, targetFen };
  },
});

export async function listTargetYears(): Promise<number[]> {
  const db = await getDb();
  const rows = await db.selectDistinct({ year: purchaseTargets.year }).from(purchaseTargets).orderBy(desc(purchaseTargets.year));
  return rows.map((r) => r.year);
}
