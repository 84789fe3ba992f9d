// The headers every answer carries. The fixed ones are set by next.config.ts for every path (static
// files included); the per-request ones (a page's CSP nonce, HSTS from the run-time public URL) by proxy.ts.

/** Headers that never vary: no sniffing, no framing, no referrer beyond our origin, no powerful features. */
export const fixedSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing in the app uses these; a script injected somehow still cannot reach them.
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** True when the public URL (NEXTAUTH_URL) is https: then HSTS, Secure cookies and upgrades apply. */
export const servedOverHttps = () => (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://");

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The page policy: scripts only with this request's nonce (Next puts it on its own scripts), and
 * whatever those load ('strict-dynamic'); no inline scripts, no plugins, no framing. Inline *styles*
 * stay allowed: React's style attributes (bar widths, chart colours) are not a script vector.
 * Development adds 'unsafe-eval', which React's dev build needs for its error overlays.
 */
export function pageContentSecurityPolicy(nonce: string, { dev = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    // socket.io on the same origin ('self' covers ws:/wss: of our own host in current browsers).
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** API answers are data, never documents: nothing may load, run or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Every header an API answer carries: the fixed ones, the API policy, and HSTS when served over https. */
export function apiSecurityHeaders(): [string, string][] {
  return [
    ...fixedSecurityHeaders.map(({ key, value }): [string, string] => [key, value]),
    ["Content-Security-Policy", API_CONTENT_SECURITY_POLICY],
    ...(servedOverHttps() ? [["Strict-Transport-Security", HSTS] as [string, string]] : []),
  ];
}
