import type { Browser, BrowserContext, Page } from "@playwright/test";
import { apiLogin, DEMO, expect, freshPhone, test, uiLogin } from "./fixtures";

/** A second person in the same test: own cookies, same test client address (throttling isolation). */
async function personContext(browser: Browser, baseURL: string | undefined, clientIp: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: "zh-CN", extraHTTPHeaders: { "x-forwarded-for": clientIp } });
}

const SEEDED = {
  seekerPhone: "13800000009",
  seekerId: "433130198807150026",
  welderId: "433124199203110013",
};

async function registerSeeker(page: Page, name: string, phone: string) {
  await page.goto("/register");
  await page.getByRole("radio", { name: /^求职者/ }).check();
  await page.getByLabel("姓名或称呼").fill(name);
  await page.getByLabel("手机号").fill(phone);
  await page.getByLabel("密码", { exact: true }).fill("abc12345");
  await page.getByLabel("再次输入密码").fill("abc12345");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "求职者主页" })).toBeVisible();
}

test("a workshop posts a job; a seeker is matched, applies; the employer interviews, offers, hires", async ({ page, browser, baseURL, clientIp }) => {
  const title = `居家苗绣绣片工 E2E${Date.now() % 1e6}`;

  // ── the workshop owner (惹巴妹, verified) posts a home-based embroidery job ──
  await uiLogin(page, DEMO.workshop);
  await expect(page.getByRole("heading", { level: 1, name: "生产者工作台" })).toBeVisible();
  await page.goto("/employer");
  await expect(page.getByRole("heading", { level: 1, name: "用工单位工作台" })).toBeVisible();
  await page.getByRole("link", { name: "发布新岗位" }).click();
  await page.getByLabel("岗位名称").fill(title);
  await page.getByLabel("岗位类型").selectOption({ label: "居家就业" });
  await page.getByLabel("具体工作地点").fill("龙山县苗儿滩镇（居家领料）");
  await page.getByRole("radio", { name: "计件" }).check();
  await page.getByLabel("工资下限（元）").fill("25.5");
  await page.getByLabel("工资上限（元，选填）").fill("80");
  await page.getByLabel(/^计件单位/).fill("片");
  await page.getByRole("checkbox", { name: "湘西绣娘" }).check();
  await page.getByLabel("其他技能要求").fill("刺绣");
  await page.getByRole("checkbox", { name: "免费培训" }).check();
  await page.getByLabel("岗位介绍").fill("车间发料，居家绣制苗绣绣片，按片计酬。");
  await expect(page.getByLabel("状态")).toHaveValue("open");
  await page.getByRole("button", { name: "保存岗位" }).click();
  await expect(page.getByText("岗位已保存。")).toBeVisible();
  const jobCard = page.locator("li", { hasText: title });
  await expect(jobCard.getByText("招聘中")).toBeVisible();

  // The public job page shows it, pay typed in yuan kept exactly.
  await page.goto("/jobs?q=" + encodeURIComponent("苗绣绣片"));
  await page.getByRole("link", { name: new RegExp(title) }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("¥25.50–¥80.00/片")).toBeVisible();
  await expect(page.getByText("已认证")).toBeVisible();

  // ── a new job seeker registers and completes the profile ──
  const seekerCtx = await personContext(browser, baseURL, clientIp);
  const seeker = await seekerCtx.newPage();
  const profilePhone = `159${freshPhone().slice(3)}`;
  await registerSeeker(seeker, "龙绣花", freshPhone());
  await expect(seeker.getByText("还没有求职档案")).toBeVisible();
  await seeker.getByRole("link", { name: "填写求职档案" }).click();
  await seeker.getByLabel("姓名", { exact: true }).fill("龙绣花（测试）");
  await seeker.getByLabel("所在县市").selectOption({ label: "龙山县" });
  await seeker.getByLabel("乡镇（街道）").fill("苗儿滩镇");
  await seeker.getByLabel("手机号", { exact: true }).fill(profilePhone);
  await seeker.getByLabel("身份证号（选填）").fill("433130199001010048");
  await seeker.getByRole("checkbox", { name: "湘西绣娘" }).check();
  await seeker.getByLabel("其他技能").fill("刺绣、西兰卡普");
  await seeker.getByRole("radio", { name: "在家门口或居家工作" }).check();
  await seeker.getByLabel("期望月薪（元，选填）").fill("3000");
  await seeker.getByRole("checkbox", { name: /建档立卡脱贫劳动力/ }).check();
  await seeker.getByRole("button", { name: "保存档案" }).click();
  await expect(seeker.getByText("档案已保存。")).toBeVisible();

  // ── 为你推荐: the new job is there, with its reasons ──
  const rec = seeker.locator("section", { has: seeker.getByRole("heading", { name: "为你推荐" }) });
  const item = rec.locator("li", { hasText: title });
  await expect(item).toBeVisible();
  await expect(item.getByTestId("reasons")).toContainText("技能匹配：湘西绣娘");
  await expect(item.getByTestId("reasons")).toContainText("就在本县");
  await expect(item.getByTestId("reasons")).toContainText("可以在家做");
  // The profile shows the numbers back only as their last 4 digits.
  await seeker.goto("/seeker/profile");
  await expect(seeker.getByText(`手机号：尾号 ${profilePhone.slice(-4)}`)).toBeVisible();
  expect(await seeker.content()).not.toContain(profilePhone);
  expect(await seeker.content()).not.toContain("433130199001010048");

  // ── apply, then try again ──
  await seeker.goto("/seeker");
  await item.getByRole("link", { name: new RegExp(title) }).click();
  await seeker.getByLabel("想对用工单位说的话（选填）").fill("我会苗绣，可以在家做。");
  await seeker.getByRole("button", { name: "投递" }).click();
  await expect(seeker.getByText("投递成功！")).toBeVisible();
  await expect(seeker.getByTestId("timeline")).toContainText("已投递");
  const applicationUrl = new URL(seeker.url()).pathname;
  const applicationId = applicationUrl.split("/").pop()!;
  await seeker.goBack();
  await seeker.reload();
  // The page is the same for everyone: its wording fits a signed-in seeker too.
  await expect(seeker.getByText("投递需要求职者账号。还没登录？")).toBeVisible();
  await seeker.getByLabel("想对用工单位说的话（选填）").fill("再投一次：我也会织锦。");
  await seeker.getByRole("button", { name: "投递" }).click();
  await expect(seeker.getByTestId("apply-form").getByRole("alert")).toContainText("你已经投递过这个岗位了，不用重复投递");
  // What was typed stays, and the refusal links to the seeker's applications.
  await expect(seeker.getByLabel("想对用工单位说的话（选填）")).toHaveValue("再投一次：我也会织锦。");
  await seeker.getByTestId("apply-form").getByRole("link", { name: "查看我的投递" }).click();
  await expect(seeker.getByRole("heading", { level: 1, name: "求职者主页" })).toBeVisible();
  await expect(seeker).toHaveURL(/\/seeker#apps-h$/);
  await expect(seeker.locator("section", { has: seeker.getByRole("heading", { name: "我的投递" }) })).toContainText(title);

  // ── the employer opens the application: viewed, phone hidden until the interview ──
  await page.goto("/employer");
  await page.locator("li", { hasText: title }).getByRole("link", { name: "查看投递" }).click();
  await page.locator("li", { hasText: "龙绣花（测试）" }).getByRole("link", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "投递详情" })).toBeVisible();
  await expect(page.getByTestId("applicant-phone-hidden")).toHaveText("安排面试后可见");
  expect(await page.content()).not.toContain(profilePhone);
  expect(await page.content()).not.toContain("433130199001010048");
  await seeker.goto(applicationUrl);
  await expect(seeker.getByTestId("timeline")).toContainText("已查看");

  await page.getByTestId("move-interview").getByRole("button", { name: "安排面试" }).click();
  await expect(page.getByText("状态已更新为「面试」。")).toBeVisible();
  await expect(page.getByTestId("applicant-phone")).toHaveText(profilePhone);
  expect(await page.content()).not.toContain("433130199001010048");
  await seeker.reload();
  await expect(seeker.getByTestId("timeline")).toContainText("面试");

  await page.getByTestId("move-offered").getByRole("button", { name: "发出录用意向" }).click();
  await expect(page.getByText("状态已更新为「已录用意向」。")).toBeVisible();
  await seeker.reload();
  await expect(seeker.getByTestId("timeline")).toContainText("已录用意向");

  await page.getByTestId("move-hired").getByLabel("工作地点").fill("龙山县苗儿滩镇（居家）");
  await page.getByTestId("move-hired").getByRole("button", { name: "确认入职" }).click();
  await expect(page.getByText("状态已更新为「已入职」。")).toBeVisible();
  await expect(page.getByText(/入职：.*龙山县苗儿滩镇（居家）/)).toBeVisible();
  // Its one place is taken: the job is filled and leaves the board.
  await expect(page.getByText(/招聘人数已满/)).toBeVisible();
  const board = await seekerCtx.request.get("/jobs?q=" + encodeURIComponent("苗绣绣片"));
  expect(await board.text()).not.toContain(title);
  await seeker.reload();
  await expect(seeker.getByTestId("timeline")).toContainText("已入职");
  await expect(seeker.getByText("工作地点：龙山县苗儿滩镇（居家）")).toBeVisible();
  await expect(seeker.getByText(/第 3 个月回访/)).toBeVisible();
  await seeker.goto("/seeker");
  await expect(seeker.locator("li", { hasText: title }).getByText("已入职")).toBeVisible();

  // ── another employer cannot open it, in the page or through the API ──
  const otherCtx = await personContext(browser, baseURL, clientIp);
  const other = await otherCtx.newPage();
  await apiLogin(other.request, DEMO.employer);
  const res = await other.goto(`/employer/applications/${applicationId}`);
  expect(res?.status()).toBe(404);
  expect(await other.content()).not.toContain("龙绣花");
  expect(await other.content()).not.toContain(profilePhone);
  const api = await other.request.get(`/api/v1/applications/${applicationId}`);
  expect(api.status()).toBe(404);
  expect(await api.text()).not.toContain(profilePhone);
  // …while the seeker reads it through the API, without the ID number.
  const mine = await seeker.request.get(`/api/v1/applications/${applicationId}`);
  expect(mine.status()).toBe(200);
  expect(await mine.text()).not.toContain("433130199001010048");
  await seekerCtx.close();
  await otherCtx.close();
});

test("seeded phone and ID numbers never show to those not entitled", async ({ page, browser, baseURL, clientIp }) => {
  // The workshop opens the demo seeker's embroidery application, which is only "viewed": no phone yet.
  await apiLogin(page.request, DEMO.workshop);
  await page.goto("/employer");
  await page.locator("li", { hasText: "湘西绣居家刺绣工（计件）" }).getByRole("link", { name: "查看投递" }).click();
  await page.locator("li", { hasText: "彭春梅" }).getByRole("link", { name: "查看" }).click();
  await expect(page.getByTestId("applicant-phone-hidden")).toBeVisible();
  const appId = new URL(page.url()).pathname.split("/").pop()!;
  for (const text of [await page.content(), await (await page.request.get(`/api/v1/applications/${appId}`)).text()]) {
    expect(text).not.toContain(SEEDED.seekerPhone);
    expect(text).not.toContain(SEEDED.seekerId);
  }

  // The Jinan employer hired the welder: it may see his phone, never his ID number; never the embroiderer.
  const ctx = await personContext(browser, baseURL, clientIp);
  const jinan = await ctx.newPage();
  await apiLogin(jinan.request, DEMO.employer);
  await jinan.goto("/employer");
  await jinan.locator("li", { hasText: "湘西焊工（二氧化碳保护焊）" }).getByRole("link", { name: "查看投递" }).click();
  await jinan.locator("li", { hasText: "龙建军" }).getByRole("link", { name: "查看" }).click();
  await expect(jinan.getByTestId("applicant-phone")).toHaveText("13800000010");
  expect(await jinan.content()).not.toContain(SEEDED.welderId);
  expect((await jinan.goto(`/employer/applications/${appId}`))?.status()).toBe(404);
  expect(await jinan.content()).not.toContain(SEEDED.seekerPhone);

  // Public pages and the public API.
  for (const path of ["/jobs", "/api/v1/jobs", "/api/v1/jobs?skill=湘西绣娘"]) {
    const body = await (await jinan.request.get(path)).text();
    for (const n of Object.values(SEEDED)) expect(body, path).not.toContain(n);
  }
  // The seeker's own pages show only the last 4 digits.
  const sctx = await personContext(browser, baseURL, clientIp);
  const s = await sctx.newPage();
  await apiLogin(s.request, DEMO.seeker);
  await s.goto("/seeker/profile");
  await expect(s.getByText("身份证号：尾号 0026")).toBeVisible();
  expect(await s.content()).not.toContain(SEEDED.seekerId);
  await ctx.close();
  await sctx.close();
});

test("the job board filters without JavaScript and closed jobs are not open", async ({ browser, baseURL, clientIp }) => {
  const ctx = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
  const page = await ctx.newPage();
  await page.goto("/jobs");
  await page.locator("summary", { hasText: "筛选" }).click();
  await page.getByLabel("技能").selectOption("湘西焊工");
  await page.getByRole("checkbox", { name: "提供住宿" }).check();
  await page.getByRole("button", { name: "搜索", exact: true }).click();
  await expect(page).toHaveURL(/skill=/);
  await expect(page.getByRole("link", { name: /湘西焊工（二氧化碳保护焊）/ })).toBeVisible();
  await expect(page.getByText("共 1 个岗位")).toBeVisible();
  // The closed CNC job is not on the board, and its page says it is not open (no apply form).
  await page.goto("/jobs?q=" + encodeURIComponent("数控"));
  await expect(page.getByText("共 0 个岗位")).toBeVisible();
  const res = await page.request.get("/api/v1/jobs?q=%25");
  expect((await res.json()).total).toBe(0);
  await ctx.close();
});

test("a new Jinan employer creates its profile, requests verification, and cannot open a job before it is verified", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("radio", { name: /^用工单位/ }).check();
  await page.getByLabel("姓名或称呼").fill("济南测试招聘员");
  await page.getByLabel("手机号").fill(freshPhone());
  await page.getByLabel("密码", { exact: true }).fill("abc12345");
  await page.getByLabel("再次输入密码").fill("abc12345");
  await page.getByRole("button", { name: "注册" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "用工单位工作台" })).toBeVisible();
  await page.getByRole("link", { name: "创建组织" }).click();
  const name = `济南测试物流有限公司 ${Date.now() % 1e6}`;
  await page.getByLabel("名称").fill(name);
  await page.getByLabel("类型").selectOption({ label: "济南用工单位" });
  await page.getByLabel("所在县市区").selectOption({ label: "济南市 · 历城区" });
  await page.getByLabel("联系电话").fill("0531-12345678");
  await expect(page.getByText("对公账户")).toHaveCount(0);
  await page.getByRole("button", { name: "创建组织" }).click();
  await expect(page.getByText("资料已保存。")).toBeVisible();
  await expect(page.getByText("未认证")).toBeVisible();
  await page.getByRole("button", { name: "申请认证" }).click();
  await expect(page.getByText("认证申请已提交，请等待东西部协作办审核。")).toBeVisible();
  await expect(page.getByText("审核中")).toBeVisible();
  await expect(page.getByRole("button", { name: "申请认证" })).toHaveCount(0);

  await page.goto("/employer/jobs/new");
  await page.getByLabel("岗位名称").fill("仓储分拣员");
  await page.getByLabel("所在县市区").selectOption({ label: "济南市 · 历城区" });
  await page.getByLabel("具体工作地点").fill("济南市历城区");
  await page.getByLabel("工资下限（元）").fill("4500");
  await page.getByLabel("状态").selectOption("open");
  await page.getByRole("button", { name: "保存岗位" }).click();
  await expect(page.getByTestId("job-form").getByRole("alert")).toContainText("组织通过认证后才能开放招聘");
  await expect(page.getByLabel("岗位名称")).toHaveValue("仓储分拣员");
  await page.getByLabel("状态").selectOption("draft");
  await page.getByRole("button", { name: "保存岗位" }).click();
  await expect(page.getByText("岗位已保存。")).toBeVisible();
  await expect(page.locator("li", { hasText: "仓储分拣员" }).getByText("草稿")).toBeVisible();
});

test("closing a job takes it off the board at once and its page stops taking applications", async ({ page }) => {
  const title = "网店客服（居家，湘西电商）";
  await page.goto("/jobs?q=" + encodeURIComponent("网店客服"));
  await page.getByRole("link", { name: new RegExp(title.replace(/[（）]/g, ".")) }).click();
  await expect(page.getByTestId("apply-form")).toBeVisible();
  const jobPath = new URL(page.url()).pathname;

  await apiLogin(page.request, DEMO.workshop);
  await page.goto("/employer");
  await page.locator("li", { hasText: title }).getByRole("link", { name: "编辑" }).click();
  await expect(page.getByLabel("岗位名称")).toHaveValue(title);
  await page.getByLabel("状态").selectOption({ label: "已关闭" });
  await page.getByRole("button", { name: "保存岗位" }).click();
  await expect(page.getByText("岗位已保存。")).toBeVisible();
  await expect(page.locator("li", { hasText: title }).getByText("已关闭")).toBeVisible();

  await page.goto(jobPath);
  await expect(page.getByText("这个岗位已停止招聘。")).toBeVisible();
  await expect(page.getByTestId("apply-form")).toHaveCount(0);
  await page.goto("/jobs?q=" + encodeURIComponent("网店客服"));
  await expect(page.getByText("共 0 个岗位")).toBeVisible();
  const api = await page.request.get(`/api/v1/jobs/${jobPath.split("/").pop()}`);
  expect((await api.json()).open).toBe(false);
});

test("a signed-in buyer who taps 投递 is told it takes a job-seeker account, and keeps what was typed", async ({ page }) => {
  await apiLogin(page.request, DEMO.buyer);
  await page.goto("/jobs?q=" + encodeURIComponent("养老护理员"));
  await page.getByRole("link", { name: /养老护理员/ }).first().click();
  await page.getByLabel("想对用工单位说的话（选填）").fill("我想了解一下这个岗位。");
  await page.getByRole("button", { name: "投递" }).click();
  await expect(page.getByTestId("apply-form").getByRole("alert")).toHaveText("只有求职者账号可以投递。");
  await expect(page.getByLabel("想对用工单位说的话（选填）")).toHaveValue("我想了解一下这个岗位。");
  // In English too.
  await page.goto(page.url().replace(/(:\d+)\//, "$1/en/"));
  await page.getByLabel("A message to the employer (optional)").fill("Just asking.");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("apply-form").getByRole("alert")).toHaveText("Only job-seeker accounts can apply.");
});

test("without JavaScript, a seeker's 撤回投递 only opens a sentence naming the job; 确认撤回投递 withdraws", async ({ browser, baseURL, clientIp }) => {
  const jsCtx = await personContext(browser, baseURL, clientIp);
  const setup = await jsCtx.newPage();
  await registerSeeker(setup, "向采茶", freshPhone());
  await setup.goto("/seeker/profile");
  await setup.getByLabel("姓名", { exact: true }).fill("向采茶（测试）");
  await setup.getByLabel("所在县市").selectOption({ label: "保靖县" });
  await setup.getByLabel("手机号", { exact: true }).fill(`159${freshPhone().slice(3)}`);
  await setup.getByRole("radio", { name: "在家门口或居家工作" }).check();
  await setup.getByRole("button", { name: "保存档案" }).click();
  await expect(setup.getByText("档案已保存。")).toBeVisible();

  const ctx = await browser.newContext({ baseURL, locale: "zh-CN", javaScriptEnabled: false, storageState: await jsCtx.storageState(), extraHTTPHeaders: { "x-forwarded-for": clientIp } });
  const page = await ctx.newPage();
  await page.goto("/jobs?q=" + encodeURIComponent("养老护理员"));
  await page.getByRole("link", { name: /养老护理员/ }).first().click();
  await page.getByRole("button", { name: "投递" }).click();
  await expect(page.getByText("投递成功！")).toBeVisible();
  const applicationUrl = page.url();

  const step = page.getByTestId("withdraw-form");
  const confirm = step.getByRole("button", { name: "确认撤回投递" });
  await expect(confirm).toBeHidden();
  await step.locator("summary").click();
  await expect(step).toContainText("确定撤回“养老护理员”的投递吗？");
  await expect(confirm).toBeVisible();
  // Opening it posted nothing.
  await page.goto(applicationUrl);
  await expect(page.getByTestId("timeline")).not.toContainText("已撤回");
  await step.locator("summary").click();
  await confirm.click();
  await expect(page.getByTestId("timeline")).toContainText("已撤回");
  await expect(page.getByTestId("withdraw-form")).toHaveCount(0);
  await ctx.close();
  await jsCtx.close();
});

test("an employer's 不合适 only opens a sentence saying the seeker is told; 确认不合适 rejects", async ({ page, browser, baseURL, clientIp }) => {
  const name = `石采薇${Date.now() % 1e5}`;
  const seekerCtx = await personContext(browser, baseURL, clientIp);
  const seeker = await seekerCtx.newPage();
  await registerSeeker(seeker, name, freshPhone());
  await seeker.goto("/seeker/profile");
  await seeker.getByLabel("姓名", { exact: true }).fill(name);
  await seeker.getByLabel("所在县市").selectOption({ label: "花垣县" });
  await seeker.getByLabel("手机号", { exact: true }).fill(`159${freshPhone().slice(3)}`);
  await seeker.getByRole("radio", { name: "愿意去济南务工" }).check();
  await seeker.getByRole("button", { name: "保存档案" }).click();
  await expect(seeker.getByText("档案已保存。")).toBeVisible();
  await seeker.goto("/jobs?q=" + encodeURIComponent("湘西电工"));
  await seeker.getByRole("link", { name: /湘西电工（设备维修电工）/ }).first().click();
  await seeker.getByRole("button", { name: "投递" }).click();
  await expect(seeker.getByText("投递成功！")).toBeVisible();

  await apiLogin(page.request, DEMO.employer);
  await page.goto("/employer");
  await page.locator("li", { hasText: "湘西电工（设备维修电工）" }).getByRole("link", { name: "查看投递" }).click();
  await page.locator("li", { hasText: name }).getByRole("link", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "投递详情" })).toBeVisible();
  const applicationUrl = page.url();
  // Each move's note field is its own: one id per element, so each label names its own box.
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicateIds).toEqual([]);

  const step = page.getByTestId("move-rejected");
  const confirm = step.getByRole("button", { name: "确认不合适" });
  await expect(confirm).toBeHidden();
  await step.locator("summary").click();
  await expect(step).toContainText("求职者会收到“这次没有录用”的通知，这一步不能撤回");
  await expect(confirm).toBeVisible();
  // Opening the step posted nothing: the application is still only viewed.
  await page.goto(applicationUrl);
  await expect(page.getByTestId("move-rejected")).toBeVisible();
  await step.locator("summary").click();
  await step.getByLabel("备注（选填，仅本单位可见）").fill("暂不招无车床经验的学员");
  await confirm.click();
  await expect(page.getByText("状态已更新为「未通过」。")).toBeVisible();
  await expect(page.getByTestId("move-rejected")).toHaveCount(0);
  await seeker.goto("/seeker");
  await expect(seeker.locator("li", { hasText: "湘西电工（设备维修电工）" }).getByText("未通过")).toBeVisible();
  await seekerCtx.close();
});
