import { serve } from "@/lib/api/serve";
import { listDeliveriesRoute } from "@/lib/api/routes/integrations";
import { listDeliveries } from "@/lib/outbound/list-deliveries";

export const GET = serve(listDeliveriesRoute, async (input) => ({ deliveries: await listDeliveries(input) }));
