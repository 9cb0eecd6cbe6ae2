import type { ReactNode } from "react";

/**
 * One label and value of a definition list (<dl>): the label takes a third of the row and the value the rest, as a
 * three-column grid did. The row wraps, putting the value under a label on the whole width, when the label's first
 * four characters (4em) or the value's longest unbreakable run (a phone number) no longer fit beside each other: with
 * the text at 150% or 200% on a phone, where a third of the row held two characters of 工作地点 a line.
 * Bases: a third and two thirds of the row less its one gap and 0.5rem to spare, so rounding never wraps a row at
 * normal size; the value grows into the rest (grow 999 against the label's 1). max-w-full caps the value's
 * automatic minimum width at the row, where break-words breaks a run longer than the whole row.
 */
export function DetailRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2 py-1">
      <dt className="min-w-[4em] grow basis-[calc((100%-1rem)/3)] text-stone-700">{label}</dt>
      <dd className="max-w-full grow-[999] basis-[calc((100%-1rem)*2/3)] break-words">{children}</dd>
    </div>
  );
}
