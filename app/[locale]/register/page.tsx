import type { Metadata } from "next";
import { getTranslations} from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { Card } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/auth/auth.config";
import { SELF_SERVICE_ROLES } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import { registerAction } from "./actions";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "auth" });
  return { title: t("registerTitle"), robots: { index: false } };
}

export default async function RegisterPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string; role?: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  const te = await getTranslations("errors");
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(sp.callbackUrl) ?? undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("registerTitle")}</h1>
      <Card>
        <RegisterForm
          action={registerAction}
          callbackUrl={callbackUrl}
          defaultRole={(SELF_SERVICE_ROLES as readonly string[]).includes(sp.role ?? "") ? sp.role : undefined}
          labels={{
            name: t("name"),
            phone: t("phone"),
            email: t("email"),
            password: t("password"),
            passwordConfirm: t("passwordConfirm"),
            passwordHint: te("passwordRule"),
            role: t("role"),
            roles: SELF_SERVICE_ROLES.map((r) => ({ value: r, label: t(`roleHint.${r}`) })),
            submit: t("registerButton"),
          }}
        />
        <p className="mt-4 text-base">
          {t("haveAccount")}{" "}
          <Link className="text-brocade-700 underline" href="/login">
            {t("loginTitle")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
