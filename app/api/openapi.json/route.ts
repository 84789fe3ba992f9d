import { buildOpenApiDocument } from "@/lib/openapi/document";
import { json } from "@/lib/http/handle-route";

// Generated from the zod schemas on first request; the schemas only change with a new build.
let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET() {
  cached ??= buildOpenApiDocument();
  return json(cached);
}
