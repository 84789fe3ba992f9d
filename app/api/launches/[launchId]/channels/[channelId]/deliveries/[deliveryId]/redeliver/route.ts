import { serve } from "@/lib/api/serve";
import { redeliverRoute } from "@/lib/api/routes/integrations";
import { redeliver } from "@/lib/outbound/redeliver";

export const POST = serve(redeliverRoute, redeliver);
