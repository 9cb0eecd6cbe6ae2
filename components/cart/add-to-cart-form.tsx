/**
 * Contract between the product page (catalog) and the cart (orders): the product page renders this form
 * with the product's variants. The orders domain owns its implementation (server action, quantity rules).
 */
export interface AddToCartVariant {
  id: string;
  name: string;
  priceFen: number;
  stock: number;
}

export function AddToCartForm({ productId, variants }: { productId: string; variants: AddToCartVariant[] }) {
  return (
    <div id="add-to-cart" data-product-id={productId} data-variants={variants.length}>
      {/* Implemented by the orders domain. */}
    </div>
  );
}
