import { z } from "zod";

/** An instant as ISO 8601 text (with offset or Z), or null. Stays text in the schema so every door
 *  (HTTP, forms, OpenAPI) shares one shape; operations turn it into a Date with `toDate`. */
export const isoDateTimeOrNull = z.union([
  z.iso.datetime({ offset: true, error: "Use an ISO 8601 date-time, e.g. 2026-11-28T02:00:00+01:00." }),
  z.null(),
]);

export function toDate<T extends string | null | undefined>(
  value: T,
): T extends string ? Date : T extends null ? null : undefined;
export function toDate(value: string | null | undefined): Date | null | undefined {
  return typeof value === "string" ? new Date(value) : value;
}

/**
 * For update schemas: changing an existing record's fields needs the `version` the client last saw, so
 * a concurrent edit is answered 409 instead of silently overwritten. `transitions` (e.g. an item's
 * status) are checked against the current state instead and need no version.
 */
export function versionRequiredForFields(transitions: readonly string[] = []) {
  return (
    input: Record<string, unknown>,
    context: { addIssue: (issue: { code: "custom"; path: string[]; message: string }) => void },
  ) => {
    const fields = Object.keys(input).filter(
      (key) => key !== "version" && input[key] !== undefined && !transitions.includes(key),
    );
    if (fields.length > 0 && input.version === undefined) {
      context.addIssue({
        code: "custom",
        path: ["version"],
        message: `version is required when changing ${fields.join(", ")}: send the version you last read (a stale one is answered 409 with the current state).`,
      });
    }
  };
}

/** The version of a record the client last read, sent back with an edit of it. */
export const versionField = z
  .number({ error: "version must be a number: the version of the record you last read." })
  .int()
  .positive()
  .optional();

/**
 * For save (create-or-update) schemas: updating an existing record (an `id` is given) replaces its
 * fields, so it needs the `version` the client last saw; creating one needs none.
 */
export function versionRequiredWithId(
  input: { id?: string; version?: number },
  context: { addIssue: (issue: { code: "custom"; path: string[]; message: string }) => void },
) {
  if (input.id !== undefined && input.version === undefined) {
    context.addIssue({
      code: "custom",
      path: ["version"],
      message:
        "version is required when changing an existing record (an id is given): send the version you last read (a stale one is answered 409 with the current state).",
    });
  }
}
