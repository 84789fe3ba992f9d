import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { currentOrigin, requireSessionActor } from "@/lib/auth/session";
import { setAccountActive } from "@/lib/accounts/set-account-active";
import { setAccountActiveInput } from "@/lib/accounts/schemas";

export const PATCH = handleRoute<{ userId: string }>(async (request, { userId }) => {
  const actor = await requireSessionActor();
  const input = setAccountActiveInput.parse(await readJson(request));
  return json(await setAccountActive({ actor, origin: currentOrigin(), userId, ...input }));
});
