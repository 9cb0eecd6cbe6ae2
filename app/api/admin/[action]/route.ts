import { ADMIN_MUTATIONS, type AdminMutationName } from "@/lib/admin/registry";
import { runJsonMutation } from "@/lib/server-action";

export const dynamic = "force-dynamic";

/** POST /api/admin/{approve-org|reject-org|certify-product|…} with a JSON body: the console's actions as JSON. */
export async function POST(req: Request, { params }: { params: Promise<{ action: string }> }) {
  const { action } = await params;
  if (!Object.hasOwn(ADMIN_MUTATIONS, action)) return Response.json({ error: "not_found" }, { status: 404 });
  const m = ADMIN_MUTATIONS[action as AdminMutationName] as unknown as Parameters<typeof runJsonMutation<unknown>>[0];
  return runJsonMutation(m, req);
}
