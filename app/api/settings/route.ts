import { serve } from "@/lib/api/serve";
import { getSettingsRoute, updateSettingsRoute } from "@/lib/api/routes/accounts";
import { getInstanceSettings, updateInstanceSettings } from "@/lib/accounts/instance-settings";

export const GET = serve(getSettingsRoute, () => getInstanceSettings());
export const PATCH = serve(updateSettingsRoute, updateInstanceSettings);
