import { apiLogin, DEMO, expect, freshPhone, test, uiLogin } from "./fixtures";

const PENDING_ORG = "吉首市矮寨镇葛根家庭农场（示例）";
const PENDING_PRODUCT = "矮寨葛根粉";

test.describe("cooperation office console", () => {
  test("approves a pending producer, certifies its product, hides a job; the producer and the public see it; the audit log shows all three", async ({ page, browser }) => {
    // A seeded open job that no other spec touches (specs run in parallel on one server).
    const jobTitle = "电商仓储打包员";
    // It is on the job board when searched by its title.
    const board = `/jobs?q=${encodeURIComponent(jobTitle)}`;
    await page.goto(board);
    await expect(page.getByRole("heading", { name: jobTitle, exact: true }).first()).toBeVisible();

    await uiLogin(page, DEMO.admin);
    await expect(page.getByRole("heading", { level: 1, name: "东西部协作办控制台" })).toBeVisible();

    // 1. approve
    await page.goto("/admin/verification");
    const card = page.locator("li", { has: page.getByRole("heading", { name: PENDING_ORG }) });
    await card.getByRole("button", { name: "通过认证" }).click();
    await expect(page.getByRole("heading", { name: PENDING_ORG })).toHaveCount(0);

    // 2. certify
    await page.goto(`/admin/certification?q=${encodeURIComponent(PENDING_PRODUCT)}`);
    const product = page.locator("li", { has: page.getByRole("heading", { name: PENDING_PRODUCT }) });
    await product.locator("summary").click();
    await product.getByLabel("认定编号").fill("湘扶认〔2026〕E2E1号");
    await product.getByLabel("认定县市").selectOption("433101");
    await product.getByLabel("目录批次").fill("2026年第三批");
    await product.getByLabel("有效期至").fill("2027-12-31");
    await product.locator("form").getByRole("button", { name: "保存认定" }).click();
    await expect(product.getByText("当前认定：湘扶认〔2026〕E2E1号")).toBeVisible();

    // 3. hide a job
    await page.goto(`/admin/moderation?q=${encodeURIComponent(jobTitle)}`);
    const job = page.locator("section", { has: page.getByRole("heading", { name: "岗位" }) }).locator("li", { has: page.getByRole("heading", { name: jobTitle, exact: true }) }).first();
    await job.locator("summary").click();
    await job.getByLabel("隐藏理由（对方可以看到）").fill("岗位信息待核实（E2E）");
    await job.locator("form").getByRole("button", { name: "隐藏" }).click();
    await expect(job.getByText("已隐藏：岗位信息待核实（E2E）")).toBeVisible();

    // the job left the public board (/jobs, searched by its title) and the home page's open jobs
    await page.goto(board);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: jobTitle, exact: true })).toHaveCount(0);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "正在招聘" })).toBeVisible();
    await expect(page.locator("section", { has: page.getByRole("heading", { name: "正在招聘" }) }).getByRole("heading", { name: jobTitle, exact: true })).toHaveCount(0);

    // the audit log shows all three
    await page.goto("/admin/audit");
    // …in a box of its own that scrolls sideways on a phone
    const log = page.getByRole("region", { name: "操作日志", exact: true }).getByRole("table");
    for (const action of ["通过组织认证", "产品认定", "隐藏岗位"]) await expect(log.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
    await expect(log).toContainText("湘扶认〔2026〕E2E1号");
    await expect(log).toContainText("岗位信息待核实（E2E）");

    // the producer sees the approval and the certificate
    const producerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.18.251.7" } });
    const producer = await producerContext.newPage();
    await uiLogin(producer, "pending@demo.xiangji.cn");
    await expect(producer).toHaveURL(/\/producer$/);
    // the approved producer puts the certified draft on sale ...
    await producer.getByRole("link", { name: `编辑 ${PENDING_PRODUCT}` }).click();
    await producer.getByLabel("状态", { exact: true }).selectOption("on_sale");
    await producer.getByRole("button", { name: "保存" }).click();
    await expect(producer.getByText("已保存。")).toBeVisible();
    const productId = /\/producer\/products\/([0-9a-f-]{36})\/edit/.exec(producer.url())![1];
    // ... and the public product page carries the certificate badge and number
    const visitorContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.18.251.8" } });
    const visitor = await visitorContext.newPage();
    const res = await visitor.goto(`/products/${productId}`);
    expect(res?.status()).toBe(200);
    await expect(visitor.getByRole("heading", { level: 1, name: PENDING_PRODUCT })).toBeVisible();
    await expect(visitor.getByText("扶贫产品认定", { exact: true }).first()).toBeVisible();
    const certSection = visitor.locator("section", { has: visitor.getByRole("heading", { name: "扶贫产品认定" }) });
    await expect(certSection).toContainText("湘扶认〔2026〕E2E1号");
    await visitorContext.close();
    // the producer dashboard links to the sales statistics
    await producer.goto("/producer");
    await producer.getByRole("link", { name: "销售统计" }).click();
    await expect(producer).toHaveURL(/\/producer\/stats$/);
    await expect(producer.getByRole("heading", { level: 1, name: "销售统计" })).toBeVisible();
    await expect(producer.getByText("已认证", { exact: true })).toBeVisible();
    const certs = producer.locator("table", { has: producer.getByRole("columnheader", { name: "认定编号" }) });
    await expect(certs.getByRole("cell", { name: "湘扶认〔2026〕E2E1号" })).toBeVisible();
    await expect(certs).toContainText(PENDING_PRODUCT);
    await producerContext.close();
  });

  test("the public impact page shows figures with tables behind the charts and a county map", async ({ page }) => {
    const res = await page.goto("/impact?from=2026-01-01&to=2026-12-31");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "协作成效" })).toBeVisible();
    for (const caption of ["按月销售额", "按湘西县市", "按商品类别", "按采购方类型", "按济南区县", "按县市就业人数"]) {
      await expect(page.locator("table", { has: page.locator("caption", { hasText: caption }) })).toHaveCount(1);
    }
    await expect(page.getByRole("img", { name: "湘西州各县市销售额" })).toBeVisible();
    // the home page's counters and the impact page's "since the start" agree
    const sinceStart = page.locator("section", { has: page.getByRole("heading", { name: "平台累计" }) });
    const impactSales = sinceStart.locator("dd data").first();
    const [impactText, impactYuan] = [await impactSales.textContent(), await impactSales.getAttribute("value")];
    expect(impactText).toMatch(/^¥[\d,.]+[万亿]?$/);
    expect(impactYuan).toMatch(/^\d+\.\d{2}$/);
    await page.goto("/");
    const home = page.locator("section", { has: page.getByRole("heading", { name: "协作成效" }) });
    await expect(home.locator("dd data").first()).toHaveText(impactText!);
    await expect(home.locator("dd data").first()).toHaveAttribute("value", impactYuan!);
  });

  test("the administrator downloads a CSV export with a BOM", async ({ page }) => {
    await apiLogin(page.request, DEMO.admin);
    const res = await page.request.get("/api/exports/orders?format=csv&from=2026-01-01&to=2026-12-31");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    expect(res.headers()["content-disposition"]).toContain("attachment");
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8")).toContain("订单号");
    const xlsx = await page.request.get("/api/exports/hires?format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  });
});

const CONSOLE_PAGES = ["/admin", "/admin/verification", "/admin/certification", "/admin/moderation", "/admin/users", "/admin/pairings", "/admin/targets", "/admin/seekers", "/admin/audit", "/admin/exports", "/en/admin/audit"];
const ACTIONS = [
  "approve-org",
  "reject-org",
  "certify-product",
  "remind-certificates",
  "hide-product",
  "unhide-product",
  "hide-job",
  "unhide-job",
  "grant-role",
  "revoke-role",
  "set-user-status",
  "reset-password",
  "add-pairing",
  "remove-pairing",
  "set-purchase-target",
  "verify-poor-labourer",
];
const EXPORTS = ["orders", "sales-by-county", "sales-by-pair", "hires"].flatMap((k) => [`/api/exports/${k}?format=csv`, `/api/exports/${k}?format=xlsx`]);

test.describe("a non-administrator gets 403 from every console page, action and export", () => {
  for (const account of [DEMO.buyer, DEMO.producer, DEMO.employer, DEMO.seeker]) {
    test(account, async ({ page }) => {
      await apiLogin(page.request, account);
      for (const path of CONSOLE_PAGES) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(403);
      }
      for (const action of ACTIONS) {
        const res = await page.request.post(`/api/admin/${action}`, { data: { orgId: "00000000-0000-4000-8000-000000000000", userId: "00000000-0000-4000-8000-000000000000", status: "disabled", role: "admin" } });
        expect(res.status(), action).toBe(403);
      }
      for (const path of EXPORTS) {
        const res = await page.request.get(path);
        expect(res.status(), path).toBe(403);
      }
    });
  }

  test("signed out: exports and actions are refused too", async ({ request }) => {
    for (const path of EXPORTS) expect((await request.get(path)).status(), path).toBe(403);
    for (const action of ACTIONS) expect((await request.post(`/api/admin/${action}`, { data: {} })).status(), action).toBe(401);
  });
});

test("a seeker who forgot the password: the office resets it, tells a temporary one shown once, and it signs in", async ({ page, browser, baseURL, clientIp }) => {
  const phone = freshPhone();
  const name = `忘密码${Date.now() % 1e5}`;
  const person = await browser.newContext({ baseURL, locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": clientIp } });
  const personPage = await person.newPage();
  await personPage.goto("/register");
  await personPage.getByRole("radio", { name: /^求职者/ }).check();
  await personPage.getByLabel("姓名或称呼").fill(name);
  await personPage.getByLabel("手机号").fill(phone);
  await personPage.getByLabel("密码", { exact: true }).fill("abc12345");
  await personPage.getByLabel("再次输入密码").fill("abc12345");
  await personPage.getByRole("button", { name: "注册" }).click();
  await expect(personPage.getByRole("heading", { level: 1, name: "求职者主页" })).toBeVisible();
  // The sign-in page says whom to ask.
  await personPage.context().clearCookies();
  await personPage.goto("/login");
  await personPage.getByText("忘记密码？").click();
  await expect(personPage.getByText("工作人员核实身份后为你重置密码")).toBeVisible();

  await apiLogin(page.request, DEMO.admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  const card = page.locator("li", { has: page.getByRole("heading", { name }) });
  await card.getByRole("button", { name: "重置密码" }).click();
  const shown = card.getByText(/^临时密码：[a-z]{4}\d{4}。只显示这一次/);
  await expect(shown).toBeVisible();
  const temporary = (await shown.textContent())!.match(/临时密码：([a-z]{4}\d{4})/)![1]!;

  // Signed in with it, every page sends the person to choose a password of their own first.
  await uiLogin(personPage, phone, temporary);
  await expect(personPage.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
  await expect(personPage.getByTestId("must-change-password")).toContainText("临时密码");
  await personPage.goto("/seeker");
  await expect(personPage).toHaveURL(/\/account\/password$/);
  await personPage.getByLabel("当前密码").fill(temporary);
  await personPage.getByLabel("新密码", { exact: true }).fill("embroider2027");
  await personPage.getByLabel("再次输入新密码").fill("embroider2027");
  await personPage.getByRole("button", { name: "保存新密码" }).click();
  await expect(personPage.getByText("密码已修改。其他设备上的登录已退出。")).toBeVisible();
  await personPage.goto("/seeker");
  await expect(personPage.getByRole("heading", { level: 1, name: "求职者主页" })).toBeVisible();
  await personPage.goto("/notifications");
  await expect(personPage.getByText("你的密码已由东西部协作办重置")).toBeVisible();
  await person.close();
});
