"use server";

import type { FormState } from "@/components/jobs/action-form";
import { confirmRetentionAsSeeker, withdrawApplication } from "@/lib/applications/mutations";
import { runEmploymentForm } from "@/lib/jobs/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { deleteMySeekerData, saveSeekerProfile } from "@/lib/seekers/profile";
import { requestLocale } from "@/lib/server-action";

export async function saveProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  // Phone and ID number are never echoed back into the page, even to their owner.
  const result = await runEmploymentForm(saveSeekerProfile, form, {}, ["brands"], ["phone", "idNumber"]);
  if (!result.ok) return result;
  return redirect({ href: { pathname: "/seeker", query: { saved: "1" } }, locale: await requestLocale() });
}

export async function deleteDataAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(deleteMySeekerData, form);
  if (!result.ok) return result;
  return redirect({ href: { pathname: "/seeker", query: { deleted: "1" } }, locale: await requestLocale() });
}

export async function withdrawAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runEmploymentForm(withdrawApplication, form);
  if (!result.ok) return result;
  return redirect({ href: `/seeker/applications/${result.data.id}`, locale: await requestLocale() });
}

export async function confirmCheckinAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runEmploymentForm(confirmRetentionAsSeeker, form);
}
