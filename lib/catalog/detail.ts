/** Public reads: the product page and the producer page. Only goods on sale and verified producers. */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, priceTiers, productImages, products, productVariants, regions, reviews, users } from "@/db/schema";
import { cardColumns, onSale, type ProductCard } from "./featured";

export interface ProductDetail {
  id: string;
  title: string;
  description: string;
  category: string;
  originCode: string;
  originName: string;
  originNameEn: string;
  minPriceFen: number;
  shipFrom: string | null;
  presaleUntil: string | null;
  presale: boolean;
  seasonMonths: number[];
  inSeason: boolean;
  certification: { no: string; countyName: string; countyNameEn: string; batch: string | null; validUntil: string } | null;
  salesCount: number;
  org: { id: string; name: string; story: string; householdsSupported: number; regionName: string; regionNameEn: string; verified: boolean };
  variants: { id: string; name: string; priceFen: number; stock: number; tiers: { minQty: number; priceFen: number }[] }[];
  images: { key: string; width: number; height: number }[];
  rating: { average: number | null; count: number };
  reviews: { id: string; rating: number; body: string; author: string; createdAt: Date }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "张三" → "张*": reviewers are shown, not identified. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return "*";
  return `${chars[0]}${"*".repeat(Math.min(Math.max(chars.length - 1, 1), 3))}`;
}

export async function getProductDetail(id: string, now = new Date()): Promise<ProductDetail | null> {
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const month = now.getMonth() + 1;
  const certCounty = sql<string | null>`(select ${regions.name} from ${regions} where ${regions.code} = ${products.certificationCounty})`;
  const certCountyEn = sql<string | null>`(select ${regions.nameEn} from ${regions} where ${regions.code} = ${products.certificationCounty})`;
  const [p] = await db
    .select({
      id: products.id,
      title: products.title,
      description: products.description,
      category: products.category,
      originCode: products.originCode,
      originName: regions.name,
      originNameEn: regions.nameEn,
      minPriceFen: products.minPriceFen,
      shipFrom: products.shipFrom,
      presaleUntil: products.presaleUntil,
      seasonMonths: products.seasonMonths,
      certificationNo: products.certificationNo,
      certificationBatch: products.certificationBatch,
      certifiedUntil: products.certifiedUntil,
      certCountyName: certCounty,
      certCountyNameEn: certCountyEn,
      certified: cardColumns(month).certified,
      presale: cardColumns(month).presale,
      inSeason: cardColumns(month).inSeason,
      salesCount: products.salesCount,
      orgId: organizations.id,
      orgName: organizations.name,
      orgStory: organizations.story,
      households: organizations.householdsSupported,
      orgRegion: sql<string>`(select ${regions.name} from ${regions} where ${regions.code} = ${organizations.regionCode})`,
      orgRegionEn: sql<string>`(select ${regions.nameEn} from ${regions} where ${regions.code} = ${organizations.regionCode})`,
    })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .innerJoin(regions, eq(regions.code, products.originCode))
    .where(and(eq(products.id, id), onSale()))
    .limit(1);
  if (!p) return null;

  const [variants, images, ratingRows, reviewRows] = await Promise.all([
    db
      .select({ id: productVariants.id, name: productVariants.name, priceFen: productVariants.priceFen, stock: productVariants.stock })
      .from(productVariants)
      .where(and(eq(productVariants.productId, id), eq(productVariants.active, true)))
      .orderBy(asc(productVariants.sort), asc(productVariants.priceFen)),
    db.select({ key: productImages.storageKey, width: productImages.width, height: productImages.height }).from(productImages).where(eq(productImages.productId, id)).orderBy(asc(productImages.sort)),
    db.select({ avg: sql<string | null>`avg(${reviews.rating})`, n: sql<number>`count(*)::int` }).from(reviews).where(eq(reviews.productId, id)),
    db
      .select({ id: reviews.id, rating: reviews.rating, body: reviews.body, author: users.name, createdAt: reviews.createdAt })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.authorId))
      .where(eq(reviews.productId, id))
      .orderBy(desc(reviews.createdAt))
      .limit(20),
  ]);
  const tiers = variants.length
    ? await db.select().from(priceTiers).where(inArray(priceTiers.variantId, variants.map((v) => v.id))).orderBy(asc(priceTiers.minQty))
    : [];
  const avg = ratingRows[0]?.avg;
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    category: p.category,
    originCode: p.originCode,
    originName: p.originName,
    originNameEn: p.originNameEn,
    minPriceFen: p.minPriceFen,
    shipFrom: p.shipFrom,
    presaleUntil: p.presaleUntil,
    presale: p.presale,
    seasonMonths: p.seasonMonths ?? [],
    inSeason: p.inSeason,
    certification:
      p.certified && p.certificationNo && p.certifiedUntil
        ? { no: p.certificationNo, countyName: p.certCountyName ?? "", countyNameEn: p.certCountyNameEn ?? "", batch: p.certificationBatch, validUntil: p.certifiedUntil }
        : null,
    salesCount: p.salesCount,
    org: { id: p.orgId, name: p.orgName, story: p.orgStory, householdsSupported: p.households, regionName: p.orgRegion, regionNameEn: p.orgRegionEn, verified: true },
    variants: variants.map((v) => ({ ...v, tiers: tiers.filter((t) => t.variantId === v.id).map((t) => ({ minQty: t.minQty, priceFen: t.priceFen })) })),
    images,
    rating: { average: avg == null ? null : Math.round(Number(avg) * 10) / 10, count: Number(ratingRows[0]?.n ?? 0) },
    reviews: reviewRows.map((r) => ({ id: r.id, rating: r.rating, body: r.body, author: maskName(r.author), createdAt: r.createdAt })),
  };
}

export interface ProducerPublic {
  id: string;
  name: string;
  kind: string;
  type: string;
  regionName: string;
  regionNameEn: string;
  township: string | null;
  story: string;
  householdsSupported: number;
  verifiedAt: Date | null;
  products: ProductCard[];
}

/** A verified producer or workshop and its goods on sale. */
export async function getProducerPublic(id: string, now = new Date()): Promise<ProducerPublic | null> {
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const [org] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      type: organizations.type,
      regionName: regions.name,
      regionNameEn: regions.nameEn,
      township: organizations.township,
      story: organizations.story,
      householdsSupported: organizations.householdsSupported,
      verifiedAt: organizations.verifiedAt,
    })
    .from(organizations)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(eq(organizations.id, id), inArray(organizations.type, ["producer", "workshop"]), eq(organizations.verification, "verified")))
    .limit(1);
  if (!org) return null;
  const cols = cardColumns(now.getMonth() + 1);
  const goods = await db
    .select(cols)
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .innerJoin(regions, eq(regions.code, products.originCode))
    .where(and(eq(products.orgId, id), onSale()))
    .orderBy(desc(cols.inSeason), desc(products.salesCount), asc(products.id))
    .limit(60);
  return { ...org, products: goods };
}
