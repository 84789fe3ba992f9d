import type { NextRequest } from "next/server";
import type { z } from "zod";

/** The request's query string parsed with a shared schema (ZodError → 422 via handleRoute). */
export function parseQuery<S extends z.ZodType>(request: NextRequest, schema: S): z.infer<S> {
  return schema.parse(Object.fromEntries(request.nextUrl.searchParams));
}
