import { getLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["employer"], "/employer");
  const en = (await getLocale()) === "en";
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{en ? "Employer workspace" : "用工单位工作台"}</h1>
      <Card>
        <p>{user.name}</p>
      </Card>
    </div>
  );
}
