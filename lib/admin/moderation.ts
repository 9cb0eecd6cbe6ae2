/** Hiding a listing or a job (with a reason the owner sees) and showing it again. */
import { asc, eq, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { jobs, organizations, products } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { audit } from "@/lib/audit";
import { invalidate, TAGS } from "@/lib/cache";
import { containsPattern } from "@/lib/like";
import { notify } from "@/lib/notifications/notify";
import { ADMIN, memberNotifications, orgMembers, reason } from "./common";

export interface HiddenDto {
  id: string;
  orgId: string;
  hidden: boolean;
}

type Target = { table: typeof products | typeof jobs; entity: "product" | "job" };
const PRODUCT: Target = { table: products, entity: "product" };
const JOB: Target = { table: jobs, entity: "job" };

async function setHidden(tx: Tx, actorId: string, target: Target, id: string, hiddenReason: string | null): Promise<HiddenDto & { title: string }> {
  const t = target.table;
  const [before] = await tx.select({ orgId: t.orgId, title: t.title, hiddenReason: t.hiddenReason }).from(t).where(eq(t.id, id)).for("update");
  if (!before) throw new DomainError("not_found");
  if (hiddenReason === null && before.hiddenReason === null) throw new DomainError("conflict", "notHidden");
  await tx.update(t).set({ hiddenReason, updatedAt: sql`now()` }).where(eq(t.id, id));
  await audit(tx, {
    actorId,
    action: `${target.entity}.${hiddenReason === null ? "unhide" : "hide"}`,
    entity: target.entity,
    entityId: id,
    before: { hiddenReason: before.hiddenReason },
    after: { hiddenReason },
  });
  return { id, orgId: before.orgId, title: before.title, hidden: hiddenReason !== null };
}

const hideInput = z.strictObject({ id: z.uuid(), reason });
const unhideInput = z.strictObject({ id: z.uuid() });

/**
 * Hide and unhide for one kind of listing: hiding tells the owner's members why; both revalidate the public pages
 * that show it.
 */
function moderation(target: Target, notice: { kind: string; key: string; href: string }, tags: (d: HiddenDto) => string[]) {
  const after = (d: HiddenDto) => invalidate(...tags(d));
  return {
    hide: mutation({
      roles: ADMIN,
      input: hideInput,
      async run({ tx, user, input }): Promise<HiddenDto> {
        const r = await setHidden(tx, user.id, target, input.id, input.reason);
        const members = await orgMembers(tx, [r.orgId]);
        await notify(tx, memberNotifications(members, notice.kind, notice.key, { title: r.title, reason: input.reason }, notice.href));
        return { id: r.id, orgId: r.orgId, hidden: true };
      },
      after,
    }),
    unhide: mutation({
      roles: ADMIN,
      input: unhideInput,
      async run({ tx, user, input }): Promise<HiddenDto> {
        const r = await setHidden(tx, user.id, target, input.id, null);
        return { id: r.id, orgId: r.orgId, hidden: false };
      },
      after,
    }),
  };
}

export const { hide: hideProduct, unhide: unhideProduct } = moderation(PRODUCT, { kind: "product_hidden", key: "productHidden", href: "/producer/stats" }, (d) => [
  TAGS.products,
  TAGS.product(d.id),
  TAGS.org(d.orgId),
]);
export const { hide: hideJob, unhide: unhideJob } = moderation(JOB, { kind: "job_hidden", key: "jobHidden", href: "/employer/stats" }, (d) => [TAGS.jobs, TAGS.job(d.id), TAGS.org(d.orgId)]);

export interface JobForAdmin {
  id: string;
  title: string;
  orgName: string;
  status: string;
  hiddenReason: string | null;
}

const PAGE = 20;

export async function listJobsForAdmin(opts: { q?: string; page?: number } = {}): Promise<{ items: JobForAdmin[]; total: number; pages: number }> {
  const db = await getDb();
  const q = opts.q?.trim().slice(0, 40);
  const pattern = q ? containsPattern(q) : undefined;
  const where = pattern ? or(ilike(jobs.title, pattern), ilike(organizations.name, pattern)) : undefined;
  const page = Math.max(1, opts.page ?? 1);
  const [items, [count]] = await Promise.all([
    db
      .select({ id: jobs.id, title: jobs.title, orgName: organizations.name, status: jobs.status, hiddenReason: jobs.hiddenReason })
      .from(jobs)
      .innerJoin(organizations, eq(organizations.id, jobs.orgId))
      .where(where)
      .orderBy(asc(organizations.name), asc(jobs.title), asc(jobs.id))
      .limit(PAGE)
      .offset((page - 1) * PAGE),
    db.select({ n: sql<number>`count(*)::int` }).from(jobs).innerJoin(organizations, eq(organizations.id, jobs.orgId)).where(where),
  ]);
  const total = count?.n ?? 0;
  return { items, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}
