/** Factories for the office's tests: all regions, products, orders (with items) and hires inserted directly. */
import crypto from "node:crypto";
import { getDb } from "@/db/client";
import { hires, jobApplications, jobs, orderItems, orders, productVariants, products, regions, retentionCheckins } from "@/db/schema";
import { JINAN_DISTRICTS, XIANGXI_COUNTIES } from "@/db/seed-data";

export async function ensureAllRegions() {
  const db = await getDb();
  await db
    .insert(regions)
    .values([...XIANGXI_COUNTIES, ...JINAN_DISTRICTS].map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn, kind: r.kind, sort: r.sort })))
    .onConflictDoNothing();
}

export async function makeProduct(orgId: string, opts: Partial<typeof products.$inferInsert> = {}) {
  const db = await getDb();
  const [p] = await db
    .insert(products)
    .values({ orgId, title: "测试商品", category: "fruit", originCode: "433124", status: "on_sale", ...opts })
    .returning();
  const [v] = await db.insert(productVariants).values({ productId: p!.id, name: "5斤装", priceFen: 1000, stock: 100 }).returning();
  return { product: p!, variantId: v!.id };
}

export interface ItemSpec {
  productId: string;
  variantId: string;
  lineTotalFen: number;
  certified: boolean;
  category?: "fruit" | "tea" | "grain_oil" | "meat_poultry" | "vegetable" | "specialty" | "craft";
  originCode: string;
}

let seq = 0;
export async function makeOrder(o: {
  buyerId: string;
  buyerOrgId?: string | null;
  sellerOrgId: string;
  status: "pending_payment" | "paid" | "shipped" | "received" | "completed" | "refunded";
  paidAt: Date | null;
  refundedFen?: number;
  shippingFen?: number;
  districtCode?: string | null;
  items: ItemSpec[];
}) {
  const db = await getDb();
  const subtotal = o.items.reduce((s, i) => s + i.lineTotalFen, 0);
  const shipping = o.shippingFen ?? 0;
  seq += 1;
  const [row] = await db
    .insert(orders)
    .values({
      orderNo: `T${Date.now().toString(36)}${seq}${crypto.randomBytes(2).toString("hex")}`.slice(0, 24),
      buyerId: o.buyerId,
      buyerOrgId: o.buyerOrgId ?? null,
      sellerOrgId: o.sellerOrgId,
      status: o.status,
      paymentMethod: "bank_transfer",
      subtotalFen: subtotal,
      shippingFen: shipping,
      totalFen: subtotal + shipping,
      refundedFen: o.refundedFen ?? 0,
      recipient: "测试",
      recipientPhone: "13800000001",
      province: "山东省",
      city: "济南市",
      district: "历下区",
      addressDetail: "测试地址",
      buyerDistrictCode: o.districtCode === undefined ? "370102" : o.districtCode,
      paidAt: o.paidAt,
    })
    .returning();
  await db.insert(orderItems).values(
    o.items.map((i) => ({
      orderId: row!.id,
      productId: i.productId,
      variantId: i.variantId,
      titleSnapshot: "测试商品",
      variantSnapshot: "5斤装",
      unitPriceFen: i.lineTotalFen,
      quantity: 1,
      lineTotalFen: i.lineTotalFen,
      certified: i.certified,
      category: i.category ?? "fruit",
      originCode: i.originCode,
    })),
  );
  return row!;
}

export async function makeJob(orgId: string, opts: Partial<typeof jobs.$inferInsert> = {}) {
  const db = await getDb();
  const [j] = await db
    .insert(jobs)
    .values({ orgId, title: "测试岗位", kind: "workshop_near_home", regionCode: "433124", place: "花垣县", payMinFen: 300000, payMaxFen: 400000, status: "open", ...opts })
    .returning();
  return j!;
}

/** A hire (with its application) and its 3- and 6-month check-ins. */
export async function makeHire(h: {
  jobId: string;
  orgId: string;
  seekerId: string;
  county: string;
  poor: boolean;
  kind: "workshop_near_home" | "home_based" | "transfer_jinan";
  startDate: string;
  m3?: "both" | "employer" | "none";
  m6?: "both" | "employer" | "none";
}) {
  const db = await getDb();
  const [app] = await db.insert(jobApplications).values({ jobId: h.jobId, seekerId: h.seekerId, status: "hired" }).returning();
  const [hire] = await db
    .insert(hires)
    .values({ applicationId: app!.id, jobId: h.jobId, orgId: h.orgId, seekerId: h.seekerId, seekerCountyCode: h.county, poorLabourer: h.poor, kind: h.kind, startDate: h.startDate, place: "测试" })
    .returning();
  const checkin = (month: number, state: "both" | "employer" | "none" = "none") => ({
    hireId: hire!.id,
    month,
    dueOn: h.startDate,
    employerConfirmed: state === "none" ? null : true,
    seekerConfirmed: state === "both" ? true : null,
    confirmedAt: state === "both" ? new Date() : null,
  });
  await db.insert(retentionCheckins).values([checkin(3, h.m3), checkin(6, h.m6)]);
  return hire!;
}
