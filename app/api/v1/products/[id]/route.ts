import { cached, TAGS } from "@/lib/cache";
import { productJson } from "@/lib/catalog/api";
import { getProductDetail } from "@/lib/catalog/detail";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await cached(getProductDetail, `catalog:product:${id}`, [TAGS.product(id), TAGS.products, TAGS.orgs])(id);
  if (!p) {
    return Response.json({ error: "not_found", message: "找不到这件商品，可能已下架。" }, { status: 404, headers: { "Cache-Control": "public, max-age=60" } });
  }
  return Response.json(productJson(p), { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } });
}
