import { load } from "./bench/http";
import { processTreeCpuMs } from "./bench/server";
const [origin, pid, path, ...hs] = process.argv.slice(2);
const headers: Record<string, string> = {};
for (const h of hs) { const i = h.indexOf(":"); headers[h.slice(0, i)] = h.slice(i + 1); }
const l = await load(origin + path, { connections: 20, durationS: 4, warmupS: 1, headers: { "accept-encoding": "gzip, deflate, br", accept: "text/html", ...headers }, serverCpuMs: () => processTreeCpuMs(Number(pid)) });
console.log(path, JSON.stringify(headers).slice(0, 60), l.rps, "req/s p99", l.p99, "cpu ms/req", l.serverCpuMsPerRequest, "non2xx", l.non2xx);
