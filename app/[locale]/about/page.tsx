import type { Metadata } from "next";
import { localeAlternates } from "@/lib/i18n/href";
import { Card } from "@/components/ui/card";
import { pageLocale } from "@/lib/i18n/page-locale";

/**
 * 关于湘济通: a page with no data and no session. It is the benchmark's baseline (bench/run.ts): it costs
 * what a static page of this app costs (same layout, proxy and headers), and public pages are measured against it.
 * The text is fixed prose in both languages; nothing here may read the database, cookies or headers.
 */
export const dynamic = "force-static";

const TEXT = {
  "zh-CN": {
    title: "关于湘济通",
    paragraphs: [
      "湘济通是湘西土家族苗族自治州与济南市东西部协作的帮扶平台。",
      "消费帮扶：湘西的合作社、家庭农场、企业和扶贫车间在这里上架猕猴桃、黄金茶、椪柑和手工艺品，济南的个人、企业、工会和预算单位在线下单。",
      "就业帮扶：扶贫车间和济南用工单位发布岗位，湘西的求职者建立档案、获得推荐、投递并跟踪进度。",
      "协作成效：东西部协作办认证组织与扶贫产品，所有人都能看到销售额、带贫户数和就业人数。",
    ],
  },
  en: {
    title: "About XiangJi",
    paragraphs: [
      "XiangJi is the platform of the east–west poverty-relief cooperation between Xiangxi (Hunan) and Jinan (Shandong).",
      "Consumption aid: Xiangxi cooperatives, family farms, enterprises and poverty-relief workshops list kiwifruit, golden tea, ponkan and crafts; Jinan individuals, companies, trade unions and budget units order online.",
      "Employment aid: workshops and Jinan employers post jobs; Xiangxi job seekers build a profile, get matched, apply and follow their applications.",
      "Impact: the cooperation office verifies organisations and poverty-relief products; everyone can see sales, households supported and hires.",
    ],
  },
} as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: TEXT[locale].title, alternates: localeAlternates("/about") };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const text = TEXT[locale];
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-4 text-2xl font-bold">{text.title}</h1>
      <Card className="grid gap-3 text-base leading-relaxed">
        {text.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </Card>
    </div>
  );
}
