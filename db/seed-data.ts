/**
 * Demo data (示例数据) for 湘济通 XiangJi, drawn from the Xiangxi precise-poverty-relief case study
 * (seed/000_a439c26bb231d369.txt). Pure data: db/seed.ts turns it into rows.
 *
 * Everything here is clearly fictitious where it is not from the source: bank accounts ("示例银行",
 * 6222 0000 …), phone numbers (138 0000 00xx), certificate numbers, ID numbers and people.
 * The demo "today" is 2026-11-29: certificate expiry dates are chosen relative to it.
 */

// ───────────────────────── types ─────────────────────────

export type RegionKind = "xiangxi_county" | "jinan_district";
export type OrgType = "producer" | "workshop" | "buyer" | "employer";
export type OrgKind =
  | "cooperative"
  | "family_farm"
  | "enterprise"
  | "workshop_factory"
  | "workshop_home"
  | "workshop_base"
  | "company"
  | "trade_union"
  | "budget_unit"
  | "jinan_employer";
export type Verification = "unverified" | "pending" | "verified" | "rejected";
export type Category = "fruit" | "tea" | "grain_oil" | "meat_poultry" | "vegetable" | "specialty" | "craft";
export type ProductStatus = "draft" | "on_sale" | "paused";
export type Role = "buyer" | "producer" | "employer" | "seeker" | "admin";
export type JobKind = "workshop_near_home" | "home_based" | "transfer_jinan";
export type JobStatus = "draft" | "open" | "closed" | "filled";
export type PayType = "monthly" | "piece_rate";
export type Benefit = "housing" | "meals" | "transport" | "training";
export type WorkPreference = "near_home" | "willing_jinan" | "either";
export type OrderStatus = "pending_payment" | "paid" | "shipped" | "received" | "completed" | "refunded";
export type PaymentMethod = "bank_transfer" | "stripe";
export type ApplicationStatus = "submitted" | "viewed" | "interview" | "offered" | "hired" | "rejected" | "withdrawn";

export interface RegionSeed {
  code: string;
  name: string;
  nameEn: string;
  kind: RegionKind;
  sort: number;
}

export interface OrgSeed {
  key: string;
  type: OrgType;
  kind: OrgKind;
  name: string;
  regionCode: string;
  township: string | null;
  story: string;
  householdsSupported: number;
  workshopRecognitionNo?: string;
  contactPhone: string;
  bankAccountName: string;
  bankName: string;
  bankAccountNo: string;
  verification: Verification;
  verificationNote?: string;
  annualTargetFen?: number;
  /** Name of the generated owner account, for organisations without a named demo user. */
  ownerName: string;
}

export interface TierSeed {
  minQty: number;
  priceFen: number;
}

export interface VariantSeed {
  name: string;
  priceFen: number;
  /** Initial stock, before the demo orders take their units. */
  stock: number;
  tiers?: TierSeed[];
}

export interface CertSeed {
  no: string;
  county: string;
  batch: string;
  until: string; // yyyy-mm-dd
}

export interface ProductSeed {
  key: string;
  org: string;
  title: string;
  description: string;
  category: Category;
  originCode: string;
  status: ProductStatus;
  seasonMonths: number[] | null;
  shipFrom?: string;
  presaleUntil?: string;
  cert?: CertSeed;
  variants: VariantSeed[];
  /** When the listing was created; defaults to a date in May 2026. */
  listedAt?: Date;
}

export interface JobSeed {
  key: string;
  org: string;
  title: string;
  description: string;
  kind: JobKind;
  regionCode: string;
  place: string;
  payType: PayType;
  payMinFen: number;
  payMaxFen: number;
  pieceUnit?: string;
  headcount: number;
  hours: string;
  skills: string[];
  benefits: Benefit[];
  priorityPoor: boolean;
  closesOn: string;
  status: JobStatus;
  postedAt: Date;
}

export interface SeekerSeed {
  fullName: string;
  countyCode: string;
  township: string;
  idNumber: string;
  skills: string[];
  certificates: string[];
  preference: WorkPreference;
  expectedPayFen: number | null;
  availableFrom: string | null;
  poorLabourer: boolean;
  poorLabourerVerified: boolean;
  intro: string;
}

export interface UserSeed {
  key: string;
  email: string;
  phone: string | null;
  name: string;
  roles: Role[];
  /** Organisations this user belongs to (by org key). */
  memberships?: { org: string; role: "owner" | "staff" }[];
  seeker?: SeekerSeed;
  /** Shown in the README's demo-account table. */
  label: string;
}

export interface AddressSeed {
  recipient: string;
  recipientPhone: string;
  province: string;
  city: string;
  district: string;
  districtCode: string;
  addressDetail: string;
}

export interface InvoiceSeed {
  title: string;
  taxId: string;
  address?: string;
  bank?: string;
}

export interface OrderItemSeed {
  product: string;
  /** Index into the product's variants. */
  variant: number;
  qty: number;
}

export interface OrderSeed {
  buyer: string; // user key
  buyerOrg?: string; // org key for institutional purchases
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  createdAt: Date;
  items: OrderItemSeed[];
  address: AddressSeed;
  invoice?: InvoiceSeed;
  latestShipDays: 7 | 15 | 30;
  note?: string;
  carrier?: string;
  trackingNo?: string;
  refundReason?: string;
  /** Reviews written for completed orders, one per product. */
  reviews?: { product: string; rating: number; body: string }[];
}

export interface ApplicationSeed {
  key: string;
  job: string;
  seeker: string; // user key
  message: string;
  status: ApplicationStatus;
  employerNote?: string;
  createdAt: Date;
}

export type CheckinState = "both" | "employer" | "none";

export interface HireSeed {
  application: string;
  startDate: string; // yyyy-mm-dd
  m3: CheckinState;
  m6: CheckinState;
}

// ───────────────────────── constants ─────────────────────────

export const DEMO_PASSWORD = "Demo@2026";
export const DEMO_TODAY = "2026-11-29";

/** A wall-clock time in China (UTC+8). */
export function cst(s: string): Date {
  return new Date(`${s}+08:00`);
}

// ───────────────────────── regions ─────────────────────────

export const XIANGXI_COUNTIES: RegionSeed[] = [
  { code: "433101", name: "吉首市", nameEn: "Jishou City", kind: "xiangxi_county", sort: 1 },
  { code: "433122", name: "泸溪县", nameEn: "Luxi County", kind: "xiangxi_county", sort: 2 },
  { code: "433123", name: "凤凰县", nameEn: "Fenghuang County", kind: "xiangxi_county", sort: 3 },
  { code: "433124", name: "花垣县", nameEn: "Huayuan County", kind: "xiangxi_county", sort: 4 },
  { code: "433125", name: "保靖县", nameEn: "Baojing County", kind: "xiangxi_county", sort: 5 },
  { code: "433126", name: "古丈县", nameEn: "Guzhang County", kind: "xiangxi_county", sort: 6 },
  { code: "433127", name: "永顺县", nameEn: "Yongshun County", kind: "xiangxi_county", sort: 7 },
  { code: "433130", name: "龙山县", nameEn: "Longshan County", kind: "xiangxi_county", sort: 8 },
];

export const JINAN_DISTRICTS: RegionSeed[] = [
  { code: "370102", name: "历下区", nameEn: "Lixia District", kind: "jinan_district", sort: 1 },
  { code: "370103", name: "市中区", nameEn: "Shizhong District", kind: "jinan_district", sort: 2 },
  { code: "370104", name: "槐荫区", nameEn: "Huaiyin District", kind: "jinan_district", sort: 3 },
  { code: "370105", name: "天桥区", nameEn: "Tianqiao District", kind: "jinan_district", sort: 4 },
  { code: "370112", name: "历城区", nameEn: "Licheng District", kind: "jinan_district", sort: 5 },
  { code: "370113", name: "长清区", nameEn: "Changqing District", kind: "jinan_district", sort: 6 },
  { code: "370114", name: "章丘区", nameEn: "Zhangqiu District", kind: "jinan_district", sort: 7 },
  { code: "370115", name: "济阳区", nameEn: "Jiyang District", kind: "jinan_district", sort: 8 },
  { code: "370116", name: "莱芜区", nameEn: "Laiwu District", kind: "jinan_district", sort: 9 },
  { code: "370117", name: "钢城区", nameEn: "Gangcheng District", kind: "jinan_district", sort: 10 },
  { code: "370124", name: "平阴县", nameEn: "Pingyin County", kind: "jinan_district", sort: 11 },
  { code: "370126", name: "商河县", nameEn: "Shanghe County", kind: "jinan_district", sort: 12 },
];

export const REGIONS: RegionSeed[] = [...XIANGXI_COUNTIES, ...JINAN_DISTRICTS];

/** 结对帮扶 (demo pairing, maintained by the office in the admin pages): [jinanCode, xiangxiCode]. */
export const PAIRINGS: [string, string][] = [
  ["370102", "433101"], // 历下区 ↔ 吉首市
  ["370115", "433101"], // 济阳区 ↔ 吉首市
  ["370103", "433122"], // 市中区 ↔ 泸溪县
  ["370113", "433123"], // 长清区 ↔ 凤凰县
  ["370124", "433123"], // 平阴县 ↔ 凤凰县
  ["370114", "433124"], // 章丘区 ↔ 花垣县
  ["370117", "433124"], // 钢城区 ↔ 花垣县
  ["370105", "433125"], // 天桥区 ↔ 保靖县
  ["370126", "433125"], // 商河县 ↔ 保靖县
  ["370104", "433126"], // 槐荫区 ↔ 古丈县
  ["370116", "433127"], // 莱芜区 ↔ 永顺县
  ["370112", "433130"], // 历城区 ↔ 龙山县
];

// ───────────────────────── organisations ─────────────────────────

const XX_BANK = "示例银行 湘西分行";
const JN_BANK = "示例银行 济南分行";
const acct = (n: number) => `6222 0000 ${String(1000 + Math.floor(n / 10000)).padStart(4, "0")} ${String(n % 10000).padStart(4, "0")}`;

export const ORGS: OrgSeed[] = [
  // ── producers and workshops in Xiangxi ──
  {
    key: "sbd",
    type: "producer",
    kind: "enterprise",
    name: "十八洞果业有限公司（示例）",
    regionCode: "433124",
    township: "双龙镇",
    story:
      "2013年11月3日，习近平总书记在花垣县十八洞村首次提出“精准扶贫”。十八洞村采取“委托+股份合作”帮扶模式，跳出十八洞发展产业，在村外流转1000多亩土地建成高标准猕猴桃基地。村里引进龙头企业苗汉子合作社，以股份制合作组建十八洞果业有限公司，入股贫困户人均年增收5000元以上。",
    householdsSupported: 136,
    contactPhone: "0743-0000101",
    bankAccountName: "十八洞果业有限公司（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(101),
    verification: "verified",
    ownerName: "十八洞果业",
  },
  {
    key: "mhz",
    type: "producer",
    kind: "cooperative",
    name: "花垣县苗汉子合作社（示例）",
    regionCode: "433124",
    township: "双龙镇",
    story:
      "苗汉子合作社是花垣县的农业龙头合作社，以股份制合作与十八洞村共建猕猴桃基地。合作社把贫困户享受的到户增收补贴、小额贷款等资金进社入股分红，并收购周边农户的酸菜、腊肉等苗家土产统一加工销售。",
    householdsSupported: 218,
    contactPhone: "0743-0000102",
    bankAccountName: "花垣县苗汉子合作社（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(102),
    verification: "verified",
    ownerName: "苗汉子合作社负责人",
  },
  {
    key: "dp",
    type: "producer",
    kind: "cooperative",
    name: "凤凰县新场镇大坡村葡萄专业合作社（示例）",
    regionCode: "433123",
    township: "新场镇",
    story:
      "大坡村由党支部牵头组建农民专业合作社，走“党支部+合作社+农户”的发展模式。全村葡萄挂果面积525亩，收入263.5万元；林下养殖投放鹅苗6000只，收入28万元，村民人均增收2866元。全村82户建档立卡贫困户315人全部脱贫摘帽。",
    householdsSupported: 82,
    contactPhone: "0743-0000103",
    bankAccountName: "凤凰县新场镇大坡村葡萄专业合作社（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(103),
    verification: "verified",
    ownerName: "大坡村合作社理事长",
  },
  {
    key: "bjhj",
    type: "producer",
    kind: "cooperative",
    name: "保靖县吕洞山镇黄金茶专业合作社（示例）",
    regionCode: "433125",
    township: "吕洞山镇",
    story:
      "保靖黄金茶是济南对口帮扶建成的特色产品直供基地之一，明前茶清明前采摘，是一年中最好的茶。合作社采取“合作社+农户”模式统一标准、统一加工、统一销售，贫困户以茶园入股分红，春茶季还在基地就近务工采茶。",
    householdsSupported: 164,
    contactPhone: "0743-0000104",
    bankAccountName: "保靖县吕洞山镇黄金茶专业合作社（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(104),
    verification: "verified",
    ownerName: "黄金茶合作社理事长",
  },
  {
    key: "bjhl",
    type: "producer",
    kind: "cooperative",
    name: "保靖县葫芦镇茶叶专业合作社（示例）",
    regionCode: "433125",
    township: "葫芦镇",
    story:
      "合作社组织葫芦镇茶农种植保靖黄金茶，推行合作帮扶，把贫困户的产业补助资金折股量化、按股分红。近年来开发白茶、袋泡茶等新品，通过“湘货入鲁”产销对接进入济南机关食堂和工会福利采购。",
    householdsSupported: 57,
    contactPhone: "0743-0000105",
    bankAccountName: "保靖县葫芦镇茶叶专业合作社（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(105),
    verification: "verified",
    ownerName: "葫芦镇茶叶合作社负责人",
  },
  {
    key: "lx",
    type: "producer",
    kind: "cooperative",
    name: "泸溪县浦市镇椪柑专业合作社（示例）",
    regionCode: "433122",
    township: "浦市镇",
    story:
      "泸溪椪柑是湘西与济南共建的特色产品直供基地之一，11月至次年1月上市。合作社统一技术指导、统一分级包装，组织柑农参加“湘货入鲁”产销对接活动，贫困户的椪柑由合作社保底收购。",
    householdsSupported: 241,
    contactPhone: "0743-0000106",
    bankAccountName: "泸溪县浦市镇椪柑专业合作社（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(106),
    verification: "verified",
    ownerName: "椪柑合作社理事长",
  },
  {
    key: "rbm",
    type: "workshop",
    kind: "workshop_home",
    name: "惹巴妹巾帼就业扶贫车间（示例）",
    regionCode: "433130",
    township: "苗儿滩镇",
    story:
      "惹巴妹“巾帼就业扶贫车间”是湘西挖掘民族文化、支持巾帼创业的典型，以居家式车间组织农村妇女在家织造西兰卡普土家织锦。2018年以来，“惹巴妹”在8个县市累计培训5100多人，其中建档立卡户2000人；2221人实现稳定就业，其中贫困户636人、残疾人210人。",
    householdsSupported: 636,
    workshopRecognitionNo: "湘西就业扶贫车间认定〔2018〕第018号（示例）",
    contactPhone: "0743-0000107",
    bankAccountName: "惹巴妹巾帼就业扶贫车间（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(107),
    verification: "verified",
    ownerName: "惹巴妹车间",
  },
  {
    key: "yl",
    type: "producer",
    kind: "enterprise",
    name: "湘西有礼文创旅游商品有限公司（示例）",
    regionCode: "433101",
    township: "乾州街道",
    story:
      "湘西州共评选旅游纪念品、民族工艺品等5个类别28种“湘西有礼”旅游商品。公司把湘西绣、西兰卡普、苗银、竹编、踏虎凿花等非遗手艺做成旅游商品，订单分发给经过文创培训的农村妇女居家完成，推动乡村旅游与非遗、手工艺品融合发展。",
    householdsSupported: 312,
    contactPhone: "0743-0000108",
    bankAccountName: "湘西有礼文创旅游商品有限公司（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(108),
    verification: "verified",
    ownerName: "湘西有礼负责人",
  },
  {
    key: "fhws",
    type: "workshop",
    kind: "workshop_factory",
    name: "凤凰县廖家桥镇东西协作服饰扶贫车间（示例）",
    regionCode: "433123",
    township: "廖家桥镇",
    story:
      "这是济南与湘西共建的东西部扶贫协作“扶贫车间”，厂房建在易地扶贫搬迁安置区旁，吸纳搬迁群众家门口就业。车间承接济南服装企业的订单，也生产苗绣帆布包、蜡染围巾等文创产品。",
    householdsSupported: 96,
    workshopRecognitionNo: "湘西就业扶贫车间认定〔2019〕第042号（示例）",
    contactPhone: "0743-0000109",
    bankAccountName: "凤凰县廖家桥镇东西协作服饰扶贫车间（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(109),
    verification: "verified",
    ownerName: "廖家桥服饰车间负责人",
  },
  {
    key: "gzws",
    type: "workshop",
    kind: "workshop_base",
    name: "古丈县默戎镇毛尖茶基地扶贫车间（示例）",
    regionCode: "433126",
    township: "默戎镇",
    story:
      "基地式扶贫车间把车间建在茶园里：春茶季组织周边群众采茶、制茶，按斤计件结算，淡季做茶园管护。车间优先吸纳建档立卡贫困劳动力和留守妇女，让群众在家门口挣到钱。",
    householdsSupported: 128,
    workshopRecognitionNo: "湘西就业扶贫车间认定〔2019〕第067号（示例）",
    contactPhone: "0743-0000110",
    bankAccountName: "古丈县默戎镇毛尖茶基地扶贫车间（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(110),
    verification: "verified",
    ownerName: "默戎茶叶基地车间负责人",
  },
  {
    key: "sbdws",
    type: "workshop",
    kind: "workshop_base",
    name: "花垣县十八洞猕猴桃基地扶贫车间（示例）",
    regionCode: "433124",
    township: "双龙镇",
    story:
      "依托十八洞村在村外流转的1000多亩高标准猕猴桃基地，车间常年组织果园管护、采摘和分拣包装。贫困户既拿土地流转租金和入股分红，又在基地务工拿工资。",
    householdsSupported: 74,
    workshopRecognitionNo: "湘西就业扶贫车间认定〔2018〕第009号（示例）",
    contactPhone: "0743-0000111",
    bankAccountName: "花垣县十八洞猕猴桃基地扶贫车间（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(111),
    verification: "verified",
    ownerName: "猕猴桃基地车间负责人",
  },
  {
    key: "sc",
    type: "producer",
    kind: "family_farm",
    name: "永顺县灵溪镇司城村土家家庭农场（示例）",
    regionCode: "433127",
    township: "灵溪镇",
    story:
      "司城村入选第二届中国美丽乡村百佳范例，依托老司城遗址发展乡村旅游。家庭农场在山上放养中华蜂、种植高山稻，带动邻近贫困户发展“小养殖、小庭院”，产品既卖给游客，也通过平台卖到济南。",
    householdsSupported: 23,
    contactPhone: "0743-0000112",
    bankAccountName: "永顺县灵溪镇司城村土家家庭农场（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(112),
    verification: "verified",
    ownerName: "司城村家庭农场主",
  },
  {
    key: "cp",
    type: "producer",
    kind: "family_farm",
    name: "永顺县场坪村林下养殖家庭农场（示例）",
    regionCode: "433127",
    township: "高坪乡",
    story:
      "场坪村与司城村一道入选第二届中国美丽乡村百佳范例。农场在林下散养土鸡，并收购农户采挖的野葛加工成葛根粉，贫困户以林地入股，年底按股分红。",
    householdsSupported: 31,
    contactPhone: "0743-0000113",
    bankAccountName: "永顺县场坪村林下养殖家庭农场（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(113),
    verification: "verified",
    ownerName: "场坪村家庭农场主",
  },
  {
    key: "gzoil",
    type: "producer",
    kind: "family_farm",
    name: "古丈县红石林镇山茶油家庭农场（示例）",
    regionCode: "433126",
    township: "红石林镇",
    story:
      "农场经营油茶林600余亩，其中一半是贫困户委托经营的林地：无劳动能力的农户把林地委托给农场统一经营，收益按比例分成。山茶油采用传统压榨工艺，是济南机关食堂消费帮扶采购的常备品。",
    householdsSupported: 45,
    contactPhone: "0743-0000114",
    bankAccountName: "古丈县红石林镇山茶油家庭农场（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(114),
    verification: "verified",
    ownerName: "山茶油农场主",
  },
  {
    key: "lsbh",
    type: "producer",
    kind: "cooperative",
    name: "龙山县石牌镇百合专业合作社（示例）",
    regionCode: "433130",
    township: "石牌镇",
    story:
      "龙山百合是当地的传统特产。合作社走“党支部+合作社+农户”模式，统一供种、统一收购，贫困户种百合、进社分红两头增收。",
    householdsSupported: 89,
    contactPhone: "0743-0000115",
    bankAccountName: "龙山县石牌镇百合专业合作社（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(115),
    verification: "verified",
    ownerName: "百合合作社理事长",
  },
  {
    key: "jsgg",
    type: "producer",
    kind: "family_farm",
    name: "吉首市矮寨镇葛根家庭农场（示例）",
    regionCode: "433101",
    township: "矮寨镇",
    story: "农场刚刚入驻平台，种植和加工葛根，计划带动周边贫困户种植葛根。认证材料已提交，正在等待东西部协作办审核。",
    householdsSupported: 12,
    contactPhone: "0743-0000116",
    bankAccountName: "吉首市矮寨镇葛根家庭农场（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(116),
    verification: "pending",
    verificationNote: "已提交营业执照和带贫户名单，待东西部协作办审核。",
    ownerName: "葛根农场（待审核）",
  },
  {
    key: "lyrr",
    type: "producer",
    kind: "enterprise",
    name: "龙山县里耶镇土家腊肉作坊（示例）",
    regionCode: "433130",
    township: "里耶镇",
    story: "里耶古镇的家庭腊肉作坊，用柴火熏制土家腊肉。刚注册账号，尚未提交认证材料。",
    householdsSupported: 0,
    contactPhone: "0743-0000117",
    bankAccountName: "龙山县里耶镇土家腊肉作坊（示例）",
    bankName: XX_BANK,
    bankAccountNo: acct(117),
    verification: "unverified",
    ownerName: "里耶腊肉作坊负责人",
  },

  // ── Jinan employers ──
  {
    key: "zqjx",
    type: "employer",
    kind: "jinan_employer",
    name: "济南章丘某重工机械有限公司（示例）",
    regionCode: "370114",
    township: "明水街道",
    story:
      "公司是章丘区的装备制造企业，常年招收经过培训的“湘西焊工”“湘西电工”。对有组织转移就业的湘西务工人员提供免费宿舍、往返交通补贴和岗前培训，并配合做好3个月、6个月稳岗回访。",
    householdsSupported: 0,
    contactPhone: "0531-0000201",
    bankAccountName: "济南章丘某重工机械有限公司（示例）",
    bankName: JN_BANK,
    bankAccountNo: acct(201),
    verification: "verified",
    ownerName: "章丘重工招聘专员",
  },
  {
    key: "lxjz",
    type: "employer",
    kind: "jinan_employer",
    name: "济南历下某家政服务有限公司（示例）",
    regionCode: "370102",
    township: "泉城路街道",
    story:
      "公司与湘西州共建“湘西家政”“湘西育婴师”劳务品牌，在湘西开展订单式培训，学员结业后到济南上岗。提供住宿、工作餐和持续的技能提升培训。",
    householdsSupported: 0,
    contactPhone: "0531-0000202",
    bankAccountName: "济南历下某家政服务有限公司（示例）",
    bankName: JN_BANK,
    bankAccountNo: acct(202),
    verification: "verified",
    ownerName: "历下家政招聘专员",
  },
  {
    key: "hyfz",
    type: "employer",
    kind: "jinan_employer",
    name: "济南槐荫某服饰有限公司（示例）",
    regionCode: "370104",
    township: "段店北路街道",
    story:
      "服装加工企业，招收“湘西缝纫工”，同时把部分订单下放到湘西的东西部协作扶贫车间，让不能外出的群众在家门口就业。",
    householdsSupported: 0,
    contactPhone: "0531-0000203",
    bankAccountName: "济南槐荫某服饰有限公司（示例）",
    bankName: JN_BANK,
    bankAccountNo: acct(203),
    verification: "verified",
    ownerName: "槐荫服饰招聘专员",
  },
  {
    key: "lcds",
    type: "employer",
    kind: "jinan_employer",
    name: "济南历城某电子商务有限公司（示例）",
    regionCode: "370112",
    township: "唐冶街道",
    story:
      "公司运营“湘货入鲁”线上店铺和直播间，招聘经过培训的“湘西电商”人才做主播、运营和客服，把猕猴桃、黄金茶、椪柑卖到山东。",
    householdsSupported: 0,
    contactPhone: "0531-0000204",
    bankAccountName: "济南历城某电子商务有限公司（示例）",
    bankName: JN_BANK,
    bankAccountNo: acct(204),
    verification: "verified",
    ownerName: "历城电商招聘专员",
  },

  // ── Jinan buyers ──
  {
    key: "union",
    type: "buyer",
    kind: "trade_union",
    name: "济南某集团工会（示例）",
    regionCode: "370102",
    township: "泺源街道",
    story: "集团工会按规定将节日慰问品采购资金的30%以上用于采购脱贫地区产品，职工福利优先选择湘西认定产品。",
    householdsSupported: 0,
    contactPhone: "0531-0000301",
    bankAccountName: "济南某集团工会（示例）",
    bankName: JN_BANK,
    bankAccountNo: acct(301),
    verification: "verified",
    annualTargetFen: 30_000_000, // ¥300,000
    ownerName: "工会采购员",
  },
  {
    key: "budget",
    type: "buyer",
    kind: "budget_unit",
    name: "济南市市中区某机关事务服务中心（示例预算单位）",
    regionCode: "370103",
    township: "大观园街道",
    story: "预算单位按规定预留食堂食材采购份额的10%以上，通过消费帮扶采购脱贫地区农副产品。",
    householdsSupported: 0,
    contactPhone: "0531-0000302",
    bankAccountName: "济南市市中区某机关事务服务中心（示例预算单位）",
    bankName: JN_BANK,
    bankAccountNo: acct(302),
    verification: "verified",
    annualTargetFen: 15_000_000, // ¥150,000
    ownerName: "预算单位采购员",
  },
  {
    key: "company",
    type: "buyer",
    kind: "company",
    name: "济南某科技有限公司（示例）",
    regionCode: "370112",
    township: "华山街道",
    story: "公司每逢中秋、春节为员工采购湘西特产作为节日福利，参与“湘货入鲁”消费帮扶。",
    householdsSupported: 0,
    contactPhone: "0531-0000303",
    bankAccountName: "济南某科技有限公司（示例）",
    bankName: JN_BANK,
    bankAccountNo: acct(303),
    verification: "verified",
    ownerName: "科技公司行政采购",
  },
];

// ───────────────────────── products ─────────────────────────

function cert(no: number, until: string, batch = "2026年第一批", county?: string): Omit<CertSeed, "county"> & { county?: string } {
  const year = batch.slice(0, 4);
  return { no: `湘扶认〔${year}〕${String(no).padStart(4, "0")}号`, batch, until, county };
}

type ProductInput = Omit<ProductSeed, "cert"> & { cert?: Omit<CertSeed, "county"> & { county?: string } };

const PRODUCT_INPUT: ProductInput[] = [
  // 十八洞果业 — kiwifruit (harvest Sep–Oct)
  {
    key: "kiwi-red",
    org: "sbd",
    title: "十八洞红心猕猴桃 当季鲜果",
    description:
      "产自花垣县十八洞村在村外流转的1000多亩高标准猕猴桃基地，红心品种，果肉细嫩、酸甜适口。基地采取“委托+股份合作”模式，入股贫困户人均年增收5000元以上，每一箱都带着十八洞乡亲的收益。单果80–100克，9–10月采摘后冷链发出。",
    category: "fruit",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: [9, 10],
    cert: cert(101, "2027-06-30"),
    variants: [
      { name: "5斤装", priceFen: 5980, stock: 900 },
      { name: "10斤装", priceFen: 9980, stock: 600, tiers: [{ minQty: 10, priceFen: 9480 }, { minQty: 50, priceFen: 8980 }] },
    ],
  },
  {
    key: "kiwi-yellow",
    org: "sbd",
    title: "十八洞黄心猕猴桃",
    description:
      "花垣县十八洞猕猴桃基地出品的黄心猕猴桃，糖度高、香气足。基地由十八洞果业统一管护，贫困户以土地和产业资金入股分红，同时在基地务工。9–10月当季上市。",
    category: "fruit",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: [9, 10],
    cert: cert(102, "2026-12-04", "2025年第三批"),
    variants: [
      { name: "5斤装", priceFen: 4980, stock: 600 },
      { name: "10斤装", priceFen: 8880, stock: 400 },
    ],
  },
  {
    key: "kiwi-cuixiang",
    org: "sbd",
    title: "十八洞翠香猕猴桃（绿心）",
    description:
      "翠香绿心猕猴桃，产自花垣县十八洞村猕猴桃基地，口感清爽。基地联农带农，带动十八洞村及周边贫困户稳定增收。单位食堂、工会福利可享批量价。",
    category: "fruit",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: [9, 10],
    cert: cert(103, "2027-06-30"),
    variants: [
      { name: "5斤装", priceFen: 3980, stock: 500 },
      { name: "10斤装", priceFen: 6980, stock: 500, tiers: [{ minQty: 20, priceFen: 6580 }] },
    ],
  },
  {
    key: "kiwi-dried",
    org: "sbd",
    title: "十八洞猕猴桃果干",
    description:
      "选用十八洞基地的次级果（外观瑕疵、品质不减）低温烘干，不添加色素。把卖不上价的果子变成全年可售的产品，让带贫户的收入不止于采摘季。产地：湖南湘西花垣县。",
    category: "specialty",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(104, "2027-03-31"),
    variants: [
      { name: "250g袋装", priceFen: 2980, stock: 1000, tiers: [{ minQty: 30, priceFen: 2680 }] },
      { name: "500g×2礼盒", priceFen: 9800, stock: 300 },
    ],
  },
  {
    key: "kiwi-giftbox",
    org: "sbd",
    title: "十八洞红心猕猴桃精品礼盒（12枚）",
    description: "精选十八洞基地大果红心猕猴桃，12枚独立网套礼盒装，适合中秋送礼。当季售罄，明年9月恢复销售。产地：花垣县十八洞村，带贫企业直供。",
    category: "fruit",
    originCode: "433124",
    status: "paused",
    seasonMonths: [9, 10],
    variants: [{ name: "12枚礼盒", priceFen: 8800, stock: 60 }],
  },

  // 苗汉子合作社
  {
    key: "suancai",
    org: "mhz",
    title: "苗家坛子酸菜",
    description:
      "花垣县苗家传统坛子腌制的酸菜，酸香开胃，是湘西人餐桌上离不开的味道。苗汉子合作社收购周边贫困户种植的青菜统一腌制，带动农户就近增收。适合机关食堂批量采购。",
    category: "vegetable",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(111, "2027-05-31"),
    variants: [
      { name: "500g×3袋", priceFen: 2990, stock: 800, tiers: [{ minQty: 10, priceFen: 2690 }] },
      { name: "500g×6袋", priceFen: 5380, stock: 300 },
    ],
  },
  {
    key: "juecai",
    org: "mhz",
    title: "苗乡野生蕨菜干",
    description: "花垣县山区农户春季采摘的野生蕨菜，晾晒成干，泡发后炒腊肉最香。合作社按保护价收购，农户多一份“小庭院”收入。",
    category: "vegetable",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "250g袋装", priceFen: 3680, stock: 300 }],
  },
  {
    key: "larou-mhz",
    org: "mhz",
    title: "湘西柴火腊肉（苗汉子）",
    description:
      "选用花垣县农户散养的土猪肉，按苗家传统用柴火慢熏一个多月。合作社与贫困户签订养殖收购协议，“小养殖”变成稳定收入。产地：湖南湘西花垣县。",
    category: "meat_poultry",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(112, "2026-12-20", "2025年第三批"),
    variants: [
      { name: "500g", priceFen: 6800, stock: 500 },
      { name: "1000g", priceFen: 12800, stock: 300, tiers: [{ minQty: 10, priceFen: 12000 }] },
    ],
  },
  {
    key: "duolajiao",
    org: "mhz",
    title: "苗家手工剁辣椒",
    description: "花垣县农户种植的本地辣椒，手工剁碎发酵，咸鲜香辣。合作社统一收购、统一灌装，带动种椒户增收。",
    category: "vegetable",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "500g×2瓶", priceFen: 3280, stock: 400 }],
  },

  // 大坡村葡萄专业合作社
  {
    key: "grape-shine",
    org: "dp",
    title: "大坡村阳光玫瑰葡萄",
    description:
      "产自凤凰县新场镇大坡村。村里由党支部牵头组建合作社，走“党支部+合作社+农户”模式，525亩葡萄带动全村82户建档立卡贫困户全部脱贫。阳光玫瑰果粒大、玫瑰香浓，7–9月上市。",
    category: "fruit",
    originCode: "433123",
    status: "on_sale",
    seasonMonths: [7, 8, 9],
    cert: cert(121, "2027-07-31"),
    variants: [
      { name: "2斤装", priceFen: 5980, stock: 800, tiers: [{ minQty: 50, priceFen: 5480 }] },
      { name: "5斤装", priceFen: 12800, stock: 300 },
    ],
  },
  {
    key: "grape-summer",
    org: "dp",
    title: "大坡村夏黑葡萄",
    description: "凤凰县新场镇大坡村合作社种植的夏黑葡萄，无籽、甜度高。合作社统一管理、统一销售，收益按户分配给社员。本季已售罄，来年7月恢复上架。",
    category: "fruit",
    originCode: "433123",
    status: "paused",
    seasonMonths: [7, 8, 9],
    cert: cert(122, "2027-07-31"),
    variants: [{ name: "5斤装", priceFen: 6980, stock: 200 }],
  },
  {
    key: "goose",
    org: "dp",
    title: "大坡村林下散养鹅（冷鲜整只）",
    description: "大坡村在葡萄园林下养殖，投放鹅苗6000只，收入28万元。林下鹅吃草长大、肉质紧实，宰杀后冷链发货。产地：凤凰县新场镇大坡村。",
    category: "meat_poultry",
    originCode: "433123",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "整只约6斤", priceFen: 16800, stock: 120 }],
  },

  // 保靖黄金茶 (吕洞山镇) — spring picking; 明前 before Qingming is premium
  {
    key: "bj-mingqian",
    org: "bjhj",
    title: "保靖黄金茶·明前特级绿茶",
    description:
      "清明前采摘的保靖黄金茶一芽一叶，氨基酸含量高，汤色黄绿明亮、栗香持久。产自保靖县吕洞山镇，是济南对口帮扶建设的特色产品直供基地。合作社带动164户贫困户以茶园入股、基地务工。",
    category: "tea",
    originCode: "433125",
    status: "on_sale",
    seasonMonths: [3, 4],
    cert: cert(131, "2027-04-30"),
    variants: [
      { name: "100g罐装", priceFen: 16800, stock: 300 },
      { name: "250g礼盒", priceFen: 39800, stock: 150 },
    ],
  },
  {
    key: "bj-yuqian",
    org: "bjhj",
    title: "保靖黄金茶·雨前一级",
    description: "谷雨前采摘的保靖黄金茶，口感鲜爽、耐冲泡，性价比高，适合工会福利和单位接待用茶。产地：保靖县吕洞山镇，合作社联农带农。",
    category: "tea",
    originCode: "433125",
    status: "on_sale",
    seasonMonths: [3, 4],
    cert: cert(132, "2027-04-30"),
    variants: [
      { name: "250g袋装", priceFen: 12800, stock: 600, tiers: [{ minQty: 20, priceFen: 11800 }] },
      { name: "500g家庭装", priceFen: 23800, stock: 200 },
    ],
  },
  {
    key: "bj-red",
    org: "bjhj",
    title: "保靖黄金茶·工夫红茶",
    description: "以保靖黄金茶夏秋鲜叶制成的工夫红茶，蜜香甜润。夏秋茶做成红茶，让茶农全年都有采摘收入。产地：保靖县吕洞山镇。",
    category: "tea",
    originCode: "433125",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(133, "2026-12-03", "2025年第三批"),
    variants: [{ name: "200g罐装", priceFen: 9800, stock: 500, tiers: [{ minQty: 30, priceFen: 8800 }] }],
  },
  {
    key: "bj-presale",
    org: "bjhj",
    title: "2027保靖黄金茶明前新茶（预售）",
    description: "2027年春季明前新茶预售，3月下旬开采后按下单顺序发货。预售款直接用于合作社春茶季的采茶工工资，带动贫困户家门口务工。产地：保靖县吕洞山镇。",
    category: "tea",
    originCode: "433125",
    status: "on_sale",
    seasonMonths: [3, 4],
    shipFrom: "2027-03-25",
    presaleUntil: "2027-03-18",
    variants: [{ name: "100g罐装", priceFen: 15800, stock: 200 }],
    listedAt: cst("2026-11-20T10:00:00"),
  },

  // 保靖县葫芦镇茶叶专业合作社
  {
    key: "bj-white",
    org: "bjhl",
    title: "保靖黄金茶·白茶",
    description: "以保靖黄金茶品种制成的白茶，清甜柔和。合作社把贫困户产业补助资金折股量化，按股分红。产地：保靖县葫芦镇。",
    category: "tea",
    originCode: "433125",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(134, "2027-04-30", "2026年第二批"),
    variants: [{ name: "150g礼盒", priceFen: 13800, stock: 200 }],
  },
  {
    key: "bj-bag",
    org: "bjhl",
    title: "保靖黄金茶袋泡茶",
    description: "保靖黄金茶碎茶制成的袋泡茶，办公室冲泡方便。产地：保靖县葫芦镇，合作社带贫。",
    category: "tea",
    originCode: "433125",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "2.5g×30袋", priceFen: 4980, stock: 500, tiers: [{ minQty: 50, priceFen: 4480 }] }],
  },

  // 泸溪椪柑 — Nov–Jan
  {
    key: "ponkan",
    org: "lx",
    title: "泸溪椪柑 当季鲜果",
    description:
      "泸溪椪柑皮薄易剥、化渣多汁，是湘西与济南共建的特色产品直供基地产品。合作社对贫困户椪柑保底收购、统一分级，11月至次年1月上市。产地：泸溪县浦市镇。",
    category: "fruit",
    originCode: "433122",
    status: "on_sale",
    seasonMonths: [11, 12, 1],
    cert: cert(141, "2027-01-31", "2026年第二批"),
    variants: [
      { name: "5斤装", priceFen: 3580, stock: 1500 },
      { name: "10斤装", priceFen: 5980, stock: 1200, tiers: [{ minQty: 20, priceFen: 5480 }, { minQty: 100, priceFen: 4980 }] },
    ],
  },
  {
    key: "ponkan-gift",
    org: "lx",
    title: "泸溪椪柑精品礼盒（18枚）",
    description: "精选泸溪椪柑大果，18枚礼盒装，适合春节单位慰问。产地：泸溪县浦市镇，合作社带动241户贫困户。",
    category: "fruit",
    originCode: "433122",
    status: "on_sale",
    seasonMonths: [11, 12, 1],
    cert: cert(142, "2027-01-31", "2026年第二批"),
    variants: [{ name: "18枚礼盒", priceFen: 6880, stock: 400 }],
  },
  {
    key: "ponkan-presale",
    org: "lx",
    title: "泸溪冰糖椪柑（12月中旬发货）",
    description: "晚熟冰糖椪柑，挂树到12月中旬采摘，糖度更高。现在下单锁定，12月15日起按顺序发货。产地：泸溪县浦市镇，贫困户椪柑保底收购。",
    category: "fruit",
    originCode: "433122",
    status: "on_sale",
    seasonMonths: [11, 12, 1],
    shipFrom: "2026-12-15",
    presaleUntil: "2026-12-12",
    cert: cert(143, "2027-01-31", "2026年第二批"),
    variants: [{ name: "10斤装", priceFen: 6580, stock: 500 }],
    listedAt: cst("2026-11-10T09:00:00"),
  },
  {
    key: "chenpi",
    org: "lx",
    title: "泸溪椪柑皮·陈皮",
    description: "用泸溪椪柑果皮晾晒陈化，可泡茶、炖汤。把果皮也变成收入，合作社按斤收购农户晒好的柑皮。",
    category: "specialty",
    originCode: "433122",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "100g罐装", priceFen: 3980, stock: 300 }],
  },
  {
    key: "pushi-pork",
    org: "lx",
    title: "浦市铁骨猪腊肉",
    description: "泸溪县浦市镇特有的铁骨猪，皮薄骨细，柴火熏制成腊肉。合作社与养殖贫困户签订收购协议。认定证书已到期，正在办理续期。",
    category: "meat_poultry",
    originCode: "433122",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(144, "2026-10-31", "2025年第二批"),
    variants: [{ name: "500g", priceFen: 7800, stock: 300 }],
  },

  // 惹巴妹 — 西兰卡普 Tujia brocade
  {
    key: "xlkp-tapestry",
    org: "rbm",
    title: "西兰卡普土家织锦挂毯（60×40cm）",
    description:
      "西兰卡普是土家族传统织锦，由龙山县惹巴妹巾帼就业扶贫车间的绣娘居家手工织造，一幅挂毯要织十多天。车间累计带动2221人稳定就业，其中贫困户636人、残疾人210人。",
    category: "craft",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(151, "2027-08-31"),
    variants: [
      { name: "勾纹款", priceFen: 38800, stock: 30 },
      { name: "四十八勾款", priceFen: 46800, stock: 20 },
    ],
  },
  {
    key: "xlkp-scarf",
    org: "rbm",
    title: "西兰卡普织锦围巾",
    description: "土家织锦纹样的手工围巾，由惹巴妹车间居家绣娘织造。每卖出一条，织娘按件计酬。产地：湖南湘西龙山县。",
    category: "craft",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(152, "2027-08-31"),
    variants: [{ name: "单条", priceFen: 19800, stock: 80 }],
  },
  {
    key: "xlkp-pillow",
    org: "rbm",
    title: "西兰卡普织锦抱枕套",
    description: "西兰卡普纹样抱枕套，惹巴妹车间出品，龙山县农村妇女居家织造，带动留守妇女家门口就业。",
    category: "craft",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "45×45cm", priceFen: 12800, stock: 100 }],
  },
  {
    key: "xlkp-wallet",
    org: "rbm",
    title: "土家织锦手工零钱包",
    description: "用西兰卡普边角料缝制的小零钱包，适合作为单位活动伴手礼。惹巴妹车间残疾人学员也能参与缝制。产地：龙山县。",
    category: "craft",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "单个", priceFen: 5800, stock: 200, tiers: [{ minQty: 20, priceFen: 4800 }] }],
  },
  {
    key: "xlkp-bookmark",
    org: "rbm",
    title: "惹巴妹织锦书签礼盒",
    description: "4枚西兰卡普织锦书签礼盒，湘西有礼旅游商品之一。惹巴妹车间绣娘居家织造，按件计酬。产地：龙山县。",
    category: "craft",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(153, "2026-12-24", "2025年第三批"),
    variants: [{ name: "4枚礼盒", priceFen: 6800, stock: 300, tiers: [{ minQty: 50, priceFen: 5800 }] }],
  },

  // 湘西有礼 — tourism goods and crafts
  {
    key: "miaoxiu-fan",
    org: "yl",
    title: "湘西绣·苗绣团扇",
    description: "湘西苗绣手工团扇，“湘西有礼”28种旅游商品之一。绣片由参加文创产业妇女培训班的农村绣娘居家完成，按件计酬。产地：湖南湘西。",
    category: "craft",
    originCode: "433101",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(161, "2027-08-31"),
    variants: [{ name: "单把", priceFen: 16800, stock: 60 }],
  },
  {
    key: "miaoxiu-silk",
    org: "yl",
    title: "湘西绣·苗绣真丝方巾",
    description: "苗绣纹样真丝方巾，湘西绣娘手工点绣。湘西州举办文创产业妇女培训班146期，培训农村妇女1.26万人，这是她们的作品之一。",
    category: "craft",
    originCode: "433101",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "单条", priceFen: 22800, stock: 40 }],
  },
  {
    key: "miao-silver",
    org: "yl",
    title: "苗银手镯（手工錾刻）",
    description: "湘西苗族银匠手工錾刻的银手镯，纹样取自苗族传统银饰。“湘西有礼”旅游商品，带动银匠家庭作坊增收。",
    category: "craft",
    originCode: "433123",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(162, "2027-08-31", "2026年第一批", "433123"),
    variants: [{ name: "单只", priceFen: 36800, stock: 30 }],
  },
  {
    key: "bamboo-basket",
    org: "yl",
    title: "湘西竹编果篮",
    description: "湘西山区竹编手艺人编织的果篮，结实耐用。公司统一收购、统一设计包装，帮助老手艺人居家增收。",
    category: "craft",
    originCode: "433101",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "中号", priceFen: 8800, stock: 100 }],
  },
  {
    key: "youli-giftbox",
    org: "yl",
    title: "湘西有礼·特产礼盒（果干+黄金茶+腊肉）",
    description: "十八洞猕猴桃果干、保靖黄金茶、湘西腊肉组合礼盒，一盒带动三个县的合作社和农户。适合工会节日慰问和单位福利采购。",
    category: "specialty",
    originCode: "433101",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(163, "2027-08-31"),
    variants: [{ name: "标准礼盒", priceFen: 19800, stock: 300, tiers: [{ minQty: 20, priceFen: 17800 }] }],
  },
  {
    key: "youli-teatour",
    org: "yl",
    title: "湘西有礼·茶旅伴手礼盒",
    description: "古丈毛尖、保靖黄金茶小罐组合，配湘西旅游地图，乡村旅游与特色农副产品融合的伴手礼。产地：湖南湘西。",
    category: "specialty",
    originCode: "433101",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "双罐礼盒", priceFen: 12800, stock: 200 }],
  },
  {
    key: "batik",
    org: "yl",
    title: "凤凰蓝印蜡染桌旗",
    description: "凤凰县传统蜡染工艺手工制作的桌旗，蓝白相间。湘西有礼旅游商品，带动蜡染作坊和农村妇女就业。",
    category: "craft",
    originCode: "433123",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "30×180cm", priceFen: 9800, stock: 80 }],
  },
  {
    key: "jianzhi",
    org: "yl",
    title: "泸溪踏虎凿花剪纸装裱画",
    description: "泸溪踏虎凿花是国家级非物质文化遗产，以刻刀凿刻而成。装裱成画后作为湘西有礼旅游商品，手艺人按件计酬。产地：泸溪县。",
    category: "craft",
    originCode: "433122",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(164, "2027-08-31", "2026年第一批", "433122"),
    variants: [{ name: "A4装裱", priceFen: 12800, stock: 50 }],
  },
  {
    key: "miaohua-notebook",
    org: "yl",
    title: "湘西有礼·苗画笔记本（新品）",
    description: "以苗画图案设计的笔记本，新品打样中，尚未上架。产地：湖南湘西吉首市。",
    category: "craft",
    originCode: "433101",
    status: "draft",
    seasonMonths: null,
    variants: [{ name: "A5", priceFen: 3800, stock: 0 }],
  },

  // 凤凰 factory-style workshop
  {
    key: "miaoxiu-bag",
    org: "fhws",
    title: "苗绣帆布托特包",
    description: "凤凰县廖家桥镇东西协作扶贫车间生产，苗绣绣片由易地搬迁安置区的妇女完成。车间是济南与湘西共建的“扶贫车间”，让搬迁群众“稳得住、能致富”。",
    category: "craft",
    originCode: "433123",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(171, "2027-06-30"),
    variants: [{ name: "单个", priceFen: 8900, stock: 200, tiers: [{ minQty: 30, priceFen: 7900 }] }],
  },
  {
    key: "batik-scarf",
    org: "fhws",
    title: "凤凰蜡染棉麻围巾",
    description: "凤凰蜡染纹样棉麻围巾，厂房式扶贫车间缝制，带动搬迁群众家门口就业。产地：凤凰县廖家桥镇。",
    category: "craft",
    originCode: "433123",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "单条", priceFen: 7900, stock: 150 }],
  },

  // 古丈 base-style workshop — tea
  {
    key: "gz-maojian-mq",
    org: "gzws",
    title: "古丈毛尖·明前特级",
    description: "古丈县默戎镇高山茶园明前采摘的古丈毛尖，条索紧细、白毫显露。基地式扶贫车间组织周边群众采茶计件，优先吸纳建档立卡贫困劳动力。",
    category: "tea",
    originCode: "433126",
    status: "on_sale",
    seasonMonths: [3, 4],
    cert: cert(181, "2027-04-30"),
    variants: [{ name: "100g罐装", priceFen: 15800, stock: 200 }],
  },
  {
    key: "gz-maojian-1",
    org: "gzws",
    title: "古丈毛尖·一级",
    description: "古丈毛尖一级绿茶，清香耐泡，适合单位日常用茶。产地：古丈县默戎镇，茶叶基地扶贫车间带贫128户。",
    category: "tea",
    originCode: "433126",
    status: "on_sale",
    seasonMonths: [3, 4],
    cert: cert(182, "2027-04-30"),
    variants: [{ name: "250g袋装", priceFen: 9800, stock: 400, tiers: [{ minQty: 20, priceFen: 8800 }] }],
  },
  {
    key: "gz-red",
    org: "gzws",
    title: "古丈红茶",
    description: "古丈县夏秋茶制成的红茶，汤色红亮。夏秋茶也能卖上价，采茶工全年有活干。产地：古丈县默戎镇。",
    category: "tea",
    originCode: "433126",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "200g罐装", priceFen: 8800, stock: 300 }],
  },

  // 十八洞 kiwi base workshop
  {
    key: "kiwi-jam",
    org: "sbdws",
    title: "十八洞猕猴桃果酱",
    description: "十八洞猕猴桃基地扶贫车间用分拣下来的小果熬制的果酱，不加香精。车间常年吸纳贫困户做分拣包装。产地：花垣县双龙镇。",
    category: "specialty",
    originCode: "433124",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(105, "2027-03-31"),
    variants: [{ name: "260g×2瓶", priceFen: 3980, stock: 400 }],
  },

  // 司城村 family farm (永顺)
  {
    key: "honey",
    org: "sc",
    title: "老司城土蜂蜜",
    description: "永顺县灵溪镇司城村山里散养的中华蜂所产百花蜜，一年只取一次。家庭农场带动邻近贫困户养蜂，统一收购、统一灌装。",
    category: "specialty",
    originCode: "433127",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(191, "2027-05-31"),
    variants: [
      { name: "500g瓶装", priceFen: 8800, stock: 300 },
      { name: "1000g瓶装", priceFen: 16000, stock: 150 },
    ],
  },
  {
    key: "rice",
    org: "sc",
    title: "永顺高山稻花香大米",
    description: "永顺县司城村梯田种植的一季稻，山泉水灌溉。家庭农场按高于市场价收购贫困户稻谷，适合机关食堂采购。",
    category: "grain_oil",
    originCode: "433127",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "5kg", priceFen: 6980, stock: 300, tiers: [{ minQty: 10, priceFen: 6280 }] }],
  },
  {
    key: "sausage",
    org: "sc",
    title: "土家柴火腊肠",
    description: "永顺县土家族传统腊肠，柴火熏制，咸香微辣。司城村家庭农场收购农户土猪肉加工，产地：永顺县灵溪镇。",
    category: "meat_poultry",
    originCode: "433127",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(192, "2027-05-31"),
    variants: [{ name: "500g", priceFen: 5800, stock: 200 }],
  },

  // 场坪村 family farm (永顺)
  {
    key: "chicken",
    org: "cp",
    title: "场坪村林下土鸡（冷鲜整只）",
    description: "永顺县场坪村林下散养一年以上的土鸡，冷鲜整只发货。农场与贫困户合作养殖，林地入股、年底分红。",
    category: "meat_poultry",
    originCode: "433127",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(193, "2027-05-31"),
    variants: [{ name: "整只约3斤", priceFen: 12800, stock: 150 }],
  },
  {
    key: "eggs",
    org: "cp",
    title: "场坪村林下土鸡蛋",
    description: "场坪村林下散养土鸡所产鸡蛋，蛋黄饱满。农场收购合作养殖户鸡蛋统一包装。产地：永顺县。",
    category: "meat_poultry",
    originCode: "433127",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "30枚", priceFen: 5980, stock: 300 }],
  },
  {
    key: "gegen-cp",
    org: "cp",
    title: "湘西野生葛根粉",
    description: "永顺县山区农户采挖的野葛，经传统水洗沉淀制成葛根粉。农场按斤收购，带动山区贫困户增收。",
    category: "specialty",
    originCode: "433127",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(194, "2027-05-31"),
    variants: [{ name: "500g", priceFen: 4680, stock: 300 }],
  },

  // 古丈山茶油 family farm
  {
    key: "camellia-oil",
    org: "gzoil",
    title: "古丈野山茶油（传统压榨）",
    description: "古丈县红石林镇油茶林所产茶籽，传统压榨工艺。半数林地由无劳动能力的贫困户委托农场经营，收益按比例分成。济南机关食堂消费帮扶常备品。",
    category: "grain_oil",
    originCode: "433126",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(195, "2027-06-30"),
    variants: [
      { name: "1L", priceFen: 12800, stock: 300 },
      { name: "2.5L", priceFen: 29800, stock: 200, tiers: [{ minQty: 20, priceFen: 27800 }] },
    ],
  },
  {
    key: "camellia-gift",
    org: "gzoil",
    title: "古丈山茶油礼盒",
    description: "500ml×2瓶山茶油礼盒，适合节日慰问。产地：古丈县红石林镇，委托帮扶带贫。",
    category: "grain_oil",
    originCode: "433126",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "500ml×2礼盒", priceFen: 16800, stock: 100 }],
  },

  // 龙山百合 cooperative
  {
    key: "lily-dried",
    org: "lsbh",
    title: "龙山百合干",
    description: "龙山县石牌镇百合切片晒干，煲汤煮粥皆宜。合作社统一供种、统一收购，贫困户种百合、进社分红两头增收。",
    category: "vegetable",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: null,
    cert: cert(196, "2027-06-30"),
    variants: [{ name: "250g袋装", priceFen: 3980, stock: 500, tiers: [{ minQty: 20, priceFen: 3580 }] }],
  },
  {
    key: "lily-fresh",
    org: "lsbh",
    title: "龙山鲜百合",
    description: "龙山县石牌镇当季鲜百合，个大瓣厚，9–11月采挖。产地直发，合作社带贫89户。",
    category: "vegetable",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: [9, 10, 11],
    cert: cert(197, "2027-06-30", "2026年第二批"),
    variants: [{ name: "2.5斤装", priceFen: 4980, stock: 300 }],
  },
  {
    key: "radish",
    org: "lsbh",
    title: "龙山萝卜干",
    description: "龙山县农家晒制的萝卜干，脆爽下饭。合作社收购农户自晒萝卜干，统一包装销售。",
    category: "vegetable",
    originCode: "433130",
    status: "on_sale",
    seasonMonths: null,
    variants: [{ name: "500g袋装", priceFen: 1980, stock: 400 }],
  },

  // not yet verified producers
  {
    key: "gegen-draft",
    org: "jsgg",
    title: "矮寨葛根粉",
    description: "吉首市矮寨镇种植的葛根加工成的葛根粉。农场认证审核中，商品暂存草稿。",
    category: "specialty",
    originCode: "433101",
    status: "draft",
    seasonMonths: null,
    variants: [{ name: "500g", priceFen: 3980, stock: 100 }],
  },
  {
    key: "liye-larou",
    org: "lyrr",
    title: "里耶土家腊肉",
    description: "龙山县里耶古镇柴火熏制的土家腊肉。作坊尚未认证，商品为草稿。",
    category: "meat_poultry",
    originCode: "433130",
    status: "draft",
    seasonMonths: null,
    variants: [{ name: "500g", priceFen: 6600, stock: 100 }],
  },
];

export const PRODUCTS: ProductSeed[] = PRODUCT_INPUT.map((p) => ({
  ...p,
  cert: p.cert ? { ...p.cert, county: p.cert.county ?? p.originCode } : undefined,
}));

// ───────────────────────── jobs ─────────────────────────

export const JOBS: JobSeed[] = [
  // near home / home-based
  {
    key: "rbm-weave-home",
    org: "rbm",
    title: "西兰卡普织锦绣娘（居家计件）",
    description:
      "惹巴妹巾帼就业扶贫车间招居家绣娘：车间统一发放织机、纱线和图样，在家织造西兰卡普，完工后交车间验收，按幅计酬、每月结算。不会织也没关系，车间免费培训。建档立卡贫困劳动力、留守妇女、残疾人优先。",
    kind: "home_based",
    regionCode: "433130",
    place: "龙山县苗儿滩镇（居家领料，车间验收）",
    payType: "piece_rate",
    payMinFen: 8000,
    payMaxFen: 30000,
    pieceUnit: "幅",
    headcount: 40,
    hours: "居家灵活安排",
    skills: ["湘西绣娘", "西兰卡普", "手工织造"],
    benefits: ["training"],
    priorityPoor: true,
    closesOn: "2027-06-30",
    status: "open",
    postedAt: cst("2026-03-01T09:00:00"),
  },
  {
    key: "rbm-embroider-home",
    org: "rbm",
    title: "湘西绣居家刺绣工（计件）",
    description: "为“湘西有礼”旅游商品刺绣绣片（书签、团扇、围巾边饰），车间发料，居家完成，按件计酬。需要有一定刺绣基础，参加过文创产业妇女培训班的优先。",
    kind: "home_based",
    regionCode: "433130",
    place: "龙山县（居家）",
    payType: "piece_rate",
    payMinFen: 3000,
    payMaxFen: 12000,
    pieceUnit: "件",
    headcount: 30,
    hours: "居家灵活安排",
    skills: ["湘西绣娘", "刺绣"],
    benefits: ["training"],
    priorityPoor: true,
    closesOn: "2027-05-31",
    status: "open",
    postedAt: cst("2026-10-20T09:00:00"),
  },
  {
    key: "rbm-loom",
    org: "rbm",
    title: "织锦车间织机操作工",
    description: "在惹巴妹车间内操作织机生产西兰卡普面料，包工作餐，师傅带教一个月。离家近，可照顾老人孩子。",
    kind: "workshop_near_home",
    regionCode: "433130",
    place: "龙山县苗儿滩镇惹巴妹车间",
    payType: "monthly",
    payMinFen: 250000,
    payMaxFen: 380000,
    headcount: 8,
    hours: "8:00–17:30，周日休息",
    skills: ["湘西绣娘", "织机操作"],
    benefits: ["meals", "training"],
    priorityPoor: true,
    closesOn: "2027-03-31",
    status: "open",
    postedAt: cst("2026-10-28T09:00:00"),
  },
  {
    key: "rbm-cs-home",
    org: "rbm",
    title: "网店客服（居家，湘西电商）",
    description: "负责惹巴妹网店的售前咨询、售后跟进，居家办公，车间提供电脑使用培训。适合行动不便或需要照顾家人的求职者，残疾人优先。",
    kind: "home_based",
    regionCode: "433130",
    place: "龙山县（居家在线办公）",
    payType: "monthly",
    payMinFen: 200000,
    payMaxFen: 300000,
    headcount: 3,
    hours: "9:00–18:00，轮休",
    skills: ["湘西电商", "网店客服"],
    benefits: ["training"],
    priorityPoor: true,
    closesOn: "2027-02-28",
    status: "open",
    postedAt: cst("2026-11-05T09:00:00"),
  },
  {
    key: "fh-sewing",
    org: "fhws",
    title: "厂房式扶贫车间缝纫工",
    description: "凤凰县廖家桥镇东西协作扶贫车间承接济南服装企业订单，招缝纫工。车间就在易地搬迁安置区旁，步行可到。包午餐，新手带薪培训。",
    kind: "workshop_near_home",
    regionCode: "433123",
    place: "凤凰县廖家桥镇安置区扶贫车间",
    payType: "monthly",
    payMinFen: 280000,
    payMaxFen: 420000,
    headcount: 25,
    hours: "8:00–12:00，13:30–17:30",
    skills: ["湘西缝纫工", "平车"],
    benefits: ["meals", "training"],
    priorityPoor: true,
    closesOn: "2027-04-30",
    status: "open",
    postedAt: cst("2026-09-15T09:00:00"),
  },
  {
    key: "fh-qc",
    org: "fhws",
    title: "扶贫车间质检包装员",
    description: "负责成衣、帆布包的检验、剪线头和包装。工作轻松，适合年龄较大的搬迁群众。",
    kind: "workshop_near_home",
    regionCode: "433123",
    place: "凤凰县廖家桥镇安置区扶贫车间",
    payType: "monthly",
    payMinFen: 220000,
    payMaxFen: 300000,
    headcount: 6,
    hours: "8:00–17:30",
    skills: ["质检", "包装"],
    benefits: ["meals"],
    priorityPoor: true,
    closesOn: "2027-04-30",
    status: "open",
    postedAt: cst("2026-09-15T09:30:00"),
  },
  {
    key: "gz-tea-pick",
    org: "gzws",
    title: "春茶采茶工（基地式车间，按斤计件）",
    description: "古丈毛尖茶基地2027年春茶季招采茶工，明前茶采一芽一叶，按鲜叶斤数计件、日结。基地提供午餐和采茶培训，建档立卡贫困劳动力优先安排。",
    kind: "workshop_near_home",
    regionCode: "433126",
    place: "古丈县默戎镇茶叶基地",
    payType: "piece_rate",
    payMinFen: 3000,
    payMaxFen: 6000,
    pieceUnit: "斤鲜叶",
    headcount: 80,
    hours: "7:00–17:00（春茶季3–4月）",
    skills: ["采茶", "茶叶加工"],
    benefits: ["meals", "training"],
    priorityPoor: true,
    closesOn: "2027-04-30",
    status: "open",
    postedAt: cst("2026-11-18T09:00:00"),
  },
  {
    key: "sbd-orchard",
    org: "sbdws",
    title: "猕猴桃果园管护工",
    description: "十八洞猕猴桃基地常年招果园管护工：冬季修剪、春季授粉、夏季疏果、秋季采摘。贫困户既拿土地流转租金和入股分红，又能在基地拿工资。",
    kind: "workshop_near_home",
    regionCode: "433124",
    place: "花垣县双龙镇十八洞猕猴桃基地",
    payType: "monthly",
    payMinFen: 260000,
    payMaxFen: 360000,
    headcount: 20,
    hours: "7:30–17:00，农忙时适当加班",
    skills: ["果树管护", "农机操作"],
    benefits: ["meals", "training"],
    priorityPoor: true,
    closesOn: "2027-03-31",
    status: "open",
    postedAt: cst("2026-11-01T09:00:00"),
  },
  {
    key: "gz-tea-make",
    org: "gzws",
    title: "茶叶加工学徒",
    description: "跟着制茶师傅学习古丈毛尖杀青、揉捻、烘焙。本季已招满。",
    kind: "workshop_near_home",
    regionCode: "433126",
    place: "古丈县默戎镇茶叶基地加工厂",
    payType: "monthly",
    payMinFen: 240000,
    payMaxFen: 320000,
    headcount: 4,
    hours: "8:00–18:00",
    skills: ["茶叶加工"],
    benefits: ["meals", "training"],
    priorityPoor: false,
    closesOn: "2027-01-31",
    status: "filled",
    postedAt: cst("2026-03-10T09:00:00"),
  },

  // transfer to Jinan
  {
    key: "zq-welder",
    org: "zqjx",
    title: "湘西焊工（二氧化碳保护焊）",
    description:
      "章丘区装备制造企业招二保焊焊工，持焊接特种作业证优先，经过“湘西焊工”培训的学员直接上岗。有组织转移就业：免费宿舍（4人间，空调热水），往返交通补贴，满3个月发放稳岗补贴。",
    kind: "transfer_jinan",
    regionCode: "370114",
    place: "济南市章丘区明水经济开发区（示例）",
    payType: "monthly",
    payMinFen: 650000,
    payMaxFen: 900000,
    headcount: 30,
    hours: "8小时两班倒，月休4天",
    skills: ["湘西焊工", "二氧化碳保护焊", "焊接特种作业证"],
    benefits: ["housing", "meals", "transport", "training"],
    priorityPoor: true,
    closesOn: "2027-03-31",
    status: "open",
    postedAt: cst("2026-04-15T09:00:00"),
  },
  {
    key: "zq-electrician",
    org: "zqjx",
    title: "湘西电工（设备维修电工）",
    description: "负责车间设备日常电气维护，需持低压电工证。经过“湘西电工”培训的学员优先。提供宿舍和往返交通补贴。",
    kind: "transfer_jinan",
    regionCode: "370114",
    place: "济南市章丘区明水经济开发区（示例）",
    payType: "monthly",
    payMinFen: 600000,
    payMaxFen: 800000,
    headcount: 6,
    hours: "白班8:00–17:00，需轮值夜班",
    skills: ["湘西电工", "低压电工证"],
    benefits: ["housing", "transport", "training"],
    priorityPoor: true,
    closesOn: "2027-03-31",
    status: "open",
    postedAt: cst("2026-07-20T09:00:00"),
  },
  {
    key: "zq-cnc",
    org: "zqjx",
    title: "数控车床操作工",
    description: "操作数控车床加工零部件，有经验者优先，无经验可培训。本批次已招满，岗位关闭。",
    kind: "transfer_jinan",
    regionCode: "370114",
    place: "济南市章丘区明水经济开发区（示例）",
    payType: "monthly",
    payMinFen: 550000,
    payMaxFen: 750000,
    headcount: 10,
    hours: "12小时两班倒",
    skills: ["数控车床"],
    benefits: ["housing", "meals", "transport"],
    priorityPoor: false,
    closesOn: "2027-01-15",
    status: "closed",
    postedAt: cst("2026-05-10T09:00:00"),
  },
  {
    key: "hy-sewing",
    org: "hyfz",
    title: "湘西缝纫工（平车工）",
    description: "槐荫区服装企业招平车工，经过“湘西缝纫工”培训的学员优先。包吃住，往返车费报销，满3个月发放稳岗补贴。",
    kind: "transfer_jinan",
    regionCode: "370104",
    place: "济南市槐荫区某服饰厂（示例）",
    payType: "monthly",
    payMinFen: 450000,
    payMaxFen: 650000,
    headcount: 20,
    hours: "8:00–18:00，月休4天",
    skills: ["湘西缝纫工", "平车"],
    benefits: ["housing", "meals", "transport"],
    priorityPoor: true,
    closesOn: "2027-02-28",
    status: "open",
    postedAt: cst("2026-06-01T09:00:00"),
  },
  {
    key: "hy-ironing",
    org: "hyfz",
    title: "服装整烫工",
    description: "负责成衣整烫，岗位待发布。",
    kind: "transfer_jinan",
    regionCode: "370104",
    place: "济南市槐荫区某服饰厂（示例）",
    payType: "monthly",
    payMinFen: 420000,
    payMaxFen: 550000,
    headcount: 5,
    hours: "8:00–18:00",
    skills: ["整烫"],
    benefits: ["housing", "meals"],
    priorityPoor: false,
    closesOn: "2027-03-31",
    status: "draft",
    postedAt: cst("2026-11-25T09:00:00"),
  },
  {
    key: "lx-housekeeping",
    org: "lxjz",
    title: "湘西家政服务员",
    description: "历下区家政公司招家政服务员，负责家庭保洁、做饭、照顾老人。“湘西家政”订单式培训结业学员优先，公司提供住宿、工作餐和进阶培训。",
    kind: "transfer_jinan",
    regionCode: "370102",
    place: "济南市历下区（服务客户家庭）",
    payType: "monthly",
    payMinFen: 500000,
    payMaxFen: 750000,
    headcount: 15,
    hours: "住家或白班，月休4天",
    skills: ["湘西家政", "保洁", "烹饪"],
    benefits: ["housing", "meals", "training"],
    priorityPoor: true,
    closesOn: "2027-04-30",
    status: "open",
    postedAt: cst("2026-08-10T09:00:00"),
  },
  {
    key: "lx-nanny",
    org: "lxjz",
    title: "湘西育婴师（住家）",
    description: "为济南家庭提供0–3岁婴幼儿照护，需持育婴员证书。“湘西育婴师”品牌学员优先，公司提供住宿、工作餐和育婴进阶培训。",
    kind: "transfer_jinan",
    regionCode: "370102",
    place: "济南市历下区（服务客户家庭）",
    payType: "monthly",
    payMinFen: 700000,
    payMaxFen: 1000000,
    headcount: 10,
    hours: "住家，月休4天",
    skills: ["湘西育婴师", "育婴员证"],
    benefits: ["housing", "meals", "training"],
    priorityPoor: true,
    closesOn: "2027-04-30",
    status: "open",
    postedAt: cst("2026-08-10T09:30:00"),
  },
  {
    key: "lx-elderly",
    org: "lxjz",
    title: "养老护理员",
    description: "在历下区社区养老服务站做护理员，照顾失能半失能老人。无经验可培训考证。",
    kind: "transfer_jinan",
    regionCode: "370102",
    place: "济南市历下区某社区养老服务站（示例）",
    payType: "monthly",
    payMinFen: 550000,
    payMaxFen: 700000,
    headcount: 8,
    hours: "三班倒",
    skills: ["湘西家政", "养老护理"],
    benefits: ["housing", "meals", "training"],
    priorityPoor: true,
    closesOn: "2027-04-30",
    status: "open",
    postedAt: cst("2026-10-12T09:00:00"),
  },
  {
    key: "lc-live",
    org: "lcds",
    title: "湘西电商直播带货主播（湘货入鲁）",
    description: "在济南直播间推介湘西猕猴桃、黄金茶、椪柑、湘西有礼手工艺品。会说湘西方言、懂产品者优先，“湘西电商”培训学员优先。提供宿舍和直播培训，底薪+提成。",
    kind: "transfer_jinan",
    regionCode: "370112",
    place: "济南市历城区唐冶电商产业园（示例）",
    payType: "monthly",
    payMinFen: 500000,
    payMaxFen: 900000,
    headcount: 5,
    hours: "排班制，含晚间直播",
    skills: ["湘西电商", "直播", "短视频剪辑"],
    benefits: ["housing", "training"],
    priorityPoor: true,
    closesOn: "2027-03-31",
    status: "open",
    postedAt: cst("2026-09-01T09:00:00"),
  },
  {
    key: "lc-warehouse",
    org: "lcds",
    title: "电商仓储打包员",
    description: "负责“湘货入鲁”线上订单的拣货、打包、发货。旺季（中秋、春节）有加班费。包吃住，往返车费报销。",
    kind: "transfer_jinan",
    regionCode: "370112",
    place: "济南市历城区唐冶电商产业园（示例）",
    payType: "monthly",
    payMinFen: 450000,
    payMaxFen: 600000,
    headcount: 12,
    hours: "8:30–18:00，旺季加班",
    skills: ["湘西电商", "仓储"],
    benefits: ["housing", "meals", "transport"],
    priorityPoor: true,
    closesOn: "2027-02-28",
    status: "open",
    postedAt: cst("2026-10-05T09:00:00"),
  },
];

// ───────────────────────── users ─────────────────────────

export const USERS: UserSeed[] = [
  {
    key: "admin",
    email: "admin@demo.xiangji.cn",
    phone: "13800000000",
    name: "东西部协作办",
    roles: ["admin"],
    label: "管理员 Admin（东西部协作办）",
  },
  {
    key: "buyer",
    email: "buyer@demo.xiangji.cn",
    phone: "13800000001",
    name: "个人买家",
    roles: ["buyer"],
    label: "个人买家 Buyer",
  },
  {
    key: "union",
    email: "union@demo.xiangji.cn",
    phone: "13800000002",
    name: "工会采购员",
    roles: ["buyer"],
    memberships: [{ org: "union", role: "owner" }],
    label: "工会采购员 Trade-union buyer",
  },
  {
    key: "budget",
    email: "budget@demo.xiangji.cn",
    phone: "13800000003",
    name: "预算单位采购员",
    roles: ["buyer"],
    memberships: [{ org: "budget", role: "owner" }],
    label: "预算单位采购员 Budget-unit buyer",
  },
  {
    key: "producer",
    email: "producer@demo.xiangji.cn",
    phone: "13800000004",
    name: "十八洞果业",
    roles: ["producer"],
    memberships: [{ org: "sbd", role: "owner" }],
    label: "生产者 Producer（十八洞果业）",
  },
  {
    key: "tea",
    email: "tea@demo.xiangji.cn",
    phone: "13800000005",
    name: "保靖黄金茶合作社",
    roles: ["producer"],
    memberships: [{ org: "bjhj", role: "owner" }],
    label: "生产者 Producer（保靖黄金茶合作社）",
  },
  {
    key: "pending",
    email: "pending@demo.xiangji.cn",
    phone: "13800000006",
    name: "葛根农场（待审核）",
    roles: ["producer"],
    memberships: [{ org: "jsgg", role: "owner" }],
    label: "待审核生产者 Producer, pending verification",
  },
  {
    key: "workshop",
    email: "workshop@demo.xiangji.cn",
    phone: "13800000007",
    name: "惹巴妹车间",
    roles: ["producer", "employer"],
    memberships: [{ org: "rbm", role: "owner" }],
    label: "扶贫车间 Workshop（惹巴妹，生产者+用工方）",
  },
  {
    key: "employer",
    email: "employer@demo.xiangji.cn",
    phone: "13800000008",
    name: "章丘重工招聘专员",
    roles: ["employer"],
    memberships: [{ org: "zqjx", role: "owner" }],
    label: "济南用工企业 Employer（章丘）",
  },
  {
    key: "seeker",
    email: "seeker@demo.xiangji.cn",
    phone: "13800000009",
    name: "彭春梅",
    roles: ["seeker"],
    label: "求职者 Seeker（龙山县湘西绣娘，建档立卡）",
    seeker: {
      fullName: "彭春梅（示例）",
      countyCode: "433130",
      township: "苗儿滩镇",
      idNumber: "433130198807150026",
      skills: ["湘西绣娘", "西兰卡普", "刺绣"],
      certificates: ["湘西绣娘培训结业证（示例）"],
      preference: "near_home",
      expectedPayFen: 300000,
      availableFrom: "2026-03-01",
      poorLabourer: true,
      poorLabourerVerified: true,
      intro: "在家照顾两个孩子和老人，会织西兰卡普，参加过惹巴妹车间的培训，想在家门口或居家做活。",
    },
  },
  {
    key: "welder",
    email: "welder@demo.xiangji.cn",
    phone: "13800000010",
    name: "龙建军",
    roles: ["seeker"],
    label: "求职者 Seeker（花垣县湘西焊工，愿去济南）",
    seeker: {
      fullName: "龙建军（示例）",
      countyCode: "433124",
      township: "双龙镇",
      idNumber: "433124199203110013",
      skills: ["湘西焊工", "二氧化碳保护焊", "电焊"],
      certificates: ["焊接与热切割作业特种作业操作证（示例）", "湘西焊工培训结业证（示例）"],
      preference: "willing_jinan",
      expectedPayFen: 700000,
      availableFrom: "2026-05-01",
      poorLabourer: true,
      poorLabourerVerified: true,
      intro: "参加过县里组织的“湘西焊工”培训，持证，愿意到济南务工，希望包住宿。",
    },
  },
  {
    key: "seeker3",
    email: "seeker3@demo.xiangji.cn",
    phone: "13800000011",
    name: "向秀英",
    roles: ["seeker"],
    label: "求职者 Seeker（保靖县湘西家政/育婴师）",
    seeker: {
      fullName: "向秀英（示例）",
      countyCode: "433125",
      township: "吕洞山镇",
      idNumber: "433125198512200048",
      skills: ["湘西家政", "湘西育婴师", "烹饪"],
      certificates: ["育婴员职业技能等级证书（示例）"],
      preference: "willing_jinan",
      expectedPayFen: 750000,
      availableFrom: "2026-12-01",
      poorLabourer: true,
      poorLabourerVerified: false,
      intro: "孩子上了初中，想去济南做育婴师或家政，参加过“湘西育婴师”培训班。",
    },
  },
  {
    key: "seeker4",
    email: "seeker4@demo.xiangji.cn",
    phone: "13800000012",
    name: "石小芳",
    roles: ["seeker"],
    label: "求职者 Seeker（凤凰县湘西缝纫工）",
    seeker: {
      fullName: "石小芳（示例）",
      countyCode: "433123",
      township: "廖家桥镇",
      idNumber: "433123199506080024",
      skills: ["湘西缝纫工", "平车"],
      certificates: [],
      preference: "either",
      expectedPayFen: 500000,
      availableFrom: "2026-06-15",
      poorLabourer: false,
      poorLabourerVerified: false,
      intro: "在扶贫车间做过两年平车，想去济南服装厂多挣一些，也可以在县里做。",
    },
  },
  {
    key: "seeker5",
    email: "seeker5@demo.xiangji.cn",
    phone: "13800000013",
    name: "田志强",
    roles: ["seeker"],
    label: "求职者 Seeker（泸溪县湘西电工）",
    seeker: {
      fullName: "田志强（示例）",
      countyCode: "433122",
      township: "浦市镇",
      idNumber: "433122199011020037",
      skills: ["湘西电工", "低压电工证"],
      certificates: ["低压电工作业特种作业操作证（示例）"],
      preference: "willing_jinan",
      expectedPayFen: 650000,
      availableFrom: "2026-08-20",
      poorLabourer: true,
      poorLabourerVerified: true,
      intro: "易地扶贫搬迁户，参加过“湘西电工”培训并取得电工证，愿意去济南工厂。",
    },
  },
];

// ───────────────────────── orders ─────────────────────────

const ADDR_BUYER: AddressSeed = {
  recipient: "李女士（示例）",
  recipientPhone: "13800000001",
  province: "山东省",
  city: "济南市",
  district: "历下区",
  districtCode: "370102",
  addressDetail: "泉城路街道某小区3号楼2单元501室（示例地址）",
};
const ADDR_UNION: AddressSeed = {
  recipient: "王工会（示例）",
  recipientPhone: "13800000002",
  province: "山东省",
  city: "济南市",
  district: "历下区",
  districtCode: "370102",
  addressDetail: "泺源大街某号某集团大厦1层收发室（示例地址）",
};
const ADDR_BUDGET: AddressSeed = {
  recipient: "张主任（示例）",
  recipientPhone: "13800000003",
  province: "山东省",
  city: "济南市",
  district: "市中区",
  districtCode: "370103",
  addressDetail: "大观园街道某路某号机关食堂（示例地址）",
};
const INVOICE_UNION: InvoiceSeed = {
  title: "济南某集团工会（示例）",
  taxId: "81370100MC0000001X",
  address: "济南市历下区泺源大街某号 0531-0000301",
  bank: `${JN_BANK} ${acct(301)}`,
};
const INVOICE_BUDGET: InvoiceSeed = {
  title: "济南市市中区某机关事务服务中心（示例预算单位）",
  taxId: "12370103MB0000002Y",
  address: "济南市市中区某路某号 0531-0000302",
  bank: `${JN_BANK} ${acct(302)}`,
};

export const ORDERS: OrderSeed[] = [
  {
    buyer: "buyer",
    status: "completed",
    paymentMethod: "stripe",
    createdAt: cst("2026-06-18T20:12:00"),
    items: [
      { product: "xlkp-scarf", variant: 0, qty: 1 },
      { product: "xlkp-bookmark", variant: 0, qty: 2 },
    ],
    address: ADDR_BUYER,
    latestShipDays: 15,
    carrier: "中国邮政EMS",
    trackingNo: "EMS1000000000001",
    reviews: [
      { product: "xlkp-scarf", rating: 5, body: "织锦纹样很漂亮，手感厚实，附了一张绣娘写的小卡片，很感动。" },
      { product: "xlkp-bookmark", rating: 5, body: "书签送同事，大家都说好看，是土家织锦。" },
    ],
  },
  {
    buyer: "union",
    buyerOrg: "union",
    status: "completed",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-06-10T10:30:00"),
    items: [{ product: "bj-yuqian", variant: 0, qty: 40 }],
    address: ADDR_UNION,
    invoice: INVOICE_UNION,
    latestShipDays: 7,
    note: "端午职工慰问，请开增值税普通发票。",
    carrier: "顺丰速运",
    trackingNo: "SF1400000000002",
    reviews: [{ product: "bj-yuqian", rating: 5, body: "职工反映茶很香，明年春茶继续采购。" }],
  },
  {
    buyer: "budget",
    buyerOrg: "budget",
    status: "completed",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-07-15T09:20:00"),
    items: [
      { product: "suancai", variant: 0, qty: 50 },
      { product: "larou-mhz", variant: 1, qty: 20 },
    ],
    address: ADDR_BUDGET,
    invoice: INVOICE_BUDGET,
    latestShipDays: 15,
    note: "机关食堂消费帮扶采购。",
    carrier: "京东物流",
    trackingNo: "JDVA00000000003",
    reviews: [
      { product: "suancai", rating: 4, body: "食堂师傅说酸菜很正宗，包装可以再结实一点。" },
      { product: "larou-mhz", rating: 5, body: "腊肉烟熏味足，职工很喜欢。" },
    ],
  },
  {
    buyer: "buyer",
    status: "completed",
    paymentMethod: "stripe",
    createdAt: cst("2026-07-02T21:05:00"),
    items: [{ product: "gz-maojian-1", variant: 0, qty: 2 }],
    address: ADDR_BUYER,
    latestShipDays: 7,
    carrier: "中国邮政EMS",
    trackingNo: "EMS1000000000004",
    reviews: [{ product: "gz-maojian-1", rating: 4, body: "茶香清爽，性价比高。" }],
  },
  {
    buyer: "buyer",
    status: "completed",
    paymentMethod: "stripe",
    createdAt: cst("2026-08-08T19:40:00"),
    items: [{ product: "grape-shine", variant: 1, qty: 2 }],
    address: ADDR_BUYER,
    latestShipDays: 7,
    carrier: "顺丰速运",
    trackingNo: "SF1400000000005",
    reviews: [{ product: "grape-shine", rating: 5, body: "阳光玫瑰很甜，冷链到货新鲜，支持大坡村！" }],
  },
  {
    buyer: "union",
    buyerOrg: "union",
    status: "received",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-08-20T14:00:00"),
    items: [{ product: "grape-shine", variant: 0, qty: 60 }],
    address: ADDR_UNION,
    invoice: INVOICE_UNION,
    latestShipDays: 7,
    note: "夏季职工福利。",
    carrier: "顺丰速运",
    trackingNo: "SF1400000000006",
  },
  {
    buyer: "union",
    buyerOrg: "union",
    status: "completed",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-09-10T11:15:00"),
    items: [{ product: "kiwi-red", variant: 0, qty: 120 }],
    address: ADDR_UNION,
    invoice: INVOICE_UNION,
    latestShipDays: 7,
    note: "中秋职工慰问品，请务必在中秋前送达。",
    carrier: "顺丰速运",
    trackingNo: "SF1400000000007",
    reviews: [{ product: "kiwi-red", rating: 5, body: "十八洞的猕猴桃很受欢迎，果子大小均匀，坏果极少。" }],
  },
  {
    buyer: "buyer",
    status: "refunded",
    paymentMethod: "stripe",
    createdAt: cst("2026-09-18T20:30:00"),
    items: [{ product: "kiwi-yellow", variant: 0, qty: 1 }],
    address: ADDR_BUYER,
    latestShipDays: 7,
    carrier: "中国邮政EMS",
    trackingNo: "EMS1000000000008",
    refundReason: "运输途中挤压，部分果子破损，协商全额退款。",
  },
  {
    buyer: "budget",
    buyerOrg: "budget",
    status: "completed",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-09-25T09:45:00"),
    items: [{ product: "camellia-oil", variant: 1, qty: 30 }],
    address: ADDR_BUDGET,
    invoice: INVOICE_BUDGET,
    latestShipDays: 15,
    note: "食堂用油，国庆前送达。",
    carrier: "京东物流",
    trackingNo: "JDVA00000000009",
    reviews: [{ product: "camellia-oil", rating: 5, body: "茶油清香，食堂长期采购。" }],
  },
  {
    buyer: "buyer",
    status: "received",
    paymentMethod: "stripe",
    createdAt: cst("2026-10-12T12:10:00"),
    items: [
      { product: "youli-giftbox", variant: 0, qty: 2 },
      { product: "miaoxiu-fan", variant: 0, qty: 1 },
    ],
    address: ADDR_BUYER,
    latestShipDays: 15,
    carrier: "中国邮政EMS",
    trackingNo: "EMS1000000000010",
  },
  {
    buyer: "budget",
    buyerOrg: "budget",
    status: "completed",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-10-20T10:00:00"),
    items: [{ product: "kiwi-cuixiang", variant: 1, qty: 40 }],
    address: ADDR_BUDGET,
    invoice: INVOICE_BUDGET,
    latestShipDays: 7,
    carrier: "顺丰速运",
    trackingNo: "SF1400000000011",
    reviews: [{ product: "kiwi-cuixiang", rating: 4, body: "翠香口感清爽，个别偏小，整体满意。" }],
  },
  {
    buyer: "union",
    buyerOrg: "union",
    status: "shipped",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-11-05T15:30:00"),
    items: [{ product: "ponkan", variant: 1, qty: 80 }],
    address: ADDR_UNION,
    invoice: INVOICE_UNION,
    latestShipDays: 15,
    note: "冬季职工福利，分两车送达。",
    carrier: "德邦快递",
    trackingNo: "DPK300000000012",
  },
  {
    buyer: "buyer",
    status: "shipped",
    paymentMethod: "stripe",
    createdAt: cst("2026-11-12T20:45:00"),
    items: [{ product: "ponkan", variant: 0, qty: 1 }],
    address: ADDR_BUYER,
    latestShipDays: 7,
    carrier: "中国邮政EMS",
    trackingNo: "EMS1000000000013",
  },
  {
    buyer: "budget",
    buyerOrg: "budget",
    status: "paid",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-11-20T09:10:00"),
    items: [
      { product: "honey", variant: 0, qty: 30 },
      { product: "sausage", variant: 0, qty: 20 },
    ],
    address: ADDR_BUDGET,
    invoice: INVOICE_BUDGET,
    latestShipDays: 15,
    note: "食堂冬季采购。",
  },
  {
    buyer: "buyer",
    status: "paid",
    paymentMethod: "stripe",
    createdAt: cst("2026-11-26T21:00:00"),
    items: [{ product: "lily-dried", variant: 0, qty: 3 }],
    address: ADDR_BUYER,
    latestShipDays: 7,
  },
  {
    buyer: "union",
    buyerOrg: "union",
    status: "pending_payment",
    paymentMethod: "bank_transfer",
    createdAt: cst("2026-11-28T10:20:00"),
    items: [{ product: "bj-red", variant: 0, qty: 50 }],
    address: ADDR_UNION,
    invoice: INVOICE_UNION,
    latestShipDays: 15,
    note: "元旦职工慰问品，对公转账付款。",
  },
];

// ───────────────────────── applications and hires ─────────────────────────

export const APPLICATIONS: ApplicationSeed[] = [
  {
    key: "welder-zq",
    job: "zq-welder",
    seeker: "welder",
    message: "我有焊工证，参加过湘西焊工培训，可以5月上旬到岗。",
    status: "hired",
    employerNote: "试焊合格，安排5月11日入职。",
    createdAt: cst("2026-04-20T10:00:00"),
  },
  {
    key: "seeker-rbm",
    job: "rbm-weave-home",
    seeker: "seeker",
    message: "我会织西兰卡普，想在家接活。",
    status: "hired",
    employerNote: "已发放织机和纱线。",
    createdAt: cst("2026-03-10T09:00:00"),
  },
  {
    key: "seeker4-hy",
    job: "hy-sewing",
    seeker: "seeker4",
    message: "在扶贫车间做过两年平车，想去济南。",
    status: "hired",
    employerNote: "随7月第一批有组织转移人员到岗。",
    createdAt: cst("2026-06-12T15:00:00"),
  },
  {
    key: "seeker5-zq",
    job: "zq-electrician",
    seeker: "seeker5",
    message: "持低压电工证，愿意到章丘工作。",
    status: "hired",
    employerNote: "9月1日入职，安排宿舍。",
    createdAt: cst("2026-08-05T11:00:00"),
  },
  {
    key: "seeker-embroider",
    job: "rbm-embroider-home",
    seeker: "seeker",
    message: "我也会刺绣，可以多接一些绣片。",
    status: "viewed",
    createdAt: cst("2026-11-02T20:00:00"),
  },
  {
    key: "seeker3-housekeeping",
    job: "lx-housekeeping",
    seeker: "seeker3",
    message: "会做湘菜，能照顾老人，12月可以出发。",
    status: "interview",
    employerNote: "约12月2日视频面试。",
    createdAt: cst("2026-11-15T09:30:00"),
  },
  {
    key: "seeker3-nanny",
    job: "lx-nanny",
    seeker: "seeker3",
    message: "有育婴员证书，带过自己两个孩子。",
    status: "offered",
    employerNote: "已发录用意向，待确认出发日期。",
    createdAt: cst("2026-11-10T14:00:00"),
  },
  {
    key: "welder-cnc",
    job: "zq-cnc",
    seeker: "welder",
    message: "也可以学数控车床。",
    status: "rejected",
    employerNote: "本批次数控岗位已招满，建议继续做焊工。",
    createdAt: cst("2026-05-12T10:00:00"),
  },
  {
    key: "seeker4-live",
    job: "lc-live",
    seeker: "seeker4",
    message: "想学直播，把家乡的东西卖出去。",
    status: "submitted",
    createdAt: cst("2026-11-24T19:00:00"),
  },
  {
    key: "seeker5-tea",
    job: "gz-tea-pick",
    seeker: "seeker5",
    message: "春节后可以先采茶。",
    status: "withdrawn",
    createdAt: cst("2026-11-19T08:30:00"),
  },
];

export const HIRES: HireSeed[] = [
  { application: "seeker-rbm", startDate: "2026-04-01", m3: "both", m6: "both" },
  { application: "welder-zq", startDate: "2026-05-11", m3: "both", m6: "employer" },
  { application: "seeker4-hy", startDate: "2026-07-06", m3: "both", m6: "none" },
  { application: "seeker5-zq", startDate: "2026-09-01", m3: "none", m6: "none" },
];
