import { requireUser } from "@/lib/auth/guard";
import { homeFor } from "@/lib/auth/roles";
import { redirect } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

/** After sign-in: send each person to the page fit for their role. */
export default async function AccountHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireUser("/account/home");
  return redirect({ href: homeFor(user.roles), locale });
}
