import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cachedActor } from "@/lib/auth/session-cache";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

export async function getActor(): Promise<Actor | null> {
  // The session cookie (possibly split in .0/.1 parts) is the cache key.
  const sessionCookies = (await cookies())
    .getAll()
    .filter((cookie) => cookie.name.includes("next-auth.session-token"))
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .sort();
  if (sessionCookies.length === 0) return null;
  return cachedActor(sessionCookies.join(";"), async () => {
    const session = await getServerSession(authOptions);
    return session?.user?.id ? session.user : null;
  });
}

/** For route handlers: the signed-in person, or a 401. */
export async function requireApiActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in first: this request has no valid session.");
  return actor;
}

/** For pages: the signed-in person, or a redirect to the sign-in page that comes back here. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
