import { defineConfig } from "drizzle-kit";

// Only `generate` is used: migrations are applied by db/migrate.ts (PGlite or PostgreSQL).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
