export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // startServer exits the process with a clear message when configuration or the database is unusable.
  const { startServer } = await import("./lib/startup");
  await startServer();
}
