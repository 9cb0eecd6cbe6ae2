import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { JobEditor } from "@/components/employer/job-editor";
import { requireRole } from "@/lib/auth/guard";
import { getJobForEmployer } from "@/lib/jobs/editor";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listMyOrgs } from "@/lib/orgs/profile";
import { listRegions } from "@/lib/orgs/regions";
import { saveJobAction } from "../../../actions";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "employer" });
  return { title: t("jobFormEdit"), robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(["employer"], `/employer/jobs/${id}/edit`);
  const job = await getJobForEmployer(user.id, id);
  if (!job) notFound();
  const [t, orgs, regions] = await Promise.all([getTranslations("employer"), listMyOrgs(user.id, "employer"), listRegions()]);
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/employer" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("title")}
      </Link>
      <h1 className="mb-4 text-2xl font-bold">{t("jobFormEdit")}</h1>
      {job.hiddenReason ? <p className="mb-4 rounded-lg bg-brocade-50 p-3 text-brocade-800">{t("hidden")}：{job.hiddenReason}</p> : null}
      <JobEditor job={job} orgs={orgs} regions={regions} action={saveJobAction} />
    </div>
  );
}
