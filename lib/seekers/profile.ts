/**
 * Job seekers' own profiles. Phone and ID number are encrypted at rest (lib/crypto) and never come back in
 * full to anyone through this module: the owner sees the last 4 digits only. Employers get the phone from
 * lib/applications, and only at the interview stage of an application to one of their jobs.
 */
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { hires, jobApplications, regions, seekerProfiles } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { encryptPii, last4 } from "@/lib/crypto";
import { LABOUR_BRANDS, splitTags, yuanToFen } from "@/lib/jobs/constants";
import { choose, requiredText } from "@/lib/validation";

export type WorkPreference = "near_home" | "willing_jinan" | "either";

export interface MySeekerProfile {
  fullName: string;
  countyCode: string;
  countyName: string;
  township: string;
  phoneLast4: string;
  idNumberLast4: string | null;
  skills: string[];
  certificates: string[];
  preference: WorkPreference;
  expectedPayFen: number | null;
  availableFrom: string | null;
  poorLabourer: boolean;
  poorLabourerVerified: boolean;
  intro: string;
}

export async function getMySeekerProfile(userId: string): Promise<MySeekerProfile | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      fullName: seekerProfiles.fullName,
      countyCode: seekerProfiles.countyCode,
      countyName: regions.name,
      township: seekerProfiles.township,
      phoneLast4: seekerProfiles.phoneLast4,
      idNumberLast4: seekerProfiles.idNumberLast4,
      skills: seekerProfiles.skills,
      certificates: seekerProfiles.certificates,
      preference: seekerProfiles.preference,
      expectedPayFen: seekerProfiles.expectedPayFen,
      availableFrom: seekerProfiles.availableFrom,
      poorLabourer: seekerProfiles.poorLabourer,
      poorLabourerVerified: seekerProfiles.poorLabourerVerified,
      intro: seekerProfiles.intro,
    })
    .from(seekerProfiles)
    .innerJoin(regions, eq(regions.code, seekerProfiles.countyCode))
    .where(eq(seekerProfiles.userId, userId))
    .limit(1);
  return row ?? null;
}

/** Which profile parts are filled, for the "profile completeness" meter. Pure. */
export function profileCompleteness(p: MySeekerProfile | null): { percent: number; missing: string[] } {
  if (!p) return { percent: 0, missing: ["profile"] };
  const parts: [string, boolean][] = [
    ["fullName", Boolean(p.fullName)],
    ["county", Boolean(p.countyCode)],
    ["township", Boolean(p.township)],
    ["phone", Boolean(p.phoneLast4)],
    ["skills", p.skills.length > 0],
    ["certificates", p.certificates.length > 0],
    ["expectedPay", p.expectedPayFen !== null],
    ["availableFrom", p.availableFrom !== null],
    ["intro", p.intro.length > 0],
  ];
  const done = parts.filter(([, ok]) => ok).length;
  return { percent: Math.round((done / parts.length) * 100), missing: parts.filter(([, ok]) => !ok).map(([k]) => k) };
}

const arr = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(20));
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const seekerProfileInput = z.strictObject({
  fullName: requiredText("fullName", 2, 40),
  countyCode: z.string().trim().min(1, choose("county")).regex(/^4331\d{2}$/, "$invalidRegion"),
  township: z.string().trim().max(40).optional().default(""),
  /** Empty on an existing profile keeps the stored number. */
  phone: z.union([z.literal(""), z.string().trim().regex(/^1\d{10}$/, "$invalidPhone")]).optional().default(""),
  idNumber: z.union([z.literal(""), z.string().trim().regex(/^\d{17}[\dXx]$/, "$invalidIdNumber")]).optional().default(""),
  removeIdNumber: checkbox.optional().default(false),
  brands: arr(z.enum(LABOUR_BRANDS)).optional().default([]),
  tags: z.string().max(300).optional().default(""),
  certificates: z.string().max(1000).optional().default(""),
  preference: z.enum(["near_home", "willing_jinan", "either"], choose("preference")),
  expectedPay: z.string().trim().max(12).optional().default(""),
  availableFrom: z.union([z.literal(""), z.iso.date("$invalidDate")]).optional().default(""),
  poorLabourer: checkbox.optional().default(false),
  intro: z.string().trim().max(500).optional().default(""),
});

export const saveSeekerProfile = mutation({
  roles: ["seeker"],
  input: seekerProfileInput,
  async run({ tx, user, input }) {
    const [region] = await tx.select({ kind: regions.kind }).from(regions).where(eq(regions.code, input.countyCode)).limit(1);
    const fe: Record<string, string[]> = {};
    if (!region || region.kind !== "xiangxi_county") fe.countyCode = ["invalidRegion"];
    const expectedPayFen = input.expectedPay ? yuanToFen(input.expectedPay) : null;
    if (input.expectedPay && expectedPayFen === null) fe.expectedPay = ["invalidYuan"];
    const [existing] = await tx
      .select({ poorLabourer: seekerProfiles.poorLabourer, poorLabourerVerified: seekerProfiles.poorLabourerVerified })
      .from(seekerProfiles)
      .where(eq(seekerProfiles.userId, user.id))
      .for("update")
      .limit(1);
    if (!existing && !input.phone) fe.phone = ["phoneRequired"];
    if (Object.keys(fe).length) throw new DomainError("invalid", "invalid", {}, fe);

    const skills = [...input.brands, ...splitTags(input.tags).filter((t) => !(input.brands as string[]).includes(t))].slice(0, 15);
    const values = {
      fullName: input.fullName,
      countyCode: input.countyCode,
      township: input.township,
      skills,
      certificates: splitTags(input.certificates.split(/\n/), 60, 10),
      preference: input.preference,
      expectedPayFen,
      availableFrom: input.availableFrom || null,
      poorLabourer: input.poorLabourer,
      // A self-declaration is verified by the office only; withdrawing it drops the verification.
      poorLabourerVerified: input.poorLabourer && (existing?.poorLabourerVerified ?? false),
      intro: input.intro,
      updatedAt: new Date(),
      ...(input.phone ? { phoneEnc: encryptPii(input.phone), phoneLast4: last4(input.phone) } : {}),
      ...(input.idNumber ? { idNumberEnc: encryptPii(input.idNumber.toUpperCase()), idNumberLast4: last4(input.idNumber.toUpperCase()) } : input.removeIdNumber ? { idNumberEnc: null, idNumberLast4: null } : {}),
    };
    if (existing) {
      await tx.update(seekerProfiles).set(values).where(eq(seekerProfiles.userId, user.id));
    } else {
      await tx.insert(seekerProfiles).values({ ...values, userId: user.id, phoneEnc: values.phoneEnc!, phoneLast4: values.phoneLast4! });
    }
    return { saved: true as const, created: !existing };
  },
});

/**
 * The words that confirm deleting one's data: the one the page shows in the user's language, and either is
 * accepted whatever the language (a Chinese user types 删除, not the English word). Latin letters in any case.
 */
export const DELETE_CONFIRM_WORDS = ["删除", "DELETE"] as const;
const deleteConfirmed = (v: string) => (DELETE_CONFIRM_WORDS as readonly string[]).includes(v.trim().toUpperCase());

/**
 * The seeker deletes their own data: the profile (phone, ID number, everything) goes; applications that did
 * not lead to a hire go with their history; hired applications lose their message and the hire keeps only its
 * anonymised snapshot (county, poor-labourer flag, kind, dates) with seeker_id set to null.
 */
export const deleteMySeekerData = mutation({
  roles: ["seeker"],
  input: z.strictObject({ confirm: z.string("$confirmDelete").refine(deleteConfirmed, "$confirmDelete") }),
  async run({ tx, user }) {
    const hired = await tx.select({ applicationId: hires.applicationId }).from(hires).where(eq(hires.seekerId, user.id));
    const keep = hired.map((h) => h.applicationId);
    const removed = await tx
      .delete(jobApplications)
      .where(keep.length ? and(eq(jobApplications.seekerId, user.id), notInArray(jobApplications.id, keep)) : eq(jobApplications.seekerId, user.id))
      .returning({ id: jobApplications.id });
    if (keep.length) {
      await tx.update(jobApplications).set({ message: "", updatedAt: new Date() }).where(inArray(jobApplications.id, keep));
      await tx.update(hires).set({ seekerId: null }).where(eq(hires.seekerId, user.id));
    }
    const profile = await tx.delete(seekerProfiles).where(eq(seekerProfiles.userId, user.id)).returning({ userId: seekerProfiles.userId });
    await audit(tx, { actorId: user.id, action: "seeker.delete_data", entity: "user", entityId: user.id, after: { profile: profile.length, applications: removed.length, hiresAnonymised: keep.length } });
    return { deletedApplications: removed.length, anonymisedHires: keep.length };
  },
});

/**
 * For the office (admin console): mark a seeker's self-declared registered-poor-labourer status as verified
 * or not. Runs in the caller's transaction; the caller checks that the actor is an administrator and audits.
 * Returns false when there is no profile or nothing was declared to verify.
 */
export async function setPoorLabourerVerified(tx: Tx, userId: string, verified: boolean): Promise<boolean> {
  const rows = await tx
    .update(seekerProfiles)
    .set({ poorLabourerVerified: verified, updatedAt: new Date() })
    .where(verified ? and(eq(seekerProfiles.userId, userId), eq(seekerProfiles.poorLabourer, true)) : eq(seekerProfiles.userId, userId))
    .returning({ userId: seekerProfiles.userId });
  return rows.length > 0;
}


