import { serve } from "@/lib/api/serve";
import { getStatusPageRoute, saveStatusPageRoute } from "@/lib/api/routes/integrations";
import { getStatusPageSettings } from "@/lib/status-page/get-status-page-settings";
import { saveStatusPage } from "@/lib/status-page/save-status-page";

export const GET = serve(getStatusPageRoute, async (input) => ({ statusPage: await getStatusPageSettings(input) }));
export const PUT = serve(saveStatusPageRoute, saveStatusPage);
