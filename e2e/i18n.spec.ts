import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { apiLogin, DEMO, expect, test } from "./fixtures";

// next-intl renders a missing message as "<namespace>.<key>", so a raw key always starts with one of
// the namespaces (the message file names); anchoring on them avoids false hits on domain names.
const NAMESPACES = fs.readdirSync(path.resolve("messages/en")).map((f) => f.replace(/\.json$/, ""));
const RAW_KEY = new RegExp(`\\b(?:${NAMESPACES.join("|")})\\.[A-Za-z][\\w]*(?:\\.[\\w]+)*\\b`, "g");

async function expectEnglish(page: Page, url: string) {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await expect(page.locator("html"), url).toHaveAttribute("lang", "en");
  const text = `${await page.title()}\n${await page.locator("body").innerText()}`;
  // A host name such as "www.jobs.gov.cn" is not a message key.
  const keys = (text.match(RAW_KEY) ?? []).filter((k) => !/\.(?:cn|com|net|org)$/.test(k));
  expect(keys, url).toEqual([]);
}

async function firstLink(page: Page, listUrl: string, prefix: string): Promise<string> {
  await page.goto(listUrl);
  const hrefs = await page.locator(`a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => new RegExp(`^${prefix}[0-9a-f-]{36}$`).test(h));
  expect(href, `a ${prefix}<id> link on ${listUrl}`).toBeTruthy();
  return href!;
}

test.describe("every page renders in English without raw message keys", () => {
  test("anonymous visitor", async ({ page }) => {
    for (const url of ["/en", "/en/products", "/en/jobs", "/en/impact", "/en/about", "/en/login", "/en/register"]) await expectEnglish(page, url);
    await expectEnglish(page, await firstLink(page, "/en/products", "/en/products/"));
    await expectEnglish(page, await firstLink(page, "/en/jobs", "/en/jobs/"));
  });

  const SIGNED_IN: [string, string[]][] = [
    [DEMO.producer, ["/en/producer", "/en/producer/orders", "/en/producer/profile", "/en/producer/stats", "/en/producer/products/new"]],
    [DEMO.seeker, ["/en/seeker", "/en/seeker/profile"]],
    [DEMO.employer, ["/en/employer", "/en/employer/profile", "/en/employer/stats", "/en/employer/jobs/new"]],
    [DEMO.buyer, ["/en/orders", "/en/cart", "/en/notifications", "/en/account"]],
    [DEMO.union, ["/en/orders", "/en/buyer-org"]],
  ];
  for (const [account, urls] of SIGNED_IN) {
    test(account, async ({ page }) => {
      await apiLogin(page.request, account);
      for (const url of urls) await expectEnglish(page, url);
    });
  }

  test(`${DEMO.admin}: the console and every page it links to`, async ({ page }) => {
    await apiLogin(page.request, DEMO.admin);
    await expectEnglish(page, "/en/admin");
    const hrefs = await page.locator('main a[href^="/en/admin/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const pages = [...new Set(hrefs.map((h) => h.split("?")[0]!))];
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const url of pages) await expectEnglish(page, url);
  });
});
