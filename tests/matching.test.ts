import { describe, expect, it } from "vitest";
import { countyDistanceKm } from "@/lib/matching/distance";
import { rankJobs, scoreJob, type MatchJob, type MatchSeeker } from "@/lib/matching/score";

const job = (id: string, o: Partial<MatchJob>): MatchJob => ({
  id,
  kind: "workshop_near_home",
  regionCode: "433130",
  skills: [],
  benefits: [],
  payType: "monthly",
  payMinFen: 250000,
  payMaxFen: 350000,
  priorityPoor: false,
  ...o,
});

// Hand-made jobs around the two demo personas.
const JOBS: MatchJob[] = [
  job("a-embroider-home-longshan", { kind: "home_based", skills: ["湘西绣娘", "刺绣"], benefits: ["training"], payType: "piece_rate", payMinFen: 3000, payMaxFen: 12000, priorityPoor: true }),
  job("b-loom-longshan", { skills: ["湘西绣娘", "织机操作"], benefits: ["meals", "training"], payMaxFen: 380000, priorityPoor: true }),
  job("c-sewing-fenghuang", { regionCode: "433123", skills: ["湘西缝纫工"], benefits: ["meals"], payMaxFen: 420000 }),
  job("d-welder-jinan", { kind: "transfer_jinan", regionCode: "370114", skills: ["湘西焊工", "二氧化碳保护焊"], benefits: ["housing", "meals", "transport", "training"], payMinFen: 650000, payMaxFen: 900000, priorityPoor: true }),
  job("e-warehouse-jinan", { kind: "transfer_jinan", regionCode: "370112", skills: ["仓储"], benefits: ["housing", "meals", "transport"], payMinFen: 450000, payMaxFen: 600000 }),
  job("f-orchard-huayuan", { regionCode: "433124", skills: ["果树管护"], benefits: ["meals", "training"], payMaxFen: 360000, priorityPoor: true }),
];

const embroiderer: MatchSeeker = { countyCode: "433130", skills: ["湘西绣娘", "刺绣", "西兰卡普"], preference: "near_home", expectedPayFen: 300000, poorLabourer: true };
const welder: MatchSeeker = { countyCode: "433124", skills: ["湘西焊工", "二氧化碳保护焊"], preference: "willing_jinan", expectedPayFen: 700000, poorLabourer: true };

describe("matching", () => {
  it("distance table is symmetric and zero on the diagonal", () => {
    expect(countyDistanceKm("433130", "433130")).toBe(0);
    expect(countyDistanceKm("433124", "433125")).toBe(40);
    expect(countyDistanceKm("433125", "433124")).toBe(40);
    expect(countyDistanceKm("433124", "370114")).toBeNull();
  });

  it("ranks home embroidery first for a 龙山县 湘西绣娘 who wants to stay near home, and never a Jinan job", () => {
    const ranked = rankJobs(embroiderer, JOBS);
    // 凤凰县 (240 km) sewing is out: too far for someone who wants to stay near home, and no skill in common.
    expect(ranked.map((m) => m.job.id)).toEqual(["a-embroider-home-longshan", "b-loom-longshan", "f-orchard-huayuan"]);
    // 90 = brand 30 + skill 10 + same county 30 + home-based 10 + priority 10 (piece rate: pay not judged)
    expect(ranked.map((m) => m.score)).toEqual([90, 87, 37 - 20]);
    const first = ranked[0]!;
    expect(first.reasons).toEqual([
      { key: "skillBrand", params: { skill: "湘西绣娘" } },
      { key: "skill", params: { skill: "刺绣" } },
      { key: "sameCounty" },
      { key: "homeBased" },
      { key: "priorityPoor" },
    ]);
    expect(ranked.find((m) => m.job.id === "f-orchard-huayuan")!.reasons).toContainEqual({ key: "distance", params: { km: 160 } });
  });

  it("ranks the Jinan welding job with housing first for a 花垣县 welder willing to transfer", () => {
    const ranked = rankJobs(welder, JOBS);
    expect(ranked[0]!.job.id).toBe("d-welder-jinan");
    expect(ranked[0]!.score).toBe(30 + 10 + 25 + 10 + 5 + 2 + 15 + 10);
    expect(ranked[0]!.reasons.map((r) => r.key)).toEqual(["skillBrand", "skill", "transfer", "housing", "transport", "payMeets", "priorityPoor"]);
    expect(ranked[1]!.job.id).toBe("e-warehouse-jinan");
    // ¥6,000 is within 80% of the ¥7,000 expected: "close", not "meets".
    expect(ranked[1]!.reasons.map((r) => r.key)).toEqual(["transfer", "housing", "transport", "payClose"]);
  });

  it("is deterministic: input order does not change the ranking; ties break on pay then id", () => {
    const a = rankJobs(embroiderer, JOBS).map((m) => m.job.id);
    const b = rankJobs(embroiderer, [...JOBS].reverse()).map((m) => m.job.id);
    expect(b).toEqual(a);
    const twins = [job("z", { payMaxFen: 300000 }), job("y", { payMaxFen: 300000 }), job("x", { payMaxFen: 310000 })];
    expect(rankJobs(embroiderer, twins).map((m) => m.job.id)).toEqual(["x", "y", "z"]);
  });

  it("pay below 80% of the expectation costs points; a seeker without expectation is not judged on pay", () => {
    const low = job("low", { payMaxFen: 200000 });
    expect(scoreJob(embroiderer, low).score).toBe(30 - 10);
    expect(scoreJob({ ...embroiderer, expectedPayFen: null }, low).score).toBe(30);
    expect(scoreJob({ ...embroiderer, poorLabourer: false }, JOBS[0]!).reasons.map((r) => r.key)).not.toContain("priorityPoor");
  });
});
