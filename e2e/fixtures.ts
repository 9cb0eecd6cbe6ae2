import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";
export const DEMO = {
  buyer: "buyer@demo.xiangji.cn",
  union: "union@demo.xiangji.cn",
  producer: "producer@demo.xiangji.cn",
  workshop: "workshop@demo.xiangji.cn",
  employer: "employer@demo.xiangji.cn",
  seeker: "seeker@demo.xiangji.cn",
  admin: "admin@demo.xiangji.cn",
} as const;

let counter = 0;
/** A unique client address per test, so sign-in throttling of one test never blocks another. */
function uniqueIp(workerIndex: number): string {
  counter += 1;
  return `198.18.${workerIndex % 250}.${(counter % 250) + 1}`;
}

/** A fresh mainland-style mobile number per call. */
export function freshPhone(): string {
  return `166${String(Date.now() % 1e6).padStart(6, "0")}${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
}

export const test = base.extend<{ clientIp: string }>({
  clientIp: async ({}, use, info) => {
    await use(uniqueIp(info.workerIndex));
  },
  extraHTTPHeaders: async ({ clientIp }, use) => {
    await use({ "x-forwarded-for": clientIp });
  },
});

/** Sign in over HTTP (Auth.js credentials endpoint); the cookie lands in the page's context. */
export async function apiLogin(request: APIRequestContext, identifier: string, password = DEMO_PASSWORD) {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { identifier, password, csrfToken: csrf.csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
}

export async function uiLogin(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("手机号或邮箱").fill(identifier);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export { expect };
