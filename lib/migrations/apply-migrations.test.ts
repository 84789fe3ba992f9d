import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/db";
import { applyMigrations, MigrationError } from "./apply-migrations";

const COMMITTED_MIGRATIONS = path.resolve("prisma/migrations");

let committedNames: string[];
let scratch: string;

beforeAll(async () => {
  const entries = await readdir(COMMITTED_MIGRATIONS, { withFileTypes: true });
  committedNames = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  scratch = await mkdtemp(path.join(os.tmpdir(), "launch-control-migrations-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies every committed migration and records it as Prisma does", async () => {
    const url = await createTestDatabase();

    const { applied } = await applyMigrations(url);

    expect(applied).toEqual(committedNames);
    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(committedNames);
    for (const row of rows) {
      const file = path.join(COMMITTED_MIGRATIONS, row.migration_name, "migration.sql");
      expect(row.checksum).toBe(sha256(await readFile(file)));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(await tableExists(url, "Launch")).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const url = await createTestDatabase();
    await applyMigrations(url);

    const { applied } = await applyMigrations(url);

    expect(applied).toEqual([]);
    expect(await migrationRows(url)).toHaveLength(committedNames.length);
  });

  it("refuses a migration edited after it was applied, naming the file, and applies nothing", async () => {
    const dir = await copyOfCommittedMigrations();
    const url = await createTestDatabase();
    await applyMigrations(url, { migrationsDir: dir });
    const before = await migrationRows(url);
    const edited = path.join(dir, committedNames[0]!, "migration.sql");
    await writeFile(edited, (await readFile(edited, "utf8")) + "\nCREATE TABLE sneaky (id int);\n");
    await addMigration(dir, "29990101000000_pending", 'CREATE TABLE "Pending" (id int);');

    const run = applyMigrations(url, { migrationsDir: dir });

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(`${edited} was edited after being applied`);
    await expect(run).rejects.toThrow("new migration");
    expect(await migrationRows(url)).toEqual(before);
    expect(await tableExists(url, "sneaky")).toBe(false);
    expect(await tableExists(url, "Pending")).toBe(false);
  });

  it("accepts an applied migration whose line endings git changed", async () => {
    const dir = await copyOfCommittedMigrations();
    const url = await createTestDatabase();
    await applyMigrations(url, { migrationsDir: dir });
    const file = path.join(dir, committedNames[0]!, "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")).replaceAll("\n", "\r\n"));

    await expect(applyMigrations(url, { migrationsDir: dir })).resolves.toEqual({ applied: [] });
  });

  it("applies each migration exactly once when two processes start together", async () => {
    const url = await createTestDatabase();

    const [first, second] = await Promise.all([applyMigrations(url), applyMigrations(url)]);

    expect([...first.applied, ...second.applied].sort()).toEqual(committedNames);
    const names = (await migrationRows(url)).map((row) => row.migration_name);
    expect(names).toEqual(committedNames);
  });

  it("rolls back a failing migration entirely and says which file and line", async () => {
    const dir = await copyOfCommittedMigrations();
    const broken = 'CREATE TABLE "Half" (id int);\nSELECT nonsense FROM nowhere;\n';
    await addMigration(dir, "29990101000000_broken", broken);
    const url = await createTestDatabase();

    const run = applyMigrations(url, { migrationsDir: dir });

    await expect(run).rejects.toThrow(/29990101000000_broken\/migration\.sql failed: .*nowhere.* \(line 2\)/);
    await expect(run).rejects.toThrow("Nothing of it was applied");
    expect((await migrationRows(url)).map((row) => row.migration_name)).toEqual(committedNames);
    expect(await tableExists(url, "Half")).toBe(false);
  });

  it("stops at a migration left failed, and says how to resolve it", async () => {
    const url = await createTestDatabase();
    await applyMigrations(url);
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs)
       VALUES ('x', 'y', '29990101000000_crashed', 'boom')`,
    );

    const run = applyMigrations(url);

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(/29990101000000_crashed .* failed:\nboom/);
    await expect(run).rejects.toThrow("prisma migrate resolve --rolled-back 29990101000000_crashed");
  });

  it("records a migration that commits its own transaction, as Prisma writes for enum changes", async () => {
    const dir = await copyOfCommittedMigrations();
    await addMigration(
      dir,
      "29990101000000_drop_enum_value",
      [
        // A table and enum of the test's own, so the app's schema can grow without breaking this.
        `CREATE TYPE "Mood" AS ENUM ('calm', 'tense', 'panic');`,
        `CREATE TABLE "MoodLog" ("mood" "Mood" NOT NULL);`,
        "-- AlterEnum",
        "BEGIN;",
        `CREATE TYPE "Mood_new" AS ENUM ('calm', 'tense');`,
        `ALTER TABLE "MoodLog" ALTER COLUMN "mood" TYPE "Mood_new" USING ("mood"::text::"Mood_new");`,
        `ALTER TYPE "Mood" RENAME TO "Mood_old";`,
        `ALTER TYPE "Mood_new" RENAME TO "Mood";`,
        `DROP TYPE "Mood_old";`,
        "COMMIT;",
      ].join("\n"),
    );
    const url = await createTestDatabase();

    const { applied } = await applyMigrations(url, { migrationsDir: dir });

    expect(applied).toContain("29990101000000_drop_enum_value");
    const row = (await migrationRows(url)).find((r) => r.migration_name === "29990101000000_drop_enum_value");
    expect(row?.finished_at).toBeInstanceOf(Date);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: [] });
  });
});

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

function migrationRows(url: string): Promise<MigrationRow[]> {
  return query<MigrationRow>(
    url,
    `SELECT id, migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
     FROM _prisma_migrations ORDER BY migration_name`,
  );
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const rows = await query<{ exists: boolean }>(url, "SELECT to_regclass($1) IS NOT NULL AS exists", [
    `public."${table}"`,
  ]);
  return rows[0]?.exists ?? false;
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function copyOfCommittedMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(scratch, "migrations-"));
  await cp(COMMITTED_MIGRATIONS, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
