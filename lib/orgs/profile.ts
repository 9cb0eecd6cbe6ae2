/**
 * Organisation profiles for every org type except buyer orgs (managed in the admin console), and the
 * request for verification. The office approves or rejects in the admin console; here an owner only moves
 * unverified/rejected → pending. Verification fields are never assignable from a form (strict schema).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { memberships, organizations, regions } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { invalidate, TAGS } from "@/lib/cache";
import { isSellerType, regionKindFor, typeOfKind, WORKSPACE_KINDS, WORKSPACE_TYPES, type ManagedOrgKind, type OrgWorkspace } from "./kinds";

export interface OrgProfile {
  id: string;
  type: "producer" | "workshop" | "employer";
  kind: ManagedOrgKind;
  name: string;
  regionCode: string;
  regionName: string;
  township: string;
  story: string;
  householdsSupported: number;
  workshopRecognitionNo: string;
  contactPhone: string;
  bankAccountName: string;
  bankName: string;
  bankAccountNo: string;
  verification: "unverified" | "pending" | "verified" | "rejected";
  verificationNote: string | null;
  myRole: "owner" | "staff";
}

/** The organisations this user belongs to that the given workspace manages (oldest first). */
export async function listMyOrgs(userId: string, workspace: OrgWorkspace): Promise<OrgProfile[]> {
  const db = await getDb();
  const rows = await db
    .select({ org: organizations, regionName: regions.name, myRole: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(eq(memberships.userId, userId), inArray(organizations.type, [...WORKSPACE_TYPES[workspace]])))
    .orderBy(asc(organizations.createdAt));
  return rows.map(({ org, regionName, myRole }) => ({
    id: org.id,
    type: org.type as OrgProfile["type"],
    kind: org.kind as ManagedOrgKind,
    name: org.name,
    regionCode: org.regionCode,
    regionName,
    township: org.township ?? "",
    story: org.story,
    householdsSupported: org.householdsSupported,
    workshopRecognitionNo: org.workshopRecognitionNo ?? "",
    contactPhone: org.contactPhone ?? "",
    bankAccountName: org.bankAccountName ?? "",
    bankName: org.bankName ?? "",
    bankAccountNo: org.bankAccountNo ?? "",
    verification: org.verification,
    verificationNote: org.verificationNote,
    myRole,
  }));
}

/** Membership check in the data layer: the caller's role in the org, or a refusal. */
export async function requireMembership(tx: Tx, userId: string, orgId: string, need: "owner" | "any" = "any"): Promise<"owner" | "staff"> {
  const [m] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
    .limit(1);
  if (!m) throw new DomainError("forbidden");
  if (need === "owner" && m.role !== "owner") throw new DomainError("forbidden", "orgOwnerOnly");
  return m.role;
}

const opt = (max: number) => z.string().trim().max(max).optional().default("");
const ALL_KINDS = ["cooperative", "family_farm", "enterprise", "workshop_factory", "workshop_home", "workshop_base", "jinan_employer"] as const;

export const orgProfileInput = z.strictObject({
  workspace: z.enum(["producer", "employer"]),
  orgId: z.union([z.uuid(), z.literal("")]).optional().default(""),
  name: z.string().trim().min(2).max(80),
  kind: z.enum(ALL_KINDS),
  regionCode: z.string().trim().regex(/^\d{6}$/, "$invalidRegion"),
  township: opt(40),
  story: opt(4000),
  householdsSupported: z.coerce.number().int().min(0).max(1_000_000).optional().default(0),
  workshopRecognitionNo: opt(60),
  contactPhone: z.union([z.literal(""), z.string().trim().regex(/^[0-9+\- ]{7,20}$/, "$invalidContactPhone")]).optional().default(""),
  bankAccountName: opt(80),
  bankName: opt(80),
  bankAccountNo: z.union([z.literal(""), z.string().trim().regex(/^[0-9 ]{8,40}$/, "$invalidBankAccount")]).optional().default(""),
});

const WORKSPACE_ROLE: Record<OrgWorkspace, "producer" | "employer"> = { producer: "producer", employer: "employer" };

/** Identity fields: changing one on a verified org sends it back to the office for review. */
const IDENTITY = ["name", "kind", "regionCode", "workshopRecognitionNo"] as const;

export const saveOrgProfile = mutation({
  roles: ["producer", "employer"],
  input: orgProfileInput,
  async run({ tx, user, input }) {
    if (!user.roles.includes(WORKSPACE_ROLE[input.workspace])) throw new DomainError("forbidden");
    if (!WORKSPACE_KINDS[input.workspace].includes(input.kind)) throw new DomainError("invalid", "invalid", {}, { kind: ["invalidValue"] });
    const [region] = await tx.select({ kind: regions.kind }).from(regions).where(eq(regions.code, input.regionCode)).limit(1);
    if (!region || region.kind !== regionKindFor(input.kind)) throw new DomainError("invalid", "invalid", {}, { regionCode: ["invalidRegion"] });
    const type = typeOfKind(input.kind);
    const seller = isSellerType(type);
    const values = {
      type,
      kind: input.kind,
      name: input.name,
      regionCode: input.regionCode,
      township: input.township || null,
      story: input.story,
      householdsSupported: input.householdsSupported,
      workshopRecognitionNo: type === "workshop" ? input.workshopRecognitionNo || null : null,
      contactPhone: input.contactPhone || null,
      bankAccountName: seller ? input.bankAccountName || null : null,
      bankName: seller ? input.bankName || null : null,
      bankAccountNo: seller ? input.bankAccountNo || null : null,
      updatedAt: new Date(),
    };
    if (!input.orgId) {
      const [org] = await tx.insert(organizations).values(values).returning({ id: organizations.id });
      await tx.insert(memberships).values({ userId: user.id, orgId: org!.id, role: "owner" });
      await audit(tx, { actorId: user.id, action: "org.create", entity: "organization", entityId: org!.id, after: { name: values.name, kind: values.kind } });
      return { id: org!.id, created: true, verification: "unverified" as const };
    }
    await requireMembership(tx, user.id, input.orgId, "owner");
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, input.orgId)).for("update").limit(1);
    if (!before) throw new DomainError("not_found");
    if (!WORKSPACE_TYPES[input.workspace].includes(before.type as "producer")) throw new DomainError("forbidden");
    const identityChanged = IDENTITY.some((k) => (before[k] ?? null) !== (values[k] ?? null));
    const verification = before.verification === "verified" && identityChanged ? ("pending" as const) : before.verification;
    await tx
      .update(organizations)
      .set({ ...values, verification, ...(verification !== before.verification ? { verifiedAt: null } : {}) })
      .where(eq(organizations.id, before.id));
    await audit(tx, {
      actorId: user.id,
      action: "org.update",
      entity: "organization",
      entityId: before.id,
      before: { name: before.name, kind: before.kind, verification: before.verification },
      after: { name: values.name, kind: values.kind, verification },
    });
    return { id: before.id, created: false, verification };
  },
  after: (data) => invalidate(TAGS.orgs, TAGS.org(data.id), TAGS.jobs, TAGS.products),
});

export const requestOrgVerification = mutation({
  roles: ["producer", "employer"],
  input: z.strictObject({ orgId: z.uuid() }),
  async run({ tx, user, input }) {
    await requireMembership(tx, user.id, input.orgId, "owner");
    const [org] = await tx.select({ type: organizations.type, verification: organizations.verification }).from(organizations).where(eq(organizations.id, input.orgId)).limit(1);
    if (!org || org.type === "buyer") throw new DomainError("not_found");
    const moved = await tx
      .update(organizations)
      .set({ verification: "pending", updatedAt: new Date() })
      .where(and(eq(organizations.id, input.orgId), inArray(organizations.verification, ["unverified", "rejected"])))
      .returning({ id: organizations.id });
    if (!moved.length) throw new DomainError("conflict", org.verification === "pending" ? "verificationAlreadyPending" : "alreadyVerified");
    await audit(tx, { actorId: user.id, action: "org.request_verification", entity: "organization", entityId: input.orgId, before: { verification: org.verification }, after: { verification: "pending" } });
    return { id: input.orgId, verification: "pending" as const };
  },
  after: (data) => invalidate(TAGS.org(data.id)),
});

export interface PublicEmployer {
  id: string;
  type: "workshop" | "employer";
  kind: ManagedOrgKind;
  name: string;
  regionName: string;
  regionNameEn: string;
  township: string | null;
  story: string;
  householdsSupported: number;
  workshopRecognitionNo: string | null;
  contactPhone: string | null;
  verified: boolean;
}

/** Public employer page: verified workshops and Jinan employers only. */
export async function getPublicEmployer(id: string): Promise<PublicEmployer | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const [row] = await db
    .select({ org: organizations, regionName: regions.name, regionNameEn: regions.nameEn })
    .from(organizations)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(eq(organizations.id, id), inArray(organizations.type, ["workshop", "employer"]), eq(organizations.verification, "verified")))
    .limit(1);
  if (!row) return null;
  const o = row.org;
  return {
    id: o.id,
    type: o.type as "workshop" | "employer",
    kind: o.kind as ManagedOrgKind,
    name: o.name,
    regionName: row.regionName,
    regionNameEn: row.regionNameEn,
    township: o.township,
    story: o.story,
    householdsSupported: o.householdsSupported,
    workshopRecognitionNo: o.workshopRecognitionNo,
    contactPhone: o.contactPhone,
    verified: true,
  };
}

