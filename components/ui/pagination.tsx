import Link from "next/link";
import { buttonClass } from "./button";

/** Server-rendered pagination: plain links, works without JavaScript. */
export function Pagination({ page, pages, hrefFor, labels }: { page: number; pages: number; hrefFor: (p: number) => string; labels: { previous: string; next: string; pageOf: string } }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.pageOf} className="mt-6 flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <Link className={buttonClass("secondary")} href={hrefFor(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-700">{labels.pageOf}</span>
      {page < pages ? (
        <Link className={buttonClass("secondary")} href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
