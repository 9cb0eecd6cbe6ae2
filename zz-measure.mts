import { load } from "./bench/http";
import { processTreeCpuMs } from "./bench/server";
const [origin, pid, cookie] = process.argv.slice(2);
for (const [name, headers] of [["anon", {}], ["cookie", { cookie }]] as const) {
  const l = await load(origin + "/products", { connections: 20, durationS: 4, warmupS: 1, headers: { "accept-encoding": "gzip, deflate, br", accept: "text/html", ...headers }, serverCpuMs: () => processTreeCpuMs(Number(pid)) });
  console.log(name, l.rps, "req/s p99", l.p99, "cpu ms/req", l.serverCpuMsPerRequest, "non2xx", l.non2xx);
}
