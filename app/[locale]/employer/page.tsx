import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckinButtons } from "@/components/jobs/checkin-buttons";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/field";
import { formatDate } from "@/components/ui/money";
import { listEmployerCheckins } from "@/lib/applications/views";
import { requireRole } from "@/lib/auth/guard";
import { listMyJobs } from "@/lib/jobs/editor";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listMyOrgs } from "@/lib/orgs/profile";
import { confirmCheckinAction } from "./actions";
import { Section } from "@/components/ui/section";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "employer" });
  return { title: t("title"), robots: { index: false } };
}

const STATUS_TONE = { draft: "neutral", open: "success", closed: "neutral", filled: "highlight" } as const;
const ORG_TONE = { unverified: "neutral", pending: "highlight", verified: "success", rejected: "primary" } as const;

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["employer"], "/employer");
  const [t, tj, locale, orgs, myJobs, checkins, sp] = await Promise.all([getTranslations("employer"), getTranslations("jobs"), getLocale(), listMyOrgs(user.id, "employer"), listMyJobs(user.id), listEmployerCheckins(user.id), searchParams]);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {sp.saved ? <FormMessage tone="success" message={t("form.saved")} /> : null}
      <nav className="flex flex-wrap gap-2">
        <Link href="/employer/stats" className={buttonClass("secondary")}>
          {t("stats")}
        </Link>
        <Link href="/employer/profile" className={buttonClass("secondary")}>
          {t("editProfile")}
        </Link>
      </nav>

      <Section id="orgs" title={t("myOrgs")}>
        {orgs.length ? (
          <ul className="grid gap-2">
            {orgs.map((o) => (
              <li key={o.id}>
                <Card className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <p className="font-medium">{o.name}</p>
                    <p className="text-sm text-stone-700">
                      {tj(`orgKind.${o.kind}`)} · {o.regionName} <Badge tone={ORG_TONE[o.verification]}>{t(`org.state.${o.verification}`)}</Badge>
                    </p>
                  </div>
                  <Link href={{ pathname: "/employer/profile", query: { org: o.id } }} className={buttonClass("secondary")}>
                    {t("editProfile")}
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noOrg")}>
            <Link href="/employer/profile" className={buttonClass("primary")}>
              {t("org.create")}
            </Link>
          </EmptyState>
        )}
      </Section>

      <section aria-labelledby="jobs-h">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="jobs-h" className="text-xl font-bold">
            {t("myJobs")}
          </h2>
          {orgs.length ? (
            <Link href="/employer/jobs/new" className={buttonClass("primary")}>
              {t("newJob")}
            </Link>
          ) : null}
        </div>
        {myJobs.length ? (
          <ul className="grid gap-2">
            {myJobs.map((j) => (
              <li key={j.id}>
                <Card>
                  <p className="text-lg font-medium">{j.title}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-700">
                    <span>{j.orgName}</span>
                    <Badge tone={STATUS_TONE[j.status]}>{tj(`jobStatus.${j.status}`)}</Badge>
                    {j.hidden ? <Badge tone="primary">{t("hidden")}</Badge> : null}
                    <span>{j.closesOn ? tj("closesOn", { date: formatDate(j.closesOn, locale) }) : tj("noClosing")}</span>
                  </p>
                  <p className="mt-1">{t("applicationsCount", { count: j.applications, fresh: j.newApplications })}</p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <Link href={`/employer/jobs/${j.id}/applications`} className={buttonClass("primary")}>
                      {t("pipeline")}
                    </Link>
                    <Link href={`/employer/jobs/${j.id}/edit`} className={buttonClass("secondary")}>
                      {t("edit")}
                    </Link>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noJobs")} />
        )}
      </section>

      <Section id="checkins" title={t("checkins")}>
        {checkins.length ? (
          <ul className="grid gap-2">
            {checkins.map((c) => (
              <li key={`${c.hireId}-${c.month}`}>
                <Card>
                  <p>{t("checkinLine", { name: c.personName ?? t("anonymous"), job: c.jobTitle, month: c.month, date: formatDate(c.dueOn, locale) })}</p>
                  {c.due ? (
                    <>
                      <p className="mt-1 text-sm text-stone-700">{t("checkinDue")}</p>
                      <CheckinButtons hireId={c.hireId} month={c.month} action={confirmCheckinAction} labels={{ yes: t("stillEmployed"), no: t("notEmployed"), saved: t("checkinSaved") }} />
                    </>
                  ) : (
                    <Badge>{t("checkinUpcoming")}</Badge>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t("noCheckins")}</p>
        )}
      </Section>
    </div>
  );
}
