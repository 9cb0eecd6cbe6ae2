import type { Metadata } from "next";
import { getTranslations} from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/auth/auth.config";
import { Link } from "@/lib/i18n/navigation";
import { loginAction } from "./actions";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "auth" });
  return { title: t("loginTitle"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl) ?? undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("loginTitle")}</h1>
      <Card>
        <LoginForm action={loginAction} callbackUrl={callbackUrl} labels={{ identifier: t("identifier"), password: t("password"), submit: t("loginButton") }} />
        <p className="mt-4 text-base">
          {t("noAccount")}{" "}
          <Link className="text-brocade-700 underline" href={callbackUrl ? { pathname: "/register", query: { callbackUrl } } : "/register"}>
            {t("registerTitle")}
          </Link>
        </p>
        <p className="mt-2 text-sm text-stone-600">{t("demoHint")}</p>
      </Card>
    </div>
  );
}
