/** `npm run photos:backfill`: 800px copies for product photos stored before they were made (lib/uploads/backfill.ts). */
import { closeDb } from "../db/client";
import { backfillMediumPhotos } from "../lib/uploads/backfill";

const report = await backfillMediumPhotos();
console.log(`photos larger than 800px: ${report.checked}; 800px copies made: ${report.made}; display image missing: ${report.missing.length}`);
for (const key of report.missing) console.log(`  missing: ${key}`);
await closeDb();
