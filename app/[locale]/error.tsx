"use client";

import { useEffect } from "react";

// Client error boundaries cannot load catalogs on the server; both languages are shown, Chinese first.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error.digest ?? error.message);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">出错了 · Something went wrong</h1>
      <p className="mt-4 text-base text-stone-700">页面暂时无法显示，请稍后再试。</p>
      <p className="text-sm text-stone-600">This page cannot be shown right now; please try again.</p>
      {error.digest ? <p className="mt-2 text-xs text-stone-500">#{error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brocade-600 px-4 text-white">
        重试 · Try again
      </button>
    </div>
  );
}
