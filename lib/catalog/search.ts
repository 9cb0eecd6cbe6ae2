/**
 * The catalog query: one function behind /products and GET /api/v1/products.
 * Search is a substring match (ILIKE '%word%') on the title — served by the GIN trigram index
 * products_title_trgm — or on the producer's name; every word must match. Sort comes from an allow-list.
 */
import { and, asc, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { organizations, productCategoryEnum, products, productVariants, regions } from "@/db/schema";
import { containsPattern } from "@/lib/like";
import { pageWithMatchCount } from "@/lib/paging";
import { searchWords } from "@/lib/search-terms";
import { cardColumns, onSale, type ProductCard } from "./featured";

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
export const SORTS = ["recommended", "price_asc", "price_desc", "newest"] as const;
export type CatalogSort = (typeof SORTS)[number];
const CATEGORIES = productCategoryEnum.enumValues;
export type ProductCategory = (typeof CATEGORIES)[number];

export interface CatalogQuery {
  q: string;
  county?: string;
  category?: ProductCategory;
  certified: boolean;
  inStock: boolean;
  inSeason: boolean;
  presale: boolean;
  sort: CatalogSort;
  page: number;
}

export interface CatalogPage {
  items: ProductCard[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

const yes = (v: string | undefined) => v === "1" || v === "true" || v === "on";

/** Untrusted query parameters → a valid query; anything unknown falls back to the default. */
export function parseCatalogQuery(params: Params): CatalogQuery {
  const q = (first(params, "q") ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
  const county = first(params, "county");
  const category = first(params, "category");
  const sort = first(params, "sort");
  const page = Number(first(params, "page"));
  return {
    q,
    county: county && /^4331\d{2}$/.test(county) ? county : undefined,
    category: category && (CATEGORIES as readonly string[]).includes(category) ? (category as ProductCategory) : undefined,
    certified: yes(first(params, "certified")),
    inStock: yes(first(params, "inStock")),
    inSeason: yes(first(params, "inSeason")),
    presale: yes(first(params, "presale")),
    sort: sort && (SORTS as readonly string[]).includes(sort) ? (sort as CatalogSort) : "recommended",
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** The query as URL parameters (defaults left out), for links and pagination. */
export function catalogQueryParams(q: CatalogQuery, overrides: Partial<CatalogQuery> = {}): Record<string, string> {
  const m = { ...q, ...overrides };
  const out: Record<string, string> = {};
  if (m.q) out.q = m.q;
  if (m.county) out.county = m.county;
  if (m.category) out.category = m.category;
  if (m.certified) out.certified = "1";
  if (m.inStock) out.inStock = "1";
  if (m.inSeason) out.inSeason = "1";
  if (m.presale) out.presale = "1";
  if (m.sort !== "recommended") out.sort = m.sort;
  if (m.page > 1) out.page = String(m.page);
  return out;
}

/** Producers whose name matches a search word, looked up apart from the products joined to them (see catalogWhere). */
const namedOrg = alias(organizations, "named_org");

export function catalogWhere(q: CatalogQuery, month: number): SQL {
  const conds: (SQL | undefined)[] = [onSale()];
  // Each word matches in any of its forms: as typed, or the Chinese of an English term (lib/search-terms.ts).
  for (const forms of searchWords(q.q)) {
    const patterns = forms.map(containsPattern);
    // The producer's name is matched once per producer (a few hundred rows), not once per joined product: on the
    // bench data (10,000 products, 264 producers) `title ILIKE … OR organizations.name ILIKE …` took 39 ms for the
    // count and 28 ms for the page of "猕猴桃"; with the subquery 8 ms each, for the same 1,169 products.
    conds.push(
      or(
        ...patterns.map((pattern) => ilike(products.title, pattern)),
        sql`${products.orgId} in (select ${namedOrg.id} from ${organizations} ${namedOrg} where ${or(...patterns.map((pattern) => ilike(namedOrg.name, pattern)))})`,
      ),
    );
  }
  if (q.county) conds.push(eq(products.originCode, q.county));
  if (q.category) conds.push(eq(products.category, q.category));
  if (q.certified) conds.push(sql`(${products.certificationNo} is not null and ${products.certifiedUntil} >= current_date)`);
  if (q.inStock) {
    conds.push(sql`exists (select 1 from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.active} and ${productVariants.stock} > 0)`);
  }
  if (q.inSeason) conds.push(sql`${month} = any(${products.seasonMonths})`);
  if (q.presale) conds.push(sql`${products.shipFrom} > current_date`);
  return and(...conds)!;
}

export async function searchProducts(q: CatalogQuery, now = new Date()): Promise<CatalogPage> {
  const db = await getDb();
  const month = now.getMonth() + 1;
  const cols = cardColumns(month);
  const where = catalogWhere(q, month);
  const order =
    q.sort === "price_asc"
      ? [asc(products.minPriceFen), asc(products.id)]
      : q.sort === "price_desc"
        ? [desc(products.minPriceFen), asc(products.id)]
        : q.sort === "newest"
          ? [desc(products.createdAt), asc(products.id)]
          : [desc(cols.inSeason), desc(products.salesCount), desc(products.createdAt), asc(products.id)];

  // Each row carries the number of matches: one query for the page and its count (lib/paging.ts).
  const pageAt = (page: number) =>
    db
      .select({ ...cols, matches: sql<string>`count(*) over ()` })
      .from(products)
      .innerJoin(organizations, eq(organizations.id, products.orgId))
      .innerJoin(regions, eq(regions.code, products.originCode))
      .where(where)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE);
  const { rows, total, page, pages } = await pageWithMatchCount(pageAt, q.page, PAGE_SIZE);
  const items: ProductCard[] = rows;
  return { items, total, page, pages, pageSize: PAGE_SIZE };
}

/** Xiangxi counties for the county filter and the editor. */
export async function listXiangxiCounties(): Promise<{ code: string; name: string; nameEn: string }[]> {
  const db = await getDb();
  return db.select({ code: regions.code, name: regions.name, nameEn: regions.nameEn }).from(regions).where(eq(regions.kind, "xiangxi_county")).orderBy(asc(regions.sort));
}
