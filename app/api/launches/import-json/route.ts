import { serve } from "@/lib/api/serve";
import { importJsonRoute } from "@/lib/api/routes/launches";
import { importLaunchFromJson } from "@/lib/launches/import-launch";

export const POST = serve(importJsonRoute, importLaunchFromJson);
