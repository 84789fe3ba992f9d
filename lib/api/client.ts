import type { z } from "zod";
import type {
  AnyRoute,
  HttpMethod,
  PathParamNames,
  RouteBody,
  RouteQuery,
  RouteResponse,
} from "@/lib/api/define-route";
import { allRoutes } from "@/lib/api/routes";

/** The server's refusal as it sent it: `error` always holds words a person can act on. */
export type ApiError = { error: string; code?: string; fields?: Record<string, string[]>; [key: string]: unknown };

/** The browser's side of the API: the parsed answer or the server's own message — never thrown. */
/** `seq`: the live event a change made (Launch-Seq header), so the page applies it in order. */
export type ApiAnswer<T = unknown> =
  | { ok: true; status: number; body: T; seq: number | null }
  | { ok: false; status: number; error: string; body: ApiError };

type ParamsArg<T extends AnyRoute> = [PathParamNames<T["path"]>] extends [never]
  ? { params?: undefined }
  : { params: Record<PathParamNames<T["path"]>, string> };
type BodyArg<T extends AnyRoute> = T["body"] extends z.ZodType
  ? T["bodyOptional"] extends true
    ? { body?: RouteBody<T> }
    : { body: RouteBody<T> }
  : { body?: undefined };
export type CallInput<T extends AnyRoute> = ParamsArg<T> & BodyArg<T> & { query?: RouteQuery<T> };

const OFFLINE = "No connection to the server; check your network and try again.";
const CUT_OFF = "The server's answer was cut off (it may be restarting); try again.";
const checkAnswers = process.env.NODE_ENV !== "production";

/** The URL of a door: ids filled into its path (encoded), then the query without empty values. */
export function routeUrl(
  route: AnyRoute,
  params: Record<string, string> = {},
  query: Record<string, unknown> = {},
): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== "") search.append(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Call one door by its definition: `callApi(updateItemRoute, { params: { launchId, itemId }, body })`.
 * The body type, the ids and the answer's type all come from the definition.
 */
export async function callApi<T extends AnyRoute>(route: T, input: CallInput<T>): Promise<ApiAnswer<RouteResponse<T>>> {
  const { params, query, body } = input as {
    params?: Record<string, string>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  const answer = await send(route.method, routeUrl(route, params, query), body, route.mediaType !== "application/json");
  if (checkAnswers) checkAnswer(route, answer);
  return answer as ApiAnswer<RouteResponse<T>>;
}

/**
 * A request by method and URL, for callers that build URLs themselves (and `sendJson`, its adapter).
 * The answer is still checked against the definition of the door the URL leads to.
 */
export async function apiRequest<T = unknown>(method: HttpMethod, url: string, body?: unknown): Promise<ApiAnswer<T>> {
  const answer = await send(method, url, body, false);
  if (checkAnswers) {
    const route = findRoute(method, url);
    if (route) checkAnswer(route, answer);
  }
  return answer as ApiAnswer<T>;
}

async function send(method: HttpMethod, url: string, body: unknown, asText: boolean): Promise<ApiAnswer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      cache: "no-store",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: OFFLINE, body: { error: OFFLINE } };
  }
  const seqHeader = response.headers.get("Launch-Seq");
  const seq = seqHeader === null ? null : Number(seqHeader);
  // The body can still fail after the headers: the server stopping mid-answer cuts it off.
  const text = await response.text().catch(() => null);
  if (text === null) return { ok: false, status: 0, error: CUT_OFF, body: { error: CUT_OFF } };
  if (response.ok && asText) return { ok: true, status: response.status, body: text, seq };
  const parsed = parseJson(text);
  if (response.ok) {
    // A success whose body is not the JSON it promised is not a success a caller can use.
    if (parsed === undefined) return { ok: false, status: 0, error: CUT_OFF, body: { error: CUT_OFF } };
    return { ok: true, status: response.status, body: parsed, seq };
  }
  const fields = parsed ?? {};
  const error = typeof fields.error === "string" ? fields.error : `The server answered ${response.status}; try again.`;
  return { ok: false, status: response.status, error, body: { ...fields, error } };
}

/** The answer's JSON object ({} for an empty body), or undefined when it is not JSON. */
function parseJson(text: string): Record<string, unknown> | undefined {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const patterns = allRoutes.map((route) => ({
  route,
  pattern: new RegExp(`^${route.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")}$`),
}));

/** The definition a method and URL lead to (a literal segment wins over an id, as the router does). */
export function findRoute(method: string, url: string): AnyRoute | undefined {
  const path = url.split("?")[0]!;
  const matching = patterns.filter((entry) => entry.route.method === method && entry.pattern.test(path));
  return matching.sort((a, b) => (a.route.path.match(/\{/g)?.length ?? 0) - (b.route.path.match(/\{/g)?.length ?? 0))[0]
    ?.route;
}

/**
 * In development and tests, an answer that does not match its definition is reported at once, naming the
 * door and the fields — the contract drifted from the server. The answer itself is passed on unchanged.
 */
function checkAnswer(route: AnyRoute, answer: ApiAnswer) {
  if (!answer.ok || route.mediaType !== "application/json") return;
  const result = route.response.safeParse(answer.body);
  if (result.success) return;
  const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
  console.error(
    `[api] ${route.method} ${route.path} (${route.operationId}) answered a body its definition does not describe: ${issues.join("; ")}`,
  );
}
