/**
 * Poverty-relief product certification (扶贫产品认定): number, certifying county, catalogue batch, valid until;
 * and reminders to producers whose certificates expire within 90 / 30 / 7 days.
 */
import { and, asc, eq, gte, ilike, isNotNull, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { certificateReminders, organizations, products, regions } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { invalidate, TAGS } from "@/lib/cache";
import { containsPattern } from "@/lib/like";
import { notify, type NotificationInput } from "@/lib/notifications/notify";
import { ADMIN, chinaToday, isoDate, memberNotifications, orgMembers } from "./common";

export const REMINDER_THRESHOLDS = [7, 30, 90] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

/** The tightest threshold a certificate expiring in `daysLeft` days falls under (null beyond 90 or expired). */
export function thresholdFor(daysLeft: number): ReminderThreshold | null {
  if (daysLeft < 0) return null;
  return REMINDER_THRESHOLDS.find((t) => daysLeft <= t) ?? null;
}

export interface ProductForCertification {
  id: string;
  title: string;
  orgName: string;
  orgVerification: string;
  originCode: string;
  originName: string;
  status: string;
  hiddenReason: string | null;
  certificationNo: string | null;
  certificationCounty: string | null;
  certificationBatch: string | null;
  certifiedUntil: string | null;
}

const PAGE = 20;

/** Products of Xiangxi sellers for the certification and moderation pages, searchable by title or seller. */
export async function listProductsForAdmin(opts: { q?: string; page?: number } = {}): Promise<{ items: ProductForCertification[]; total: number; pages: number }> {
  const db = await getDb();
  const q = opts.q?.trim().slice(0, 40);
  const pattern = q ? containsPattern(q) : undefined;
  const where = pattern ? or(ilike(products.title, pattern), ilike(organizations.name, pattern)) : undefined;
  const page = Math.max(1, opts.page ?? 1);
  const [items, [count]] = await Promise.all([
    db
      .select({
        id: products.id,
        title: products.title,
        orgName: organizations.name,
        orgVerification: organizations.verification,
        originCode: products.originCode,
        originName: regions.name,
        status: products.status,
        hiddenReason: products.hiddenReason,
        certificationNo: products.certificationNo,
        certificationCounty: products.certificationCounty,
        certificationBatch: products.certificationBatch,
        certifiedUntil: products.certifiedUntil,
      })
      .from(products)
      .innerJoin(organizations, eq(organizations.id, products.orgId))
      .innerJoin(regions, eq(regions.code, products.originCode))
      .where(where)
      .orderBy(asc(organizations.name), asc(products.title), asc(products.id))
      .limit(PAGE)
      .offset((page - 1) * PAGE),
    db.select({ n: sql<number>`count(*)::int` }).from(products).innerJoin(organizations, eq(organizations.id, products.orgId)).where(where),
  ]);
  const total = count?.n ?? 0;
  return { items, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export interface ExpiringCertificate {
  productId: string;
  title: string;
  orgName: string;
  certificationNo: string;
  certifiedUntil: string;
  daysLeft: number;
  threshold: ReminderThreshold;
  reminded: boolean;
}

/** Certificates still valid that expire within 90 days, soonest first, with whether this threshold was reminded. */
export async function listExpiringCertificates(today = chinaToday()): Promise<ExpiringCertificate[]> {
  const db = await getDb();
  const rows = await db
    .select({
      productId: products.id,
      title: products.title,
      orgName: organizations.name,
      certificationNo: products.certificationNo,
      certifiedUntil: products.certifiedUntil,
      daysLeft: sql<number>`(${products.certifiedUntil} - ${today}::date)::int`,
    })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .where(
      and(
        isNotNull(products.certificationNo),
        gte(products.certifiedUntil, today),
        lte(products.certifiedUntil, sql`(${today}::date + 90)`),
      ),
    )
    .orderBy(asc(products.certifiedUntil), asc(products.title));
  const sent = await db
    .select({ productId: certificateReminders.productId, threshold: certificateReminders.thresholdDays, until: certificateReminders.certifiedUntil })
    .from(certificateReminders);
  const sentKeys = new Set(sent.map((s) => `${s.productId}|${s.threshold}|${s.until}`));
  return rows.map((r) => {
    const threshold = thresholdFor(r.daysLeft)!;
    return {
      productId: r.productId,
      title: r.title,
      orgName: r.orgName,
      certificationNo: r.certificationNo!,
      certifiedUntil: r.certifiedUntil!,
      daysLeft: r.daysLeft,
      threshold,
      reminded: sentKeys.has(`${r.productId}|${threshold}|${r.certifiedUntil}`),
    };
  });
}

export interface CertifyDto {
  id: string;
  certificationNo: string;
  certifiedUntil: string;
}

export const certifyProduct = mutation({
  roles: ADMIN,
  input: z.strictObject({
    productId: z.uuid(),
    certificationNo: z.string().trim().min(4).max(60),
    certificationCounty: z.string().regex(/^\d{6}$/, "$invalidValue"),
    certificationBatch: z.string().trim().min(2).max(40),
    certifiedUntil: isoDate,
  }),
  async run({ tx, user, input }): Promise<CertifyDto> {
    if (input.certifiedUntil < chinaToday()) throw new DomainError("invalid", "invalid", {}, { certifiedUntil: ["certificateInPast"] });
    const [county] = await tx.select({ kind: regions.kind, name: regions.name }).from(regions).where(eq(regions.code, input.certificationCounty));
    if (county?.kind !== "xiangxi_county") throw new DomainError("invalid", "invalid", {}, { certificationCounty: ["invalidValue"] });
    const [before] = await tx
      .select({
        orgId: products.orgId,
        title: products.title,
        certificationNo: products.certificationNo,
        certificationCounty: products.certificationCounty,
        certificationBatch: products.certificationBatch,
        certifiedUntil: products.certifiedUntil,
      })
      .from(products)
      .where(eq(products.id, input.productId))
      .for("update");
    if (!before) throw new DomainError("not_found");
    const after = {
      certificationNo: input.certificationNo,
      certificationCounty: input.certificationCounty,
      certificationBatch: input.certificationBatch,
      certifiedUntil: input.certifiedUntil,
    };
    await tx.update(products).set({ ...after, updatedAt: sql`now()` }).where(eq(products.id, input.productId));
    const { orgId, title, ...certBefore } = before;
    await audit(tx, { actorId: user.id, action: "product.certify", entity: "product", entityId: input.productId, before: certBefore, after });
    const members = await orgMembers(tx, [orgId]);
    await notify(
      tx,
      memberNotifications(members, "product_certified", "productCertified", { title, no: input.certificationNo, until: input.certifiedUntil }, "/producer/stats"),
    );
    return { id: input.productId, certificationNo: input.certificationNo, certifiedUntil: input.certifiedUntil };
  },
  after: (d) => invalidate(TAGS.products, TAGS.product(d.id)),
});

export interface RemindDto {
  reminded: number;
  notifications: number;
}

/**
 * Remind producers of certificates expiring within 90 / 30 / 7 days. Idempotent: the reminder row's primary key
 * (product, threshold, expiry date) admits each reminder once; only newly inserted rows notify.
 */
export const remindExpiringCertificates = mutation({
  roles: ADMIN,
  input: z.strictObject({ today: isoDate.optional() }),
  async run({ tx, user, input }): Promise<RemindDto> {
    // `today` is for tests; the page never sends it, and an administrator gains nothing by choosing it.
    const today = input.today ?? chinaToday();
    const due = await tx
      .select({
        productId: products.id,
        orgId: products.orgId,
        title: products.title,
        no: products.certificationNo,
        until: products.certifiedUntil,
        daysLeft: sql<number>`(${products.certifiedUntil} - ${today}::date)::int`,
      })
      .from(products)
      .where(and(isNotNull(products.certificationNo), gte(products.certifiedUntil, today), lte(products.certifiedUntil, sql`(${today}::date + 90)`)));
    let reminded = 0;
    const items: NotificationInput[] = [];
    const members = await orgMembers(tx, [...new Set(due.map((d) => d.orgId))]);
    for (const d of due) {
      const threshold = thresholdFor(d.daysLeft);
      if (!threshold || !d.until) continue;
      const inserted = await tx
        .insert(certificateReminders)
        .values({ productId: d.productId, thresholdDays: threshold, certifiedUntil: d.until, sentBy: user.id })
        .onConflictDoNothing()
        .returning({ productId: certificateReminders.productId });
      if (!inserted.length) continue;
      reminded += 1;
      items.push(
        ...memberNotifications(
          members.filter((m) => m.orgId === d.orgId),
          "certificate_expiring",
          "certificateExpiring",
          { title: d.title, no: d.no ?? "", until: d.until, days: d.daysLeft },
          "/producer/stats",
        ),
      );
    }
    await notify(tx, items);
    await audit(tx, { actorId: user.id, action: "certificate.remind", entity: "certificate_reminders", entityId: today, before: null, after: { reminded, notifications: items.length } });
    return { reminded, notifications: items.length };
  },
});
