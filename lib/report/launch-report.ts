import type { Actor } from "@/lib/auth/actor";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { buildReport } from "@/lib/report/build-report";
import { listDecisionOrigins } from "@/lib/report/list-decision-origins";

/** The launch's report as of now, with the launch's name for the download's file name. */
export async function launchReport({ actor, launchId }: { actor: Actor; launchId: string }) {
  const snapshot = await getLaunchSnapshot({ actor, launchId });
  const origins = await listDecisionOrigins({ actor, launchId });
  return { name: snapshot.name, report: buildReport(snapshot, new Date(), origins) };
}
