import { handleRoute, json, readJson } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { addMember } from "@/lib/team/add-member";
import { addMemberInput } from "@/lib/launches/schemas";

export const POST = handleRoute<{ launchId: string }>(async (request, { launchId }) => {
  const actor = await requireApiActor();
  const input = addMemberInput.parse(await readJson(request));
  return json(await addMember({ actor, launchId, ...input }), 201);
});
