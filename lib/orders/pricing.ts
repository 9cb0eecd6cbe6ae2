/** Unit prices in integer fen. A tier applies from `minQty` units; the largest reached tier wins. */
export interface Tier {
  minQty: number;
  priceFen: number;
}

export function unitPriceFor(baseFen: number, tiers: readonly Tier[], quantity: number): number {
  let best = baseFen;
  let reached = 0;
  for (const t of tiers) {
    if (quantity >= t.minQty && t.minQty > reached) {
      reached = t.minQty;
      best = t.priceFen;
    }
  }
  return best;
}

export const MAX_QTY = 9999;
