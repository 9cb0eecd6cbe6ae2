import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, orderItems, orders, products, productVariants, priceTiers } from "@/db/schema";
import { saveProduct } from "@/lib/catalog/editor";
import { getProductForEdit, producerDashboard } from "@/lib/catalog/producer";
import { parseYuanToFen } from "@/lib/catalog/price";
import { productFormToInput } from "@/lib/catalog/form";
import { ProductDescription } from "@/components/catalog/product-description";
import { makeUser } from "./helpers/factories";
import { makeProducer, makeProduct, productInputOf } from "./helpers/catalog";

describe("price parsing", () => {
  it("reads yuan digits into integer fen", () => {
    expect(parseYuanToFen("12.8")).toBe(1280);
    expect(parseYuanToFen("12.80")).toBe(1280);
    expect(parseYuanToFen("0.01")).toBe(1);
    expect(parseYuanToFen("¥59.9")).toBe(5990);
    expect(parseYuanToFen("0.29")).toBe(29); // 0.29 * 100 = 28.999999999999996 in floats
    expect(parseYuanToFen("999999.99")).toBe(99_999_999);
  });
  it("refuses what is not a price", () => {
    for (const bad of ["0.001", "-1", "1e9", "0", "0.00", "abc", "", "1.2.3", "1000000", "12,8.0", " ", "NaN", "Infinity"]) {
      expect(parseYuanToFen(bad), bad).toBeNull();
    }
  });
});

describe("saveProduct", () => {
  it("creates a draft with variants, tiers and the lowest price", async () => {
    const { user, org } = await makeProducer();
    const res = await saveProduct(
      productInputOf({
        variants: [
          { name: "10斤装", price: "99.80", stock: "50", tiers: [{ minQty: "10", price: "94.80" }] },
          { name: "5斤装", price: "59.8", stock: "100" },
        ],
      }),
      { user },
    );
    expect(res).toMatchObject({ ok: true, data: { orgId: org.id, status: "draft" } });
    if (!res.ok) return;
    const db = await getDb();
    const [p] = await db.select().from(products).where(eq(products.id, res.data.id));
    expect(p).toMatchObject({ orgId: org.id, minPriceFen: 5980, status: "draft" });
    const vs = await db.select().from(productVariants).where(eq(productVariants.productId, res.data.id));
    expect(vs.map((v) => [v.name, v.priceFen, v.stock]).sort()).toEqual([["10斤装", 9980, 50], ["5斤装", 5980, 100]]);
    const tiers = await db.select().from(priceTiers);
    expect(tiers).toEqual([expect.objectContaining({ minQty: 10, priceFen: 9480 })]);
  });

  it("refuses bad prices, tiers and stock with field errors in the user's language", async () => {
    const { user, org } = await makeProducer();
    for (const price of ["0.001", "-1", "1e9"]) {
      const r = await saveProduct(productInputOf({ variants: [{ name: "5斤装", price, stock: "1" }] }), { user });
      expect(r).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "variants.0.price": ["请输入大于 0 的价格（元），最多两位小数，如 12.80"] } });
    }
    const huge = await saveProduct(productInputOf({ variants: [{ name: "5斤装", price: "1", stock: "100000000" }] }), { user });
    expect(huge).toMatchObject({ ok: false, fieldErrors: { "variants.0.stock": ["不能大于 999999"] } });
    const neg = await saveProduct(productInputOf({ variants: [{ name: "5斤装", price: "1", stock: "-5" }] }), { user, locale: "en" });
    expect(neg).toMatchObject({ ok: false, fieldErrors: { "variants.0.stock": ["Must be at least 0"] } });
    const tier = await saveProduct(productInputOf({ variants: [{ name: "5斤装", price: "10", stock: "5", tiers: [{ minQty: "1", price: "9" }] }] }), { user });
    expect(tier).toMatchObject({ ok: false, fieldErrors: { "variants.0.tiers.0.minQty": ["不能小于 2"] } });
    const dearer = await saveProduct(productInputOf({ variants: [{ name: "5斤装", price: "10", stock: "5", tiers: [{ minQty: "5", price: "11" }] }] }), { user });
    expect(dearer).toMatchObject({ ok: false, fieldErrors: { v0_tiers: ["批量价要低于原价，且数量越多价格越低"] } });
    const db = await getDb();
    expect(await db.select().from(products).where(eq(products.orgId, org.id))).toHaveLength(0);
  });

  it("refuses mass assignment: orgId on edit, minPriceFen, sold, hiddenReason, unknown fields", async () => {
    const { user, org } = await makeProducer();
    const other = await makeProducer();
    // orgId of an organisation the user does not belong to
    expect(await saveProduct(productInputOf({ orgId: other.org.id }), { user })).toMatchObject({ ok: false, code: "forbidden" });
    for (const extra of [{ minPriceFen: 1 }, { salesCount: 999 }, { hiddenReason: null }, { isDemo: true }]) {
      expect(await saveProduct(productInputOf(extra), { user }), JSON.stringify(extra)).toMatchObject({ ok: false, code: "invalid", fieldErrors: { _form: ["包含不允许的字段"] } });
    }
    expect(await saveProduct(productInputOf({ variants: [{ name: "5斤装", price: "1", stock: "5", sold: 3, reserved: 0 }] }), { user })).toMatchObject({ ok: false, code: "invalid" });
    const { product } = await makeProduct(org.id);
    const moved = await saveProduct(productInputOf({ productId: product.id, orgId: org.id }), { user });
    expect(moved).toMatchObject({ ok: false, code: "invalid" });
    const db = await getDb();
    const [after] = await db.select().from(products).where(eq(products.id, product.id));
    expect(after!.title).toBe("测试商品");
  });

  it("a producer cannot read or change another producer's product", async () => {
    const owner = await makeProducer();
    const other = await makeProducer({ orgName: "别家合作社" });
    const { product, variants } = await makeProduct(owner.org.id, { title: "主人的商品" });
    expect(await getProductForEdit(other.user.id, product.id)).toBeNull();
    expect(await getProductForEdit(owner.user.id, product.id)).toMatchObject({ id: product.id, orgId: owner.org.id });
    const r = await saveProduct(productInputOf({ productId: product.id, title: "被改了", variants: [{ id: variants[0]!.id, name: "5斤装", price: "0.01", stock: "0" }] }), { user: other.user });
    expect(r).toMatchObject({ ok: false, code: "not_found" });
    // a variant id of another product cannot be adopted into one's own product either
    const own = await makeProduct(other.org.id);
    const adopt = await saveProduct(productInputOf({ productId: own.product.id, variants: [{ id: variants[0]!.id, name: "偷来的", price: "1", stock: "1" }] }), { user: other.user });
    expect(adopt).toMatchObject({ ok: false, code: "invalid" });
    const db = await getDb();
    const [p] = await db.select().from(products).where(eq(products.id, product.id));
    const [v] = await db.select().from(productVariants).where(eq(productVariants.id, variants[0]!.id));
    expect(p!.title).toBe("主人的商品");
    expect(v).toMatchObject({ name: "5斤装", priceFen: 5980, stock: 100, productId: product.id });
    expect((await producerDashboard(other.user.id))[0]!.products.map((x) => x.id)).not.toContain(product.id);
    // buyers and anonymous callers are refused before anything else
    const buyer = await makeUser({ roles: ["buyer"] });
    expect(await saveProduct(productInputOf(), { user: buyer })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveProduct(productInputOf(), { user: null })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("a member of an organisation that is not verified cannot put goods on sale", async () => {
    const { user } = await makeProducer({ verification: "pending" });
    const r = await saveProduct(productInputOf({ status: "on_sale" }), { user });
    expect(r).toMatchObject({ ok: false, code: "forbidden", error: "你的组织还没有通过认证，商品只能保存为草稿，认证通过后才能上架销售。" });
    const draft = await saveProduct(productInputOf({ status: "draft" }), { user });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(await saveProduct(productInputOf({ productId: draft.data.id, status: "on_sale" }), { user })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("stock edits are adjustments of stock only; ordered variants are deactivated, not deleted", async () => {
    const { user, org } = await makeProducer();
    const { product, variants } = await makeProduct(org.id, { variants: [{ name: "A", priceFen: 1000, stock: 10 }, { name: "B", priceFen: 800, stock: 5 }, { name: "C", priceFen: 500, stock: 5 }] });
    const db = await getDb();
    const [a, b, c] = variants;
    // A checkout reserved 3 of A and sold 2 of B meanwhile (as the orders domain would).
    await db.update(productVariants).set({ stock: 7, reserved: 3 }).where(eq(productVariants.id, a!.id));
    await db.update(productVariants).set({ stock: 3, sold: 2 }).where(eq(productVariants.id, b!.id));
    const buyer = await makeUser();
    const [o] = await db
      .insert(orders)
      .values({ orderNo: "T1", buyerId: buyer.id, sellerOrgId: org.id, paymentMethod: "bank_transfer", subtotalFen: 1600, totalFen: 1600, recipient: "张三", recipientPhone: "13800000000", province: "山东省", city: "济南市", district: "历下区", addressDetail: "x" })
      .returning();
    await db.insert(orderItems).values({ orderId: o!.id, productId: product.id, variantId: b!.id, titleSnapshot: "t", variantSnapshot: "B", unitPriceFen: 800, quantity: 2, lineTotalFen: 1600, category: "fruit", originCode: "433124" });

    const r = await saveProduct(
      productInputOf({
        productId: product.id,
        status: "on_sale",
        variants: [
          { id: a!.id, name: "A", price: "10", stock: "60", stockWas: "10" }, // +50 on what the editor showed
          { id: b!.id, name: "B", price: "8", stock: "3", remove: true },
          { id: c!.id, name: "C", price: "5", stock: "5", remove: true },
        ],
      }),
      { user },
    );
    expect(r.ok).toBe(true);
    const rows = await db.select().from(productVariants).where(eq(productVariants.productId, product.id));
    const byName = Object.fromEntries(rows.map((v) => [v.name, v]));
    expect(byName.A).toMatchObject({ stock: 57, reserved: 3, sold: 0, active: true }); // 10 + 50 = 57 + 3
    expect(byName.B).toMatchObject({ stock: 3, sold: 2, active: false });
    expect(byName.C).toBeUndefined();
    const [p] = await db.select().from(products).where(eq(products.id, product.id));
    expect(p!.minPriceFen).toBe(1000); // only active variants count
    const dash = (await producerDashboard(user.id))[0]!.products.find((x) => x.id === product.id);
    expect(dash).toMatchObject({ stock: 57, reserved: 3, sold: 2, variants: 1, minPriceFen: 1000, status: "on_sale" });
    const logs = await db.select().from(auditLog).where(eq(auditLog.entityId, a!.id));
    expect(logs).toEqual([expect.objectContaining({ action: "variant.restock", before: { stock: 7 }, after: { stock: 57 } })]);

    // Lowering below what orders took meanwhile is refused, and nothing changes.
    const low = await saveProduct(productInputOf({ productId: product.id, status: "on_sale", variants: [{ id: a!.id, name: "A", price: "10", stock: "0", stockWas: "60" }] }), { user });
    expect(low).toMatchObject({ ok: false, code: "invalid", fieldErrors: { v0_stock: ["库存刚被订单占用，请刷新后重新填写"] } });
  });

  it("stores hostile descriptions as text and renders them inert", async () => {
    const { user } = await makeProducer();
    const hostile = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(2)">',
      "<svg onload=alert(3)>",
      "[点我](javascript:alert(4))",
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==">x</a>',
      "\u202Egnp.exe",
    ].join("\n\n");
    const r = await saveProduct(productInputOf({ description: hostile }), { user });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const db = await getDb();
    const [p] = await db.select().from(products).where(eq(products.id, r.data.id));
    expect(p!.description).not.toContain("\u202E");
    const html = renderToStaticMarkup(createElement(ProductDescription, { text: p!.description }));
    // Only the component's own elements, and no attribute but class.
    expect(new Set([...html.matchAll(/<([a-z0-9]+)/gi)].map((m) => m[1]))).toEqual(new Set(["div", "p", "span"]));
    expect(html).not.toMatch(/<[a-z]+\s+(?!class=)[a-z-]+=/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("javascript:alert(4)"); // visible as text, never a link
  });
});

describe("productFormToInput", () => {
  it("shapes editor fields and passes unknown keys through for the schema to refuse", () => {
    const f = new FormData();
    f.append("title", "茶");
    f.append("season_3", "on");
    f.append("season_4", "on");
    f.append("v0_name", "250克");
    f.append("v0_price", "88");
    f.append("v0_stock", "10");
    f.append("v0_active", "on");
    f.append("v0_t0_minQty", "10");
    f.append("v0_t0_price", "80");
    f.append("v0_t1_minQty", "");
    f.append("v0_t1_price", "");
    f.append("v1_name", "");
    f.append("v1_price", "");
    f.append("v1_stock", "");
    f.append("v0_sold", "5");
    f.append("images", new File([], ""));
    f.append("images", new File([], "blob"));
    const out = productFormToInput(f);
    expect(out).toMatchObject({
      title: "茶",
      seasonMonths: [3, 4],
      variants: [{ name: "250克", price: "88", stock: "10", active: true, tiers: [{ minQty: "10", price: "80" }] }],
      v0_sold: "5",
      images: [],
    });
    expect((out.variants as unknown[]).length).toBe(1);
  });
});

