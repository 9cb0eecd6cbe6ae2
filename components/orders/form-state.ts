import type { ActionResult } from "@/lib/action";

/** What a server action hands back to its form (useActionState): the error, field errors, what was typed. */
export interface FormState {
  ok?: boolean;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
}

export function toFormState<T>(r: ActionResult<T>): FormState {
  return r.ok ? { ok: true } : { ok: false, error: r.error, fieldErrors: r.fieldErrors, values: r.values };
}
