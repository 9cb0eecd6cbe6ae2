import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { Card } from "@/components/ui/card";
import { adminOverview } from "@/lib/admin/overview";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  await requireRole(["admin"], "/admin");
  const [t, o] = await Promise.all([getTranslations("admin"), adminOverview()]);
  const cards = [
    { label: t("overview.pendingOrgs"), value: o.pendingOrgs, href: "/admin/verification" },
    { label: t("overview.expiringCerts"), value: o.expiringCerts, href: "/admin/certification" },
    { label: t("overview.unverifiedPoor"), value: o.unverifiedPoor, href: "/admin/seekers" },
  ];
  return (
    <AdminShell active="overview">
      <p className="text-base text-stone-800">{t("lead")}</p>
      <ul className="grid gap-3 sm:grid-cols-3">
        {cards.map((c) => (
          <li key={c.href}>
            <Card>
              <p className="text-base text-stone-700">{c.label}</p>
              <p className="mt-1 text-3xl font-bold text-brocade-700">{c.value}</p>
              <Link href={c.href} className="mt-2 inline-flex min-h-11 items-center text-brocade-700 underline">
                {t("overview.open")}
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
