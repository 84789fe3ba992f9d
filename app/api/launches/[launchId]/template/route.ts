import { serve } from "@/lib/api/serve";
import { saveTemplateRoute } from "@/lib/api/routes/launches";
import { saveTemplate } from "@/lib/templates/save-template";

export const POST = serve(saveTemplateRoute, saveTemplate);
