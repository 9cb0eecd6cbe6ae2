/** Producer-side reads: the dashboard and the editor. Every read is scoped by the user's memberships. */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations, priceTiers, productImages, products, productVariants } from "@/db/schema";
import { producerOrgsOf, type ProducerOrg } from "./editor";
import { fenToYuanInput } from "./price";

export interface DashboardProduct {
  id: string;
  title: string;
  status: "draft" | "on_sale" | "paused";
  hidden: boolean;
  minPriceFen: number;
  stock: number;
  reserved: number;
  sold: number;
  variants: number;
  updatedAt: Date;
}

export interface DashboardOrg extends ProducerOrg {
  products: DashboardProduct[];
}

export async function producerDashboard(userId: string): Promise<DashboardOrg[]> {
  const orgs = await producerOrgsOf(userId);
  if (!orgs.length) return [];
  const db = await getDb();
  const rows = await db
    .select({
      orgId: products.orgId,
      id: products.id,
      title: products.title,
      status: products.status,
      hidden: sql<boolean>`${products.hiddenReason} is not null`,
      minPriceFen: products.minPriceFen,
      stock: sql<number>`coalesce((select sum(${productVariants.stock}) from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.active}), 0)::int`,
      reserved: sql<number>`coalesce((select sum(${productVariants.reserved}) from ${productVariants} where ${productVariants.productId} = ${products.id}), 0)::int`,
      sold: sql<number>`coalesce((select sum(${productVariants.sold}) from ${productVariants} where ${productVariants.productId} = ${products.id}), 0)::int`,
      variants: sql<number>`(select count(*) from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.active})::int`,
      updatedAt: products.updatedAt,
    })
    .from(products)
    // The join makes drizzle qualify every column, which the correlated subqueries above rely on.
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .where(inArray(products.orgId, orgs.map((o) => o.id)))
    .orderBy(desc(products.updatedAt));
  return orgs.map((o) => ({ ...o, products: rows.filter((r) => r.orgId === o.id).map(({ orgId: _o, ...r }) => r) }));
}

export interface EditableProduct {
  id: string;
  orgId: string;
  orgName: string;
  orgVerification: ProducerOrg["verification"];
  status: "draft" | "on_sale" | "paused";
  hiddenReason: string | null;
  images: { id: string; key: string; width: number; height: number }[];
  variantIds: string[];
  /** The editor's field values, in the same flat names the form posts. */
  values: Record<string, string>;
}

/** The product as its editor shows it, or null when the user is not a member of its organisation. */
export async function getProductForEdit(userId: string, productId: string): Promise<EditableProduct | null> {
  if (!/^[0-9a-f-]{36}$/i.test(productId)) return null;
  const db = await getDb();
  const [p] = await db
    .select({ product: products, orgName: organizations.name, orgVerification: organizations.verification })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .innerJoin(memberships, and(eq(memberships.orgId, products.orgId), eq(memberships.userId, userId)))
    .where(and(eq(products.id, productId), inArray(organizations.type, ["producer", "workshop"])))
    .limit(1);
  if (!p) return null;
  const pr = p.product;
  const [variants, images] = await Promise.all([
    db.select().from(productVariants).where(eq(productVariants.productId, pr.id)).orderBy(asc(productVariants.sort), asc(productVariants.id)),
    db.select().from(productImages).where(eq(productImages.productId, pr.id)).orderBy(asc(productImages.sort)),
  ]);
  const tiers = variants.length ? await db.select().from(priceTiers).where(inArray(priceTiers.variantId, variants.map((v) => v.id))).orderBy(asc(priceTiers.minQty)) : [];
  const values: Record<string, string> = {
    productId: pr.id,
    title: pr.title,
    description: pr.description,
    category: pr.category,
    originCode: pr.originCode,
    shipFrom: pr.shipFrom ?? "",
    presaleUntil: pr.presaleUntil ?? "",
    certNo: pr.certificationNo ?? "",
    certCounty: pr.certificationCounty ?? "",
    certBatch: pr.certificationBatch ?? "",
    certUntil: pr.certifiedUntil ?? "",
    status: pr.status,
  };
  for (const m of pr.seasonMonths ?? []) values[`season_${m}`] = "on";
  variants.forEach((v, i) => {
    values[`v${i}_id`] = v.id;
    values[`v${i}_name`] = v.name;
    values[`v${i}_price`] = fenToYuanInput(v.priceFen);
    values[`v${i}_stock`] = String(v.stock);
    values[`v${i}_stockWas`] = String(v.stock);
    if (v.active) values[`v${i}_active`] = "on";
    tiers
      .filter((t) => t.variantId === v.id)
      .forEach((t, j) => {
        values[`v${i}_t${j}_minQty`] = String(t.minQty);
        values[`v${i}_t${j}_price`] = fenToYuanInput(t.priceFen);
      });
  });
  return {
    id: pr.id,
    orgId: pr.orgId,
    orgName: p.orgName,
    orgVerification: p.orgVerification,
    status: pr.status,
    hiddenReason: pr.hiddenReason,
    images: images.map((im) => ({ id: im.id, key: im.storageKey, width: im.width, height: im.height })),
    variantIds: variants.map((v) => v.id),
    values,
  };
}
