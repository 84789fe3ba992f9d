import { serve } from "@/lib/api/serve";
import { exportPlanCsvRoute } from "@/lib/api/routes/reports";
import { exportLaunchCsv } from "@/lib/launches/export-launch-csv";
import { attachment } from "@/lib/report/attachment";

export const GET = serve(exportPlanCsvRoute, async (input) => {
  const { filename, csv } = await exportLaunchCsv(input);
  return attachment(csv, filename, "text/csv");
});
