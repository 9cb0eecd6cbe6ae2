import { and, eq, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jobApplications, jobs, organizations, regions, seekerProfiles } from "@/db/schema";
import { jobCardColumns, toListItem, type JobListItem } from "@/lib/jobs/board";
import { todayCst } from "@/lib/jobs/constants";
import { jobIsOpen } from "@/lib/jobs/open-jobs";
import { rankJobs, type Match } from "./score";

/** Recommendations for a seeker: open jobs they have not applied to, ranked by lib/matching/score. */
export async function recommendJobsFor(userId: string, limit = 6, today: string = todayCst()): Promise<Match<JobListItem>[]> {
  const db = await getDb();
  const [seeker] = await db
    .select({ countyCode: seekerProfiles.countyCode, skills: seekerProfiles.skills, preference: seekerProfiles.preference, expectedPayFen: seekerProfiles.expectedPayFen, poorLabourer: seekerProfiles.poorLabourer })
    .from(seekerProfiles)
    .where(eq(seekerProfiles.userId, userId))
    .limit(1);
  if (!seeker) return [];
  const applied = db.select({ id: jobApplications.jobId }).from(jobApplications).where(eq(jobApplications.seekerId, userId));
  const rows = await db
    .select(jobCardColumns)
    .from(jobs)
    .innerJoin(organizations, eq(organizations.id, jobs.orgId))
    .innerJoin(regions, eq(regions.code, jobs.regionCode))
    .where(and(jobIsOpen(today), notInArray(jobs.id, applied)))
    .limit(500);
  return rankJobs(seeker, rows.map(toListItem), limit);
}
