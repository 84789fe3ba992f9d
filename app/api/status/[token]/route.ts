import { NextResponse } from "next/server";
import { serve } from "@/lib/api/serve";
import { publicStatusRoute } from "@/lib/api/routes/integrations";
import { getPublicStatus } from "@/lib/status-page/get-public-status";

// Public, no session. A few seconds of shared caching lets a CDN or proxy absorb thousands of viewers;
// live changes reach open pages over socket.io anyway.
export const GET = serve(publicStatusRoute, async ({ token }) =>
  NextResponse.json(await getPublicStatus(token), {
    headers: { "cache-control": "public, max-age=5, s-maxage=5, stale-while-revalidate=30", "x-robots-tag": "noindex" },
  }),
);
