import { hiresCount, householdsNow, salesSummary } from "./report";

export interface ImpactCounters {
  salesFen: number;
  orders: number;
  households: number;
  hires: number;
  verifiedProducers: number;
}

/**
 * Headline figures since the platform started: the same SQL definitions as /impact (lib/impact/sql.ts), with an
 * open range, so the home page and the impact page's "since the start" figures always agree.
 */
export async function getImpactCounters(): Promise<ImpactCounters> {
  const [sales, hh, hires] = await Promise.all([salesSummary(null), householdsNow(), hiresCount(null)]);
  return { salesFen: sales.salesFen, orders: sales.orders, households: hh.households, hires, verifiedProducers: hh.sellers };
}
