import type { PoolClient, QueryResult, QueryResultRow } from "pg";

type Value = string | number | boolean | null | string[];

/**
 * A statement PostgreSQL plans once per connection (PREPARE) and then only executes: planning a
 * statement with a few joins costs more than running it. `types` are its parameters' types, in order.
 */
export type Prepared = { name: string; types: string[]; text: string };

// Which prepared statements each pooled connection already has (a new connection is a new client).
const preparedOn = new WeakMap<PoolClient, Set<string>>();

/** Prepares the statements this connection does not have yet (one round trip each, once per connection). */
export async function ensurePrepared(client: PoolClient, ...statements: Prepared[]): Promise<void> {
  for (const statement of statements) await prepareOne(client, statement);
}

async function prepareOne(client: PoolClient, statement: Prepared): Promise<void> {
  const done = preparedOn.get(client) ?? new Set<string>();
  preparedOn.set(client, done);
  if (done.has(statement.name)) return;
  if (!/^\w+$/.test(statement.name)) throw new Error(`Not a statement name: ${statement.name}`);
  await client.query(`PREPARE ${statement.name}(${statement.types.join(", ")}) AS ${statement.text}`);
  done.add(statement.name);
}

/**
 * Sends several statements in one round trip (PostgreSQL's simple query protocol, which takes no
 * parameters): `$1`, `$2`… in the statements are replaced by the values as quoted literals, quoted by
 * the driver's own escapeLiteral. Used where a round trip is a large share of a change's latency, e.g.
 * `BEGIN` with the statement that takes the launch's lock, or the write with its `COMMIT`. A `Prepared`
 * statement runs as `EXECUTE name(…)` with the first `types.length` values (prepared on first use).
 */
export async function queryBatch<R extends QueryResultRow = QueryResultRow>(
  client: PoolClient,
  statements: (string | Prepared)[],
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
  for (const statement of statements) if (typeof statement !== "string") await ensurePrepared(client, statement);
  const text = statements
    .map((statement) =>
      typeof statement !== "string"
        ? `EXECUTE ${statement.name}(${executeArguments(statement, values).map(literal).join(", ")})`
        : statement.replace(/\$(\d+)/g, (_, index: string) => {
            const position = Number(index) - 1;
            if (position < 0 || position >= values.length) throw new Error(`No value for $${index}`);
            return literal(values[position]!);
          }),
    )
    .join(";\n");
  const results = (await client.query(text)) as unknown as QueryResult<R> | QueryResult<R>[];
  return Array.isArray(results) ? results : [results];
}

function executeArguments(statement: Prepared, values: Value[]): Value[] {
  if (values.length < statement.types.length)
    throw new Error(`${statement.name} takes ${statement.types.length} values; ${values.length} given`);
  return values.slice(0, statement.types.length);
}
