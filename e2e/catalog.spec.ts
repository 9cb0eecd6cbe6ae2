import sharp from "sharp";
import { apiLogin, DEMO, expect, test } from "./fixtures";

const TEA = "tea@demo.xiangji.cn";
const NOT_IMAGE = "只能上传 JPG、PNG 或 WebP 格式的照片，这个文件不是可用的图片";

/** A Chinese word no seeded title contains, different in every run. */
function uniqueWord(): string {
  const chars = "金银玉翠丹青云霞星月春夏秋冬梅兰竹菊琴棋书画";
  return Array.from({ length: 4 }, () => chars[Math.floor(Math.random() * chars.length)]).join("");
}

async function samplePng(): Promise<Buffer> {
  return sharp({ create: { width: 1000, height: 750, channels: 3, background: { r: 242, g: 140, b: 40 } } }).png().toBuffer();
}

test.describe("catalog", () => {
  test("a verified producer publishes a product with a photo; a visitor finds it by a Chinese word", async ({ page, browser, baseURL }) => {
    await apiLogin(page.request, DEMO.producer);
    await page.goto("/producer");
    await expect(page.getByRole("heading", { level: 1, name: "生产者工作台" })).toBeVisible();
    await expect(page.getByText("已认证", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "新建商品" }).click();

    const word = uniqueWord();
    const title = `花垣椪柑礼盒 ${word}`;
    await page.getByLabel("商品名称").fill(title);
    await page.getByLabel("商品介绍").fill("产自花垣县。\n\n<script>alert('x')</script>");
    await page.getByLabel("品类").selectOption("fruit");
    await page.getByLabel("产地县市").selectOption("433124");
    await page.locator("#v0_name").fill("5斤装");
    await page.locator("#v0_price").fill("39.9");
    await page.locator("#v0_stock").fill("50");
    await page.getByLabel("状态", { exact: true }).selectOption("on_sale");
    await page.getByLabel("添加图片").setInputFiles({ name: "ponkan.png", mimeType: "image/png", buffer: await samplePng() });
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    await expect(page).toHaveURL(/\/producer\/products\/[0-9a-f-]{36}\/edit\?saved=1$/);
    await expect(page.getByRole("img", { name: "商品图片 1" })).toBeVisible();

    // A phone: 393 CSS px wide at 2 device pixels per CSS pixel.
    const visitor = await browser.newPage({ baseURL, viewport: { width: 393, height: 851 }, deviceScaleFactor: 2, isMobile: true });
    await visitor.goto("/products");
    await visitor.getByLabel("搜索商品或生产者").fill(word);
    await visitor.getByRole("button", { name: "搜索" }).click();
    await expect(visitor).toHaveURL(new RegExp(`/products\\?q=${encodeURIComponent(word)}`));
    await expect(visitor.getByText("共 1 件商品")).toBeVisible();
    await visitor.getByRole("link", { name: new RegExp(word) }).click();
    await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByText("¥39.90").first()).toBeVisible();
    await expect(visitor.getByText("<script>alert('x')</script>")).toBeVisible(); // shown as text, not run
    const photo = visitor.getByRole("img", { name: `${title} 的照片 1` });
    await expect(photo).toBeVisible();
    const src = await photo.getAttribute("src");
    expect(src).toMatch(/^\/uploads\/[0-9a-f]{32}\.webp$/);
    const img = await visitor.request.get(src!);
    expect(img.status()).toBe(200);
    expect(img.headers()["content-type"]).toBe("image/webp");
    expect(img.headers()["x-content-type-options"]).toBe("nosniff");
    expect(img.headers()["cache-control"]).toContain("immutable");
    // The browser picks from srcset by the photo's width on screen: 361 CSS px × 2 = 722 device px, so the 800px size.
    const key = src!.slice("/uploads/".length, -".webp".length);
    expect(await photo.getAttribute("srcset")).toBe(`/uploads/${key}-480.webp 480w, /uploads/${key}-800.webp 800w, /uploads/${key}.webp 1000w`);
    await expect.poll(() => photo.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(new RegExp(`/uploads/${key}-800\\.webp$`));
    await visitor.close();
  });

  test("another producer opening the edit page of a product gets 404, not the form", async ({ page }) => {
    await apiLogin(page.request, DEMO.producer);
    await page.goto("/producer");
    const edit = page.getByRole("link", { name: "编辑 十八洞红心猕猴桃 当季鲜果" });
    const href = await edit.getAttribute("href");
    expect(href).toMatch(/^\/producer\/products\/[0-9a-f-]{36}\/edit$/);
    const own = await page.goto(href!);
    expect(own?.status()).toBe(200);
    await expect(page.getByLabel("商品名称")).toHaveValue("十八洞红心猕猴桃 当季鲜果");

    await page.context().clearCookies();
    await apiLogin(page.request, TEA);
    const res = await page.goto(href!);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "找不到这个页面" })).toBeVisible();
    await expect(page.getByLabel("商品名称")).toHaveCount(0);
  });

  test("a cached public page is sent compressed, with an ETag that a revalidation answers with 304", async ({ request }) => {
    // /about is prerendered at build time, so every server process holds the same bytes.
    const br = await request.get("/about", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.status()).toBe(200);
    expect(br.headers()["content-encoding"]).toBe("br");
    expect(br.headers().vary).toContain("Accept-Encoding");
    const etag = br.headers().etag;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const gzip = await request.get("/about", { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers()["content-encoding"]).toBe("gzip");
    expect(gzip.headers().etag).toBe(etag);
    expect(await gzip.text()).toBe(await br.text());
    const revalidated = await request.get("/about", { headers: { "accept-encoding": "gzip", "if-none-match": etag! } });
    expect(revalidated.status()).toBe(304);
    expect((await revalidated.body()).length).toBe(0);
    const other = await request.get("/about", { headers: { "if-none-match": 'W/"another-version"' } });
    expect(other.status()).toBe(200);
    expect(await other.text()).toContain("东西部协作");
  });

  test("the page's JavaScript is sent brotli to a browser and gzip to a gzip-only client, the same file either way", async ({ request }) => {
    const html = await (await request.get("/about")).text();
    const scripts = [...html.matchAll(/<script src="(\/_next\/static\/chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(2);
    const asBrowser = { headers: { "accept-encoding": "gzip, deflate, br" } };
    let checked = 0;
    for (const src of scripts) {
      // Files under 1 KB are sent as they are.
      if ((await (await request.get(src, { headers: { "accept-encoding": "identity" } })).body()).length < 1024) continue;
      // A server process streams a file gzipped the first time it sends it (through Next), then keeps it.
      await expect.poll(async () => (await request.get(src, asBrowser)).headers()["content-encoding"], { message: src }).toBe("br");
      const br = await request.get(src, asBrowser);
      expect(br.headers()["cache-control"]).toContain("immutable");
      const gzip = await request.get(src, { headers: { "accept-encoding": "gzip" } });
      expect(gzip.headers()["content-encoding"], src).toBe("gzip");
      expect((await br.body()).equals(await gzip.body()), src).toBe(true); // both decoded by the client
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
  });

  test("the products API answers with public cache headers", async ({ request }) => {
    const list = await request.get(`/api/v1/products?q=${encodeURIComponent("猕猴桃")}&sort=price_asc`);
    expect(list.status()).toBe(200);
    expect(list.headers()["cache-control"]).toContain("public");
    const body = (await list.json()) as { items: { minPriceFen: number }[]; total: number };
    expect(body.total).toBeGreaterThan(0);
    const prices = body.items.map((i) => i.minPriceFen);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const missing = await request.get("/api/v1/products/00000000-0000-4000-8000-000000000000");
    expect(missing.status()).toBe(404);
  });

  test("a non-image upload is refused in Chinese and the typed title is kept", async ({ page }) => {
    await apiLogin(page.request, DEMO.producer);
    await page.goto("/producer/products/new");
    await page.getByLabel("商品名称").fill("保靖黄金茶 测试装");
    await page.getByLabel("品类").selectOption("tea");
    await page.getByLabel("产地县市").selectOption("433125");
    await page.locator("#v0_name").fill("250克");
    await page.locator("#v0_price").fill("88");
    await page.locator("#v0_stock").fill("10");
    await page.getByLabel("添加图片").setInputFiles({ name: "tea.png", mimeType: "image/png", buffer: Buffer.from("这不是图片 <?php system($_GET['c']); ?>") });
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.locator("#images-error")).toHaveText(NOT_IMAGE);
    await expect(page.getByLabel("商品名称")).toHaveValue("保靖黄金茶 测试装");
    await expect(page.locator("#v0_price")).toHaveValue("88");
    await expect(page.getByLabel("品类")).toHaveValue("tea");
    await expect(page).toHaveURL(/\/producer\/products\/new$/);
  });

  test("the catalog works without JavaScript: the list shows at once and a Chinese search answers", async ({ browser, baseURL, clientIp }) => {
    const ctx = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
    const page = await ctx.newPage();
    await page.goto("/products");
    await expect(page.getByRole("heading", { level: 1, name: "湘西好物" })).toBeVisible();
    await expect(page.getByRole("link", { name: /十八洞红心猕猴桃/ }).first()).toBeVisible();
    // The served HTML holds the content itself, not a loading fallback to be swapped in by a script.
    expect(await page.content()).not.toContain('<template id="B:');
    await page.getByLabel("搜索商品或生产者").fill("黄金茶");
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByRole("link", { name: /保靖黄金茶/ }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /十八洞红心猕猴桃/ })).toHaveCount(0);
    await ctx.close();
  });

  test("uploads only serve our own keys", async ({ request }) => {
    for (const path of ["/uploads/..%2F..%2Fetc%2Fpasswd", "/uploads/0123456789abcdef0123456789abcdef.svg", "/uploads/a/b.webp", "/uploads/ffffffffffffffffffffffffffffffff.webp"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
    }
  });
});
