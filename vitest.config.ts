import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/global.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    pool: "forks",
    // next-auth and next-intl import "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth", "@auth/core", "next-intl"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      XIANGJI_DATA_DIR: ".data/test",
      AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
      PII_KEY: "test-pii-key-test-pii-key-test-pii-key-01",
    },
  },
});
