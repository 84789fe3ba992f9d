import { serve } from "@/lib/api/serve";
import { listTemplatesRoute } from "@/lib/api/routes/templates";
import { listTemplates } from "@/lib/templates/list-templates";

export const GET = serve(listTemplatesRoute, async () => ({ templates: await listTemplates() }));
