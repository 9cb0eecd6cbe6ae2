import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/employer/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/money";
import { listApplicationsForJob } from "@/lib/applications/views";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "employer" });
  return { title: t("pipeline"), robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(["employer"], `/employer/jobs/${id}/applications`);
  const data = await listApplicationsForJob(user.id, id);
  if (!data) notFound();
  const [t, tj, locale] = await Promise.all([getTranslations("employer"), getTranslations("jobs"), getLocale()]);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/employer" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("title")}
      </Link>
      <h1 className="mb-4 text-2xl font-bold">{t("pipelineTitle", { job: data.job.title })}</h1>
      {data.applicants.length ? (
        <ul className="grid gap-2">
          {data.applicants.map((a) => (
            <li key={a.id}>
              <Card className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <p className="font-medium">
                    {a.fullName ?? t("anonymous")} {a.countyName ? `· ${a.countyName}` : ""}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
                    <ApplicationStatusBadge status={a.status} label={tj(`appStatus.${a.status}`)} />
                    {a.poorLabourer ? <Badge tone="highlight">{tj("priorityPoor")}</Badge> : null}
                    <span>{t("appliedOn", { date: formatDate(a.createdAt, locale) })}</span>
                  </p>
                  {a.skills.length ? <p className="mt-1 text-sm">{a.skills.join("、")}</p> : null}
                </div>
                <Link href={`/employer/applications/${a.id}`} className="inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4">
                  {t("open")}
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("noApplicants")} />
      )}
    </div>
  );
}
