/**
 * Stripe Checkout in CNY. Amounts come from the database; every outgoing call carries an idempotency key.
 * STRIPE_API_BASE (tests, local development) points the client at a fake: its protocol, host and port go
 * into the client configuration.
 */
import Stripe from "stripe";
import { env } from "@/lib/env";
import type { OnlineCheckoutRequest, OnlinePaymentProvider, OnlineSessionState } from "./provider";

export function stripeClientConfig(base: string | undefined): { host?: string; port?: number; protocol?: "http" | "https" } {
  if (!base) return {};
  const u = new URL(base);
  const protocol = u.protocol === "http:" ? "http" : "https";
  return { host: u.hostname, port: u.port ? Number(u.port) : protocol === "http" ? 80 : 443, protocol };
}

let cached: { key: string; base: string | undefined; client: Stripe } | undefined;

export function stripeClient(): Stripe {
  const key = env.STRIPE_SECRET_KEY;
  if (!key) throw new Error("Stripe is not configured (STRIPE_SECRET_KEY)");
  if (cached && cached.key === key && cached.base === env.STRIPE_API_BASE) return cached.client;
  const client = new Stripe(key, { ...stripeClientConfig(env.STRIPE_API_BASE), maxNetworkRetries: 2, timeout: 20_000, telemetry: false });
  cached = { key, base: env.STRIPE_API_BASE, client };
  return client;
}

export function configuredMethods(): string[] {
  return env.STRIPE_PAYMENT_METHODS.split(",")
    .map((s) => s.trim())
    .filter((s) => /^[a-z_]+$/.test(s));
}

export function stripeProvider(): OnlinePaymentProvider {
  const stripe = stripeClient();
  return {
    async createCheckoutSession(req: OnlineCheckoutRequest) {
      const methods = configuredMethods();
      const params: Stripe.Checkout.SessionCreateParams = {
        mode: "payment",
        currency: "cny",
        allowed_payment_method_types: methods as Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType[],
        line_items: req.lines.map((l) => ({ quantity: 1, price_data: { currency: "cny", unit_amount: l.amountFen, product_data: { name: l.name } } })),
        client_reference_id: req.checkoutId,
        metadata: { checkout_id: req.checkoutId },
        payment_intent_data: { metadata: { checkout_id: req.checkoutId } },
        success_url: req.successUrl,
        cancel_url: req.cancelUrl,
        expires_at: Math.floor(req.expiresAt.getTime() / 1000),
        ...(req.buyerEmail ? { customer_email: req.buyerEmail } : {}),
        ...(methods.includes("wechat_pay") ? { payment_method_options: { wechat_pay: { client: "web" as const } } } : {}),
      };
      const session = await stripe.checkout.sessions.create(params, { idempotencyKey: `checkout-session:${req.checkoutId}` });
      if (!session.url) throw new Error("Stripe returned a session without a URL");
      return { sessionId: session.id, url: session.url };
    },
    async retrieveSession(sessionId: string): Promise<OnlineSessionState> {
      const s = await stripe.checkout.sessions.retrieve(sessionId);
      return {
        sessionId: s.id,
        checkoutId: s.metadata?.checkout_id ?? s.client_reference_id ?? null,
        paymentStatus: s.payment_status,
        amountTotal: s.amount_total,
        currency: s.currency,
        paymentIntent: typeof s.payment_intent === "string" ? s.payment_intent : (s.payment_intent?.id ?? null),
      };
    },
    async refund({ paymentIntent, amountFen, orderId, idempotencyKey }) {
      const r = await stripe.refunds.create({ payment_intent: paymentIntent, amount: amountFen, metadata: { order_id: orderId } }, { idempotencyKey });
      return { refundId: r.id, amountFen: r.amount };
    },
  };
}

/** Verify a webhook on the raw body; throws on a bad, tampered or old signature (default tolerance 300 s). */
export function verifyWebhook(rawBody: string, signature: string | null): Stripe.Event {
  const secret = env.STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) throw new Error("missing webhook secret or signature");
  return Stripe.webhooks.constructEvent(rawBody, signature, secret);
}
