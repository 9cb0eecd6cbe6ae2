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

test.describe("locale routing", () => {
  test("Chinese at the bare address, English under /en, /zh-CN/… redirected; unknown pages are a 404 in both languages", async ({ request }) => {
    const lang = async (url: string) => {
      const res = await request.get(url, { maxRedirects: 0 });
      return `${res.status()} ${/<html lang="([^"]+)"/.exec(await res.text())?.[1] ?? ""}`;
    };
    for (const url of ["/", "/about", "/products", "/products?q=%E8%8C%B6", "/jobs", "/impact", "/login"]) expect(await lang(url), url).toBe("200 zh-CN");
    for (const url of ["/en", "/en/about", "/en/products", "/en/jobs", "/en/impact", "/en/login"]) expect(await lang(url), url).toBe("200 en");
    const title = async (url: string) => {
      const res = await request.get(url, { maxRedirects: 0 });
      return `${res.status()} ${/<title>([^<]*)<\/title>/.exec(await res.text())?.[1] ?? ""}`;
    };
    // An address no route matches gets app/not-found.tsx in both languages, in the HTML itself: readable before
    // JavaScript arrives, or without it.
    for (const url of ["/no-such-page", "/en/no-such-page", "/products/a/b"]) {
      expect(await title(url), url).toBe("404 找不到这个页面 · Page not found · 湘济通");
      const html = await (await request.get(url)).text();
      expect(html, url).toMatch(/<h1[^>]*>找不到这个页面 · Page not found<\/h1>/);
      expect(html, url).toMatch(/<p lang="en">The link may be outdated/);
    }
    // Every page's payload carries the root boundaries: ours (app/forbidden.tsx, app/unauthorized.tsx), a few bytes
    // each, not Next's English built-ins with their inline styles.
    for (const url of ["/products", "/en/jobs"]) {
      const html = await (await request.get(url)).text();
      expect(html, url).toContain("没有权限 · Not allowed");
      expect(html, url).not.toContain("This page could not be accessed");
      expect(html, url).not.toContain("not authorized to access this page");
    }
    for (const [from, to] of [["/zh-CN", "/"], ["/zh-CN/jobs?sort=pay", "/jobs?sort=pay"]]) {
      const res = await request.get(from!, { maxRedirects: 0 });
      expect(res.status(), from).toBe(307);
      expect(new URL(res.headers().location!, "http://x").pathname + new URL(res.headers().location!, "http://x").search, from).toBe(to);
    }
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("public pages name their other-language address (hreflang, absolute), in either language", async ({ request, baseURL }) => {
    for (const url of ["/about", "/en/about", "/jobs", "/en"]) {
      const html = await (await request.get(url)).text();
      const alternates = Object.fromEntries([...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/gi)].map((m) => [m[1], new URL(m[2]!).href]));
      const bare = url.replace(/^\/en(?=\/|$)/, "") || "/";
      expect(alternates, url).toEqual({ "x-default": new URL(bare, baseURL).href, "zh-CN": new URL(bare, baseURL).href, en: new URL(bare === "/" ? "/en" : `/en${bare}`, baseURL).href });
    }
  });
});

test.describe("every page renders in English without raw message keys", () => {
  test("anonymous visitor", async ({ page }) => {
    for (const url of ["/en", "/en/products", "/en/jobs", "/en/impact", "/en/about", "/en/login", "/en/register", "/en/products?q=tea", "/en/jobs?sort=pay"]) {
      await expectEnglish(page, url);
      // Public pages skip the proxy that sets next-intl's locale header: the title must still be English.
      expect(await page.title(), url).toMatch(/XiangJi/);
    }
    await expectEnglish(page, await firstLink(page, "/en/products", "/en/products/"));
    await expectEnglish(page, await firstLink(page, "/en/jobs", "/en/jobs/"));
    // A server action posted to a public page answers in the page's language.
    await page.goto(await firstLink(page, "/en/jobs", "/en/jobs/"));
    await page.getByTestId("apply-form").getByRole("button", { name: "Apply" }).click();
    await expect(page.getByTestId("apply-form")).toContainText("Please sign in first.");
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
      for (const url of urls) {
        await expectEnglish(page, url);
        // A signed-in GET skips the proxy and its locale header: the page's own title must come from the route's locale.
        expect(await page.title(), url).toMatch(/^[^\u4e00-\u9fff]*XiangJi[^\u4e00-\u9fff]*$/);
      }
      // The after-sign-in redirect keeps the language.
      await page.goto("/en/account/home");
      expect(new URL(page.url()).pathname, "/en/account/home").toMatch(/^\/en(\/|$)/);
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
