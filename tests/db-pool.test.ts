import { describe, expect, it } from "vitest";
import { poolSizePerProcess } from "../db/client";

// scripts/start.mjs runs up to 8 server processes per host by default; PostgreSQL allows 100 connections by default.
describe("database connections per server process", () => {
  it("one or two processes keep 10 each; more share about 20, never under 2 each", () => {
    expect([1, 2, 3, 4, 8, 16].map(poolSizePerProcess)).toEqual([10, 10, 6, 5, 2, 2]);
  });
  it("the default maximum of processes stays far below max_connections", () => {
    expect(8 * poolSizePerProcess(8)).toBeLessThanOrEqual(20);
  });
});
