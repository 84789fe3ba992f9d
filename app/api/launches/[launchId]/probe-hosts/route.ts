import { serve } from "@/lib/api/serve";
import { setProbeHostsRoute } from "@/lib/api/routes/integrations";
import { setProbeHosts } from "@/lib/probes/set-probe-hosts";

export const PUT = serve(setProbeHostsRoute, setProbeHosts);
