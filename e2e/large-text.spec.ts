/**
 * Large text on a phone: the reader's default font size raised to 150% and 200% (24 and 32 px), on a 360 × 740 screen.
 * That is Chromium's own font-size preference (what the browser's text size setting, or the phone's with the page's
 * <meta name="text-scale" content="scale">, changes), set over the DevTools protocol: the root font, every rem and the
 * media queries follow it, and a stylesheet that pins the root to 16 px would ignore it (each check asserts the root
 * font first, so that shows as a failure, never as a pass at normal size).
 * What must hold on each page: no side scroll; nothing in <main> reaching into the page's side padding; the page's main
 * action under no other element (no sticky header over it) once scrolled to the top of the screen; the labels that
 * used to break a character a line (the site name, buttons, badges, a detail list's labels) on one line.
 */
import type { Locator, Page } from "@playwright/test";
import { apiLogin, DEMO, expect, test } from "./fixtures";

const PHONE = { width: 360, height: 740 };
// The viewport is set once, with the context: Playwright's viewport emulation (setViewportSize, a full-page
// screenshot) puts the font-size preference back to 16 px on the open document, so no test here changes it.
test.use({ viewport: PHONE });

/** Raise the page's default font size to `percent` (16 px = 100%); holds for every document the page opens. */
async function enlargeText(page: Page, percent: 150 | 200) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: (16 * percent) / 100, fixed: Math.round((13 * percent) / 100) } });
}

/**
 * The open page at `rootPx`: no side scroll, and every box in <main> ends inside main's padding (a table's own
 * scrolling box, components/layout/table-scroll.tsx, counts; what scrolls inside it does not).
 */
async function expectFits(page: Page, rootPx: number) {
  const where = new URL(page.url()).pathname;
  const r = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    const over = [...main.querySelectorAll("*")]
      .filter((e) => !e.parentElement?.closest('[role="region"]') && !e.closest(".sr-only"))
      .filter((e) => {
        const b = e.getBoundingClientRect();
        return b.width > 0 && b.right > edge + 1;
      })
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute("class") ?? ""}"> ends at ${Math.round(e.getBoundingClientRect().right)} px: ${e.textContent?.trim().slice(0, 30)}`);
    return { root: getComputedStyle(document.documentElement).fontSize, scrollWidth: document.documentElement.scrollWidth, edge: Math.round(edge), over };
  });
  expect(r.root, `${where}: the root font follows the reader's font size`).toBe(`${rootPx}px`);
  expect(r.scrollWidth, `${where}: no side scroll`).toBeLessThanOrEqual(PHONE.width);
  expect(r.over, `${where}: boxes past main's content edge at ${r.edge} px`).toEqual([]);
}

/**
 * Scrolled to the top edge of the screen, where a sticky header would lie over it, the control is the element found
 * under its centre and just under its top edge: nothing covers it. (The header is two or three rows at these sizes.)
 */
async function expectUncovered(control: Locator) {
  await expect(control).toBeVisible();
  await control.evaluate((e) => e.scrollIntoView({ block: "start" }));
  const covering = await control.evaluate((e) => {
    const b = e.getBoundingClientRect();
    return [
      [b.left + b.width / 2, b.top + b.height / 2],
      [b.left + b.width / 2, b.top + 2],
    ]
      .map(([x, y]) => document.elementFromPoint(x!, y!))
      .filter((hit) => !hit || (hit !== e && !e.contains(hit)))
      .map((hit) => (hit ? `<${hit.tagName.toLowerCase()} class="${hit.getAttribute("class") ?? ""}">` : "nothing"));
  });
  expect(covering, `${await control.textContent()}: covered by`).toEqual([]);
  await expect(control).toBeInViewport();
}

/** The element's text stands on one line: its text fragments share one line box (tops within a third of the font). */
async function expectOneLine(label: Locator) {
  const r = await label.evaluate((e) => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    const tops: number[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
    }
    const font = parseFloat(getComputedStyle(e).fontSize);
    return { lines: tops.filter((t, i) => tops.slice(0, i).every((u) => Math.abs(u - t) > font / 3)).length, text: e.textContent?.trim() };
  });
  expect(r.lines, `“${r.text}” on one line`).toBe(1);
}

/**
 * The element shows all of its content: no text runs out at the side, and a box that clips (a line clamp, an ellipsis,
 * overflow hidden) holds all its lines. A box that does not clip may let a glyph's ink hang a pixel or two below it.
 */
async function expectWhole(box: Locator) {
  const r = await box.evaluate((e) => ({ w: [e.scrollWidth, e.clientWidth], h: [e.scrollHeight, e.clientHeight], clips: getComputedStyle(e).overflowY !== "visible", text: e.textContent?.trim() }));
  expect(r.w[0], `“${r.text}” not cut at the side`).toBeLessThanOrEqual(r.w[1]! + 1);
  if (r.clips) expect(r.h[0], `“${r.text}” not cut at the bottom`).toBeLessThanOrEqual(r.h[1]! + 1);
}

async function expectHeaderLabels(page: Page) {
  const header = page.locator("body > header");
  await expectOneLine(header.getByRole("link", { name: "湘济通" }));
  await expectOneLine(header.getByRole("link", { name: "购物车" }));
}

test.describe("at 200% text on a 360 px phone", () => {
  test.beforeEach(async ({ page }) => {
    await enlargeText(page, 200);
  });

  test("public pages stay on screen; the header scrolls away instead of covering a third of the screen", async ({ page }) => {
    await page.goto("/");
    await expectFits(page, 32);
    await expectHeaderLabels(page);
    // With the header scrolling away, what is scrolled into view stops at the screen's top, not 9rem (288 px) below it.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingTop)).toBe("auto");
    // Counters and goods stand one a row: in two 134 px columns a price ran out of its card.
    const cards = page.locator('section[aria-labelledby="goods-h"] a.product-card');
    const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    await expectUncovered(page.getByRole("link", { name: "查看全部" }).first());

    await page.goto("/products");
    await expectFits(page, 32);
    const search = page.getByRole("search").getByRole("button", { name: "搜索" });
    await expectOneLine(search);
    // The field has the row to itself and the button goes under it: beside the button it showed one character.
    const field = page.getByLabel("搜索商品或生产者");
    const [fieldBox, rowWidth, buttonBox] = [await field.boundingBox(), await field.evaluate((e) => e.parentElement!.clientWidth), await search.boundingBox()];
    expect(fieldBox!.width).toBeGreaterThanOrEqual(rowWidth - 1);
    expect(buttonBox!.y).toBeGreaterThanOrEqual(fieldBox!.y + fieldBox!.height);
    await expectUncovered(search);
    // A card on its own row shows its whole title: 泸溪冰糖椪柑（12月中旬发货） was cut to 泸溪… .
    for (const title of await page.locator("a.product-card h3").all()) await expectWhole(title);

    await page.locator("a.product-card").first().click();
    await expect(page).toHaveURL(/\/products\/[^/]+$/);
    await expectFits(page, 32);
    // Each size's name stays whole beside its radio; price and stock move under it (5斤装 stood 5/斤/装).
    const sizes = page.locator("#add-to-cart fieldset label");
    expect(await sizes.count()).toBeGreaterThan(0);
    for (const size of await sizes.all()) await expectOneLine(size.locator("span > span").first());
    await expectUncovered(page.getByRole("button", { name: "加入购物车" }));

    await page.getByRole("link", { name: "查看生产者主页" }).click();
    await expect(page).toHaveURL(/\/producers\//);
    await expectFits(page, 32);
    for (const title of await page.locator("a.product-card h3").all()) await expectWhole(title);

    await page.goto("/jobs");
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("search").getByRole("button", { name: "搜索", exact: true }));
    await page.locator("a.job-card").first().click();
    await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
    await expectFits(page, 32);
    // Each detail's label on one line over its value (a third of the row held 工作/地点).
    for (const label of await page.locator("main dl dt").all()) await expectOneLine(label);
    await expectUncovered(page.getByRole("button", { name: "投递", exact: true }));

    await page.goto("/impact");
    await expectFits(page, 32);
    for (const value of await page.locator("#period-h ~ dl dd").all()) await expectWhole(value);
    await expectUncovered(page.getByRole("button", { name: "查看", exact: true }));

    await page.goto("/login");
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("button", { name: "登录", exact: true }));

    await page.goto("/register");
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("button", { name: "注册", exact: true }));
    // The radios keep their size beside long labels (they shrank to a dot).
    for (const radio of await page.getByRole("radio").all()) expect((await radio.boundingBox())!.width).toBeGreaterThanOrEqual(1.25 * 32 - 1);

    await page.goto("/about");
    await expectFits(page, 32);
  });

  test("a buyer adds to the cart, sees the cart and checks out; orders and an order stay on screen", async ({ page }) => {
    await apiLogin(page.request, DEMO.buyer);
    await page.goto("/products");
    await page.locator("a.product-card").first().click();
    await page.getByRole("button", { name: "加入购物车" }).click();
    await expect(page.getByText("已加入购物车。")).toBeVisible();

    await page.goto("/cart");
    await expectFits(page, 32);
    await expectHeaderLabels(page);
    // The quantity box and 更新数量 wrap as a pair (the button stood 更/新/数/量).
    for (const button of await page.getByRole("button", { name: "更新数量" }).all()) await expectOneLine(button);
    await expectUncovered(page.getByRole("link", { name: "去结算" }));

    await page.getByRole("link", { name: "去结算" }).click();
    await expect(page.getByLabel("收货人")).toBeVisible();
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("button", { name: "提交订单" }));

    await page.goto("/orders");
    await expectFits(page, 32);
    await page.getByTestId("order-card").first().click();
    await expect(page).toHaveURL(/\/orders\/[^/]+$/);
    await expect(page.getByTestId("order-no")).toBeVisible();
    // The order number breaks inside the card rather than running past it (XJ202611261519 at 36 px).
    await expectFits(page, 32);
    await expectWhole(page.getByTestId("order-no"));
  });

  test("a seeker's home, profile and an application stay on screen", async ({ page }) => {
    await apiLogin(page.request, DEMO.seeker);
    await page.goto("/seeker");
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("link", { name: "完善档案" }));

    await page.goto("/seeker/profile");
    // The date field (最早到岗日期) takes its card's width: its own 323 px made the page 374 px wide.
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("button", { name: "保存档案" }));

    await page.goto("/seeker");
    await page.locator('a[href^="/seeker/applications/"]').first().click();
    await expect(page.getByRole("heading", { level: 1, name: "投递进度" })).toBeVisible();
    await expectFits(page, 32);
    for (const badge of await page.locator("main .status-badge").all()) await expectOneLine(badge);
  });

  test("a producer's dashboard and the product editor stay on screen", async ({ page }) => {
    await apiLogin(page.request, DEMO.producer);
    await page.goto("/producer");
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("link", { name: "新建商品" }));
    // 查看 and 编辑 side by side or wrapped, never a character a line.
    for (const link of await page.getByRole("link", { name: /^(查看|编辑)/ }).all()) await expectOneLine(link);

    await page.getByRole("link", { name: /^编辑/ }).first().click();
    await expect(page.getByLabel("商品名称")).toBeVisible();
    // Its dates (发货开始日期, 预售截止日期, 认定有效期至) take the form's width.
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("button", { name: "保存", exact: true }));
  });

  test("an employer's dashboard and an application page stay on screen", async ({ page }) => {
    // The welder's application was hired in the seed: opening it changes nothing (only a new one becomes "viewed").
    await apiLogin(page.request, DEMO.employer);
    await page.goto("/employer");
    await expectFits(page, 32);
    await expectUncovered(page.getByRole("link", { name: "发布新岗位" }));
    await page.locator("li", { hasText: "湘西焊工（二氧化碳保护焊）" }).getByRole("link", { name: "查看投递" }).click();
    await expect(page).toHaveURL(/\/applications$/);
    await expectFits(page, 32);
    await page.locator("li", { hasText: "龙建军" }).getByRole("link", { name: "查看" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "投递详情" })).toBeVisible();
    await expectFits(page, 32);
    // The status badge keeps its word (已/入/职 stood beside the job title), the labels stand over their values,
    // and the phone number keeps one line.
    await expectOneLine(page.locator("main .status-badge").first());
    for (const label of await page.locator("main dl dt").all()) await expectOneLine(label);
    await expectOneLine(page.getByTestId("applicant-phone"));
    await expectUncovered(page.getByRole("button", { name: "保存备注" }));
  });
});

test("at 150% text every page of the walk stays on screen", async ({ page }) => {
  test.setTimeout(120_000);
  await enlargeText(page, 150);
  const visit = async (url: string) => {
    await page.goto(url);
    await expectFits(page, 24);
  };
  /** Open the first link in <main> matching `selector` on the open page (ids come from the pages, never written here). */
  const follow = async (selector: string) => visit((await page.locator(`main ${selector}`).first().getAttribute("href"))!);
  for (const url of ["/", "/products", "/jobs", "/impact", "/login", "/register", "/about"]) await visit(url);
  await visit("/products");
  await follow("a.product-card");
  await follow('a[href^="/producers/"]');
  await visit("/jobs");
  await follow("a.job-card");

  const as = async (account: string) => {
    await page.context().clearCookies();
    await apiLogin(page.request, account);
  };
  await as(DEMO.seeker);
  for (const url of ["/seeker/profile", "/seeker"]) await visit(url);
  await follow('a[href^="/seeker/applications/"]');
  await as(DEMO.buyer);
  for (const url of ["/cart", "/checkout", "/orders"]) await visit(url);
  await follow('a[href^="/orders/"]');
  await as(DEMO.producer);
  await visit("/producer");
  await follow('a[href$="/edit"]');
  await as(DEMO.employer);
  await visit("/employer");
  await page.locator("li", { hasText: "湘西焊工（二氧化碳保护焊）" }).getByRole("link", { name: "查看投递" }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await expectFits(page, 24);
  await page.locator("li", { hasText: "龙建军" }).getByRole("link", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "投递详情" })).toBeVisible();
  await expectFits(page, 24);
});

test("at normal text the header stays on screen while the page scrolls, and goods stand two a row", async ({ page }) => {
  await page.goto("/products");
  await expectFits(page, 16);
  const cards = page.locator("a.product-card");
  const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
  expect(second!.y).toBe(first!.y);
  // Two lines of a title at most while the cards stand side by side.
  expect(await cards.first().locator("h3").evaluate((e) => getComputedStyle(e).webkitLineClamp)).toBe("2");
  await page.evaluate(() => window.scrollTo(0, 1500));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  expect((await page.locator("body > header").boundingBox())!.y).toBe(0);
  // …and what is scrolled into view stops below it (app/globals.css, WCAG 2.4.11).
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingTop)).toBe("144px");
});
