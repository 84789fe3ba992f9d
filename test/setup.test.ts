import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "./db";

describe("test database setup", () => {
  it("gives every worker the run's migrated database as DATABASE_URL", async () => {
    expect(process.env.DATABASE_URL).toBe(inject("databaseUrl"));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(
        "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL",
      );
      expect(Number(rows[0]?.count)).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it("creates fresh databases, empty or migrated", async () => {
    const empty = await createTestDatabase();
    const migrated = await createTestDatabase({ migrated: true });
    expect(await tableNames(empty)).toEqual([]);
    expect(await tableNames(migrated)).toContain("Launch");
  });
});

async function tableNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}
