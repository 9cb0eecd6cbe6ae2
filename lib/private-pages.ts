/**
 * Signed-in pages the production server may answer from memory (lib/response-cache.mjs, "private pages"): for each,
 * the version of what it would render now for a request — the user it is for and a hash of every database read the
 * page renders from — or undefined when the page must be rendered (no valid session, a user the page would refuse,
 * a query the page is not kept for). The page itself records the version of what it rendered
 * (recordRenderedVersion); the layer keeps a rendering only when that equals the version it read before asking Next,
 * and answers a later request from it only under an equal version, so a change to anything the page shows is seen
 * on the next request, in every process, as if the page had been rendered.
 *
 * Why: the lists people reload to follow their orders (a buyer's orders, a producer's queue) cost the 2-core server
 * about 15 ms of CPU per render (React and Next's work, not the queries: bench/README.md), while checking a version
 * costs the session check and the page's own reads.
 *
 * Only a page whose render depends on nothing but its address, its locale's messages and one loader's result may be
 * listed here; the loader is the page's only source of data.
 */
import { createHash } from "node:crypto";
import type { AsyncLocalStorage } from "node:async_hooks";
import type { Role } from "@/lib/auth/roles";
import { sessionUserOf, type SessionUser } from "@/lib/auth/session";
import { BUYER_ORDERS_ROLES, buyerOrdersPageNumber, loadBuyerOrdersPage } from "@/lib/orders/buyer-orders-page";
import { loadSellerOrdersPage, SELLER_ORDERS_ROLES, sellerOrdersQuery } from "@/lib/orders/seller-orders-page";

type HeaderValue = string | string[] | undefined;

interface PrivatePage {
  /** its path, in either locale */
  path: RegExp;
  /** the query parameters it reads, each at most once; with any other (besides Next's `_rsc`) it is rendered */
  params: readonly string[];
  /** who it renders for; anyone else is redirected or refused by the page */
  roles: readonly Role[];
  /** everything it renders from the database, for this user and query: its one loader, as the page calls it */
  load(userId: string, query: Record<string, string | undefined>): Promise<unknown>;
}

const PAGES: readonly PrivatePage[] = [
  // A buyer's orders; `placed` (the banner after a checkout) is not kept.
  { path: /^(?:\/en)?\/orders$/, params: ["page"], roles: BUYER_ORDERS_ROLES, load: (userId, q) => loadBuyerOrdersPage(userId, { page: buyerOrdersPageNumber(q.page) }) },
  // A producer's order queue, by tab.
  { path: /^(?:\/en)?\/producer\/orders$/, params: ["tab", "page"], roles: SELLER_ORDERS_ROLES, load: (userId, q) => loadSellerOrdersPage(userId, sellerOrdersQuery(q)) },
];

/**
 * The version of a listed page's render: whose it is, and a hash of what its loader read and the roles it was shown
 * under.
 */
export function privatePageDataVersion(user: SessionUser, data: unknown): string {
  return `${user.id}:${createHash("sha256").update(JSON.stringify({ roles: user.roles, data })).digest("base64url")}`;
}

/**
 * The version of the private page at `url` (path and query, as the request line gives it) for a request with these
 * headers: a promise of `<user id>:<hash>`, or undefined at once when `url` is not a kept page.
 */
export function privatePageVersion(url: string, headers: Record<string, HeaderValue>): Promise<string | undefined> | undefined {
  const at = url.indexOf("?");
  const path = at < 0 ? url : url.slice(0, at);
  const page = PAGES.find((p) => p.path.test(path));
  if (!page) return undefined;
  const query: Record<string, string | undefined> = {};
  for (const [name, value] of new URLSearchParams(at < 0 ? "" : url.slice(at + 1))) {
    if (name === "_rsc") continue;
    if (!page.params.includes(name) || Object.hasOwn(query, name)) return undefined;
    query[name] = value;
  }
  return currentVersion(page, headers, query);
}

async function currentVersion(page: PrivatePage, headers: Record<string, HeaderValue>, query: Record<string, string | undefined>): Promise<string | undefined> {
  // Node gives both headers as one string (repeated ones joined); anything else opens no session.
  const text = (value: HeaderValue) => (typeof value === "string" ? value : undefined);
  const user = await sessionUserOf(text(headers.cookie), text(headers["x-forwarded-proto"]));
  // The page answers anyone else with a redirect or 403, rendered by Next.
  if (!user || !page.roles.some((r) => user.roles.includes(r))) return undefined;
  return privatePageDataVersion(user, await page.load(user.id, query));
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
