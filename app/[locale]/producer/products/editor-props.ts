import { getTranslations } from "next-intl/server";
import type { ProductEditorProps } from "@/components/producer/product-editor-form";
import { MAX_TIERS, MAX_VARIANTS, PRODUCT_CATEGORIES, PRODUCT_STATUSES } from "@/lib/catalog/editor";
import { listXiangxiCounties } from "@/lib/catalog/search";
import type { Locale } from "@/lib/i18n/routing";
import { MAX_IMAGE_BYTES } from "@/lib/uploads/images";
import { thumbKeyOf } from "@/lib/uploads/keys";
import { saveProductAction } from "./actions";

const LABEL_KEYS = [
  "org", "fieldTitle", "fieldTitleHint", "fieldDescription", "fieldDescriptionHint", "fieldCategory", "fieldOrigin", "chooseOne",
  "sectionVariants", "variantName", "variantNameHint", "variantPrice", "variantStock", "variantStockHint", "variantActive", "variantRemove",
  "tiers", "tierMinQty", "tierPrice", "sectionShipping", "fieldShipFrom", "fieldShipFromHint", "fieldPresaleUntil", "fieldSeason",
  "sectionCert", "certHint", "fieldCertNo", "fieldCertCounty", "fieldCertBatch", "fieldCertUntil", "sectionImages", "imagesHint",
  "fieldImages", "removeImage", "fieldStatus", "statusHint", "save", "saving", "imageTooLargeClient",
] as const;

/** Everything the client editor needs, strings included (no message catalog is shipped to the browser). */
export async function editorProps(
  locale: Locale,
  opts: { initial: Record<string, string>; orgs: { id: string; name: string }[]; images?: { id: string; key: string; width: number; height: number }[] },
): Promise<ProductEditorProps> {
  const [t, tc, counties] = await Promise.all([getTranslations("producer"), getTranslations("catalog"), listXiangxiCounties()]);
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(k)]));
  const variantCount = Object.keys(opts.initial).filter((k) => /^v\d+_id$/.test(k)).length;
  const tierCount = Math.max(0, ...Object.keys(opts.initial).map((k) => /^v\d+_t(\d)_minQty$/.exec(k)).map((m) => (m ? Number(m[1]) + 1 : 0)));
  const variantRows = Math.min(MAX_VARIANTS, Math.max(2, variantCount + 1));
  return {
    action: saveProductAction,
    labels,
    monthLabels: Array.from({ length: 12 }, (_, i) => t("month", { n: i + 1 })),
    variantLabels: Array.from({ length: variantRows }, (_, i) => t("variantN", { n: i + 1 })),
    imageAlts: (opts.images ?? []).map((_, i) => t("imageAlt", { n: i + 1 })),
    categories: PRODUCT_CATEGORIES.map((c) => ({ value: c, label: tc(`categories.${c}`) })),
    counties: counties.map((c) => ({ value: c.code, label: locale === "en" ? c.nameEn : c.name })),
    statuses: PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    orgs: opts.orgs.map((o) => ({ value: o.id, label: o.name })),
    initial: opts.initial,
    variantRows,
    tierRows: Math.min(MAX_TIERS, Math.max(2, tierCount + 1)),
    images: (opts.images ?? []).map((im) => ({ id: im.id, src: `/uploads/${thumbKeyOf(im.key)}`, width: im.width, height: im.height })),
    maxImageBytes: MAX_IMAGE_BYTES,
  };
}
