/**
 * Reads of applications, each for one audience. The seeker sees their own; an employer sees applications to
 * its own orgs' jobs, with the seeker's profile but the phone number only from the interview stage on, and
 * never the ID number. Anyone else gets null (a 404 upstream).
 */
import { and, asc, desc, eq, isNull, lte } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { applicationEvents, hires, jobApplications, jobs, memberships, organizations, regions, retentionCheckins, seekerProfiles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { decryptPii } from "@/lib/crypto";
import { todayCst } from "@/lib/jobs/constants";
import { PHONE_VISIBLE, type ApplicationStatus } from "./transitions";

const isUuid = (s: string) => z.uuid().safeParse(s).success;

export interface TimelineEntry {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  at: string;
  note?: string | null;
}

export interface HireInfo {
  id: string;
  startDate: string;
  place: string;
  checkins: { month: number; dueOn: string; employerConfirmed: boolean | null; seekerConfirmed: boolean | null }[];
}

export interface SeekerApplicationView {
  id: string;
  status: ApplicationStatus;
  message: string;
  createdAt: string;
  job: { id: string; title: string; orgId: string; orgName: string; place: string };
  /** Status changes only: the employer's notes are internal. */
  timeline: TimelineEntry[];
  hire: HireInfo | null;
}

export interface EmployerApplicationView {
  id: string;
  status: ApplicationStatus;
  message: string;
  employerNote: string | null;
  createdAt: string;
  job: { id: string; title: string; place: string; orgId: string; status: "draft" | "open" | "closed" | "filled" };
  seeker: {
    fullName: string;
    countyName: string;
    township: string;
    skills: string[];
    certificates: string[];
    preference: "near_home" | "willing_jinan" | "either";
    expectedPayFen: number | null;
    availableFrom: string | null;
    poorLabourer: boolean;
    poorLabourerVerified: boolean;
    intro: string;
    /** Decrypted only when the application is at interview, offered or hired. */
    phone: string | null;
  } | null;
  timeline: TimelineEntry[];
  hire: HireInfo | null;
}

async function timelineOf(applicationId: string, withNotes: boolean): Promise<TimelineEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ from: applicationEvents.fromStatus, to: applicationEvents.toStatus, at: applicationEvents.createdAt, note: applicationEvents.note })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
  return rows
    .filter((r) => withNotes || r.from !== r.to)
    .map((r) => ({ from: r.from, to: r.to, at: r.at.toISOString(), ...(withNotes ? { note: r.note } : {}) }));
}

async function hireOf(applicationId: string): Promise<HireInfo | null> {
  const db = await getDb();
  const [h] = await db.select({ id: hires.id, startDate: hires.startDate, place: hires.place }).from(hires).where(eq(hires.applicationId, applicationId)).limit(1);
  if (!h) return null;
  const checkins = await db
    .select({ month: retentionCheckins.month, dueOn: retentionCheckins.dueOn, employerConfirmed: retentionCheckins.employerConfirmed, seekerConfirmed: retentionCheckins.seekerConfirmed })
    .from(retentionCheckins)
    .where(eq(retentionCheckins.hireId, h.id))
    .orderBy(asc(retentionCheckins.month));
  return { ...h, checkins };
}

export async function getApplicationForSeeker(userId: string, applicationId: string): Promise<SeekerApplicationView | null> {
  if (!isUuid(applicationId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: jobApplications.id,
      status: jobApplications.status,
      message: jobApplications.message,
      createdAt: jobApplications.createdAt,
      jobId: jobs.id,
      title: jobs.title,
      place: jobs.place,
      orgId: organizations.id,
      orgName: organizations.name,
    })
    .from(jobApplications)
    .innerJoin(jobs, eq(jobs.id, jobApplications.jobId))
    .innerJoin(organizations, eq(organizations.id, jobs.orgId))
    .where(and(eq(jobApplications.id, applicationId), eq(jobApplications.seekerId, userId)))
    .limit(1);
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    job: { id: row.jobId, title: row.title, orgId: row.orgId, orgName: row.orgName, place: row.place },
    timeline: await timelineOf(row.id, false),
    hire: await hireOf(row.id),
  };
}

export async function getApplicationForEmployer(userId: string, applicationId: string): Promise<EmployerApplicationView | null> {
  if (!isUuid(applicationId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: jobApplications.id,
      status: jobApplications.status,
      message: jobApplications.message,
      employerNote: jobApplications.employerNote,
      createdAt: jobApplications.createdAt,
      seekerId: jobApplications.seekerId,
      jobId: jobs.id,
      title: jobs.title,
      place: jobs.place,
      jobStatus: jobs.status,
      orgId: jobs.orgId,
    })
    .from(jobApplications)
    .innerJoin(jobs, eq(jobs.id, jobApplications.jobId))
    .innerJoin(memberships, and(eq(memberships.orgId, jobs.orgId), eq(memberships.userId, userId)))
    .where(eq(jobApplications.id, applicationId))
    .limit(1);
  if (!row) return null;
  const [p] = await db
    .select({
      fullName: seekerProfiles.fullName,
      countyName: regions.name,
      township: seekerProfiles.township,
      skills: seekerProfiles.skills,
      certificates: seekerProfiles.certificates,
      preference: seekerProfiles.preference,
      expectedPayFen: seekerProfiles.expectedPayFen,
      availableFrom: seekerProfiles.availableFrom,
      poorLabourer: seekerProfiles.poorLabourer,
      poorLabourerVerified: seekerProfiles.poorLabourerVerified,
      intro: seekerProfiles.intro,
      phoneEnc: seekerProfiles.phoneEnc,
    })
    .from(seekerProfiles)
    .innerJoin(regions, eq(regions.code, seekerProfiles.countyCode))
    .where(eq(seekerProfiles.userId, row.seekerId))
    .limit(1);
  const seeker = p ? (({ phoneEnc, ...rest }) => ({ ...rest, phone: PHONE_VISIBLE.includes(row.status) ? decryptPii(phoneEnc) : null }))(p) : null;
  return {
    id: row.id,
    status: row.status,
    message: row.message,
    employerNote: row.employerNote,
    createdAt: row.createdAt.toISOString(),
    job: { id: row.jobId, title: row.title, place: row.place, orgId: row.orgId, status: row.jobStatus },
    seeker,
    timeline: await timelineOf(row.id, true),
    hire: await hireOf(row.id),
  };
}

/** API: the seeker concerned or a member of the hiring org; anyone else null. */
export async function getApplicationFor(user: SessionUser, applicationId: string): Promise<({ audience: "seeker" } & SeekerApplicationView) | ({ audience: "employer" } & EmployerApplicationView) | null> {
  if (user.roles.includes("seeker")) {
    const mine = await getApplicationForSeeker(user.id, applicationId);
    if (mine) return { audience: "seeker", ...mine };
  }
  if (user.roles.includes("employer")) {
    const theirs = await getApplicationForEmployer(user.id, applicationId);
    if (theirs) return { audience: "employer", ...theirs };
  }
  return null;
}

export interface JobApplicant {
  id: string;
  status: ApplicationStatus;
  createdAt: string;
  fullName: string | null;
  countyName: string | null;
  poorLabourer: boolean;
  skills: string[];
}

/** The pipeline of one job, for members of its org (null when the caller is not one). */
export async function listApplicationsForJob(userId: string, jobId: string): Promise<{ job: { id: string; title: string; status: string }; applicants: JobApplicant[] } | null> {
  if (!isUuid(jobId)) return null;
  const db = await getDb();
  const [job] = await db
    .select({ id: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .innerJoin(memberships, and(eq(memberships.orgId, jobs.orgId), eq(memberships.userId, userId)))
    .where(eq(jobs.id, jobId))
    .limit(1);
  if (!job) return null;
  const rows = await db
    .select({
      id: jobApplications.id,
      status: jobApplications.status,
      createdAt: jobApplications.createdAt,
      fullName: seekerProfiles.fullName,
      countyName: regions.name,
      poorLabourer: seekerProfiles.poorLabourer,
      skills: seekerProfiles.skills,
    })
    .from(jobApplications)
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, jobApplications.seekerId))
    .leftJoin(regions, eq(regions.code, seekerProfiles.countyCode))
    .where(eq(jobApplications.jobId, jobId))
    .orderBy(desc(jobApplications.createdAt), asc(jobApplications.id));
  return { job, applicants: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), poorLabourer: r.poorLabourer ?? false, skills: r.skills ?? [] })) };
}

export interface MyApplication {
  id: string;
  status: ApplicationStatus;
  createdAt: string;
  updatedAt: string;
  jobId: string;
  jobTitle: string;
  orgName: string;
}

export async function listMyApplications(userId: string): Promise<MyApplication[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: jobApplications.id, status: jobApplications.status, createdAt: jobApplications.createdAt, updatedAt: jobApplications.updatedAt, jobId: jobs.id, jobTitle: jobs.title, orgName: organizations.name })
    .from(jobApplications)
    .innerJoin(jobs, eq(jobs.id, jobApplications.jobId))
    .innerJoin(organizations, eq(organizations.id, jobs.orgId))
    .where(eq(jobApplications.seekerId, userId))
    .orderBy(desc(jobApplications.updatedAt), asc(jobApplications.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
}

export interface CheckinTask {
  hireId: string;
  month: number;
  dueOn: string;
  due: boolean;
  applicationId: string;
  jobTitle: string;
  personName: string | null;
  orgName: string;
  startDate: string;
}

/** Check-ins with their hire, job, org and the hired person's name: the base both lists narrow down. */
function checkinRows(db: Awaited<ReturnType<typeof getDb>>) {
  return db
    .select({
      hireId: hires.id,
      month: retentionCheckins.month,
      dueOn: retentionCheckins.dueOn,
      applicationId: hires.applicationId,
      jobTitle: jobs.title,
      personName: seekerProfiles.fullName,
      orgName: organizations.name,
      startDate: hires.startDate,
    })
    .from(retentionCheckins)
    .innerJoin(hires, eq(hires.id, retentionCheckins.hireId))
    .innerJoin(jobs, eq(jobs.id, hires.jobId))
    .innerJoin(organizations, eq(organizations.id, hires.orgId))
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, hires.seekerId))
    .$dynamic();
}

/** Employer: unconfirmed retention check-ins of the user's orgs (due ones and the next 60 days). */
export async function listEmployerCheckins(userId: string, today: string = todayCst()): Promise<CheckinTask[]> {
  const db = await getDb();
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + 60);
  const rows = await checkinRows(db)
    .innerJoin(memberships, and(eq(memberships.orgId, hires.orgId), eq(memberships.userId, userId)))
    .where(and(isNull(retentionCheckins.employerConfirmed), lte(retentionCheckins.dueOn, horizon.toISOString().slice(0, 10))))
    .orderBy(asc(retentionCheckins.dueOn));
  return rows.map((r) => ({ ...r, due: r.dueOn <= today }));
}

/** Seeker: their hires' check-ins they have not answered yet (their own name is not repeated to them). */
export async function listSeekerCheckins(userId: string, today: string = todayCst()): Promise<CheckinTask[]> {
  const db = await getDb();
  const rows = await checkinRows(db)
    .where(and(eq(hires.seekerId, userId), isNull(retentionCheckins.seekerConfirmed)))
    .orderBy(asc(retentionCheckins.dueOn));
  return rows.map((r) => ({ ...r, personName: null, due: r.dueOn <= today }));
}


