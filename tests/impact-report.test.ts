import { describe, expect, it } from "vitest";
import { getImpactCounters } from "@/lib/impact/counters";
import { parseRange, rangeBounds, type DateRange } from "@/lib/impact/range";
import { getImpactReport } from "@/lib/impact/report";
import { ensureAllRegions, makeHire, makeJob, makeOrder, makeProduct, type ItemSpec } from "./helpers/admin";
import { makeOrg, makeUser } from "./helpers/factories";

const cst = (s: string) => new Date(`${s}+08:00`);

interface Spec {
  buyerOrg: "union" | "budget" | null;
  status: "pending_payment" | "paid" | "completed" | "refunded";
  paidAt: Date | null;
  refundedFen?: number;
  shippingFen?: number;
  district: string | null;
  items: ItemSpec[];
}

describe("impact report", () => {
  it("equals sums computed independently from the inserted orders and hires, for a date range", async () => {
    await ensureAllRegions();
    const buyer = await makeUser({ roles: ["buyer"] });
    const producerA = await makeUser({ roles: ["producer"] });
    const producerB = await makeUser({ roles: ["producer"] });
    const producerC = await makeUser({ roles: ["producer"] });
    const orgA = await makeOrg(producerA.id, { regionCode: "433124", householdsSupported: 50 });
    const orgB = await makeOrg(producerB.id, { regionCode: "433125", householdsSupported: 30, type: "workshop", kind: "workshop_home" });
    await makeOrg(producerC.id, { regionCode: "433101", householdsSupported: 99, verification: "pending" });
    const union = await makeOrg(buyer.id, { type: "buyer", kind: "trade_union", regionCode: "370102" });
    const budget = await makeOrg(buyer.id, { type: "buyer", kind: "budget_unit", regionCode: "370102" });
    const a1 = await makeProduct(orgA.id, { category: "fruit", originCode: "433124" });
    const a2 = await makeProduct(orgA.id, { category: "craft", originCode: "433124" });
    const b1 = await makeProduct(orgB.id, { category: "tea", originCode: "433125" });
    const item = (p: { product: { id: string; category: ItemSpec["category"]; originCode: string }; variantId: string }, fen: number, certified: boolean): ItemSpec => ({
      productId: p.product.id,
      variantId: p.variantId,
      lineTotalFen: fen,
      certified,
      category: p.product.category,
      originCode: p.product.originCode,
    });

    const specs: Spec[] = [
      { buyerOrg: null, status: "completed", paidAt: cst("2026-02-10T10:00:00"), district: "370102", items: [item(a1, 10000, true)] },
      { buyerOrg: "union", status: "completed", paidAt: cst("2026-03-05T10:00:00"), shippingFen: 500, district: "370103", items: [item(b1, 20000, true)] },
      // refunded in full
      { buyerOrg: "budget", status: "refunded", paidAt: cst("2026-03-20T10:00:00"), refundedFen: 8000, district: "370103", items: [item(a1, 8000, true)] },
      // partially refunded, a certified and an uncertified item
      { buyerOrg: null, status: "completed", paidAt: cst("2026-04-15T10:00:00"), refundedFen: 2000, district: "370102", items: [item(a1, 6000, true), item(a2, 4000, false)] },
      // an uncertified product
      { buyerOrg: "union", status: "paid", paidAt: cst("2026-05-01T10:00:00"), district: "370102", items: [item(a2, 3000, false)] },
      // the last half hour of the range in China time, no district
      { buyerOrg: null, status: "paid", paidAt: cst("2026-06-30T23:30:00"), district: null, items: [item(b1, 1000, true)] },
      // outside the range: after it, and the last half hour before it (China time)
      { buyerOrg: null, status: "completed", paidAt: cst("2026-07-02T10:00:00"), district: "370102", items: [item(a1, 50000, true)] },
      { buyerOrg: null, status: "completed", paidAt: cst("2025-12-31T23:30:00"), district: "370102", items: [item(b1, 999, true)] },
      // never paid
      { buyerOrg: "union", status: "pending_payment", paidAt: null, district: "370102", items: [item(b1, 7000, true)] },
    ];
    const orgOf = { union: union.id, budget: budget.id };
    for (const s of specs) {
      await makeOrder({
        buyerId: buyer.id,
        buyerOrgId: s.buyerOrg ? orgOf[s.buyerOrg] : null,
        sellerOrgId: s.items[0]!.productId === b1.product.id ? orgB.id : orgA.id,
        status: s.status,
        paidAt: s.paidAt,
        refundedFen: s.refundedFen,
        shippingFen: s.shippingFen,
        districtCode: s.district,
        items: s.items,
      });
    }

    // hires: employer org, jobs, seekers
    const employer = await makeUser({ roles: ["employer"] });
    const empOrg = await makeOrg(employer.id, { type: "employer", kind: "jinan_employer", regionCode: "370102" });
    const job = await makeJob(empOrg.id);
    const hireSpecs = [
      { county: "433130", poor: true, kind: "workshop_near_home", startDate: "2026-02-01", m3: "both", m6: "both" },
      { county: "433124", poor: true, kind: "transfer_jinan", startDate: "2026-03-01", m3: "both", m6: "employer" },
      { county: "433123", poor: false, kind: "home_based", startDate: "2026-05-01", m3: "none", m6: "none" },
      { county: "433124", poor: false, kind: "transfer_jinan", startDate: "2026-08-01", m3: "both", m6: "none" },
    ] as const;
    for (const h of hireSpecs) {
      const seeker = await makeUser({ roles: ["seeker"] });
      await makeHire({ jobId: job.id, orgId: empOrg.id, seekerId: seeker.id, ...h });
    }

    const range: DateRange = { from: "2026-01-01", to: "2026-06-30" };
    const report = await getImpactReport(range);

    // ── independent computation from the specs ──
    const { start, end } = rangeBounds(range);
    const inRange = specs.filter((s) => s.paidAt && s.paidAt >= start && s.paidAt < end);
    const total = (s: Spec) => s.items.reduce((a, i) => a + i.lineTotalFen, 0) + (s.shippingFen ?? 0);
    const net = (s: Spec) => total(s) - (s.refundedFen ?? 0);
    const itemNet = (s: Spec, i: ItemSpec) => (i.lineTotalFen * net(s)) / s.items.reduce((a, x) => a + x.lineTotalFen, 0);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

    const expectedSales = sum(inRange.map(net));
    expect(expectedSales).toBe(10000 + 20500 + 0 + 8000 + 3000 + 1000); // sanity of the fixture itself
    expect(report.summary.salesFen).toBe(expectedSales);
    expect(report.summary.orders).toBe(inRange.filter((s) => s.status !== "refunded").length);
    expect(report.summary.certifiedFen).toBe(Math.round(sum(inRange.flatMap((s) => s.items.filter((i) => i.certified).map((i) => itemNet(s, i))))));

    const monthOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
    for (const m of report.byMonth) {
      expect(m.fen, m.month).toBe(sum(inRange.filter((s) => monthOf(s.paidAt!) === m.month).map(net)));
    }
    expect(report.byMonth.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);

    for (const c of report.byCounty) {
      expect(c.fen, c.key).toBe(Math.round(sum(inRange.flatMap((s) => s.items.filter((i) => i.originCode === c.key).map((i) => itemNet(s, i))))));
    }
    expect(report.byCounty).toHaveLength(8);
    expect(sum(report.byCounty.map((c) => c.fen))).toBe(expectedSales);

    const categories = new Set(inRange.flatMap((s) => s.items.map((i) => i.category!)));
    expect(new Set(report.byCategory.map((c) => c.key))).toEqual(categories);
    for (const c of report.byCategory) {
      expect(c.fen, c.key).toBe(Math.round(sum(inRange.flatMap((s) => s.items.filter((i) => i.category === c.key).map((i) => itemNet(s, i))))));
    }

    const kindOf = (s: Spec) => (s.buyerOrg === "union" ? "trade_union" : s.buyerOrg === "budget" ? "budget_unit" : "individual");
    for (const b of report.byBuyerKind) {
      expect(b.fen, b.key).toBe(sum(inRange.filter((s) => kindOf(s) === b.key).map(net)));
    }
    expect(sum(report.byBuyerKind.map((b) => b.fen))).toBe(expectedSales);

    for (const d of report.byDistrict) {
      const code = d.key === "other" ? null : d.key;
      expect(d.fen, d.key).toBe(sum(inRange.filter((s) => s.district === code).map(net)));
    }

    // households: verified sellers only, whatever the range
    expect(report.households).toBe(50 + 30);

    const hiresIn = hireSpecs.filter((h) => h.startDate >= range.from && h.startDate <= range.to);
    expect(report.employment.hires).toBe(hiresIn.length);
    expect(report.employment.poorLabourers).toBe(hiresIn.filter((h) => h.poor).length);
    expect(report.employment.nearHome).toBe(hiresIn.filter((h) => h.kind !== "transfer_jinan").length);
    expect(report.employment.transferred).toBe(hiresIn.filter((h) => h.kind === "transfer_jinan").length);
    expect(report.employment.retained3).toBe(hiresIn.filter((h) => h.m3 === "both").length);
    expect(report.employment.retained6).toBe(hiresIn.filter((h) => h.m6 === "both").length);
    for (const c of report.employment.byCounty) {
      expect(c.count, c.key).toBe(hiresIn.filter((h) => h.county === c.key).length);
    }

    // home counters: all time, same definitions
    const counters = await getImpactCounters();
    const paid = specs.filter((s) => s.paidAt);
    expect(counters.salesFen).toBe(sum(paid.map(net)));
    expect(counters.orders).toBe(paid.filter((s) => s.status !== "refunded").length);
    expect(counters.hires).toBe(hireSpecs.length);
    expect(counters.households).toBe(80);
  });

  it("parses the date range from GET params, defaulting to this year in China time", () => {
    const now = new Date("2026-12-31T17:00:00Z"); // already 2027-01-01 in China
    expect(parseRange({}, now)).toEqual({ from: "2027-01-01", to: "2027-12-31" });
    expect(parseRange({ from: "2026-03-01", to: "2026-02-01" }, now)).toEqual({ from: "2026-02-01", to: "2026-03-01" });
    expect(parseRange({ from: "2026-02-30", to: "nonsense" }, now)).toEqual({ from: "2027-01-01", to: "2027-12-31" });
  });
});
