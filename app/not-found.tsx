import "./globals.css";
import Link from "next/link";

export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="p-8">
        <h1 className="text-xl font-bold">找不到这个页面 · Page not found</h1>
        <p className="mt-2">
          <Link className="text-brocade-700 underline" href="/">
            回到首页 · Home
          </Link>
        </p>
      </body>
    </html>
  );
}
