/**
 * A tiny local stand-in for the Stripe API (never the real Stripe in tests): POST /v1/checkout/sessions,
 * GET /v1/checkout/sessions/:id, POST /v1/refunds. Requests with a seen Idempotency-Key replay the first answer.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

type Json = Record<string, unknown>;

/** Stripe's form encoding (a[b][0][c]=1) → nested objects/arrays. */
export function parseStripeForm(body: string): Json {
  const out: Json = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return out;
}

export interface FakeStripe {
  url: string;
  sessions: Map<string, Json>;
  refunds: Json[];
  requests: { method: string; path: string; idempotencyKey: string | undefined; body: Json }[];
  close: () => Promise<void>;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const sessions = new Map<string, Json>();
  const refunds: Json[] = [];
  const requests: FakeStripe["requests"] = [];
  const replay = new Map<string, { status: number; body: Json }>();
  let n = 0;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const body = parseStripeForm(raw);
      const key = req.headers["idempotency-key"] as string | undefined;
      const path = (req.url ?? "").split("?")[0]!;
      requests.push({ method: req.method ?? "", path, idempotencyKey: key, body });
      const send = (status: number, json: Json) => {
        if (key && req.method === "POST") replay.set(key, { status, body: json });
        res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++n}` });
        res.end(JSON.stringify(json));
      };
      if (key && req.method === "POST" && replay.has(key)) {
        const r = replay.get(key)!;
        res.writeHead(r.status, { "content-type": "application/json", "idempotent-replayed": "true" });
        res.end(JSON.stringify(r.body));
        return;
      }
      if (req.method === "POST" && path === "/v1/checkout/sessions") {
        const items = (body.line_items as Json[] | undefined) ?? [];
        const amount = items.reduce((s, it) => s + Number((it.price_data as Json).unit_amount) * Number(it.quantity), 0);
        const id = `cs_test_${++n}`;
        const session = { id, object: "checkout.session", url: `https://checkout.stripe.test/pay/${id}`, amount_total: amount, currency: (items[0]?.price_data as Json | undefined)?.currency ?? "cny", payment_status: "unpaid", status: "open", metadata: body.metadata ?? {}, client_reference_id: body.client_reference_id ?? null, payment_intent: null, expires_at: Number(body.expires_at) };
        sessions.set(id, session);
        return send(200, session);
      }
      const m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/);
      if (req.method === "GET" && m) {
        const s = sessions.get(m[1]!);
        return s ? send(200, s) : send(404, { error: { type: "invalid_request_error", message: "No such checkout.session" } });
      }
      if (req.method === "POST" && path === "/v1/refunds") {
        const refund = { id: `re_test_${++n}`, object: "refund", amount: Number(body.amount), payment_intent: body.payment_intent, metadata: body.metadata ?? {}, status: "succeeded", currency: "cny" };
        refunds.push(refund);
        return send(200, refund);
      }
      send(404, { error: { type: "invalid_request_error", message: `unknown ${req.method} ${path}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, sessions, refunds, requests, close: () => new Promise((r) => server.close(() => r())) };
}
