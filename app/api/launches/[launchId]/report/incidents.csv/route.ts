import { serve } from "@/lib/api/serve";
import { reportIncidentsCsvRoute } from "@/lib/api/routes/reports";
import { launchReport } from "@/lib/report/launch-report";
import { incidentsCsv, reportFilename } from "@/lib/report/report-csv";
import { attachment } from "@/lib/report/attachment";

export const GET = serve(reportIncidentsCsvRoute, async (input) => {
  const { name, report } = await launchReport(input);
  return attachment(incidentsCsv(report), reportFilename(name, "incidents.csv"), "text/csv");
});
