import { cache } from "react";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { auth } from "./auth";
import type { Role } from "./roles";

export interface SessionUser {
  id: string;
  name: string;
  roles: Role[];
  locale: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user behind a session token's id, as the database says now: null when missing or disabled. */
export async function loadActiveUser(id: unknown): Promise<SessionUser | null> {
  if (typeof id !== "string" || !UUID.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, name: users.name, roles: users.roles, status: users.status, locale: users.locale })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row || row.status !== "active") return null;
  return { id: row.id, name: row.name, roles: row.roles, locale: row.locale };
}

/**
 * The signed-in user, re-read from the database on every request: a disabled or demoted user loses
 * access at once, whatever the JWT still says. A token without a valid user id fails closed.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  try {
    const session = await auth();
    return await loadActiveUser(session?.user?.id);
  } catch {
    return null;
  }
});
