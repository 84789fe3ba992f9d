import { serve } from "@/lib/api/serve";
import { openApiRoute } from "@/lib/api/routes/system";
import { buildOpenApiDocument } from "@/lib/openapi/document";

// Generated from the route definitions on first request; they only change with a new build.
let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = serve(openApiRoute, () => (cached ??= buildOpenApiDocument()));
