import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { checkoutMutation } from "@/lib/orders/checkout";
import { confirmBankPayment } from "@/lib/orders/lifecycle";
import type { AsyncLocalStorage } from "node:async_hooks";
import { sessionUserOf } from "@/lib/auth/session";
import { loadBuyerOrdersPage } from "@/lib/orders/buyer-orders-page";
import { loadSellerOrdersPage, sellerOrdersQuery } from "@/lib/orders/seller-orders-page";
import { privatePageDataVersion, privatePageVersion, recordRenderedVersion } from "@/lib/private-pages";
import "../lib/response-cache.mjs";
import { makeUser } from "./helpers/factories";
import { ADDRESS, makeSeller } from "./helpers/orders";

// Next's navigation runtime does not load under Vitest; a redirect is only reached on success anyway.
vi.mock("@/lib/i18n/navigation", () => ({ redirect: () => { throw new Error("NEXT_REDIRECT"); } }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));

/** The session cookie Auth.js sets for this user (vitest.config.ts's AUTH_SECRET, plain http). */
const cookieOf = async (id: string, secret = process.env.AUTH_SECRET!) =>
  `authjs.session-token=${await encode({ token: { sub: id, name: "测试" }, secret, salt: "authjs.session-token", maxAge: 3600 })}`;
const versionAt = (url: string, cookie: string) => privatePageVersion(url, { cookie });

async function buyerWithOrder() {
  const seller = await makeSeller({ variants: [{ priceFen: 3980, stock: 20 }] });
  const buyer = await makeUser({ roles: ["buyer"] });
  const placed = await checkoutMutation({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity: 1 }] }, { user: buyer });
  if (!placed.ok) throw new Error(placed.error);
  return { seller, buyer, orderId: placed.data.orders[0]!.id, cookie: await cookieOf(buyer.id) };
}

describe("the version of a buyer's order list (lib/private-pages.ts)", () => {
  it("is the buyer's and stays the same while nothing the list shows changes", async () => {
    const { buyer, cookie } = await buyerWithOrder();
    const version = await versionAt("/orders", cookie);
    expect(version).toMatch(new RegExp(`^${buyer.id}:[\\w-]{43}$`));
    expect(await versionAt("/orders", cookie)).toBe(version);
    // The same list under either locale and with Next's router cache key (the layer keys each address apart).
    expect(await versionAt("/en/orders?page=1&_rsc=1x2y", cookie)).toBe(version);
    // Another page of the list reads other rows.
    expect(await versionAt("/orders?page=2", cookie)).not.toBe(version);
  });

  it("changes when an order moves on, when the seller is renamed, and differs between buyers", async () => {
    const { seller, buyer, orderId, cookie } = await buyerWithOrder();
    const before = await versionAt("/orders", cookie);
    expect(await confirmBankPayment({ orderId }, { user: seller.owner })).toMatchObject({ ok: true });
    const paid = await versionAt("/orders", cookie);
    expect(paid).not.toBe(before);
    const db = await getDb();
    await db.update(organizations).set({ name: "改名后的合作社" }).where(eq(organizations.id, seller.org.id));
    expect(await versionAt("/orders", cookie)).not.toBe(paid);
    const other = await buyerWithOrder();
    const theirs = await versionAt("/orders", other.cookie);
    expect(theirs?.startsWith(`${other.buyer.id}:`)).toBe(true);
    expect(theirs).not.toBe(await versionAt("/orders", cookie));
    expect(buyer.id).not.toBe(other.buyer.id);
  });

  it("is undefined, so that the page is rendered, for anyone the page refuses: no or a forged session, not a buyer, disabled, demoted", async () => {
    const { buyer, cookie } = await buyerWithOrder();
    const seller = await makeUser({ roles: ["producer"] });
    const disabled = await makeUser({ roles: ["buyer"], status: "disabled" });
    expect(await versionAt("/orders", "")).toBeUndefined();
    expect(await versionAt("/orders", await cookieOf(buyer.id, "another-secret-another-secret-another-01"))).toBeUndefined();
    expect(await versionAt("/orders", await cookieOf(seller.id))).toBeUndefined();
    expect(await versionAt("/orders", await cookieOf(disabled.id))).toBeUndefined();
    const db = await getDb();
    await db.update(users).set({ roles: ["seeker"] }).where(eq(users.id, buyer.id));
    expect(await versionAt("/orders", cookie)).toBeUndefined();
  });

  it("is not asked for other addresses, or for the list with a query it is not kept for", async () => {
    const { cookie } = await buyerWithOrder();
    for (const url of ["/orders/7d3f0c1e-0000-4000-8000-000000000000", "/orders?tab=all", "/orders/", "/zh-CN/orders", "/orders?placed=7d3f0c1e-0000-4000-8000-000000000000", "/orders?page=1&page=2", "/products"]) {
      expect(privatePageVersion(url, { cookie })).toBeUndefined();
    }
  });

  it("is what the page records for its own render, and the record lands in the render slot the server runs it in", async () => {
    const { buyer, cookie } = await buyerWithOrder();
    // As the page computes it: the user its guard resolved and the loader's result for page 1.
    const user = (await sessionUserOf(cookie, undefined))!;
    expect(user.id).toBe(buyer.id);
    const rendered = privatePageDataVersion(user, await loadBuyerOrdersPage(user.id, { page: 1 }));
    expect(await versionAt("/orders", cookie)).toBe(rendered);
    expect(await versionAt("/orders?page=2", cookie)).not.toBe(rendered);
    const slots = (globalThis as Record<symbol, unknown>)[Symbol.for("xiangji.response-cache.render-slots")] as AsyncLocalStorage<{ rendered?: string }>;
    const slot: { rendered?: string } = {};
    await slots.run(slot, async () => {
      await new Promise((r) => setTimeout(r, 1));
      recordRenderedVersion(rendered);
    });
    expect(slot.rendered).toBe(rendered);
    // Outside a slot (next dev, tests, requests the server does not keep) it does nothing.
    expect(() => recordRenderedVersion(rendered)).not.toThrow();
  });
});

describe("the version of a producer's order queue (lib/private-pages.ts)", () => {
  it("changes when an order arrives or moves on, differs by tab and page, and is what the page records", async () => {
    const { seller, orderId } = await buyerWithOrder();
    const cookie = await cookieOf(seller.owner.id);
    const toConfirm = await versionAt("/producer/orders", cookie);
    expect(toConfirm).toMatch(new RegExp(`^${seller.owner.id}:[\\w-]{43}$`));
    expect(await versionAt("/en/producer/orders?tab=to_confirm&_rsc=abc", cookie)).toBe(toConfirm);
    // An unknown tab is the default one, as the page reads it.
    expect(await versionAt("/producer/orders?tab=nonsense", cookie)).toBe(toConfirm);
    const toShip = await versionAt("/producer/orders?tab=to_ship", cookie);
    expect(toShip).not.toBe(toConfirm);
    expect(await versionAt("/producer/orders?tab=to_confirm&page=2", cookie)).not.toBe(toConfirm);

    expect(await confirmBankPayment({ orderId }, { user: seller.owner })).toMatchObject({ ok: true });
    expect(await versionAt("/producer/orders", cookie)).not.toBe(toConfirm);
    const shipNow = await versionAt("/producer/orders?tab=to_ship", cookie);
    expect(shipNow).not.toBe(toShip);

    // As the page computes it for ?tab=to_ship.
    const user = (await sessionUserOf(cookie, undefined))!;
    expect(privatePageDataVersion(user, await loadSellerOrdersPage(user.id, sellerOrdersQuery({ tab: "to_ship" })))).toBe(shipNow);
  });

  it("is undefined for anyone the queue refuses, and not asked for a query it is not kept for", async () => {
    const { seller, cookie: buyerCookie } = await buyerWithOrder();
    const cookie = await cookieOf(seller.owner.id);
    expect(await versionAt("/producer/orders", buyerCookie)).toBeUndefined();
    expect(await versionAt("/producer/orders", "")).toBeUndefined();
    for (const url of ["/producer/orders?tab=all&tab=to_ship", "/producer/orders?page=1&page=2", "/producer/orders?tab=all&q=x", "/producer/orders/"]) {
      expect(privatePageVersion(url, { cookie })).toBeUndefined();
    }
  });
});
