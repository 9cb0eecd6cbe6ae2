/** Employers' job postings: create, edit, open/close. Membership is checked against the data in the transaction. */
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { jobApplications, jobs, memberships, organizations, regions } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { invalidate, TAGS } from "@/lib/cache";
import { requireMembership } from "@/lib/orgs/profile";
import { BENEFITS, JOB_KINDS, JOB_STATUSES, LABOUR_BRANDS, splitTags, todayCst, yuanToFen, type JobKind, type JobStatus } from "./constants";

const HIRING_TYPES = ["workshop", "employer"] as const;

const isoDate = z.union([z.literal(""), z.iso.date("$invalidDate")]);
const arr = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(20));
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

export const jobInput = z.strictObject({
  jobId: z.union([z.uuid(), z.literal("")]).optional().default(""),
  orgId: z.uuid(),
  title: z.string().trim().min(2).max(80),
  description: z.string().trim().max(5000).optional().default(""),
  kind: z.enum(JOB_KINDS),
  regionCode: z.string().trim().regex(/^\d{6}$/, "$invalidRegion"),
  place: z.string().trim().min(2).max(100),
  payType: z.enum(["monthly", "piece_rate"]),
  payMin: z.string().trim().min(1).max(20),
  payMax: z.string().trim().max(20).optional().default(""),
  pieceUnit: z.string().trim().max(20).optional().default(""),
  headcount: z.coerce.number().int().min(1).max(10_000),
  hours: z.string().trim().max(60).optional().default(""),
  brands: arr(z.enum(LABOUR_BRANDS)).optional().default([]),
  tags: z.string().max(300).optional().default(""),
  benefits: arr(z.enum(BENEFITS)).optional().default([]),
  priorityPoor: checkbox.optional().default(false),
  closesOn: isoDate.optional().default(""),
  status: z.enum(JOB_STATUSES),
});

export const saveJob = mutation({
  roles: ["employer"],
  input: jobInput,
  async run({ tx, user, input }) {
    await requireMembership(tx, user.id, input.orgId);
    const [org] = await tx.select({ type: organizations.type, verification: organizations.verification }).from(organizations).where(eq(organizations.id, input.orgId)).limit(1);
    if (!org || !(HIRING_TYPES as readonly string[]).includes(org.type)) throw new DomainError("forbidden", "orgCannotHire");

    const fe: Record<string, string[]> = {};
    const payMinFen = yuanToFen(input.payMin);
    const payMaxFen = input.payMax ? yuanToFen(input.payMax) : payMinFen;
    if (payMinFen === null || payMinFen <= 0) fe.payMin = ["invalidYuan"];
    if (payMaxFen === null) fe.payMax = ["invalidYuan"];
    else if (payMinFen !== null && payMaxFen < payMinFen) fe.payMax = ["payRange"];
    if (input.payType === "piece_rate" && !input.pieceUnit) fe.pieceUnit = ["pieceUnitRequired"];
    const [region] = await tx.select({ kind: regions.kind }).from(regions).where(eq(regions.code, input.regionCode)).limit(1);
    const wantRegion = input.kind === "transfer_jinan" ? "jinan_district" : "xiangxi_county";
    if (!region || region.kind !== wantRegion) fe.regionCode = [input.kind === "transfer_jinan" ? "regionMustBeJinan" : "regionMustBeXiangxi"];
    if (input.status === "open" && input.closesOn && input.closesOn < todayCst()) fe.closesOn = ["closingInPast"];
    if (Object.keys(fe).length) throw new DomainError("invalid", "invalid", {}, fe);
    if (input.status === "open" && org.verification !== "verified") throw new DomainError("forbidden", "jobNeedsVerifiedOrg", {}, { status: ["jobNeedsVerifiedOrgShort"] });

    const skills = [...input.brands, ...splitTags(input.tags).filter((t) => !(input.brands as string[]).includes(t))].slice(0, 15);
    const values = {
      title: input.title,
      description: input.description,
      kind: input.kind,
      regionCode: input.regionCode,
      place: input.place,
      payType: input.payType,
      payMinFen: payMinFen!,
      payMaxFen: payMaxFen!,
      pieceUnit: input.payType === "piece_rate" ? input.pieceUnit : null,
      headcount: input.headcount,
      hours: input.hours,
      skills,
      benefits: BENEFITS.filter((b) => input.benefits.includes(b)),
      priorityPoor: input.priorityPoor,
      closesOn: input.closesOn || null,
      status: input.status,
      updatedAt: new Date(),
    };
    if (!input.jobId) {
      const [job] = await tx.insert(jobs).values({ ...values, orgId: input.orgId }).returning({ id: jobs.id });
      await audit(tx, { actorId: user.id, action: "job.create", entity: "job", entityId: job!.id, after: { title: values.title, status: values.status } });
      return { id: job!.id, orgId: input.orgId };
    }
    const [before] = await tx.select({ orgId: jobs.orgId, status: jobs.status }).from(jobs).where(eq(jobs.id, input.jobId)).for("update").limit(1);
    // Another org's job looks the same as a missing one.
    if (!before || before.orgId !== input.orgId) throw new DomainError("not_found");
    await tx.update(jobs).set(values).where(eq(jobs.id, input.jobId));
    if (before.status !== values.status) {
      await audit(tx, { actorId: user.id, action: "job.status", entity: "job", entityId: input.jobId, before: { status: before.status }, after: { status: values.status } });
    }
    return { id: input.jobId, orgId: input.orgId };
  },
  after: (data) => invalidate(TAGS.jobs, TAGS.job(data.id), TAGS.org(data.orgId)),
});

export interface MyJob {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  kind: JobKind;
  status: JobStatus;
  hidden: boolean;
  closesOn: string | null;
  applications: number;
  newApplications: number;
}

/** The jobs of every hiring org the user belongs to, with application counts. */
export async function listMyJobs(userId: string): Promise<MyJob[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: jobs.id,
      orgId: jobs.orgId,
      orgName: organizations.name,
      title: jobs.title,
      kind: jobs.kind,
      status: jobs.status,
      hiddenReason: jobs.hiddenReason,
      closesOn: jobs.closesOn,
      applications: count(jobApplications.id),
      newApplications: sql<number>`count(*) filter (where ${jobApplications.status} = 'submitted')`.mapWith(Number),
    })
    .from(jobs)
    .innerJoin(organizations, eq(organizations.id, jobs.orgId))
    .innerJoin(memberships, and(eq(memberships.orgId, jobs.orgId), eq(memberships.userId, userId)))
    .leftJoin(jobApplications, eq(jobApplications.jobId, jobs.id))
    .where(inArray(organizations.type, [...HIRING_TYPES]))
    .groupBy(jobs.id, organizations.name)
    .orderBy(desc(jobs.createdAt), asc(jobs.id));
  return rows.map(({ hiddenReason, ...r }) => ({ ...r, hidden: Boolean(hiddenReason) }));
}

export interface EditableJob {
  id: string;
  orgId: string;
  title: string;
  description: string;
  kind: JobKind;
  regionCode: string;
  place: string;
  payType: "monthly" | "piece_rate";
  payMinFen: number;
  payMaxFen: number;
  pieceUnit: string | null;
  headcount: number;
  hours: string;
  skills: string[];
  benefits: string[];
  priorityPoor: boolean;
  closesOn: string | null;
  status: JobStatus;
  hiddenReason: string | null;
}

/** A job for its editor, only for a member of the posting org (null otherwise). */
export async function getJobForEmployer(userId: string, jobId: string): Promise<EditableJob | null> {
  if (!z.uuid().safeParse(jobId).success) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: jobs.id,
      orgId: jobs.orgId,
      title: jobs.title,
      description: jobs.description,
      kind: jobs.kind,
      regionCode: jobs.regionCode,
      place: jobs.place,
      payType: jobs.payType,
      payMinFen: jobs.payMinFen,
      payMaxFen: jobs.payMaxFen,
      pieceUnit: jobs.pieceUnit,
      headcount: jobs.headcount,
      hours: jobs.hours,
      skills: jobs.skills,
      benefits: jobs.benefits,
      priorityPoor: jobs.priorityPoor,
      closesOn: jobs.closesOn,
      status: jobs.status,
      hiddenReason: jobs.hiddenReason,
    })
    .from(jobs)
    .innerJoin(memberships, and(eq(memberships.orgId, jobs.orgId), eq(memberships.userId, userId)))
    .where(eq(jobs.id, jobId))
    .limit(1);
  return row ?? null;
}
