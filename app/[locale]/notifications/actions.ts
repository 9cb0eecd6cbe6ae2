"use server";

import { getLocale } from "next-intl/server";
import { toFormState, type FormState } from "@/components/orders/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { markNotificationsRead } from "@/lib/notifications/inbox";
import { runFormMutation } from "@/lib/server-action";

export async function markReadAction(_p: FormState, form: FormData): Promise<FormState> {
  const r = await runFormMutation(markNotificationsRead, form);
  if (!r.ok) return toFormState(r);
  const l = await getLocale();
  return redirect({ href: "/notifications", locale: isLocale(l) ? l : "zh-CN" });
}
