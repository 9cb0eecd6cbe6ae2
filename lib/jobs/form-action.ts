import type { ActionResult } from "@/lib/action";
import { runFormMutation } from "@/lib/server-action";

type Mutation<T> = Parameters<typeof runFormMutation<T>>[0];

/**
 * runFormMutation plus the repeated keys ("brands[]") folded into one "\n"-joined value, so checkbox groups
 * keep every ticked box when the form comes back with errors. Never echoes secrets (phone/ID are omitted).
 */
export async function runEmploymentForm<T>(m: Mutation<T>, form: FormData, extra: Record<string, unknown> = {}, arrays: string[] = [], omit: string[] = []): Promise<ActionResult<T>> {
  const result = await runFormMutation(m, form, extra, ["password", ...omit]);
  if (!result.ok && result.values) {
    for (const k of arrays) result.values[k] = form.getAll(`${k}[]`).map(String).join("\n");
    for (const k of Object.keys(result.values)) if (k.endsWith("[]")) delete result.values[k];
  }
  return result;
}
