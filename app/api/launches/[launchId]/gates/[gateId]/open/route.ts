import { serve } from "@/lib/api/serve";
import { openGateRoute } from "@/lib/api/routes/gates";
import { openGateRound } from "@/lib/gates/open-gate-round";

export const POST = serve(openGateRoute, openGateRound);
