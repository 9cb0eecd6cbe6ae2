import type { Page } from "@playwright/test";
import { apiLogin, DEMO, expect, test, uiLogin } from "./fixtures";

const SBD = "十八洞果业有限公司（示例）";
const BJHJ = "保靖县吕洞山镇黄金茶专业合作社（示例）";
const UNION_ORG = "济南某集团工会（示例）";

/** Open one of the buyer's past orders from a producer and follow its product link to buy again. */
async function addFromPastOrder(page: Page, productTitle: RegExp, variant: string, quantity: string) {
  await page.goto("/orders");
  await page.getByTestId("order-card").filter({ hasText: productTitle }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "订单详情" })).toBeVisible();
  await page.getByRole("link", { name: productTitle }).first().click();
  await expect(page.getByRole("button", { name: "加入购物车" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(variant) }).check();
  await page.getByLabel("数量").fill(quantity);
  await page.getByRole("button", { name: "加入购物车" }).click();
  await expect(page.getByText("已加入购物车。")).toBeVisible();
}

async function login(page: Page, account: string) {
  await uiLogin(page, account);
  await expect(page).not.toHaveURL(/\/login/);
}

async function switchUser(page: Page, account: string) {
  await page.context().clearCookies();
  await login(page, account);
}

test.describe("consumption aid: order, pay by bank transfer, ship, receive, review", () => {
  test("a trade-union buyer orders from two producers; each producer confirms the transfer and ships; the buyer receives and reviews", async ({ page }) => {
    test.setTimeout(240_000);
    await login(page, DEMO.union);
    await expect(page.getByRole("heading", { level: 1, name: "我的订单" })).toBeVisible();

    await addFromPastOrder(page, /十八洞红心猕猴桃/, "10斤装", "2");
    await addFromPastOrder(page, /保靖黄金茶·雨前一级/, "250g袋装", "3");

    await page.goto("/cart");
    await expect(page.getByRole("heading", { name: SBD })).toBeVisible();
    await expect(page.getByRole("heading", { name: BJHJ })).toBeVisible();
    await expect(page.getByText("¥583.60")).toBeVisible(); // 2 × 99.80 + 3 × 128.00, from the database
    await page.getByRole("link", { name: "去结算" }).click();

    await page.getByLabel("收货人").fill("李主席");
    await page.getByLabel("手机号").fill("13912340000");
    await page.getByLabel("区/县").fill("历下区");
    await page.getByLabel("详细地址").fill("泉城路 188 号 工会办公室");
    await page.getByLabel("以单位名义采购").selectOption({ label: UNION_ORG });
    await page.getByLabel("发票抬头").fill("济南某集团工会");
    await page.getByLabel("税号").fill("81370100MC1234567X");
    await page.getByRole("radio", { name: "7 天内发货" }).check();
    await page.getByRole("button", { name: "提交订单" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "我的订单" })).toBeVisible();
    const placed = page.getByTestId("placed-orders").getByRole("link");
    await expect(placed).toHaveCount(2);
    const kiwiNo = (await placed.filter({ hasText: SBD }).textContent())!.match(/XJ\d+/)![0];
    const teaNo = (await placed.filter({ hasText: BJHJ }).textContent())!.match(/XJ\d+/)![0];
    expect(kiwiNo).not.toBe(teaNo);
    // Both orders are in the list, waiting for payment, bought on behalf of the trade union.
    for (const no of [kiwiNo, teaNo]) {
      await expect(page.getByTestId("order-card").filter({ hasText: no })).toContainText("待付款");
      await expect(page.getByTestId("order-card").filter({ hasText: no })).toContainText(UNION_ORG);
    }

    await placed.filter({ hasText: SBD }).click();
    await expect(page.getByTestId("bank-reference")).toHaveText(kiwiNo);
    await expect(page.getByText("十八洞果业有限公司（示例）").first()).toBeVisible();
    const kiwiUrl = page.url();
    await page.goto("/orders");
    await page.getByTestId("order-card").filter({ hasText: teaNo }).click();
    await expect(page.getByTestId("bank-reference")).toHaveText(teaNo);
    const teaUrl = page.url();

    for (const [account, orderNo, tracking] of [
      [DEMO.producer, kiwiNo, "SF1234567890"],
      ["tea@demo.xiangji.cn", teaNo, "YT9876543210"],
    ] as const) {
      await switchUser(page, account);
      await page.goto("/producer/orders");
      await page.getByTestId("order-card").filter({ hasText: orderNo }).click();
      await page.getByRole("button", { name: "确认已收到转账" }).click();
      await expect(page.getByText("已付款").first()).toBeVisible();
      await page.getByLabel("快递公司").fill("顺丰速运");
      await page.getByLabel("运单号").fill(tracking);
      await page.getByRole("button", { name: "发货" }).click();
      await expect(page.getByTestId("shipment")).toContainText(tracking);
    }

    // A producer cannot open the other producer's order.
    const otherRes = await page.goto(kiwiUrl.replace("/orders/", "/producer/orders/"));
    expect(otherRes?.status()).toBe(404);

    await switchUser(page, DEMO.union);
    await page.goto(kiwiUrl);
    await expect(page.getByTestId("shipment")).toContainText("SF1234567890");
    await page.getByRole("button", { name: "确认收货" }).click();
    await page.getByLabel("评分（1–5 星）").selectOption("5");
    await page.getByLabel("说说你的感受（选填）").fill("猕猴桃新鲜香甜，职工都说好，支持十八洞！");
    await page.getByRole("button", { name: "提交评价" }).click();
    await expect(page.getByText("你的评价：5 星")).toBeVisible();
    await expect(page.getByText("已完成").first()).toBeVisible();
    await expect(page.getByText("生产者确认收到转账")).toBeVisible();

    await page.goto(teaUrl);
    await page.getByRole("button", { name: "确认收货" }).click();
    await expect(page.getByRole("button", { name: "提交评价" })).toBeVisible();

    // Another buyer opening this order's URL, or asking the API, gets 404.
    await switchUser(page, DEMO.buyer);
    const res = await page.goto(kiwiUrl);
    expect(res?.status()).toBe(404);
    const api = await page.request.get(`/api/v1/orders/${kiwiUrl.split("/").pop()}`);
    expect(api.status()).toBe(404);
  });

  test("a signed-out visitor adding to the cart signs in and comes back to the product", async ({ page }) => {
    await apiLogin(page.request, DEMO.union);
    await page.goto("/orders");
    await page.getByTestId("order-card").filter({ hasText: /保靖黄金茶·雨前一级/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "订单详情" })).toBeVisible();
    await page.getByRole("link", { name: /保靖黄金茶·雨前一级/ }).first().click();
    await expect(page.getByRole("button", { name: "加入购物车" })).toBeVisible();
    const productUrl = new URL(page.url()).pathname;
    await page.context().clearCookies();
    await page.goto(productUrl);
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fproducts%2F/);
    await page.getByLabel("手机号或邮箱").fill(DEMO.buyer);
    await page.getByLabel("密码").fill("Demo@2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(new RegExp(`${productUrl}$`));
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page.getByText("已加入购物车。")).toBeVisible();
  });

  test("checkout keeps what was typed and explains a bad phone number", async ({ page }) => {
    await login(page, "budget@demo.xiangji.cn");
    await page.goto("/orders");
    await page.getByTestId("order-card").filter({ hasText: /翠香/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "订单详情" })).toBeVisible();
    await page.getByRole("link", { name: /翠香/ }).first().click();
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page.getByText("已加入购物车。")).toBeVisible();
    await page.goto("/checkout");
    await page.getByLabel("收货人").fill("张会计");
    await page.getByLabel("手机号").fill("12345");
    await page.getByLabel("区/县").fill("市中区");
    await page.getByLabel("详细地址").fill("经二路 1 号");
    await page.getByRole("button", { name: "提交订单" }).click();
    await expect(page.locator("#recipientPhone-error")).toHaveText("请输入 11 位手机号");
    await expect(page.getByLabel("收货人")).toHaveValue("张会计");
    await expect(page.getByLabel("详细地址")).toHaveValue("经二路 1 号");
  });
});
