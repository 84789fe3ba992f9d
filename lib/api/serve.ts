import { handleRoute, json, readJson, type ApiRequest } from "@/lib/http/handle-route";
import { requireApiActor, requireSessionActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { AnyRoute, RouteInput } from "@/lib/api/define-route";

/** What the bound operation receives: the route's input, plus who asks (session) or the bearer token (token). */
export type ServedInput<T extends AnyRoute> = RouteInput<T> &
  (T["auth"] extends "session" | "sessionOnly"
    ? { actor: Actor }
    : T["auth"] extends "token"
      ? { token: string }
      : unknown);

type Operation<T extends AnyRoute> = (input: ServedInput<T>) => Promise<unknown> | unknown;

/** A route handler built from its definition: the four things a handler does, written once. */
export type ServedHandler = ReturnType<typeof handleRoute<Record<string, string>>> & { route: AnyRoute };

/**
 * The route handler for a definition: authenticate as the definition says, parse path, query and body with
 * its schemas (ZodError → 422 through handleRoute), call the operation, and answer with the definition's
 * status. An operation that builds its own Response (a download, a 503 health) has it sent as is.
 */
export function serve<T extends AnyRoute>(route: T, operation: Operation<T>): ServedHandler {
  const handler = handleRoute<Record<string, string>>(async (request, rawParams) => {
    const input = await readInput(route, request, rawParams);
    const result = await operation(input as ServedInput<T>);
    if (result instanceof Response) return result;
    const status = route.status === "upsert" ? (hasId(input) ? 200 : 201) : route.status;
    return json(result, status);
  });
  return Object.assign(handler, { route });
}

/**
 * One route file serving several definitions told apart by a path segment, e.g. `steps/[stepId]/[action]`
 * for start / complete / skip / fail / reopen, each its own documented operation.
 */
export function serveByParam<K extends string, T extends AnyRoute>(
  param: K,
  routes: Record<string, T>,
  operation: (input: ServedInput<T>, value: string) => Promise<unknown>,
  unknownMessage: (value: string) => string,
): ServedHandler {
  const handlers = Object.fromEntries(
    Object.entries(routes).map(([value, route]) => [value, serve(route, (input) => operation(input, value))]),
  );
  const handler = handleRoute<Record<string, string>>(async (request, params) => {
    const value = params[param] ?? "";
    const chosen = Object.hasOwn(handlers, value) ? handlers[value] : undefined;
    if (!chosen) throw new AppError("not_found", unknownMessage(value));
    return chosen(request, { params: Promise.resolve(params) });
  });
  return Object.assign(handler, { route: Object.values(routes)[0]!, routes: Object.values(routes) });
}

async function readInput(route: AnyRoute, request: ApiRequest, rawParams: Record<string, string>) {
  const auth =
    route.auth === "session"
      ? { actor: await requireApiActor() }
      : route.auth === "sessionOnly"
        ? { actor: await requireSessionActor() }
        : route.auth === "token"
          ? { token: bearerToken(request) }
          : {};
  const body = route.body ? await readJson(request, { optional: route.bodyOptional }) : undefined;
  return {
    ...parseRouteInput(route, { params: rawParams, query: Object.fromEntries(request.nextUrl.searchParams), body }),
    ...auth,
  };
}

/** The operation's input from raw path ids, query and body, each parsed with the definition's schema. */
export function parseRouteInput(
  route: AnyRoute,
  raw: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown },
) {
  const params = route.params.parse(raw.params ?? {});
  const query = route.query ? route.query.parse(raw.query ?? {}) : {};
  const body = route.body ? route.body.parse(raw.body ?? {}) : {};
  return { ...(body as object), ...(query as object), ...params };
}

function bearerToken(request: ApiRequest): string {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!token) throw new AppError("unauthenticated", "Send the token in the header: Authorization: Bearer <token>.");
  return token;
}

const hasId = (input: object) => typeof (input as { id?: unknown }).id === "string";
