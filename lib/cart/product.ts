/** The minimum the add-to-cart form needs about a product on sale (the catalog's product page has the rest). */
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, productVariants, products } from "@/db/schema";

export async function getProductForCart(productId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(productId)) return null;
  const db = await getDb();
  const [p] = await db
    .select({ id: products.id, title: products.title, orgName: organizations.name })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.orgId))
    .where(and(eq(products.id, productId), eq(products.status, "on_sale"), isNull(products.hiddenReason), eq(organizations.verification, "verified")));
  if (!p) return null;
  const variants = await db
    .select({ id: productVariants.id, name: productVariants.name, priceFen: productVariants.priceFen, stock: productVariants.stock })
    .from(productVariants)
    .where(and(eq(productVariants.productId, p.id), eq(productVariants.active, true)))
    .orderBy(asc(productVariants.sort));
  return { ...p, variants };
}
