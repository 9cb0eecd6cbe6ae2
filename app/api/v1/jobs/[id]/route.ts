import { cached, TAGS } from "@/lib/cache";
import { getPublicJob } from "@/lib/jobs/board";
import { todayCst } from "@/lib/jobs/constants";

/** GET /api/v1/jobs/{id} — a public job (drafts, hidden jobs and unverified employers' jobs are 404). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const job = await cached(getPublicJob, `api:job:${id}`, [TAGS.jobs, TAGS.job(id)], 300)(id, todayCst());
  if (!job) return Response.json({ error: "not_found", message: "找不到这个岗位。" }, { status: 404 });
  return Response.json(job, { headers: { "Cache-Control": "public, max-age=60" } });
}
