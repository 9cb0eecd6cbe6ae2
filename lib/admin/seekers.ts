/** Verifying a job seeker's registered-poor-labourer status (建档立卡). Only the last 4 ID digits are shown. */
import { asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { regions, seekerProfiles } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { ADMIN } from "./common";

export interface SeekerForAdmin {
  userId: string;
  fullName: string;
  countyName: string;
  idNumberLast4: string | null;
  poorLabourer: boolean;
  poorLabourerVerified: boolean;
}

/** Seekers who declared 建档立卡 status, unverified first. */
export async function listPoorLabourerClaims(): Promise<SeekerForAdmin[]> {
  const db = await getDb();
  return db
    .select({
      userId: seekerProfiles.userId,
      fullName: seekerProfiles.fullName,
      countyName: regions.name,
      idNumberLast4: seekerProfiles.idNumberLast4,
      poorLabourer: seekerProfiles.poorLabourer,
      poorLabourerVerified: seekerProfiles.poorLabourerVerified,
    })
    .from(seekerProfiles)
    .innerJoin(regions, eq(regions.code, seekerProfiles.countyCode))
    .where(sql`${seekerProfiles.poorLabourer} or ${seekerProfiles.poorLabourerVerified}`)
    .orderBy(asc(seekerProfiles.poorLabourerVerified), desc(seekerProfiles.createdAt))
    .limit(200);
}

export const setPoorLabourerVerified = mutation({
  roles: ADMIN,
  input: z.strictObject({ userId: z.uuid(), verified: z.enum(["true", "false"]).transform((v) => v === "true") }),
  async run({ tx, user, input }) {
    const [before] = await tx.select({ v: seekerProfiles.poorLabourerVerified }).from(seekerProfiles).where(eq(seekerProfiles.userId, input.userId)).for("update");
    if (!before) throw new DomainError("not_found");
    if (before.v === input.verified) throw new DomainError("conflict", "statusUnchanged");
    await tx.update(seekerProfiles).set({ poorLabourerVerified: input.verified, updatedAt: sql`now()` }).where(eq(seekerProfiles.userId, input.userId));
    await audit(tx, {
      actorId: user.id,
      action: input.verified ? "seeker.verify_poor" : "seeker.unverify_poor",
      entity: "seeker_profile",
      entityId: input.userId,
      before: { poorLabourerVerified: before.v },
      after: { poorLabourerVerified: input.verified },
    });
    return { userId: input.userId, poorLabourerVerified: input.verified };
  },
});
