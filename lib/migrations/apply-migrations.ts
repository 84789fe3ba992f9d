// Applies prisma/migrations/*/migration.sql at start-up without Prisma's native engine (which the CLI
// downloads, and which a self-hosted box may not reach). The bookkeeping is Prisma's own
// `_prisma_migrations` table, row for row, so `prisma migrate deploy|status|resolve` keep working
// wherever the engine is available.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export interface ApplyMigrationsOptions {
  /** Defaults to prisma/migrations under the current directory, as Prisma's CLI does. */
  migrationsDir?: string;
  log?: (message: string) => void;
}

/** A problem a person must fix (edited or failed migration, bad SQL, no database): its message says how. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

// Prisma Migrate's own advisory lock key: our runner and `prisma migrate deploy` also exclude each other.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;
const LOCK_WAIT_LIMIT_MS = 10 * 60_000;

// Prisma's own DDL (schema engine, PostgreSQL flavour).
const CREATE_MIGRATIONS_TABLE = `
  CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
  )`;

interface LocalMigration {
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
}

export async function applyMigrations(
  databaseUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsDir = path.resolve(options.migrationsDir ?? "prisma/migrations");
  const log = options.log ?? (() => {});
  const local = await readLocalMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: databaseUrl });
  // An idle client whose server goes away emits 'error'; unhandled, that would crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`Could not connect to the database at ${describeUrl(databaseUrl)}: ${messageOf(error)}`);
  }

  try {
    await takeLock(client, log);
    try {
      // Checked first rather than IF NOT EXISTS, which needs CREATE rights even when the table exists.
      const { rows: existing } = await client.query<{ exists: boolean }>(
        "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
      );
      if (!existing[0]?.exists) await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<MigrationRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at, logs
         FROM _prisma_migrations ORDER BY started_at`,
      );
      const pending = pendingMigrations(local, rows, log);
      const applied: string[] = [];
      for (const migration of pending) {
        log(`Applying ${migration.name}`);
        await applyOne(client, migration);
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}

async function readLocalMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => {
    throw new MigrationError(`No migrations directory at ${migrationsDir}.`);
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const bytes = await readFile(file).catch(() => {
        throw new MigrationError(`${file} is missing: every folder in ${migrationsDir} is a migration.`);
      });
      return { name, file, sql: bytes.toString("utf8"), checksum: sha256(bytes) };
    }),
  );
}

/** Checks the history first, so a problem stops the run before anything is applied. */
function pendingMigrations(
  local: LocalMigration[],
  rows: MigrationRow[],
  log: (message: string) => void,
): LocalMigration[] {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) throw failedMigrationError(failed);

  // Rolled-back rows are history only; the migration counts as not applied (Prisma's rule).
  const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
  for (const migration of local) {
    const row = applied.get(migration.name);
    if (row && !matchesChecksum(migration.sql, row.checksum)) {
      throw new MigrationError(
        `${migration.file} was edited after being applied to this database (its checksum no longer ` +
          "matches _prisma_migrations). Restore the file as it was, and put the change in a new " +
          "migration instead: npm run db:new-migration -- <name>",
      );
    }
  }
  const localNames = new Set(local.map((migration) => migration.name));
  const unknown = [...applied.keys()].filter((name) => !localNames.has(name));
  if (unknown.length > 0) {
    // Like Prisma: not an error (an older release may run against a newer database), but worth saying.
    log(`The database has migrations this checkout does not: ${unknown.join(", ")}`);
  }
  return local.filter((migration) => !applied.has(migration.name));
}

function failedMigrationError(failed: MigrationRow[]): MigrationError {
  const details = failed
    .map((row) => {
      const logs = row.logs?.trim() ? `:\n${row.logs.trim()}` : "";
      return `Migration ${row.migration_name} started at ${row.started_at.toISOString()} and failed${logs}`;
    })
    .join("\n");
  const name = failed[0]?.migration_name ?? "<name>";
  return new MigrationError(
    `${details}\nNo further migrations are applied until this is resolved. Repair the database by hand, ` +
      `then mark the migration rolled back (it will run again) or applied (you finished it by hand): ` +
      `npx prisma migrate resolve --rolled-back ${name} (or --applied ${name}), or in SQL: UPDATE ` +
      `_prisma_migrations SET rolled_back_at = now() WHERE migration_name = '${name}' AND finished_at IS NULL;`,
  );
}

async function takeLock(client: pg.Client, log: (message: string) => void): Promise<void> {
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
    PRISMA_MIGRATE_LOCK_KEY,
  ]);
  if (rows[0]?.locked) return;
  log("Another process is applying migrations to this database; waiting for it to finish.");
  await client.query(`SET lock_timeout = ${LOCK_WAIT_LIMIT_MS}`);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
  } catch (error) {
    throw new MigrationError(
      `Gave up after ${LOCK_WAIT_LIMIT_MS / 60_000} minutes waiting for another process to finish applying ` +
        `migrations (advisory lock ${PRISMA_MIGRATE_LOCK_KEY}): ${messageOf(error)}. If none is running, find ` +
        "the session holding it: SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = " +
        `${PRISMA_MIGRATE_LOCK_KEY};`,
    );
  } finally {
    await client.query("RESET lock_timeout");
  }
}

// The row is written first and finished last, as Prisma does, all in one transaction: a failure leaves
// no trace. A script with its own BEGIN/COMMIT (Prisma writes those for some enum changes) commits our
// transaction early; if it then fails, the row stays unfinished, exactly the "failed" state Prisma
// would leave, and the next run refuses to continue until someone resolves it.
async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1
       WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = describeSqlError(error, migration.sql);
    const leftover = await client
      .query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, reason])
      .catch(() => undefined);
    const outcome = leftover?.rowCount
      ? "It committed part of itself before failing and is now marked failed in _prisma_migrations."
      : "Nothing of it was applied.";
    throw new MigrationError(`Migration ${migration.file} failed: ${reason}\n${outcome}`, { cause: error });
  }
}

/** Prisma accepts a file whose line endings git converted since it was applied. */
function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\r\n", "\n").replaceAll("\n", "\r\n")];
  return variants.some((variant) => sha256(variant) === checksum);
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

function describeSqlError(error: unknown, sql: string): string {
  const position = Number((error as { position?: string }).position);
  if (!Number.isInteger(position) || position <= 0) return messageOf(error);
  const line = sql.slice(0, position - 1).split("\n").length;
  return `${messageOf(error)} (line ${line})`;
}

// Never print the password.
function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return "DATABASE_URL (not a valid URL)";
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(messageOf).join("; ");
  return error instanceof Error ? error.message || error.name : String(error);
}
