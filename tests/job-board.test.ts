import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { seekerProfiles } from "@/db/schema";
import { getPublicJob, parseJobFilters, searchJobs } from "@/lib/jobs/board";
import { containsPattern } from "@/lib/like";
import { addMonthsIso, yuanToFen } from "@/lib/jobs/constants";
import { recommendJobsFor } from "@/lib/matching/recommend";
import { setPoorLabourerVerified } from "@/lib/seekers/profile";
import { eq } from "drizzle-orm";
import { makeEmployer, makeJob, makeSeeker } from "./helpers/employment";

describe("job board", () => {
  it("parses filters through allow-lists and escapes LIKE wildcards", () => {
    expect(parseJobFilters({ sort: "pay; drop table jobs", kind: "x", region: "43313'", page: "-1", benefit: ["housing", "spa"], payMin: "4500.5" })).toEqual({
      q: "",
      region: "",
      kind: "",
      skill: "",
      payMinFen: 450050,
      benefits: ["housing"],
      sort: "newest",
      page: 1,
    });
    expect(containsPattern("100%_\\")).toBe("%100\\%\\_\\\\%");
    expect(yuanToFen("3,500.05")).toBe(350005);
    expect(yuanToFen("1.234")).toBeNull();
    expect(addMonthsIso("2026-08-31", 6)).toBe("2027-02-28");
  });

  it("searches Chinese titles, filters, sorts, and never lists closed, expired, hidden or unverified jobs", async () => {
    const { org } = await makeEmployer();
    const jinan = await makeEmployer({ kind: "jinan_employer" });
    const pending = await makeEmployer({ verification: "pending" });
    const today = "2026-11-29";
    const emb = await makeJob(org.id, { title: "苗绣居家绣片工" });
    const weld = await makeJob(jinan.org.id, { title: "湘西焊工 100%包住", kind: "transfer_jinan", regionCode: "370114", payType: "monthly", payMinFen: 650000, payMaxFen: 900000, skills: ["湘西焊工"], benefits: ["housing", "transport"] });
    await makeJob(org.id, { title: "苗绣已关闭", status: "closed" });
    await makeJob(org.id, { title: "苗绣已截止", closesOn: "2026-11-28" });
    const lastDay = await makeJob(org.id, { title: "苗绣今天截止", closesOn: today });
    await makeJob(org.id, { title: "苗绣被下架", hiddenReason: "重复发布" });
    await makeJob(pending.org.id, { title: "苗绣未认证" });

    const base = parseJobFilters({});
    const all = await searchJobs({ ...base, q: "苗绣" }, today);
    expect(all.items.map((j) => j.id).sort()).toEqual([emb.id, lastDay.id].sort());
    expect((await searchJobs({ ...base, q: "_" }, today)).total).toBe(0);
    expect((await searchJobs({ ...base, q: "100%" }, today)).items.map((j) => j.id)).toEqual([weld.id]);
    // The English pages' own examples: a trade in English finds the Chinese title.
    expect((await searchJobs({ ...base, q: "Welder" }, today)).items.map((j) => j.id)).toEqual([weld.id]);
    expect((await searchJobs({ ...base, q: "embroidery" }, today)).items.map((j) => j.id).sort()).toEqual([emb.id, lastDay.id].sort());
    expect((await searchJobs({ ...base, skill: "湘西焊工", benefits: ["housing"], payMinFen: 800000 }, today)).items.map((j) => j.id)).toEqual([weld.id]);
    expect((await searchJobs({ ...base, benefits: ["housing", "meals"] }, today)).total).toBe(0);
    expect((await searchJobs({ ...base, region: "433130", kind: "home_based" }, today)).total).toBe(2);
    expect((await searchJobs({ ...base, sort: "pay" }, today)).items[0]!.id).toBe(weld.id);
    expect(await getPublicJob(weld.id, today)).toMatchObject({ open: true, orgVerified: true });
    expect(await getPublicJob(lastDay.id, "2026-11-30")).toMatchObject({ open: false });
  });

  it("pages 10 jobs at a time with the total, and shows the last page for a page past it", async () => {
    const { org } = await makeEmployer();
    const today = "2026-11-29";
    for (let i = 0; i < 12; i++) await makeJob(org.id, { title: `分页测试竹编工${String(i).padStart(2, "0")}` });
    const base = { ...parseJobFilters({}), q: "分页测试竹编" };
    const p1 = await searchJobs(base, today);
    const p2 = await searchJobs({ ...base, page: 2 }, today);
    expect([p1.total, p1.pages, p1.page, p1.items.length, p2.page, p2.items.length]).toEqual([12, 2, 1, 10, 2, 2]);
    expect(new Set([...p1.items, ...p2.items].map((j) => j.id)).size).toBe(12);
    const beyond = await searchJobs({ ...base, page: 9 }, today);
    expect([beyond.total, beyond.page, beyond.items.map((j) => j.id)]).toEqual([12, 2, p2.items.map((j) => j.id)]);
    expect(await searchJobs({ ...base, q: "没有这种岗位" }, today)).toMatchObject({ items: [], total: 0, page: 1, pages: 1 });
  });

  it("recommends open jobs not yet applied to; the office can verify a declared poor labourer", async () => {
    const { org } = await makeEmployer();
    const seeker = await makeSeeker({ skills: ["湘西绣娘"] });
    const job = await makeJob(org.id, { title: "推荐测试绣娘岗位" });
    const recs = await recommendJobsFor(seeker.id, 50, "2026-11-29");
    const mine = recs.find((m) => m.job.id === job.id);
    expect(mine?.reasons).toContainEqual({ key: "skillBrand", params: { skill: "湘西绣娘" } });
    const db = await getDb();
    expect(await db.transaction((tx) => setPoorLabourerVerified(tx, seeker.id, true))).toBe(true);
    const [p] = await db.select({ v: seekerProfiles.poorLabourerVerified }).from(seekerProfiles).where(eq(seekerProfiles.userId, seeker.id));
    expect(p!.v).toBe(true);
    const notPoor = await makeSeeker({ poor: false });
    expect(await db.transaction((tx) => setPoorLabourerVerified(tx, notPoor.id, true))).toBe(false);
  });
});
