import type { ReactNode } from "react";

export const metadata = { title: "参照页 · reference" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body style={{ margin: 0, fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif' }}>
        <main style={{ maxWidth: 768, margin: "0 auto", padding: 16 }}>{children}</main>
      </body>
    </html>
  );
}
