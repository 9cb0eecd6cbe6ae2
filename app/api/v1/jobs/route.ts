import { cached, TAGS } from "@/lib/cache";
import { parseJobFilters, searchJobs } from "@/lib/jobs/board";
import { todayCst } from "@/lib/jobs/constants";

const search = cached(searchJobs, "api:jobs:search", [TAGS.jobs], 300);

/** GET /api/v1/jobs — the open jobs, same filters as the job board (q, region, kind, skill, payMin, benefit, sort, page). */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const sp: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    sp[key] = all.length > 1 ? all : all[0]!;
  }
  const result = await search(parseJobFilters(sp), todayCst()); // the date is part of the cache key: jobs close at midnight
  return Response.json(result, { headers: { "Cache-Control": "public, max-age=60" } });
}
