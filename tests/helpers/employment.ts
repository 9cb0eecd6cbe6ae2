/** Employment factories: hiring orgs, jobs, seekers with encrypted PII. */
import { getDb } from "@/db/client";
import { jobs, regions, seekerProfiles } from "@/db/schema";
import { encryptPii, last4 } from "@/lib/crypto";
import type { Role } from "@/lib/auth/roles";
import { makeOrg, makeUser } from "./factories";

export async function ensureAllRegions() {
  const db = await getDb();
  const rows = [
    ["433101", "吉首市", "xiangxi_county"],
    ["433122", "泸溪县", "xiangxi_county"],
    ["433123", "凤凰县", "xiangxi_county"],
    ["433124", "花垣县", "xiangxi_county"],
    ["433125", "保靖县", "xiangxi_county"],
    ["433126", "古丈县", "xiangxi_county"],
    ["433127", "永顺县", "xiangxi_county"],
    ["433130", "龙山县", "xiangxi_county"],
    ["370102", "历下区", "jinan_district"],
    ["370114", "章丘区", "jinan_district"],
  ] as const;
  await db
    .insert(regions)
    .values(rows.map(([code, name, kind], i) => ({ code, name, nameEn: name, kind, sort: i })))
    .onConflictDoNothing();
}

export async function makeEmployer(opts: { kind?: "workshop_home" | "jinan_employer"; verification?: "unverified" | "pending" | "verified" | "rejected"; roles?: Role[] } = {}) {
  await ensureAllRegions();
  const user = await makeUser({ roles: opts.roles ?? ["employer"] });
  const jinan = opts.kind === "jinan_employer";
  const org = await makeOrg(user.id, {
    type: jinan ? "employer" : "workshop",
    kind: opts.kind ?? "workshop_home",
    name: jinan ? "测试济南用工单位" : "测试扶贫车间",
    regionCode: jinan ? "370114" : "433130",
    verification: opts.verification ?? "verified",
  });
  return { user, org };
}

export async function makeJob(orgId: string, opts: Partial<typeof jobs.$inferInsert> = {}) {
  const db = await getDb();
  const [job] = await db
    .insert(jobs)
    .values({
      orgId,
      title: "居家刺绣工",
      kind: "home_based",
      regionCode: "433130",
      place: "龙山县（居家）",
      payType: "piece_rate",
      payMinFen: 3000,
      payMaxFen: 12000,
      pieceUnit: "件",
      skills: ["湘西绣娘", "刺绣"],
      benefits: ["training"],
      priorityPoor: true,
      closesOn: "2099-12-31",
      status: "open",
      ...opts,
    })
    .returning();
  return job!;
}

export const SEEKER_PHONE = "13912345678";
export const SEEKER_ID = "43313019880715002X";

export async function makeSeeker(opts: { phone?: string; idNumber?: string | null; countyCode?: string; skills?: string[]; poor?: boolean } = {}) {
  await ensureAllRegions();
  const user = await makeUser({ roles: ["seeker"] });
  const phone = opts.phone ?? SEEKER_PHONE;
  const id = opts.idNumber === undefined ? SEEKER_ID : opts.idNumber;
  const db = await getDb();
  await db.insert(seekerProfiles).values({
    userId: user.id,
    fullName: "测试求职者",
    countyCode: opts.countyCode ?? "433130",
    township: "苗儿滩镇",
    phoneEnc: encryptPii(phone),
    phoneLast4: last4(phone),
    idNumberEnc: id ? encryptPii(id) : null,
    idNumberLast4: id ? last4(id) : null,
    skills: opts.skills ?? ["湘西绣娘"],
    preference: "near_home",
    expectedPayFen: 300000,
    poorLabourer: opts.poor ?? true,
  });
  return user;
}
