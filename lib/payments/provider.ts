/**
 * The payment-provider seam. Bank transfer (对公转账) is offline and always available: the buyer pays the
 * producer's account with the order number as reference, the producer confirms receipt. Stripe Checkout (CNY)
 * is offered only when STRIPE_SECRET_KEY is set. WeChat Pay / Alipay through Stripe need a non-mainland account,
 * so the list of methods comes from configuration (STRIPE_PAYMENT_METHODS).
 */
import { env } from "@/lib/env";

export type PaymentMethod = "bank_transfer" | "stripe";

export interface OnlineCheckoutRequest {
  checkoutId: string;
  buyerEmail: string | null;
  /** One line per order of the checkout; amounts in integer fen from the database. */
  lines: { name: string; amountFen: number }[];
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
}

export interface OnlineCheckoutSession {
  sessionId: string;
  url: string;
}

export interface OnlineSessionState {
  sessionId: string;
  checkoutId: string | null;
  paymentStatus: string;
  amountTotal: number | null;
  currency: string | null;
  paymentIntent: string | null;
}

export interface OnlinePaymentProvider {
  createCheckoutSession(req: OnlineCheckoutRequest): Promise<OnlineCheckoutSession>;
  retrieveSession(sessionId: string): Promise<OnlineSessionState>;
  /** Refund part or all of a payment; the idempotency key makes a retried call refund once. */
  refund(args: { paymentIntent: string; amountFen: number; orderId: string; idempotencyKey: string }): Promise<{ refundId: string; amountFen: number }>;
}

export function availablePaymentMethods(): PaymentMethod[] {
  return env.STRIPE_SECRET_KEY ? ["bank_transfer", "stripe"] : ["bank_transfer"];
}

export function isOnlinePaymentEnabled(): boolean {
  return Boolean(env.STRIPE_SECRET_KEY);
}

export async function onlineProvider(): Promise<OnlinePaymentProvider> {
  const { stripeProvider } = await import("./stripe");
  return stripeProvider();
}
