import type { Metadata } from "next";
import { localeAlternates } from "@/lib/i18n/href";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JobList } from "@/components/jobs/job-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cached, TAGS } from "@/lib/cache";
import { listEmployerOpenJobs } from "@/lib/jobs/board";
import { todayCst } from "@/lib/jobs/constants";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getPublicEmployer } from "@/lib/orgs/profile";
import { Section } from "@/components/ui/section";

export const revalidate = 3600;

const loadOrg = (id: string) => cached(getPublicEmployer, `employer:${id}`, [TAGS.orgs, TAGS.org(id)], 3600)(id);
const loadJobs = (id: string) => cached(listEmployerOpenJobs, `employer-jobs:${id}`, [TAGS.jobs, TAGS.org(id)], 3600)(id, todayCst());

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const org = await loadOrg((await params).id);
  return org ? { title: org.name, description: org.story.slice(0, 120), alternates: localeAlternates(`/employers/${org.id}`) } : {};
}

export default async function EmployerPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const org = await loadOrg(id);
  if (!org) notFound();
  const [t, jobs] = await Promise.all([getTranslations("jobs"), loadJobs(id)]);
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-2xl font-bold">{org.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2">
          <Badge tone="success">{t("verified")}</Badge>
          <Badge>{t(`orgKind.${org.kind}`)}</Badge>
          <span>
            {locale === "en" ? org.regionNameEn : org.regionName}
            {org.township ? ` · ${org.township}` : ""}
          </span>
        </p>
      </div>
      <Card>
        {org.story ? <p className="whitespace-pre-line">{org.story}</p> : null}
        <ul className="mt-2 grid gap-1 text-stone-800">
          {org.householdsSupported > 0 ? <li>{t("householdsSupported", { count: org.householdsSupported })}</li> : null}
          {org.workshopRecognitionNo ? <li>{t("recognitionNo", { no: org.workshopRecognitionNo })}</li> : null}
          {org.contactPhone ? <li>{t("contactPhone", { phone: org.contactPhone })}</li> : null}
        </ul>
      </Card>
      <Section id="open-jobs" title={t("openJobs")}>
        {jobs.length ? <JobList jobs={jobs} /> : <EmptyState title={t("noOpenJobs")} />}
      </Section>
    </div>
  );
}
