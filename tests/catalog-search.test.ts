import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { catalogQueryParams, parseCatalogQuery, searchProducts } from "@/lib/catalog/search";
import { getProducerPublic, getProductDetail } from "@/lib/catalog/detail";
import { makeProducer, makeProduct } from "./helpers/catalog";

const NOW = new Date("2026-09-15T04:00:00Z"); // September: kiwifruit season
let ids: Record<string, string> = {};
let orgId = "";

beforeAll(async () => {
  const a = await makeProducer({ orgName: "十八洞果业（测试）" });
  const b = await makeProducer({ orgName: "保靖茶叶合作社（测试）" });
  const pending = await makeProducer({ orgName: "待认证合作社（测试）", verification: "pending" });
  orgId = a.org.id;
  const mk = async (key: string, org: string, fields: Parameters<typeof makeProduct>[1]) => {
    ids[key] = (await makeProduct(org, fields)).product.id;
  };
  ids = {};
  await mk("kiwi", a.org.id, { title: "十八洞红心猕猴桃", seasonMonths: [9, 10], salesCount: 5, certificationNo: "湘扶认〔2026〕0001号", certificationCounty: "433124", certifiedUntil: "2099-01-01", variants: [{ name: "5斤装", priceFen: 5980, stock: 10 }] });
  await mk("kiwiDry", a.org.id, { title: "猕猴桃果干 100%天然", category: "specialty", salesCount: 50, certificationNo: "湘扶认〔2020〕0002号", certificationCounty: "433124", certifiedUntil: "2021-01-01", variants: [{ name: "袋", priceFen: 1990, stock: 0 }] });
  await mk("tea", b.org.id, { title: "保靖黄金茶 明前茶", category: "tea", originCode: "433130", shipFrom: "2099-03-20", salesCount: 100, variants: [{ name: "250克", priceFen: 12800, stock: 30 }] });
  await mk("draft", a.org.id, { title: "猕猴桃 草稿", status: "draft" });
  await mk("hidden", a.org.id, { title: "猕猴桃 下架", hiddenReason: "示例：抽检不合格" });
  await mk("pending", pending.org.id, { title: "猕猴桃 待认证" });
});

const q = (p: Record<string, string>) => parseCatalogQuery(p);
const titles = async (p: Record<string, string>) => (await searchProducts(q(p), NOW)).items.map((i) => i.title);

describe("catalog search", () => {
  it("finds goods by a Chinese substring of the title or the producer's name, on sale only", async () => {
    expect((await titles({ q: "猕猴" })).sort()).toEqual(["十八洞红心猕猴桃", "猕猴桃果干 100%天然"].sort());
    expect(await titles({ q: "红心" })).toEqual(["十八洞红心猕猴桃"]);
    expect(await titles({ q: "保靖茶叶" })).toEqual(["保靖黄金茶 明前茶"]); // org name
    expect(await titles({ q: "猕猴桃 果干" })).toEqual(["猕猴桃果干 100%天然"]); // every word
    expect(await titles({ q: "荔枝" })).toEqual([]);
  });

  it("finds goods by the English words the English pages suggest, and still by the word as typed", async () => {
    expect((await titles({ q: "kiwifruit" })).sort()).toEqual(["十八洞红心猕猴桃", "猕猴桃果干 100%天然"].sort());
    expect((await titles({ q: "Kiwi" })).sort()).toEqual(["十八洞红心猕猴桃", "猕猴桃果干 100%天然"].sort());
    expect(await titles({ q: "golden tea" })).toEqual(["保靖黄金茶 明前茶"]);
    expect(await titles({ q: "Baojing" })).toEqual(["保靖黄金茶 明前茶"]);
    expect((await titles({ q: "Shibadong kiwi" })).sort()).toEqual(["十八洞红心猕猴桃", "猕猴桃果干 100%天然"].sort()); // the producer's name too
    expect(await titles({ q: "Baojing kiwi" })).toEqual([]); // every word
    expect(await titles({ q: "100%" })).toEqual(["猕猴桃果干 100%天然"]);
    expect(await titles({ q: "lychee" })).toEqual([]);
  });

  it("treats % and _ in the search as literal characters", async () => {
    expect(await titles({ q: "100%" })).toEqual(["猕猴桃果干 100%天然"]);
    expect(await titles({ q: "%" })).toEqual(["猕猴桃果干 100%天然"]);
    expect(await titles({ q: "_" })).toEqual([]);
  });

  it("filters by county, category, certification, stock, season and pre-sale", async () => {
    expect(await titles({ county: "433130" })).toEqual(["保靖黄金茶 明前茶"]);
    expect(await titles({ category: "specialty" })).toEqual(["猕猴桃果干 100%天然"]);
    expect(await titles({ certified: "1" })).toEqual(["十八洞红心猕猴桃"]); // the other certificate expired
    expect((await titles({ inStock: "1" })).sort()).toEqual(["十八洞红心猕猴桃", "保靖黄金茶 明前茶"].sort());
    expect(await titles({ inSeason: "1" })).toEqual(["十八洞红心猕猴桃"]);
    expect(await titles({ presale: "1" })).toEqual(["保靖黄金茶 明前茶"]);
    expect(await titles({ q: "猕猴桃", inStock: "1", certified: "1", county: "433124", category: "fruit" })).toEqual(["十八洞红心猕猴桃"]);
  });

  it("sorts from the allow-list and falls back safely", async () => {
    expect(await titles({ sort: "price_asc" })).toEqual(["猕猴桃果干 100%天然", "十八洞红心猕猴桃", "保靖黄金茶 明前茶"]);
    expect(await titles({ sort: "price_desc" })).toEqual(["保靖黄金茶 明前茶", "十八洞红心猕猴桃", "猕猴桃果干 100%天然"]);
    // default: in season first, then sales
    expect(await titles({})).toEqual(["十八洞红心猕猴桃", "保靖黄金茶 明前茶", "猕猴桃果干 100%天然"]);
    for (const bad of ["title; drop table products", "min_price_fen desc", "__proto__", "PRICE_ASC"]) {
      expect(parseCatalogQuery({ sort: bad }).sort).toBe("recommended");
      expect(await titles({ sort: bad })).toEqual(await titles({}));
    }
  });

  it("parses untrusted parameters into a valid query and back into links", () => {
    const parsed = parseCatalogQuery({ q: "  猕猴桃   红心 ", page: "-3", county: "../x", category: "weapons", inStock: "1", certified: "yes" });
    expect(parsed).toMatchObject({ q: "猕猴桃 红心", page: 1, county: undefined, category: undefined, inStock: true, certified: false });
    expect(parseCatalogQuery({ page: "2.5" }).page).toBe(1);
    expect(parseCatalogQuery({ page: "999999" }).page).toBe(1);
    expect(parseCatalogQuery(new URLSearchParams("q=茶&page=3&sort=newest")).page).toBe(3);
    expect(catalogQueryParams(parsed, { page: 2 })).toEqual({ q: "猕猴桃 红心", inStock: "1", page: "2" });
    expect(parseCatalogQuery({ q: "x".repeat(500) }).q).toHaveLength(40);
  });

  it("paginates 20 per page with the total count", async () => {
    const { org } = await makeProducer({ orgName: "批量合作社（测试）" });
    for (let i = 0; i < 23; i++) await makeProduct(org.id, { title: `批量椪柑${String(i).padStart(2, "0")}`, category: "vegetable" });
    const p1 = await searchProducts(q({ category: "vegetable", sort: "newest" }), NOW);
    const p2 = await searchProducts(q({ category: "vegetable", sort: "newest", page: "2" }), NOW);
    expect([p1.total, p1.pages, p1.items.length, p2.items.length, p2.page]).toEqual([23, 2, 20, 3, 2]);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(23);
    const beyond = await searchProducts(q({ category: "vegetable", page: "9" }), NOW);
    expect([beyond.page, beyond.items.length]).toEqual([2, 3]);
  });

  it("uses the trigram index for title search (EXPLAIN)", async () => {
    const db = await getDb();
    await db.execute(sql`set enable_seqscan = off`);
    const plan = await db.execute(sql`explain select id from products where title ilike ${"%猕猴桃%"}`);
    await db.execute(sql`reset enable_seqscan`);
    const text = (plan.rows as Record<string, string>[]).map((r) => Object.values(r)[0]).join("\n");
    console.log(`[explain] title ILIKE '%猕猴桃%' (seqscan off):\n${text}`);
    expect(text).toContain("products_title_trgm");
    const full = await db.execute(sql`explain analyze select products.id from products inner join organizations o on o.id = products.org_id where (products.title ilike ${"%猕猴%"} or o.name ilike ${"%猕猴%"}) and products.status = 'on_sale'`);
    console.log(`[explain] catalog search:\n${(full.rows as Record<string, string>[]).map((r) => Object.values(r)[0]).join("\n")}`);
    const trgm = await db.execute(sql`select show_trgm('猕猴桃') as t`);
    console.log("[explain] show_trgm('猕猴桃') =", JSON.stringify((trgm.rows as Record<string, unknown>[])[0]));
  });
});

describe("public product and producer pages", () => {
  it("shows a product on sale with its producer, and nothing for drafts, hidden or unverified goods", async () => {
    const d = await getProductDetail(ids.kiwi!, NOW);
    expect(d).toMatchObject({ title: "十八洞红心猕猴桃", inSeason: true, certification: { no: "湘扶认〔2026〕0001号" }, org: { name: "十八洞果业（测试）" }, rating: { average: null, count: 0 } });
    expect(d!.variants).toEqual([expect.objectContaining({ name: "5斤装", priceFen: 5980, stock: 10, tiers: [] })]);
    expect((await getProductDetail(ids.kiwiDry!, NOW))!.certification).toBeNull(); // expired
    for (const k of ["draft", "hidden", "pending"]) expect(await getProductDetail(ids[k]!, NOW), k).toBeNull();
    expect(await getProductDetail("not-a-uuid")).toBeNull();
    const org = await getProducerPublic(orgId, NOW);
    expect(org!.products.map((p) => p.title).sort()).toEqual(["十八洞红心猕猴桃", "猕猴桃果干 100%天然"].sort());
  });
});
