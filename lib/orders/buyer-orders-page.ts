/**
 * Everything the buyer's order list (/orders) shows that comes from the database, read in one place: the page renders
 * only from this (with its locale and messages), and lib/private-pages.ts hashes the same object to tell whether a
 * rendering kept in memory is still what the page would render now. A read added to the page belongs here.
 */
import type { Role } from "@/lib/auth/roles";
import { buyerOrgsOf, listBuyerOrders, listCheckoutOrders } from "./queries";

export const BUYER_ORDERS_PAGE_SIZE = 20;
/** Who may see the list: anyone else gets 403. */
export const BUYER_ORDERS_ROLES = ["buyer"] as const satisfies readonly Role[];

/** The `page` query parameter as the list reads it: a whole number from 1 to 1000, else 1. */
export function buyerOrdersPageNumber(raw: string | undefined): number {
  return Math.max(1, Math.min(1000, Number.parseInt(raw ?? "1", 10) || 1));
}

export async function loadBuyerOrdersPage(userId: string, query: { page: number; placed?: string }) {
  const [list, placed, buyerOrgs] = await Promise.all([
    listBuyerOrders(userId, query.page, BUYER_ORDERS_PAGE_SIZE),
    query.placed ? listCheckoutOrders(userId, query.placed) : [],
    buyerOrgsOf(userId),
  ]);
  return { page: query.page, pages: Math.ceil(list.total / BUYER_ORDERS_PAGE_SIZE), list, placed, buyerOrgs };
}
