/**
 * Stripe webhook: the signature is checked on the raw body (a bad, tampered or old signature → 400, nothing
 * written); each event id is recorded once together with its effect (lib/payments/online.ts).
 */
import { PaymentRefused, processStripeEvent } from "@/lib/payments/online";
import { verifyWebhook } from "@/lib/payments/stripe";

export const dynamic = "force-dynamic";

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(req: Request): Promise<Response> {
  const raw = await req.text();
  let event;
  try {
    event = verifyWebhook(raw, req.headers.get("stripe-signature"));
  } catch {
    return json({ error: "invalid_signature" }, 400);
  }
  try {
    const outcome = await processStripeEvent(event);
    return json({ received: true, outcome }, 200);
  } catch (e) {
    if (e instanceof PaymentRefused) {
      // Not acknowledged: Stripe retries and the dashboard shows the failure for an operator to look at.
      console.error(`[stripe] event ${event.id} refused: ${e.reason}`);
      return json({ error: "refused" }, 422);
    }
    console.error(`[stripe] event ${event.id} failed`, e instanceof Error ? e.message : e);
    return json({ error: "internal" }, 500);
  }
}
