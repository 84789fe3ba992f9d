import { serve } from "@/lib/api/serve";
import { listProbesRoute, saveProbeRoute } from "@/lib/api/routes/integrations";
import { listProbes } from "@/lib/probes/list-probes";
import { saveProbe } from "@/lib/probes/save-probe";

export const GET = serve(listProbesRoute, listProbes);
export const POST = serve(saveProbeRoute, saveProbe);
