import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";

// next-auth serves these from its own catch-all route (app/api/auth/[...nextauth]); they are defined here
// only so the document tells an API user how to sign in. Nothing else serves them.
const tag = "Auth";

export const csrfRoute = defineRoute({
  method: "GET",
  path: "/api/auth/csrf",
  operationId: "getCsrfToken",
  tag,
  auth: "public",
  summary: "A CSRF token to send with the sign-in and sign-out forms",
  response: z.object({ csrfToken: z.string() }),
});

export const sessionRoute = defineRoute({
  method: "GET",
  path: "/api/auth/session",
  operationId: "getSession",
  tag,
  auth: "public",
  summary: "Who is signed in (an empty object when nobody is)",
  response: z.object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), isAdmin: z.boolean() }).optional(),
    expires: z.string().optional(),
  }),
});

const signInForm = z.object({
  csrfToken: z.string().describe("From GET /api/auth/csrf (its cookie must be sent too)."),
  email: z.string(),
  password: z.string(),
  json: z.literal("true").optional().describe("Answer with JSON `{ url }` instead of a redirect."),
});

export const signInRoute = defineRoute({
  method: "POST",
  path: "/api/auth/callback/credentials",
  operationId: "signIn",
  tag,
  auth: "public",
  summary: "Sign in with email and password; sets the session cookie",
  description:
    "A wrong email or password answers with `url` pointing at the sign-in page with `error=CredentialsSignin` (no cookie set).",
  body: signInForm,
  requestMediaType: "application/x-www-form-urlencoded",
  response: z.object({ url: z.string() }),
});

export const signOutRoute = defineRoute({
  method: "POST",
  path: "/api/auth/signout",
  operationId: "signOut",
  tag,
  auth: "public",
  summary: "Sign out; clears the session cookie",
  body: z.object({ csrfToken: z.string(), json: z.literal("true").optional() }),
  requestMediaType: "application/x-www-form-urlencoded",
  response: z.object({ url: z.string() }),
});

export const authRoutes = [csrfRoute, sessionRoute, signInRoute, signOutRoute];
