import { Badge } from "@/components/ui/badge";
import { formatFen } from "@/components/ui/money";
import { Link } from "@/lib/i18n/navigation";
import type { JobCard as JobCardData } from "@/lib/jobs/open-jobs";

export function payText(job: Pick<JobCardData, "payType" | "payMinFen" | "payMaxFen" | "pieceUnit">, labels: { perMonth: (a: string) => string; perPiece: (a: string, u: string) => string }): string {
  const amount = job.payMinFen === job.payMaxFen ? formatFen(job.payMinFen) : `${formatFen(job.payMinFen)}–${formatFen(job.payMaxFen)}`;
  return job.payType === "monthly" ? labels.perMonth(amount) : labels.perPiece(amount, job.pieceUnit ?? "件");
}

export function JobCard({ job, pay, kindLabel, tags }: { job: JobCardData; pay: string; kindLabel: string; tags: string[] }) {
  return (
    <Link href={`/jobs/${job.id}`} className="card-link job-card">
      <h3>{job.title}</h3>
      <p>{`${job.orgName} · ${job.regionName} · ${kindLabel}`}</p>
      <p className="price">{pay}</p>
      <div>
        {tags.map((t) => (
          <Badge key={t}>{t}</Badge>
        ))}
      </div>
    </Link>
  );
}
