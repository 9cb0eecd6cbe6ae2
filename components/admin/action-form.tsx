"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action";

export type AdminFormState = ActionResult<unknown> | null;

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "textarea" | "date" | "select";
  required?: boolean;
  defaultValue?: string;
  hint?: string;
  inputMode?: "decimal" | "numeric" | "text";
  options?: { value: string; label: string }[];
}

/**
 * One form for every console action: hidden ids, a few fields, a submit button. Errors appear next to their
 * field and are announced; on failure the typed values come back. Works without JavaScript (plain form post).
 */
export function ActionForm({
  action,
  op,
  hidden = {},
  fields = [],
  submit,
  saved,
  variant = "primary",
  idPrefix,
  reveal,
}: {
  action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>;
  op: string;
  hidden?: Record<string, string>;
  fields?: FieldSpec[];
  submit: string;
  saved: string;
  variant?: "primary" | "secondary" | "success";
  idPrefix: string;
  /** On success, say this instead of `saved`, with "{value}" replaced by the result's `key` (a temporary password). */
  reveal?: { key: string; text: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const id = (n: string) => `${idPrefix}-${n}`;
  return (
    <form action={formAction} noValidate className={fields.length ? "mt-3" : "inline-block"}>
      <input type="hidden" name="_op" value={op} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const common = { label: f.label, name: f.name, id: id(f.name), errors: fe?.[f.name], hint: f.hint, required: f.required, defaultValue: values?.[f.name] ?? f.defaultValue };
        if (f.type === "textarea") return <FieldById key={f.name} {...common} kind="textarea" />;
        if (f.type === "select")
          return (
            <FieldById key={f.name} {...common} kind="select">
              {f.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </FieldById>
          );
        return <FieldById key={f.name} {...common} kind={f.type === "date" ? "date" : "text"} inputMode={f.inputMode} />;
      })}
      <FormMessage message={state && !state.ok ? state.error : null} />
      <FormMessage tone="success" message={state?.ok ? (reveal ? reveal.text.replace("{value}", String((state.data as Record<string, unknown>)?.[reveal.key] ?? "")) : saved) : null} />
      <Button type="submit" variant={variant} disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}

const control = "mt-1 block w-full min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-brocade-600";

/**
 * Like components/ui/field, but with an id distinct from the submitted name: a console page shows the same
 * form for many rows, and every label must point at its own input.
 */
function FieldById({
  kind,
  id,
  name,
  label,
  errors,
  hint,
  required,
  defaultValue,
  inputMode,
  children,
}: {
  kind: "text" | "textarea" | "select" | "date";
  id: string;
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  inputMode?: "decimal" | "numeric" | "text";
  children?: React.ReactNode;
}) {
  const a11y = {
    id,
    name,
    required,
    defaultValue,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": hint ? `${id}-error ${id}-hint` : `${id}-error`,
    className: kind === "textarea" ? `${control} min-h-24` : control,
  };
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-base font-medium text-stone-800">
        {label}
      </label>
      {kind === "textarea" ? (
        <textarea {...a11y} maxLength={500} />
      ) : kind === "select" ? (
        <select {...a11y}>{children}</select>
      ) : (
        <input {...a11y} type={kind === "date" ? "date" : "text"} inputMode={inputMode} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      <div id={`${id}-error`} aria-live="polite" className="text-sm text-brocade-700">
        {errors?.map((e) => (
          <p key={e} className="mt-1">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}
