import { serve } from "@/lib/api/serve";
import { reportMarkdownRoute } from "@/lib/api/routes/reports";
import { launchReport } from "@/lib/report/launch-report";
import { reportMarkdown } from "@/lib/report/report-markdown";
import { reportFilename } from "@/lib/report/report-csv";
import { attachment } from "@/lib/report/attachment";

export const GET = serve(reportMarkdownRoute, async (input) => {
  const { name, report } = await launchReport(input);
  return attachment(reportMarkdown(report), reportFilename(name, "report.md"), "text/markdown");
});
