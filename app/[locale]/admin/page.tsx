import { getLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { pageLocale } from "@/lib/i18n/page-locale";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["admin"], "/admin");
  const en = (await getLocale()) === "en";
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{en ? "Cooperation office console" : "东西部协作办控制台"}</h1>
      <Card>
        <p>{user.name}</p>
      </Card>
    </div>
  );
}
