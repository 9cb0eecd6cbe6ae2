import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, productImages, products, regions } from "@/db/schema";

export interface ProductCard {
  id: string;
  title: string;
  category: string;
  minPriceFen: number;
  originName: string;
  originNameEn: string;
  orgName: string;
  certified: boolean;
  inSeason: boolean;
  presale: boolean;
  imageKey: string | null;
}

/** On sale = status on_sale, not hidden by the office, seller verified. */
export const onSale = () =>
  and(eq(products.status, "on_sale"), isNull(products.hiddenReason), eq(organizations.verification, "verified"));

export function cardColumns(month: number) {
  return {
    id: products.id,
    title: products.title,
    category: products.category,
    minPriceFen: products.minPriceFen,
    originName: regions.name,
    originNameEn: regions.nameEn,
    orgName: organizations.name,
    certified: sql<boolean>`(${products.certificationNo} is not null and coalesce(${products.certifiedUntil} >= current_date, false))`,
    inSeason: sql<boolean>`coalesce(${month} = any(${products.seasonMonths}), false)`,
    presale: sql<boolean>`coalesce(${products.shipFrom} > current_date, false)`,
    imageKey: sql<string | null>`(select ${productImages.storageKey} from ${productImages} where ${productImages.productId} = ${products.id} order by ${productImages.sort} limit 1)`,
  };
}

/** Home page: goods in season first, then best sellers. */
export async function listFeaturedProducts(limit = 8, now = new Date()): Promise<ProductCard[]> {
  const db = await getDb();
  const month = now.getMonth() + 1;
  const cols = cardColumns(month);
  return db
    .select(cols)
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .innerJoin(regions, eq(regions.code, products.originCode))
    .where(onSale())
    .orderBy(desc(cols.inSeason), desc(products.salesCount), asc(products.title))
    .limit(limit);
}
