import { getApplicationFor } from "@/lib/applications/views";
import { getSessionUser } from "@/lib/auth/session";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/v1/applications/{id} — for the seeker who applied or a member of the hiring org; everyone else
 * gets the same 404 as for a missing id. The phone number is present only from the interview stage on.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated", message: "请先登录。" }, { status: 401, headers: NO_STORE });
  const { id } = await params;
  const view = await getApplicationFor(user, id);
  if (!view) return Response.json({ error: "not_found", message: "找不到这条记录，可能已被删除。" }, { status: 404, headers: NO_STORE });
  return Response.json(view, { headers: NO_STORE });
}
