import type { Result } from "lighthouse";

/**
 * The median run's non-image transfer (see LighthouseScores.transferBytesBeforeImages); undefined unless that run is
 * a valid page load whose document came with 200, so that a failed load (a few bytes, or none) never counts.
 */
export function transferBeforeImages(run: Pick<Result, "audits" | "runtimeError">, valid: boolean): { bytes: number; requests: number } | undefined {
  if (!valid || run.runtimeError) return undefined;
  const details = run.audits["network-requests"]?.details as { items?: { resourceType?: string; mimeType?: string; transferSize?: number; url?: string; statusCode?: number }[] } | undefined;
  const all = details?.items ?? [];
  if (!all.some((i) => i.resourceType === "Document" && i.statusCode === 200)) return undefined;
  // The favicon is fetched as "Other": images are told by their type as well.
  const items = all.filter((i) => i.resourceType !== "Image" && !i.mimeType?.startsWith("image/") && !i.url?.startsWith("data:"));
  return { bytes: items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0), requests: items.length };
}
