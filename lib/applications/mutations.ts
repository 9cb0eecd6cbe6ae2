/**
 * Applying, withdrawing, and the employer's pipeline. Every move is a conditional UPDATE on the expected status
 * (row count checked), recorded in application_events, and notified to the other side.
 */
import { and, count, eq, gte, min } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { applicationEvents, hires, jobApplications, jobs, organizations, retentionCheckins, seekerProfiles } from "@/db/schema";
import { DomainError, mutation, RateLimited, type ActionResult, type CallOptions } from "@/lib/action";
import { invalidate, TAGS } from "@/lib/cache";
import type { SessionUser } from "@/lib/auth/session";
import { addMonthsIso, todayCst } from "@/lib/jobs/constants";
import { jobIsOpen } from "@/lib/jobs/open-jobs";
import { translator } from "@/lib/i18n/messages";
import { emailAfterCommit, sendQueuedEmail } from "@/lib/notifications/notify";
import type { Locale } from "@/lib/i18n/routing";
import { requireMembership } from "@/lib/orgs/profile";
import { LIMITS } from "@/lib/rate-limit";
import { notifyInTheirLanguage, orgMemberIds } from "./notify";
import { canMove, type ApplicationStatus } from "./transitions";

/** Applications per seeker per 24 hours: generous for a person, a wall for a script. */
export const APPLY_LIMIT_PER_DAY = 30;
const DAY_MS = 24 * 3600_000;

export const applyInput = z.strictObject({
  jobId: z.uuid(),
  message: z.string().trim().max(500).optional().default(""),
});

const applyAsSeeker = mutation({
  roles: ["seeker"],
  input: applyInput,
  rateLimit: LIMITS.apply,
  async run({ tx, user, input }) {
    const [profile] = await tx.select({ userId: seekerProfiles.userId }).from(seekerProfiles).where(eq(seekerProfiles.userId, user.id)).limit(1);
    if (!profile) throw new DomainError("invalid", "needSeekerProfile");
    const [job] = await tx
      .select({ id: jobs.id, title: jobs.title, orgId: jobs.orgId })
      .from(jobs)
      .innerJoin(organizations, eq(organizations.id, jobs.orgId))
      .where(and(eq(jobs.id, input.jobId), jobIsOpen()))
      .limit(1);
    if (!job) throw new DomainError("conflict", "jobNotOpen");
    const [already] = await tx
      .select({ id: jobApplications.id })
      .from(jobApplications)
      .where(and(eq(jobApplications.jobId, job.id), eq(jobApplications.seekerId, user.id)))
      .limit(1);
    if (already) throw new DomainError("conflict", "alreadyApplied");
    const now = Date.now();
    const [{ n, oldest }] = (await tx
      .select({ n: count(), oldest: min(jobApplications.createdAt) })
      .from(jobApplications)
      .where(and(eq(jobApplications.seekerId, user.id), gte(jobApplications.createdAt, new Date(now - DAY_MS))))) as [{ n: number; oldest: Date | null }];
    // The window slides: the next application is possible once the oldest one in it is a day old.
    if (n >= APPLY_LIMIT_PER_DAY) throw new RateLimited("applyLimit", Math.max(1, Math.ceil(((oldest?.getTime() ?? now) + DAY_MS - now) / 1000)));
    // The unique index (job_id, seeker_id) settles a race between two submits: the loser gets the same kind refusal.
    const [app] = await tx
      .insert(jobApplications)
      .values({ jobId: job.id, seekerId: user.id, message: input.message })
      .onConflictDoNothing({ target: [jobApplications.jobId, jobApplications.seekerId] })
      .returning({ id: jobApplications.id });
    if (!app) throw new DomainError("conflict", "alreadyApplied");
    await tx.insert(applicationEvents).values({ applicationId: app!.id, fromStatus: null, toStatus: "submitted", actorId: user.id, note: null });
    await notifyInTheirLanguage(tx, await orgMemberIds(tx, job.orgId), "application.new", `/employer/applications/${app!.id}`, (t) => ({ title: t("employer.notify.newApplication", { job: job.title }) }));
    return emailAfterCommit(tx, { id: app!.id, jobId: job.id, status: "submitted" as const });
  },
  after: sendQueuedEmail,
});

/**
 * Apply for a job. The job page is public and the same for everyone, so anyone signed in can post its form: a
 * signed-in buyer or employer is told plainly that applying takes a job-seeker account, not the generic
 * "not allowed". The helper's role check still refuses them first (no rate-limit hit, no work): only the words change.
 */
export async function applyToJob(raw: unknown, opts: CallOptions): ReturnType<typeof applyAsSeeker> {
  const result = await applyAsSeeker(raw, opts);
  if (result.ok || result.code !== "forbidden") return result;
  return { ...result, error: translator(opts.locale ?? "zh-CN")("jobs.applySeekerOnly") };
}

/**
 * Whether applyToJob refused because this seeker has applied before. The helper's result carries the message,
 * not its key; the message is made by the same translator for the same locale, so equality identifies it.
 */
export function isAlreadyApplied(result: ActionResult<unknown>, locale: Locale): boolean {
  return !result.ok && result.code === "conflict" && result.error === translator(locale)("errors.alreadyApplied");
}

interface AppRow {
  id: string;
  status: ApplicationStatus;
  seekerId: string;
  jobId: string;
  jobTitle: string;
  jobPlace: string;
  jobKind: "workshop_near_home" | "home_based" | "transfer_jinan";
  orgId: string;
}

async function loadApplication(tx: Tx, applicationId: string): Promise<AppRow | null> {
  const [row] = await tx
    .select({
      id: jobApplications.id,
      status: jobApplications.status,
      seekerId: jobApplications.seekerId,
      jobId: jobs.id,
      jobTitle: jobs.title,
      jobPlace: jobs.place,
      jobKind: jobs.kind,
      orgId: jobs.orgId,
    })
    .from(jobApplications)
    .innerJoin(jobs, eq(jobs.id, jobApplications.jobId))
    .where(eq(jobApplications.id, applicationId))
    .for("update", { of: jobApplications })
    .limit(1);
  return row ?? null;
}

/** The employer side: the application of one of the caller's orgs' jobs, else "not found" (never "forbidden": no existence oracle). */
async function loadForEmployer(tx: Tx, user: SessionUser, applicationId: string): Promise<AppRow> {
  const app = await loadApplication(tx, applicationId);
  if (!app) throw new DomainError("not_found");
  try {
    await requireMembership(tx, user.id, app.orgId);
  } catch {
    throw new DomainError("not_found");
  }
  return app;
}

function refuseMove(locale: Locale, from: ApplicationStatus, to: ApplicationStatus): never {
  const t = translator(locale);
  if (from === "withdrawn") throw new DomainError("conflict", "applicationWithdrawn");
  throw new DomainError("conflict", "applicationBadMove", { from: t(`jobs.appStatus.${from}`), to: t(`jobs.appStatus.${to}`) });
}

/** The one place a status changes: conditional on the status we read, so a concurrent move loses cleanly. */
async function moveStatus(tx: Tx, app: AppRow, to: ApplicationStatus, actorId: string, note: string | null, locale: Locale): Promise<void> {
  const moved = await tx
    .update(jobApplications)
    .set({ status: to, updatedAt: new Date() })
    .where(and(eq(jobApplications.id, app.id), eq(jobApplications.status, app.status)))
    .returning({ id: jobApplications.id });
  if (moved.length !== 1) refuseMove(locale, app.status, to);
  await tx.insert(applicationEvents).values({ applicationId: app.id, fromStatus: app.status, toStatus: to, actorId, note });
}

async function notifySeeker(tx: Tx, app: AppRow, to: ApplicationStatus): Promise<void> {
  await notifyInTheirLanguage(tx, [app.seekerId], `application.${to}`, `/seeker/applications/${app.id}`, (t) => ({ title: t(`seeker.notify.${to}`, { job: app.jobTitle }) }));
}

const isoDate = z.iso.date("$invalidDate");

export const moveApplicationInput = z.strictObject({
  applicationId: z.uuid(),
  to: z.enum(["interview", "offered", "hired", "rejected"]),
  note: z.string().trim().max(500).optional().default(""),
  startDate: z.union([z.literal(""), isoDate]).optional().default(""),
  place: z.string().trim().max(100).optional().default(""),
});

export const moveApplication = mutation({
  roles: ["employer"],
  input: moveApplicationInput,
  async run({ tx, user, input, locale }) {
    const app = await loadForEmployer(tx, user, input.applicationId);
    if (!canMove("employer", app.status, input.to)) refuseMove(locale, app.status, input.to);
    if (input.to === "hired" && !input.startDate) throw new DomainError("invalid", "invalid", {}, { startDate: ["startDateRequired"] });
    await moveStatus(tx, app, input.to, user.id, input.note || null, locale);
    let filled = false;
    if (input.to === "hired") {
      const job = await lockJobForHire(tx, app.jobId);
      const [seeker] = await tx.select({ county: seekerProfiles.countyCode, poor: seekerProfiles.poorLabourer }).from(seekerProfiles).where(eq(seekerProfiles.userId, app.seekerId)).limit(1);
      if (!seeker) throw new DomainError("conflict", "seekerDataDeleted");
      const [hire] = await tx
        .insert(hires)
        .values({ applicationId: app.id, jobId: app.jobId, orgId: app.orgId, seekerId: app.seekerId, seekerCountyCode: seeker.county, poorLabourer: seeker.poor, kind: app.jobKind, startDate: input.startDate, place: input.place || app.jobPlace })
        .returning({ id: hires.id });
      await tx.insert(retentionCheckins).values([3, 6].map((month) => ({ hireId: hire!.id, month, dueOn: addMonthsIso(input.startDate, month) })));
      filled = await fillAtHeadcount(tx, job);
    }
    await notifySeeker(tx, app, input.to);
    return emailAfterCommit(tx, { id: app.id, status: input.to, jobId: app.jobId, orgId: app.orgId, jobFilled: filled });
  },
  async after(data) {
    if (data.jobFilled) invalidate(TAGS.jobs, TAGS.job(data.jobId), TAGS.org(data.orgId));
    await sendQueuedEmail(data);
  },
});

/**
 * Hires on one job are serialised on the job row, taken FOR UPDATE before the hire row references it (the foreign
 * key check alone takes a KEY SHARE lock, and two hires upgrading from it would deadlock).
 */
async function lockJobForHire(tx: Tx, jobId: string) {
  const [job] = await tx.select({ id: jobs.id, headcount: jobs.headcount, status: jobs.status }).from(jobs).where(eq(jobs.id, jobId)).for("update").limit(1);
  if (!job) throw new DomainError("not_found");
  return job;
}

/**
 * An open job whose hires reach its headcount becomes "filled" and leaves the board. Called with the job row locked
 * (lockJobForHire), so of two hires that reach the headcount together exactly one flips the status.
 */
async function fillAtHeadcount(tx: Tx, job: { id: string; headcount: number; status: string }): Promise<boolean> {
  if (job.status !== "open") return false;
  const [{ n }] = (await tx.select({ n: count() }).from(hires).where(eq(hires.jobId, job.id))) as [{ n: number }];
  if (n < job.headcount) return false;
  const done = await tx.update(jobs).set({ status: "filled", updatedAt: new Date() }).where(and(eq(jobs.id, job.id), eq(jobs.status, "open"))).returning({ id: jobs.id });
  return done.length === 1;
}

export const saveEmployerNote = mutation({
  roles: ["employer"],
  input: z.strictObject({ applicationId: z.uuid(), note: z.string().trim().max(1000) }),
  async run({ tx, user, input }) {
    const app = await loadForEmployer(tx, user, input.applicationId);
    await tx.update(jobApplications).set({ employerNote: input.note || null, updatedAt: new Date() }).where(eq(jobApplications.id, app.id));
    // A note is part of the history too: same status on both sides of the event.
    await tx.insert(applicationEvents).values({ applicationId: app.id, fromStatus: app.status, toStatus: app.status, actorId: user.id, note: input.note || null });
    return { id: app.id };
  },
});

export const withdrawApplication = mutation({
  roles: ["seeker"],
  input: z.strictObject({ applicationId: z.uuid() }),
  async run({ tx, user, input, locale }) {
    const app = await loadApplication(tx, input.applicationId);
    if (!app || app.seekerId !== user.id) throw new DomainError("not_found");
    if (!canMove("seeker", app.status, "withdrawn")) refuseMove(locale, app.status, "withdrawn");
    await moveStatus(tx, app, "withdrawn", user.id, null, locale);
    await notifyInTheirLanguage(tx, await orgMemberIds(tx, app.orgId), "application.withdrawn", `/employer/applications/${app.id}`, (t) => ({ title: t("employer.notify.withdrawn", { job: app.jobTitle }) }));
    return emailAfterCommit(tx, { id: app.id, status: "withdrawn" as const });
  },
  after: sendQueuedEmail,
});

/**
 * Opening an application marks it "viewed" (submitted → viewed only), once, for a member of the hiring org.
 * Returns whether it moved. Called by the employer's application page.
 */
export async function markViewed(tx: Tx, user: SessionUser, applicationId: string): Promise<boolean> {
  const app = await loadApplication(tx, applicationId);
  if (!app || app.status !== "submitted") return false;
  try {
    await requireMembership(tx, user.id, app.orgId);
  } catch {
    return false;
  }
  const moved = await tx
    .update(jobApplications)
    .set({ status: "viewed", updatedAt: new Date() })
    .where(and(eq(jobApplications.id, app.id), eq(jobApplications.status, "submitted")))
    .returning({ id: jobApplications.id });
  if (!moved.length) return false;
  await tx.insert(applicationEvents).values({ applicationId: app.id, fromStatus: "submitted", toStatus: "viewed", actorId: user.id, note: null });
  await notifySeeker(tx, app, "viewed");
  return true;
}

/** The employer's application page: mark viewed in its own transaction (no-op for anyone but the hiring org). */
export async function openApplicationAsEmployer(user: SessionUser, applicationId: string): Promise<boolean> {
  if (!z.uuid().safeParse(applicationId).success) return false;
  const db = await getDb();
  const result = await db.transaction(async (tx) => emailAfterCommit(tx, { moved: await markViewed(tx, user, applicationId) }));
  await sendQueuedEmail(result);
  return result.moved;
}

// ───────────────────────── retention check-ins ─────────────────────────

const checkinInput = z.strictObject({
  hireId: z.uuid(),
  month: z.coerce.number().pipe(z.union([z.literal(3), z.literal(6)])),
  stillEmployed: z.preprocess((v) => v === true || v === "yes" || v === "true", z.boolean()),
});

async function confirmCheckin(tx: Tx, hireId: string, month: number, side: "employer" | "seeker", value: boolean): Promise<void> {
  const [c] = await tx
    .select({ dueOn: retentionCheckins.dueOn, employer: retentionCheckins.employerConfirmed, seeker: retentionCheckins.seekerConfirmed })
    .from(retentionCheckins)
    .where(and(eq(retentionCheckins.hireId, hireId), eq(retentionCheckins.month, month)))
    .for("update")
    .limit(1);
  if (!c) throw new DomainError("not_found");
  if (c.dueOn > todayCst()) throw new DomainError("conflict", "checkinNotDue", { date: c.dueOn });
  const current = side === "employer" ? c.employer : c.seeker;
  if (current !== null) throw new DomainError("conflict", "checkinAlreadyConfirmed");
  const other = side === "employer" ? c.seeker : c.employer;
  await tx
    .update(retentionCheckins)
    .set({ ...(side === "employer" ? { employerConfirmed: value } : { seekerConfirmed: value }), ...(other !== null ? { confirmedAt: new Date() } : {}) })
    .where(and(eq(retentionCheckins.hireId, hireId), eq(retentionCheckins.month, month)));
}

export const confirmRetentionAsEmployer = mutation({
  roles: ["employer"],
  input: checkinInput,
  async run({ tx, user, input }) {
    const [hire] = await tx.select({ orgId: hires.orgId }).from(hires).where(eq(hires.id, input.hireId)).limit(1);
    if (!hire) throw new DomainError("not_found");
    try {
      await requireMembership(tx, user.id, hire.orgId);
    } catch {
      throw new DomainError("not_found");
    }
    await confirmCheckin(tx, input.hireId, input.month, "employer", input.stillEmployed);
    return { hireId: input.hireId, month: input.month };
  },
});

export const confirmRetentionAsSeeker = mutation({
  roles: ["seeker"],
  input: checkinInput,
  async run({ tx, user, input }) {
    const [hire] = await tx.select({ seekerId: hires.seekerId }).from(hires).where(eq(hires.id, input.hireId)).limit(1);
    if (!hire || hire.seekerId !== user.id) throw new DomainError("not_found");
    await confirmCheckin(tx, input.hireId, input.month, "seeker", input.stillEmployed);
    return { hireId: input.hireId, month: input.month };
  },
});
