import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/employer/status-badge";
import { ActionForm } from "@/components/jobs/action-form";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { formatDate } from "@/components/ui/money";
import { SEEKER_MOVES } from "@/lib/applications/transitions";
import { getApplicationForSeeker } from "@/lib/applications/views";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { withdrawAction } from "../../actions";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "seeker" });
  return { title: t("applicationTitle"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ applied?: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(["seeker"], `/seeker/applications/${id}`);
  const app = await getApplicationForSeeker(user.id, id);
  if (!app) notFound();
  const [t, tj, locale, sp] = await Promise.all([getTranslations("seeker"), getTranslations("jobs"), getLocale(), searchParams]);
  return (
    <div className="mx-auto grid max-w-2xl gap-4">
      <Link href="/seeker" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("homeTitle")}
      </Link>
      <h1 className="text-2xl font-bold">{t("applicationTitle")}</h1>
      {sp.applied ? <FormMessage tone="success" message={tj("applied")} /> : null}
      <Card>
        <p className="text-lg font-medium">
          <Link href={`/jobs/${app.job.id}`} className="text-brocade-700 underline">
            {app.job.title}
          </Link>
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
          <span>{app.job.orgName}</span>
          <ApplicationStatusBadge status={app.status} label={tj(`appStatus.${app.status}`)} />
        </p>
        {app.message ? (
          <p className="mt-2">{tj("labelled", { label: t("yourMessage"), value: app.message })}</p>
        ) : null}
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("timeline")}</h2>
        <ol className="grid gap-2" data-testid="timeline">
          {app.timeline.map((e, i) => (
            <li key={i} className="border-l-4 border-tea-600 pl-3">
              <span className="font-medium">{tj(`appStatus.${e.to}`)}</span> · <time dateTime={e.at}>{formatDate(e.at, locale)}</time>
            </li>
          ))}
        </ol>
      </Card>
      {app.hire ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("hireInfo")}</h2>
          <p>{t("startDate", { date: formatDate(app.hire.startDate, locale) })}</p>
          <p>{t("hirePlace", { place: app.hire.place })}</p>
          <ul className="mt-2">
            {app.hire.checkins.map((c) => (
              <li key={c.month}>
                {t("checkinLine", { month: c.month, date: formatDate(c.dueOn, locale) })} {c.seekerConfirmed !== null ? `· ${t("checkinDone")}` : ""}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {SEEKER_MOVES[app.status].includes("withdrawn") ? (
        <Card>
          <p className="mb-2 text-stone-700">{t("withdrawHint")}</p>
          {/* Withdrawing ends the application for good (one per job and seeker): a second tap, naming the job. */}
          <ActionForm
            action={withdrawAction}
            testId="withdraw-form"
            fields={[{ type: "hidden", name: "applicationId", value: app.id }]}
            submitLabel={t("withdraw")}
            submitVariant="secondary"
            confirm={{ text: t("withdrawConfirmText", { job: app.job.title }), confirmLabel: t("withdrawConfirm") }}
          />
        </Card>
      ) : null}
    </div>
  );
}
