/** Verification of organisations (producers, workshops, employers, buyers) by the office. */
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { organizations, regions } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { invalidate, TAGS } from "@/lib/cache";
import { notify } from "@/lib/notifications/notify";
import { ADMIN, memberNotifications, orgMembers, reason } from "./common";

export interface PendingOrg {
  id: string;
  name: string;
  type: "producer" | "workshop" | "buyer" | "employer";
  kind: string;
  regionName: string;
  township: string | null;
  householdsSupported: number;
  workshopRecognitionNo: string | null;
  note: string | null;
  createdAt: Date;
}

export async function listPendingOrgs(): Promise<PendingOrg[]> {
  const db = await getDb();
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      type: organizations.type,
      kind: organizations.kind,
      regionName: regions.name,
      township: organizations.township,
      householdsSupported: organizations.householdsSupported,
      workshopRecognitionNo: organizations.workshopRecognitionNo,
      note: organizations.verificationNote,
      createdAt: organizations.createdAt,
    })
    .from(organizations)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(eq(organizations.verification, "pending"))
    .orderBy(asc(organizations.createdAt));
}

export interface OrgVerificationDto {
  id: string;
  verification: "verified" | "rejected";
}

/** Where an organisation's members see its state (pages of the admin engineer's domain). */
function orgHome(type: "producer" | "workshop" | "buyer" | "employer"): string {
  return type === "employer" ? "/employer/stats" : type === "buyer" ? "/buyer-org" : "/producer/stats";
}

function afterOrgChange(d: OrgVerificationDto) {
  // The org's page, its goods and jobs (listed only for verified sellers/employers) and households in /impact.
  invalidate(TAGS.orgs, TAGS.org(d.id), TAGS.products, TAGS.jobs, TAGS.impact);
}

export const approveOrg = mutation({
  roles: ADMIN,
  input: z.strictObject({ orgId: z.uuid() }),
  async run({ tx, user, input }): Promise<OrgVerificationDto> {
    const [before] = await tx
      .select({ name: organizations.name, type: organizations.type, verification: organizations.verification, note: organizations.verificationNote })
      .from(organizations)
      .where(eq(organizations.id, input.orgId));
    if (!before) throw new DomainError("not_found");
    // Only a pending application moves forward; a second approval (double click, two clerks) is a conflict.
    const updated = await tx
      .update(organizations)
      .set({ verification: "verified", verificationNote: null, verifiedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(organizations.id, input.orgId), eq(organizations.verification, "pending")))
      .returning({ id: organizations.id, verifiedAt: organizations.verifiedAt });
    if (!updated.length) throw new DomainError("conflict", "notPending");
    await audit(tx, {
      actorId: user.id,
      action: "org.approve",
      entity: "organization",
      entityId: input.orgId,
      before: { verification: before.verification, verificationNote: before.note },
      after: { verification: "verified", verifiedAt: updated[0]!.verifiedAt },
    });
    const members = await orgMembers(tx, [input.orgId]);
    await notify(tx, memberNotifications(members, "org_verified", "orgApproved", { name: before.name }, orgHome(before.type)));
    return { id: input.orgId, verification: "verified" };
  },
  after: afterOrgChange,
});

export const rejectOrg = mutation({
  roles: ADMIN,
  input: z.strictObject({ orgId: z.uuid(), reason }),
  async run({ tx, user, input }): Promise<OrgVerificationDto> {
    const [before] = await tx
      .select({ name: organizations.name, type: organizations.type, verification: organizations.verification, note: organizations.verificationNote })
      .from(organizations)
      .where(eq(organizations.id, input.orgId));
    if (!before) throw new DomainError("not_found");
    const updated = await tx
      .update(organizations)
      .set({ verification: "rejected", verificationNote: input.reason, verifiedAt: null, updatedAt: sql`now()` })
      .where(and(eq(organizations.id, input.orgId), eq(organizations.verification, "pending")))
      .returning({ id: organizations.id });
    if (!updated.length) throw new DomainError("conflict", "notPending");
    await audit(tx, {
      actorId: user.id,
      action: "org.reject",
      entity: "organization",
      entityId: input.orgId,
      before: { verification: before.verification, verificationNote: before.note },
      after: { verification: "rejected", verificationNote: input.reason },
    });
    const members = await orgMembers(tx, [input.orgId]);
    await notify(tx, memberNotifications(members, "org_rejected", "orgRejected", { name: before.name, reason: input.reason }, orgHome(before.type)));
    return { id: input.orgId, verification: "rejected" };
  },
  after: afterOrgChange,
});
