/**
 * The cart of a signed-in buyer (cart_items). Adding checks the variant is active and on sale; the cart page
 * shows prices and totals computed from the database (bulk tiers by quantity), grouped by producer.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { cartItems, organizations, priceTiers, productVariants, products } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { MAX_QTY, unitPriceFor } from "@/lib/orders/pricing";

const qty = z.coerce.number().int("$wholeNumber").min(1).max(MAX_QTY);

export const addToCart = mutation({
  roles: ["buyer"],
  input: z.strictObject({ productId: z.uuid(), variantId: z.uuid(), quantity: qty }),
  async run({ tx, user, input }) {
    const [v] = await tx
      .select({ id: productVariants.id, productId: productVariants.productId, active: productVariants.active, status: products.status, hidden: products.hiddenReason, verification: organizations.verification, title: products.title })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .innerJoin(organizations, eq(organizations.id, products.orgId))
      .where(eq(productVariants.id, input.variantId));
    if (!v || v.productId !== input.productId) throw new DomainError("invalid", "variantUnavailable");
    if (!v.active || v.status !== "on_sale" || v.hidden !== null || v.verification !== "verified") throw new DomainError("invalid", "notOnSale", { title: v.title });
    const [existing] = await tx.select({ q: cartItems.quantity }).from(cartItems).where(and(eq(cartItems.userId, user.id), eq(cartItems.variantId, v.id)));
    const total = (existing?.q ?? 0) + input.quantity;
    if (total > MAX_QTY) throw new DomainError("invalid", "quantityRange", { max: MAX_QTY }, { quantity: ["tooBigQty"] });
    await tx
      .insert(cartItems)
      .values({ userId: user.id, variantId: v.id, quantity: input.quantity })
      .onConflictDoUpdate({ target: [cartItems.userId, cartItems.variantId], set: { quantity: sql`${cartItems.quantity} + ${input.quantity}` } });
    return { variantId: v.id, quantity: total };
  },
});

export const updateCartItem = mutation({
  roles: ["buyer"],
  input: z.strictObject({ variantId: z.uuid(), quantity: qty }),
  async run({ tx, user, input }) {
    const rows = await tx.update(cartItems).set({ quantity: input.quantity }).where(and(eq(cartItems.userId, user.id), eq(cartItems.variantId, input.variantId))).returning({ v: cartItems.variantId });
    if (!rows.length) throw new DomainError("not_found");
    return { variantId: input.variantId, quantity: input.quantity };
  },
});

export const removeCartItem = mutation({
  roles: ["buyer"],
  input: z.strictObject({ variantId: z.uuid() }),
  async run({ tx, user, input }) {
    await tx.delete(cartItems).where(and(eq(cartItems.userId, user.id), eq(cartItems.variantId, input.variantId)));
    return { variantId: input.variantId };
  },
});

export interface CartLine {
  variantId: string;
  productId: string;
  title: string;
  variantName: string;
  quantity: number;
  basePriceFen: number;
  unitPriceFen: number;
  lineTotalFen: number;
  stock: number;
  available: boolean;
}
export interface CartGroup {
  sellerOrgId: string;
  sellerName: string;
  lines: CartLine[];
  subtotalFen: number;
}
export interface CartView {
  groups: CartGroup[];
  totalFen: number;
  count: number;
  /** Every line is on sale and in stock: checkout may proceed. */
  ready: boolean;
}

export async function getCart(userId: string): Promise<CartView> {
  const db = await getDb();
  const rows = await db
    .select({
      variantId: cartItems.variantId,
      quantity: cartItems.quantity,
      variantName: productVariants.name,
      priceFen: productVariants.priceFen,
      stock: productVariants.stock,
      active: productVariants.active,
      productId: products.id,
      title: products.title,
      status: products.status,
      hidden: products.hiddenReason,
      sellerOrgId: organizations.id,
      sellerName: organizations.name,
      verification: organizations.verification,
    })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .where(eq(cartItems.userId, userId))
    .orderBy(organizations.name, products.title, productVariants.sort);
  const ids = rows.map((r) => r.variantId);
  const tiers = ids.length ? await db.select().from(priceTiers).where(inArray(priceTiers.variantId, ids)) : [];
  const groups = new Map<string, CartGroup>();
  for (const r of rows) {
    const unit = unitPriceFor(r.priceFen, tiers.filter((t) => t.variantId === r.variantId), r.quantity);
    const available = r.active && r.status === "on_sale" && r.hidden === null && r.verification === "verified" && r.stock >= r.quantity;
    const g = groups.get(r.sellerOrgId) ?? { sellerOrgId: r.sellerOrgId, sellerName: r.sellerName, lines: [], subtotalFen: 0 };
    g.lines.push({ variantId: r.variantId, productId: r.productId, title: r.title, variantName: r.variantName, quantity: r.quantity, basePriceFen: r.priceFen, unitPriceFen: unit, lineTotalFen: unit * r.quantity, stock: r.stock, available });
    g.subtotalFen += unit * r.quantity;
    groups.set(r.sellerOrgId, g);
  }
  const list = [...groups.values()];
  return {
    groups: list,
    totalFen: list.reduce((s, g) => s + g.subtotalFen, 0),
    count: rows.length,
    ready: rows.length > 0 && list.every((g) => g.lines.every((l) => l.available)),
  };
}
