import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type RouteConfig,
} from "@asteasolutions/zod-to-openapi";
import { routeTags, type AnyRoute } from "@/lib/api/define-route";
import { allRoutes } from "@/lib/api/routes";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { errorBody, serverErrorBody } from "@/lib/openapi/api-schemas";

const errorWords: Record<ErrorCode, string> = {
  unauthenticated: "Not signed in, or the token is missing, unknown, revoked or expired",
  forbidden: "Not allowed for your role or token scope, or the write came from another origin",
  unsupported_media_type: "A write whose body is not application/json",
  not_found: "Unknown id",
  conflict: "Conflict with the current state",
  invalid: "Invalid input (including a NUL character in any field or path id): `fields` says what to change",
  rate_limited: "Too many requests; see Retry-After",
  unavailable: 'The database is unreachable right now (`code: "unavailable"`); retry shortly',
};

const security: Record<AnyRoute["auth"], RouteConfig["security"]> = {
  session: [{ session: [] }, { token: [] }],
  sessionOnly: [{ session: [] }],
  token: [{ metricsToken: [] }],
  public: [],
};

const launchSeqHeader = {
  "Launch-Seq": {
    description: "The seq of the live event this change made (absent for a no-op)",
    schema: { type: "integer" as const },
  },
};

function successResponse(route: AnyRoute): Record<number, ResponseConfig> {
  const content = {
    content: { [route.mediaType]: { schema: route.response } },
    ...(route.method !== "GET" && { headers: launchSeqHeader }),
  };
  if (route.status === "upsert")
    return { 201: { description: "Created", ...content }, 200: { description: "Changed", ...content } };
  const description =
    route.status === 201 ? "Created" : route.status === 202 ? "Accepted (done in the background)" : "Success";
  return { [route.status]: { description, ...content } };
}

function errorResponses(route: AnyRoute): Record<number, ResponseConfig> {
  const responses: Record<number, ResponseConfig> = {};
  for (const code of route.errors) {
    // The health check answers 503 with its own body (which part is down), not the error body.
    const special = route.errorBodies?.[code];
    const schema =
      route.operationId === "checkHealth" && code === "unavailable" ? route.response : (special?.schema ?? errorBody);
    responses[errorStatus[code]] = {
      description: special?.description ?? errorWords[code],
      content: { "application/json": { schema } },
    };
  }
  // Any write may be refused for its content type (415) before anything else.
  if (route.method !== "GET" && route.body) {
    responses[errorStatus.unsupported_media_type] = {
      description: errorWords.unsupported_media_type,
      content: { "application/json": { schema: errorBody } },
    };
  }
  // Any door that reads the database answers 503 while it is unreachable.
  if (route.auth !== "public" && !responses[errorStatus.unavailable]) {
    responses[errorStatus.unavailable] = {
      description: errorWords.unavailable,
      content: { "application/json": { schema: errorBody } },
    };
  }
  responses[500] = {
    description: "Unexpected failure (logged on the server under `requestId`)",
    content: { "application/json": { schema: serverErrorBody } },
  };
  return responses;
}

function registerRoute(registry: OpenAPIRegistry, route: AnyRoute) {
  registry.registerPath({
    method: route.method.toLowerCase() as RouteConfig["method"],
    path: route.path,
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description && { description: route.description }),
    tags: [route.tag],
    security: security[route.auth],
    request: {
      ...(Object.keys(route.params.shape).length > 0 && { params: route.params }),
      ...(route.query && { query: route.query }),
      ...(route.body && {
        body: { content: { [route.requestMediaType]: { schema: route.body } }, required: !route.bodyOptional },
      }),
    },
    responses: { ...successResponse(route), ...errorResponses(route) },
  });
}

/** The OpenAPI 3.1 document, generated from the route definitions every handler is built from. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "next-auth.session-token",
    description:
      "The next-auth session cookie, set by POST /api/auth/callback/credentials (`__Secure-` prefixed over HTTPS).",
  });
  registry.registerComponent("securitySchemes", "metricsToken", {
    type: "http",
    scheme: "bearer",
    description: "A launch's metrics push token (POST /api/launches/{launchId}/metrics-token), for monitoring systems.",
  });
  registry.registerComponent("securitySchemes", "token", {
    type: "http",
    scheme: "bearer",
    description: "An API token (lcu_…): its owner's permissions, narrowed by its scope (read: GET only).",
  });
  for (const route of allRoutes) registerRoute(registry, route);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Launch Control API",
      version: "1.0.0",
      description:
        "The JSON API the Launch Control UI uses. Authenticate with the session cookie from /api/auth (next-auth), " +
        "or with `Authorization: Bearer <API token>` (create one on /account). Writes with a session must come from the app's own origin " +
        "and send `Content-Type: application/json`. " +
        "Live updates: socket.io on the same origin, event `launch:event` after `launch:join`.",
    },
    // Relative: each self-hosted instance serves its own document, so its API is on the same origin.
    servers: [{ url: "/", description: "The Launch Control server that serves this document" }],
    tags: Object.entries(routeTags).map(([name, description]) => ({ name, description })),
  });
}
