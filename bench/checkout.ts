/**
 * Checkout throughput: 200 concurrent buyers racing for 100 units, through the orders domain's own checkout
 * function (bench/checkout-adapter.ts) on the bench database, from this process.
 *   A. one variant with 100 in stock;   B. 100 variants with 1 in stock each (buyer i wants variant i mod 100).
 * Both are measured after one unmeasured warm-up race (B's shape, on its own variants).
 * Expected: exactly 100 orders for the 100 units, 0 oversold (stock never negative, stock + reserved + sold = 100),
 * the other 100 buyers told "sold out", no other error.
 */
import pg from "pg";
import { loadCheckoutAdapter, type BenchBuyer, type CheckoutAdapter } from "./checkout-adapter";

export interface CheckoutScenario {
  name: string;
  buyers: number;
  units: number;
  wallMs: number;
  ordersPerS: number;
  orders: number;
  unitsOrdered: number;
  oversold: number;
  soldOut: number;
  otherErrors: number;
  errorSamples: string[];
  stockConsistent: boolean;
}

export type CheckoutResult = { available: false; reason: string } | { available: true; source: string; scenarios: CheckoutScenario[] };

const BUYERS = 200;
const UNITS = 100;

async function fixture(client: pg.Client, variants: number, stockEach: number, label: string): Promise<string[]> {
  const { rows: org } = await client.query<{ id: string; region_code: string }>(
    `select id, region_code from organizations where type = 'producer' and verification = 'verified' order by created_at, id limit 1`,
  );
  const { id: orgId, region_code: region } = org[0]!;
  const ids: string[] = [];
  const { rows: products } = await client.query<{ id: string }>(
    `insert into products (org_id, title, description, category, origin_code, status, min_price_fen, is_demo)
     select $1, $2 || ' ' || g, '压测专用：并发下单', 'fruit', $3, 'on_sale', 6800, true from generate_series(1, $4) g returning id`,
    [orgId, `压测抢购猕猴桃 ${label}`, region, variants === 1 ? 1 : variants],
  );
  for (const p of products) {
    const { rows } = await client.query<{ id: string }>(
      `insert into product_variants (product_id, name, price_fen, stock, reserved, sold) values ($1, '5斤装', 6800, $2, 0, 0) returning id`,
      [p.id, stockEach],
    );
    ids.push(rows[0]!.id);
  }
  return ids;
}

async function runScenario(client: pg.Client, adapter: CheckoutAdapter, buyers: BenchBuyer[], name: string, variantIds: string[]): Promise<CheckoutScenario> {
  await client.query(`delete from cart_items where user_id = any($1::uuid[])`, [buyers.map((b) => b.id)]);
  await client.query(
    `insert into cart_items (user_id, variant_id, quantity) select u, v, 1 from unnest($1::uuid[], $2::uuid[]) as t(u, v)`,
    [buyers.map((b) => b.id), buyers.map((_, i) => variantIds[i % variantIds.length]!)],
  );
  const outcomes: { ok: boolean; code?: string; error?: string }[] = [];
  const t0 = performance.now();
  await Promise.all(
    buyers.map(async (b) => {
      try {
        outcomes.push(await adapter.checkout(b));
      } catch (e) {
        outcomes.push({ ok: false, code: "exception", error: e instanceof Error ? e.message : String(e) });
      }
    }),
  );
  const wallMs = performance.now() - t0;
  const { rows } = await client.query<{ orders: string; units: string }>(
    `select count(distinct oi.order_id) as orders, coalesce(sum(oi.quantity), 0) as units
       from order_items oi join orders o on o.id = oi.order_id
      where oi.variant_id = any($1::uuid[]) and o.status <> 'cancelled'`,
    [variantIds],
  );
  const { rows: stock } = await client.query<{ bad: string }>(
    `select count(*) as bad from product_variants where id = any($1::uuid[]) and (stock < 0 or stock + reserved + sold <> $2)`,
    [variantIds, UNITS / variantIds.length],
  );
  const orders = Number(rows[0]!.orders);
  const units = Number(rows[0]!.units);
  const fails = outcomes.filter((o) => !o.ok);
  const soldOut = fails.filter((o) => o.code === "sold_out").length;
  const other = fails.filter((o) => o.code !== "sold_out");
  return {
    name,
    buyers: buyers.length,
    units: UNITS,
    wallMs: Math.round(wallMs),
    ordersPerS: Math.round((orders / wallMs) * 1000 * 10) / 10,
    orders,
    unitsOrdered: units,
    oversold: Math.max(0, units - UNITS),
    soldOut,
    otherErrors: other.length,
    errorSamples: [...new Set(other.map((o) => `${o.code}: ${o.error}`))].slice(0, 5),
    stockConsistent: Number(stock[0]!.bad) === 0,
  };
}

/** Needs DATABASE_URL (the bench database) and the app's env set before the call. */
export async function measureCheckout(benchUrl: string): Promise<CheckoutResult> {
  const adapter = await loadCheckoutAdapter();
  if ("unavailable" in adapter) return { available: false, reason: adapter.unavailable };
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; name: string; locale: string }>(
      `select id, name, locale from users where email like 'bench-buyer-%@bench.xiangji.cn' order by email limit $1`,
      [BUYERS],
    );
    const buyers: BenchBuyer[] = rows.map((r) => ({ id: r.id, name: r.name, roles: ["buyer"], locale: r.locale }));
    if (buyers.length < BUYERS) throw new Error(`need ${BUYERS} bench buyers, found ${buyers.length}`);
    const one = await fixture(client, 1, UNITS, "A");
    const many = await fixture(client, UNITS, 1, "B");
    // Warm-up, not measured (as the HTTP figures come after a warm-up): the same race on variants of its own, so
    // that the measured races find the connection pool open and the code compiled, as on a server that has run.
    await runScenario(client, adapter, buyers, "warm-up", await fixture(client, UNITS, 1, "W"));
    const scenarios = [
      await runScenario(client, adapter, buyers, `${BUYERS} buyers, 1 variant × ${UNITS} units`, one),
      await runScenario(client, adapter, buyers, `${BUYERS} buyers, ${UNITS} variants × 1 unit`, many),
    ];
    return { available: true, source: adapter.source, scenarios };
  } finally {
    await client.end();
    const { closeDb } = await import("../db/client");
    await closeDb();
  }
}
