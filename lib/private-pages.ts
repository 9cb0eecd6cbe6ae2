/**
 * Signed-in pages the production server may answer from memory (lib/response-cache.mjs, "private pages"): for each,
 * the version of what it would render now for a request — the user it is for and a hash of every database read the
 * page renders from — or undefined when the page must be rendered (no valid session, a user the page would refuse,
 * a query the page is not kept for). The page itself records the version of what it rendered
 * (recordRenderedVersion); the layer keeps a rendering only when that equals the version it read before asking Next,
 * and answers a later request from it only under an equal version, so a change to anything the page shows is seen
 * on the next request, in every process, as if the page had been rendered.
 *
 * Why: a buyer's order list costs the 2-core server about 15 ms of CPU to render (React and Next's work, not the
 * queries: bench/README.md), while checking its version costs the session check and the page's own reads.
 *
 * Only a page whose render depends on nothing but its address, its locale's messages and one loader's result may be
 * listed here; the loader is the page's only source of data.
 */
import { createHash } from "node:crypto";
import type { AsyncLocalStorage } from "node:async_hooks";
import { sessionUserOf, type SessionUser } from "@/lib/auth/session";
import { BUYER_ORDERS_ROLES, buyerOrdersPageNumber, loadBuyerOrdersPage, type BuyerOrdersPage } from "@/lib/orders/buyer-orders-page";

/** The buyer's order list, in either locale; the query may hold `page` and Next's `_rsc` cache key, nothing else. */
const BUYER_ORDERS = /^(?:\/en)?\/orders$/;
const BUYER_ORDERS_QUERY = new Set(["page", "_rsc"]);

type HeaderValue = string | string[] | undefined;

/** The version of a buyer's order list: whose it is, and a hash of what it shows and the roles it was shown under. */
export function buyerOrdersVersion(user: SessionUser, data: BuyerOrdersPage): string {
  return `${user.id}:${createHash("sha256").update(JSON.stringify({ roles: user.roles, data })).digest("base64url")}`;
}

/**
 * The version of the private page at `url` (path and query, as the request line gives it) for a request with these
 * headers: a promise of `<user id>:<hash>`, or undefined at once when `url` is not a kept page.
 */
export function privatePageVersion(url: string, headers: Record<string, HeaderValue>): Promise<string | undefined> | undefined {
  const at = url.indexOf("?");
  const path = at < 0 ? url : url.slice(0, at);
  if (!BUYER_ORDERS.test(path)) return undefined;
  const query = new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
  for (const [name] of query) if (!BUYER_ORDERS_QUERY.has(name)) return undefined;
  const pages = query.getAll("page");
  if (pages.length > 1) return undefined;
  return currentBuyerOrdersVersion(headers, buyerOrdersPageNumber(pages[0]));
}

async function currentBuyerOrdersVersion(headers: Record<string, HeaderValue>, page: number): Promise<string | undefined> {
  // Node gives both headers as one string (repeated ones joined); anything else opens no session.
  const text = (value: HeaderValue) => (typeof value === "string" ? value : undefined);
  const user = await sessionUserOf(text(headers.cookie), text(headers["x-forwarded-proto"]));
  // The page answers anyone else with a redirect or 403, rendered by Next.
  if (!user || !BUYER_ORDERS_ROLES.some((r) => user.roles.includes(r))) return undefined;
  return buyerOrdersVersion(user, await loadBuyerOrdersPage(user.id, { page }));
}

/** Where lib/response-cache.mjs looks for privatePageVersion (the two are loaded by different module graphs). */
const PRIVATE_PAGES = Symbol.for("xiangji.response-cache.private-pages");

/** Offer privatePageVersion to the response layer of this process (called once the database is ready). */
export function registerPrivatePages(): void {
  (globalThis as Record<symbol, unknown>)[PRIVATE_PAGES] = privatePageVersion;
}

/** The render slots the response layer runs private pages' renders in (lib/response-cache.mjs). */
const RENDER_SLOTS = Symbol.for("xiangji.response-cache.render-slots");

/**
 * For a listed page, once it has read its data: the version of what it renders. The layer keeps this render only if
 * it equals the version read before the render began (outside the production server, or for a render the layer does
 * not keep, this does nothing).
 */
export function recordRenderedVersion(version: string): void {
  const slot = ((globalThis as Record<symbol, unknown>)[RENDER_SLOTS] as AsyncLocalStorage<{ rendered?: string }> | undefined)?.getStore();
  if (slot) slot.rendered = version;
}
