/**
 * CPU cost of the proxy (proxy.ts: next-intl locale routing + the signed-out redirect) per request, measured
 * in-process by calling it with NextRequest objects. Next's own request handling around it is not included.
 */
import { NextRequest } from "next/server";

export interface ProxyCost {
  path: string;
  usPerCall: number;
  outcome: string;
}

export async function measureProxyCost(iterations = 5000): Promise<ProxyCost[]> {
  const { default: proxy } = await import("../proxy");
  // Paths that still run the proxy (public pages read with GET skip it: see proxy.ts config.matcher).
  const paths = ["/login", "/en/register", "/cart", "/orders"];
  const out: ProxyCost[] = [];
  for (const p of paths) {
    const mk = () => new NextRequest(new URL(p, "http://127.0.0.1:3105"));
    let outcome = "";
    for (let i = 0; i < 500; i++) await proxy(mk()); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) {
      const res = await proxy(mk());
      if (i === 0) outcome = `${res.status}${res.headers.get("x-middleware-rewrite") ? " rewrite→" + new URL(res.headers.get("x-middleware-rewrite")!).pathname : ""}${res.headers.get("location") ? " → " + res.headers.get("location") : ""}`;
    }
    out.push({ path: p, usPerCall: Math.round(((performance.now() - t0) / iterations) * 1000 * 10) / 10, outcome });
  }
  return out;
}
