import { z } from "zod";
import type { ErrorCode } from "@/lib/errors";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/**
 * session: the next-auth cookie or an API token (what `requireApiActor` accepts); sessionOnly: the cookie, never an
 * API token (`requireSessionActor`: managing tokens, accounts and passwords); token: the launch's metrics token as a
 * bearer; public: nothing.
 */
export type RouteAuth = "session" | "sessionOnly" | "token" | "public";
export type MediaType = "application/json" | "text/csv" | "text/markdown";
export type RequestMediaType = "application/json" | "application/x-www-form-urlencoded";

/** 202: accepted, done later (a queued delivery); `upsert`: 201 when the body has no `id`, 200 when it changes one. */
export type SuccessStatus = 200 | 201 | 202 | "upsert";

/** `"/api/launches/{launchId}/items/{itemId}"` → `"launchId" | "itemId"`, so a call must name every id in the URL. */
export type PathParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;

/**
 * What one door of the API is, written once: the route handler (`serve`), the OpenAPI document and the
 * browser client are all derived from it. It holds only schemas and words, so the browser can import it;
 * the operation it calls is bound in the route file (`serve(route, operation)`), which only the server loads.
 */
export type RouteDefinition<
  Path extends string = string,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
  A extends RouteAuth = RouteAuth,
> = {
  method: HttpMethod;
  /** The URL as OpenAPI writes it: `/api/launches/{launchId}`. */
  path: Path;
  operationId: string;
  summary: string;
  description?: string;
  tag: RouteTag;
  auth: A;
  /** One schema per `{name}` in the path: a non-empty id unless the definition says otherwise. */
  params: z.ZodObject;
  query: Q;
  body: B;
  /** An empty body counts as `{}` (e.g. running a step needs no options). */
  bodyOptional: boolean;
  /** JSON, except next-auth's own form posts (documented, not served by `serve`). */
  requestMediaType: RequestMediaType;
  /** The success status; `upsert` answers 201 when the body has no `id` and 200 when it changes one. */
  status: SuccessStatus;
  response: R;
  mediaType: MediaType;
  /** Every failure this door can answer, each described by the shared error body… */
  errors: ErrorCode[];
  /** …unless the door answers a richer one (e.g. a 409 that says what to confirm). */
  errorBodies?: Partial<Record<ErrorCode, { description: string; schema: z.ZodType }>>;
};

export const routeTags = {
  Launches: "Launches: create, import, clone, edit, lifecycle",
  Team: "Who is on a launch and with which role",
  Checklist: "Sections and items of the readiness checklist",
  Timeline: "The cut-over runbook: steps, their runs and the forecast",
  Gates: "Go / no-go gates, sign-offs and acknowledgements",
  Monitoring: "Hypercare: success criteria, rollback triggers, checkpoints, metric pushes",
  Incidents: "Incidents logged during the go-live",
  Communications: "Scheduled stakeholder messages",
  Reports: "Exports and the post-launch report",
  Activity: "The audit trail and the realtime catch-up",
  Templates: "Built-in and saved plan templates",
  Integrations: "Outbound channels and their deliveries, the public status page, health probes",
  Accounts: "Instance accounts (admin), instance settings and your own password",
  Tokens: "API tokens and service accounts",
  Auth: "Signing in (next-auth)",
  System: "Health, the server clock and this document",
} as const;
export type RouteTag = keyof typeof routeTags;

type DefineInput<
  Path extends string,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
  A extends RouteAuth,
> = {
  method: HttpMethod;
  path: Path;
  operationId: string;
  summary: string;
  description?: string;
  tag: RouteTag;
  auth?: A;
  query?: Q;
  body?: B;
  bodyOptional?: boolean;
  requestMediaType?: RequestMediaType;
  status?: SuccessStatus;
  response: R;
  mediaType?: MediaType;
  /** Failures beyond the ones every door of its kind has (see `defaultErrors`). */
  errors?: ErrorCode[];
  errorBodies?: Partial<Record<ErrorCode, { description: string; schema: z.ZodType }>>;
  /** Path parameters that are not plain ids (e.g. an enum); the rest are read from `path`. */
  params?: Partial<Record<PathParamNames<Path>, z.ZodType>>;
};

const pathParamNames = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

// Path ids go straight into queries: an empty one can never match and says the URL was built wrong.
const idParam = (name: string) => z.string().min(1, `${name} is missing from the URL.`);

/**
 * The failures that follow from a door's shape, so each definition lists only its own: a session door can
 * answer 401, a door on a launch 403/404, a door with input 422 (500 is documented for every door).
 */
function defaultErrors(auth: RouteAuth, params: string[], hasInput: boolean): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (auth !== "public") codes.push("unauthenticated");
  if (auth === "session" && params.length > 0) codes.push("forbidden");
  // An API token is refused (403) where only a signed-in session may act.
  if (auth === "sessionOnly") codes.push("forbidden");
  if (params.length > 0) codes.push("not_found");
  if (hasInput) codes.push("invalid");
  return codes;
}

export function defineRoute<
  Path extends string,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
  A extends RouteAuth = "session",
>(input: DefineInput<Path, Q, B, R, A>): RouteDefinition<Path, Q, B, R, A> {
  const names = pathParamNames(input.path);
  const given = (input.params ?? {}) as Record<string, z.ZodType>;
  const params = z.object(Object.fromEntries(names.map((name) => [name, given[name] ?? idParam(name)])));
  const auth = (input.auth ?? "session") as A;
  const errors = [
    ...new Set([...defaultErrors(auth, names, Boolean(input.body || input.query)), ...(input.errors ?? [])]),
  ];
  return {
    ...input,
    auth,
    params,
    query: input.query as Q,
    body: input.body as B,
    bodyOptional: input.bodyOptional ?? false,
    requestMediaType: input.requestMediaType ?? "application/json",
    status: input.status ?? 200,
    mediaType: input.mediaType ?? "application/json",
    errors,
  };
}

export type AnyRoute = RouteDefinition<string, z.ZodObject | undefined, z.ZodType | undefined, z.ZodType, RouteAuth>;
export type RouteParams<T extends AnyRoute> = Record<PathParamNames<T["path"]>, string>;
export type RouteQuery<T extends AnyRoute> = T["query"] extends z.ZodType ? z.input<T["query"]> : undefined;
export type RouteBody<T extends AnyRoute> = T["body"] extends z.ZodType ? z.input<T["body"]> : undefined;
/** What the operation receives from the request: path ids, the parsed query and the parsed body. */
export type RouteInput<T extends AnyRoute> = Record<PathParamNames<T["path"]>, string> &
  (T["query"] extends z.ZodType ? z.output<T["query"]> : unknown) &
  (T["body"] extends z.ZodType ? z.output<T["body"]> : unknown);
export type RouteResponse<T extends AnyRoute> = z.infer<T["response"]>;
