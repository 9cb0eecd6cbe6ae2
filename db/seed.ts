/**
 * Demo seed: turns db/seed-data.ts into rows, in one transaction with bulk inserts.
 * Every user, organisation, product, order, job, application and hire is marked isDemo.
 *
 * Counters are consistent with the demo orders: for each variant
 *   initial stock (seed-data) = stock + reserved + sold,
 * where paid/shipped/received/completed orders count in `sold`, pending_payment in `reserved`,
 * and refunded orders are restored (count in neither).
 */
import crypto from "node:crypto";
import type { Database } from "./client";
import {
  applicationEvents,
  checkouts,
  hires,
  jobApplications,
  jobs,
  memberships,
  orderEvents,
  orderItems,
  orders,
  organizations,
  payments,
  priceTiers,
  productVariants,
  products,
  purchaseTargets,
  regionPairings,
  regions,
  retentionCheckins,
  reviews,
  seekerProfiles,
  shipments,
  users,
} from "./schema";
import { hashPassword } from "../lib/auth/password";
import { encryptPii, last4 } from "../lib/crypto";
import {
  APPLICATIONS,
  DEMO_PASSWORD,
  DEMO_TODAY,
  HIRES,
  JOBS,
  ORDERS,
  ORGS,
  PAIRINGS,
  PRODUCTS,
  REGIONS,
  USERS,
  cst,
  type ApplicationStatus,
  type CheckinState,
  type OrderStatus,
  type Role,
} from "./seed-data";

type UserRow = typeof users.$inferInsert;
type OrgRow = typeof organizations.$inferInsert;
type MembershipRow = typeof memberships.$inferInsert;
type ProductRow = typeof products.$inferInsert;
type VariantRow = typeof productVariants.$inferInsert;
type TierRow = typeof priceTiers.$inferInsert;
type CheckoutRow = typeof checkouts.$inferInsert;
type OrderRow = typeof orders.$inferInsert;
type OrderItemRow = typeof orderItems.$inferInsert;
type OrderEventRow = typeof orderEvents.$inferInsert;
type PaymentRow = typeof payments.$inferInsert;
type ShipmentRow = typeof shipments.$inferInsert;
type ReviewRow = typeof reviews.$inferInsert;
type JobRow = typeof jobs.$inferInsert;
type SeekerRow = typeof seekerProfiles.$inferInsert;
type ApplicationRow = typeof jobApplications.$inferInsert;
type ApplicationEventRow = typeof applicationEvents.$inferInsert;
type HireRow = typeof hires.$inferInsert;
type CheckinRow = typeof retentionCheckins.$inferInsert;

const uuid = () => crypto.randomUUID();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const addMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed: unknown ${what}`);
  return value;
}

/** yyyy-mm-dd of a Date in China time. */
function cstDate(d: Date): string {
  return new Date(d.getTime() + 8 * HOUR).toISOString().slice(0, 10);
}

/** yyyy-mm-dd plus whole months (day clamped to the month's end). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** Unit price for a quantity: the best tier whose minQty the quantity reaches, else the variant price. */
function unitPrice(priceFen: number, tiers: { minQty: number; priceFen: number }[] | undefined, qty: number): number {
  let best = priceFen;
  for (const t of tiers ?? []) if (qty >= t.minQty && t.priceFen < best) best = t.priceFen;
  return best;
}

/** The status path an order went through to reach its seeded status. */
function orderPath(status: OrderStatus): OrderStatus[] {
  switch (status) {
    case "pending_payment":
      return ["pending_payment"];
    case "paid":
      return ["pending_payment", "paid"];
    case "shipped":
      return ["pending_payment", "paid", "shipped"];
    case "received":
      return ["pending_payment", "paid", "shipped", "received"];
    case "completed":
      return ["pending_payment", "paid", "shipped", "received", "completed"];
    case "refunded":
      return ["pending_payment", "paid", "shipped", "received", "refunded"];
  }
}

function applicationPath(status: ApplicationStatus): ApplicationStatus[] {
  switch (status) {
    case "submitted":
      return ["submitted"];
    case "viewed":
      return ["submitted", "viewed"];
    case "interview":
      return ["submitted", "viewed", "interview"];
    case "offered":
      return ["submitted", "viewed", "interview", "offered"];
    case "hired":
      return ["submitted", "viewed", "interview", "offered", "hired"];
    case "rejected":
      return ["submitted", "viewed", "rejected"];
    case "withdrawn":
      return ["submitted", "withdrawn"];
  }
}

/** True when the database has not been seeded (no regions). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ code: regions.code }).from(regions).limit(1);
  return rows.length === 0;
}

export async function seedDatabase(db: Database): Promise<{ users: number; products: number; jobs: number }> {
  // argon2 is slow: hash once, share the hash across all demo accounts.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = DEMO_TODAY;

  // ── users and organisations ──
  const orgIds = new Map<string, string>();
  const orgRows: OrgRow[] = ORGS.map((o, i) => {
    const id = uuid();
    orgIds.set(o.key, id);
    const createdAt = addMs(cst("2026-03-01T09:00:00"), i * HOUR);
    return {
      id,
      type: o.type,
      kind: o.kind,
      name: o.name,
      regionCode: o.regionCode,
      township: o.township,
      story: o.story,
      householdsSupported: o.householdsSupported,
      workshopRecognitionNo: o.workshopRecognitionNo ?? null,
      contactPhone: o.contactPhone,
      bankAccountName: o.bankAccountName,
      bankName: o.bankName,
      bankAccountNo: o.bankAccountNo,
      verification: o.verification,
      verificationNote: o.verificationNote ?? null,
      verifiedAt: o.verification === "verified" ? addMs(createdAt, 4 * DAY) : null,
      annualTargetFen: o.annualTargetFen ?? null,
      isDemo: true,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const orgByKey = new Map(ORGS.map((o) => [o.key, o]));

  const userIds = new Map<string, string>();
  const userRows: UserRow[] = [];
  const membershipRows: MembershipRow[] = [];
  const orgOwner = new Map<string, string>(); // org key → owner user id
  const userCreated = cst("2026-03-01T08:00:00");

  for (const u of USERS) {
    const id = uuid();
    userIds.set(u.key, id);
    userRows.push({
      id,
      email: u.email,
      phone: u.phone,
      name: u.name,
      passwordHash,
      roles: u.roles,
      isDemo: true,
      createdAt: userCreated,
      updatedAt: userCreated,
    });
    for (const m of u.memberships ?? []) {
      membershipRows.push({ userId: id, orgId: must(orgIds.get(m.org), `org ${m.org}`), role: m.role, createdAt: userCreated });
      if (m.role === "owner") orgOwner.set(m.org, id);
    }
  }
  // Every other organisation gets a generated owner account: org-<n>@demo.xiangji.cn (n = 1-based org index).
  ORGS.forEach((o, i) => {
    if (orgOwner.has(o.key)) return;
    const id = uuid();
    const roles: Role[] =
      o.type === "workshop" ? ["producer", "employer"] : o.type === "producer" ? ["producer"] : o.type === "employer" ? ["employer"] : ["buyer"];
    userRows.push({
      id,
      email: `org-${i + 1}@demo.xiangji.cn`,
      phone: null,
      name: o.ownerName.slice(0, 60),
      passwordHash,
      roles,
      isDemo: true,
      createdAt: userCreated,
      updatedAt: userCreated,
    });
    membershipRows.push({ userId: id, orgId: must(orgIds.get(o.key), `org ${o.key}`), role: "owner", createdAt: userCreated });
    orgOwner.set(o.key, id);
  });
  const adminId = must(userIds.get("admin"), "user admin");

  const targetRows = ORGS.filter((o) => o.annualTargetFen !== undefined).map((o) => ({
    orgId: must(orgIds.get(o.key), `org ${o.key}`),
    year: 2026,
    targetFen: o.annualTargetFen as number,
    setBy: adminId,
    createdAt: cst("2026-03-05T10:00:00"),
  }));

  // ── seeker profiles (PII encrypted) ──
  const seekerRows: SeekerRow[] = [];
  const seekerCounty = new Map<string, { county: string; poor: boolean }>();
  for (const u of USERS) {
    if (!u.seeker) continue;
    const s = u.seeker;
    const phone = u.phone ?? "";
    const userId = must(userIds.get(u.key), `user ${u.key}`);
    seekerCounty.set(u.key, { county: s.countyCode, poor: s.poorLabourer });
    seekerRows.push({
      userId,
      fullName: s.fullName,
      countyCode: s.countyCode,
      township: s.township,
      phoneEnc: encryptPii(phone),
      phoneLast4: last4(phone),
      idNumberEnc: encryptPii(s.idNumber),
      idNumberLast4: last4(s.idNumber),
      skills: s.skills,
      certificates: s.certificates,
      preference: s.preference,
      expectedPayFen: s.expectedPayFen,
      availableFrom: s.availableFrom,
      poorLabourer: s.poorLabourer,
      poorLabourerVerified: s.poorLabourerVerified,
      intro: s.intro,
      createdAt: cst("2026-03-02T10:00:00"),
      updatedAt: cst("2026-03-02T10:00:00"),
    });
  }

  // ── products, variants, tiers ──
  interface VariantInfo {
    id: string;
    row: VariantRow;
    tiers: { minQty: number; priceFen: number }[] | undefined;
    initial: number;
    sold: number;
    reserved: number;
  }
  const productIds = new Map<string, string>();
  const productVariantsByKey = new Map<string, VariantInfo[]>();
  const productRows: ProductRow[] = [];
  const variantRows: VariantRow[] = [];
  const tierRows: TierRow[] = [];
  const productSeedByKey = new Map(PRODUCTS.map((p) => [p.key, p]));

  PRODUCTS.forEach((p, i) => {
    if (!orgByKey.has(p.org)) throw new Error(`seed: product ${p.key} has unknown org ${p.org}`);
    if ([...p.title].length > 40) throw new Error(`seed: product title too long: ${p.title}`);
    const id = uuid();
    productIds.set(p.key, id);
    const createdAt = p.listedAt ?? addMs(cst("2026-05-06T09:00:00"), i * 12 * HOUR);
    productRows.push({
      id,
      orgId: must(orgIds.get(p.org), `org ${p.org}`),
      title: p.title,
      description: p.description,
      category: p.category,
      originCode: p.originCode,
      status: p.status,
      shipFrom: p.shipFrom ?? null,
      presaleUntil: p.presaleUntil ?? null,
      seasonMonths: p.seasonMonths,
      certificationNo: p.cert?.no ?? null,
      certificationCounty: p.cert?.county ?? null,
      certificationBatch: p.cert?.batch ?? null,
      certifiedUntil: p.cert?.until ?? null,
      minPriceFen: Math.min(...p.variants.map((v) => v.priceFen)),
      salesCount: 0, // set below from the orders
      isDemo: true,
      createdAt,
      updatedAt: createdAt,
    });
    const infos: VariantInfo[] = p.variants.map((v, sort) => {
      const vid = uuid();
      const row: VariantRow = { id: vid, productId: id, name: v.name, priceFen: v.priceFen, stock: v.stock, reserved: 0, sold: 0, sort, active: true };
      variantRows.push(row);
      for (const t of v.tiers ?? []) tierRows.push({ variantId: vid, minQty: t.minQty, priceFen: t.priceFen });
      return { id: vid, row, tiers: v.tiers, initial: v.stock, sold: 0, reserved: 0 };
    });
    productVariantsByKey.set(p.key, infos);
  });

  // ── orders ──
  const checkoutRows: CheckoutRow[] = [];
  const orderRows: OrderRow[] = [];
  const itemRows: OrderItemRow[] = [];
  const eventRows: OrderEventRow[] = [];
  const paymentRows: PaymentRow[] = [];
  const shipmentRows: ShipmentRow[] = [];
  const reviewRows: ReviewRow[] = [];
  const orderNos = new Set<string>();

  ORDERS.forEach((o, idx) => {
    const buyerId = must(userIds.get(o.buyer), `user ${o.buyer}`);
    const firstItem = o.items[0];
    if (!firstItem) throw new Error(`seed: order ${idx} has no items`);
    const sellerKey = must(productSeedByKey.get(firstItem.product), `product ${firstItem.product}`).org;
    const sellerOrgId = must(orgIds.get(sellerKey), `org ${sellerKey}`);
    const sellerOwnerId = must(orgOwner.get(sellerKey), `owner of ${sellerKey}`);
    const orderId = uuid();
    const checkoutId = uuid();
    const createdAt = o.createdAt;
    const orderNo = `XJ${cstDate(createdAt).replaceAll("-", "")}${String(1001 + idx * 37).padStart(4, "0")}`;
    if (orderNos.has(orderNo)) throw new Error(`seed: duplicate order number ${orderNo}`);
    orderNos.add(orderNo);

    // timeline
    const isBank = o.paymentMethod === "bank_transfer";
    const paidAt = addMs(createdAt, isBank ? 22 * HOUR : 3 * 60_000);
    const shippedAt = addMs(paidAt, 26 * HOUR);
    const receivedAt = addMs(shippedAt, 3 * DAY);
    const completedAt = addMs(receivedAt, 2 * DAY);
    const refundRequestedAt = addMs(receivedAt, 4 * HOUR);
    const refundedAt = addMs(refundRequestedAt, 1 * DAY);
    const path = orderPath(o.status);
    const reached = (s: OrderStatus) => path.includes(s);
    const at: Record<OrderStatus, Date> = {
      pending_payment: createdAt,
      paid: paidAt,
      shipped: shippedAt,
      received: receivedAt,
      completed: completedAt,
      refunded: refundedAt,
    };

    // items and counters
    let subtotal = 0;
    for (const it of o.items) {
      const p = must(productSeedByKey.get(it.product), `product ${it.product}`);
      if (p.org !== sellerKey) throw new Error(`seed: order ${idx} mixes sellers (${p.org} vs ${sellerKey})`);
      const variantSeed = p.variants[it.variant];
      const info = productVariantsByKey.get(it.product)?.[it.variant];
      if (!variantSeed || !info) throw new Error(`seed: product ${it.product} has no variant ${it.variant}`);
      const unit = unitPrice(variantSeed.priceFen, variantSeed.tiers, it.qty);
      const line = unit * it.qty;
      subtotal += line;
      const certified = Boolean(p.cert && p.cert.until >= cstDate(createdAt));
      itemRows.push({
        id: uuid(),
        orderId,
        productId: must(productIds.get(it.product), `product ${it.product}`),
        variantId: info.id,
        titleSnapshot: p.title,
        variantSnapshot: variantSeed.name,
        unitPriceFen: unit,
        quantity: it.qty,
        lineTotalFen: line,
        certified,
        category: p.category,
        originCode: p.originCode,
      });
      if (o.status === "pending_payment") info.reserved += it.qty;
      else if (o.status !== "refunded") info.sold += it.qty;
    }
    const shippingFen = 0; // 包邮
    const total = subtotal + shippingFen;
    const refunded = o.status === "refunded";
    const lastAt = at[path[path.length - 1] ?? "pending_payment"];

    checkoutRows.push({
      id: checkoutId,
      buyerId,
      paymentMethod: o.paymentMethod,
      totalFen: total,
      stripeSessionId: isBank ? null : `cs_demo_${orderNo}`,
      createdAt,
    });
    orderRows.push({
      id: orderId,
      orderNo,
      checkoutId,
      buyerId,
      buyerOrgId: o.buyerOrg ? must(orgIds.get(o.buyerOrg), `org ${o.buyerOrg}`) : null,
      sellerOrgId,
      status: o.status,
      paymentMethod: o.paymentMethod,
      subtotalFen: subtotal,
      shippingFen,
      totalFen: total,
      refundedFen: refunded ? total : 0,
      recipient: o.address.recipient,
      recipientPhone: o.address.recipientPhone,
      province: o.address.province,
      city: o.address.city,
      district: o.address.district,
      addressDetail: o.address.addressDetail,
      buyerDistrictCode: o.address.districtCode,
      invoice: o.invoice ?? null,
      latestShipDays: o.latestShipDays,
      note: o.note ?? null,
      reservationExpiresAt: o.status === "pending_payment" ? addMs(createdAt, (isBank ? 7 : 1) * DAY) : null,
      stockReleased: refunded,
      paidAt: reached("paid") ? paidAt : null,
      shippedAt: reached("shipped") ? shippedAt : null,
      receivedAt: reached("received") ? receivedAt : null,
      completedAt: reached("completed") ? completedAt : null,
      cancelledAt: null,
      refundReason: o.refundReason ?? null,
      isDemo: true,
      createdAt,
      updatedAt: lastAt,
    });

    // events
    let prev: OrderStatus | null = null;
    for (const s of path) {
      if (s === "refunded") {
        eventRows.push({ orderId, fromStatus: prev, toStatus: "refund_requested", actorId: buyerId, note: o.refundReason ?? null, createdAt: refundRequestedAt });
        eventRows.push({ orderId, fromStatus: "refund_requested", toStatus: "refunded", actorId: sellerOwnerId, note: isBank ? "offline" : "stripe", createdAt: refundedAt });
      } else {
        const actor =
          s === "shipped" ? sellerOwnerId : s === "paid" ? (isBank ? adminId : null) : buyerId;
        // The notes lib/orders writes: machine keys the timeline shows in the reader's language (EVENT_NOTES in
        // components/orders/order-parts.tsx), or what a person typed (carrier and tracking number). Chinese text
        // here read as "· 下单" on English pages.
        const note =
          s === "pending_payment"
            ? "placed"
            : s === "paid"
              ? isBank
                ? "bank_transfer_confirmed"
                : "stripe"
              : s === "shipped"
                ? `${o.carrier ?? ""} ${o.trackingNo ?? ""}`.trim()
                : s === "received"
                  ? null
                  : "reviewed";
        eventRows.push({ orderId, fromStatus: prev, toStatus: s, actorId: actor, note, createdAt: at[s] });
      }
      prev = s;
    }

    // payment
    paymentRows.push({
      id: uuid(),
      checkoutId,
      provider: o.paymentMethod,
      providerRef: isBank ? orderNo : `pi_demo_${orderNo}`,
      amountFen: total,
      currency: "cny",
      status: o.status === "pending_payment" ? "pending" : refunded ? "refunded" : "succeeded",
      confirmedBy: isBank && o.status !== "pending_payment" ? adminId : null,
      createdAt,
      updatedAt: reached("paid") ? (refunded ? refundedAt : paidAt) : createdAt,
    });

    // shipment
    if (reached("shipped")) {
      if (!o.carrier || !o.trackingNo) throw new Error(`seed: shipped order ${idx} needs carrier and trackingNo`);
      shipmentRows.push({ id: uuid(), orderId, carrier: o.carrier, trackingNo: o.trackingNo, shippedBy: sellerOwnerId, createdAt: shippedAt });
    }

    // reviews
    if (o.status === "completed") {
      for (const r of o.reviews ?? []) {
        if (!o.items.some((it) => it.product === r.product)) throw new Error(`seed: review for a product not in order ${idx}`);
        reviewRows.push({
          id: uuid(),
          orderId,
          productId: must(productIds.get(r.product), `product ${r.product}`),
          authorId: buyerId,
          rating: r.rating,
          body: r.body,
          createdAt: completedAt,
        });
      }
    }
  });

  // settle variant counters and product aggregates
  for (const [key, infos] of productVariantsByKey) {
    let sales = 0;
    for (const info of infos) {
      const stock = info.initial - info.sold - info.reserved;
      if (stock < 0) throw new Error(`seed: variant of ${key} oversold (${info.initial} < ${info.sold + info.reserved})`);
      info.row.stock = stock;
      info.row.sold = info.sold;
      info.row.reserved = info.reserved;
      sales += info.sold;
    }
    const row = productRows.find((r) => r.id === productIds.get(key));
    if (row) row.salesCount = sales;
  }

  // ── jobs, applications, hires ──
  const jobIds = new Map<string, string>();
  const jobSeedByKey = new Map(JOBS.map((j) => [j.key, j]));
  const jobRows: JobRow[] = JOBS.map((j) => {
    const id = uuid();
    jobIds.set(j.key, id);
    if (!orgByKey.has(j.org)) throw new Error(`seed: job ${j.key} has unknown org ${j.org}`);
    return {
      id,
      orgId: must(orgIds.get(j.org), `org ${j.org}`),
      title: j.title,
      description: j.description,
      kind: j.kind,
      regionCode: j.regionCode,
      place: j.place,
      payType: j.payType,
      payMinFen: j.payMinFen,
      payMaxFen: j.payMaxFen,
      pieceUnit: j.pieceUnit ?? null,
      headcount: j.headcount,
      hours: j.hours,
      skills: j.skills,
      benefits: j.benefits,
      priorityPoor: j.priorityPoor,
      closesOn: j.closesOn,
      status: j.status,
      isDemo: true,
      createdAt: j.postedAt,
      updatedAt: j.postedAt,
    };
  });

  const appIds = new Map<string, string>();
  const appRows: ApplicationRow[] = [];
  const appEventRows: ApplicationEventRow[] = [];
  for (const a of APPLICATIONS) {
    const id = uuid();
    appIds.set(a.key, id);
    const job = must(jobSeedByKey.get(a.job), `job ${a.job}`);
    const seekerId = must(userIds.get(a.seeker), `user ${a.seeker}`);
    const employerId = must(orgOwner.get(job.org), `owner of ${job.org}`);
    const path = applicationPath(a.status);
    const lastAt = addMs(a.createdAt, (path.length - 1) * 2 * DAY);
    appRows.push({
      id,
      jobId: must(jobIds.get(a.job), `job ${a.job}`),
      seekerId,
      message: a.message,
      status: a.status,
      employerNote: a.employerNote ?? null,
      isDemo: true,
      createdAt: a.createdAt,
      updatedAt: lastAt,
    });
    let prev: ApplicationStatus | null = null;
    path.forEach((s, i) => {
      appEventRows.push({
        applicationId: id,
        fromStatus: prev,
        toStatus: s,
        actorId: s === "submitted" || s === "withdrawn" ? seekerId : employerId,
        note: s === "submitted" ? a.message : i === path.length - 1 ? (a.employerNote ?? null) : null,
        createdAt: addMs(a.createdAt, i * 2 * DAY),
      });
      prev = s;
    });
  }

  const hireRows: HireRow[] = [];
  const checkinRows: CheckinRow[] = [];
  for (const h of HIRES) {
    const app = must(
      APPLICATIONS.find((a) => a.key === h.application),
      `application ${h.application}`,
    );
    if (app.status !== "hired") throw new Error(`seed: hire for application ${app.key} which is not hired`);
    const job = must(jobSeedByKey.get(app.job), `job ${app.job}`);
    const seeker = must(seekerCounty.get(app.seeker), `seeker profile ${app.seeker}`);
    const id = uuid();
    hireRows.push({
      id,
      applicationId: must(appIds.get(app.key), `application ${app.key}`),
      jobId: must(jobIds.get(job.key), `job ${job.key}`),
      orgId: must(orgIds.get(job.org), `org ${job.org}`),
      seekerId: must(userIds.get(app.seeker), `user ${app.seeker}`),
      seekerCountyCode: seeker.county,
      poorLabourer: seeker.poor,
      kind: job.kind,
      startDate: h.startDate,
      place: job.place,
      isDemo: true,
      createdAt: addMs(cst(`${h.startDate}T09:00:00`), -3 * DAY),
    });
    const checkin = (month: number, state: CheckinState): CheckinRow => {
      const dueOn = addMonths(h.startDate, month);
      if (state !== "none" && dueOn > today) throw new Error(`seed: check-in confirmed before it is due (${dueOn})`);
      return {
        hireId: id,
        month,
        dueOn,
        employerConfirmed: state === "none" ? null : true,
        seekerConfirmed: state === "both" ? true : null,
        confirmedAt: state === "both" ? addMs(cst(`${dueOn}T10:00:00`), 2 * DAY) : null,
      };
    };
    checkinRows.push(checkin(3, h.m3), checkin(6, h.m6));
  }

  // ── write everything in one transaction ──
  await db.transaction(async (tx) => {
    await tx.insert(regions).values(REGIONS.map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn, kind: r.kind, sort: r.sort })));
    await tx.insert(regionPairings).values(PAIRINGS.map(([jinanCode, xiangxiCode]) => ({ jinanCode, xiangxiCode })));
    await tx.insert(users).values(userRows);
    await tx.insert(organizations).values(orgRows);
    await tx.insert(memberships).values(membershipRows);
    if (targetRows.length) await tx.insert(purchaseTargets).values(targetRows);
    await tx.insert(seekerProfiles).values(seekerRows);
    await tx.insert(products).values(productRows);
    await tx.insert(productVariants).values(variantRows);
    if (tierRows.length) await tx.insert(priceTiers).values(tierRows);
    await tx.insert(checkouts).values(checkoutRows);
    await tx.insert(orders).values(orderRows);
    await tx.insert(orderItems).values(itemRows);
    await tx.insert(orderEvents).values(eventRows);
    await tx.insert(payments).values(paymentRows);
    if (shipmentRows.length) await tx.insert(shipments).values(shipmentRows);
    if (reviewRows.length) await tx.insert(reviews).values(reviewRows);
    await tx.insert(jobs).values(jobRows);
    await tx.insert(jobApplications).values(appRows);
    await tx.insert(applicationEvents).values(appEventRows);
    await tx.insert(hires).values(hireRows);
    await tx.insert(retentionCheckins).values(checkinRows);
  });

  return { users: userRows.length, products: productRows.length, jobs: jobRows.length };
}
