"use server";

import { getLocale } from "next-intl/server";
import { toFormState, type FormState } from "@/components/orders/form-state";
import type { ActionResult } from "@/lib/action";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { cancelOrder, confirmReceipt, requestRefund, reviewOrder } from "@/lib/orders/lifecycle";
import { runFormMutation } from "@/lib/server-action";

async function back<T extends { id: string }>(r: ActionResult<T>): Promise<FormState> {
  if (!r.ok) return toFormState(r);
  const l = await getLocale();
  return redirect({ href: `/orders/${r.data.id}`, locale: isLocale(l) ? l : "zh-CN" });
}

export async function cancelOrderAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(cancelOrder, form));
}
export async function confirmReceiptAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(confirmReceipt, form));
}
export async function requestRefundAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(requestRefund, form));
}
export async function reviewAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(reviewOrder, form));
}
