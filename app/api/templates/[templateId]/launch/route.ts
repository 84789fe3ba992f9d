import { serve } from "@/lib/api/serve";
import { launchFromTemplateRoute } from "@/lib/api/routes/templates";
import { launchFromTemplate } from "@/lib/templates/launch-from-template";

export const POST = serve(launchFromTemplateRoute, launchFromTemplate);
