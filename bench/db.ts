/**
 * The bench database: a dedicated PostgreSQL database (`xiangji_bench` next to DATABASE_URL's), dropped and
 * recreated on every run, migrated, seeded with the demo data, then grown by bench/generate.ts.
 */
import pg from "pg";
import { generateBenchData, type GenerateResult } from "./generate";

export const BENCH_DB = "xiangji_bench";

export function benchDatabaseUrl(base: string): string {
  const url = new URL(base);
  url.pathname = `/${BENCH_DB}`;
  return url.toString();
}

export async function recreateDatabase(baseUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${BENCH_DB}" with (force)`);
    await admin.query(`create database "${BENCH_DB}"`);
  } finally {
    await admin.end();
  }
  return benchDatabaseUrl(baseUrl);
}

export async function dropDatabase(baseUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${BENCH_DB}" with (force)`);
  } finally {
    await admin.end();
  }
}

/**
 * Migrate + seed through the app's own code (db/migrate.ts, db/seed.ts), then generate. The app modules read
 * DATABASE_URL, AUTH_SECRET and PII_KEY from process.env when first imported: the caller sets them first.
 */
export async function buildBenchData(benchUrl: string): Promise<{ seeded: unknown; generated: GenerateResult; timingsMs: Record<string, number> }> {
  const timingsMs: Record<string, number> = {};
  const { createPostgresHandle } = await import("../db/client");
  const { runMigrations } = await import("../db/migrate");
  const { seedDatabase } = await import("../db/seed");
  const handle = createPostgresHandle(benchUrl, 2);
  let seeded: unknown;
  try {
    let t0 = performance.now();
    await runMigrations(handle);
    timingsMs.migrate = Math.round(performance.now() - t0);
    t0 = performance.now();
    seeded = await seedDatabase(handle.db);
    timingsMs.seed = Math.round(performance.now() - t0);
  } finally {
    await handle.close();
  }
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  try {
    const t0 = performance.now();
    const generated = await generateBenchData(client);
    timingsMs.generate = Math.round(performance.now() - t0);
    return { seeded, generated, timingsMs };
  } finally {
    await client.end();
  }
}

export interface ExplainResult {
  name: string;
  sql: string;
  executionMs: number;
  plan: string;
}

/**
 * EXPLAIN ANALYZE of the shapes the public pages need, on the bench data. These are reference queries written
 * here against the schema (the domains own the real ones): they show which indexes the data set can use.
 */
export async function explainReferenceQueries(benchUrl: string): Promise<ExplainResult[]> {
  const queries: { name: string; sql: string }[] = [
    {
      name: "catalog page 1 (on sale, verified seller, newest)",
      sql: `select p.id, p.title, p.min_price_fen from products p join organizations o on o.id = p.org_id
            where p.status = 'on_sale' and p.hidden_reason is null and o.verification = 'verified'
            order by p.created_at desc limit 24`,
    },
    // The search's shape in lib/catalog/search.ts (catalogWhere): the title, or the producer's name matched per producer.
    {
      name: "Chinese search 猕猴桃 (title or producer name ILIKE)",
      sql: `select p.id, p.title from products p join organizations o on o.id = p.org_id
            where p.status = 'on_sale' and p.hidden_reason is null and o.verification = 'verified'
              and (p.title ilike '%猕猴桃%' or p.org_id in (select n.id from organizations n where n.name ilike '%猕猴桃%'))
            order by p.sales_count desc, p.created_at desc, p.id limit 20`,
    },
    {
      name: "Chinese search count 猕猴桃",
      sql: `select count(*) from products p join organizations o on o.id = p.org_id
            where p.status = 'on_sale' and p.hidden_reason is null and o.verification = 'verified'
              and (p.title ilike '%猕猴桃%' or p.org_id in (select n.id from organizations n where n.name ilike '%猕猴桃%'))`,
    },
    {
      name: "job board page 1 (open, newest)",
      sql: `select j.id, j.title from jobs j join organizations o on o.id = j.org_id
            where j.status = 'open' and j.hidden_reason is null and o.verification = 'verified'
            order by j.created_at desc limit 20`,
    },
    {
      name: "buyer order list page 1",
      sql: `select o.id, o.order_no, o.status, o.total_fen from orders o
            where o.buyer_id = (select id from users where lower(email) = 'buyer@demo.xiangji.cn')
            order by o.created_at desc limit 20`,
    },
    {
      name: "impact counters (home page)",
      sql: `select (select coalesce(sum(total_fen - refunded_fen), 0) from orders where paid_at is not null),
                   (select count(*) from orders where paid_at is not null and status <> 'refunded')`,
    },
  ];
  const client = new pg.Client({ connectionString: benchUrl });
  await client.connect();
  const out: ExplainResult[] = [];
  try {
    for (const q of queries) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers off, timing off) ${q.sql}`);
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      const m = /Execution Time: ([\d.]+) ms/.exec(plan);
      out.push({ name: q.name, sql: q.sql.replace(/\s+/g, " "), executionMs: m ? Number(m[1]) : NaN, plan });
    }
  } finally {
    await client.end();
  }
  return out;
}
