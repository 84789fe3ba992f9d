import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { setProbeHosts } from "@/lib/probes/set-probe-hosts";
import { setProbeHostsInput } from "@/lib/probes/schemas";

export const PUT = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = setProbeHostsInput.parse(await readJson(request));
  return json(await setProbeHosts({ actor, launchId, ...input }));
});
