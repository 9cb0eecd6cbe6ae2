import { Link } from "@/lib/i18n/navigation";

/**
 * A titled part of a page: a section labelled by its h2, with an optional link beside the title ("查看全部").
 * `id` names the heading (`<id>-h`), so each section of a page needs its own.
 */
export function Section({
  id,
  title,
  action,
  className,
  children,
}: {
  id: string;
  title: React.ReactNode;
  action?: { href: string; label: string };
  className?: string;
  children: React.ReactNode;
}) {
  const headingId = `${id}-h`;
  const heading = (
    <h2 id={headingId} className={action ? "text-xl font-bold" : "mb-2 text-xl font-bold"}>
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={headingId} className={className}>
      {action ? (
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          <Link href={action.href} className="inline-flex min-h-11 items-center text-brocade-700 underline">
            {action.label}
          </Link>
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
