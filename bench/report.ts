/** bench/results/latest.json → the results section of bench/README.md (between the bench:results markers). */
import fs from "node:fs";
import path from "node:path";

export type Verdict = "pass" | "fail" | "n/a";

export interface Check {
  group: string;
  figure: string;
  measured: string;
  target: string;
  ratio?: string;
  verdict: Verdict;
  note?: string;
  /** the same figure for the bare Next.js reference app, measured in the same run */
  floor?: string;
  /** the reference app misses the target too: no page of this stack can meet it on this machine */
  floorFails?: boolean;
}

const MARK_START = "<!-- bench:results:start -->";
const MARK_END = "<!-- bench:results:end -->";
const ICON: Record<Verdict, string> = { pass: "✅ pass", fail: "❌ fail", "n/a": "— not available yet" };

const esc = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

export function renderResults(opts: { checks: Check[]; meta: Record<string, string>; extra: string[] }): string {
  const lines: string[] = [];
  lines.push(`Measured ${opts.meta.date} on \`${opts.meta.commit}\` (${opts.meta.branch}) · ${opts.meta.machine} · total ${opts.meta.total}.`, "");
  const pass = opts.checks.filter((c) => c.verdict === "pass").length;
  const fail = opts.checks.filter((c) => c.verdict === "fail").length;
  const na = opts.checks.filter((c) => c.verdict === "n/a").length;
  lines.push(`**${pass} pass · ${fail} fail · ${na} not available yet** (of ${opts.checks.length} checks).`, "");
  const floorFails = opts.checks.filter((c) => c.verdict === "fail" && c.floorFails).length;
  if (floorFails) lines.push(`${floorFails} of the failures are targets that the bare Next.js reference app misses too, in the same run (marked ⛔).`, "");
  lines.push("| group | figure | measured | target | × baseline | bare Next.js (same run) | result |", "|---|---|---|---|---|---|---|");
  for (const c of opts.checks) {
    const icon = c.verdict === "fail" && c.floorFails ? "❌ fail ⛔" : ICON[c.verdict];
    lines.push(`| ${esc(c.group)} | ${esc(c.figure)} | ${esc(c.measured)} | ${esc(c.target)} | ${esc(c.ratio ?? "")} | ${esc(c.floor ?? "")} | ${icon}${c.note ? ` — ${esc(c.note)}` : ""} |`);
  }
  lines.push("", ...opts.extra);
  return lines.join("\n");
}

export function writeReadme(readmePath: string, section: string): void {
  const text = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, "utf8") : `# Benchmark\n\n${MARK_START}\n${MARK_END}\n`;
  const a = text.indexOf(MARK_START);
  const b = text.indexOf(MARK_END);
  const next = a >= 0 && b > a ? `${text.slice(0, a + MARK_START.length)}\n${section}\n${text.slice(b)}` : `${text}\n${MARK_START}\n${section}\n${MARK_END}\n`;
  fs.writeFileSync(readmePath, next);
}

export function writeJson(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
}
