/**
 * Public pages are rendered once and served from Next's cache until a write revalidates their tags.
 * Domain reads stay plain functions (tested without Next); `cached()` wraps them for pages.
 */
import { revalidateTag, unstable_cache } from "next/cache";

export const TAGS = {
  products: "products",
  product: (id: string) => `product:${id}`,
  orgs: "orgs",
  org: (id: string) => `org:${id}`,
  jobs: "jobs",
  job: (id: string) => `job:${id}`,
  impact: "impact",
} as const;

const inNext = () => Boolean(process.env.NEXT_RUNTIME);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function cached<A extends any[], R>(fn: (...args: A) => Promise<R>, key: string, tags: string[], revalidate = 3600): (...args: A) => Promise<R> {
  if (!inNext()) return fn;
  return unstable_cache(fn, [key], { tags, revalidate });
}

/** Expire tags now (the next request renders fresh data). Outside a Next request it is a no-op. */
export function invalidate(...tags: string[]): void {
  if (!inNext()) return;
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (e) {
      console.warn("[cache] revalidateTag failed", tag, e instanceof Error ? e.message : e);
    }
  }
}
