/** GET /api/v1/orders/{id} — only the buyer or members of the seller organisation; anyone else gets 404. */
import { getSessionUser } from "@/lib/auth/session";
import { translator } from "@/lib/i18n/messages";
import { getOrderForViewer } from "@/lib/orders/queries";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const t = translator(req.headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : "zh-CN");
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated", message: t("errors.unauthenticated") }, { status: 401, headers });
  const { id } = await params;
  const order = await getOrderForViewer(user.id, id);
  if (!order) return Response.json({ error: "not_found", message: t("errors.not_found") }, { status: 404, headers });
  return Response.json(order, { headers });
}
