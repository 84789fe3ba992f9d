import { serve } from "@/lib/api/serve";
import { reportCheckpointsCsvRoute } from "@/lib/api/routes/reports";
import { launchReport } from "@/lib/report/launch-report";
import { checkpointsCsv, reportFilename } from "@/lib/report/report-csv";
import { attachment } from "@/lib/report/attachment";

export const GET = serve(reportCheckpointsCsvRoute, async (input) => {
  const { name, report } = await launchReport(input);
  return attachment(checkpointsCsv(report), reportFilename(name, "checkpoints.csv"), "text/csv");
});
