import { handleRoute } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { reportDownload } from "@/lib/report/report-download";
import { timelineCsv } from "@/lib/report/report-csv";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return reportDownload({ actor, launchId }, { suffix: "timeline.csv", kind: "csv", write: timelineCsv });
});
