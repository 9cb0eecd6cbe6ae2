/** Fresh data per test: each helper inserts what it needs and returns it. */
import crypto from "node:crypto";
import { getDb } from "@/db/client";
import { memberships, organizations, regions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "Test1234pass";
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function ensureRegions() {
  const db = await getDb();
  await db
    .insert(regions)
    .values([
      { code: "433124", name: "花垣县", nameEn: "Huayuan", kind: "xiangxi_county", sort: 4 },
      { code: "433130", name: "龙山县", nameEn: "Longshan", kind: "xiangxi_county", sort: 8 },
      { code: "370102", name: "历下区", nameEn: "Lixia", kind: "jinan_district", sort: 1 },
    ])
    .onConflictDoNothing();
}

export async function makeUser(opts: { roles?: Role[]; status?: "active" | "disabled"; email?: string; phone?: string; name?: string } = {}): Promise<SessionUser & { email: string; phone: string | null }> {
  const db = await getDb();
  const email = opts.email ?? `u-${crypto.randomUUID()}@test.xiangji.cn`;
  const [u] = await db
    .insert(users)
    .values({ name: opts.name ?? "测试用户", email, phone: opts.phone ?? null, passwordHash: await passwordHash(), roles: opts.roles ?? ["buyer"], status: opts.status ?? "active" })
    .returning();
  return { id: u!.id, name: u!.name, roles: u!.roles, locale: "zh-CN", email, phone: u!.phone };
}

export async function makeOrg(ownerId: string, opts: Partial<typeof organizations.$inferInsert> = {}) {
  await ensureRegions();
  const db = await getDb();
  const [org] = await db
    .insert(organizations)
    .values({ type: "producer", kind: "cooperative", name: "测试合作社", regionCode: "433124", verification: "verified", ...opts })
    .returning();
  await db.insert(memberships).values({ userId: ownerId, orgId: org!.id, role: "owner" });
  return org!;
}
