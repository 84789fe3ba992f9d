import { AppError } from "@/lib/errors";

/** Reads one request header, whatever shape the door has (a fetch `Headers` or Node's header object). */
export type HeaderReader = (name: string) => string | null | undefined;

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const hasBearerToken = (header: HeaderReader) => /^Bearer\s+\S+$/i.test(header("authorization") ?? "");

/**
 * Did this request come from a page of the app itself? A browser always says where a request comes
 * from: `Origin` on every POST/PATCH/DELETE and WebSocket handshake, `Sec-Fetch-Site` on everything.
 * The app's origin is its public URL (NEXTAUTH_URL) or the host the request was sent to, which a
 * page cannot forge. Another port on the same host is another origin: same site, but refused.
 * A request with neither header is not from a browser, so it carries no ambient credential to abuse.
 */
export function isSameOrigin(header: HeaderReader): boolean {
  const origin = header("origin");
  if (origin) {
    if (origin === "null") return false;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false;
    }
    return host === header("host") || host === publicHost();
  }
  const site = header("sec-fetch-site");
  if (site) return site === "same-origin";
  return true;
}

function publicHost(): string | null {
  const url = process.env.NEXTAUTH_URL;
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * The one check every state-changing request passes before its handler runs: it must come from the
 * app's own pages (403) and carry JSON (415) — an HTML form cannot send `application/json`, so a
 * forged `text/plain` form never reaches `readJson`. Bearer-token requests carry no cookie a
 * forger could borrow, so only the content type applies to them.
 */
export function assertWriteAllowed(method: string, header: HeaderReader): void {
  if (SAFE_METHODS.has(method.toUpperCase())) return;
  if (!hasBearerToken(header) && !isSameOrigin(header)) {
    throw new AppError(
      "forbidden",
      "This change came from another site or origin; make it from Launch Control itself.",
    );
  }
  const hasBody = Number(header("content-length") ?? 0) > 0 || Boolean(header("transfer-encoding"));
  const contentType = header("content-type");
  if ((hasBody || contentType) && !/^application\/json\s*(;|$)/i.test(contentType ?? "")) {
    throw new AppError(
      "unsupported_media_type",
      "Send the request body as JSON with the header Content-Type: application/json.",
    );
  }
}
