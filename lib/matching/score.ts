/**
 * "为你推荐": a deterministic, explainable score of open jobs for one seeker. Pure: no clock, no database.
 * Every point comes with a reason (a message key in the `seeker` namespace plus params), so the page can say
 * why a job is there. Ties break on higher pay, then job id, so the order never wobbles.
 */
import { isLabourBrand } from "@/lib/jobs/constants";
import { countyDistanceKm, isJinan, isXiangxi } from "./distance";

/** Beyond this distance a job in another county is not "near home" any more (a daily commute is out). */
export const FAR_KM = 60;

export interface MatchSeeker {
  countyCode: string;
  skills: string[];
  preference: "near_home" | "willing_jinan" | "either";
  expectedPayFen: number | null;
  poorLabourer: boolean;
}

export interface MatchJob {
  id: string;
  kind: "workshop_near_home" | "home_based" | "transfer_jinan";
  regionCode: string;
  skills: string[];
  benefits: string[];
  payType: "monthly" | "piece_rate";
  payMinFen: number;
  payMaxFen: number;
  priorityPoor: boolean;
}

export interface Reason {
  key: "skillBrand" | "skill" | "sameCounty" | "distance" | "homeBased" | "transfer" | "housing" | "transport" | "meals" | "training" | "payMeets" | "payClose" | "priorityPoor";
  params?: Record<string, string | number>;
}

export interface Match<J extends MatchJob = MatchJob> {
  job: J;
  score: number;
  reasons: Reason[];
}

export const WEIGHTS = {
  brandSkill: 30,
  otherSkill: 10,
  sameCounty: 30,
  nearCountyMax: 20, // minus 1 per 10 km
  farForNearHome: -20, // another county more than FAR_KM away, for someone who wants to stay near home
  homeBased: 10,
  transferWilling: 25,
  transferEither: 12,
  transferUnwanted: -60,
  xiangxiForWilling: 8,
  housingOnTransfer: 10,
  transportOnTransfer: 5,
  meals: 2,
  trainingWithoutSkill: 6,
  payMeets: 15,
  payClose: 5,
  payLow: -10,
  priorityPoor: 10,
} as const;

const norm = (s: string) => s.trim().toLowerCase();

export function scoreJob<J extends MatchJob>(seeker: MatchSeeker, job: J): Match<J> {
  const reasons: Reason[] = [];
  let score = 0;

  // Skills: labour brands (trained, certified) weigh more than free tags.
  const mine = new Set(seeker.skills.map(norm));
  const matched = job.skills.filter((s) => mine.has(norm(s)));
  const brands = matched.filter(isLabourBrand);
  const others = matched.filter((s) => !isLabourBrand(s));
  score += brands.length * WEIGHTS.brandSkill + others.length * WEIGHTS.otherSkill;
  for (const s of brands) reasons.push({ key: "skillBrand", params: { skill: s } });
  for (const s of others.slice(0, 2)) reasons.push({ key: "skill", params: { skill: s } });

  // Place and preference.
  if (job.kind === "transfer_jinan" || isJinan(job.regionCode)) {
    if (seeker.preference === "near_home") score += WEIGHTS.transferUnwanted;
    else {
      score += seeker.preference === "willing_jinan" ? WEIGHTS.transferWilling : WEIGHTS.transferEither;
      reasons.push({ key: "transfer" });
    }
    if (job.benefits.includes("housing")) {
      score += WEIGHTS.housingOnTransfer;
      reasons.push({ key: "housing" });
    }
    if (job.benefits.includes("transport")) {
      score += WEIGHTS.transportOnTransfer;
      reasons.push({ key: "transport" });
    }
  } else if (isXiangxi(job.regionCode)) {
    const km = countyDistanceKm(seeker.countyCode, job.regionCode);
    const willing = seeker.preference === "willing_jinan";
    if (km === 0) {
      score += willing ? WEIGHTS.xiangxiForWilling : WEIGHTS.sameCounty;
      reasons.push({ key: "sameCounty" });
    } else if (km !== null) {
      score += willing ? Math.floor(WEIGHTS.xiangxiForWilling / 2) : Math.max(0, WEIGHTS.nearCountyMax - Math.floor(km / 10));
      if (seeker.preference === "near_home" && km > FAR_KM && job.kind !== "home_based") score += WEIGHTS.farForNearHome;
      reasons.push({ key: "distance", params: { km } });
    }
    if (job.kind === "home_based") {
      score += WEIGHTS.homeBased;
      reasons.push({ key: "homeBased" });
    }
  }
  if (job.benefits.includes("meals")) score += WEIGHTS.meals;
  if (job.benefits.includes("training") && matched.length === 0) {
    score += WEIGHTS.trainingWithoutSkill;
    reasons.push({ key: "training" });
  }

  // Pay: monthly pay compares with the expectation; piece rates cannot, so they neither gain nor lose.
  if (seeker.expectedPayFen !== null && job.payType === "monthly") {
    if (job.payMaxFen >= seeker.expectedPayFen) {
      score += WEIGHTS.payMeets;
      reasons.push({ key: "payMeets" });
    } else if (job.payMaxFen * 10 >= seeker.expectedPayFen * 8) {
      score += WEIGHTS.payClose;
      reasons.push({ key: "payClose" });
    } else score += WEIGHTS.payLow;
  }

  if (job.priorityPoor && seeker.poorLabourer) {
    score += WEIGHTS.priorityPoor;
    reasons.push({ key: "priorityPoor" });
  }
  return { job, score, reasons };
}

/** Rank jobs for a seeker: only positive scores, best first, ties by higher pay then id. */
export function rankJobs<J extends MatchJob>(seeker: MatchSeeker, jobs: readonly J[], limit = 10): Match<J>[] {
  return jobs
    .map((j) => scoreJob(seeker, j))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || b.job.payMaxFen - a.job.payMaxFen || (a.job.id < b.job.id ? -1 : a.job.id > b.job.id ? 1 : 0))
    .slice(0, limit);
}
