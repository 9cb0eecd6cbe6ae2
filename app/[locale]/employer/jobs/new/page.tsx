import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JobEditor } from "@/components/employer/job-editor";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listMyOrgs } from "@/lib/orgs/profile";
import { listRegions } from "@/lib/orgs/regions";
import { saveJobAction } from "../../actions";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "employer" });
  return { title: t("jobFormNew"), robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["employer"], "/employer/jobs/new");
  const [t, orgs, regions] = await Promise.all([getTranslations("employer"), listMyOrgs(user.id, "employer"), listRegions()]);
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/employer" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("title")}
      </Link>
      <h1 className="mb-4 text-2xl font-bold">{t("jobFormNew")}</h1>
      {orgs.length ? (
        <JobEditor job={null} orgs={orgs} regions={regions} action={saveJobAction} />
      ) : (
        <EmptyState title={t("noOrg")}>
          <Link href="/employer/profile" className={buttonClass("primary")}>
            {t("org.create")}
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
