import { exportResponse } from "@/lib/exports/response";

export const dynamic = "force-dynamic";

/** GET /api/exports/{orders|sales-by-county|sales-by-pair|hires}?format=csv|xlsx&from=yyyy-mm-dd&to=yyyy-mm-dd */
export async function GET(req: Request, { params }: { params: Promise<{ kind: string }> }) {
  return exportResponse(req, (await params).kind);
}
