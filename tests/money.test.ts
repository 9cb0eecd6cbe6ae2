import { describe, expect, it } from "vitest";
import { fenAsYuanString, formatFen, formatFenCompact } from "@/components/ui/money";

describe("formatFen", () => {
  it.each([
    [1280, "¥12.80"],
    [5, "¥0.05"],
    [0, "¥0.00"],
    [123456789, "¥1,234,567.89"],
    [-1999, "-¥19.99"],
  ])("%i fen → %s", (fen, text) => expect(formatFen(fen)).toBe(text));
});

describe("formatFenCompact (headline counters)", () => {
  it.each([
    [0, "zh-CN", "¥0"],
    [99_900, "zh-CN", "¥999"],
    [2_772_755_520, "zh-CN", "¥2772.8万"],
    [123_456_789_000, "zh-CN", "¥12.3亿"],
    [2_772_755_520, "en", "¥27.7M"],
    [-1_234_500, "en", "-¥12.3K"],
  ] as const)("%i fen in %s → %s", (fen, locale, text) => expect(formatFenCompact(fen, locale)).toBe(text));
});

describe("fenAsYuanString (machine-readable amounts)", () => {
  it.each([
    [2_772_755_520, "27727555.20"],
    [5, "0.05"],
    [0, "0.00"],
    [900_719_925_474_099, "9007199254740.99"],
    [-1999, "-19.99"],
  ] as const)("%i fen → %s", (fen, text) => expect(fenAsYuanString(fen)).toBe(text));
});
