"use server";

import type { FormState } from "@/components/jobs/action-form";
import { confirmRetentionAsSeeker, withdrawApplication } from "@/lib/applications/mutations";
import { runEmploymentForm } from "@/lib/jobs/form-action";
import { redirect } from "@/lib/i18n/navigation";
import { deleteMySeekerData, saveSeekerProfile } from "@/lib/seekers/profile";
import { requestLocale } from "@/lib/server-action";

export async function saveProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  // Everything typed comes back on failure, phone and ID number included: the answer goes only to the request
  // that carried them (a private, uncached page), and retyping 11 or 18 digits on a phone is what people give up
  // on. What is stored is still never sent back in full (the page shows its last 4 digits).
  const result = await runEmploymentForm(saveSeekerProfile, form, {}, ["brands"]);
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
