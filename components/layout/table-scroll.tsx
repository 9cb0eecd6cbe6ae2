/**
 * The one wrapper for data tables: a table wider than the screen scrolls inside this box instead of widening the page.
 * `contain: inline-size` gives the box no intrinsic width of its own, so it is as wide as its container and the table's
 * minimum width never reaches the grid or flex items above it (their `min-width: auto` would otherwise grow to the
 * table and push the whole page past 360 px). The box is focusable and named so a keyboard user can scroll it.
 */
export function TableScroll({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto [contain:inline-size] ${className}`.trim()}>
      {children}
    </div>
  );
}
