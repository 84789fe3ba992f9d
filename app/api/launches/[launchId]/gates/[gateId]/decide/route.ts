import { serve } from "@/lib/api/serve";
import { decideGateRoute } from "@/lib/api/routes/gates";
import { decideGate } from "@/lib/gates/decide-gate";

export const POST = serve(decideGateRoute, decideGate);
