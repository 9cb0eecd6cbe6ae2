import type { Page } from "@playwright/test";
import { apiLogin, DEMO, expect, test } from "./fixtures";

const PHONE = { width: 360, height: 740 };

/** The page is no wider than the screen: wide tables scroll inside their own box. */
async function expectNoSideScroll(page: Page, url: string) {
  await page.goto(url);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, url).toBeLessThanOrEqual(PHONE.width);
}

test("at 360 px /producer/stats stays on screen with an order waiting to ship, and dates read one way", async ({ page, playwright, baseURL, clientIp }) => {
  const buyer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
  try {
    await apiLogin(buyer, DEMO.buyer);
    const list = (await (await buyer.get(`/api/v1/products?q=${encodeURIComponent("猕猴桃果干")}`)).json()) as { items: { id: string; title: string }[] };
    const product = list.items.find((p) => p.title === "十八洞猕猴桃果干")!;
    const detail = (await (await buyer.get(`/api/v1/products/${product.id}`)).json()) as { variants: { id: string }[] };
    const placed = await buyer.post("/api/v1/orders", {
      data: { items: [{ variantId: detail.variants[0]!.id, quantity: 1 }], recipient: "窄屏测试", recipientPhone: "13912345678", province: "山东省", city: "济南市", district: "历下区", addressDetail: "泉城路 1 号", latestShipDays: 15, paymentMethod: "bank_transfer" },
    });
    expect(placed.status(), await placed.text()).toBe(201);
    const order = ((await placed.json()) as { orders: { id: string; orderNo: string }[] }).orders[0]!;

    await apiLogin(page.request, DEMO.producer);
    await page.goto(`/producer/orders/${order.id}`);
    // Two taps (components/ui/confirm-step.tsx): open the step, then the button naming the amount.
    await page.getByTestId("confirm-payment").locator("summary").click();
    await page.getByTestId("confirm-payment").getByRole("button", { name: /^确认已收到 ¥/ }).click();
    // Done once the step is gone (its own sentence names 已付款, so that text alone proves nothing).
    await expect(page.getByTestId("confirm-payment")).toHaveCount(0);

    await page.setViewportSize(PHONE);
    await expectNoSideScroll(page, "/producer/stats");
    const row = page.getByRole("row").filter({ hasText: order.orderNo });
    await expect(row).toBeVisible();
    // Paid time and ship-by date in the one zh-CN form (2026年11月30日 14:53 / 2026年12月15日), never 2026-11-30.
    await expect(row).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    await expect(row).not.toContainText(/\d{4}-\d{2}-\d{2}/);
    // Months read 2026年6月 in the table, not 2026-06.
    await expect(page.locator("#seller-sales-table")).not.toContainText(/\d{4}-\d{2}/);
    await expect(page.locator("#seller-sales-table")).toContainText(/\d{4}年\d{1,2}月/);
  } finally {
    await buyer.dispose();
  }
});

test("at 360 px /impact and the union's /buyer-org stay on screen; the period reads 2026年1月1日 至 2026年12月31日", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await expectNoSideScroll(page, "/impact?from=2026-01-01&to=2026-12-31");
  await expect(page.locator("#period-h")).toHaveText("2026年1月1日 至 2026年12月31日");
  await expect(page.locator("#by-month-table")).toContainText("2026年6月");
  await page.goto("/en/impact?from=2026-01-01&to=2026-12-31");
  await expect(page.locator("#period-h")).toHaveText("Jan 1, 2026 to Dec 31, 2026");
  await apiLogin(page.request, DEMO.union);
  await expectNoSideScroll(page, "/buyer-org");
});

test("each kind of fruit has its own picture: ponkan the citrus, grapes the grapes, kiwifruit the kiwi", async ({ page }) => {
  for (const [q, title, picture] of [
    ["椪柑", "泸溪椪柑 当季鲜果", "/illustrations/citrus.svg"],
    ["葡萄", "大坡村阳光玫瑰葡萄", "/illustrations/grapes.svg"],
    ["猕猴桃", "十八洞黄心猕猴桃", "/illustrations/fruit.svg"],
  ] as const) {
    await page.goto(`/products?q=${encodeURIComponent(q)}`);
    const card = page.locator("a.product-card").filter({ hasText: title }).first();
    await expect(card.locator("img")).toHaveAttribute("src", picture);
  }
});

test("switching language keeps the search", async ({ page }) => {
  await page.goto(`/products?q=${encodeURIComponent("猕猴桃")}`);
  await page.getByTestId("locale-switch").click();
  await expect(page).toHaveURL(/\/en\/products\?q=%E7%8C%95%E7%8C%B4%E6%A1%83$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("searchbox")).toHaveValue("猕猴桃");
});

test("the sign-in page lists the seeded demo accounts; the union buyer's account links to its orders and its purchasing target", async ({ page }) => {
  await page.goto("/login");
  const demo = page.getByTestId("demo-accounts");
  await expect(demo).toContainText("Demo@2026");
  await expect(demo).toContainText(DEMO.union);
  await expect(demo).not.toContainText(DEMO.admin);
  await apiLogin(page.request, DEMO.union);
  await page.goto("/account");
  await expect(page.getByRole("link", { name: "我的订单" })).toHaveAttribute("href", "/orders");
  await expect(page.getByRole("link", { name: "采购目标进度" })).toHaveAttribute("href", "/buyer-org");
  await expect(page.getByRole("link", { name: "买家", exact: true })).toHaveCount(0);
});

test("English product and producer pages name months and counties in English", async ({ page }) => {
  await page.goto(`/en/products?q=${encodeURIComponent("猕猴桃")}`);
  await page.locator("a.product-card").filter({ hasText: "十八洞黄心猕猴桃" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const body = page.locator("main");
  await expect(body).not.toContainText("months ");
  await expect(body).toContainText("Sep, Oct");
  // Counties come from the regions table (the product's description is the producer's own text, left as written).
  await expect(page.getByText(/ · Huayuan County$/)).toBeVisible();
  await page.getByRole("link", { name: "Producer page" }).click();
  await expect(page.locator("main p").first()).toContainText("Huayuan County");
  await expect(page.locator("main p").first()).not.toContainText("花垣县");
  await expect(page.locator("a.product-card").first()).toContainText("Huayuan County");
});

test("at 360 px the search button stays on one line", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/products");
  const button = page.getByRole("search").getByRole("button", { name: "搜索" });
  const box = (await button.boundingBox())!;
  // One line of 16 px text in a 44 px button: two lines would make it taller.
  expect(box.height).toBeLessThanOrEqual(48);
});

test("at 360 px the admin's audit log, pairings and seeker claims stay on screen; their tables scroll in their own box", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await apiLogin(page.request, DEMO.admin);
  // The seed writes no audit entries: admin.spec finds the log's table in its box after its own actions.
  await expectNoSideScroll(page, "/admin/audit");
  for (const [url, name] of [
    ["/admin/pairings", "结对帮扶关系"],
    ["/admin/seekers", "建档立卡身份核验"],
  ] as const) {
    await expectNoSideScroll(page, url);
    await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
  }
});
