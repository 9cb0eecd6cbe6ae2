import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm, type FieldSpec } from "@/components/jobs/action-form";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { cached } from "@/lib/cache";
import { fenToYuanText, isLabourBrand, LABOUR_BRANDS } from "@/lib/jobs/constants";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listRegions } from "@/lib/orgs/regions";
import { getMySeekerProfile } from "@/lib/seekers/profile";
import { deleteDataAction, saveProfileAction } from "../actions";

// Per-user page with personal data: never cached.
export const dynamic = "force-dynamic";

const regionsCached = cached(listRegions, "regions:all", ["regions"], 86_400);

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "seeker" });
  return { title: t("profileTitle"), robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["seeker"], "/seeker/profile");
  const [t, locale, p, regions] = await Promise.all([getTranslations("seeker"), getLocale(), getMySeekerProfile(user.id), regionsCached()]);
  const en = locale === "en";
  const fields: FieldSpec[] = [
    { type: "text", name: "fullName", label: t("form.fullName"), defaultValue: p?.fullName ?? user.name, autoComplete: "name", required: true },
    { type: "select", name: "countyCode", label: t("form.county"), defaultValue: p?.countyCode, options: regions.filter((r) => r.kind === "xiangxi_county").map((r) => ({ value: r.code, label: en ? r.nameEn : r.name })) },
    { type: "text", name: "township", label: t("form.township"), defaultValue: p?.township },
    { type: "tel", name: "phone", label: t("form.phone"), hint: p ? t("form.phoneKeep", { last4: p.phoneLast4 }) : t("form.phoneHint"), inputMode: "tel", autoComplete: "tel", required: !p },
    { type: "text", name: "idNumber", label: t("form.idNumber"), hint: p?.idNumberLast4 ? t("form.idKeep", { last4: p.idNumberLast4 }) : t("form.idHint") },
    ...(p?.idNumberLast4 ? ([{ type: "checkbox", name: "removeIdNumber", label: t("form.removeId") }] satisfies FieldSpec[]) : []),
    { type: "checkboxes", name: "brands", label: t("form.brands"), defaultValues: p?.skills.filter(isLabourBrand) ?? [], options: LABOUR_BRANDS.map((b) => ({ value: b, label: b })) },
    { type: "text", name: "tags", label: t("form.tags"), hint: t("form.tagsHint"), defaultValue: p?.skills.filter((s) => !isLabourBrand(s)).join("、") },
    { type: "textarea", name: "certificates", label: t("form.certificates"), hint: t("form.certificatesHint"), defaultValue: p?.certificates.join("\n"), rows: 3 },
    { type: "radio", name: "preference", label: t("form.preference"), defaultValue: p?.preference ?? "either", options: (["near_home", "willing_jinan", "either"] as const).map((v) => ({ value: v, label: t(`pref.${v}`) })) },
    { type: "text", name: "expectedPay", label: t("form.expectedPay"), defaultValue: p?.expectedPayFen != null ? fenToYuanText(p.expectedPayFen) : "", inputMode: "decimal" },
    { type: "date", name: "availableFrom", label: t("form.availableFrom"), defaultValue: p?.availableFrom ?? "" },
    { type: "checkbox", name: "poorLabourer", label: t("form.poorLabourer"), hint: p?.poorLabourer ? (p.poorLabourerVerified ? t("poorVerified") : t("poorPending")) : undefined, defaultChecked: p?.poorLabourer ?? false },
    { type: "textarea", name: "intro", label: t("form.intro"), defaultValue: p?.intro, rows: 4 },
  ];
  return (
    <div className="mx-auto grid max-w-2xl gap-4">
      <Link href="/seeker" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("homeTitle")}
      </Link>
      <h1 className="text-2xl font-bold">{t("profileTitle")}</h1>
      <Card>
        <ActionForm action={saveProfileAction} fields={fields} submitLabel={t("form.save")} testId="seeker-form" />
      </Card>
      {p ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("myData")}</h2>
          <ul className="mb-2">
            <li>{t("storedPhone", { last4: p.phoneLast4 })}</li>
            <li>{p.idNumberLast4 ? t("storedId", { last4: p.idNumberLast4 }) : t("noId")}</li>
          </ul>
          <p className="mb-3 text-stone-700">{t("myDataLead")}</p>
          <ActionForm action={deleteDataAction} fields={[{ type: "text", name: "confirm", label: t("deleteConfirm") }]} submitLabel={t("deleteButton")} submitVariant="secondary" />
        </Card>
      ) : null}
    </div>
  );
}
