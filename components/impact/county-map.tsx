import { formatFen } from "@/components/ui/money";

/**
 * A schematic map of Xiangxi's 8 county-level units: tiles placed roughly where each lies (north at the top),
 * shaded by sales in five steps. Every tile carries its name and figure, so colour never carries meaning alone.
 */
const TILES: Record<string, { x: number; y: number }> = {
  "433130": { x: 1, y: 0 }, // 龙山县 (north)
  "433127": { x: 2, y: 1 }, // 永顺县
  "433125": { x: 0, y: 1 }, // 保靖县
  "433126": { x: 1, y: 2 }, // 古丈县
  "433124": { x: 0, y: 2 }, // 花垣县 (west)
  "433101": { x: 1, y: 3 }, // 吉首市
  "433123": { x: 0, y: 4 }, // 凤凰县 (south-west)
  "433122": { x: 2, y: 3 }, // 泸溪县 (south-east)
};
const STEPS = ["#f5f5f4", "#fde0c2", "#f6b26b", "#d9713b", "#b3261e"];
const W = 150;
const H = 78;

export function CountyMap({ counties, title, legend, zero }: { counties: { key: string; name: string; fen: number }[]; title: string; legend: string; zero: string }) {
  const max = Math.max(0, ...counties.map((c) => c.fen));
  const step = (fen: number) => (fen <= 0 || max <= 0 ? 0 : Math.min(4, 1 + Math.floor((fen / max) * 3.999)));
  const bounds = [1, 2, 3, 4].map((s) => Math.round(((s - 1) / 4) * max));
  return (
    <figure className="rounded-xl border border-stone-200 bg-white px-gutter py-4 shadow-sm">
      <figcaption className="mb-2 text-xl font-bold">{title}</figcaption>
      <svg viewBox={`0 0 ${3 * W + 20} ${5 * H + 20}`} role="img" aria-label={title} className="mx-auto block w-full max-w-md">
        {counties.map((c) => {
          const pos = TILES[c.key];
          if (!pos) return null;
          const s = step(c.fen);
          const x = 10 + pos.x * W;
          const y = 10 + pos.y * H;
          // White only on the darkest step (6.5:1); on #d9713b it was 3.3:1, and at a phone's width these 18 and 15
          // unit labels are drawn at 10-13 px, small text that needs 4.5:1 (stone-900 there: 5.3:1).
          const dark = s >= 4;
          return (
            <g key={c.key}>
              <title>{`${c.name} ${formatFen(c.fen)}`}</title>
              <rect x={x + 3} y={y + 3} width={W - 6} height={H - 6} rx={12} fill={STEPS[s]} stroke="#78716c" strokeWidth={1.5} />
              <text x={x + W / 2} y={y + 32} textAnchor="middle" fontSize={18} fontWeight={700} fill={dark ? "#fff" : "#1c1917"}>
                {c.name}
              </text>
              <text x={x + W / 2} y={y + 56} textAnchor="middle" fontSize={15} fill={dark ? "#fff" : "#1c1917"}>
                {c.fen > 0 ? formatFen(c.fen) : zero}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="mt-3">
        <p className="text-sm font-medium">{legend}</p>
        <ul className="mt-1 flex flex-wrap gap-3 text-sm">
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-stone-400" style={{ background: STEPS[0] }} />
            {zero}
          </li>
          {[1, 2, 3, 4].map((s, i) => (
            <li key={s} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-4 w-6 rounded border border-stone-400" style={{ background: STEPS[s] }} />
              {i < 3 ? `${formatFen(bounds[i]!)} – ${formatFen(bounds[i + 1]!)}` : `≥ ${formatFen(bounds[3]!)}`}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
