import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { apiLogin, DEMO, expect, test } from "./fixtures";

/**
 * Unauthorized access, over plain HTTP, the way an attacker would try it (items of SECURITY-CHECKLIST.md):
 * A1 the x-middleware-subrequest proxy bypass, A2 server actions posted directly by the wrong people, A3 Origin
 * and X-Forwarded-Host spoofing on actions, A5 the image optimizer as an SSRF proxy, A6 shared-cache isolation,
 * B7 CSRF on Auth.js sign-in and sign-out, E4 a 50 MB upload. Refusals are paired with the same request made by the
 * right person and succeeding (the owner's post, its own csrfToken, a small form), so a refusal cannot pass merely
 * because the crafted request was malformed.
 */

const TEA = "tea@demo.xiangji.cn";
const NO_SUCH_ORDER = "00000000-0000-4000-8000-000000000000";
const FORGED_SESSION = "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.garbage.garbage.garbage.garbage";
const SUBREQUEST_HEADERS = ["proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware"];
/** What a crafted order carries: none of it may appear in an answer to anyone but its buyer and seller. */
const RECIPIENT = { recipient: "越权测试收件人", recipientPhone: "13912345678", addressDetail: "泉城路 188 号 越权测试室" };

/** What the data layer answers (messages/zh-CN/errors.json). */
const ERR = { unauthenticated: "请先登录。", notFound: "找不到这条记录，可能已被删除。", forbidden: "你没有权限执行这个操作。" };

interface PlacedOrder {
  id: string;
  orderNo: string;
}

let ipCounter = 0;
/** A client address of its own for each extra HTTP client, so sign-in throttling never mixes them up. */
function nextIp(block: number): string {
  ipCounter += 1;
  return `198.20.${block}.${(ipCounter % 250) + 1}`;
}
const contexts: APIRequestContext[] = [];

test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.dispose()));
});

/** A separate HTTP client signed in as `account` (its own cookie jar and client address). */
async function signedIn(newContext: () => Promise<APIRequestContext>, account: string): Promise<APIRequestContext> {
  const ctx = await newContext();
  contexts.push(ctx);
  await apiLogin(ctx, account);
  const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
  expect(cookies, `session for ${account}`).toContain("authjs.session-token");
  return ctx;
}

/** The 250 g bag of 十八洞猕猴桃果干 (十八洞果业, DEMO.producer): plenty of stock, no other spec counts it. */
async function driedKiwiVariant(request: APIRequestContext): Promise<string> {
  const list = (await (await request.get(`/api/v1/products?q=${encodeURIComponent("猕猴桃果干")}`)).json()) as { items: { id: string; title: string }[] };
  const product = list.items.find((p) => p.title === "十八洞猕猴桃果干");
  expect(product, "seeded product 十八洞猕猴桃果干").toBeTruthy();
  const detail = (await (await request.get(`/api/v1/products/${product!.id}`)).json()) as { variants: { id: string; name: string }[] };
  return detail.variants.find((v) => v.name === "250g袋装")!.id;
}

/** A fresh bank-transfer order (pending payment) placed by `buyer` through the API. */
async function placeOrder(buyer: APIRequestContext): Promise<PlacedOrder> {
  const variantId = await driedKiwiVariant(buyer);
  const res = await buyer.post("/api/v1/orders", {
    data: { items: [{ variantId, quantity: 1 }], ...RECIPIENT, province: "山东省", city: "济南市", district: "历下区", latestShipDays: 7, paymentMethod: "bank_transfer" },
  });
  expect(res.status(), await res.text()).toBe(201);
  const order = ((await res.json()) as { orders: PlacedOrder[] }).orders[0]!;
  expect(await statusOf(buyer, order.id)).toBe("pending_payment");
  return order;
}

/** The order's status as its owner's API reports it. */
async function statusOf(owner: APIRequestContext, orderId: string): Promise<string> {
  const res = await owner.get(`/api/v1/orders/${orderId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { status: string }).status;
}

function decodeEntities(s: string): string {
  return s
    .replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}

/**
 * The fields a browser without JavaScript posts for the form whose submit button reads `button`: React renders a
 * server action's form as a multipart POST carrying the action reference in hidden inputs ($ACTION_REF_n, $ACTION_n:0
 * holding the action id, $ACTION_n:1 the bound state, $ACTION_KEY), next to the form's own hidden fields.
 * Found by its submit button's text: for an action behind a ConfirmStep, the confirming button, not the summary.
 */
function noJsForm(html: string, button: string | RegExp): Record<string, string> {
  const label = typeof button === "string" ? (f: string) => f.includes(`>${button}</button>`) : (f: string) => button.test(f);
  const form = (html.match(/<form\b[^>]*>[\s\S]*?<\/form>/g) ?? []).find(label);
  expect(form, `a form with the button ${button}`).toBeTruthy();
  expect(form).toMatch(/<form\b[^>]*method="POST"/i);
  expect(form).toMatch(/<form\b[^>]*encType="multipart\/form-data"/i);
  const fields: Record<string, string> = {};
  for (const [tag] of form!.matchAll(/<input\b[^>]*>/g)) {
    if (!/\btype="hidden"/.test(tag)) continue;
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name) fields[decodeEntities(name)] = decodeEntities(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION_REF_") || k.startsWith("$ACTION_ID_")), "the form carries a server action reference").toBe(true);
  expect(Object.values(fields).some((v) => /"id":"[0-9a-f]{40,}"/.test(v) || /^[0-9a-f]{40,}$/.test(v)), "the form carries a server action id").toBe(true);
  return fields;
}

async function pageHtml(ctx: APIRequestContext, path: string): Promise<string> {
  const res = await ctx.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

/** Post a no-JS form as the browser would: multipart, to the page's own URL, without following the redirect. */
function postForm(ctx: APIRequestContext, path: string, fields: Record<string, string>, headers: Record<string, string>): Promise<APIResponse> {
  return ctx.post(path, { multipart: fields, headers, maxRedirects: 0 });
}

async function expectNoLeak(res: APIResponse, order: PlacedOrder) {
  const body = await res.text();
  // Not the id: the caller sent it (and a redirect to sign in carries it back in callbackUrl).
  for (const secret of [order.orderNo, RECIPIENT.recipient, RECIPIENT.recipientPhone, RECIPIENT.addressDetail]) {
    expect(body, `the answer must not carry ${secret}`).not.toContain(secret);
  }
}

function expectLoginRedirect(res: APIResponse) {
  expect(res.status()).toBe(307);
  expect(new URL(res.headers()["location"]!, "http://x").pathname).toBe("/login");
}

interface ActionPost {
  path: string;
  fields: Record<string, string>;
  headers: Record<string, string>;
  order: PlacedOrder;
  /** reads the order's status afterwards */
  owner: APIRequestContext;
}

/**
 * A forged session cookie gets past the proxy: the action runs without a user and refuses (its answer is in the
 * page payload), then the page sends to sign in. Another account of the same role gets 404, as for an order that
 * does not exist. Neither shows the order, and the order is still unpaid.
 */
async function expectForgedAndStrangerRefused(request: APIRequestContext, stranger: APIRequestContext, post: ActionPost, label = "") {
  const forged = await postForm(request, post.path, post.fields, { ...post.headers, cookie: FORGED_SESSION });
  expectLoginRedirect(forged);
  expect(await forged.text(), label).toContain(ERR.unauthenticated);
  await expectNoLeak(forged, post.order);
  const res = await postForm(stranger, post.path, post.fields, post.headers);
  expect(res.status(), label).toBe(404);
  expect(await res.text(), label).toContain(ERR.notFound);
  await expectNoLeak(res, post.order);
  expect(await statusOf(post.owner, post.order.id), label).toBe("pending_payment");
}

/** The identical post by the rightful account goes through: the refused requests were well-formed. */
async function expectGenuineCancels(ctx: APIRequestContext, post: ActionPost) {
  const genuine = await postForm(ctx, post.path, post.fields, post.headers);
  expect(genuine.status()).toBe(303);
  expect(genuine.headers()["location"]).toBe(post.path);
  expect(await statusOf(post.owner, post.order.id)).toBe("cancelled");
}

test.describe("A1: the proxy is only a redirect, each page and route checks the session itself", () => {
  test("signed out, x-middleware-subrequest does not open /producer, /admin, /orders or an order over the API", async ({ request, playwright, baseURL }) => {
    const buyer = await signedIn(() => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(1) } }), DEMO.buyer);
    const order = await placeOrder(buyer);
    for (const subrequest of SUBREQUEST_HEADERS) {
      for (const path of ["/producer", "/admin", "/orders", `/orders/${order.id}`]) {
        const res = await request.get(path, { headers: { "x-middleware-subrequest": subrequest }, maxRedirects: 0 });
        expect(res.status(), `${path} with ${subrequest}`).toBe(307);
        expect(res.headers()["location"], path).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
        await expectNoLeak(res, order);
      }
      for (const id of [order.id, NO_SUCH_ORDER]) {
        const res = await request.get(`/api/v1/orders/${id}`, { headers: { "x-middleware-subrequest": subrequest } });
        expect(res.status(), `order API with ${subrequest}`).toBe(401);
        expect(((await res.json()) as { error: string }).error).toBe("unauthenticated");
        await expectNoLeak(res, order);
      }
    }
  });

  test("a forged session cookie passes the proxy's cookie check, yet every page still sends the visitor to sign in", async ({ request, playwright, baseURL }) => {
    const buyer = await signedIn(() => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(2) } }), DEMO.buyer);
    const order = await placeOrder(buyer);
    for (const path of ["/producer", "/admin", "/orders", `/orders/${order.id}`, "/seeker/profile"]) {
      const res = await request.get(path, { headers: { cookie: FORGED_SESSION, "x-middleware-subrequest": SUBREQUEST_HEADERS[0]! }, maxRedirects: 0 });
      // The page's own redirect (requireUser), not the proxy's: the proxy let the request through on the cookie's name.
      expect(res.status(), path).toBe(307);
      expect(new URL(res.headers()["location"]!, "http://x").pathname, path).toBe("/login");
      await expectNoLeak(res, order);
    }
    const api = await request.get(`/api/v1/orders/${order.id}`, { headers: { cookie: FORGED_SESSION } });
    expect(api.status()).toBe(401);
  });
});

test.describe("A2: server actions are public endpoints", () => {
  test("the buyer's no-JS cancel form, posted signed out, with a forged cookie and by another buyer, changes nothing and shows nothing; the owner's same post cancels", async ({ request, playwright, baseURL }) => {
    const newContext = () => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(3) } });
    const owner = await signedIn(newContext, DEMO.buyer);
    const other = await signedIn(newContext, DEMO.union);
    const order = await placeOrder(owner);
    const path = `/orders/${order.id}`;
    const fields = noJsForm(await pageHtml(owner, path), "确认取消订单");
    expect(fields["orderId"]).toBe(order.id);
    const origin = { origin: new URL(baseURL!).origin };

    // Signed out: the proxy sends the post to sign in.
    const anonymous = await postForm(request, path, fields, origin);
    expectLoginRedirect(anonymous);
    await expectNoLeak(anonymous, order);
    const post: ActionPost = { path, fields, headers: origin, order, owner };
    await expectForgedAndStrangerRefused(request, other, post);
    await expectGenuineCancels(owner, post);
  });

  test("the producer's no-JS payment and cancel forms, posted with a forged cookie, by another producer and by the buyer, change nothing; the owning producer's post cancels", async ({ request, playwright, baseURL }) => {
    const newContext = () => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(4) } });
    const buyer = await signedIn(newContext, DEMO.buyer);
    const seller = await signedIn(newContext, DEMO.producer);
    const otherSeller = await signedIn(newContext, TEA);
    const order = await placeOrder(buyer);
    const path = `/producer/orders/${order.id}`;
    const html = await pageHtml(seller, path);
    const confirmPayment = noJsForm(html, />确认已收到 ¥[\d,]+\.\d\d<\/button>/);
    const cancel = noJsForm(html, "确认取消订单");
    const origin = { origin: new URL(baseURL!).origin };

    for (const [name, fields] of [
      ["confirm payment", confirmPayment],
      ["cancel", cancel],
    ] as const) {
      await expectForgedAndStrangerRefused(request, otherSeller, { path, fields, headers: origin, order, owner: buyer }, name);
    }
    // The buyer may not confirm their own transfer: not a producer.
    const byBuyer = await postForm(buyer, path, confirmPayment, origin);
    expect(byBuyer.status()).toBe(403);
    expect(await byBuyer.text()).toContain(ERR.forbidden);
    await expectNoLeak(byBuyer, order);
    expect(await statusOf(buyer, order.id)).toBe("pending_payment");

    await expectGenuineCancels(seller, { path, fields: cancel, headers: origin, order, owner: buyer });
  });
});

test.describe("A3: Next's origin check on server actions", () => {
  test("the owner's post with Origin https://evil.example, or with a spoofed X-Forwarded-Host, is refused and changes nothing", async ({ playwright, baseURL }) => {
    const owner = await signedIn(() => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(5) } }), DEMO.buyer);
    const order = await placeOrder(owner);
    const path = `/orders/${order.id}`;
    const fields = noJsForm(await pageHtml(owner, path), "确认取消订单");
    const origin = new URL(baseURL!).origin;

    for (const [what, headers] of [
      ["a foreign Origin", { origin: "https://evil.example" }],
      ["a spoofed X-Forwarded-Host", { origin, "x-forwarded-host": "evil.example" }],
    ] as const) {
      const res = await postForm(owner, path, fields, headers);
      expect(res.status(), what).toBeGreaterThanOrEqual(400);
      expect(res.headers()["location"], what).toBeUndefined();
      await expectNoLeak(res, order);
      expect(await statusOf(owner, order.id), what).toBe("pending_payment");
    }

    const genuine = await postForm(owner, path, fields, { origin });
    expect(genuine.status()).toBe(303);
    expect(await statusOf(owner, order.id)).toBe("cancelled");
  });
});

test.describe("A5: the image optimizer is no proxy", () => {
  test("/_next/image refuses metadata, loopback and private-network URLs and local paths; the illustrations are served as plain files", async ({ request, baseURL }) => {
    const port = new URL(baseURL!).port;
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      `http://127.0.0.1:${port}/api/health`,
      `http://localhost:${port}/illustrations/tea.svg`,
      "http://10.0.0.1/x.png",
      "/api/health",
      "/uploads/../api/health",
      "/illustrations/tea.svg",
    ]) {
      const res = await request.get("/_next/image", { params: { url, w: 64, q: 75 } });
      expect(res.status(), url).toBe(404);
      const body = await res.text();
      expect(body, url).not.toContain('"status":"ok"');
      expect(body, url).not.toContain("<svg");
    }
    // The app shows its images directly: the optimizer being off costs nothing.
    const svg = await request.get("/illustrations/tea.svg");
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  });
});

test.describe("A6: private answers stay out of shared caches", () => {
  test("a buyer's order pages and order API and a seeker's profile are marked private or no-store", async ({ playwright, baseURL }) => {
    const newContext = () => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(6) } });
    const buyer = await signedIn(newContext, DEMO.buyer);
    const seeker = await signedIn(newContext, DEMO.seeker);
    const order = await placeOrder(buyer);
    for (const [ctx, path, mustShow] of [
      [buyer, "/orders", order.orderNo],
      [buyer, `/orders/${order.id}`, order.orderNo],
      [buyer, `/api/v1/orders/${order.id}`, order.orderNo],
      [seeker, "/seeker/profile", "彭春梅"],
    ] as const) {
      const res = await ctx.get(path);
      expect(res.status(), path).toBe(200);
      expect(await res.text(), path).toContain(mustShow);
      const cc = res.headers()["cache-control"] ?? "";
      expect(cc, path).toMatch(/\b(no-store|private)\b/);
      expect(cc, path).not.toMatch(/\bpublic\b|s-maxage/);
      // Never kept or compressed ahead by the server (lib/response-cache.mjs), which alone sets ETags.
      expect(res.headers().etag, path).toBeUndefined();
    }
  });

  test("the public catalog is the same document signed in and signed out and never names the user", async ({ request, playwright, baseURL }) => {
    const buyer = await signedIn(() => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(7) } }), DEMO.buyer);
    // The name is on the buyer's own pages ...
    expect(await pageHtml(buyer, "/account")).toContain("个人买家");
    const before = await request.get("/products");
    const mine = await buyer.get("/products");
    const after = await request.get("/products");
    for (const res of [before, mine, after]) expect(res.status()).toBe(200);
    // ... never on the shared catalog, which carries no cookie and the same cache policy either way.
    const body = await mine.text();
    expect(body).not.toContain("个人买家");
    expect(body).not.toContain("buyer@demo.xiangji.cn");
    expect(mine.headers()["set-cookie"]).toBeUndefined();
    expect(mine.headers()["cache-control"]).toBe(before.headers()["cache-control"]);
    // The shared rendering, as one of the signed-out requests got it (another spec may revalidate the catalog in
    // between). Markup only: with one server process per core (scripts/start.mjs) each process renders the page once
    // for its cache, and how React splits the inline RSC payload into script chunks depends on timing.
    const markup = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    expect([markup(await before.text()), markup(await after.text())]).toContain(markup(body));
    expect(markup(body)).toContain("湘西好物");
  });
});

test.describe("B7: CSRF on Auth.js sign-in and sign-out", () => {
  /** Signed in ⇔ the order API answers 404 for a missing order instead of 401. */
  async function isSignedIn(ctx: APIRequestContext): Promise<boolean> {
    const status = (await ctx.get(`/api/v1/orders/${NO_SUCH_ORDER}`)).status();
    expect([401, 404]).toContain(status);
    return status === 404;
  }

  test("credentials sign-in without a csrfToken, with a wrong one, or with another client's sets no session; with its own it does", async ({ playwright, baseURL }) => {
    const newContext = async () => {
      const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(8) } });
      contexts.push(ctx);
      return ctx;
    };
    const credentials = { identifier: DEMO.buyer, password: "Demo@2026", callbackUrl: "/" };
    const tokenOf = async (ctx: APIRequestContext) => ((await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;

    const noToken = await newContext();
    const withoutToken = await noToken.post("/api/auth/callback/credentials", { form: credentials, maxRedirects: 0 });
    const wrongToken = await newContext();
    const token = await tokenOf(wrongToken);
    const withWrongToken = await wrongToken.post("/api/auth/callback/credentials", { form: { ...credentials, csrfToken: `${token.slice(0, -4)}0000` }, maxRedirects: 0 });
    const victim = await newContext();
    const stolen = await tokenOf(await newContext());
    await tokenOf(victim); // the victim has a csrf cookie of its own
    const withStolenToken = await victim.post("/api/auth/callback/credentials", { form: { ...credentials, csrfToken: stolen }, maxRedirects: 0 });

    for (const [what, ctx, res] of [
      ["no csrfToken", noToken, withoutToken],
      ["a wrong csrfToken", wrongToken, withWrongToken],
      ["another client's csrfToken", victim, withStolenToken],
    ] as const) {
      expect(res.status(), what).toBe(302);
      expect(res.headers()["location"], what).toContain("error=MissingCSRF");
      expect(res.headers()["set-cookie"] ?? "", what).not.toContain("authjs.session-token");
      expect((await ctx.storageState()).cookies.map((c) => c.name), what).not.toContain("authjs.session-token");
      expect(await isSignedIn(ctx), what).toBe(false);
    }

    // The same client, with its own token, signs in.
    await apiLogin(wrongToken, DEMO.buyer);
    expect(await isSignedIn(wrongToken)).toBe(true);
  });

  test("sign-out without a valid csrfToken leaves the session working; with it the session ends", async ({ playwright, baseURL }) => {
    const ctx = await signedIn(() => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(9) } }), DEMO.buyer);
    expect(await isSignedIn(ctx)).toBe(true);
    for (const [what, form] of [
      ["no csrfToken", { callbackUrl: "/" }],
      ["a wrong csrfToken", { callbackUrl: "/", csrfToken: "0".repeat(64) }],
    ] as const) {
      const res = await ctx.post("/api/auth/signout", { form, maxRedirects: 0 });
      expect(res.status(), what).toBe(302);
      expect(res.headers()["location"], what).toContain("error=MissingCSRF");
      expect(res.headers()["set-cookie"] ?? "", what).not.toContain("authjs.session-token");
      expect(await isSignedIn(ctx), what).toBe(true);
      expect((await ctx.get("/orders", { maxRedirects: 0 })).status(), what).toBe(200);
    }

    const csrfToken = ((await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
    const res = await ctx.post("/api/auth/signout", { form: { callbackUrl: "/", csrfToken }, maxRedirects: 0 });
    expect(res.status()).toBe(302);
    expect(await isSignedIn(ctx)).toBe(false);
  });
});

test.describe("E4: oversized uploads over HTTP", () => {
  test("a 50 MB photo posted to the product editor's action is refused, no product is saved, and the server keeps answering", async ({ playwright, baseURL }) => {
    const producer = await signedIn(() => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": nextIp(10) } }), DEMO.producer);
    const path = "/producer/products/new";
    const hidden = noJsForm(await pageHtml(producer, path), "保存");
    const title = `超大照片测试 ${Date.now().toString(36)}`;
    const form = { ...hidden, title, category: "fruit", originCode: "433124", v0_name: "5斤装", v0_price: "59.80", v0_stock: "10", v0_active: "on", status: "draft" };
    const origin = { origin: new URL(baseURL!).origin };

    // The crafted form reaches the action: with an empty title it answers with the editor and its field errors.
    const control = await producer.post(path, { multipart: { ...form, title: "" }, headers: origin, maxRedirects: 0 });
    expect(control.status()).toBe(200);
    expect(await control.text()).toContain("填写的内容有误，请按提示修改。");

    // 50 MB behind a JPEG signature.
    const photo = Buffer.alloc(50 * 1024 * 1024, 0x5a);
    photo.set([0xff, 0xd8, 0xff, 0xe0], 0);
    const res = await producer.post(path, { multipart: { ...form, images: { name: "huge.jpg", mimeType: "image/jpeg", buffer: photo } }, headers: origin, maxRedirects: 0, timeout: 60_000 });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.headers()["location"]).toBeUndefined();

    const dashboard = await pageHtml(producer, "/producer");
    expect(dashboard).toContain("十八洞");
    expect(dashboard).not.toContain(title);
    const health = await producer.get("/api/health");
    expect(health.status()).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe("ok");
  });
});

test.describe("E5: addresses a client invents cost no disk", () => {
  // Every address with a dynamic segment is a cache key of Next's ISR and data caches, 404s included; on disk
  // they would pile up for good (next.config.js: isrFlushToDisk false keeps them in a bounded memory LRU).
  const cacheDirs = [".next/server/route-cache", ".next/cache/fetch-cache"];
  const filesUnder = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : []);

  test("unknown pages, made-up product, job and producer ids and one-off searches leave no file under .next", async ({ request }) => {
    const before = cacheDirs.flatMap(filesUnder);
    const token = `zz${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const id = crypto.randomUUID();
    const urls = [`/${token}`, `/en/${token}/x`, `/${token}.php`, `/products/${id}`, `/en/jobs/${id}`, `/producers/${id}`, `/employers/${token}`, `/products?q=${token}`, `/jobs?q=${token}`, "/products", "/jobs"];
    for (const url of urls) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(url.includes("?") || url === "/products" || url === "/jobs" ? 200 : 404);
    }
    expect(cacheDirs.flatMap(filesUnder).filter((f) => !before.includes(f))).toEqual([]);
  });
});

