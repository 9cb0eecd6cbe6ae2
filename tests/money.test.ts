import { describe, expect, it } from "vitest";
import { formatFen } from "@/components/ui/money";

describe("formatFen", () => {
  it.each([
    [1280, "¥12.80"],
    [5, "¥0.05"],
    [0, "¥0.00"],
    [123456789, "¥1,234,567.89"],
    [-1999, "-¥19.99"],
  ])("%i fen → %s", (fen, text) => expect(formatFen(fen)).toBe(text));
});
