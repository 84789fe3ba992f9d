// The short list of failures an operation may report, and the HTTP status each maps to.
// Specifics go in the message, which must tell a person what to do.
export const errorStatus = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra facts a client can act on, e.g. the current state of a record after a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const forbidden = (message: string) => new AppError("forbidden", message);

/**
 * Refuses a field edit based on an older version than the server's (409), with the record's current
 * state so the client can show it and retry. No version sent: the schema already decided none is needed.
 */
export function requireCurrentVersion(
  sent: number | undefined,
  current: { version: number },
  what: string,
  view: unknown,
) {
  if (sent !== undefined && sent !== current.version) {
    throw new AppError("conflict", `Someone else changed ${what} first; review its current state and try again.`, {
      current: view,
    });
  }
}
