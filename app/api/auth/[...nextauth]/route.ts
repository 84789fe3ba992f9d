import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { signInWaitSeconds } from "@/lib/auth/sign-in";
import { isSameOrigin } from "@/lib/http/write-guard";
import { requestOrigin } from "@/lib/http/client-address";

const handler = NextAuth(authOptions);
type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's own doors, behind the same origin check as every write, and with sign-in refused
 * (429 + Retry-After) while the account or the address is over its failure limit.
 */
async function post(request: NextRequest, context: Context): Promise<Response> {
  const header = (name: string) => request.headers.get(name);
  if (!isSameOrigin(header)) {
    return NextResponse.json({ error: "Sign in from Launch Control's own page.", code: "forbidden" }, { status: 403 });
  }
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const wait = await signInWaitSeconds(String(form?.get("email") ?? ""), requestOrigin(header));
    if (wait > 0) {
      // `url` is what next-auth's client reads the error from; the sign-in form turns it into words.
      const url = new URL(`/signin?error=RateLimited-${wait}`, request.nextUrl.origin).href;
      const error = `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min.`;
      return NextResponse.json(
        { error, code: "rate_limited", retryAfterSeconds: wait, url },
        { status: 429, headers: { "Retry-After": String(wait) } },
      );
    }
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
