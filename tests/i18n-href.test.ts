import { describe, expect, it } from "vitest";
import { localeAlternates, localizeHref, switchLocalePath } from "@/lib/i18n/href";

describe("locale-aware hrefs", () => {
  it("prefixes only the non-default locale", () => {
    expect(localizeHref("/products", "zh-CN")).toBe("/products");
    expect(localizeHref("/products", "en")).toBe("/en/products");
    expect(localizeHref("/", "en")).toBe("/en");
    expect(localizeHref({ pathname: "/login", query: { callbackUrl: "/orders?x=1", empty: undefined } }, "en")).toBe("/en/login?callbackUrl=%2Forders%3Fx%3D1");
  });
  it("switches the same page between languages, also from rewritten paths", () => {
    expect(switchLocalePath("/en/jobs/123", "zh-CN")).toBe("/jobs/123");
    expect(switchLocalePath("/jobs/123", "en")).toBe("/en/jobs/123");
    expect(switchLocalePath("/en", "zh-CN")).toBe("/");
    expect(switchLocalePath("/zh-CN", "en")).toBe("/en");
    expect(switchLocalePath("/zh-CN/products/browse", "en")).toBe("/en/products");
    expect(switchLocalePath("/en/jobs/browse", "zh-CN")).toBe("/jobs");
  });
  it("gives a public page's hreflang alternates, Chinese unprefixed and the default", () => {
    expect(localeAlternates("/")).toEqual({ languages: { "x-default": "/", "zh-CN": "/", en: "/en" } });
    expect(localeAlternates("/products/abc")).toEqual({ languages: { "x-default": "/products/abc", "zh-CN": "/products/abc", en: "/en/products/abc" } });
  });
});
