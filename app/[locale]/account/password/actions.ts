"use server";

import { signIn } from "@/lib/auth/auth";
import { changePassword } from "@/lib/auth/change-password";
import { requestLocale, runFormMutation } from "@/lib/server-action";
import type { ChangePasswordState } from "@/components/auth/change-password-form";

export async function changePasswordAction(_prev: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  // No typed value comes back: all three fields are passwords.
  const result = await runFormMutation(changePassword, form, {}, ["currentPassword", "password", "passwordConfirm"]);
  if (!result.ok) return result;
  const locale = await requestLocale();
  // The change raised the account's session version, which this device's token no longer matches: a new sign-in
  // with the new password gives it a token of the new version, so this device alone stays signed in.
  await signIn("credentials", {
    identifier: result.data.identifier,
    password: String(form.get("password")),
    locale,
    redirectTo: `${locale === "zh-CN" ? "" : `/${locale}`}/account?passwordChanged=1`,
  });
  return null;
}
