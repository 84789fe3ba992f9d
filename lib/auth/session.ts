import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return session.user;
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
