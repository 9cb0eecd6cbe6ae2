import { describe, expect, it } from "vitest";
import { transferBeforeImages } from "../bench/transfer";

// What the bench counts as "transferred" for the catalog target (bench/run.ts): Chromium's bytes in Lighthouse's
// median run, images left out; nothing at all for a load that failed, so that it can never pass on a few bytes.
type Item = { resourceType: string; mimeType: string; transferSize: number; url: string; statusCode: number };
const run = (items: Item[], runtimeError?: { code: string; message: string }) =>
  ({ audits: { "network-requests": { details: { type: "table", headings: [], items } } }, runtimeError }) as unknown as Parameters<typeof transferBeforeImages>[0];
const doc: Item = { resourceType: "Document", mimeType: "text/html", transferSize: 7487, url: "http://127.0.0.1:3105/products", statusCode: 200 };
const script: Item = { resourceType: "Script", mimeType: "application/javascript", transferSize: 61812, url: "http://127.0.0.1:3105/_next/static/chunks/a.js", statusCode: 200 };
const css: Item = { resourceType: "Stylesheet", mimeType: "text/css", transferSize: 5225, url: "http://127.0.0.1:3105/_next/static/chunks/a.css", statusCode: 200 };
const photo: Item = { resourceType: "Image", mimeType: "image/webp", transferSize: 40_000, url: "http://127.0.0.1:3105/uploads/p.webp", statusCode: 200 };
const favicon: Item = { resourceType: "Other", mimeType: "image/svg+xml", transferSize: 658, url: "http://127.0.0.1:3105/icon.svg", statusCode: 200 };

describe("the catalog's transfer as a browser received it (bench/transfer.ts)", () => {
  it("adds up every request of the page load but images, the favicon included among them", () => {
    expect(transferBeforeImages(run([doc, script, css, photo, favicon]), true)).toEqual({ bytes: 7487 + 61812 + 5225, requests: 3 });
  });

  it("counts nothing for a run Lighthouse found invalid, one with a runtime error, or a document that was not a 200", () => {
    expect(transferBeforeImages(run([doc, script]), false)).toBeUndefined();
    expect(transferBeforeImages(run([doc, script], { code: "NO_FCP", message: "no paint" }), true)).toBeUndefined();
    expect(transferBeforeImages(run([{ ...doc, statusCode: 500, transferSize: 900 }]), true)).toBeUndefined();
    expect(transferBeforeImages(run([]), true)).toBeUndefined();
    expect(transferBeforeImages({ audits: {} } as unknown as Parameters<typeof transferBeforeImages>[0], true)).toBeUndefined();
  });
});
