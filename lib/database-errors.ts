// How a failure from PostgreSQL (through Prisma and adapter-pg) should be treated. Kept apart from
// lib/errors.ts so that file stays free of database imports (the browser bundle uses it).

// SQLSTATE 40001 (serialization failure) and 40P01 (deadlock): the transaction did nothing and may
// simply be run again. Prisma reports both as P2034.
const retryableStates = new Set(["40001", "40P01"]);
// Connection refused / reset / timed out, the server shutting down or not accepting connections,
// or Prisma's own "cannot reach the database" codes.
const unavailableStates = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006"]);
const unavailableNodeCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
]);
const unavailablePrismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const unavailableMessages =
  /Connection terminated|connect ECONNREFUSED|Can't reach database|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|server closed the connection/i;

type Fields = {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: unknown;
  name?: unknown;
};

/** Every object in the error's cause chain (Prisma wraps the driver's error, which wraps pg's). */
function chain(error: unknown): Fields[] {
  const seen: Fields[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && seen.length < 8 && !seen.includes(current as Fields)) {
    seen.push(current as Fields);
    const fields = current as Fields;
    current = fields.cause ?? (fields.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  }
  return seen;
}

const codesOf = (fields: Fields) =>
  [fields.code, fields.originalCode, (fields.cause as Fields | undefined)?.originalCode].filter(
    (code): code is string => typeof code === "string",
  );

export function isRetryableConflict(error: unknown): boolean {
  return chain(error).some(
    (fields) =>
      fields.code === "P2034" ||
      fields.kind === "TransactionWriteConflict" ||
      codesOf(fields).some((code) => retryableStates.has(code)),
  );
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some(
    (fields) =>
      fields.name === "PrismaClientInitializationError" ||
      fields.kind === "DatabaseNotReachable" ||
      fields.kind === "ConnectionClosed" ||
      codesOf(fields).some(
        (code) => unavailableStates.has(code) || unavailableNodeCodes.has(code) || unavailablePrismaCodes.has(code),
      ) ||
      (typeof fields.message === "string" && unavailableMessages.test(fields.message)),
  );
}
