import { serve } from "@/lib/api/serve";
import { rotateStatusTokenRoute } from "@/lib/api/routes/integrations";
import { rotateStatusToken } from "@/lib/status-page/rotate-status-token";

export const POST = serve(rotateStatusTokenRoute, rotateStatusToken);
