import { serve } from "@/lib/api/serve";
import { reportTimelineCsvRoute } from "@/lib/api/routes/reports";
import { launchReport } from "@/lib/report/launch-report";
import { timelineCsv, reportFilename } from "@/lib/report/report-csv";
import { attachment } from "@/lib/report/attachment";

export const GET = serve(reportTimelineCsvRoute, async (input) => {
  const { name, report } = await launchReport(input);
  return attachment(timelineCsv(report), reportFilename(name, "timeline.csv"), "text/csv");
});
