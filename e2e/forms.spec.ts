import type { Browser, Page } from "@playwright/test";
import { apiLogin, DEMO, expect, freshPhone, test } from "./fixtures";

/** The phone the browser review used: 360 × 740, where a form's first field is far above its submit button. */
const PHONE = { width: 360, height: 740 };

async function phoneContext(browser: Browser, baseURL: string | undefined, clientIp: string, javaScriptEnabled = true) {
  return browser.newContext({ baseURL, viewport: PHONE, locale: "zh-CN", javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
}

async function registerSeeker(page: Page) {
  await page.goto("/register");
  await page.getByRole("radio", { name: /^求职者/ }).check();
  await page.getByLabel("姓名或称呼").fill("向阿婆（测试）");
  await page.getByLabel("手机号").fill(freshPhone());
  await page.getByLabel("密码", { exact: true }).fill("abc12345");
  await page.getByLabel("再次输入密码").fill("abc12345");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "求职者主页" })).toBeVisible();
}

test.describe("forms bring the person to their errors", () => {
  test("seeker profile at 360 px: focus lands on the bad phone number, and every typed field is kept", async ({ browser, baseURL, clientIp }) => {
    const ctx = await phoneContext(browser, baseURL, clientIp);
    const page = await ctx.newPage();
    await apiLogin(page.request, DEMO.seeker);
    await page.goto("/seeker/profile");
    await page.getByLabel("乡镇（街道）").fill("石牌镇");
    await page.getByLabel("手机号", { exact: true }).fill("1380000");
    await page.getByLabel("身份证号（选填）").fill("43313019880715002X");
    await page.getByLabel("所在县市").selectOption({ label: "龙山县" });
    await page.getByRole("radio", { name: "愿意去济南务工" }).check();
    await page.getByRole("button", { name: "保存档案" }).click();

    const phone = page.getByLabel("手机号", { exact: true });
    await expect(phone).toBeFocused();
    await expect(phone).toBeInViewport();
    await expect(page.locator("#phone-error")).toHaveText("请输入 11 位手机号");
    await expect(page.getByTestId("seeker-form").getByRole("alert").getByRole("link", { name: /请输入 11 位手机号/ })).toHaveAttribute("href", "#phone");
    await expect(phone).toHaveValue("1380000");
    await expect(page.getByLabel("身份证号（选填）")).toHaveValue("43313019880715002X");
    await expect(page.getByLabel("乡镇（街道）")).toHaveValue("石牌镇");
    await expect(page.getByLabel("所在县市")).toHaveValue("433130");
    await expect(page.getByRole("radio", { name: "愿意去济南务工" })).toBeChecked();
    await ctx.close();
  });

  test("seeker profile without JavaScript: the re-rendered page opens on an error summary and keeps the phone", async ({ browser, baseURL, clientIp }) => {
    const ctx = await phoneContext(browser, baseURL, clientIp, false);
    const page = await ctx.newPage();
    await apiLogin(page.request, DEMO.seeker);
    await page.goto("/seeker/profile");
    await page.getByLabel("姓名", { exact: true }).fill("");
    await page.getByLabel("手机号", { exact: true }).fill("1380000");
    await page.getByRole("button", { name: "保存档案" }).click();

    const summary = page.getByTestId("seeker-form").getByRole("alert");
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary.getByRole("link", { name: /请填写姓名/ })).toHaveAttribute("href", "#fullName");
    await expect(summary.getByRole("link", { name: /请输入 11 位手机号/ })).toHaveAttribute("href", "#phone");
    await expect(page.getByLabel("手机号", { exact: true })).toHaveValue("1380000");
    await ctx.close();
  });

  test("register at 360 px: focus lands on the first invalid field, and the password rule is said once", async ({ browser, baseURL, clientIp }) => {
    const ctx = await phoneContext(browser, baseURL, clientIp);
    const page = await ctx.newPage();
    await page.goto("/register");
    await page.getByRole("radio", { name: /^买家/ }).check();
    await page.getByLabel("手机号").fill(freshPhone());
    await page.getByLabel("密码", { exact: true }).fill("abc");
    await page.getByLabel("再次输入密码").fill("abc");
    await page.getByRole("button", { name: "注册" }).click();

    const name = page.getByLabel("姓名或称呼");
    await expect(name).toBeFocused();
    await expect(name).toBeInViewport();
    await expect(page.locator("#name-error")).toHaveText("请填写姓名");
    // Once under the field (the hint that says the same is not repeated), once in the summary's link.
    await expect(page.locator("form").getByText("密码至少 8 位，且同时包含字母和数字")).toHaveCount(2);
    await expect(page.locator("#password-error")).toHaveText("密码至少 8 位，且同时包含字母和数字");
    await expect(page.locator("#password-hint")).toHaveCount(0);
    await ctx.close();
  });

  test("checkout at 360 px: an invoice title without a tax id brings the buyer to the tax id", async ({ browser, baseURL, clientIp }) => {
    const ctx = await phoneContext(browser, baseURL, clientIp);
    const page = await ctx.newPage();
    await apiLogin(page.request, DEMO.buyer);
    await page.goto("/products");
    await page.locator("a.product-card").first().click();
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page.getByText("已加入购物车。")).toBeVisible();
    await page.goto("/checkout");
    await page.getByLabel("收货人").fill("李会计");
    await page.getByLabel("手机号").fill("13912345678");
    await page.getByLabel("区/县").fill("历下区");
    await page.getByLabel("详细地址").fill("泉城路 1 号");
    await page.getByLabel("发票抬头").fill("济南某集团工会");
    await page.getByRole("button", { name: "提交订单" }).click();

    const taxId = page.getByLabel("税号");
    await expect(taxId).toBeFocused();
    await expect(taxId).toBeInViewport();
    await expect(page.locator("#invoiceTaxId-error")).toHaveText("开发票需要填写税号");
    await expect(page.getByLabel("发票抬头")).toHaveValue("济南某集团工会");
    await ctx.close();
  });

  test("deleting my data accepts the word the page asks for: 删除", async ({ browser, baseURL, clientIp }) => {
    const ctx = await phoneContext(browser, baseURL, clientIp);
    const page = await ctx.newPage();
    await registerSeeker(page);
    await page.goto("/seeker/profile");
    await page.getByLabel("所在县市").selectOption({ label: "花垣县" });
    await page.getByLabel("手机号", { exact: true }).fill(freshPhone());
    await page.getByRole("button", { name: "保存档案" }).click();
    await expect(page.getByText("档案已保存。")).toBeVisible();
    await page.goto("/seeker/profile");
    const confirm = page.getByLabel("请输入“删除”两个字，确认删除你的求职数据");
    await confirm.fill("删除");
    await page.getByRole("button", { name: "删除我的求职数据" }).click();
    await expect(page.getByText("你的求职数据已删除。")).toBeVisible();
    await ctx.close();
  });

  test("product editor at 360 px: an unselected category asks to choose it, and focus lands there", async ({ browser, baseURL, clientIp }) => {
    const ctx = await phoneContext(browser, baseURL, clientIp);
    const page = await ctx.newPage();
    await apiLogin(page.request, DEMO.producer);
    await page.goto("/producer/products/new");
    await page.getByLabel("商品名称").fill("古丈毛尖 测试装");
    await page.locator("#v0_name").fill("100克");
    await page.locator("#v0_price").fill("68");
    await page.locator("#v0_stock").fill("10");
    await page.getByRole("button", { name: "保存" }).click();

    const category = page.getByLabel("品类");
    await expect(category).toBeFocused();
    await expect(category).toBeInViewport();
    await expect(page.locator("#category-error")).toHaveText("请选择品类");
    await expect(page.locator("#originCode-error")).toHaveText("请选择产地县市");
    await expect(page.getByLabel("商品名称")).toHaveValue("古丈毛尖 测试装");
    await ctx.close();
  });

  test("sign-in at 360 px: an error no field is to blame for is focused as a summary", async ({ browser, baseURL, clientIp }) => {
    const ctx = await phoneContext(browser, baseURL, clientIp);
    const page = await ctx.newPage();
    await page.goto("/login");
    await page.getByLabel("手机号或邮箱").fill(DEMO.buyer);
    await page.getByLabel("密码").fill("wrong-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    const alert = page.locator("form").getByRole("alert");
    await expect(alert).toHaveText("账号或密码不正确。");
    await expect(alert).toBeFocused();
    await expect(alert).toBeInViewport();
    await ctx.close();
  });
});
