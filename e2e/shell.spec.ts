import { expect, test } from "./fixtures";

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
});

test("health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: process.env.DATABASE_URL ? "postgres" : "pglite" });
});
