/**
 * Lighthouse (mobile emulation, simulated slow 4G: its default config) and axe on public pages, both driving
 * Debian's Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { computeMedianRun, filterToValidRuns } from "lighthouse/core/lib/median-run.js";
import { AxeBuilder } from "@axe-core/playwright";
import { transferBeforeImages } from "./transfer";
import { chromium, devices } from "@playwright/test";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"];

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** audits that lost points, for the page owner */
  failing: string[];
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** performance score of every run; the figures above are the median run's */
  performanceRuns: number[];
  /**
   * Lighthouse's measure of this machine's CPU speed during each run (`environment.benchmarkIndex`; higher is faster).
   * Its simulated 4× CPU slowdown multiplies the main-thread work observed at whatever speed the cores have at that
   * moment, so a slow minute on a shared machine raises TBT and lowers the performance score with no change to the page.
   */
  benchmarkIndexRuns: number[];
  /**
   * Bytes Chromium received for the median run's page load, images left out (the document, scripts, stylesheets and
   * any router payloads it prefetched, which can only make it larger): Lighthouse's `network-requests` transfer sizes,
   * headers included, as the server sent them to this browser (brotli where offered). Undefined for a failed load.
   */
  transferBytesBeforeImages?: number;
  /** how many of the page load's requests those bytes came from */
  transferRequestsBeforeImages?: number;
}


/**
 * Lighthouse's own advice for a score that moves with the machine: several runs, then the median run by
 * first-contentful-paint and time-to-interactive (its computeMedianRun), reported whole.
 */
export const LIGHTHOUSE_RUNS = 3;

export async function runLighthouse(urls: { name: string; url: string }[], runs = LIGHTHOUSE_RUNS): Promise<Record<string, LighthouseScores | { error: string }>> {
  const out: Record<string, LighthouseScores | { error: string }> = {};
  if (!urls.length) return out;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: "silent" });
  try {
    for (const { name, url } of urls) {
      try {
        const lhrs: Result[] = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(url, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
          });
          if (!result) throw new Error("no result");
          lhrs.push(result.lhr);
        }
        const valid = filterToValidRuns(lhrs);
        const median: Result = valid.length ? (computeMedianRun(valid) as Result) : lhrs[0]!;
        const { categories, audits } = median;
        const score = (lhr: Pick<Result, "categories">, k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
        const transfer = transferBeforeImages(median, valid.length > 0);
        const failing = Object.values(audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable")
          .map((a) => a.id);
        out[name] = {
          performance: score({ categories }, "performance"),
          accessibility: score({ categories }, "accessibility"),
          bestPractices: score({ categories }, "best-practices"),
          seo: score({ categories }, "seo"),
          failing,
          lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? NaN),
          tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? NaN),
          cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? NaN) * 1000) / 1000,
          performanceRuns: lhrs.map((lhr) => score(lhr, "performance")),
          benchmarkIndexRuns: lhrs.map((lhr) => Math.round(lhr.environment.benchmarkIndex)),
          transferBytesBeforeImages: transfer?.bytes,
          transferRequestsBeforeImages: transfer?.requests,
        };
      } catch (e) {
        out[name] = { error: e instanceof Error ? e.message : String(e) };
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}

export interface AxeSummary {
  violations: number;
  ids: string[];
  nodes: number;
}

export async function runAxe(urls: { name: string; url: string }[]): Promise<Record<string, AxeSummary | { error: string }>> {
  const out: Record<string, AxeSummary | { error: string }> = {};
  if (!urls.length) return out;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => !f.startsWith("--headless")) });
  try {
    const context = await browser.newContext({ ...devices["Pixel 5"], locale: "zh-CN" });
    for (const { name, url } of urls) {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: "load" });
        const r = await new AxeBuilder({ page }).analyze();
        out[name] = { violations: r.violations.length, ids: r.violations.map((v) => `${v.id}(${v.nodes.length})`), nodes: r.violations.reduce((s, v) => s + v.nodes.length, 0) };
      } catch (e) {
        out[name] = { error: e instanceof Error ? e.message : String(e) };
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
