import type { Metadata } from "next";
import { localeAlternates } from "@/lib/i18n/href";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/jobs/action-form";
import { payText } from "@/components/jobs/job-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DetailRow } from "@/components/ui/detail-row";
import { formatDate } from "@/components/ui/money";
import { cached, TAGS } from "@/lib/cache";
import { getPublicJob } from "@/lib/jobs/board";
import { todayCst } from "@/lib/jobs/constants";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { applyAction } from "./actions";

// Public and session-free: rendered once, served from cache until the job or its employer changes.
export const revalidate = 3600;

// No page is built ahead of time; each is rendered on its first request, then served from the cache
// until its tags are invalidated (without this, a dynamic segment would render on every request).
export function generateStaticParams() {
  return [];
}

const load = (id: string) => cached(getPublicJob, `job:${id}`, [TAGS.jobs, TAGS.job(id)], 3600)(id, todayCst());

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const job = await load((await params).id);
  return job ? { title: job.title, description: job.description.slice(0, 120), alternates: localeAlternates(`/jobs/${job.id}`) } : {};
}

export default async function JobPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const job = await load(id);
  if (!job) notFound();
  const t = await getTranslations("jobs");
  const pay = payText(job, { perMonth: (a) => t("perMonth", { amount: a }), perPiece: (a, u) => t("perPiece", { amount: a, unit: u }) });
  const row = (label: string, value: React.ReactNode) => <DetailRow label={label}>{value}</DetailRow>;
  return (
    <article className="mx-auto grid max-w-3xl gap-4">
      <div>
        <h1 className="text-2xl font-bold">{job.title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <Link href={`/employers/${job.orgId}`} className="text-brocade-700 underline">
            {job.orgName}
          </Link>
          {job.orgVerified ? <Badge tone="success">{t("verified")}</Badge> : null}
          <Badge>{t(`kind.${job.kind}`)}</Badge>
        </p>
        <p className="mt-2 text-2xl font-bold text-brocade-700">{pay}</p>
        <div className="mt-2 flex flex-wrap gap-1">
          {job.benefits.map((b) => (
            <Badge key={b} tone="success">
              {t(`benefit.${b}`)}
            </Badge>
          ))}
          {job.priorityPoor ? <Badge tone="highlight">{t("priorityPoor")}</Badge> : null}
        </div>
      </div>
      {!job.open ? <p className="rounded-lg bg-stone-100 p-3 font-medium">{t("notOpen")}</p> : null}
      <Card>
        <dl>
          {row(t("place"), `${locale === "en" ? job.regionNameEn : job.regionName} · ${job.place}`)}
          {row(t("headcount"), t("headcountValue", { count: job.headcount }))}
          {job.hours ? row(t("hours"), job.hours) : null}
          {row(t("skillsWanted"), job.skills.join("、") || "—")}
          {row(t("closesOnLabel"), job.closesOn ? formatDate(job.closesOn, locale) : t("noClosing"))}
        </dl>
      </Card>
      {job.description ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("description")}</h2>
          <p className="whitespace-pre-line">{job.description}</p>
        </Card>
      ) : null}
      {job.open ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("applyTitle")}</h2>
          {/* Session-free (the page is cached, the same for everyone): worded for any reader, signed in or not. A
              signed-in non-seeker or a seeker who applied before learns it from the form's refusal. */}
          <p className="mb-3 text-stone-700">
            {t("applyLoginHint")}{" "}
            <Link href={{ pathname: "/login", query: { callbackUrl: `/jobs/${job.id}` } }} className="text-brocade-700 underline">
              {t("login")}
            </Link>{" "}
            ·{" "}
            <Link href={{ pathname: "/register", query: { role: "seeker", callbackUrl: `/jobs/${job.id}` } }} className="text-brocade-700 underline">
              {t("register")}
            </Link>
          </p>
          <ActionForm
            action={applyAction}
            testId="apply-form"
            fields={[
              { type: "hidden", name: "jobId", value: job.id },
              { type: "textarea", name: "message", label: t("applyMessage"), hint: t("applyMessageHint"), rows: 3 },
            ]}
            submitLabel={t("applySubmit")}
          />
        </Card>
      ) : null}
    </article>
  );
}
