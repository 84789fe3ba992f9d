import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { updateMember } from "@/lib/team/update-member";
import { removeMember } from "@/lib/team/remove-member";
import { updateMemberInput } from "@/lib/launches/schemas";

type Params = { launchId: string; userId: string };

export const PATCH = handleRoute<Params>(async (request, { launchId, userId }) => {
  const actor = await requireApiActor();
  const input = updateMemberInput.parse(await readJson(request));
  return json(await updateMember({ actor, launchId, userId, ...input }));
});

export const DELETE = handleRoute<Params>(async (_request, { launchId, userId }) => {
  const actor = await requireApiActor();
  return json(await removeMember({ actor, launchId, userId }));
});
