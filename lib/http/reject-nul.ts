import { AppError } from "@/lib/errors";

// PostgreSQL cannot store the NUL character in text (SQLSTATE 22021) nor compare it in an id (22P05),
// so a NUL anywhere in a request would reach the database as a 500. Refused once, here, for every door.
const NUL = "\u0000";

/** Throws 422 naming the first field (path parameter, query or JSON body) holding a NUL character. */
export function rejectNul(value: unknown, where: string): void {
  const found = findNul(value, where);
  if (found) {
    throw new AppError(
      "invalid",
      `${found} contains a NUL character (\\u0000), which cannot be stored; remove it and try again.`,
      {
        fields: { [found]: ["Contains a NUL character."] },
      },
    );
  }
}

function findNul(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) {
      const found = findNul(entry, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, entry] of Object.entries(value)) {
      if (key.includes(NUL)) return `${path} (a field name)`;
      const found = findNul(entry, path === "" ? key : `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}
