/**
 * A signed-in person changes their password. The current password is checked, the new one hashed, and the account's
 * session version raised, which signs out every other device at its next request (lib/auth/session.ts). The form's
 * action then signs this device in again with the new password, so only the person who changed it stays signed in.
 */
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { translator } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { emailAfterCommit, notify, sendQueuedEmail } from "@/lib/notifications/notify";
import { LIMITS } from "@/lib/rate-limit";
import { fill } from "@/lib/validation";
import { MAX_PASSWORD_LENGTH } from "./credentials";
import { hashPassword, verifyPassword } from "./password";
import { newPassword } from "./register";

export const changePasswordInput = z
  .strictObject({
    currentPassword: z.string().min(1, fill("currentPassword")).max(MAX_PASSWORD_LENGTH),
    password: newPassword,
    passwordConfirm: z.string().min(1, fill("passwordConfirm")),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "$passwordMismatch" })
  .refine((v) => v.password !== v.currentPassword, { path: ["password"], message: "$passwordUnchanged" });

export const changePassword = mutation({
  roles: "any",
  input: changePasswordInput,
  // Every attempt costs two argon2 runs, and a wrong current password is a guess: counted per account.
  rateLimit: LIMITS.passwordChange,
  async run({ user, input, tx, locale }) {
    const [row] = await tx
      .select({ passwordHash: users.passwordHash, phone: users.phone, email: users.email })
      .from(users)
      .where(eq(users.id, user.id))
      .for("update");
    if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
      throw new DomainError("invalid", "invalid", {}, { currentPassword: ["wrongCurrentPassword"] });
    }
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.password), sessionVersion: sql`${users.sessionVersion} + 1`, mustChangePassword: false, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    // Told in the account's language, by e-mail too: if someone else changed it, the owner hears of it.
    const t = translator(isLocale(user.locale) ? user.locale : locale);
    await notify(tx, { userId: user.id, kind: "password_changed", title: t("auth.passwordChangedTitle"), body: t("auth.passwordChangedBody"), href: "/account" }, { email: true });
    return emailAfterCommit(tx, { identifier: (row.phone ?? row.email)! });
  },
  after: sendQueuedEmail,
});
