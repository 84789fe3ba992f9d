// Fresh databases on the test run's cluster, for tests that need an empty or private database
// (migration tests, or anything that must not see other tests' rows).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

/** Creates a new, empty database (or a migrated one) and returns its URL. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<string> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  const runDatabase = new URL(inject("databaseUrl"));
  const client = new pg.Client({ connectionString: runDatabase.href });
  await client.connect();
  try {
    // template0: truly empty, whatever anyone added to template1.
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE template0`);
  } finally {
    await client.end();
  }
  const url = new URL(runDatabase.href);
  url.pathname = `/${name}`;
  if (options.migrated) await applyMigrations(url.href);
  return url.href;
}
