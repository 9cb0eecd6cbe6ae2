"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { formatFen } from "@/components/ui/money";
import { Link } from "@/lib/i18n/link";
import type { FormState } from "@/components/orders/form-state";
import type { AddToCartVariant } from "./add-to-cart-form";

export interface AddToCartLabels {
  variant: string;
  quantity: string;
  add: string;
  added: string;
  viewCart: string;
  soldOut: string;
  stockLeft: string; // contains {n}
}

/** `chosen`: a choice made before signing in (/cart/add), shown instead of the defaults. */
export function AddToCartFields({ action, productId, variants, labels, chosen: before }: { action: (s: FormState, f: FormData) => Promise<FormState>; productId: string; variants: AddToCartVariant[]; labels: AddToCartLabels; chosen?: { variantId: string; quantity: number } }) {
  const [state, formAction, pending] = useActionState(action, {});
  const firstInStock = variants.find((v) => v.stock > 0)?.id;
  const chosen = state.values?.variantId ?? (variants.some((v) => v.id === before?.variantId && v.stock > 0) ? before?.variantId : firstInStock);
  return (
    <form action={formAction} className="grid gap-3" aria-label={labels.add}>
      <input type="hidden" name="productId" value={productId} />
      <fieldset>
        <legend className="mb-2 text-base font-medium text-stone-800">{labels.variant}</legend>
        <div className="grid gap-2">
          {variants.map((v) => (
            <label key={v.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 px-3 py-2 has-[:checked]:border-brocade-600 has-[:disabled]:opacity-60">
              <input type="radio" name="variantId" value={v.id} defaultChecked={v.id === chosen} disabled={v.stock <= 0} className="h-5 w-5 shrink-0 accent-brocade-600" />
              {/* One line while it fits; with enlarged text the price and stock move under the name (the name keeps
                  its width: grow from its own length, flex-[1_0_auto]) instead of the name standing a character a line. */}
              <span className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-3">
                <span className="flex-[1_0_auto] text-base">{v.name}</span>
                <span className="font-bold text-brocade-700">{formatFen(v.priceFen)}</span>
                <span className="text-sm text-stone-600">{v.stock > 0 ? labels.stockLeft.replace("{n}", String(v.stock)) : labels.soldOut}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label={labels.quantity} name="quantity" type="number" inputMode="numeric" min={1} max={9999} step={1} defaultValue={state.values?.quantity ?? String(before?.quantity ?? 1)} required errors={state.fieldErrors?.quantity} />
      <FormMessage message={state.error} />
      {state.ok ? (
        <div aria-live="polite" className="rounded-lg bg-tea-50 p-3 text-tea-700">
          {labels.added}{" "}
          <Link href="/cart" className="font-medium underline">
            {labels.viewCart}
          </Link>
        </div>
      ) : null}
      <Button type="submit" disabled={pending || !firstInStock} className="w-full">
        {labels.add}
      </Button>
    </form>
  );
}
