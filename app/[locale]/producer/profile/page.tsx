import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrgProfilePanel } from "@/components/orgs/org-profile-panel";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listMyOrgs } from "@/lib/orgs/profile";
import { listRegions } from "@/lib/orgs/regions";
import { Link } from "@/lib/i18n/navigation";
import { requestVerificationAction, saveOrgAction } from "./actions";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "employer" });
  return { title: t("org.producerTitle"), robots: { index: false } };
}

export default async function Page({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ org?: string; saved?: string; requested?: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["producer"], "/producer/profile");
  const sp = await searchParams;
  const [t, orgs, regions] = await Promise.all([getTranslations("employer"), listMyOrgs(user.id, "producer"), listRegions()]);
  const selected = orgs.find((o) => o.id === sp.org) ?? orgs[0] ?? null;
  const notice = sp.saved === "recheck" ? t("org.savedRecheck") : sp.saved ? t("org.saved") : sp.requested ? t("org.requested") : undefined;
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/producer" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("org.backProducer")}
      </Link>
      <h1 className="mb-4 text-2xl font-bold">{t("org.producerTitle")}</h1>
      <OrgProfilePanel workspace="producer" orgs={orgs} selected={selected} regions={regions} saveAction={saveOrgAction} verifyAction={requestVerificationAction} notice={notice} />
    </div>
  );
}
