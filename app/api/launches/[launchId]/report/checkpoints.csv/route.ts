import { handleRoute } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { buildReport } from "@/lib/report/build-report";
import { checkpointsCsv, reportFilename } from "@/lib/report/report-csv";
import { attachment } from "@/lib/report/attachment";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  const snapshot = await getLaunchSnapshot({ actor, launchId });
  return attachment(checkpointsCsv(buildReport(snapshot, new Date())), reportFilename(snapshot.name, "checkpoints.csv"), "text/csv");
});
