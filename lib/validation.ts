import { z } from "zod";

/** An instant as ISO 8601 text (with offset or Z), or null. Stays text in the schema so every door
 *  (HTTP, forms, OpenAPI) shares one shape; operations turn it into a Date with `toDate`. */
export const isoDateTimeOrNull = z.union([
  z.iso.datetime({ offset: true, error: "Use an ISO 8601 date-time, e.g. 2026-11-28T02:00:00+01:00." }),
  z.null(),
]);

export function toDate<T extends string | null | undefined>(value: T): T extends string ? Date : T extends null ? null : undefined;
export function toDate(value: string | null | undefined): Date | null | undefined {
  return typeof value === "string" ? new Date(value) : value;
}
