import { devices, type Browser, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { apiLogin, DEMO, expect, freshPhone, test } from "./fixtures";

/**
 * Issue 3's main acceptance line, end to end, as three people in three browsers: a producer publishes a
 * product with a photo; a new buyer finds it by a Chinese word, buys it together with another producer's tea
 * by bank transfer (two orders, one per producer); each producer confirms the transfer and ships; the buyer
 * confirms receipt and reviews; the review shows on the product page.
 */

const TEA = "tea@demo.xiangji.cn";
const SBD = "十八洞果业有限公司（示例）";
const BJHJ = "保靖县吕洞山镇黄金茶专业合作社（示例）";

/** A Chinese word no seeded title or producer name contains, different in every run. */
function uniqueWord(): string {
  const chars = "松柏鹤鹿山川溪涧晨曦暮雪烟岚锦绣";
  return Array.from({ length: 4 }, () => chars[Math.floor(Math.random() * chars.length)]).join("");
}

async function samplePng(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 190, g: 30, b: 45 } } }).png().toBuffer();
}

/** "¥1,234.56" → 123456 fen. */
function fenOf(text: string): number {
  const m = text.match(/¥([\d,]+)\.(\d{2})/);
  if (!m) throw new Error(`no price in ${JSON.stringify(text)}`);
  return Number(m[1]!.replaceAll(",", "")) * 100 + Number(m[2]);
}

/** The same formatting the app uses (components/ui/money.ts), so expected totals are compared as shown. */
function yuan(fen: number): string {
  return `¥${Math.floor(fen / 100).toLocaleString("zh-CN")}.${String(fen % 100).padStart(2, "0")}`;
}

async function personPage(browser: Browser, baseURL: string | undefined, ip: string): Promise<Page> {
  const context = await browser.newContext({ ...devices["Pixel 5"], baseURL, locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

/** On a product page: choose a variant, set the quantity, add to the cart; returns the unit price shown, in fen. */
async function addToCart(page: Page, variant: Locator, quantity: number): Promise<number> {
  const priceFen = fenOf((await variant.locator("xpath=ancestor::label").textContent())!);
  await variant.check();
  await page.getByLabel("数量").fill(String(quantity));
  await page.getByRole("button", { name: "加入购物车" }).click();
  await expect(page.getByText("已加入购物车。")).toBeVisible();
  return priceFen;
}

test.describe("consumption aid, whole journey", () => {
  test("producer publishes with a photo; a new buyer finds it in Chinese, orders from two producers by bank transfer; both ship; the buyer receives and reviews", async ({ browser, baseURL, clientIp }, info) => {
    test.setTimeout(240_000);
    const ipBase = `198.19.${info.workerIndex % 250}`;
    const producer = await personPage(browser, baseURL, clientIp);
    const buyer = await personPage(browser, baseURL, `${ipBase}.2`);
    const tea = await personPage(browser, baseURL, `${ipBase}.3`);

    // 1. The producer creates a product with two variants and a photo, on sale at once.
    await apiLogin(producer.request, DEMO.producer);
    await producer.goto("/producer/products/new");
    const word = uniqueWord();
    const title = `湘西腊肉礼盒 ${word}`;
    await producer.getByLabel("商品名称").fill(title);
    await producer.getByLabel("商品介绍").fill("柴火熏制的湘西腊肉，产自花垣县十八洞村。");
    await producer.getByLabel("品类").selectOption("meat_poultry");
    await producer.getByLabel("产地县市").selectOption("433124");
    await producer.locator("#v0_name").fill("500克");
    await producer.locator("#v0_price").fill("68.8");
    await producer.locator("#v0_stock").fill("40");
    await producer.locator("#v1_name").fill("1000克礼盒");
    await producer.locator("#v1_price").fill("129");
    await producer.locator("#v1_stock").fill("30");
    await producer.getByLabel("状态", { exact: true }).selectOption("on_sale");
    await producer.getByLabel("添加图片").setInputFiles({ name: "larou.png", mimeType: "image/png", buffer: await samplePng() });
    await producer.getByRole("button", { name: "保存" }).click();
    await expect(producer.getByText("已保存。")).toBeVisible();
    await expect(producer).toHaveURL(/\/producer\/products\/[0-9a-f-]{36}\/edit\?saved=1$/);
    await expect(producer.getByRole("img", { name: "商品图片 1" })).toBeVisible();

    // 2. A new buyer registers through the form.
    await buyer.goto("/register");
    await buyer.getByRole("radio", { name: /^买家/ }).check();
    await buyer.getByLabel("姓名或称呼").fill("王晓梅");
    await buyer.getByLabel("手机号").fill(freshPhone());
    await buyer.getByLabel("密码", { exact: true }).fill("abc12345");
    await buyer.getByLabel("再次输入密码").fill("abc12345");
    await buyer.getByRole("button", { name: "注册" }).click();
    await expect(buyer.getByRole("heading", { level: 1, name: "我的订单" })).toBeVisible();
    await expect(buyer.getByText("还没有订单。")).toBeVisible();

    // 3. The buyer finds the new product by its Chinese word and adds the second variant, twice.
    await buyer.goto("/products");
    await buyer.getByLabel("搜索商品或生产者").fill(word);
    await buyer.getByRole("button", { name: "搜索" }).click();
    await expect(buyer).toHaveURL(new RegExp(`/products\\?q=${encodeURIComponent(word)}`));
    await expect(buyer.getByText("共 1 件商品")).toBeVisible();
    await buyer.getByRole("link", { name: new RegExp(word) }).click();
    await expect(buyer.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const photo = buyer.getByRole("img", { name: `${title} 的照片 1` });
    await expect(photo).toBeVisible();
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const productUrl = new URL(buyer.url()).pathname;
    const meatQty = 2;
    const meatUnitFen = await addToCart(buyer, buyer.getByRole("radio", { name: /1000克礼盒/ }), meatQty);

    // 4. …and a tea from the 吕洞山镇 cooperative, found by searching 黄金茶.
    await buyer.goto("/products");
    await buyer.getByLabel("搜索商品或生产者").fill("黄金茶");
    await buyer.getByRole("button", { name: "搜索" }).click();
    await expect(buyer).toHaveURL(new RegExp(`/products\\?q=${encodeURIComponent("黄金茶")}`));
    const teaCard = buyer.getByRole("link").filter({ hasText: BJHJ }).filter({ hasNotText: "预售" }).first();
    const teaTitle = (await teaCard.getByRole("heading").textContent())!;
    await teaCard.click();
    await expect(buyer.getByRole("heading", { level: 1, name: teaTitle })).toBeVisible();
    await expect(buyer.getByRole("link", { name: BJHJ }).first()).toBeVisible();
    const teaQty = 3;
    const teaUnitFen = await addToCart(buyer, buyer.getByRole("radio", { checked: true }), teaQty);

    const meatTotal = meatUnitFen * meatQty;
    const teaTotal = teaUnitFen * teaQty;

    // 5. The cart splits by producer; the sums are the prices shown on the product pages.
    await buyer.goto("/cart");
    await expect(buyer.getByTestId("cart-line")).toHaveCount(2);
    const meatGroup = buyer.locator("div").filter({ has: buyer.getByRole("heading", { level: 2, name: SBD }) }).last();
    const teaGroup = buyer.locator("div").filter({ has: buyer.getByRole("heading", { level: 2, name: BJHJ }) }).last();
    await expect(meatGroup).toContainText(`小计 ${yuan(meatTotal)}`);
    await expect(teaGroup).toContainText(`小计 ${yuan(teaTotal)}`);
    await expect(buyer.getByText(`合计 ${yuan(meatTotal + teaTotal)}`)).toBeVisible();
    await buyer.getByRole("link", { name: "去结算" }).click();

    // 6. Checkout with bank transfer (the default) → two orders, each with its own reference code.
    await buyer.getByLabel("收货人").fill("王晓梅");
    await buyer.getByLabel("手机号").fill("13912345678");
    await buyer.getByLabel("区/县").fill("历城区");
    await buyer.getByLabel("详细地址").fill("花园路 66 号 3 单元 501");
    await expect(buyer.getByRole("radio", { name: /^对公转账/ })).toBeChecked();
    await buyer.getByRole("button", { name: "提交订单" }).click();
    await expect(buyer.getByRole("heading", { level: 1, name: "我的订单" })).toBeVisible();
    const placed = buyer.getByTestId("placed-orders").getByRole("link");
    await expect(placed).toHaveCount(2);
    const meatLink = placed.filter({ hasText: SBD });
    const teaLink = placed.filter({ hasText: BJHJ });
    await expect(meatLink).toContainText(yuan(meatTotal));
    await expect(teaLink).toContainText(yuan(teaTotal));
    const meatNo = (await meatLink.textContent())!.match(/XJ\d+/)![0];
    const teaNo = (await teaLink.textContent())!.match(/XJ\d+/)![0];
    expect(meatNo).not.toBe(teaNo);
    // A new account: exactly these two orders, both waiting for the transfer.
    await expect(buyer.getByTestId("order-card")).toHaveCount(2);
    for (const no of [meatNo, teaNo]) await expect(buyer.getByTestId("order-card").filter({ hasText: no })).toContainText("待付款");

    await meatLink.click();
    await expect(buyer.getByTestId("bank-reference")).toHaveText(meatNo);
    await expect(buyer.getByText(`请向下面的账户转账 ${yuan(meatTotal)}`)).toBeVisible();
    const meatOrderUrl = new URL(buyer.url()).pathname;
    await buyer.goto("/orders");
    await buyer.getByTestId("order-card").filter({ hasText: teaNo }).click();
    await expect(buyer.getByTestId("bank-reference")).toHaveText(teaNo);
    await expect(buyer.getByText(`请向下面的账户转账 ${yuan(teaTotal)}`)).toBeVisible();
    const teaOrderUrl = new URL(buyer.url()).pathname;

    // 7. Each producer confirms the transfer and ships with a tracking number.
    await apiLogin(tea.request, TEA);
    const shipments = [
      [producer, meatNo, meatTotal, "顺丰速运", `SF${Date.now()}`],
      [tea, teaNo, teaTotal, "中通快递", `ZT${Date.now()}`],
    ] as const;
    for (const [page, orderNo, totalFen, carrier, tracking] of shipments) {
      await page.goto("/producer/orders");
      await page.getByTestId("order-card").filter({ hasText: orderNo }).click();
      await expect(page.getByTestId("order-no")).toContainText(orderNo);
      await expect(page.getByText(`合计 ${yuan(totalFen)}`)).toBeVisible();
      // Marking the money received takes a second tap, which names the amount to look for in the bank account.
      await page.getByTestId("confirm-payment").locator("summary").click();
      await page.getByRole("button", { name: `确认已收到 ${yuan(totalFen)}` }).click();
      await expect(page.getByTestId("order-no").locator("..")).toContainText("已付款");
      await page.getByLabel("快递公司").fill(carrier);
      await page.getByLabel("运单号").fill(tracking);
      await page.getByRole("button", { name: "发货" }).click();
      await expect(page.getByTestId("shipment")).toContainText(tracking);
      await expect(page.getByTestId("order-no").locator("..")).toContainText("已发货");
    }

    // 8. The buyer sees both shipped with their tracking numbers, confirms receipt, and reviews the new product.
    const [[, , , , meatTracking], [, , , , teaTracking]] = shipments;
    await buyer.goto(teaOrderUrl);
    await expect(buyer.getByTestId("order-no").locator("..")).toContainText("已发货");
    await expect(buyer.getByTestId("shipment")).toContainText(teaTracking);
    await buyer.goto(meatOrderUrl);
    await expect(buyer.getByTestId("order-no").locator("..")).toContainText("已发货");
    await expect(buyer.getByTestId("shipment")).toContainText(`快递公司：顺丰速运 · 运单号：${meatTracking}`);
    await buyer.getByTestId("confirm-receipt").locator("summary").click();
    await buyer.getByRole("button", { name: "确认已收到货" }).click();
    await expect(buyer.getByTestId("order-no").locator("..")).toContainText("已收货");
    const reviewText = `腊肉烟熏味正，${word}礼盒包装结实，支持湘西老乡！`;
    await buyer.getByLabel("评分（1–5 星）").selectOption("4");
    await buyer.getByLabel("说说你的感受（选填）").fill(reviewText);
    await buyer.getByRole("button", { name: "提交评价" }).click();
    await expect(buyer.getByText("你的评价：4 星")).toBeVisible();
    await expect(buyer.getByTestId("order-no").locator("..")).toContainText("已完成");

    // 9. The review is public on the product page, for anyone.
    const visitor = await personPage(browser, baseURL, `${ipBase}.4`);
    await visitor.goto(productUrl);
    const reviews = visitor.locator("section").filter({ has: visitor.getByRole("heading", { level: 2, name: /买家评价/ }) });
    await expect(reviews.getByText(reviewText)).toBeVisible();
    await expect(reviews.getByRole("heading", { level: 2 })).toContainText("4.0 分（1 条评价）");

    for (const p of [producer, buyer, tea, visitor]) await p.context().close();
  });
});
