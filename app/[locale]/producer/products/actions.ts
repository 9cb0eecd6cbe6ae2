"use server";

import { formValues } from "@/lib/action";
import { getSessionUser } from "@/lib/auth/session";
import { saveProduct } from "@/lib/catalog/editor";
import { productFormToInput } from "@/lib/catalog/form";
import { redirect } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/server-action";
import type { EditorState } from "@/components/producer/product-editor-form";

/** Thin adapter: the mutation checks the caller, the input and the ownership. */
export async function saveProductAction(_prev: EditorState, form: FormData): Promise<EditorState> {
  const [user, locale] = await Promise.all([getSessionUser(), requestLocale()]);
  const result = await saveProduct(productFormToInput(form), { user, locale });
  if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form), at: Date.now() };
  return redirect({ href: { pathname: `/producer/products/${result.data.id}/edit`, query: { saved: "1" } }, locale });
}
