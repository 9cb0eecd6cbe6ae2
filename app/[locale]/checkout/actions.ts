"use server";

import { getLocale } from "next-intl/server";
import { redirect as nextRedirect } from "next/navigation";
import { toFormState, type FormState } from "@/components/orders/form-state";
import { getSessionUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { checkoutMutation } from "@/lib/orders/checkout";
import { expireStaleReservations } from "@/lib/orders/stock";
import { startOnlinePayment } from "@/lib/payments/online";
import { translator } from "@/lib/i18n/messages";
import { DomainError } from "@/lib/action";
import { runFormMutation } from "@/lib/server-action";

export async function checkoutAction(_prev: FormState, form: FormData): Promise<FormState> {
  const l = await getLocale();
  const locale = isLocale(l) ? l : "zh-CN";
  await expireStaleReservations();
  const r = await runFormMutation(checkoutMutation, form);
  if (!r.ok) return toFormState(r);
  if (r.data.paymentMethod === "stripe") {
    const user = await getSessionUser();
    let url: string;
    try {
      url = (await startOnlinePayment(r.data.checkoutId, user!.id, locale === "zh-CN" ? "" : `/${locale}`)).url;
    } catch (e) {
      const key = e instanceof DomainError ? e.key : "internal";
      return { ok: false, error: translator(locale)(`errors.${key}`) };
    }
    nextRedirect(url);
  }
  const first = r.data.orders[0]!;
  return redirect({ href: r.data.orders.length === 1 ? `/orders/${first.id}` : { pathname: "/orders", query: { placed: r.data.checkoutId } }, locale });
}
