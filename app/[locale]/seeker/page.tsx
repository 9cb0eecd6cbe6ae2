import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/employer/status-badge";
import { CheckinButtons } from "@/components/jobs/checkin-buttons";
import { JobList, ReasonList } from "@/components/jobs/job-list";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/field";
import { formatDate } from "@/components/ui/money";
import { listMyApplications, listSeekerCheckins } from "@/lib/applications/views";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { recommendJobsFor } from "@/lib/matching/recommend";
import { getMySeekerProfile, profileCompleteness } from "@/lib/seekers/profile";
import { confirmCheckinAction } from "./actions";
import { Section } from "@/components/ui/section";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "seeker" });
  return { title: t("homeTitle"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["seeker"], "/seeker");
  const [t, tj, locale, profile, matches, apps, checkins, sp] = await Promise.all([
    getTranslations("seeker"),
    getTranslations("jobs"),
    getLocale(),
    getMySeekerProfile(user.id),
    recommendJobsFor(user.id, 6),
    listMyApplications(user.id),
    listSeekerCheckins(user.id),
    searchParams,
  ]);
  const { percent, missing } = profileCompleteness(profile);
  const reasonsOf = new Map(matches.map((m) => [m.job.id, m.reasons.map((r) => t(`reason.${r.key}`, r.params ?? {}))]));
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t("homeTitle")}</h1>
      {sp.saved ? <FormMessage tone="success" message={t("form.saved")} /> : null}
      {sp.deleted ? <FormMessage tone="success" message={t("deleted")} /> : null}

      <Card>
        <p className="text-lg font-medium">{t("completeness", { percent })}</p>
        <div className="mt-2 h-3 w-full rounded bg-stone-200" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("completeness", { percent })}>
          <div className="h-3 rounded bg-tea-600" style={{ width: `${percent}%` }} />
        </div>
        {profile ? (missing.length ? <p className="mt-2 text-stone-700">{t("completeHint", { missing: missing.map((m) => t(`part.${m}`)).join("、") })}</p> : null) : <p className="mt-2">{t("noProfile")}</p>}
        <Link href="/seeker/profile" className={`${buttonClass(profile ? "secondary" : "primary")} mt-3`}>
          {profile ? t("editProfile") : t("createProfile")}
        </Link>
      </Card>

      <Section id="rec" title={t("recommended")} action={{ href: "/jobs", label: t("browseJobs") }}>
        {matches.length ? (
          <JobList jobs={matches.map((m) => m.job)} extra={(j) => <ReasonList label={t("whyThis")} reasons={reasonsOf.get(j.id) ?? []} />} />
        ) : (
          <EmptyState title={t("noRecommendations")} />
        )}
      </Section>

      <Section id="apps" title={t("myApplications")}>
        {apps.length ? (
          <ul className="grid gap-2">
            {apps.map((a) => (
              <li key={a.id}>
                <Link href={`/seeker/applications/${a.id}`} className="block rounded-xl border border-stone-200 bg-white px-gutter py-4 hover:border-brocade-600">
                  <p className="font-medium">{a.jobTitle}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
                    <span>{a.orgName}</span>
                    <ApplicationStatusBadge status={a.status} label={tj(`appStatus.${a.status}`)} />
                    <span>{t("updatedOn", { date: formatDate(a.updatedAt, locale) })}</span>
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noApplications")} />
        )}
      </Section>

      {checkins.length ? (
        <Section id="checkins" title={t("checkins")}>
          <ul className="grid gap-2">
            {checkins.map((c) => (
              <li key={`${c.hireId}-${c.month}`}>
                <Card>
                  <p>
                    {c.jobTitle} · {t("checkinLine", { month: c.month, date: formatDate(c.dueOn, locale) })}
                  </p>
                  {c.due ? (
                    <CheckinButtons hireId={c.hireId} month={c.month} action={confirmCheckinAction} labels={{ yes: t("stillEmployed"), no: t("notEmployed"), saved: t("checkinSaved") }} />
                  ) : (
                    <Badge>{t("checkinUpcoming")}</Badge>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
