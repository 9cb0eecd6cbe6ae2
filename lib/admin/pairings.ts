/** 结对帮扶: Jinan districts paired with Xiangxi counties, maintained by the office. */
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { getDb } from "@/db/client";
import { regionPairings, regions } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { invalidate, TAGS } from "@/lib/cache";
import { ADMIN } from "./common";

export interface Region {
  code: string;
  name: string;
  nameEn: string;
  kind: "xiangxi_county" | "jinan_district";
}

export async function listRegions(): Promise<Region[]> {
  const db = await getDb();
  return db.select({ code: regions.code, name: regions.name, nameEn: regions.nameEn, kind: regions.kind }).from(regions).orderBy(asc(regions.kind), asc(regions.sort));
}

export interface Pairing {
  jinanCode: string;
  jinanName: string;
  xiangxiCode: string;
  xiangxiName: string;
}

export async function listPairings(): Promise<Pairing[]> {
  const db = await getDb();
  const j = alias(regions, "j");
  const x = alias(regions, "x");
  return db
    .select({ jinanCode: regionPairings.jinanCode, jinanName: j.name, xiangxiCode: regionPairings.xiangxiCode, xiangxiName: x.name })
    .from(regionPairings)
    .innerJoin(j, eq(j.code, regionPairings.jinanCode))
    .innerJoin(x, eq(x.code, regionPairings.xiangxiCode))
    .orderBy(asc(x.sort), asc(j.sort));
}

const input = z.strictObject({ jinanCode: z.string().regex(/^\d{6}$/, "$invalidValue"), xiangxiCode: z.string().regex(/^\d{6}$/, "$invalidValue") });

export const addPairing = mutation({
  roles: ADMIN,
  input,
  async run({ tx, user, input }) {
    const rows = await tx.select({ code: regions.code, kind: regions.kind }).from(regions);
    const kind = new Map(rows.map((r) => [r.code, r.kind]));
    if (kind.get(input.jinanCode) !== "jinan_district") throw new DomainError("invalid", "invalid", {}, { jinanCode: ["invalidValue"] });
    if (kind.get(input.xiangxiCode) !== "xiangxi_county") throw new DomainError("invalid", "invalid", {}, { xiangxiCode: ["invalidValue"] });
    const inserted = await tx.insert(regionPairings).values(input).onConflictDoNothing().returning({ j: regionPairings.jinanCode });
    if (!inserted.length) throw new DomainError("conflict", "pairingExists");
    await audit(tx, { actorId: user.id, action: "pairing.add", entity: "region_pairing", entityId: `${input.jinanCode}-${input.xiangxiCode}`, before: null, after: input });
    return input;
  },
  after: () => invalidate(TAGS.impact),
});

export const removePairing = mutation({
  roles: ADMIN,
  input,
  async run({ tx, user, input }) {
    const removed = await tx
      .delete(regionPairings)
      .where(and(eq(regionPairings.jinanCode, input.jinanCode), eq(regionPairings.xiangxiCode, input.xiangxiCode)))
      .returning({ j: regionPairings.jinanCode });
    if (!removed.length) throw new DomainError("not_found");
    await audit(tx, { actorId: user.id, action: "pairing.remove", entity: "region_pairing", entityId: `${input.jinanCode}-${input.xiangxiCode}`, before: input, after: null });
    return input;
  },
  after: () => invalidate(TAGS.impact),
});
