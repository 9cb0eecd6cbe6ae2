"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";

/** What the editor's server action answers (it redirects on success, so this is a failure). */
export interface EditorState {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  at?: number;
}

export interface EditorLabels {
  [key: string]: string;
}

interface Option {
  value: string;
  label: string;
}

export interface ProductEditorProps {
  action: (prev: EditorState, form: FormData) => Promise<EditorState>;
  labels: EditorLabels;
  monthLabels: string[];
  variantLabels: string[];
  imageAlts: string[];
  categories: Option[];
  counties: Option[];
  statuses: Option[];
  orgs: Option[];
  initial: Record<string, string>;
  variantRows: number;
  tierRows: number;
  images: { id: string; src: string; width: number; height: number }[];
  maxImageBytes: number;
}

/**
 * The element of the editor an error key belongs to: the schema's paths ("variants.0.tiers.1.price") name the
 * form's inputs ("v0_t1_price"); row-wide errors point at the row's message.
 */
function editorFieldId(key: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^variants\.(\d+)\.tiers\.(\d+)\.(\w+)$/.exec(key))) return `v${m[1]}_t${m[2]}_${m[3]}`;
  if ((m = /^variants\.(\d+)\.(\w+)$/.exec(key))) return `v${m[1]}_${m[2]}`;
  if (/^v\d+_tiers$/.test(key) || key === "variants") return `${key}-error`;
  return key;
}

/** The label a listed error is shown with: the field's own, prefixed by its variant for a variant's fields. */
function editorFieldLabel(key: string, l: EditorLabels, variantLabels: string[]): string | undefined {
  const own: Record<string, string | undefined> = {
    orgId: l.org,
    title: l.fieldTitle,
    description: l.fieldDescription,
    category: l.fieldCategory,
    originCode: l.fieldOrigin,
    shipFrom: l.fieldShipFrom,
    presaleUntil: l.fieldPresaleUntil,
    certNo: l.fieldCertNo,
    certCounty: l.fieldCertCounty,
    certBatch: l.fieldCertBatch,
    certUntil: l.fieldCertUntil,
    images: l.fieldImages,
    status: l.fieldStatus,
    variants: l.sectionVariants,
  };
  if (key in own) return own[key];
  const m = /^(?:variants\.(\d+)\.|v(\d+)_)(tiers\.\d+\.)?(\w+)$/.exec(key);
  if (!m) return undefined;
  const row = variantLabels[Number(m[1] ?? m[2])];
  const parts: Record<string, string | undefined> = m[3]
    ? { minQty: l.tierMinQty, price: l.tierPrice }
    : { name: l.variantName, price: l.variantPrice, stock: l.variantStock, tiers: l.tiers };
  const part = parts[m[4]!];
  return [row, part].filter(Boolean).join(" ") || undefined;
}

export function ProductEditorForm(props: ProductEditorProps) {
  const [state, formAction, pending] = useActionState(props.action, {});
  const [clientError, setClientError] = useState<string | null>(null);
  const { labels: l } = props;
  const values = state.values ?? props.initial;
  const v = (name: string) => values[name] ?? "";
  const checked = (name: string) => values[name] === "on";
  const err = (...names: string[]) => {
    const out = names.flatMap((n) => state.fieldErrors?.[n] ?? []);
    return out.length ? out : undefined;
  };
  const errorLabels = Object.fromEntries(Object.keys(state.fieldErrors ?? {}).map((k) => [k, editorFieldLabel(k, l, props.variantLabels)]));
  const imageErrors = [...(clientError ? [clientError] : []), ...(err("images") ?? [])];

  // Refuse an oversized photo before sending it over a weak network; the server checks again.
  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const tooBig = [...(e.target.files ?? [])].some((f) => f.size > props.maxImageBytes);
    setClientError(tooBig ? l.imageTooLargeClient! : null);
    if (tooBig) e.target.value = "";
  };

  return (
    <form action={formAction} noValidate className="grid gap-2">
      <FormMessage message={state.error} fieldErrors={state.fieldErrors} labels={errorLabels} fieldId={editorFieldId} answer={state} />
      <div key={state.at ?? 0}>
        {values.productId ? <input type="hidden" name="productId" value={values.productId} /> : null}
        {props.orgs.length > 1 && !values.productId ? (
          <SelectField label={l.org} name="orgId" defaultValue={v("orgId")} errors={err("orgId")} required>
            <option value="">{l.chooseOne}</option>
            {props.orgs.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField label={l.fieldTitle} name="title" defaultValue={v("title")} errors={err("title")} hint={l.fieldTitleHint} required maxLength={80} />
        <TextAreaField label={l.fieldDescription} name="description" defaultValue={v("description")} errors={err("description")} hint={l.fieldDescriptionHint} rows={6} maxLength={5000} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <SelectField label={l.fieldCategory} name="category" defaultValue={v("category")} errors={err("category")} required>
            <option value="">{l.chooseOne}</option>
            {props.categories.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <SelectField label={l.fieldOrigin} name="originCode" defaultValue={v("originCode")} errors={err("originCode")} required>
            <option value="">{l.chooseOne}</option>
            {props.counties.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
        </div>

        <fieldset className="mb-4 rounded-xl border border-stone-300 p-3">
          <legend className="px-1 text-lg font-bold">{l.sectionVariants}</legend>
          {Array.from({ length: props.variantRows }, (_, i) => (
            <fieldset key={i} className="mb-3 border-b border-stone-200 pb-2 last:border-0">
              <legend className="font-medium text-stone-800">{props.variantLabels[i]}</legend>
              {v(`v${i}_id`) ? <input type="hidden" name={`v${i}_id`} value={v(`v${i}_id`)} /> : null}
              {v(`v${i}_stockWas`) ? <input type="hidden" name={`v${i}_stockWas`} value={v(`v${i}_stockWas`)} /> : null}
              <div className="grid gap-x-3 sm:grid-cols-3">
                <TextField label={l.variantName} name={`v${i}_name`} defaultValue={v(`v${i}_name`)} errors={err(`variants.${i}.name`, `v${i}_name`)} placeholder={l.variantNameHint} maxLength={40} />
                <TextField label={l.variantPrice} name={`v${i}_price`} defaultValue={v(`v${i}_price`)} errors={err(`variants.${i}.price`)} inputMode="decimal" placeholder="59.80" />
                <TextField label={l.variantStock} name={`v${i}_stock`} defaultValue={v(`v${i}_stock`)} errors={err(`variants.${i}.stock`, `v${i}_stock`)} inputMode="numeric" placeholder="100" />
              </div>
              {v(`v${i}_id`) ? <p className="mb-2 text-sm text-stone-600">{l.variantStockHint}</p> : null}
              <div className="flex flex-wrap gap-x-6">
                <label className="inline-flex min-h-11 items-center gap-2">
                  <input type="checkbox" name={`v${i}_active`} defaultChecked={v(`v${i}_id`) || state.values ? checked(`v${i}_active`) : true} className="size-5 shrink-0" />
                  {l.variantActive}
                </label>
                {v(`v${i}_id`) ? (
                  <label className="inline-flex min-h-11 items-center gap-2">
                    <input type="checkbox" name={`v${i}_remove`} defaultChecked={checked(`v${i}_remove`)} className="size-5 shrink-0" />
                    {l.variantRemove}
                  </label>
                ) : null}
              </div>
              <details className="mt-1" open={Boolean(v(`v${i}_t0_minQty`) || err(`v${i}_tiers`))}>
                <summary className="min-h-11 cursor-pointer py-2 text-brocade-700">{l.tiers}</summary>
                <div id={`v${i}_tiers-error`} aria-live="polite" className="text-sm text-brocade-700">
                  {err(`v${i}_tiers`)?.map((e) => <p key={e}>{e}</p>)}
                </div>
                {Array.from({ length: props.tierRows }, (_, j) => (
                  <div key={j} className="grid grid-cols-2 gap-x-3">
                    <TextField label={l.tierMinQty} name={`v${i}_t${j}_minQty`} defaultValue={v(`v${i}_t${j}_minQty`)} errors={err(`variants.${i}.tiers.${j}.minQty`)} inputMode="numeric" />
                    <TextField label={l.tierPrice} name={`v${i}_t${j}_price`} defaultValue={v(`v${i}_t${j}_price`)} errors={err(`variants.${i}.tiers.${j}.price`)} inputMode="decimal" />
                  </div>
                ))}
              </details>
            </fieldset>
          ))}
          <div id="variants-error" aria-live="polite" className="text-sm text-brocade-700">
            {err("variants")?.map((e) => <p key={e}>{e}</p>)}
          </div>
        </fieldset>

        <fieldset className="mb-4 rounded-xl border border-stone-300 p-3">
          <legend className="px-1 text-lg font-bold">{l.sectionShipping}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField label={l.fieldShipFrom} name="shipFrom" type="date" defaultValue={v("shipFrom")} errors={err("shipFrom")} hint={l.fieldShipFromHint} />
            <TextField label={l.fieldPresaleUntil} name="presaleUntil" type="date" defaultValue={v("presaleUntil")} errors={err("presaleUntil")} />
          </div>
          <fieldset>
            <legend className="text-base font-medium text-stone-800">{l.fieldSeason}</legend>
            <div className="mt-1 grid grid-cols-4 sm:grid-cols-6">
              {props.monthLabels.map((m, idx) => (
                <label key={m} className="inline-flex min-h-11 items-center gap-2">
                  <input type="checkbox" name={`season_${idx + 1}`} defaultChecked={checked(`season_${idx + 1}`)} className="size-5 shrink-0" />
                  {m}
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>

        <fieldset className="mb-4 rounded-xl border border-stone-300 p-3">
          <legend className="px-1 text-lg font-bold">{l.sectionCert}</legend>
          <p className="mb-2 text-sm text-stone-600">{l.certHint}</p>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField label={l.fieldCertNo} name="certNo" defaultValue={v("certNo")} errors={err("certNo")} maxLength={60} />
            <SelectField label={l.fieldCertCounty} name="certCounty" defaultValue={v("certCounty")} errors={err("certCounty")}>
              <option value="">{l.chooseOne}</option>
              {props.counties.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </SelectField>
            <TextField label={l.fieldCertBatch} name="certBatch" defaultValue={v("certBatch")} errors={err("certBatch")} maxLength={40} />
            <TextField label={l.fieldCertUntil} name="certUntil" type="date" defaultValue={v("certUntil")} errors={err("certUntil")} />
          </div>
        </fieldset>

        <fieldset className="mb-4 rounded-xl border border-stone-300 p-3">
          <legend className="px-1 text-lg font-bold">{l.sectionImages}</legend>
          {props.images.length ? (
            <ul className="mb-3 grid grid-cols-3 gap-2">
              {props.images.map((im, n) => (
                <li key={im.id}>
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img src={im.src} alt={props.imageAlts[n]} width={im.width} height={im.height} loading="lazy" className="aspect-square w-full rounded object-cover" />
                  <label className="inline-flex min-h-11 items-center gap-2 text-sm">
                    <input type="checkbox" name={`removeImage_${im.id}`} defaultChecked={checked(`removeImage_${im.id}`)} className="size-5 shrink-0" />
                    {l.removeImage}
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="mb-2">
            <label htmlFor="images" className="block text-base font-medium text-stone-800">
              {l.fieldImages}
            </label>
            <input
              id="images"
              name="images"
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp"
              onChange={onFiles}
              aria-describedby="images-hint images-error"
              aria-invalid={imageErrors.length ? true : undefined}
              className="mt-1 block min-h-11 w-full text-base"
            />
            <p id="images-hint" className="mt-1 text-sm text-stone-600">
              {l.imagesHint}
            </p>
            <div id="images-error" aria-live="polite" className="text-sm text-brocade-700">
              {imageErrors.map((e) => (
                <p key={e} className="mt-1">
                  {e}
                </p>
              ))}
            </div>
          </div>
        </fieldset>

        <SelectField label={l.fieldStatus} name="status" defaultValue={v("status") || "draft"} errors={err("status")} hint={l.statusHint}>
          {props.statuses.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? l.saving : l.save}
      </Button>
    </form>
  );
}
