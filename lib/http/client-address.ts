import type { IncomingMessage } from "node:http";
import type { HeaderReader } from "@/lib/http/write-guard";

// The server stamps each request with the address it came from, under a header of our own that it
// first removes from what the client sent, so route handlers (which cannot see the socket) can
// record and rate-limit by it without trusting the client.
export const CLIENT_ADDRESS_HEADER = "x-launch-control-client-address";

/**
 * Called by server.ts for every request and socket handshake. Behind a reverse proxy
 * (TRUST_PROXY=true) the address is the first one the proxy reports in X-Forwarded-For.
 */
export function stampClientAddress(request: IncomingMessage): void {
  const forwarded =
    process.env.TRUST_PROXY === "true"
      ? [request.headers["x-forwarded-for"]].flat()[0]?.split(",")[0]?.trim()
      : undefined;
  request.headers[CLIENT_ADDRESS_HEADER] = forwarded || request.socket.remoteAddress || "unknown";
}

export type RequestOrigin = { ip: string; userAgent: string };

/** Where a request came from, for rate limits and audit events. */
export function requestOrigin(header: HeaderReader): RequestOrigin {
  return { ip: header(CLIENT_ADDRESS_HEADER) || "unknown", userAgent: (header("user-agent") ?? "").slice(0, 300) };
}
