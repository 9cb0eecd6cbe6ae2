/** The HTTP answer of an export: admin only (checked here, in the handler's own call, never by the proxy). */
import { getSessionUser } from "@/lib/auth/session";
import { parseRange } from "@/lib/impact/range";
import { exportSource, isExportKind } from "./sources";
import { CSV_TYPE, csvStream, exportFilename, XLSX_TYPE, xlsxStream } from "./stream";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function exportResponse(req: Request, kind: string): Promise<Response> {
  const user = await getSessionUser();
  // Anyone but an administrator — signed out included — gets 403: exports are the office's only.
  if (!user || !user.roles.includes("admin")) return Response.json({ error: "forbidden" }, { status: 403, headers: NO_STORE });
  if (!isExportKind(kind)) return Response.json({ error: "not_found" }, { status: 404, headers: NO_STORE });
  const url = new URL(req.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const range = parseRange({ from: url.searchParams.get("from"), to: url.searchParams.get("to") });
  const source = exportSource(kind, range);
  const name = exportFilename(kind, range.from, range.to, format);
  return new Response(format === "xlsx" ? xlsxStream(source) : csvStream(source), {
    headers: {
      ...NO_STORE,
      "Content-Type": format === "xlsx" ? XLSX_TYPE : CSV_TYPE,
      "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
