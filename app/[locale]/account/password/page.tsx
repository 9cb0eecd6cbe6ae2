import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card } from "@/components/ui/card";
import { CHANGE_PASSWORD_PATH, requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { changePasswordAction } from "./actions";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "auth" });
  return { title: t("changePasswordTitle"), robots: { index: false } };
}

export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const user = await requireUser(CHANGE_PASSWORD_PATH);
  const [t, te, tc] = await Promise.all([getTranslations("auth"), getTranslations("errors"), getTranslations("common")]);
  return (
    <div className="mx-auto max-w-md">
      <Link href="/account" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {tc("nav.me")}
      </Link>
      <h1 className="mb-2 text-2xl font-bold">{t("changePasswordTitle")}</h1>
      {user.mustChangePassword ? (
        <p className="mb-4 rounded-lg bg-ponkan-100 p-3 text-base text-stone-900" data-testid="must-change-password">
          {t("mustChangePassword")}
        </p>
      ) : null}
      <p className="mb-4 text-base text-stone-700">{t("changePasswordLead")}</p>
      <Card>
        <ChangePasswordForm
          action={changePasswordAction}
          labels={{
            currentPassword: t("currentPassword"),
            password: t("newPassword"),
            passwordConfirm: t("newPasswordConfirm"),
            passwordHint: te("passwordRule"),
            submit: t("changePasswordButton"),
          }}
        />
      </Card>
    </div>
  );
}
