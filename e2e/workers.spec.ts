import http from "node:http";
import { apiLogin, DEMO, expect, test } from "./fixtures";

/**
 * With PostgreSQL the server runs one process per core (scripts/start.mjs), each with its own cache of rendered pages.
 * A producer's edit must reach every one of them before the producer sees "saved": a buyer must never be shown the
 * old price by whichever process happens to take the connection. On PGlite (one process) the same must hold.
 */

/** GET over a new connection each time: node:cluster hands connections to the processes in turn. */
function getOnNewConnection(url: string, clientIp: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { "x-forwarded-for": clientIp } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${res.statusCode}`))));
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
