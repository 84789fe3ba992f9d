import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable, isRetryableConflict } from "@/lib/database-errors";
import { rejectNul } from "@/lib/http/reject-nul";
import { seqHeader, withChangeSeq } from "@/lib/realtime/change-seq";
import { assertWriteAllowed, SAFE_METHODS } from "@/lib/http/write-guard";
import { requestOrigin } from "@/lib/http/client-address";
import { requestAuthStore, type RequestAuth } from "@/lib/auth/request-auth";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { isApiTokenSecret } from "@/lib/tokens/token-secret";

type RouteContext<P> = { params: Promise<P> };

/**
 * What the API's boundary reads of a request. Next's NextRequest has it; so does the light request the
 * custom server builds for its direct doors (lib/http/answer-directly.ts), without a fetch Request.
 */
export type ApiRequest = {
  method: string;
  headers: { get(name: string): string | null };
  nextUrl: { searchParams: URLSearchParams };
  text(): Promise<string>;
};

/**
 * Wraps a route handler so every failure becomes a JSON answer a person can act on: 422 with field
 * messages for bad input, the AppError's own status, or a generic 500 with a request id (logged here,
 * never a stack trace to the client). State-changing requests must first pass the forgery check.
 */
export function handleRoute<P = Record<string, never>>(handler: (request: ApiRequest, params: P) => Promise<Response>) {
  return async (request: ApiRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      // Forgery check first: a refused write never reaches authentication, parsing or the database.
      const header = (name: string) => request.headers.get(name);
      assertWriteAllowed(request.method, header);
      const params = await context.params;
      rejectNul(params, "");
      rejectNul(Object.fromEntries(request.nextUrl.searchParams), "");
      const auth = await authenticateRequest(request.method, header);
      const { result, seq } = await requestAuthStore.run(auth, () => withChangeSeq(() => handler(request, params)));
      // A change's answer says which event it made, so the client can line it up with the live stream.
      if (seq !== undefined) trySetHeader(result, seqHeader, String(seq));
      // A change's answer is small and never reused: gzip (Next's default) cost more CPU per tick than
      // it saved bytes. no-transform tells Next's compression (and any proxy) to leave it as it is.
      if (!SAFE_METHODS.has(request.method.toUpperCase()) && !result.headers.has("cache-control"))
        trySetHeader(result, "Cache-Control", "no-store, no-transform");
      return result;
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A Bearer API token (`lcu_…`) acts as its owner, narrowed by its scope: a read token may only read.
 * Other Bearer values (a launch's metrics token) are left to the route that expects them.
 */
async function authenticateRequest(method: string, header: (name: string) => string | null): Promise<RequestAuth> {
  const origin = requestOrigin(header);
  const secret = /^Bearer\s+(\S+)$/i.exec(header("authorization") ?? "")?.[1];
  const cookieHeader = header("cookie") ?? undefined;
  if (!secret || !isApiTokenSecret(secret)) return { origin, cookieHeader };
  const token = await authenticateToken(secret);
  if (token.scope === "read" && !SAFE_METHODS.has(method.toUpperCase())) {
    throw new AppError("forbidden", "This API token is read-only; create a read + write token to make changes.");
  }
  return { origin, token, cookieHeader };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    const fields: Record<string, string[]> = {};
    for (const issue of error.issues) {
      const key = issue.path.join(".") || "body";
      (fields[key] ??= []).push(issue.message);
    }
    const summary = Object.entries(fields).map(([key, messages]) => `${key}: ${messages.join(" ")}`);
    return NextResponse.json(
      { error: `Invalid input. ${summary.join("; ")}`, code: "invalid", fields },
      { status: 422 },
    );
  }
  if (error instanceof AppError) {
    const retryAfter = error.details?.retryAfterSeconds;
    const headers = typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined;
    return NextResponse.json(
      { error: error.message, code: error.code, ...error.details },
      { status: error.status, headers },
    );
  }
  if (isDatabaseUnavailable(error) || isPrismaCode(error, "P2028")) {
    // The database is down or swamped: say so, so clients retry instead of reporting a bug.
    return NextResponse.json(
      { error: "The database is unreachable right now; retrying shortly should work.", code: "unavailable" },
      { status: 503 },
    );
  }
  if (isRetryableConflict(error)) {
    return NextResponse.json(
      { error: "Someone changed the same thing at the same moment; try again.", code: "conflict" },
      { status: 409 },
    );
  }
  if (isPrismaCode(error, "P2025")) {
    return NextResponse.json(
      { error: "That record no longer exists; reload and try again.", code: "not_found" },
      { status: 404 },
    );
  }
  const requestId = randomUUID();
  console.error(`[request ${requestId}]`, error);
  return NextResponse.json(
    { error: "Something went wrong on our side. Try again; if it keeps happening, report this id.", requestId },
    { status: 500 },
  );
}

/** The request's JSON body, or a 422 that says the body is not JSON (`optional`: an empty body is {}). */
export async function readJson(request: ApiRequest, { optional = false } = {}): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") {
    if (optional) return {};
    throw new AppError("invalid", "The request body is empty; send a JSON object.");
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON.");
  }
  rejectNul(body, "");
  return body;
}

// A handler may return a Response with immutable headers; the change has committed, so never fail on it.
function trySetHeader(response: Response, name: string, value: string) {
  try {
    response.headers.set(name, value);
  } catch {
    // Immutable headers: the client falls back to waiting for the event.
  }
}

const isPrismaCode = (error: unknown, code: string) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;

export const json = (body: unknown, status = 200) => NextResponse.json(body, { status });
