import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { AdminShell, SearchForm } from "@/components/admin/admin-shell";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listUsersForAdmin } from "@/lib/admin/users";
import { requireRole } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { pageLocale } from "@/lib/i18n/page-locale";
import { adminAction } from "../actions";

export const dynamic = "force-dynamic";

export default async function UsersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; page?: string }> }) {
  const locale = await pageLocale(params);
  const me = await requireRole(["admin"], "/admin/users");
  const sp = await searchParams;
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const [t, tc, list] = await Promise.all([getTranslations("admin"), getTranslations("common"), listUsersForAdmin({ q: sp.q, page })]);
  const prefix = locale === "en" ? "/en" : "";
  return (
    <AdminShell active="users">
      <SearchForm q={sp.q} label={t("form.searchLabel")} hint={t("users.searchHint")} button={t("form.search")} />
      {list.items.length === 0 ? <EmptyState title={t("users.empty")} /> : null}
      <ul className="grid gap-3">
        {list.items.map((u) => {
          const self = u.id === me.id;
          const grantable = ROLES.filter((r) => !u.roles.includes(r));
          const revocable = u.roles.filter((r) => !(self && r === "admin"));
          return (
            <li key={u.id}>
              <Card>
                <h2 className="text-lg font-bold">
                  {u.name} {self ? t("users.you") : null}
                </h2>
                <p className="text-base break-all text-stone-700">{[u.email, u.phone].filter(Boolean).join(" · ")}</p>
                <p className="mt-1 flex flex-wrap gap-2">
                  <Badge tone={u.status === "active" ? "success" : "primary"}>{t(`users.${u.status}`)}</Badge>
                  {u.roles.length ? u.roles.map((r) => <Badge key={r}>{tc(`roles.${r}`)}</Badge>) : <Badge>{t("users.noRoles")}</Badge>}
                </p>
                <div className="mt-2 grid gap-2 sm:grid-cols-3">
                  {grantable.length ? (
                    <ActionForm
                      action={adminAction}
                      op="grant-role"
                      idPrefix={`grant-${u.id}`}
                      hidden={{ userId: u.id }}
                      fields={[{ name: "role", label: t("users.role"), type: "select", options: grantable.map((r) => ({ value: r, label: tc(`roles.${r}`) })) }]}
                      submit={t("users.grant")}
                      saved={t("form.saved")}
                      variant="secondary"
                    />
                  ) : null}
                  {revocable.length ? (
                    <ActionForm
                      action={adminAction}
                      op="revoke-role"
                      idPrefix={`revoke-${u.id}`}
                      hidden={{ userId: u.id }}
                      fields={[{ name: "role", label: t("users.role"), type: "select", options: revocable.map((r) => ({ value: r, label: tc(`roles.${r}`) })) }]}
                      submit={t("users.revoke")}
                      saved={t("form.saved")}
                      variant="secondary"
                    />
                  ) : null}
                  {self ? null : (
                    <ActionForm
                      action={adminAction}
                      op="reset-password"
                      idPrefix={`reset-${u.id}`}
                      hidden={{ userId: u.id }}
                      submit={t("users.resetPassword")}
                      saved={t("form.saved")}
                      reveal={{ key: "temporaryPassword", text: t("users.resetDone") }}
                      variant="secondary"
                    />
                  )}
                  {self ? null : (
                    <ActionForm
                      action={adminAction}
                      op="set-user-status"
                      idPrefix={`status-${u.id}`}
                      hidden={{ userId: u.id, status: u.status === "active" ? "disabled" : "active" }}
                      submit={u.status === "active" ? t("users.disable") : t("users.enable")}
                      saved={t("form.saved")}
                      variant={u.status === "active" ? "primary" : "success"}
                    />
                  )}
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
      <Pagination
        page={page}
        pages={list.pages}
        hrefFor={(n) => `${prefix}/admin/users?${new URLSearchParams({ ...(sp.q ? { q: sp.q } : {}), page: String(n) })}`}
        labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page, pages: list.pages }) }}
      />
    </AdminShell>
  );
}
