import { displayKeyOfMedium, isValidKey } from "@/lib/uploads/keys";
import { uploadStorage } from "@/lib/uploads/storage";

/**
 * Serves re-encoded product images. The key is one path segment of our own alphabet (no "..", no "/"),
 * so nothing outside the uploads area can be addressed; keys are content-unique, hence immutable.
 * A photo stored before medium sizes existed (or one too small to need one) has no "-800" file: its medium key
 * serves the display image, the one the page showed before, so a `srcset` never points at a missing file.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  if (key.length !== 1 || !isValidKey(key[0]!)) return notFound();
  const storage = uploadStorage();
  let data = await storage.get(key[0]!);
  let immutable = true;
  const display = data ? null : displayKeyOfMedium(key[0]!);
  if (display) {
    data = await storage.get(display);
    // Kept a day, not for good: should an 800px file be made for this photo later, browsers take it then.
    immutable = false;
  }
  if (!data) return notFound();
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(data.length),
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60", "X-Content-Type-Options": "nosniff" } });
}
