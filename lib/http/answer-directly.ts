import type { IncomingMessage, ServerResponse } from "node:http";
import { matchDirectRoute, type DirectRoute } from "@/lib/http/direct-routes";
import { errorResponse, type ApiRequest } from "@/lib/http/handle-route";
import { apiSecurityHeaders } from "@/lib/http/security-headers";

// A tick's body is a few hundred bytes; an item's longest details are far below this.
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Answers a request whose route is one of the direct routes (lib/http/direct-routes.ts) without Next;
 * false when it is not one, and Next answers it.
 */
export function answerDirectly(request: IncomingMessage, response: ServerResponse): boolean {
  const queryAt = request.url?.indexOf("?") ?? -1;
  const pathname = queryAt >= 0 ? request.url!.slice(0, queryAt) : (request.url ?? "");
  const match = matchDirectRoute(request.method, pathname);
  if (!match) return false;
  void answer(request, response, match.route, match.params);
  return true;
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  route: DirectRoute,
  params: Record<string, string>,
) {
  let answered: Response;
  try {
    const body = await readBody(request);
    if (body === null) {
      answered = Response.json(
        { error: `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`, code: "too_large" },
        { status: 413 },
      );
    } else {
      const queryAt = request.url?.indexOf("?") ?? -1;
      const light: ApiRequest = {
        method: request.method ?? "GET",
        headers: { get: (name) => headerValue(request, name) },
        nextUrl: { searchParams: new URLSearchParams(queryAt >= 0 ? request.url!.slice(queryAt + 1) : "") },
        // As fetch's text() does: UTF-8, a byte-order mark dropped, bad bytes replaced.
        text: async () => utf8.decode(body),
      };
      answered = await route.handler(light, { params: Promise.resolve(params) });
    }
  } catch (error) {
    // The client went away mid-body, or something below handleRoute's own net failed.
    if (request.destroyed) return;
    answered = errorResponse(error);
  }
  await send(response, answered);
}

async function send(response: ServerResponse, answered: Response) {
  const payload = Buffer.from(await answered.arrayBuffer());
  for (const [name, value] of apiSecurityHeaders()) response.setHeader(name, value);
  answered.headers.forEach((value, name) => {
    if (name !== "set-cookie") response.setHeader(name, value);
  });
  const cookies = answered.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader("set-cookie", cookies);
  response.setHeader("content-length", payload.length);
  response.writeHead(answered.status);
  response.end(payload);
}

const utf8 = new TextDecoder();

/** A request header as fetch's Headers.get gives it: null when absent, repeated values joined. */
function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The body, or null when it is larger than allowed (then the rest is not read). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners("data");
        request.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
