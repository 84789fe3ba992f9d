// The committed migrations must build exactly the database prisma/schema.prisma describes. A field added
// to the schema without `npm run db:new-migration` would pass type checks and fail only in production,
// on the first query that touches it; this catches it here.
import { readFile } from "node:fs/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/db";
import { applyMigrations } from "./apply-migrations";
import { diffSchemas } from "./schema-diff";

describe("schema drift", () => {
  it("the committed migrations produce exactly what schema.prisma describes", async () => {
    const fromMigrations = await createTestDatabase();
    await applyMigrations(fromMigrations);
    const fromSchema = await createTestDatabase();
    await execute(fromSchema, await diffSchemas(null, await readFile("prisma/schema.prisma", "utf8")));

    const [migrated, described] = await Promise.all([describeDatabase(fromMigrations), describeDatabase(fromSchema)]);

    expect(described.tables.length).toBeGreaterThan(0);
    const { enums: migratedEnums, ...migratedRest } = migrated;
    const { enums: describedEnums, ...describedRest } = described;
    expect(migratedRest, "schema.prisma has changes without a migration: npm run db:new-migration -- <name>").toEqual(
      describedRest,
    );
    // Prisma writes a new enum value as ADD VALUE, which appends it, wherever the schema lists it; the
    // database's order is what ORDER BY and comparisons use.
    expect(
      migratedEnums,
      "enum values differ (or differ in order): list a new value last in schema.prisma, or write its " +
        "migration as ALTER TYPE ... ADD VALUE 'x' AFTER 'y'",
    ).toEqual(describedEnums);
  });

  it("schema.migrated.prisma is the schema as of the newest migration", async () => {
    // new-migration diffs from this file: if it lags behind, the next migration repeats old changes.
    const [migrated, current] = await Promise.all([
      readFile("prisma/schema.migrated.prisma", "utf8"),
      readFile("prisma/schema.prisma", "utf8"),
    ]);
    expect(await diffSchemas(migrated, current)).toBe("");
  });
});

// What the application can observe of a schema, in a stable order. Column order is left out on purpose:
// a column added by a later migration comes last, where a fresh CREATE TABLE would put it in between.
async function describeDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async (sql: string) => (await client.query(sql)).rows;
    return {
      tables: await rows(`
        SELECT c.relname AS table
        FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
          AND c.relname <> '_prisma_migrations'
        ORDER BY 1`),
      columns: await rows(`
        SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
               a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default,
               a.attidentity AS identity, a.attgenerated AS generated
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
          AND c.relname <> '_prisma_migrations' AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY 1, 2`),
      enums: await rows(`
        SELECT t.typname AS enum, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = 'public'::regnamespace
        GROUP BY 1 ORDER BY 1`),
      indexes: await rows(`
        SELECT tablename AS table, indexname AS index, indexdef AS definition
        FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
        ORDER BY 1, 2`),
      constraints: await rows(`
        SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS type,
               pg_get_constraintdef(c.oid) AS definition, c.condeferrable AS deferrable
        FROM pg_constraint c
        WHERE c.connamespace = 'public'::regnamespace AND c.conrelid <> 0
          AND c.conrelid::regclass::text <> '_prisma_migrations'
        ORDER BY 1, 2`),
      sequences: await rows(`
        SELECT sequence_name AS sequence, data_type AS type, increment
        FROM information_schema.sequences WHERE sequence_schema = 'public'
        ORDER BY 1`),
      views: await rows(`
        SELECT viewname AS view, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1`),
    };
  } finally {
    await client.end();
  }
}

async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
