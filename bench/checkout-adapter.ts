/**
 * ADAPTER — the one place the bench knows the orders domain's checkout API.
 *
 * The checkout throughput measurement (bench/checkout.ts) calls the domain's checkout function directly, in
 * this process, against the bench database: the same code path as the checkout page's server action, without
 * HTTP. The orders domain (lib/orders/**) is built on another branch; until it is merged this adapter finds no
 * checkout function and the measurement reports "not available yet". When it lands, adjust CANDIDATES and
 * `toInput` below to the real module, export and input schema (one edit, here only).
 *
 * Contract assumed: a `mutation()` from lib/action.ts, i.e. `(raw: unknown, { user, locale }) => ActionResult`,
 * that turns the buyer's cart into orders and reserves stock with a conditional UPDATE; when stock runs out it
 * fails with code "sold_out".
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface BenchBuyer {
  id: string;
  name: string;
  roles: ("buyer" | "producer" | "employer" | "seeker" | "admin")[];
  locale: string;
}

export type CheckoutOutcome = { ok: true } | { ok: false; code: string; error: string };

export interface CheckoutAdapter {
  /** module#export actually called */
  source: string;
  /** Check out the buyer's current cart (the bench filled it beforehand). */
  checkout: (buyer: BenchBuyer) => Promise<CheckoutOutcome>;
}

// Where the checkout mutation may live, and what it may be called (first match wins).
const CANDIDATES = ["lib/orders/checkout.ts", "lib/orders/place-order.ts", "lib/orders/mutations.ts", "lib/orders/index.ts"];
const EXPORTS = ["checkoutMutation", "placeOrder", "checkout", "placeOrders", "createOrders", "checkoutCart", "submitCheckout"];

/** The checkout form's fields for a bank-transfer order to a Jinan address. */
function toInput(): Record<string, unknown> {
  return {
    paymentMethod: "bank_transfer",
    recipient: "压测收货人",
    recipientPhone: "13900000000",
    province: "山东省",
    city: "济南市",
    district: "历下区",
    addressDetail: "示例路 1 号",
    latestShipDays: 15,
  };
}

type MutationFn = (raw: unknown, opts: { user: BenchBuyer; locale?: "zh-CN" | "en" }) => Promise<{ ok: boolean; code?: string; error?: string }>;

export async function loadCheckoutAdapter(): Promise<CheckoutAdapter | { unavailable: string }> {
  for (const rel of CANDIDATES) {
    const file = path.resolve(rel);
    if (!fs.existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const name of EXPORTS) {
      const fn = mod[name];
      if (typeof fn !== "function") continue;
      const call = fn as MutationFn;
      return {
        source: `${rel}#${name}`,
        checkout: async (buyer) => {
          const r = await call(toInput(), { user: buyer, locale: "zh-CN" });
          return r.ok ? { ok: true } : { ok: false, code: r.code ?? "unknown", error: r.error ?? "" };
        },
      };
    }
  }
  return { unavailable: `no checkout function found (looked for ${EXPORTS.join("/")} in ${CANDIDATES.join(", ")})` };
}
