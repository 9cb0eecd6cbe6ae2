import { and, desc, eq, gte, isNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jobs, organizations, regions } from "@/db/schema";
import { todayCst } from "./constants";

export interface JobCard {
  id: string;
  title: string;
  kind: "workshop_near_home" | "home_based" | "transfer_jinan";
  orgName: string;
  regionName: string;
  payType: "monthly" | "piece_rate";
  payMinFen: number;
  payMaxFen: number;
  pieceUnit: string | null;
  benefits: string[];
  skills: string[];
  priorityPoor: boolean;
}

/** Open = status open, not hidden, employer verified, closing date not passed (China calendar). Needs the organizations join. */
export const jobIsOpen = (today: string = todayCst()) =>
  and(eq(jobs.status, "open"), isNull(jobs.hiddenReason), eq(organizations.verification, "verified"), or(isNull(jobs.closesOn), gte(jobs.closesOn, today)));

export async function listLatestOpenJobs(limit = 6): Promise<JobCard[]> {
  const db = await getDb();
  return db
    .select({
      id: jobs.id,
      title: jobs.title,
      kind: jobs.kind,
      orgName: organizations.name,
      regionName: regions.name,
      payType: jobs.payType,
      payMinFen: jobs.payMinFen,
      payMaxFen: jobs.payMaxFen,
      pieceUnit: jobs.pieceUnit,
      benefits: jobs.benefits,
      skills: jobs.skills,
      priorityPoor: jobs.priorityPoor,
    })
    .from(jobs)
    .innerJoin(organizations, eq(organizations.id, jobs.orgId))
    .innerJoin(regions, eq(regions.code, jobs.regionCode))
    .where(jobIsOpen())
    .orderBy(desc(jobs.createdAt))
    .limit(limit);
}
