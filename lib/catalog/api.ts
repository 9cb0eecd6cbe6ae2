/** JSON shapes of the public catalog API (GET /api/v1/products, /api/v1/products/{id}). */
import { uploadUrl, thumbKeyOf } from "@/lib/uploads/keys";
import type { ProductDetail } from "./detail";
import type { CatalogPage } from "./search";

export function catalogPageJson(page: CatalogPage) {
  return {
    items: page.items.map((p) => ({
      id: p.id,
      title: p.title,
      category: p.category,
      minPriceFen: p.minPriceFen,
      origin: p.originName,
      producer: p.orgName,
      certified: p.certified,
      inSeason: p.inSeason,
      presale: p.presale,
      image: p.imageKey ? uploadUrl(thumbKeyOf(p.imageKey)) : null,
    })),
    total: page.total,
    page: page.page,
    pages: page.pages,
    pageSize: page.pageSize,
  };
}

export function productJson(p: ProductDetail) {
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    category: p.category,
    origin: { code: p.originCode, name: p.originName },
    minPriceFen: p.minPriceFen,
    shipFrom: p.shipFrom,
    presaleUntil: p.presaleUntil,
    presale: p.presale,
    seasonMonths: p.seasonMonths,
    inSeason: p.inSeason,
    certification: p.certification,
    producer: { id: p.org.id, name: p.org.name, householdsSupported: p.org.householdsSupported, verified: p.org.verified },
    variants: p.variants,
    images: p.images.map((im) => ({ url: uploadUrl(im.key), thumbnail: uploadUrl(thumbKeyOf(im.key)), width: im.width, height: im.height })),
    rating: p.rating,
    reviews: p.reviews,
  };
}
