import { Badge } from "@/components/ui/badge";
import { formatFen } from "@/components/ui/money";
import { Link } from "@/lib/i18n/navigation";
import type { ProductCard as ProductCardData } from "@/lib/catalog/featured";
import { productIllustration } from "@/lib/catalog/illustration";
import { thumbKeyOf, uploadUrl } from "@/lib/uploads/keys";

/** The first photo's small copy, else the picture of the good's kind (lib/catalog/illustration.ts). */
export function productImageSrc(p: { imageKey: string | null; category: string; title: string }): string {
  return p.imageKey ? uploadUrl(thumbKeyOf(p.imageKey)) : productIllustration(p);
}

/** Styled by `.product-card` in app/globals.css (one class instead of a utility list per element: see there). */
export function ProductCard({ product, labels, locale, priority = false }: { product: ProductCardData; labels: { certified: string; inSeason: string; presale: string }; locale: string; priority?: boolean }) {
  // County names come from the regions table in both languages; the producer's own name is theirs, never translated.
  const origin = locale === "en" ? product.originNameEn || product.originName : product.originName;
  return (
    <Link href={`/products/${product.id}`} className="product-card">
      {/* Plain <img>: SVG placeholders and pre-resized uploads need no optimiser round-trip. */}
      {/* Only the attributes that differ from the defaults: each one is repeated per card in the HTML and its RSC payload. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={productImageSrc(product)} alt="" width={240} height={180} {...(priority ? { fetchPriority: "high" } : { loading: "lazy" })} />
      <div>
        <h3>{product.title}</h3>
        <p>{`${origin} · ${product.orgName}`}</p>
        <p className="price">{formatFen(product.minPriceFen)}</p>
        <div>
          {product.certified ? <Badge tone="success">{labels.certified}</Badge> : null}
          {product.inSeason ? <Badge tone="highlight">{labels.inSeason}</Badge> : null}
          {product.presale ? <Badge tone="primary">{labels.presale}</Badge> : null}
        </div>
      </div>
    </Link>
  );
}
