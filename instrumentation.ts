export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { startServer } = await import("./lib/startup");
    await startServer();
  } catch (e) {
    // Invalid configuration (e.g. no AUTH_SECRET in production): refuse to serve rather than run half-configured.
    console.error(`\n[xiangji] ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
