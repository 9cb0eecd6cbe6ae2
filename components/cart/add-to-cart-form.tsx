/**
 * Contract between the product page (catalog) and the cart (orders): the product page renders this form
 * with the product's variants. The orders domain owns its implementation (server action, quantity rules).
 * A plain server-action form: works without client JavaScript; the action checks the variant is on sale.
 */
import { getTranslations } from "next-intl/server";
import { addToCartAction } from "@/app/[locale]/cart/actions";
import { AddToCartFields } from "./add-to-cart-fields";

export interface AddToCartVariant {
  id: string;
  name: string;
  priceFen: number;
  stock: number;
}

export async function AddToCartForm({ productId, variants, chosen }: { productId: string; variants: AddToCartVariant[]; chosen?: { variantId: string; quantity: number } }) {
  const t = await getTranslations("cart");
  return (
    <div id="add-to-cart">
      <AddToCartFields
        action={addToCartAction}
        productId={productId}
        variants={variants}
        chosen={chosen}
        labels={{ variant: t("variant"), quantity: t("quantity"), add: t("add"), added: t("added"), viewCart: t("viewCart"), soldOut: t("soldOut"), stockLeft: t("stockLeft", { n: "{n}" }) }}
      />
    </div>
  );
}
