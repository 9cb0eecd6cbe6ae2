"use client";

/**
 * A form driven by a server action through useActionState: per-field errors next to each field (announced),
 * what was typed comes back on failure, and it works without JavaScript (a plain POST). Strings arrive as props.
 */
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action";
import { Button } from "@/components/ui/button";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Link } from "@/lib/i18n/link";

interface Base {
  name: string;
  label: string;
  hint?: string;
}
export type FieldSpec =
  | (Base & { type: "text" | "tel" | "date" | "number" | "email"; defaultValue?: string; required?: boolean; inputMode?: "numeric" | "decimal" | "tel" | "text"; autoComplete?: string; placeholder?: string })
  | (Base & { type: "textarea"; defaultValue?: string; rows?: number })
  | (Base & { type: "select"; defaultValue?: string; options: { value: string; label: string }[] })
  | (Base & { type: "radio"; defaultValue?: string; options: { value: string; label: string }[] })
  | (Base & { type: "checkboxes"; defaultValues?: string[]; options: { value: string; label: string }[] })
  | (Base & { type: "checkbox"; defaultChecked?: boolean })
  | { type: "hidden"; name: string; value: string }
  | { type: "heading"; label: string; name?: undefined };

/**
 * A failure may carry a link to where the user can go next (e.g. "already applied" → their applications): the
 * message alone would leave them to find the page themselves.
 */
export type FormState = (ActionResult<unknown> & { link?: { href: string; label: string } }) | null;

function ChoiceGroup({ f, id, values, errors }: { f: Extract<FieldSpec, { type: "radio" | "checkboxes" }>; id: string; values?: Record<string, string>; errors?: string[] }) {
  const typed = values?.[f.name];
  const chosen = typed !== undefined ? typed.split("\n") : f.type === "radio" ? [f.defaultValue ?? ""] : (f.defaultValues ?? []);
  return (
    <fieldset id={id} className="mb-4" aria-describedby={`${id}-error`}>
      <legend className="text-base font-medium text-stone-800">{f.label}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {f.options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2">
            <input type={f.type === "radio" ? "radio" : "checkbox"} name={f.type === "radio" ? f.name : `${f.name}[]`} value={o.value} defaultChecked={chosen.includes(o.value)} className="h-5 w-5 shrink-0" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {f.hint ? <p className="mt-1 text-sm text-stone-600">{f.hint}</p> : null}
      <div id={`${id}-error`} aria-live="polite" className="text-sm text-brocade-700">
        {errors?.map((e) => (
          <p key={e} className="mt-1">
            {e}
          </p>
        ))}
      </div>
    </fieldset>
  );
}

export function ActionForm({
  action,
  fields,
  submitLabel,
  successMessage,
  submitVariant = "primary",
  confirm,
  testId,
  idPrefix,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  successMessage?: string;
  submitVariant?: "primary" | "secondary" | "success";
  /** For a move that cannot be undone: submitLabel only opens a second step that says what follows (ConfirmStep). */
  confirm?: { text: string; confirmLabel: string };
  testId?: string;
  /** Prefixes the fields' ids where several forms on one page share field names (each move's "note"). */
  idPrefix?: string;
}) {
  const idOf = (name: string) => (idPrefix ? `${idPrefix}-${name}` : name);
  const [state, formAction, pending] = useActionState(action, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const v = state && !state.ok ? state.values : undefined;
  const labels = Object.fromEntries(fields.flatMap((f) => (f.type === "hidden" || f.type === "heading" ? [] : [[f.name, f.label]])));
  return (
    <form action={formAction} noValidate data-testid={testId}>
      <FormMessage message={state && !state.ok ? state.error : null} fieldErrors={fe} labels={labels} fieldId={idOf} answer={state} />
      {state && !state.ok && state.link ? (
        <p className="-mt-2 mb-4">
          <Link href={state.link.href} className="inline-flex min-h-11 items-center font-medium text-brocade-700 underline">
            {state.link.label}
          </Link>
        </p>
      ) : null}
      {state?.ok && successMessage ? <FormMessage tone="success" message={state.message ?? successMessage} /> : null}
      {fields.map((f, i) => {
        switch (f.type) {
          case "hidden":
            return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
          case "heading":
            return (
              <h2 key={`h${i}`} className="mb-2 mt-4 text-lg font-bold">
                {f.label}
              </h2>
            );
          case "textarea":
            return <TextAreaField key={f.name} label={f.label} name={f.name} id={idOf(f.name)} hint={f.hint} rows={f.rows} defaultValue={v?.[f.name] ?? f.defaultValue} errors={fe?.[f.name]} />;
          case "select":
            return (
              <SelectField key={f.name} label={f.label} name={f.name} id={idOf(f.name)} hint={f.hint} defaultValue={v?.[f.name] ?? f.defaultValue} errors={fe?.[f.name]}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </SelectField>
            );
          case "radio":
          case "checkboxes":
            return <ChoiceGroup key={f.name} f={f} id={idOf(f.name)} values={v} errors={fe?.[f.name]} />;
          case "checkbox":
            return (
              <div key={f.name} className="mb-4">
                <label className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2">
                  <input type="checkbox" id={idOf(f.name)} name={f.name} defaultChecked={v ? v[f.name] === "on" : f.defaultChecked} className="h-5 w-5 shrink-0" aria-describedby={`${idOf(f.name)}-error`} />
                  <span>{f.label}</span>
                </label>
                {f.hint ? <p className="mt-1 text-sm text-stone-600">{f.hint}</p> : null}
                <div id={`${idOf(f.name)}-error`} aria-live="polite" className="text-sm text-brocade-700">
                  {fe?.[f.name]?.map((e) => <p key={e}>{e}</p>)}
                </div>
              </div>
            );
          default:
            return (
              <TextField
                key={f.name}
                label={f.label}
                name={f.name}
                id={idOf(f.name)}
                type={f.type}
                hint={f.hint}
                required={f.required}
                inputMode={f.inputMode}
                autoComplete={f.autoComplete ?? "off"}
                placeholder={f.placeholder}
                defaultValue={v?.[f.name] ?? f.defaultValue}
                errors={fe?.[f.name]}
              />
            );
        }
      })}
      {confirm ? (
        <ConfirmStep label={submitLabel} variant={submitVariant} confirmVariant={submitVariant === "secondary" ? "primary" : submitVariant} text={confirm.text} confirmLabel={confirm.confirmLabel} disabled={pending} />
      ) : (
        <Button type="submit" variant={submitVariant} disabled={pending} className="w-full sm:w-auto">
          {submitLabel}
        </Button>
      )}
    </form>
  );
}
