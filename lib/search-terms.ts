/**
 * English search words → the Chinese that titles carry. Producers and employers write titles in Chinese, so on the
 * English pages "kiwifruit" or "welder" — the examples their search boxes suggest — found nothing. A search word that
 * is one of these terms matches either the word itself or any of its Chinese forms; every other word is matched as
 * typed. Terms are the goods, places and trades of the cooperation (../shared/DOMAIN.md, the seed data).
 */

/** Lower-case English term (one word, or a phrase of words separated by one space) → Chinese forms. */
const GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  // Goods
  kiwi: ["猕猴桃"],
  kiwis: ["猕猴桃"],
  kiwifruit: ["猕猴桃"],
  "kiwi fruit": ["猕猴桃"],
  "golden tea": ["黄金茶"],
  tea: ["茶"],
  "green tea": ["绿茶", "毛尖"],
  "black tea": ["红茶"],
  "white tea": ["白茶"],
  ponkan: ["椪柑"],
  ponkans: ["椪柑"],
  mandarin: ["椪柑", "柑"],
  mandarins: ["椪柑", "柑"],
  orange: ["椪柑", "柑", "橙"],
  oranges: ["椪柑", "柑", "橙"],
  citrus: ["椪柑", "柑", "橘", "橙"],
  grape: ["葡萄"],
  grapes: ["葡萄"],
  honey: ["蜂蜜"],
  rice: ["米"],
  "camellia oil": ["茶油"],
  oil: ["油"],
  bacon: ["腊肉"],
  "cured meat": ["腊肉", "腊肠"],
  sausage: ["腊肠"],
  sausages: ["腊肠"],
  egg: ["蛋"],
  eggs: ["蛋"],
  chicken: ["鸡"],
  goose: ["鹅"],
  lily: ["百合"],
  radish: ["萝卜"],
  chili: ["辣椒"],
  chilli: ["辣椒"],
  brocade: ["织锦", "西兰卡普"],
  embroidery: ["绣"],
  embroidered: ["绣"],
  silver: ["苗银", "银"],
  "paper cut": ["剪纸"],
  "paper cutting": ["剪纸"],
  papercut: ["剪纸"],
  batik: ["蜡染"],
  bamboo: ["竹"],
  "gift box": ["礼盒"],
  gift: ["礼盒", "伴手礼"],
  gifts: ["礼盒", "伴手礼"],
  dried: ["干"],
  jam: ["果酱"],
  // Places
  xiangxi: ["湘西"],
  shibadong: ["十八洞"],
  baojing: ["保靖"],
  luxi: ["泸溪"],
  guzhang: ["古丈"],
  huayuan: ["花垣"],
  fenghuang: ["凤凰"],
  jishou: ["吉首"],
  longshan: ["龙山"],
  yongshun: ["永顺"],
  jinan: ["济南"],
  zhangqiu: ["章丘"],
  miao: ["苗"],
  tujia: ["土家"],
  // Trades
  welder: ["焊"],
  welders: ["焊"],
  welding: ["焊"],
  sewing: ["缝纫", "车工"],
  "sewing machine": ["缝纫", "平车"],
  seamstress: ["缝纫", "绣娘"],
  tailor: ["缝纫", "服装"],
  garment: ["服装"],
  electrician: ["电工"],
  driver: ["司机"],
  cook: ["厨"],
  chef: ["厨"],
  cleaner: ["保洁", "家政"],
  housekeeper: ["家政"],
  housekeeping: ["家政"],
  nanny: ["育婴", "月嫂"],
  "elderly care": ["养老护理"],
  caregiver: ["护理"],
  carer: ["护理"],
  packer: ["打包", "包装"],
  packing: ["打包", "包装"],
  warehouse: ["仓储"],
  "customer service": ["客服"],
  livestream: ["直播"],
  "live streaming": ["直播"],
  cnc: ["数控"],
  lathe: ["车床"],
  "tea picker": ["采茶"],
  "tea picking": ["采茶"],
  weaver: ["织锦", "织机"],
  weaving: ["织锦", "织机"],
  orchard: ["果园"],
  apprentice: ["学徒"],
  inspector: ["质检"],
  "quality inspection": ["质检"],
  ironing: ["整烫"],
};

/** Phrases, longest first, so that "golden tea" is read before "tea". */
const PHRASES = Object.keys(GLOSSARY)
  .filter((term) => term.includes(" "))
  .sort((a, b) => b.split(" ").length - a.split(" ").length);

/**
 * The search words of a query, each with the forms that may match it: the word as typed first, then the Chinese of an
 * English term. A phrase of the glossary ("golden tea") counts as one word.
 */
export function searchWords(q: string, maxWords = 5): string[][] {
  const words = q.split(" ").filter(Boolean);
  const out: string[][] = [];
  for (let i = 0; i < words.length && out.length < maxWords; ) {
    const phrase = PHRASES.find((p) => {
      const n = p.split(" ").length;
      return words.slice(i, i + n).join(" ").toLowerCase() === p;
    });
    if (phrase) {
      const n = phrase.split(" ").length;
      out.push([words.slice(i, i + n).join(" "), ...GLOSSARY[phrase]!]);
      i += n;
      continue;
    }
    const word = words[i]!;
    out.push([word, ...(Object.hasOwn(GLOSSARY, word.toLowerCase()) ? GLOSSARY[word.toLowerCase()]! : [])]);
    i++;
  }
  return out;
}

/** Every form that may match a whole query taken as one phrase (the job board matches the title against all of it). */
export function phraseForms(q: string): string[] {
  const term = q.toLowerCase();
  return [q, ...(Object.hasOwn(GLOSSARY, term) ? GLOSSARY[term]! : [])];
}
