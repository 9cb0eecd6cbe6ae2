/** Catalog factories: producers with organisations, products with variants, PNG bytes for uploads. */
import sharp from "sharp";
import { getDb } from "@/db/client";
import { products, productVariants } from "@/db/schema";
import { makeOrg, makeUser } from "./factories";

export async function makeProducer(opts: { verification?: "unverified" | "pending" | "verified" | "rejected"; orgName?: string } = {}) {
  const user = await makeUser({ roles: ["producer"] });
  const org = await makeOrg(user.id, { verification: opts.verification ?? "verified", name: opts.orgName ?? "测试合作社" });
  return { user, org };
}

export async function makeProduct(
  orgId: string,
  opts: Partial<typeof products.$inferInsert> & { variants?: { name: string; priceFen: number; stock: number; active?: boolean }[] } = {},
) {
  const db = await getDb();
  const { variants = [{ name: "5斤装", priceFen: 5980, stock: 100 }], ...fields } = opts;
  const [p] = await db
    .insert(products)
    .values({ orgId, title: "测试商品", category: "fruit", originCode: "433124", status: "on_sale", minPriceFen: Math.min(...variants.map((v) => v.priceFen)), ...fields })
    .returning();
  const vs = await db
    .insert(productVariants)
    .values(variants.map((v, i) => ({ productId: p!.id, name: v.name, priceFen: v.priceFen, stock: v.stock, active: v.active ?? true, sort: i })))
    .returning();
  return { product: p!, variants: vs };
}

/** A real PNG of the given size. */
export async function pngBytes(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 46, g: 125, b: 50 } } }).png().toBuffer();
}

export function fileOf(data: Buffer | string, name: string, type = "image/png"): File {
  return new File([typeof data === "string" ? Buffer.from(data) : new Uint8Array(data)], name, { type });
}

/** A minimal product input as the editor would send it. */
export function productInputOf(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: "十八洞测试猕猴桃",
    description: "好吃",
    category: "fruit",
    originCode: "433124",
    status: "draft",
    variants: [{ name: "5斤装", price: "59.80", stock: "100" }],
    ...overrides,
  };
}
