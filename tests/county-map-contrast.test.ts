import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { CountyMap } from "@/components/impact/county-map";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const full = (hex: string) => (hex === "#fff" ? "#ffffff" : hex);

// axe leaves SVG text over shapes as "needs review" (it cannot tell the background), so the map's contrast is
// checked here: on a phone its labels are drawn at 10-13 px, small text that needs 4.5:1 on every shade.
describe("the impact page's county map", () => {
  it("writes each county's name and figure at 4.5:1 or more on every one of its five shades", () => {
    const counties = [
      { key: "433130", name: "龙山县", fen: 0 },
      { key: "433127", name: "永顺县", fen: 10_00 },
      { key: "433125", name: "保靖县", fen: 40_00 },
      { key: "433126", name: "古丈县", fen: 70_00 },
      { key: "433124", name: "花垣县", fen: 100_00 },
    ];
    const html = renderToStaticMarkup(createElement(CountyMap, { counties, title: "各县销售额", legend: "图例", zero: "暂无" }));
    const tiles = [...html.matchAll(/<g>(.*?)<\/g>/g)].map((m) => m[1]!);
    expect(tiles).toHaveLength(5);
    const shades = new Set<string>();
    for (const tile of tiles) {
      const background = /<rect[^>]* fill="(#[0-9a-f]+)"/i.exec(tile)![1]!;
      shades.add(background);
      const inks = [...tile.matchAll(/<text[^>]* fill="(#[0-9a-f]+)"/gi)].map((m) => full(m[1]!));
      expect(inks).toHaveLength(2);
      for (const ink of inks) expect(contrast(ink, background), `${ink} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(shades.size).toBe(5);
  });
});
