// Starts one throwaway PostgreSQL for the whole test run, migrated like production, so tests run
// against the real thing (no mocks). Each run gets a fresh cluster: no state leaks between runs.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations/apply-migrations";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated `launch_control` database of the run's cluster. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), "launch-control-test-"));
  // mkdtemp makes it private to us; as root, PostgreSQL runs as `postgres` and must get through it.
  await chmod(root, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres") });
  try {
    await applyMigrations(postgres.url);
  } catch (error) {
    await postgres.stop();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  // Workers cannot see this process's state: the URL travels through provide/inject, and
  // test/setup-env.ts turns it into DATABASE_URL inside each worker.
  project.provide("databaseUrl", postgres.url);

  return async () => {
    await postgres.stop();
    await rm(root, { recursive: true, force: true });
  };
}
