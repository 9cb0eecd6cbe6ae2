/**
 * Accounts and roles. getSessionUser() re-reads status and roles from the database on every request, so a
 * change here takes effect on the user's next request. An administrator cannot disable or demote themself
 * (the office never locks itself out by accident).
 */
import crypto from "node:crypto";
import { asc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { ROLES, type Role } from "@/lib/auth/roles";
import { clearAccount, throttleKeys } from "@/lib/auth/throttle";
import { translator } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { notify } from "@/lib/notifications/notify";
import { containsPattern } from "@/lib/like";
import { ADMIN } from "./common";

export interface UserForAdmin {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  roles: Role[];
  status: "active" | "disabled";
  createdAt: Date;
}

const PAGE = 20;

export async function listUsersForAdmin(opts: { q?: string; page?: number } = {}): Promise<{ items: UserForAdmin[]; total: number; pages: number }> {
  const db = await getDb();
  const q = opts.q?.trim().slice(0, 60);
  const pattern = q ? containsPattern(q) : undefined;
  const where = pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(users.phone, pattern)) : undefined;
  const page = Math.max(1, opts.page ?? 1);
  const [items, [count]] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, phone: users.phone, roles: users.roles, status: users.status, createdAt: users.createdAt })
      .from(users)
      .where(where)
      .orderBy(asc(users.createdAt), asc(users.id))
      .limit(PAGE)
      .offset((page - 1) * PAGE),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  const total = count?.n ?? 0;
  return { items, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export interface UserAccessDto {
  id: string;
  roles: Role[];
  status: "active" | "disabled";
}

const roleInput = z.strictObject({ userId: z.uuid(), role: z.enum(ROLES) });

export const grantRole = mutation({
  roles: ADMIN,
  input: roleInput,
  async run({ tx, user, input }): Promise<UserAccessDto> {
    const [before] = await tx.select({ roles: users.roles, status: users.status }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!before) throw new DomainError("not_found");
    if (before.roles.includes(input.role)) throw new DomainError("conflict", "roleAlreadyHeld");
    const roles = [...before.roles, input.role];
    await tx.update(users).set({ roles, updatedAt: sql`now()` }).where(eq(users.id, input.userId));
    await audit(tx, { actorId: user.id, action: "user.grant_role", entity: "user", entityId: input.userId, before: { roles: before.roles }, after: { roles } });
    return { id: input.userId, roles, status: before.status };
  },
});

export const revokeRole = mutation({
  roles: ADMIN,
  input: roleInput,
  async run({ tx, user, input }): Promise<UserAccessDto> {
    if (input.userId === user.id && input.role === "admin") throw new DomainError("forbidden", "cannotDemoteSelf");
    const [before] = await tx.select({ roles: users.roles, status: users.status }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!before) throw new DomainError("not_found");
    if (!before.roles.includes(input.role)) throw new DomainError("conflict", "roleNotHeld");
    const roles = before.roles.filter((r) => r !== input.role);
    await tx.update(users).set({ roles, updatedAt: sql`now()` }).where(eq(users.id, input.userId));
    await audit(tx, { actorId: user.id, action: "user.revoke_role", entity: "user", entityId: input.userId, before: { roles: before.roles }, after: { roles } });
    return { id: input.userId, roles, status: before.status };
  },
});

export const setUserStatus = mutation({
  roles: ADMIN,
  input: z.strictObject({ userId: z.uuid(), status: z.enum(["active", "disabled"]) }),
  async run({ tx, user, input }): Promise<UserAccessDto> {
    if (input.userId === user.id && input.status === "disabled") throw new DomainError("forbidden", "cannotDisableSelf");
    const [before] = await tx.select({ roles: users.roles, status: users.status }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!before) throw new DomainError("not_found");
    if (before.status === input.status) throw new DomainError("conflict", "statusUnchanged");
    await tx.update(users).set({ status: input.status, updatedAt: sql`now()` }).where(eq(users.id, input.userId));
    await audit(tx, {
      actorId: user.id,
      action: input.status === "disabled" ? "user.disable" : "user.enable",
      entity: "user",
      entityId: input.userId,
      before: { status: before.status },
      after: { status: input.status },
    });
    return { id: input.userId, roles: before.roles, status: input.status };
  },
});

/** Lower-case letters without i, l, o and digits without 0, 1: read out over the phone, typed on a phone keyboard. */
const TEMP_LETTERS = "abcdefghjkmnpqrstuvwxyz";
const TEMP_DIGITS = "23456789";

/** Four letters then four digits (8 characters, a letter and a digit: the password rule), e.g. "kqmt4829". */
export function temporaryPassword(): string {
  const pick = (set: string, n: number) => Array.from({ length: n }, () => set[crypto.randomInt(set.length)]).join("");
  return pick(TEMP_LETTERS, 4) + pick(TEMP_DIGITS, 4);
}

/**
 * A person who forgot their password asks the office (many have no e-mail, and there is no SMS gateway). The
 * administrator checks who they are, resets it here and tells them the temporary password, shown this once. Every
 * session of the account ends (its session version is raised), its sign-in lock is lifted, and the owner's pages send
 * them to 修改密码 until they choose their own (mustChangePassword). The password itself is never stored in the audit log or the notification.
 */
export const resetUserPassword = mutation({
  roles: ADMIN,
  input: z.strictObject({ userId: z.uuid() }),
  async run({ tx, user, input }): Promise<{ id: string; temporaryPassword: string }> {
    if (input.userId === user.id) throw new DomainError("forbidden", "cannotResetOwnPassword");
    const [target] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!target) throw new DomainError("not_found");
    const password = temporaryPassword();
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(password), sessionVersion: sql`${users.sessionVersion} + 1`, mustChangePassword: true, updatedAt: sql`now()` })
      .where(eq(users.id, input.userId));
    await audit(tx, { actorId: user.id, action: "user.reset_password", entity: "user", entityId: input.userId, before: null, after: null });
    const t = translator(isLocale(target.locale) ? target.locale : "zh-CN");
    await notify(tx, { userId: input.userId, kind: "password_reset", title: t("auth.passwordResetTitle"), body: t("auth.passwordResetBody"), href: "/account/password" });
    return { id: input.userId, temporaryPassword: password };
  },
  // The person may be locked out by wrong guesses: the new password works at once.
  async after({ id }) {
    const db = await getDb();
    const [row] = await db.select({ phone: users.phone, email: users.email }).from(users).where(eq(users.id, id));
    for (const identifier of [row?.phone, row?.email]) if (identifier) await clearAccount(throttleKeys(identifier, null));
  },
});
