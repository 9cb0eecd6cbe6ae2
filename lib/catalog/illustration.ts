/**
 * The picture shown for a good until its producer uploads a photo. A category has one picture, except fruit, where
 * the kind matters to a buyer (a ponkan is not a kiwi): the kind is read from the title, which producers write as
 * 泸溪椪柑 / 阳光玫瑰葡萄 / 红心猕猴桃. A fruit the title does not name gets a plain fruit picture, never another
 * fruit's. Pure and synchronous: used by cached public pages and by the product card on every list.
 */
const CATEGORY: Record<string, string> = {
  tea: "/illustrations/tea.svg",
  grain_oil: "/illustrations/grain.svg",
  meat_poultry: "/illustrations/meat.svg",
  vegetable: "/illustrations/vegetable.svg",
  specialty: "/illustrations/specialty.svg",
  craft: "/illustrations/craft.svg",
};

/** Fruit kinds by words in the title (Chinese and English), first match wins. */
const FRUIT: { words: RegExp; src: string }[] = [
  { words: /猕猴桃|奇异果|kiwi/i, src: "/illustrations/fruit.svg" },
  { words: /柑|橘|橙|柚|桔|citrus|orange|mandarin|ponkan|tangerine|pomelo/i, src: "/illustrations/citrus.svg" },
  { words: /葡萄|提子|grape/i, src: "/illustrations/grapes.svg" },
];

export const OTHER_FRUIT = "/illustrations/fruit-other.svg";

export function productIllustration(p: { category: string; title: string }): string {
  if (p.category === "fruit") return FRUIT.find((f) => f.words.test(p.title))?.src ?? OTHER_FRUIT;
  return CATEGORY[p.category] ?? CATEGORY.specialty!;
}
