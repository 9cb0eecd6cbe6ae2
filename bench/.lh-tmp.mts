import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const url = process.argv[2]!;
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"], logLevel: "silent" });
const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
const lhr = r!.lhr;
console.log("perf", lhr.categories.performance!.score, "cls", lhr.audits["cumulative-layout-shift"]!.numericValue, "lcp", lhr.audits["largest-contentful-paint"]!.numericValue, "mpfid", lhr.audits["max-potential-fid"]!.numericValue, "tbt", lhr.audits["total-blocking-time"]!.numericValue);
for (const id of ["layout-shifts", "cls-culprits-insight", "max-potential-fid", "lcp-discovery-insight", "largest-contentful-paint-element"]) {
  const a = lhr.audits[id]; if (!a) continue;
  console.log("==", id, a.displayValue ?? "", JSON.stringify(a.details ?? null).slice(0, 1800));
}
await chrome.kill();
