import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await checkDatabase();
  return Response.json(result.ok ? { status: "ok", db: result.kind } : { status: "error", db: result.kind, message: "database unreachable" }, {
    status: result.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
