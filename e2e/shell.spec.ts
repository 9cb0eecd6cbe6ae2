import { apiLogin, DEMO, expect, test } from "./fixtures";

test("home page in Chinese with seeded goods, jobs and impact figures", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/湘济通/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const nav = page.getByRole("navigation", { name: "主导航" });
  for (const item of ["商品", "岗位", "成效", "我的"]) await expect(nav.getByRole("link", { name: item })).toBeVisible();
  await expect(page.getByRole("heading", { name: "当季好物" })).toBeVisible();
  expect(await page.locator('a[href^="/products/"]').count()).toBeGreaterThan(3);
  expect(await page.locator('a[href^="/jobs/"]').count()).toBeGreaterThan(2);
  await expect(page.getByText("示例数据").first()).toBeVisible();
});

test("switches to English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "In season now" })).toBeVisible();
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page.getByRole("heading", { name: "当季好物" })).toBeVisible();
});

test("unknown pages get a friendly 404", async ({ page }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
  // Its one way on is a touch target of 44 px, as everywhere else (DESIGN.md).
  const home = page.getByRole("link", { name: /回到首页/ });
  expect((await home.boundingBox())!.height).toBeGreaterThanOrEqual(44);
});

// Next renders a notFound() or forbidden() inside a page as an empty document for the browser's scripts to fill
// (lib/error-shell.mjs): without JavaScript the server's notice is what the reader sees.
test("a missing product and a forbidden area are readable without JavaScript", async ({ browser, baseURL, clientIp }) => {
  const ctx = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
  try {
    const page = await ctx.newPage();
    const missing = `/products/${crypto.randomUUID()}`;
    const res = await page.goto(missing);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
    await expect(page.getByText("链接可能已失效，或者内容已下架。")).toBeVisible();
    await page.getByRole("link", { name: "回到首页" }).click();
    await expect(page.getByRole("heading", { name: "当季好物" })).toBeVisible();

    expect((await page.goto(`/en${missing}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to home" })).toHaveAttribute("href", "/en");

    await apiLogin(ctx.request, DEMO.buyer);
    expect((await page.goto("/producer"))?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "没有权限" })).toBeVisible();
  } finally {
    await ctx.close();
  }
});

test("with JavaScript, a missing product shows the site's own 404 page, not the server's notice", async ({ page }) => {
  const res = await page.goto(`/products/${crypto.randomUUID()}`);
  expect(res?.status()).toBe(404);
  // Rendered by the browser inside the site's header (the notice has neither): React cleared the notice first.
  await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.locator("[data-error-shell-notice]")).toHaveCount(0);
});

test("health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: process.env.DATABASE_URL ? "postgres" : "pglite" });
});
