import { handleRoute } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { reportDownload } from "@/lib/report/report-download";
import { reportMarkdown } from "@/lib/report/report-markdown";

export const GET = handleRoute<{ launchId: string }>(async (_request, { launchId }) => {
  const actor = await requireApiActor();
  return reportDownload({ actor, launchId }, { suffix: "report.md", kind: "md", write: reportMarkdown });
});
