/**
 * Public pages are routed by next.config.js (rewrites) and skip the proxy when read with GET; so do private
 * areas read with GET by someone with a session cookie. Private areas without one (the redirect to /login),
 * sign-in, registration and every form post still run it. Both checked here with Next's own matcher code,
 * the same functions its build and server use on `config.matcher`.
 */
import { createRequire } from "node:module";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { catalogQueryParams, parseCatalogQuery } from "@/lib/catalog/search";
import { parseJobFilters } from "@/lib/jobs/board";
import { config } from "@/proxy";

// Untyped internals and an untyped config file: typed here by what the test uses.
const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const nextConfigModule: string = "../next.config.js";
const { default: nextConfig, CATALOG_FILTER_KEYS, JOB_FILTER_KEYS } = (await import(nextConfigModule)) as { default: NextConfig; CATALOG_FILTER_KEYS: string[]; JOB_FILTER_KEYS: string[] };

const runsProxy = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const get = (path: string, cookie?: string) => runsProxy(path, { headers: cookie ? { cookie } : {} } as never, {});
const post = (path: string, contentType = "multipart/form-data; boundary=x", cookie?: string) =>
  runsProxy(path, { headers: { "content-type": contentType, ...(cookie ? { cookie } : {}) } } as never, {});
const SIGNED_IN = ["authjs.session-token=eyJhbGciOiJkaXIi.x.y", "__Secure-authjs.session-token=eyJhbGciOiJkaXIi.x.y", "theme=1; authjs.session-token=a.b.c"];

const PUBLIC = ["/", "/en", "/about", "/en/about", "/impact", "/products", "/en/products", "/products/0b6c7c1e-2f0a-4d8e-9e55-1a2b3c4d5e6f", "/en/jobs", "/jobs/abc", "/producers/abc", "/en/employers/abc"];
const PRIVATE = ["/orders", "/en/orders/abc", "/cart", "/checkout", "/producer", "/producer/products/new", "/admin", "/en/admin/users", "/seeker/profile", "/employer/jobs/abc/applications", "/notifications", "/account", "/account/home", "/buyer-org"];
const OTHER = ["/login", "/en/login", "/en/register", "/products/a/b", "/jobsx", "/cartx", "/en/producerx", "/en/unknown-page"];
const PROXIED = [...PRIVATE, ...OTHER];

describe("which requests run the proxy", () => {
  it.each(PUBLIC)("GET %s skips it", (path) => {
    expect(get(path)).toBe(false);
  });
  it.each(PUBLIC)("a form post to %s runs it (next-intl's locale header for the server action)", (path) => {
    expect(post(path)).toBe(true);
    expect(post(path, "text/plain;charset=UTF-8")).toBe(true);
  });
  it.each(PROXIED)("GET %s runs it", (path) => {
    expect(get(path)).toBe(true);
  });
  it.each(PRIVATE)("a signed-in GET %s skips it (the page checks the session; the redirect is only for visitors without one)", (path) => {
    for (const cookie of SIGNED_IN) expect(get(path, cookie), cookie).toBe(false);
    expect(get(path, "authjs.session-token.0=a; other=1")).toBe(true);
  });
  it.each(PRIVATE)("a signed-in form post to %s runs it (the locale header)", (path) => {
    for (const cookie of SIGNED_IN) expect(post(path, undefined, cookie), cookie).toBe(true);
  });
  it.each(OTHER)("GET %s runs it signed in too", (path) => {
    for (const cookie of SIGNED_IN) expect(get(path, cookie), cookie).toBe(true);
  });
  it.each(["/api/health", "/api/v1/products", "/_next/static/chunks/a.js", "/uploads/p/a.webp", "/icon.svg", "/illustrations/tea.svg"])("%s never runs it", (path) => {
    expect(get(path)).toBe(false);
    expect(post(path)).toBe(false);
    expect(get(path, SIGNED_IN[0])).toBe(false);
  });
});

describe("the bare list rewrite knows every filter key", () => {
  it("catalog: every key a catalog link can carry makes /products a search", () => {
    const full = parseCatalogQuery({ q: "茶", county: "433125", category: "tea", certified: "1", inStock: "1", inSeason: "1", presale: "1", sort: "price_asc", page: "2" });
    expect(Object.keys(catalogQueryParams(full)).sort()).toEqual([...CATALOG_FILTER_KEYS].sort());
  });

  it("catalog: each listed key on its own changes the query, and the parser reads no other key", () => {
    const values: Record<string, string> = { q: "茶", county: "433125", category: "tea", certified: "1", inStock: "1", inSeason: "1", presale: "1", sort: "price_asc", page: "2" };
    for (const key of CATALOG_FILTER_KEYS) expect(parseCatalogQuery({ [key]: values[key] }), key).not.toEqual(parseCatalogQuery({}));
    const read = new Set<string>();
    parseCatalogQuery(new Proxy({}, { get: (_t, k) => (read.add(String(k)), undefined) }));
    expect([...read].sort()).toEqual([...CATALOG_FILTER_KEYS].sort());
  });

  it("job board: each listed key changes the filters, and the parser reads no other key", () => {
    const values: Record<string, string> = { q: "缝纫", region: "433101", kind: "home_based", skill: "缝纫", payMin: "3000", benefit: "housing", sort: "pay", page: "2" };
    for (const key of JOB_FILTER_KEYS) expect(parseJobFilters({ [key]: values[key] }), key).not.toEqual(parseJobFilters({}));
    const read = new Set<string>();
    parseJobFilters(new Proxy({}, { get: (_t, k) => (read.add(String(k)), undefined) }));
    expect([...read].sort()).toEqual([...JOB_FILTER_KEYS].sort());
  });

  it("the rewrites send a bare list to its cached page only when none of the keys is present", async () => {
    const rewrites = (await nextConfig.rewrites!()) as { beforeFiles: { source: string; destination: string; missing?: { key: string }[] }[] };
    const keysOf = (source: string) => rewrites.beforeFiles.find((r) => r.source === source)?.missing?.map((m) => m.key);
    expect(keysOf("/products")).toEqual(CATALOG_FILTER_KEYS);
    expect(keysOf("/en/products")).toEqual(CATALOG_FILTER_KEYS);
    expect(keysOf("/jobs")).toEqual(JOB_FILTER_KEYS);
    expect(keysOf("/en/jobs")).toEqual(JOB_FILTER_KEYS);
  });
});

describe("locale rewrites (next.config.js)", () => {
  it("an unprefixed path gets the Chinese locale; prefixed paths, the API, files and Next's own are left alone", async () => {
    // Next applies afterFiles rules again to a path that a proxy or beforeFiles rewrite produced, so a rule
    // that matched "/zh-CN/…" or "/en/…" would prefix it twice (and 404). Files in public/ are served before it.
    const rewrites = (await nextConfig.rewrites!()) as { afterFiles: { source: string; destination: string }[] };
    const rule = rewrites.afterFiles.find((r) => r.source.startsWith("/:first"))!;
    const matches = getPathMatch(rule.source);
    for (const p of ["/about", "/impact", "/login", "/register", "/products/abc", "/orders/abc", "/english", "/enx/y", "/zh-CNx"]) expect(matches(p), p).toBeTruthy();
    for (const p of ["/", "/en", "/en/about", "/en/products/browse", "/zh-CN", "/zh-CN/products/browse", "/zh-CN/login", "/api/health", "/api/v1/products/abc", "/_next/static/chunks/a.js", "/uploads/p/a.webp", "/favicon.ico"]) {
      expect(matches(p), p).toBe(false);
    }
  });
});
