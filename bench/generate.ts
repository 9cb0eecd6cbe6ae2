/**
 * The bench data set, generated set-based (INSERT … SELECT generate_series) on top of the demo seed:
 * 200 producer organisations (40 of them workshops), 40 Jinan employers, 10,000 products with 2 variants each,
 * 2,000 jobs, 1,000 buyers and 50,000 orders (1–3 items each) spread over 2026, then ANALYZE.
 *
 * Everything is deterministic in the row number `n`, so two runs produce the same shape (ids differ).
 * Invariants kept: per variant, 1000 initial units = stock + reserved + sold (paid/shipped/received/completed
 * count in sold, pending_payment in reserved, cancelled and refunded were released); order totals are the sum
 * of their items; every order has its own checkout group.
 *
 * Used by bench/run.ts; can also run alone: `DATABASE_URL=… npx tsx bench/generate.ts` (on an already seeded db).
 */
import pg from "pg";

export const SIZES = { producers: 200, workshopsEvery: 5, employers: 40, products: 10_000, jobs: 2_000, buyers: 1_000, orders: 50_000 } as const;

const COUNTIES = [
  ["433101", "吉首"],
  ["433122", "泸溪"],
  ["433123", "凤凰"],
  ["433124", "花垣"],
  ["433125", "保靖"],
  ["433126", "古丈"],
  ["433127", "永顺"],
  ["433130", "龙山"],
] as const;
const JINAN = ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];

// goods word, category, base price in fen (standard pack)
const GOODS = [
  ["猕猴桃", "fruit", 6800],
  ["红心猕猴桃", "fruit", 8800],
  ["黄金茶", "tea", 12800],
  ["椪柑", "fruit", 4900],
  ["葡萄", "fruit", 5900],
  ["腊肉", "meat_poultry", 9800],
  ["蜂蜜", "specialty", 7800],
  ["西兰卡普", "craft", 16800],
  ["苗绣", "craft", 19800],
  ["茶油", "grain_oil", 11800],
  ["百合", "vegetable", 5800],
  ["香米", "grain_oil", 6900],
  ["土鸡蛋", "meat_poultry", 4500],
  ["莓茶", "tea", 6600],
  ["酸萝卜", "vegetable", 2900],
  ["冬笋", "vegetable", 3900],
  ["银饰", "craft", 29800],
  ["猪血丸子", "meat_poultry", 5200],
] as const;
const ADJECTIVES = ["高山", "有机", "生态", "农家", "手工", "古法", "精选", "特级", "新鲜", "原生态"];
const SPECS = ["5斤装", "10斤装", "礼盒装", "250g", "500g", "一级", "家庭装", "尝鲜装"];
const JOB_WORDS = ["缝纫工", "苗绣绣娘", "焊工", "电工", "普工", "茶叶采摘工", "电商客服", "叉车司机", "育婴师", "家政服务员", "包装工", "质检员"];
const JOB_PLACES = ["扶贫车间", "居家计件", "产业园", "合作社基地", "济南工厂"];

/** SQL array literal of strings (our own constants only: no user input reaches this). */
const arr = (xs: readonly (string | number)[]) => `array[${xs.map((x) => (typeof x === "number" ? String(x) : `'${x}'`)).join(",")}]`;

export interface GenerateResult {
  counts: Record<string, number>;
  timingsMs: Record<string, number>;
}

export async function generateBenchData(client: pg.Client | pg.PoolClient): Promise<GenerateResult> {
  const timingsMs: Record<string, number> = {};
  const step = async (name: string, sql: string) => {
    const t0 = performance.now();
    await client.query(sql);
    timingsMs[name] = Math.round(performance.now() - t0);
  };
  const counties = arr(COUNTIES.map((c) => c[0]));
  const countyNames = arr(COUNTIES.map((c) => c[1]));
  const { producers, workshopsEvery, employers, products, jobs, buyers, orders } = SIZES;

  await client.query("begin");
  await step(
    "organisations",
    `
    create temp table b_orgs on commit drop as
      select n, gen_random_uuid() as id,
        case when n % ${workshopsEvery} = 0 then 'workshop' else 'producer' end::org_type as type,
        (${counties})[1 + n % 8] as region_code,
        (${countyNames})[1 + n % 8] as county
      from generate_series(0, ${producers - 1}) n;
    insert into organizations (id, type, kind, name, region_code, township, story, households_supported, contact_phone,
                               verification, verified_at, is_demo, created_at, updated_at)
      select id, type,
        (case when type = 'workshop' then 'workshop_factory' else (array['cooperative','family_farm','enterprise'])[1 + n % 3] end)::org_kind,
        county || (array['十八洞','大坡','司城','场坪','夯沙','排碧','洛塔','里耶'])[1 + (n / 8) % 8] ||
          case when type = 'workshop' then '扶贫车间' else '合作社' end || '（压测 ' || n || '）',
        region_code, '示例镇', '压测数据：党支部+合作社+农户。', 10 + n % 190, '0743-' || lpad(n::text, 7, '0'),
        'verified', timestamptz '2026-02-01 09:00+08', true, timestamptz '2026-01-20 09:00+08', timestamptz '2026-01-20 09:00+08'
      from b_orgs;
    create temp table b_employers on commit drop as
      select n, gen_random_uuid() as id, (${arr(JINAN)})[1 + n % ${JINAN.length}] as region_code from generate_series(0, ${employers - 1}) n;
    insert into organizations (id, type, kind, name, region_code, story, verification, verified_at, is_demo, created_at, updated_at)
      select id, 'employer', 'jinan_employer', '济南用工单位（压测 ' || n || '）', region_code, '压测数据', 'verified',
        timestamptz '2026-02-01 09:00+08', true, timestamptz '2026-01-20 09:00+08', timestamptz '2026-01-20 09:00+08'
      from b_employers;
  `,
  );

  await step(
    "products",
    `
    create temp table b_products on commit drop as
      select p.n, gen_random_uuid() as id, o.id as org_id, o.region_code, o.county,
        (${arr(GOODS.map((g) => g[0]))})[1 + (p.n / ${producers}) % ${GOODS.length}] as good,
        (${arr(GOODS.map((g) => g[1]))})[1 + (p.n / ${producers}) % ${GOODS.length}] as category,
        (${arr(GOODS.map((g) => g[2]))})[1 + (p.n / ${producers}) % ${GOODS.length}] as base_fen,
        (${arr(ADJECTIVES)})[1 + (p.n / 7) % ${ADJECTIVES.length}] as adj,
        (${arr(SPECS)})[1 + (p.n / 3) % ${SPECS.length}] as spec
      from generate_series(0, ${products - 1}) p(n) join b_orgs o on o.n = p.n % ${producers};
    insert into products (id, org_id, title, description, category, origin_code, status, season_months, certification_no,
                          certification_county, certification_batch, certified_until, min_price_fen, is_demo, created_at, updated_at)
      select id, org_id, county || adj || good || ' ' || spec,
        county || '出产的' || adj || good || '，' || spec || '。压测数据，描述文字用于检索与详情页渲染。',
        category::product_category, region_code,
        (case when n % 50 = 0 then 'paused' when n % 97 = 0 then 'draft' else 'on_sale' end)::product_status,
        array[1 + n % 12, 1 + (n + 1) % 12, 1 + (n + 2) % 12]::smallint[],
        case when n % 3 = 0 then 'XX-2026-' || lpad(n::text, 6, '0') end,
        case when n % 3 = 0 then region_code end,
        case when n % 3 = 0 then '2026年第' || (1 + n % 4) || '批' end,
        case when n % 3 = 0 then date '2027-06-30' end,
        base_fen, true,
        timestamptz '2026-01-01 08:00+08' + (n % 300) * interval '1 day' + (n % 1440) * interval '1 minute',
        timestamptz '2026-01-01 08:00+08' + (n % 300) * interval '1 day'
      from b_products;
    create temp table b_variants on commit drop as
      select p.n as pn, v.k, gen_random_uuid() as id, p.id as product_id,
        case v.k when 0 then '标准装' else '家庭装' end as name,
        case v.k when 0 then p.base_fen else p.base_fen * 2 - 800 end as price_fen
      from b_products p cross join (values (0), (1)) v(k);
    insert into product_variants (id, product_id, name, price_fen, stock, reserved, sold, sort, active)
      select id, product_id, name, price_fen, 1000, 0, 0, k, true from b_variants;
  `,
  );

  await step(
    "jobs",
    `
    insert into jobs (org_id, title, description, kind, region_code, place, pay_type, pay_min_fen, pay_max_fen, piece_unit,
                      headcount, hours, skills, benefits, priority_poor, closes_on, status, is_demo, created_at, updated_at)
      select
        case when j.n % 2 = 0 then w.id else e.id end,
        case when j.n % 2 = 0 then w.county else '济南' end || (${arr(JOB_WORDS)})[1 + (j.n / 2) % ${JOB_WORDS.length}] ||
          '（' || (${arr(JOB_PLACES)})[1 + j.n % ${JOB_PLACES.length}] || '）',
        '压测数据：岗位职责、工作时间与待遇说明。包吃包住，提供岗前培训。',
        (case when j.n % 2 = 1 then 'transfer_jinan' when j.n % 4 = 0 then 'workshop_near_home' else 'home_based' end)::job_kind,
        case when j.n % 2 = 0 then w.region_code else e.region_code end,
        case when j.n % 2 = 0 then w.county || '示例镇' else '济南市' end,
        (case when j.n % 4 = 2 then 'piece_rate' else 'monthly' end)::pay_type,
        case when j.n % 4 = 2 then 200 + j.n % 300 else 300000 + (j.n % 20) * 10000 end,
        case when j.n % 4 = 2 then 500 + j.n % 300 else 450000 + (j.n % 20) * 15000 end,
        case when j.n % 4 = 2 then '件' end,
        1 + j.n % 20, '8:00-17:30，周末双休',
        array[(${arr(JOB_WORDS)})[1 + (j.n / 2) % ${JOB_WORDS.length}]],
        case j.n % 3 when 0 then array['housing','meals'] when 1 then array['transport','training'] else array['meals','training'] end,
        j.n % 3 = 0, date '2027-03-31',
        (case when j.n % 10 = 9 then 'closed' when j.n % 25 = 24 then 'filled' else 'open' end)::job_status,
        true,
        timestamptz '2026-01-05 09:00+08' + (j.n % 320) * interval '1 day' + (j.n % 600) * interval '1 minute',
        timestamptz '2026-01-05 09:00+08' + (j.n % 320) * interval '1 day'
      from generate_series(0, ${jobs - 1}) j(n)
      join b_orgs w on w.n = ((j.n / 2) % (${producers} / ${workshopsEvery})) * ${workshopsEvery}
      join b_employers e on e.n = (j.n / 2) % ${employers};
  `,
  );

  await step(
    "buyers",
    `
    create temp table b_buyers on commit drop as
      select n, gen_random_uuid() as id from generate_series(0, ${buyers - 1}) n;
    -- The demo password hash is reused (argon2 is slow on purpose); nobody signs in as these buyers over HTTP.
    insert into users (id, email, name, password_hash, roles, is_demo, created_at, updated_at)
      select b.id, 'bench-buyer-' || b.n || '@bench.xiangji.cn', '压测买家' || b.n, d.password_hash, '{buyer}'::role[], true,
        timestamptz '2026-01-01 08:00+08', timestamptz '2026-01-01 08:00+08'
      from b_buyers b cross join (select password_hash from users where lower(email) = 'buyer@demo.xiangji.cn') d;
  `,
  );

  await step(
    "orders",
    `
    create temp table b_orders on commit drop as
      select g.n, gen_random_uuid() as id, gen_random_uuid() as checkout_id,
        case when g.n % 100 = 0 then (select id from users where lower(email) = 'buyer@demo.xiangji.cn') else b.id end as buyer_id,
        o.id as seller_org_id, g.n % ${producers} as seller_n,
        (array['completed','completed','completed','completed','completed','completed','completed','completed','completed','completed',
               'paid','paid','shipped','shipped','received','received','pending_payment','pending_payment','cancelled','refunded'])[1 + g.n % 20]::order_status as status,
        timestamptz '2026-01-01 00:00+08' + ((g.n::bigint * 7919) % (333 * 1440)) * interval '1 minute' as created_at
      from generate_series(0, ${orders - 1}) g(n)
      join b_buyers b on b.n = g.n % ${buyers}
      join b_orgs o on o.n = g.n % ${producers};
    create temp table b_items on commit drop as
      select bo.id as order_id, bo.n as order_n, p.id as product_id, v.id as variant_id, p.title, v.name as variant_name,
        v.price_fen, 1 + (bo.n + i.k) % 4 as qty, p.category, p.origin_code, p.certification_no is not null as certified, bo.status
      from b_orders bo
      cross join generate_series(0, 2) i(k)
      join b_products bp on bp.n = bo.seller_n + ${producers} * ((bo.n * 31 + i.k * 17) % (${products} / ${producers}))
      join products p on p.id = bp.id
      join b_variants v on v.product_id = p.id and v.k = (bo.n + i.k) % 2
      where i.k <= bo.n % 3;
    insert into checkouts (id, buyer_id, payment_method, total_fen, created_at)
      select bo.id_c, bo.buyer_id, bo.pm::payment_method, t.total, bo.created_at
      from (select checkout_id as id_c, id, buyer_id, created_at, case when n % 3 = 0 then 'bank_transfer' else 'stripe' end as pm from b_orders) bo
      join (select order_id, sum(price_fen * qty) as total from b_items group by order_id) t on t.order_id = bo.id;
    insert into orders (id, order_no, checkout_id, buyer_id, seller_org_id, status, payment_method, subtotal_fen, shipping_fen,
                        total_fen, refunded_fen, recipient, recipient_phone, province, city, district, address_detail,
                        buyer_district_code, latest_ship_days, reservation_expires_at, stock_released, paid_at, shipped_at,
                        received_at, completed_at, cancelled_at, is_demo, created_at, updated_at)
      select bo.id, 'XB' || lpad(bo.n::text, 8, '0'), bo.checkout_id, bo.buyer_id, bo.seller_org_id, bo.status,
        (case when bo.n % 3 = 0 then 'bank_transfer' else 'stripe' end)::payment_method,
        t.total, 0, t.total, case when bo.status = 'refunded' then t.total else 0 end,
        '压测收货人', '13900000000', '山东省', '济南市', '历下区', '示例路 ' || bo.n || ' 号',
        (${arr(JINAN)})[1 + bo.n % ${JINAN.length}], (array[7, 15, 30])[1 + bo.n % 3],
        -- Reservations of unpaid orders are still open. A live server's one-minute sweep cancels every pending order
        -- whose reservation ran out, so none are older than their payment window; with the old created_at + 1 day,
        -- the first minutes of each bench run measured that sweep cancelling ~5,000 orders alongside the HTTP load.
        case when bo.status = 'pending_payment' then now() + interval '1 day' end,
        bo.status in ('cancelled', 'refunded'),
        case when bo.status not in ('pending_payment', 'cancelled') then bo.created_at + interval '1 hour' end,
        case when bo.status in ('shipped', 'received', 'completed', 'refunded') then bo.created_at + interval '2 days' end,
        case when bo.status in ('received', 'completed') then bo.created_at + interval '5 days' end,
        case when bo.status = 'completed' then bo.created_at + interval '12 days' end,
        case when bo.status = 'cancelled' then bo.created_at + interval '1 day' end,
        true, bo.created_at, bo.created_at
      from b_orders bo join (select order_id, sum(price_fen * qty) as total from b_items group by order_id) t on t.order_id = bo.id;
    insert into order_items (order_id, product_id, variant_id, title_snapshot, variant_snapshot, unit_price_fen, quantity,
                             line_total_fen, certified, category, origin_code)
      select order_id, product_id, variant_id, title, variant_name, price_fen, qty, price_fen * qty, certified, category, origin_code
      from b_items;
  `,
  );

  await step(
    "counters",
    `
    update product_variants v set
        sold = s.sold, reserved = s.reserved, stock = 1000 - s.sold - s.reserved
      from (select variant_id,
                   coalesce(sum(qty) filter (where status in ('paid','shipped','received','completed')), 0) as sold,
                   coalesce(sum(qty) filter (where status = 'pending_payment'), 0) as reserved
            from b_items group by variant_id) s
      where v.id = s.variant_id;
    update products p set
        min_price_fen = m.min_price, sales_count = m.sold
      from (select product_id, min(price_fen) as min_price, sum(sold) as sold from product_variants
            where product_id in (select id from b_products) group by product_id) m
      where p.id = m.product_id;
  `,
  );
  await client.query("commit");
  await step("analyze", "analyze");

  const { rows } = await client.query<{ t: string; c: string }>(`
    select 'organizations' t, count(*) c from organizations union all select 'products', count(*) from products
    union all select 'product_variants', count(*) from product_variants union all select 'jobs', count(*) from jobs
    union all select 'users', count(*) from users union all select 'orders', count(*) from orders
    union all select 'order_items', count(*) from order_items`);
  return { counts: Object.fromEntries(rows.map((r) => [r.t, Number(r.c)])), timingsMs };
}

// Stand-alone: DATABASE_URL=… npx tsx bench/generate.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  console.log(await generateBenchData(client));
  await client.end();
}
