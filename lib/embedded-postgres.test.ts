import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "launch-control-pg-"));
  await chmod(root, 0o755); // as root, the server runs as `postgres` and must reach its directory
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

it("keeps its data across a stop and a start on the same directory", async () => {
  const dataDir = path.join(root, "nested", "data");
  const first = await startEmbeddedPostgres({ dataDir });
  try {
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
  } finally {
    await first.stop();
  }

  const second = await startEmbeddedPostgres({ dataDir });
  try {
    expect(new URL(second.url).pathname).toBe("/launch_control");
    expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
  } finally {
    await second.stop();
  }
});

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return Array.isArray(result) ? [] : result.rows;
  } finally {
    await client.end();
  }
}
