/** POST /api/v1/orders — the same checkout as the page (lib/orders/checkout.ts), with explicit items. */
import { checkoutMutation } from "@/lib/orders/checkout";
import { expireStaleReservations } from "@/lib/orders/stock";
import { startOnlinePayment } from "@/lib/payments/online";
import { DomainError } from "@/lib/action";
import { getSessionUser } from "@/lib/auth/session";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { jsonResult } from "@/lib/server-action";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  const locale: Locale = req.headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
  const user = await getSessionUser();
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    body = undefined;
  }
  // The API never reads the cart: items are required here (the page checks out the cart).
  if (user && (!body || typeof body !== "object" || !Array.isArray((body as { items?: unknown }).items))) {
    const t = translator(locale);
    return Response.json({ error: "invalid", message: t("errors.invalid"), fieldErrors: { items: [t("errors.required")] } }, { status: 422, headers: { "Cache-Control": "private, no-store" } });
  }
  if (user) await expireStaleReservations();
  const result = await checkoutMutation(body, { user, locale });
  if (result.ok && result.data.paymentMethod === "stripe" && user) {
    try {
      const { url } = await startOnlinePayment(result.data.checkoutId, user.id);
      return jsonResult({ ok: true, data: { ...result.data, paymentUrl: url } }, 201);
    } catch (e) {
      const key = e instanceof DomainError ? e.key : "internal";
      return jsonResult({ ok: false, code: "conflict", error: translator(locale)(`errors.${key}`) });
    }
  }
  return jsonResult(result, 201);
}
