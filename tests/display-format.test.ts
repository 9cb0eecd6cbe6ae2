import { describe, expect, it } from "vitest";
import { formatDate, formatDay, formatMonth, formatMonthNumber, formatTime } from "@/components/ui/money";
import { productIllustration } from "@/lib/catalog/illustration";

describe("dates and months, one form per locale", () => {
  it("calendar days read as formatDate reads an instant", () => {
    expect(formatDay("2026-12-31")).toBe("2026年12月31日");
    expect(formatDay("2026-01-01", "en")).toBe("Jan 1, 2026");
    expect(formatDay("2026-12-15")).toBe(formatDate("2026-12-15T00:00:00+08:00"));
  });
  it("months: full in tables, short on chart axes", () => {
    expect(formatMonth("2026-06")).toBe("2026年6月");
    expect(formatMonth("2026-06", "en")).toBe("Jun 2026");
    expect(formatMonth("2026-06", "zh-CN", true)).toBe("6月");
    expect(formatMonth("2026-12", "en", true)).toBe("Dec");
    expect(formatMonthNumber(9)).toBe("9月");
    expect(formatMonthNumber(10, "en")).toBe("Oct");
  });
  it("a paid instant reads in China time", () => {
    expect(`${formatDate("2026-11-30T06:53:00Z")} ${formatTime("2026-11-30T06:53:00Z")}`).toBe("2026年11月30日 14:53");
  });
});

describe("product pictures", () => {
  it("fruit by kind, from the title", () => {
    expect(productIllustration({ category: "fruit", title: "泸溪椪柑 当季鲜果" })).toBe("/illustrations/citrus.svg");
    expect(productIllustration({ category: "fruit", title: "大坡村阳光玫瑰葡萄" })).toBe("/illustrations/grapes.svg");
    expect(productIllustration({ category: "fruit", title: "十八洞红心猕猴桃精品礼盒（12枚）" })).toBe("/illustrations/fruit.svg");
    // A fruit the title does not name never shows another fruit.
    expect(productIllustration({ category: "fruit", title: "湘西雪梨" })).toBe("/illustrations/fruit-other.svg");
  });
  it("other categories keep their picture", () => {
    expect(productIllustration({ category: "tea", title: "保靖黄金茶" })).toBe("/illustrations/tea.svg");
    expect(productIllustration({ category: "craft", title: "苗绣团扇" })).toBe("/illustrations/craft.svg");
  });
});
