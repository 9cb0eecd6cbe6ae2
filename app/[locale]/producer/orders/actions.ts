"use server";

import { getLocale } from "next-intl/server";
import { toFormState, type FormState } from "@/components/orders/form-state";
import type { ActionResult } from "@/lib/action";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { cancelOrder, confirmBankPayment, refundOrder, shipOrder } from "@/lib/orders/lifecycle";
import { runFormMutation } from "@/lib/server-action";

async function back<T extends { id: string }>(r: ActionResult<T>): Promise<FormState> {
  if (!r.ok) return toFormState(r);
  const l = await getLocale();
  return redirect({ href: `/producer/orders/${r.data.id}`, locale: isLocale(l) ? l : "zh-CN" });
}

export async function confirmPaymentAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(confirmBankPayment, form));
}
export async function shipAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(shipOrder, form));
}
export async function sellerCancelAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(cancelOrder, form));
}
export async function refundAction(_p: FormState, form: FormData) {
  return back(await runFormMutation(refundOrder, form));
}
