import { describe, expect, it } from "vitest";
import { queryBatch } from "@/lib/database-batch";
import { getPool } from "@/lib/db";

describe("queryBatch", () => {
  it("sends values as literals that come back exactly as given, whatever they contain", async () => {
    const client = await getPool().connect();
    try {
      const nasty = [
        "it's",
        "back\\slash and \\' quote",
        '\'); DROP TABLE "AuditEvent"; --',
        "$1 and $2 stay text",
        "ünïcödé ✓ 🚀",
        "",
        "E'\\x00'",
      ];
      for (const value of nasty) {
        const [, result] = await queryBatch<{ a: string; b: string[]; c: number; d: null; e: boolean }>(
          client,
          ["SELECT 1", "SELECT $1::text AS a, $2::text[] AS b, $3::int AS c, $4::text AS d, $5::boolean AS e"],
          [value, [value, "x"], 42, null, true],
        );
        expect(result?.rows[0]).toEqual({ a: value, b: [value, "x"], c: 42, d: null, e: true });
      }
      const [empty] = await queryBatch<{ b: string[] }>(client, ["SELECT $1::text[] AS b"], [[]]);
      expect(empty?.rows[0]?.b).toEqual([]);
      await expect(queryBatch(client, ["SELECT $2"], ["only one"])).rejects.toThrow(/No value for \$2/);
      await expect(queryBatch(client, ["SELECT $1"], [Number.NaN])).rejects.toThrow(/Not a number/);
    } finally {
      client.release();
    }
  });

  it("runs BEGIN … COMMIT across batches on one connection", async () => {
    const client = await getPool().connect();
    try {
      await queryBatch(
        client,
        ["BEGIN", "CREATE TEMP TABLE batch_probe (v text) ON COMMIT DROP", "INSERT INTO batch_probe VALUES ($1)"],
        ["kept"],
      );
      const [seen] = await queryBatch<{ v: string }>(client, ["SELECT v FROM batch_probe", "COMMIT"]);
      expect(seen?.rows).toEqual([{ v: "kept" }]);
    } finally {
      client.release();
    }
  });
});

describe("prepared statements in a batch", () => {
  it("are prepared once per connection and take their values as quoted literals", async () => {
    const echo = { name: "lc_test_echo", types: ["text", "text[]"], text: "SELECT $1::text AS a, $2::text[] AS b" };
    const client = await getPool().connect();
    try {
      for (const value of ["plain", "it's \\ $1 '); DROP TABLE x; --"]) {
        const [, result] = await queryBatch<{ a: string; b: string[] }>(
          client,
          ["BEGIN", echo, "COMMIT"],
          [value, [value]],
        );
        expect(result?.rows[0]).toEqual({ a: value, b: [value] });
      }
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'lc_test_echo'",
      );
      expect(rows[0].n).toBe(1);
      await expect(queryBatch(client, [echo], ["only one"])).rejects.toThrow(/takes 2 values/);
    } finally {
      client.release();
    }
  });
});
