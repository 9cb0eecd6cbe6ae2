"use server";

import type { FormState } from "@/components/jobs/action-form";
import { runEmploymentForm } from "@/lib/jobs/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { requestOrgVerification, saveOrgProfile } from "@/lib/orgs/profile";
import { requestLocale } from "@/lib/server-action";

export async function saveOrgAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(saveOrgProfile, form, { workspace: "employer" });
  if (!result.ok) return result;
  const saved = result.data.verification === "pending" && !result.data.created ? "recheck" : "1";
  return redirect({ href: { pathname: "/employer/profile", query: { org: result.data.id, saved } }, locale: await requestLocale() });
}

export async function requestVerificationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(requestOrgVerification, form);
  if (!result.ok) return result;
  return redirect({ href: { pathname: "/employer/profile", query: { org: result.data.id, requested: "1" } }, locale: await requestLocale() });
}
