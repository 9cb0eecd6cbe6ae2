/** Commerce test data: products with variants and tiers, a buyer with an address, checkout input. */
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checkouts, orders, priceTiers, productVariants, products } from "@/db/schema";
import { makeOrg, makeUser } from "./factories";

export async function makeProduct(
  orgId: string,
  opts: {
    title?: string;
    status?: "draft" | "on_sale" | "paused";
    hiddenReason?: string | null;
    variants?: { name?: string; priceFen: number; stock: number; active?: boolean; tiers?: { minQty: number; priceFen: number }[] }[];
    certificationNo?: string | null;
  } = {},
) {
  const db = await getDb();
  const [p] = await db
    .insert(products)
    .values({
      orgId,
      title: opts.title ?? "测试猕猴桃",
      category: "fruit",
      originCode: "433124",
      status: opts.status ?? "on_sale",
      hiddenReason: opts.hiddenReason ?? null,
      certificationNo: opts.certificationNo ?? null,
      certifiedUntil: opts.certificationNo ? "2099-12-31" : null,
    })
    .returning();
  const variants = [];
  for (const [i, v] of (opts.variants ?? [{ priceFen: 5980, stock: 100 }]).entries()) {
    const [row] = await db.insert(productVariants).values({ productId: p!.id, name: v.name ?? `${i + 1}号规格`, priceFen: v.priceFen, stock: v.stock, active: v.active ?? true, sort: i }).returning();
    for (const t of v.tiers ?? []) await db.insert(priceTiers).values({ variantId: row!.id, minQty: t.minQty, priceFen: t.priceFen });
    variants.push(row!);
  }
  return { product: p!, variants };
}

/** A verified producer org with an owner account and one on-sale product. */
export async function makeSeller(opts: Parameters<typeof makeProduct>[1] & { orgName?: string } = {}) {
  const owner = await makeUser({ roles: ["producer"] });
  const org = await makeOrg(owner.id, { name: opts.orgName ?? "测试合作社", bankAccountName: "测试合作社", bankName: "示例银行", bankAccountNo: "6222000011112222" });
  const { product, variants } = await makeProduct(org.id, opts);
  return { owner, org, product, variants };
}

export const ADDRESS = {
  recipient: "王芳",
  recipientPhone: "13912345678",
  province: "山东省",
  city: "济南市",
  district: "历下区",
  addressDetail: "泉城路 100 号 3 单元",
  latestShipDays: 15,
  paymentMethod: "bank_transfer" as const,
};

export async function variantRow(id: string) {
  const db = await getDb();
  const [v] = await db.select().from(productVariants).where(eq(productVariants.id, id));
  return v!;
}

export async function orderRow(id: string) {
  const db = await getDb();
  const [o] = await db.select().from(orders).where(eq(orders.id, id));
  return o!;
}

/** Orders and checkouts a buyer has (each test file shares one database, so counts are per buyer). */
export async function countOrdersOf(buyerId: string) {
  const db = await getDb();
  const o = await db.select({ id: orders.id }).from(orders).where(eq(orders.buyerId, buyerId));
  const c = await db.select({ id: checkouts.id }).from(checkouts).where(eq(checkouts.buyerId, buyerId));
  return o.length + c.length;
}
