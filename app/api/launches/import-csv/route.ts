import { serve } from "@/lib/api/serve";
import { importCsvRoute } from "@/lib/api/routes/launches";
import { importLaunchFromCsv } from "@/lib/launches/import-launch";

export const POST = serve(importCsvRoute, importLaunchFromCsv);
