import { NextResponse, type NextRequest } from "next/server";
import {
  API_CONTENT_SECURITY_POLICY,
  HSTS,
  pageContentSecurityPolicy,
  servedOverHttps,
} from "@/lib/http/security-headers";

/**
 * Runs before every page and API request: a fresh CSP nonce per page (Next reads it from the request's
 * policy header and stamps it on its own scripts), and HSTS when the public URL is https.
 */
export function proxy(request: NextRequest) {
  const https = servedOverHttps();
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  let policy = API_CONTENT_SECURITY_POLICY;
  const requestHeaders = new Headers(request.headers);
  if (!isApi) {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
    policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Static build files are immutable and carry the fixed headers from next.config.ts.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
