import { cached, TAGS } from "@/lib/cache";
import { catalogPageJson } from "@/lib/catalog/api";
import { parseCatalogQuery, searchProducts, type CatalogQuery } from "@/lib/catalog/search";

// Same query function as /products: one implementation of search, filters, sort and pagination.
const search = cached((q: CatalogQuery) => searchProducts(q), "catalog:search", [TAGS.products, TAGS.orgs], 600);

export async function GET(req: Request) {
  const query = parseCatalogQuery(new URL(req.url).searchParams);
  const page = await search(query);
  return Response.json(catalogPageJson(page), { headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" } });
}
