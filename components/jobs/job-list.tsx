import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { JobListItem } from "@/lib/jobs/board";
import { JobCard, payText } from "./job-card";

/** Job cards with translated kind, pay and benefit tags. Optional extra content under each card (reasons). */
export async function JobList({ jobs, extra }: { jobs: JobListItem[]; extra?: (j: JobListItem) => React.ReactNode }) {
  const t = await getTranslations("jobs");
  const pay = { perMonth: (a: string) => t("perMonth", { amount: a }), perPiece: (a: string, u: string) => t("perPiece", { amount: a, unit: u }) };
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {jobs.map((j) => (
        <li key={j.id} className="grid gap-1">
          <JobCard job={j} pay={payText(j, pay)} kindLabel={t(`kind.${j.kind}`)} tags={[...j.benefits.map((b) => t(`benefit.${b}`)), ...(j.priorityPoor ? [t("priorityPoor")] : [])]} />
          {extra ? extra(j) : null}
        </li>
      ))}
    </ul>
  );
}

export function ReasonList({ reasons, label }: { reasons: string[]; label: string }) {
  return (
    <div className="flex flex-wrap items-center gap-1 px-1" data-testid="reasons">
      <span className="text-sm text-stone-700">{label}</span>
      {reasons.map((r) => (
        <Badge key={r} tone="success">
          {r}
        </Badge>
      ))}
    </div>
  );
}
