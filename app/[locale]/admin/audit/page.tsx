import { formatDateTime } from "@/components/ui/money";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { TableScroll } from "@/components/layout/table-scroll";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listAuditLog } from "@/lib/admin/audit-log";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

function json(v: unknown): string {
  return v === null || v === undefined ? "—" : JSON.stringify(v, null, 1);
}

export default async function AuditPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }) {
  const locale = await pageLocale(params);
  await requireRole(["admin"], "/admin/audit");
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const [t, tc, log] = await Promise.all([getTranslations("admin"), getTranslations("common"), listAuditLog({ page })]);
  const label = (action: string) => {
    const key = action.replaceAll(".", "_");
    return t.has(`audit.actions.${key}`) ? t(`audit.actions.${key}` as "audit.actions.org_approve") : action;
  };
  const prefix = locale === "en" ? "/en" : "";
  return (
    <AdminShell active="audit">
      {log.items.length === 0 ? (
        <EmptyState title={t("audit.empty")} />
      ) : (
        <TableScroll label={t("audit.title")}>
          <table className="w-full min-w-[40rem] border-collapse text-left text-base">
            <caption className="sr-only">{t("audit.title")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("audit.when")}</th>
                <th scope="col" className="p-2">{t("audit.who")}</th>
                <th scope="col" className="p-2">{t("audit.what")}</th>
                <th scope="col" className="p-2">{t("audit.target")}</th>
                <th scope="col" className="p-2">{t("audit.before")}</th>
                <th scope="col" className="p-2">{t("audit.after")}</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((e) => (
                <tr key={e.id} className="border-b border-stone-200 align-top">
                  <td className="p-2 whitespace-nowrap">{formatDateTime(e.createdAt, locale)}</td>
                  <td className="p-2">{e.actorName ?? t("audit.system")}</td>
                  <td className="p-2">{label(e.action)}</td>
                  <td className="p-2 break-all">
                    {e.entity} {e.entityId}
                  </td>
                  <td className="p-2">
                    <pre className="max-w-64 text-sm whitespace-pre-wrap break-all">{json(e.before)}</pre>
                  </td>
                  <td className="p-2">
                    <pre className="max-w-64 text-sm whitespace-pre-wrap break-all">{json(e.after)}</pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={page} pages={log.pages} hrefFor={(n) => `${prefix}/admin/audit?page=${n}`} labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page, pages: log.pages }) }} />
    </AdminShell>
  );
}
