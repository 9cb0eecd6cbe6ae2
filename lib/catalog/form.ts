/**
 * FormData of the product editor → the plain input object of saveProduct. Only shapes the data;
 * every rule lives in the zod schema and the mutation. Keys this parser does not know are passed through
 * unchanged, so the strict schema refuses them (mass assignment: orgId on edit, status tricks, sold…).
 *
 * Field names: v{i}_{name|price|stock|stockWas|active|remove|id}, v{i}_t{j}_{minQty|price},
 * season_{1..12}, removeImage_{imageId}, images (files).
 */
type Row = Record<string, unknown> & { tiers?: Record<string, unknown>[] };

const VARIANT_KEY = /^v(\d{1,2})_(id|name|price|stock|stockWas|active|remove)$/;
const TIER_KEY = /^v(\d{1,2})_t(\d)_(minQty|price)$/;
const SEASON_KEY = /^season_(\d{1,2})$/;
const REMOVE_IMAGE_KEY = /^removeImage_(.{1,64})$/;

function blank(v: unknown): boolean {
  return v === undefined || (typeof v === "string" && v.trim() === "");
}

export function productFormToInput(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const variants = new Map<number, Row>();
  const tiers = new Map<string, Record<string, unknown>>();
  const season: number[] = [];
  const removeImages: string[] = [];
  const row = (i: number) => {
    let r = variants.get(i);
    if (!r) variants.set(i, (r = {}));
    return r;
  };

  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key === "images") continue;
    let m: RegExpExecArray | null;
    if ((m = VARIANT_KEY.exec(key))) {
      row(Number(m[1]))[m[2]!] = value;
    } else if ((m = TIER_KEY.exec(key))) {
      const id = `${m[1]}:${m[2]}`;
      let t = tiers.get(id);
      if (!t) tiers.set(id, (t = { __v: Number(m[1]), __t: Number(m[2]) }));
      t[m[3]!] = value;
    } else if ((m = SEASON_KEY.exec(key))) {
      season.push(Number(m[1]));
    } else if ((m = REMOVE_IMAGE_KEY.exec(key))) {
      removeImages.push(m[1]!);
    } else {
      out[key] = value;
    }
  }

  for (const t of [...tiers.values()].sort((a, b) => (a.__t as number) - (b.__t as number))) {
    if (blank(t.minQty) && blank(t.price)) continue;
    const r = row(t.__v as number);
    (r.tiers ??= []).push({ minQty: t.minQty ?? "", price: t.price ?? "" });
  }

  out.variants = [...variants.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r)
    .filter((r) => !(blank(r.id) && blank(r.name) && blank(r.price) && blank(r.stock)))
    .map((r) => {
      const v: Row = { ...r, tiers: r.tiers ?? [] };
      if (blank(v.id)) delete v.id;
      if (blank(v.stockWas)) delete v.stockWas;
      v.active = r.active === "on";
      if (r.remove === "on") v.remove = true;
      else delete v.remove;
      return v;
    });
  out.seasonMonths = season;
  out.removeImages = removeImages;
  // A file input left empty arrives as a zero-byte part, and after the server-action multipart
  // decoding its name is not reliably "" (it can come back as "blob"), so zero-byte parts are dropped.
  out.images = form.getAll("images").filter((f): f is File => typeof f !== "string" && f.size > 0);
  return out;
}
