import type { Metadata } from "next";
import { getTranslations} from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/card";
import { safeCallbackPath } from "@/lib/auth/auth.config";
import { listDemoAccounts } from "@/lib/auth/demo-accounts";
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
  const locale = await pageLocale(params);
  const [t, tc, demo] = await Promise.all([getTranslations("auth"), getTranslations("common"), listDemoAccounts()]);
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl) ?? undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("loginTitle")}</h1>
      <Card>
        <LoginForm action={loginAction} callbackUrl={callbackUrl} labels={{ identifier: t("identifier"), password: t("password"), submit: t("loginButton") }} />
        {/* No self-service reset: many accounts have only a phone and there is no SMS gateway, so the office resets it
            after checking who is asking (/admin/users). A native disclosure: no JavaScript needed. */}
        <details className="mt-4 text-base">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-brocade-700 underline">{t("forgotPassword")}</summary>
          <p className="mt-1 text-stone-800">{t("forgotPasswordHelp")}</p>
        </details>
        <p className="mt-4 text-base">
          {t("noAccount")}{" "}
          <Link className="text-brocade-700 underline" href={callbackUrl ? { pathname: "/register", query: { callbackUrl } } : "/register"}>
            {t("registerTitle")}
          </Link>
        </p>
        {/* Listed only while the seeded demo users exist (lib/auth/demo-accounts.ts); otherwise no hint at all. The
            section has no accessible name: its heading mentions the password, and a region named so would be a second
            "密码" for anyone looking for the password field by its label. */}
        {demo.accounts.length ? (
          <section className="mt-4 rounded-lg bg-stone-50 p-3 text-base" data-testid="demo-accounts">
            <h2 className="font-medium">
              {t("demoHint", { password: demo.password })}
            </h2>
            <ul className="mt-1 grid gap-1">
              {demo.accounts.map((a) => (
                <li key={a.email}>
                  <span className="break-all font-mono text-sm">{a.email}</span>
                  <span className="text-stone-700">{` · ${a.name} · ${a.roles.map((r) => tc(`roles.${r}`)).join(locale === "en" ? ", " : "、")}`}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Card>
    </div>
  );
}
