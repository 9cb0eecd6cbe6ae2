/**
 * Everything a producer's order queue (/producer/orders) shows that comes from the database, read in one place: the
 * page renders only from this (with its locale and messages), and lib/private-pages.ts hashes the same object to tell
 * whether a rendering kept in memory is still what the page would render now. A read added to the page belongs here.
 */
import type { Role } from "@/lib/auth/roles";
import { listSellerOrders, SELLER_TABS, type SellerTab } from "./queries";

export const SELLER_ORDERS_PAGE_SIZE = 20;
/** Who may see the queue: anyone else gets 403. */
export const SELLER_ORDERS_ROLES = ["producer"] as const satisfies readonly Role[];

/** The queue's query as the page reads it: a known tab (else the bank transfers to confirm), a page from 1 to 1000. */
export function sellerOrdersQuery(raw: { tab?: string; page?: string }): { tab: SellerTab; page: number } {
  const tab = SELLER_TABS.find((t) => t === raw.tab) ?? "to_confirm";
  return { tab, page: Math.max(1, Math.min(1000, Number.parseInt(raw.page ?? "1", 10) || 1)) };
}

export async function loadSellerOrdersPage(userId: string, query: { tab: SellerTab; page: number }) {
  const list = await listSellerOrders(userId, query.tab, query.page, SELLER_ORDERS_PAGE_SIZE);
  return { ...query, pages: Math.ceil(list.total / SELLER_ORDERS_PAGE_SIZE), list };
}
