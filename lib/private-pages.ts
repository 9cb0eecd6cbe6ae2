/**
 * Signed-in pages the production server may answer from memory (lib/response-cache.mjs, "private pages"): for each,
 * the version of what it would render now for a request — the user it is for and a hash of every database read the
 * page renders from — or undefined when the page must be rendered (no valid session, a user the page would refuse,
 * a query the page is not kept for). The layer keeps a rendering under the version computed before it asked Next for
 * it, and answers a later request from it only under an equal version, so a change to anything the page shows is
 * seen on the next request, in every process, as if the page had been rendered.
 *
 * Why: a buyer's order list costs the 2-core server about 15 ms of CPU to render (React and Next's work, not the
 * queries: bench/README.md), while checking its version costs the session check and the page's own reads.
 *
 * Only a page whose render depends on nothing but its address, its locale's messages and one loader's result may be
 * listed here; the loader is the page's only source of data.
 */
import { createHash } from "node:crypto";
import { sessionUserOf } from "@/lib/auth/session";
import { buyerOrdersPageNumber, loadBuyerOrdersPage } from "@/lib/orders/buyer-orders-page";

/** The buyer's order list, in either locale; the query may hold `page` and Next's `_rsc` cache key, nothing else. */
const BUYER_ORDERS = /^(?:\/en)?\/orders$/;
const BUYER_ORDERS_QUERY = new Set(["page", "_rsc"]);

type HeaderValue = string | string[] | undefined;

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
  return buyerOrdersVersion(headers, buyerOrdersPageNumber(pages[0]));
}

async function buyerOrdersVersion(headers: Record<string, HeaderValue>, page: number): Promise<string | undefined> {
  const user = await sessionUserOf(single(headers.cookie), single(headers["x-forwarded-proto"]));
  // The page answers anyone else with a redirect or 403, rendered by Next.
  if (!user?.roles.includes("buyer")) return undefined;
  const data = await loadBuyerOrdersPage(user.id, { page });
  return `${user.id}:${createHash("sha256").update(JSON.stringify({ roles: user.roles, data })).digest("base64url")}`;
}

const single = (value: HeaderValue) => (Array.isArray(value) ? value.join("; ") : value);

/** Where lib/response-cache.mjs looks for privatePageVersion (the two are loaded by different module graphs). */
const PRIVATE_PAGES = Symbol.for("xiangji.response-cache.private-pages");

/** Offer privatePageVersion to the response layer of this process (called once the database is ready). */
export function registerPrivatePages(): void {
  (globalThis as Record<symbol, unknown>)[PRIVATE_PAGES] = privatePageVersion;
}
