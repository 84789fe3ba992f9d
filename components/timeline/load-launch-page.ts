import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { AppError } from "@/lib/errors";

/**
 * What the timeline, war-room and wall pages start from: the signed-in person, the snapshot (404 for
 * a launch they may not see) and the server's time, so the first render of every clock matches.
 */
export async function loadLaunchPage(launchId: string, path: string) {
  const actor = await requirePageActor(path);
  const snapshot = await getLaunchSnapshot({ actor, launchId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  });
  if (!snapshot) notFound();
  return { actor, snapshot, renderedAt: Date.now() };
}
