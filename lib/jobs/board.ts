/** The public job board: search, filters, sort (allow-list), pagination; the public job page. */
import { and, asc, desc, eq, gte, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { jobs, organizations, regions } from "@/db/schema";
import { containsPattern } from "@/lib/like";
import { phraseForms } from "@/lib/search-terms";
import { pageWithMatchCount } from "@/lib/paging";
import { BENEFITS, JOB_KINDS, JOB_SORTS, todayCst, yuanToFen, type JobSort } from "./constants";
import { jobIsOpen, type JobCard } from "./open-jobs";

export const PAGE_SIZE = 10;

export interface JobFilters {
  q: string;
  region: string;
  kind: (typeof JOB_KINDS)[number] | "";
  skill: string;
  payMinFen: number | null;
  benefits: (typeof BENEFITS)[number][];
  sort: JobSort;
  page: number;
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const str = (v: unknown, max: number) => (typeof first(v) === "string" ? String(first(v)).trim().slice(0, max) : "");

/** Query-string → filters. Anything not in an allow-list is dropped, never passed to SQL. */
export function parseJobFilters(sp: Record<string, string | string[] | undefined>): JobFilters {
  const kind = str(sp.kind, 30);
  const sort = str(sp.sort, 20);
  const region = str(sp.region, 12);
  const pay = str(sp.payMin, 12);
  const rawBenefits = ([] as string[]).concat(sp.benefit ?? []).flatMap((b) => b.split(","));
  const page = Number.parseInt(str(sp.page, 6), 10);
  return {
    q: str(sp.q, 40),
    region: /^\d{6}$/.test(region) ? region : "",
    kind: (JOB_KINDS as readonly string[]).includes(kind) ? (kind as JobFilters["kind"]) : "",
    skill: str(sp.skill, 20),
    payMinFen: pay ? yuanToFen(pay) : null,
    benefits: BENEFITS.filter((b) => rawBenefits.includes(b)),
    sort: (JOB_SORTS as readonly string[]).includes(sort) ? (sort as JobSort) : "newest",
    page: Number.isFinite(page) && page > 0 && page < 10_000 ? page : 1,
  };
}

export interface JobListItem extends JobCard {
  orgId: string;
  regionCode: string;
  closesOn: string | null;
  postedAt: string;
}

export const jobCardColumns = {
  id: jobs.id,
  title: jobs.title,
  kind: jobs.kind,
  orgId: jobs.orgId,
  orgName: organizations.name,
  regionCode: jobs.regionCode,
  regionName: regions.name,
  payType: jobs.payType,
  payMinFen: jobs.payMinFen,
  payMaxFen: jobs.payMaxFen,
  pieceUnit: jobs.pieceUnit,
  benefits: jobs.benefits,
  skills: jobs.skills,
  priorityPoor: jobs.priorityPoor,
  closesOn: jobs.closesOn,
  createdAt: jobs.createdAt,
};

type CardRow = { createdAt: Date } & Omit<JobListItem, "postedAt">;
export const toListItem = ({ createdAt, ...r }: CardRow): JobListItem => ({ ...r, postedAt: createdAt.toISOString() });

export async function searchJobs(f: JobFilters, today: string = todayCst()): Promise<{ items: JobListItem[]; total: number; page: number; pages: number }> {
  const db = await getDb();
  const where: (SQL | undefined)[] = [jobIsOpen(today)];
  // The title matches the whole query, as typed or as the Chinese of an English term (lib/search-terms.ts).
  if (f.q) where.push(or(...phraseForms(f.q).map((form) => ilike(jobs.title, containsPattern(form))))!);
  if (f.region) where.push(eq(jobs.regionCode, f.region));
  if (f.kind) where.push(eq(jobs.kind, f.kind));
  if (f.skill) where.push(sql`${jobs.skills} @> array[${f.skill}]::text[]`);
  if (f.payMinFen !== null) where.push(gte(jobs.payMaxFen, f.payMinFen), eq(jobs.payType, "monthly"));
  if (f.benefits.length) where.push(sql`${jobs.benefits} @> array[${sql.join(f.benefits.map((b) => sql`${b}`), sql`, `)}]::text[]`);
  const cond = and(...where);
  const order =
    f.sort === "pay" ? [desc(jobs.payMaxFen), desc(jobs.createdAt), asc(jobs.id)] : f.sort === "closing" ? [sql`${jobs.closesOn} asc nulls last`, asc(jobs.id)] : [desc(jobs.createdAt), asc(jobs.id)];
  // Each row carries the number of matches: one query for the page and its count (lib/paging.ts).
  const pageAt = (page: number) =>
    db
      .select({ ...jobCardColumns, matches: sql<string>`count(*) over ()` })
      .from(jobs)
      .innerJoin(organizations, eq(organizations.id, jobs.orgId))
      .innerJoin(regions, eq(regions.code, jobs.regionCode))
      .where(cond)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE);
  const { rows, total, page, pages } = await pageWithMatchCount(pageAt, f.page, PAGE_SIZE);
  return { items: rows.map(toListItem), total, page, pages };
}

export interface PublicJob extends JobListItem {
  description: string;
  place: string;
  headcount: number;
  hours: string;
  status: "draft" | "open" | "closed" | "filled";
  open: boolean;
  orgVerified: boolean;
  orgKind: string;
  regionNameEn: string;
}

/**
 * The public job page. Drafts and hidden jobs are not public (null → 404); a closed, filled or expired job
 * of a verified employer is shown with `open: false` so old links still explain themselves.
 */
export async function getPublicJob(id: string, today: string = todayCst()): Promise<PublicJob | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      ...jobCardColumns,
      description: jobs.description,
      place: jobs.place,
      headcount: jobs.headcount,
      hours: jobs.hours,
      status: jobs.status,
      hiddenReason: jobs.hiddenReason,
      orgVerification: organizations.verification,
      orgKind: organizations.kind,
      regionNameEn: regions.nameEn,
    })
    .from(jobs)
    .innerJoin(organizations, eq(organizations.id, jobs.orgId))
    .innerJoin(regions, eq(regions.code, jobs.regionCode))
    .where(eq(jobs.id, id))
    .limit(1);
  if (!row || row.status === "draft" || row.hiddenReason || row.orgVerification !== "verified") return null;
  const { hiddenReason: _h, orgVerification, ...rest } = row;
  const open = row.status === "open" && (!row.closesOn || row.closesOn >= today);
  return { ...toListItem(rest), description: rest.description, place: rest.place, headcount: rest.headcount, hours: rest.hours, status: rest.status, open, orgVerified: orgVerification === "verified", orgKind: rest.orgKind, regionNameEn: rest.regionNameEn };
}

/** Open jobs of one employer, for its public page. */
export async function listEmployerOpenJobs(orgId: string, today: string = todayCst()): Promise<JobListItem[]> {
  const db = await getDb();
  const rows = await db
    .select(jobCardColumns)
    .from(jobs)
    .innerJoin(organizations, eq(organizations.id, jobs.orgId))
    .innerJoin(regions, eq(regions.code, jobs.regionCode))
    .where(and(jobIsOpen(today), eq(jobs.orgId, orgId)))
    .orderBy(desc(jobs.createdAt), asc(jobs.id));
  return rows.map(toListItem);
}
