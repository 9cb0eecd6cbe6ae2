import type { APIRequestContext, Page } from "@playwright/test";
import { apiLogin, DEMO, expect, test, uiLogin } from "./fixtures";

const SBD = "十八洞果业有限公司（示例）";
const BJHJ = "保靖县吕洞山镇黄金茶专业合作社（示例）";
const UNION_ORG = "济南某集团工会（示例）";

/**
 * Open one of the buyer's past orders from a producer and follow its product link to buy again: the size and
 * quantity given, else the product page's defaults.
 */
async function addFromPastOrder(page: Page, productTitle: RegExp, variant?: string, quantity?: string) {
  await page.goto("/orders");
  await page.getByTestId("order-card").filter({ hasText: productTitle }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "订单详情" })).toBeVisible();
  await page.getByRole("link", { name: productTitle }).first().click();
  await expect(page.getByRole("button", { name: "加入购物车" })).toBeVisible();
  if (variant) await page.getByRole("radio", { name: new RegExp(variant) }).check();
  if (quantity) await page.getByLabel("数量").fill(quantity);
  await page.getByRole("button", { name: "加入购物车" }).click();
  await expect(page.getByText("已加入购物车。")).toBeVisible();
}

/** An action that cannot be undone (ConfirmStep): the first tap opens it, the named button inside does it. */
async function confirmStep(page: Page, testId: string, confirm: string | RegExp) {
  const step = page.getByTestId(testId);
  await step.locator("summary").click();
  await step.getByRole("button", { name: confirm }).click();
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
      await confirmStep(page, "confirm-payment", /^确认已收到 ¥/);
      await expect(page.getByTestId("confirm-payment")).toHaveCount(0);
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
    await confirmStep(page, "confirm-receipt", "确认已收到货");
    await page.getByLabel("评分（1–5 星）").selectOption("5");
    await page.getByLabel("说说你的感受（选填）").fill("猕猴桃新鲜香甜，职工都说好，支持十八洞！");
    await page.getByRole("button", { name: "提交评价" }).click();
    await expect(page.getByText("你的评价：5 星")).toBeVisible();
    await expect(page.getByText("已完成").first()).toBeVisible();
    await expect(page.getByText("生产者确认收到转账")).toBeVisible();

    await page.goto(teaUrl);
    await confirmStep(page, "confirm-receipt", "确认已收到货");
    await expect(page.getByRole("button", { name: "提交评价" })).toBeVisible();

    // Another buyer opening this order's URL, or asking the API, gets 404.
    await switchUser(page, DEMO.buyer);
    const res = await page.goto(kiwiUrl);
    expect(res?.status()).toBe(404);
    const api = await page.request.get(`/api/v1/orders/${kiwiUrl.split("/").pop()}`);
    expect(api.status()).toBe(404);
  });

  test("a signed-out visitor adding to the cart signs in and finds what they chose, ready to add", async ({ page }) => {
    await apiLogin(page.request, DEMO.union);
    await page.goto("/orders");
    await page.getByTestId("order-card").filter({ hasText: /保靖黄金茶·雨前一级/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "订单详情" })).toBeVisible();
    await page.getByRole("link", { name: /保靖黄金茶·雨前一级/ }).first().click();
    await expect(page.getByRole("button", { name: "加入购物车" })).toBeVisible();
    const productUrl = new URL(page.url()).pathname;
    await page.context().clearCookies();
    await page.goto(productUrl);
    // A size other than the default, and a quantity.
    const sizes = page.getByRole("radio");
    const size = sizes.nth((await sizes.count()) - 1);
    const sizeName = (await size.locator("xpath=..").innerText()).split("\n")[0]!.trim();
    await size.check();
    await page.getByLabel("数量").fill("3");
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcart%2Fadd%3Fproduct%3D/);
    await page.getByLabel("手机号或邮箱").fill(DEMO.buyer);
    await page.getByLabel("密码").fill("Demo@2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/cart\/add\?product=/);
    await expect(page.getByRole("heading", { level: 1, name: "继续加入购物车" })).toBeVisible();
    await expect(page.getByRole("radio", { name: new RegExp(sizeName) })).toBeChecked();
    await expect(page.getByLabel("数量")).toHaveValue("3");
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page.getByText("已加入购物车。")).toBeVisible();
    await page.goto("/cart");
    await expect(page.getByText(sizeName).first()).toBeVisible();
  });

  test("a budget unit's purchaser checks out for the unit by default, with its last invoice filled in, and nothing typed is overwritten", async ({ page }) => {
    const UNIT = "济南市市中区某机关事务服务中心（示例预算单位）";
    await login(page, "budget@demo.xiangji.cn");
    await addFromPastOrder(page, /翠香/);
    await page.goto("/checkout");
    const org = page.getByLabel("以单位名义采购");
    await expect(org.locator("option:checked")).toHaveText(UNIT);
    await expect(page.getByLabel("发票抬头")).toHaveValue(UNIT);
    await expect(page.getByLabel("税号")).toHaveValue("12370103MB0000002Y");
    // A personal purchase: the unit's invoice goes; back to the unit: it returns.
    await org.selectOption({ label: "个人购买" });
    await expect(page.getByLabel("发票抬头")).toHaveValue("");
    await expect(page.getByLabel("税号")).toHaveValue("");
    await page.getByLabel("发票抬头").fill("张会计");
    await org.selectOption({ label: UNIT });
    await expect(page.getByLabel("发票抬头")).toHaveValue("张会计");
    await expect(page.getByLabel("税号")).toHaveValue("12370103MB0000002Y");
  });

  test("checkout keeps what was typed and explains a bad phone number", async ({ page }) => {
    await login(page, "budget@demo.xiangji.cn");
    await addFromPastOrder(page, /翠香/);
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

/** A bank-transfer order of one 十八洞猕猴桃果干 bag (DEMO.producer's; plenty of stock), placed over the API. */
async function placeOrder(request: APIRequestContext): Promise<{ id: string; orderNo: string }> {
  const list = (await (await request.get(`/api/v1/products?q=${encodeURIComponent("猕猴桃果干")}`)).json()) as { items: { id: string; title: string }[] };
  const product = list.items.find((p) => p.title === "十八洞猕猴桃果干");
  expect(product, "seeded product 十八洞猕猴桃果干").toBeTruthy();
  const detail = (await (await request.get(`/api/v1/products/${product!.id}`)).json()) as { variants: { id: string }[] };
  const res = await request.post("/api/v1/orders", {
    data: { items: [{ variantId: detail.variants[0]!.id, quantity: 1 }], recipient: "二次确认测试", recipientPhone: "13912340001", province: "山东省", city: "济南市", district: "历下区", addressDetail: "经十路 1 号", latestShipDays: 7, paymentMethod: "bank_transfer" },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { orders: { id: string; orderNo: string }[] }).orders[0]!;
}

async function statusOf(request: APIRequestContext, orderId: string): Promise<string> {
  return ((await (await request.get(`/api/v1/orders/${orderId}`)).json()) as { status: string }).status;
}

test.describe("actions that cannot be undone ask a second tap", () => {
  test("the buyer's 取消订单 only opens a sentence and the real button; 确认取消订单 cancels; keyboard works, targets are 44 px", async ({ page }) => {
    await apiLogin(page.request, DEMO.buyer);
    const order = await placeOrder(page.request);
    await page.goto(`/orders/${order.id}`);
    const step = page.getByTestId("confirm-cancel");
    const summary = step.locator("summary");
    const confirm = step.getByRole("button", { name: "确认取消订单" });
    await expect(confirm).toBeHidden();

    // The first tap changes nothing: it shows what will happen and the real button.
    await summary.click();
    await expect(step.getByText("取消后这笔订单不能恢复")).toBeVisible();
    await expect(confirm).toBeVisible();
    await expect(confirm).toHaveAccessibleDescription(/取消后这笔订单不能恢复/);
    for (const target of [summary, confirm]) expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await statusOf(page.request, order.id)).toBe("pending_payment");
    await page.reload();
    await expect(page.getByTestId("order-no").locator("..")).toContainText("待付款");

    // By keyboard: Enter on the summary opens it, Tab reaches the button, Enter cancels.
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(confirm).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(confirm).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("order-no").locator("..")).toContainText("已取消");
    expect(await statusOf(page.request, order.id)).toBe("cancelled");
  });

  test("without JavaScript: the producer confirms a transfer and refunds, the buyer cancels, each only after the second tap", async ({ browser, baseURL, clientIp }) => {
    const person = async (account: string) => {
      const ctx = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
      await apiLogin(ctx.request, account);
      return { ctx, page: await ctx.newPage() };
    };
    const buyer = await person(DEMO.buyer);
    const producer = await person(DEMO.producer);
    const [toCancel, toRefund] = [await placeOrder(buyer.ctx.request), await placeOrder(buyer.ctx.request)];

    // The buyer cancels one: the summary opens natively, the form posts, the page comes back cancelled.
    await buyer.page.goto(`/orders/${toCancel.id}`);
    await buyer.page.getByTestId("confirm-cancel").locator("summary").click();
    await buyer.page.getByRole("button", { name: "确认取消订单" }).click();
    await expect(buyer.page.getByTestId("order-no").locator("..")).toContainText("已取消");
    expect(await statusOf(buyer.ctx.request, toCancel.id)).toBe("cancelled");

    // The producer: opening 确认已收到转账 marks nothing; the button naming the amount does.
    const p = producer.page;
    await p.goto(`/producer/orders/${toRefund.id}`);
    const payment = p.getByTestId("confirm-payment");
    await payment.locator("summary").click();
    await expect(payment).toContainText(toRefund.orderNo);
    expect(await statusOf(buyer.ctx.request, toRefund.id)).toBe("pending_payment");
    await payment.getByRole("button", { name: /^确认已收到 ¥/ }).click();
    await expect(p.getByTestId("order-no").locator("..")).toContainText("已付款");

    // The buyer asks for a refund; the producer's refund is a second tap too.
    await buyer.page.goto(`/orders/${toRefund.id}`);
    await buyer.page.locator("summary", { hasText: "申请退款" }).click();
    await buyer.page.getByLabel("退款原因").fill("单位采购计划取消");
    await buyer.page.locator("form").filter({ has: buyer.page.getByLabel("退款原因") }).getByRole("button", { name: "申请退款" }).click();
    await expect(buyer.page.getByTestId("order-no").locator("..")).toContainText("退款中");
    await p.goto(`/producer/orders/${toRefund.id}`);
    const refund = p.getByTestId("confirm-refund");
    await refund.locator("summary").click();
    expect(await statusOf(buyer.ctx.request, toRefund.id)).toBe("refund_requested");
    await refund.getByRole("button", { name: /^确认已退回 ¥/ }).click();
    await expect(p.getByTestId("order-no").locator("..")).toContainText("已退款");
    expect(await statusOf(buyer.ctx.request, toRefund.id)).toBe("refunded");
    await buyer.ctx.close();
    await producer.ctx.close();
  });

  test("English order pages use an English colon and show seeded timeline notes in English", async ({ page }) => {
    await login(page, DEMO.union);
    await page.goto("/en/orders");
    // The union's seeded grape order: bought for the union, with an invoice, shipped and received.
    await page.getByTestId("order-card").filter({ hasText: "大坡村阳光玫瑰葡萄" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Order details" })).toBeVisible();
    const main = page.locator("main");
    for (const shown of ["Purchasing organisation: ", "Title: ", "Tax id: ", "Carrier: ", "Order placed", "Producer confirmed the transfer"]) await expect(main).toContainText(shown);
    await expect(main).not.toContainText("：");
    for (const seeded of ["下单", "对公转账到账", "确认收货", "已发货"]) await expect(main).not.toContainText(seeded);
  });
});
