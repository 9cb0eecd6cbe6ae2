import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/employer/status-badge";
import { ActionForm } from "@/components/jobs/action-form";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { FormMessage } from "@/components/ui/field";
import { formatDate, formatFen } from "@/components/ui/money";
import { openApplicationAsEmployer } from "@/lib/applications/mutations";
import { EMPLOYER_MOVES } from "@/lib/applications/transitions";
import { getApplicationForEmployer } from "@/lib/applications/views";
import { requireRole } from "@/lib/auth/guard";
import { todayCst } from "@/lib/jobs/constants";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { moveApplicationAction, saveNoteAction } from "../../actions";

// Per-user page with personal data: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "employer" });
  return { title: t("applicationTitle"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ moved?: string; noted?: string; filled?: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(["employer"], `/employer/applications/${id}`);
  // Opening it is "viewed" (submitted → viewed), for the hiring org only; anyone else changes nothing.
  await openApplicationAsEmployer(user, id);
  const app = await getApplicationForEmployer(user.id, id);
  if (!app) notFound();
  const [t, tj, ts, locale, sp] = await Promise.all([getTranslations("employer"), getTranslations("jobs"), getTranslations("seeker"), getLocale(), searchParams]);
  const s = app.seeker;
  // `moved` comes from the URL: only a known status is echoed back.
  const movedTo = sp.moved && Object.hasOwn(EMPLOYER_MOVES, sp.moved) ? (sp.moved as keyof typeof EMPLOYER_MOVES) : null;
  const moves = EMPLOYER_MOVES[app.status].filter((m) => m !== "viewed");
  const row = (label: string, value: React.ReactNode) => <DetailRow label={label}>{value}</DetailRow>;
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Link href={`/employer/jobs/${app.job.id}/applications`} className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("pipelineTitle", { job: app.job.title })}
      </Link>
      <h1 className="text-2xl font-bold">{t("applicationTitle")}</h1>
      {movedTo ? <FormMessage tone="success" message={t("moved", { status: tj(`appStatus.${movedTo}`) })} /> : null}
      {sp.filled && app.job.status === "filled" ? <FormMessage tone="success" message={t("jobFilled")} /> : null}
      {sp.noted ? <FormMessage tone="success" message={t("noteSaved")} /> : null}
      <p className="flex flex-wrap items-center gap-2">
        <span>{app.job.title}</span>
        <ApplicationStatusBadge status={app.status} label={tj(`appStatus.${app.status}`)} />
      </p>

      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("seekerProfile")}</h2>
        {s ? (
          <dl>
            {row(t("applicant"), s.fullName)}
            {row(t("phone"), s.phone ? <a href={`tel:${s.phone}`} className="text-brocade-700 underline" data-testid="applicant-phone">{s.phone}</a> : <span data-testid="applicant-phone-hidden">{t("phoneHidden")}</span>)}
            {row(t("county"), `${s.countyName} ${s.township}`)}
            {row(t("skills"), s.skills.join("、") || "—")}
            {row(t("certificates"), s.certificates.join("、") || "—")}
            {row(t("preference"), ts(`pref.${s.preference}`))}
            {row(t("expectedPay"), s.expectedPayFen !== null ? formatFen(s.expectedPayFen) : "—")}
            {row(t("availableFrom"), s.availableFrom ? formatDate(s.availableFrom, locale) : "—")}
            {s.poorLabourer ? row(t("poorLabourer"), s.poorLabourerVerified ? t("poorVerified") : t("poorSelf")) : null}
            {s.intro ? row(t("intro"), s.intro) : null}
            {app.message ? row(t("message"), app.message) : null}
          </dl>
        ) : (
          <p>{t("seekerGone")}</p>
        )}
      </Card>

      {app.hire ? (
        <Card>
          <p>{t("hireInfo", { date: formatDate(app.hire.startDate, locale), place: app.hire.place })}</p>
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("actions")}</h2>
        {moves.length ? (
          <div className="grid gap-4">
            {moves.map((to) => (
              <div key={to} className="rounded-lg border border-stone-200 p-3">
                <ActionForm
                  action={moveApplicationAction}
                  testId={`move-${to}`}
                  idPrefix={`move-${to}`}
                  fields={[
                    { type: "hidden", name: "applicationId", value: app.id },
                    { type: "hidden", name: "to", value: to },
                    ...(to === "hired"
                      ? ([
                          { type: "date", name: "startDate", label: t("startDate"), defaultValue: todayCst() },
                          { type: "text", name: "place", label: t("hirePlace"), defaultValue: app.job.place },
                        ] as const)
                      : []),
                    { type: "textarea", name: "note", label: t("moveNote"), rows: 2 },
                  ]}
                  submitLabel={t(`move.${to}`)}
                  submitVariant={to === "rejected" ? "secondary" : to === "hired" ? "success" : "primary"}
                  // The seeker is told at once and the pipeline only moves forward: a stray tap must not reject.
                  confirm={to === "rejected" ? { text: t("rejectConfirmText"), confirmLabel: t("rejectConfirm") } : undefined}
                />
              </div>
            ))}
          </div>
        ) : (
          <p>{t("terminal")}</p>
        )}
      </Card>

      <Card>
        <ActionForm
          action={saveNoteAction}
          idPrefix="employer-note"
          fields={[
            { type: "hidden", name: "applicationId", value: app.id },
            { type: "textarea", name: "note", label: t("notes"), defaultValue: app.employerNote ?? "", rows: 3 },
          ]}
          submitLabel={t("saveNote")}
          submitVariant="secondary"
        />
      </Card>

      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("history")}</h2>
        <ol className="grid gap-2">
          {app.timeline.map((e, i) => (
            <li key={i} className="border-l-4 border-stone-300 pl-3">
              <p>
                {e.from === e.to ? t("noteEvent") : tj(`appStatus.${e.to}`)} · <time dateTime={e.at}>{formatDate(e.at, locale)}</time>
              </p>
              {e.note ? <p className="text-sm text-stone-700">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
