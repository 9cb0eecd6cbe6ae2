/**
 * Producer side of the catalog: create and edit products, their variants, tiers and images.
 *
 * Invariants kept here:
 * - A user edits only products of an organisation (type producer or workshop) they are a member of;
 *   membership is read from the data, never taken from the form. Another org's product is "not found".
 * - Only a verified organisation's goods may be put on sale.
 * - products.min_price_fen = lowest price among active variants (all variants if none is active).
 * - Stock edits are restocks/adjustments of `stock` only: reserved and sold are never written here, so
 *   initial + restocked = stock + reserved + sold still holds (the adjustment is the restock).
 * - A variant that appears on an order is never deleted, only deactivated.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { getDb } from "@/db/client";
import { memberships, orderItems, organizations, priceTiers, productCategoryEnum, productImages, products, productVariants, regions } from "@/db/schema";
import { DomainError, mutation, rateLimitedResult, type ActionResult, type CallOptions } from "@/lib/action";
import { audit } from "@/lib/audit";
import { invalidate, TAGS } from "@/lib/cache";
import { translator } from "@/lib/i18n/messages";
import { hit, LIMITS } from "@/lib/rate-limit";
import { ImageRejected, isPreparedImage, prepareImage, type PreparedImage, type UploadLike } from "@/lib/uploads/images";
import { photoKeys } from "@/lib/uploads/keys";
import { uploadStorage } from "@/lib/uploads/storage";
import { choose, fill, requiredText } from "@/lib/validation";
import { cleanDescription } from "./description";
import { parseYuanToFen } from "./price";

export const MAX_IMAGES = 6;
export const MAX_VARIANTS = 10;
export const MAX_TIERS = 4;
export const MAX_STOCK = 999_999;
export const PRODUCT_CATEGORIES = productCategoryEnum.enumValues;
export const PRODUCT_STATUSES = ["draft", "on_sale", "paused"] as const;

// ───────── input schema ─────────

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const intFrom = (v: unknown) => (typeof v === "string" && /^\s*-?\d{1,15}\s*$/.test(v) ? Number(v) : v);

const yuan = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const fen = parseYuanToFen(String(v));
  if (fen === null) {
    ctx.addIssue({ code: "custom", message: "$priceFormat" });
    return z.NEVER;
  }
  return fen;
});
// Text that is not a whole number reaches z.number() as text: say what to type rather than "格式不正确".
const stockInt = z.preprocess(
  intFrom,
  z
    .number({ error: (issue) => (issue.code !== "invalid_type" ? undefined : issue.input === "" || issue.input === undefined ? fill("stock") : "$wholeNumber") })
    .int("$wholeNumber")
    .min(0)
    .max(MAX_STOCK),
);
const optDate = z.preprocess(emptyToUndefined, z.iso.date().optional());
const optText = (max: number) => z.preprocess(emptyToUndefined, z.string().trim().max(max).optional());
const regionCode = z.string().regex(/^\d{6}$/);
const flag = z.preprocess((v) => (v === "on" || v === "true" ? true : v === "false" ? false : v), z.boolean());

const tierInput = z.strictObject({
  minQty: z.preprocess(intFrom, z.number().int().min(2).max(MAX_STOCK)),
  price: yuan,
});

const variantInput = z.strictObject({
  id: z.uuid().optional(),
  name: requiredText("variantName", 1, 40),
  price: yuan,
  stock: stockInt,
  /** The stock the editor showed; the difference is the adjustment (keeps concurrent reservations). */
  stockWas: z.preprocess(intFrom, z.number().int().min(0).max(MAX_STOCK)).optional(),
  active: flag.default(true),
  remove: flag.optional(),
  tiers: z.array(tierInput).max(MAX_TIERS).default([]),
});

export const productInput = z.strictObject({
  productId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  /** Only when creating, and only an organisation the user is a member of. */
  orgId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  title: requiredText("title", 2, 80),
  description: z.string().max(5000).default(""),
  category: z.enum(PRODUCT_CATEGORIES, choose("category")),
  originCode: z.string({ error: (issue) => (issue.code === "invalid_type" ? choose("origin") : undefined) }).min(1, choose("origin")).regex(/^\d{6}$/, "$originNotXiangxi"),
  shipFrom: optDate,
  presaleUntil: optDate,
  seasonMonths: z.array(z.preprocess(intFrom, z.number().int().min(1).max(12))).max(12).default([]),
  certNo: optText(60),
  certCounty: z.preprocess(emptyToUndefined, regionCode.optional()),
  certBatch: optText(40),
  certUntil: optDate,
  status: z.enum(PRODUCT_STATUSES, choose("status")),
  variants: z.array(variantInput).min(1, "$variantRequired").max(MAX_VARIANTS),
  removeImages: z.array(z.uuid()).max(MAX_IMAGES).default([]),
  images: z.array(z.custom<PreparedImage>(isPreparedImage, { message: "$imageNotImage" })).max(MAX_IMAGES).default([]),
});
export type ProductInput = z.output<typeof productInput>;

export interface SavedProduct {
  id: string;
  orgId: string;
  status: (typeof PRODUCT_STATUSES)[number];
  /** Storage keys of images removed in this save; deleted from storage after commit. */
  removedKeys: string[];
}

// ───────── membership ─────────

export interface ProducerOrg {
  id: string;
  name: string;
  type: "producer" | "workshop";
  verification: "unverified" | "pending" | "verified" | "rejected";
}

async function producerOrgsIn(db: Tx | Awaited<ReturnType<typeof getDb>>, userId: string): Promise<ProducerOrg[]> {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, type: organizations.type, verification: organizations.verification })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), inArray(organizations.type, ["producer", "workshop"])))
    .orderBy(asc(organizations.name));
  return rows as ProducerOrg[];
}

/** The producer and workshop organisations a user belongs to. */
export async function producerOrgsOf(userId: string): Promise<ProducerOrg[]> {
  return producerOrgsIn(await getDb(), userId);
}

function invalidField(field: string, key: string, params: Record<string, string | number> = {}): DomainError {
  return new DomainError("invalid", "invalid", params, { [field]: [key] });
}

// ───────── the mutation ─────────

const saveProductMutation = mutation({
  roles: ["producer"],
  input: productInput,
  async run({ tx, user, input }): Promise<SavedProduct> {
    const orgs = await producerOrgsIn(tx, user.id);
    let org: ProducerOrg | undefined;
    let existing: typeof products.$inferSelect | undefined;

    if (input.productId) {
      if (input.orgId) throw invalidField("orgId", "unknownField"); // a product never changes hands
      [existing] = await tx.select().from(products).where(eq(products.id, input.productId)).for("update");
      org = existing ? orgs.find((o) => o.id === existing!.orgId) : undefined;
      // Another organisation's product looks exactly like a missing one.
      if (!existing || !org) throw new DomainError("not_found");
    } else if (input.orgId) {
      org = orgs.find((o) => o.id === input.orgId);
      if (!org) throw new DomainError("forbidden", "notOrgMember");
    } else {
      if (orgs.length === 0) throw new DomainError("forbidden", "noProducerOrg");
      if (orgs.length > 1) throw invalidField("orgId", "chooseOrg");
      org = orgs[0]!;
    }

    if (input.status === "on_sale" && org.verification !== "verified") {
      throw new DomainError("forbidden", "orgNotVerified", {}, { status: ["orgNotVerified"] });
    }

    // Origin and certifying county are Xiangxi counties from the regions table.
    const codes = [input.originCode, input.certCounty].filter((c): c is string => Boolean(c));
    const known = await tx.select({ code: regions.code }).from(regions).where(and(inArray(regions.code, codes), eq(regions.kind, "xiangxi_county")));
    const knownSet = new Set(known.map((r) => r.code));
    if (!knownSet.has(input.originCode)) throw invalidField("originCode", "originNotXiangxi");
    const hasCert = Boolean(input.certNo || input.certCounty || input.certBatch || input.certUntil);
    if (hasCert) {
      if (!input.certNo) throw invalidField("certNo", "certIncomplete");
      if (!input.certCounty || !knownSet.has(input.certCounty)) throw invalidField("certCounty", "certIncomplete");
      if (!input.certUntil) throw invalidField("certUntil", "certIncomplete");
    }
    if (input.presaleUntil && (!input.shipFrom || input.presaleUntil > input.shipFrom)) throw invalidField("presaleUntil", "presaleAfterShip");

    input.variants.forEach((v, i) => {
      const seen = new Set<number>();
      let last = v.price;
      for (const t of [...v.tiers].sort((a, b) => a.minQty - b.minQty)) {
        if (seen.has(t.minQty)) throw invalidField(`v${i}_tiers`, "tierDuplicate");
        if (t.price >= last) throw invalidField(`v${i}_tiers`, "tierPrice");
        seen.add(t.minQty);
        last = t.price;
      }
    });

    const fields = {
      title: input.title,
      description: cleanDescription(input.description),
      category: input.category,
      originCode: input.originCode,
      shipFrom: input.shipFrom ?? null,
      presaleUntil: input.presaleUntil ?? null,
      seasonMonths: input.seasonMonths.length ? [...new Set(input.seasonMonths)].sort((a, b) => a - b) : null,
      certificationNo: hasCert ? (input.certNo ?? null) : null,
      certificationCounty: hasCert ? (input.certCounty ?? null) : null,
      certificationBatch: hasCert ? (input.certBatch ?? null) : null,
      certifiedUntil: hasCert ? (input.certUntil ?? null) : null,
      status: input.status,
      updatedAt: new Date(),
    };

    let productId: string;
    if (existing) {
      productId = existing.id;
      await tx.update(products).set(fields).where(eq(products.id, productId));
    } else {
      const [row] = await tx.insert(products).values({ ...fields, orgId: org.id }).returning({ id: products.id });
      productId = row!.id;
    }

    // Variants: rows are locked in id order so concurrent checkouts and edits cannot deadlock.
    const current = await tx.select().from(productVariants).where(eq(productVariants.productId, productId)).orderBy(asc(productVariants.id)).for("update");
    const byId = new Map(current.map((v) => [v.id, v]));
    const ordered = new Set(
      current.length
        ? (await tx.selectDistinct({ id: orderItems.variantId }).from(orderItems).where(inArray(orderItems.variantId, current.map((v) => v.id)))).map((r) => r.id)
        : [],
    );

    for (const [i, v] of input.variants.entries()) {
      let variantId: string;
      if (v.id) {
        const was = byId.get(v.id);
        if (!was) throw invalidField(`v${i}_name`, "not_found");
        variantId = was.id;
        if (v.remove) {
          if (ordered.has(was.id)) {
            await tx.update(productVariants).set({ active: false }).where(eq(productVariants.id, was.id));
          } else {
            await tx.delete(productVariants).where(eq(productVariants.id, was.id));
          }
          continue;
        }
        const target = v.stockWas === undefined ? v.stock : was.stock + (v.stock - v.stockWas);
        if (target < 0 || target > MAX_STOCK) throw invalidField(`v${i}_stock`, "stockChanged");
        await tx.update(productVariants).set({ name: v.name, priceFen: v.price, active: v.active, sort: i }).where(eq(productVariants.id, was.id));
        if (target !== was.stock) {
          // Only `stock` moves: reserved and sold belong to orders.
          await tx.update(productVariants).set({ stock: target }).where(eq(productVariants.id, was.id));
          await audit(tx, { actorId: user.id, action: "variant.restock", entity: "product_variant", entityId: was.id, before: { stock: was.stock }, after: { stock: target } });
        }
        await tx.delete(priceTiers).where(eq(priceTiers.variantId, was.id));
      } else {
        if (v.remove) continue;
        const [row] = await tx
          .insert(productVariants)
          .values({ productId, name: v.name, priceFen: v.price, stock: v.stock, active: v.active, sort: i })
          .returning({ id: productVariants.id });
        variantId = row!.id;
      }
      if (v.tiers.length) await tx.insert(priceTiers).values(v.tiers.map((t) => ({ variantId, minQty: t.minQty, priceFen: t.price })));
    }

    const [agg] = await tx
      .select({
        active: sql<number>`count(*) filter (where ${productVariants.active})::int`,
        minActive: sql<number | null>`min(${productVariants.priceFen}) filter (where ${productVariants.active})`,
        minAll: sql<number | null>`min(${productVariants.priceFen})`,
      })
      .from(productVariants)
      .where(eq(productVariants.productId, productId));
    if (!agg || agg.minAll === null) throw invalidField("v0_name", "variantRequired");
    if (input.status === "on_sale" && agg.active === 0) throw invalidField("status", "activeVariantRequired");
    await tx.update(products).set({ minPriceFen: Number(agg.minActive ?? agg.minAll) }).where(eq(products.id, productId));

    // Images: removals must belong to this product; at most MAX_IMAGES remain.
    const images = await tx.select({ id: productImages.id, key: productImages.storageKey, sort: productImages.sort }).from(productImages).where(eq(productImages.productId, productId));
    const removing = images.filter((im) => input.removeImages.includes(im.id));
    if (removing.length !== new Set(input.removeImages).size) throw invalidField("images", "not_found");
    if (images.length - removing.length + input.images.length > MAX_IMAGES) throw invalidField("images", "tooManyImages");
    if (removing.length) await tx.delete(productImages).where(inArray(productImages.id, removing.map((r) => r.id)));
    let sort = images.reduce((m, im) => Math.max(m, im.sort), -1) + 1;
    for (const img of input.images) {
      await img.store();
      await tx.insert(productImages).values({ productId, storageKey: img.key, width: img.width, height: img.height, sort: sort++ });
    }

    if (!existing || existing.status !== input.status) {
      await audit(tx, { actorId: user.id, action: existing ? "product.status" : "product.create", entity: "product", entityId: productId, before: existing ? { status: existing.status } : null, after: { status: input.status } });
    }
    return { id: productId, orgId: org.id, status: input.status, removedKeys: removing.map((r) => r.key) };
  },
  async after(data) {
    invalidate(TAGS.products, TAGS.product(data.id), TAGS.org(data.orgId));
    const storage = uploadStorage();
    for (const key of data.removedKeys) for (const file of photoKeys(key)) await storage.delete(file);
  },
});

/**
 * Save a product with its uploads. Files are checked and re-encoded before the transaction (CPU work
 * must not hold the database), but only for a signed-in producer, and only within the producer's photo rate
 * limit (counted here, before the decoding it guards); stored files are removed again if the transaction does
 * not commit, so a refused save stores nothing.
 */
export async function saveProduct(raw: unknown, opts: CallOptions): Promise<ActionResult<SavedProduct>> {
  const prepared: PreparedImage[] = [];
  let input = raw;
  const files = raw && typeof raw === "object" ? (raw as Record<string, unknown>).images : undefined;
  if (opts.user?.roles.includes("producer") && Array.isArray(files)) {
    if (files.length > MAX_IMAGES) return imageFailure("tooManyImages", {}, opts);
    if (files.some(isUploadLike)) {
      const wait = await hit(LIMITS.productPhotos, opts.user.id);
      if (wait > 0) return rateLimitedResult(wait, opts.locale ?? "zh-CN");
    }
    const images: unknown[] = [];
    for (const f of files) {
      if (isPreparedImage(f)) return imageFailure("imageNotImage", {}, opts); // only this function makes them
      if (!isUploadLike(f)) {
        images.push(f); // left for the schema to refuse
        continue;
      }
      try {
        const p = await prepareImage(f);
        prepared.push(p);
        images.push(p);
      } catch (e) {
        if (e instanceof ImageRejected) return imageFailure(e.key, e.params, opts);
        throw e;
      }
    }
    input = { ...(raw as Record<string, unknown>), images };
  }
  const result = await saveProductMutation(input, opts);
  if (!result.ok) await Promise.all(prepared.map((p) => p.discard().catch(() => undefined)));
  return result;
}

function isUploadLike(v: unknown): v is UploadLike {
  return typeof v === "object" && v !== null && typeof (v as UploadLike).arrayBuffer === "function" && typeof (v as UploadLike).size === "number" && typeof (v as UploadLike).name === "string";
}

function imageFailure(key: string, params: Record<string, string | number>, opts: CallOptions): ActionResult<SavedProduct> {
  const t = translator(opts.locale ?? "zh-CN");
  return { ok: false, code: "invalid", error: t("errors.invalid"), fieldErrors: { images: [t(`errors.${key}`, params)] } };
}
