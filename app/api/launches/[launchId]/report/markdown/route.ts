import { handleRoute } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { buildReport } from "@/lib/report/build-report";
import { reportMarkdown } from "@/lib/report/report-markdown";
import { reportFilename } from "@/lib/report/report-csv";
import { attachment } from "@/lib/report/attachment";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  const snapshot = await getLaunchSnapshot({ actor, launchId });
  return attachment(reportMarkdown(buildReport(snapshot, new Date())), reportFilename(snapshot.name, "report.md"), "text/markdown");
});
