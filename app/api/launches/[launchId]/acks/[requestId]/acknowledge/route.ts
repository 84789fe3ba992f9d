import { serve } from "@/lib/api/serve";
import { acknowledgeRoute } from "@/lib/api/routes/gates";
import { acknowledge } from "@/lib/gates/acknowledge";

export const POST = serve(acknowledgeRoute, acknowledge);
