// The SQL that takes a database from one schema.prisma to another, computed by Prisma's own schema engine
// (the WebAssembly build), so migrations read exactly like `prisma migrate dev` output. Prisma's CLI
// would download a native engine at start-up; this works offline and needs no database.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";

/** What a schema with no models diffs as: Prisma's view of a fresh database. */
const EMPTY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export class SchemaDiffError extends Error {
  override name = "SchemaDiffError";
}

/**
 * SQL to go from `from` (schema.prisma text, or null for an empty database) to `to`.
 * Returns "" when the two describe the same database.
 */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  const engine = await openSchemaEngine();
  try {
    const result = await engine.diff({
      from: datamodel(from ?? EMPTY_SCHEMA),
      to: datamodel(to),
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    // exitCode 2 means "there is a difference"; the script for no difference is only a comment.
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } catch (error) {
    throw new SchemaDiffError(`Prisma could not diff the schemas:\n${messageOf(error)}`, { cause: error });
  } finally {
    engine.free();
  }
}

function datamodel(content: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
}

let instantiated: Promise<void> | undefined;

// The package's entry imports the .wasm as an ES module, which Node 20 cannot do: wire it up by hand,
// once per process (the bindings keep the instance in module state).
function instantiateWasm(): Promise<void> {
  instantiated ??= (async () => {
    // The package does not export the .wasm path; it sits beside the bindings it belongs to.
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
    const compiled = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": engineBindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return instantiated;
}

/**
 * Prisma's schema engine, offline unless given a real adapter (e.g. `new PrismaPg(url)` from
 * @prisma/adapter-pg, to check migration history the way Prisma does). Call `free()` when done.
 */
export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory = offlineAdapterFactory(),
): Promise<SchemaEngine> {
  await instantiateWasm();
  const ignoreEngineLogs = () => {};
  return engineBindings.SchemaEngine.new(
    { datamodels: undefined },
    ignoreEngineLogs,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "launch-control-offline",
    connect: async () => offlineAdapter(),
    connectToShadowDb: async () => offlineAdapter(),
  };
}

// The engine always opens a connection and asks the server's version, even for a diff between two
// schema files. Answer that one question as a PostgreSQL with a `public` schema; anything else would
// mean the engine wants a real database, which a schema-to-schema diff must never need, so it throws.
function offlineAdapter(): SqlDriverAdapter {
  const refuse = (what: string) => () =>
    Promise.reject(new SchemaDiffError(`schema-diff has no database, but the engine tried to ${what}`));
  return {
    provider: "postgres",
    adapterName: "launch-control-offline",
    async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      if (!/\bversion\(\)/.test(query.sql)) return refuse(`run: ${query.sql}`)();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 18.0", 180000]],
      };
    },
    executeRaw: refuse("execute SQL"),
    executeScript: refuse("execute a script"),
    startTransaction: refuse("start a transaction"),
    dispose: async () => {},
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
