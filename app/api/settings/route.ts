import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireSessionActor } from "@/lib/auth/session";
import {
  getInstanceSettings,
  updateInstanceSettings,
  updateInstanceSettingsInput,
} from "@/lib/accounts/instance-settings";

export const GET = handleRoute(async () => {
  await requireSessionActor();
  return json(await getInstanceSettings());
});

export const PATCH = handleRoute(async (request) => {
  const actor = await requireSessionActor();
  const input = updateInstanceSettingsInput.parse(await readJson(request));
  return json(await updateInstanceSettings({ actor, ...input }));
});
