import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/orders/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/money";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listNotifications } from "@/lib/notifications/inbox";
import { markReadAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "orders" });
  return { title: t("notifications.title"), robots: { index: false } };
}

export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireUser("/notifications");
  const [t, list] = await Promise.all([getTranslations("orders"), listNotifications(user.id)]);
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("notifications.title")}</h1>
        {list.unread > 0 ? (
          <ActionForm action={markReadAction}>
            <Button variant="secondary">{t("notifications.markAll")}</Button>
          </ActionForm>
        ) : null}
      </div>
      {list.items.length === 0 ? (
        <EmptyState title={t("notifications.empty")} />
      ) : (
        <ul className="grid gap-3">
          {list.items.map((n) => (
            <li key={n.id}>
              <Card className={n.read ? "" : "border-brocade-600"}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium">{n.title}</p>
                  {n.read ? null : <Badge tone="primary">{t("notifications.unread")}</Badge>}
                </div>
                {n.body ? <p className="text-stone-700">{n.body}</p> : null}
                <div className="mt-1 flex flex-wrap items-center gap-3 text-sm text-stone-700">
                  <span>{formatDate(n.createdAt, locale)}</span>
                  {n.href && n.href.startsWith("/") && !n.href.startsWith("//") ? (
                    <Link href={n.href} className="inline-flex min-h-11 items-center text-brocade-700 underline">
                      {t("notifications.open")}
                    </Link>
                  ) : null}
                  {n.read ? null : (
                    <ActionForm action={markReadAction}>
                      <input type="hidden" name="id" value={n.id} />
                      <button className="inline-flex min-h-11 items-center text-brocade-700 underline">{t("notifications.markRead")}</button>
                    </ActionForm>
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
