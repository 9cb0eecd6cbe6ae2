import { Skeleton } from "@/components/ui/skeleton";

/** Skeleton for a segment's loading.tsx; not at the locale root, where it would turn 403/404 statuses into 200. */
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-4">
      <span className="sr-only">正在加载… Loading…</span>
      <Skeleton className="h-8 w-1/2" />
      <Skeleton className="h-32" />
      <Skeleton className="h-32" />
    </div>
  );
}
