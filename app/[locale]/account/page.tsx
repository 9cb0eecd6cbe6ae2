import { getTranslations} from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { requireUser } from "@/lib/auth/guard";
import { myOrgs } from "@/lib/impact/dashboards";
import { ROLE_HOME } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import { logoutAction } from "../login/actions";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export default async function AccountPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ passwordChanged?: string }> }) {
  await pageLocale(params);
  const user = await requireUser("/account");
  const t = await getTranslations("auth");
  const tc = await getTranslations("common");
  const tcart = await getTranslations("cart");
  // A buyer who buys for an organisation (a trade union, a budget unit) follows its annual target on /buyer-org.
  const buyerOrgs = user.roles.includes("buyer") ? await myOrgs(user.id, ["buyer"]) : [];
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{tc("nav.me")}</h1>
      {(await searchParams).passwordChanged ? <FormMessage tone="success" message={t("passwordChanged")} /> : null}
      <Card>
        <p className="text-lg">{t("signedInAs", { name: user.name })}</p>
        <ul className="mt-4 grid gap-2">
          {user.roles.map((r) => (
            <li key={r}>
              <Link className={buttonClass("secondary", "w-full")} href={ROLE_HOME[r]}>
                {/* Named by where it leads, not by the role: a buyer's link opens its orders. */}
                {tc(`accountLinks.${r}`)}
              </Link>
            </li>
          ))}
          {buyerOrgs.length ? (
            <li>
              <Link className={buttonClass("secondary", "w-full")} href="/buyer-org">
                {tc("accountLinks.buyerOrg")}
              </Link>
            </li>
          ) : null}
          {user.roles.includes("buyer") ? (
            <li>
              <Link className={buttonClass("secondary", "w-full")} href="/cart">
                {tcart("title")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link className={buttonClass("secondary", "w-full")} href="/notifications">
              {tc("nav.notifications")}
            </Link>
          </li>
          <li>
            <Link className={buttonClass("secondary", "w-full")} href="/account/password">
              {t("changePasswordLink")}
            </Link>
          </li>
        </ul>
        <form action={logoutAction} className="mt-6">
          <button type="submit" className={buttonClass("ghost", "w-full")}>
            {t("logoutButton")}
          </button>
        </form>
      </Card>
    </div>
  );
}
