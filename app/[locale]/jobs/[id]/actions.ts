"use server";

import type { FormState } from "@/components/jobs/action-form";
import { applyToJob } from "@/lib/applications/mutations";
import { runEmploymentForm } from "@/lib/jobs/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/server-action";

export async function applyAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(applyToJob, form);
  if (!result.ok) return result;
  return redirect({ href: { pathname: `/seeker/applications/${result.data.id}`, query: { applied: "1" } }, locale: await requestLocale() });
}
