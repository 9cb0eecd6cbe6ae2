"use server";

import { getLocale } from "next-intl/server";
import { toFormState, type FormState } from "@/components/orders/form-state";
import { getSessionUser } from "@/lib/auth/session";
import { addToCart, removeCartItem, updateCartItem } from "@/lib/cart/cart";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { runFormMutation } from "@/lib/server-action";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function locale() {
  const l = await getLocale();
  return isLocale(l) ? l : "zh-CN";
}

/**
 * Signed-out visitors are sent to sign in, then to /cart/add with what they chose (product, size, quantity) filled in,
 * to add it with one tap; anything malformed brings them back to the product, or to the cart.
 */
export async function addToCartAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await getSessionUser();
  if (!user) {
    const productId = String(form.get("productId") ?? "");
    const variantId = String(form.get("variantId") ?? "");
    const quantity = Number(form.get("quantity"));
    const back = !UUID.test(productId)
      ? "/cart"
      : UUID.test(variantId) && Number.isInteger(quantity) && quantity >= 1 && quantity <= 9999
        ? `/cart/add?${new URLSearchParams({ product: productId, variant: variantId, quantity: String(quantity) })}`
        : `/products/${productId}`;
    return redirect({ href: { pathname: "/login", query: { callbackUrl: back } }, locale: await locale() });
  }
  return toFormState(await runFormMutation(addToCart, form));
}

export async function updateCartAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runFormMutation(updateCartItem, form);
  if (r.ok) redirect({ href: "/cart", locale: await locale() });
  return toFormState(r);
}

export async function removeCartAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runFormMutation(removeCartItem, form);
  if (r.ok) redirect({ href: "/cart", locale: await locale() });
  return toFormState(r);
}
