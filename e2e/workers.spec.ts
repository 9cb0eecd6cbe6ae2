import http from "node:http";
import { apiLogin, DEMO, expect, test } from "./fixtures";

/**
 * With PostgreSQL the server runs one process per core (scripts/start.mjs), each with its own cache of rendered pages.
 * A producer's edit must reach every one of them before the producer sees "saved": a buyer must never be shown the
 * old price by whichever process happens to take the connection. On PGlite (one process) the same must hold.
 */

/** GET over a new connection each time: node:cluster hands connections to the processes in turn. */
function getOnNewConnection(url: string, clientIp: string, cookie?: string): Promise<string> {
  return answerOnNewConnection(url, clientIp, cookie).then((answer) => answer.body);
}

function answerOnNewConnection(url: string, clientIp: string, cookie?: string): Promise<{ body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { "x-forwarded-for": clientIp, ...(cookie ? { cookie } : {}) } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => (res.statusCode === 200 ? resolve({ body, headers: res.headers }) : reject(new Error(`${url}: ${res.statusCode}`))));
      })
      .on("error", reject);
  });
}

const CONNECTIONS = 8;

test("a producer's price change is served by every server process as soon as it is saved", async ({ page, baseURL, clientIp }) => {
  await apiLogin(page.request, DEMO.producer);
  await page.goto("/producer/products/new");
  const title = `古丈毛尖 多进程 ${Date.now()}`;
  await page.getByLabel("商品名称").fill(title);
  await page.getByLabel("品类").selectOption("tea");
  await page.getByLabel("产地县市").selectOption("433126");
  await page.locator("#v0_name").fill("100克");
  await page.locator("#v0_price").fill("66");
  await page.locator("#v0_stock").fill("20");
  await page.getByLabel("状态", { exact: true }).selectOption("on_sale");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存。")).toBeVisible();
  const id = /\/producer\/products\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;
  const productUrl = new URL(`/products/${id}`, baseURL).href;

  // Every process renders the page and keeps it in its cache.
  for (let i = 0; i < CONNECTIONS; i++) {
    const html = await getOnNewConnection(productUrl, clientIp);
    expect(html).toContain(title);
    expect(html).toContain("¥66.00");
  }

  await page.locator("#v0_price").fill("72.5");
  // "已保存。" is still shown from the first save: wait for this save's answer instead.
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === `/producer/products/${id}/edit`);
  await page.getByRole("button", { name: "保存" }).click();
  expect((await saved).ok()).toBe(true);

  // No process serves the old price any more, whichever takes the connection.
  for (let i = 0; i < CONNECTIONS; i++) {
    const html = await getOnNewConnection(productUrl, clientIp);
    expect(html, `request ${i + 1}`).toContain("¥72.50");
    expect(html, `request ${i + 1}`).not.toContain("¥66.00");
  }
  await page.reload();
  await expect(page.locator("#v0_price")).toHaveValue("72.50");
});

test("a buyer's order list and the producer's queue show a confirmed payment on every server process as soon as the producer confirms it", async ({ page, playwright, baseURL, clientIp }) => {
  // The buyer's own HTTP client: /orders (and the producer's /producer/orders) is answered from a process's memory
  // while the list is unchanged (lib/private-pages.ts); every process must see the confirmation on the next request.
  const buyer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": clientIp } });
  try {
    await apiLogin(buyer, DEMO.buyer);
    const list = (await (await buyer.get(`/api/v1/products?q=${encodeURIComponent("猕猴桃果干")}`)).json()) as { items: { id: string; title: string }[] };
    const product = list.items.find((p) => p.title === "十八洞猕猴桃果干")!;
    const detail = (await (await buyer.get(`/api/v1/products/${product.id}`)).json()) as { variants: { id: string; name: string }[] };
    const variantId = detail.variants.find((v) => v.name === "250g袋装")!.id;
    const placed = await buyer.post("/api/v1/orders", {
      data: { items: [{ variantId, quantity: 1 }], recipient: "多进程测试", recipientPhone: "13912345678", province: "山东省", city: "济南市", district: "历下区", addressDetail: "泉城路 1 号", latestShipDays: 7, paymentMethod: "bank_transfer" },
    });
    expect(placed.status(), await placed.text()).toBe(201);
    const order = ((await placed.json()) as { orders: { id: string; orderNo: string }[] }).orders[0]!;
    const cookie = (await buyer.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const cardOf = (html: string) => html.slice(html.indexOf(order.orderNo), html.indexOf(order.orderNo) + 400);

    // Every process renders the list (and keeps it), then answers from memory: such an answer carries an Age header.
    let fromMemory = 0;
    for (let i = 0; i < CONNECTIONS; i++) {
      const answer = await answerOnNewConnection(new URL("/orders", baseURL).href, clientIp, cookie);
      expect(cardOf(answer.body)).toContain("待付款");
      if (answer.headers.age !== undefined) fromMemory++;
    }
    expect(fromMemory).toBeGreaterThan(0);

    await apiLogin(page.request, DEMO.producer);
    const producerCookie = (await page.context().storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const queue = (tab: string) => new URL(`/producer/orders?tab=${tab}`, baseURL).href;
    let queueFromMemory = 0;
    for (let i = 0; i < CONNECTIONS; i++) {
      const answer = await answerOnNewConnection(queue("to_confirm"), clientIp, producerCookie);
      expect(answer.body).toContain(order.orderNo);
      expect(await getOnNewConnection(queue("to_ship"), clientIp, producerCookie)).not.toContain(order.orderNo);
      if (answer.headers.age !== undefined) queueFromMemory++;
    }
    expect(queueFromMemory).toBeGreaterThan(0);

    await page.goto(`/producer/orders/${order.id}`);
    // Two taps (components/ui/confirm-step.tsx): open the step, then the button naming the amount.
    await page.getByTestId("confirm-payment").locator("summary").click();
    await page.getByTestId("confirm-payment").getByRole("button", { name: /^确认已收到 ¥/ }).click();
    // Done once the step is gone (its own sentence names 已付款, so that text alone proves nothing).
    await expect(page.getByTestId("confirm-payment")).toHaveCount(0);

    for (let i = 0; i < CONNECTIONS; i++) {
      const card = cardOf(await getOnNewConnection(new URL("/orders", baseURL).href, clientIp, cookie));
      expect(card, `request ${i + 1}`).toContain("已付款");
      expect(card, `request ${i + 1}`).not.toContain("待付款");
      expect(await getOnNewConnection(queue("to_confirm"), clientIp, producerCookie), `request ${i + 1}`).not.toContain(order.orderNo);
      expect(await getOnNewConnection(queue("to_ship"), clientIp, producerCookie), `request ${i + 1}`).toContain(order.orderNo);
    }
  } finally {
    await buyer.dispose();
  }
});
