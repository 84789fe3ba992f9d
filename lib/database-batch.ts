import type { PoolClient, QueryResult, QueryResultRow } from "pg";

type Value = string | number | boolean | null | string[];

/**
 * Sends several statements in one round trip (PostgreSQL's simple query protocol, which takes no
 * parameters): `$1`, `$2`… in the statements are replaced by the values as quoted literals, quoted by
 * the driver's own escapeLiteral. Used where a round trip is a large share of a change's latency, e.g.
 * `BEGIN` with the statement that takes the launch's lock, or the write with its `COMMIT`.
 */
export async function queryBatch<R extends QueryResultRow = QueryResultRow>(
  client: PoolClient,
  statements: string[],
  values: Value[] = [],
): Promise<QueryResult<R>[]> {
  const literal = (value: Value): string => {
    if (value === null) return "NULL";
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Error(`Not a number for SQL: ${value}`);
      return String(value);
    }
    if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(", ")}]::text[]`;
    return client.escapeLiteral(value);
  };
  const text = statements
    .map((statement) =>
      statement.replace(/\$(\d+)/g, (_, index: string) => {
        const position = Number(index) - 1;
        if (position < 0 || position >= values.length) throw new Error(`No value for $${index}`);
        return literal(values[position]!);
      }),
    )
    .join(";\n");
  const results = (await client.query(text)) as unknown as QueryResult<R> | QueryResult<R>[];
  return Array.isArray(results) ? results : [results];
}
