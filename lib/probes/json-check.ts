import { JSONPath } from "jsonpath-plus";

/** `expected` as JSON when it parses (`"ok"`, `200`, `true`), otherwise as the plain text it is. */
const expectedValue = (expected: string): unknown => {
  try {
    return JSON.parse(expected);
  } catch {
    return expected;
  }
};

const same = (actual: unknown, expected: unknown) =>
  JSON.stringify(actual) === JSON.stringify(expected) ||
  // A plain-text expectation matches a string or a number written the same way ("ok", 200).
  (typeof expected === "string" &&
    (typeof actual === "string" || typeof actual === "number") &&
    String(actual) === expected);

/**
 * Checks a value at a JSONPath in a response body: with `expected`, the first match must equal it;
 * without, the path must match something. Returns null when it holds, or why not.
 */
export function checkJsonPath(body: string, path: string, expected: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `The response is not JSON, so ${path} cannot be read.`;
  }
  let found: unknown[];
  try {
    found = JSONPath({ path, json: json as object, wrap: true, eval: false }) as unknown[];
  } catch (error) {
    return `The JSON path ${path} is not valid: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (found.length === 0) return `Nothing at ${path} in the response.`;
  if (!expected) return null;
  return same(found[0], expectedValue(expected))
    ? null
    : `Expected ${path} == ${expected}, got ${JSON.stringify(found[0])?.slice(0, 200)}.`;
}
