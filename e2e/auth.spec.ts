import { apiLogin, DEMO, expect, freshPhone, test, uiLogin } from "./fixtures";

test.describe("accounts", () => {
  for (const [role, heading] of [
    ["buyer", "我的订单"],
    ["producer", "生产者工作台"],
    ["employer", "用工单位工作台"],
    ["seeker", "求职者主页"],
  ] as const) {
    test(`registers as ${role} and lands on the ${role} page`, async ({ page }) => {
      await page.goto("/register");
      await page.getByRole("radio", { name: new RegExp(`^${{ buyer: "买家", producer: "生产者", employer: "用工单位", seeker: "求职者" }[role]}`) }).check();
      await page.getByLabel("姓名或称呼").fill(`测试${role}`);
      await page.getByLabel("手机号").fill(freshPhone());
      await page.getByLabel("密码", { exact: true }).fill("abc12345");
      await page.getByLabel("再次输入密码").fill("abc12345");
      await page.getByRole("button", { name: "注册" }).click();
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    });
  }

  test("registration errors keep what was typed", async ({ page }) => {
    await page.goto("/register");
    await page.getByRole("radio", { name: /^买家/ }).check();
    await page.getByLabel("姓名或称呼").fill("赵六");
    await page.getByLabel("手机号").fill("12345");
    await page.getByLabel("密码", { exact: true }).fill("abc12345");
    await page.getByLabel("再次输入密码").fill("abc12345");
    await page.getByRole("button", { name: "注册" }).click();
    await expect(page.locator("#phone-error")).toHaveText("请输入 11 位手机号");
    await expect(page.getByLabel("姓名或称呼")).toHaveValue("赵六");
    await expect(page.getByLabel("手机号")).toHaveValue("12345");
  });

  for (const [account, heading] of [
    [DEMO.buyer, "我的订单"],
    [DEMO.union, "我的订单"],
    [DEMO.producer, "生产者工作台"],
    [DEMO.employer, "用工单位工作台"],
    [DEMO.seeker, "求职者主页"],
    [DEMO.admin, "东西部协作办控制台"],
  ] as const) {
    test(`demo account ${account} lands on its page`, async ({ page }) => {
      await uiLogin(page, account);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    });
  }

  test("signs in with a phone number and signs out", async ({ page }) => {
    await uiLogin(page, "13800000009");
    await expect(page.getByRole("heading", { level: 1, name: "求职者主页" })).toBeVisible();
    await page.goto("/account");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("heading", { name: "当季好物" })).toBeVisible();
    await page.goto("/seeker");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fseeker/);
  });

  test("a wrong password and an unknown account get the same answer", async ({ page }) => {
    await uiLogin(page, DEMO.buyer, "wrong-password-1");
    await expect(page.locator("form").getByRole("alert")).toHaveText("账号或密码不正确。");
    await expect(page.getByLabel("手机号或邮箱")).toHaveValue(DEMO.buyer);
    await uiLogin(page, "nobody@demo.xiangji.cn", "wrong-password-1");
    await expect(page.locator("form").getByRole("alert")).toHaveText("账号或密码不正确。");
  });
});

test.describe("access control", () => {
  test("a job seeker opening the producer area is refused with 403, not a crash", async ({ page }) => {
    await apiLogin(page.request, DEMO.seeker);
    const res = await page.goto("/producer");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "没有权限" })).toBeVisible();
  });

  for (const [account, path] of [
    [DEMO.buyer, "/admin"],
    [DEMO.producer, "/employer"],
    [DEMO.employer, "/producer"],
    [DEMO.seeker, "/admin"],
    [DEMO.admin, "/seeker"],
  ] as const) {
    test(`${account} is refused ${path}`, async ({ page }) => {
      await apiLogin(page.request, account);
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
    });
  }

  test("signed-out visitors of a private page are sent to sign in and come back", async ({ page }) => {
    await page.goto("/producer");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fproducer/);
    await page.getByLabel("手机号或邮箱").fill(DEMO.producer);
    await page.getByLabel("密码").fill("Demo@2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/producer$/);
  });

  test("a forged session cookie is ignored", async ({ page, context }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.garbage.garbage.garbage.garbage", url: test.info().project.use.baseURL! }]);
    await page.goto("/producer");
    await expect(page).toHaveURL(/\/login/);
  });

  test("callbackUrl to another origin is ignored", async ({ page }) => {
    await page.goto("/login?callbackUrl=https://evil.example/steal");
    await page.getByLabel("手机号或邮箱").fill(DEMO.buyer);
    await page.getByLabel("密码").fill("Demo@2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的订单" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });
});

test.describe("sign-in throttling", () => {
  test("the 11th wrong password in a row gets 429", async ({ request }) => {
    const account = `throttle-${Date.now()}@demo.xiangji.cn`;
    for (let i = 1; i <= 10; i++) {
      const res = await apiLogin(request, account, `wrong-${i}`);
      expect(res.status(), `attempt ${i}`).not.toBe(429);
    }
    const eleventh = await apiLogin(request, account, "wrong-11");
    expect(eleventh.status()).toBe(429);
    expect(eleventh.headers()["retry-after"]).toMatch(/^\d+$/);
    expect((await eleventh.json()).message).toContain("登录尝试次数过多");
  });

  test("the sign-in page says so in Chinese once throttled", async ({ page }) => {
    const account = `throttle-ui-${Date.now()}@demo.xiangji.cn`;
    for (let i = 1; i <= 10; i++) await apiLogin(page.request, account, `wrong-${i}`);
    await uiLogin(page, account);
    await expect(page.locator("form").getByRole("alert")).toContainText("登录尝试次数过多，请 10 分钟后再试");
  });
});

test.describe("password change", () => {
  test("changing the password keeps this phone signed in, signs the other device out, and the new password signs in", async ({ page, browser, baseURL, clientIp }) => {
    const phone = freshPhone();
    await page.goto("/register");
    await page.getByRole("radio", { name: /^买家/ }).check();
    await page.getByLabel("姓名或称呼").fill("改密码测试");
    await page.getByLabel("手机号").fill(phone);
    await page.getByLabel("密码", { exact: true }).fill("abc12345");
    await page.getByLabel("再次输入密码").fill("abc12345");
    await page.getByRole("button", { name: "注册" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的订单" })).toBeVisible();
    // The same account on a second device.
    const other = await browser.newContext({ baseURL, locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": clientIp } });
    await apiLogin(other.request, phone, "abc12345");
    const otherPage = await other.newPage();
    await otherPage.goto("/account");
    await expect(otherPage.getByText("已登录：改密码测试")).toBeVisible();

    await page.goto("/account");
    await page.getByRole("link", { name: "修改密码" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
    // A wrong current password: said next to its field, and nothing typed comes back.
    await page.getByLabel("当前密码").fill("abc99999");
    await page.getByLabel("新密码", { exact: true }).fill("tea2027xiangxi");
    await page.getByLabel("再次输入新密码").fill("tea2027xiangxi");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("当前密码不对，请重新输入");
    await expect(page.getByLabel("当前密码")).toBeFocused();
    await expect(page.getByLabel("新密码", { exact: true })).toHaveValue("");

    await page.getByLabel("当前密码").fill("abc12345");
    await page.getByLabel("新密码", { exact: true }).fill("tea2027xiangxi");
    await page.getByLabel("再次输入新密码").fill("tea2027xiangxi");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await expect(page.getByText("密码已修改。其他设备上的登录已退出。")).toBeVisible();
    await expect(page.getByText("已登录：改密码测试")).toBeVisible();
    await page.goto("/notifications");
    await expect(page.getByText("你的密码已修改")).toBeVisible();

    // The other device is sent to sign in at its next request.
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
    // The old password no longer signs in.
    await apiLogin(other.request, phone, "abc12345");
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/login/);
    await uiLogin(otherPage, phone, "tea2027xiangxi");
    await expect(otherPage.getByRole("heading", { level: 1, name: "我的订单" })).toBeVisible();
    await other.close();
  });
});
