// applyMigrations stands in for `prisma migrate deploy`; Prisma's own engine must agree with what it
// records, or `prisma migrate status|deploy|resolve` would misbehave on a machine that has the engine.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/db";
import { applyMigrations } from "./apply-migrations";
import { openSchemaEngine } from "./schema-diff";

const COMMITTED_MIGRATIONS = path.resolve("prisma/migrations");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

describe("Prisma's schema engine and applyMigrations", () => {
  it("Prisma sees the history applyMigrations wrote as its own, and notices an edited file", async () => {
    const url = await createTestDatabase();
    await applyMigrations(url);
    const migrations = await migrationList(COMMITTED_MIGRATIONS);

    await withPrismaEngine(url, async (engine) => {
      const diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList: migrations,
        optInToShadowDatabase: false,
        filters: NO_FILTERS,
      });
      expect(diagnosis).toEqual({
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: true,
        history: null,
      });
      expect(await engine.applyMigrations({ migrationsList: migrations, filters: NO_FILTERS })).toEqual({
        appliedMigrationNames: [],
      });
    });

    const dir = await mkdtemp(path.join(os.tmpdir(), "launch-control-compat-"));
    try {
      await cp(COMMITTED_MIGRATIONS, dir, { recursive: true });
      const first = migrations.migrationDirectories[0]!.path;
      await writeFile(path.join(dir, first, "migration.sql"), "-- edited\n", { flag: "a" });
      const edited = await migrationList(dir);
      await withPrismaEngine(url, async (engine) => {
        const diagnosis = await engine.diagnoseMigrationHistory({
          migrationsList: edited,
          optInToShadowDatabase: false,
          filters: NO_FILTERS,
        });
        expect(diagnosis.editedMigrationNames).toEqual([first]);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("applyMigrations sees the history Prisma wrote as its own", async () => {
    const url = await createTestDatabase();
    const migrations = await migrationList(COMMITTED_MIGRATIONS);
    await withPrismaEngine(url, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: migrations,
        filters: NO_FILTERS,
      });
      expect(appliedMigrationNames).toEqual(migrations.migrationDirectories.map((d) => d.path));
    });

    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });
});

async function withPrismaEngine(url: string, run: (engine: SchemaEngine) => Promise<void>): Promise<void> {
  // Our own pool, so that ending it closes the session that holds Prisma's advisory lock.
  const pool = new pg.Pool({ connectionString: url });
  const engine = await openSchemaEngine(new PrismaPg(pool));
  try {
    await run(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

// What Prisma's CLI hands the engine: every migration folder with its script, read from disk.
async function migrationList(baseDir: string): Promise<MigrationList> {
  const entries = await readdir(baseDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: lockPath, content: await readFile(lockPath, "utf8") },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}
