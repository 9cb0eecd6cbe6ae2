"use server";

import { refresh } from "next/cache";
import type { ActionResult } from "@/lib/action";
import { translator } from "@/lib/i18n/messages";
import { ADMIN_MUTATIONS, type AdminMutationName } from "@/lib/admin/registry";
import { requestLocale, runFormMutation } from "@/lib/server-action";

/**
 * The console's one server action: `_op` names the mutation (lib/admin/registry). Each mutation checks the
 * caller's role itself, so posting here as anyone but an administrator gets the `forbidden` result.
 */
export async function adminAction(_prev: ActionResult<unknown> | null, form: FormData): Promise<ActionResult<unknown>> {
  const op = String(form.get("_op") ?? "");
  form.delete("_op");
  if (!Object.hasOwn(ADMIN_MUTATIONS, op)) {
    return { ok: false, code: "not_found", error: translator(await requestLocale())("errors.not_found") };
  }
  const m = ADMIN_MUTATIONS[op as AdminMutationName] as unknown as Parameters<typeof runFormMutation<unknown>>[0];
  const result = await runFormMutation(m, form);
  if (result.ok) refresh(); // re-render the console page with the new state
  return result;
}
