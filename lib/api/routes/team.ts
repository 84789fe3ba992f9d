import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import { addMemberInput, updateMemberInput } from "@/lib/launches/schemas";

const tag = "Team";
const memberPath = "/api/launches/{launchId}/members/{userId}";

export const addMemberRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/members",
  operationId: "addMember",
  tag,
  summary: "Add a person to the team (lead)",
  body: addMemberInput,
  status: 201,
  response: api.memberBody,
  errors: ["conflict"],
});

export const updateMemberRoute = defineRoute({
  method: "PATCH",
  path: memberPath,
  operationId: "updateMember",
  tag,
  summary: "Change a member's role or function (lead)",
  description:
    "`version` (the member's, from the snapshot's `members`) is required (422 without it; 409 with the member's `current` state when stale).",
  body: updateMemberInput,
  response: api.memberBody,
  errors: ["conflict"],
});

export const removeMemberRoute = defineRoute({
  method: "DELETE",
  path: memberPath,
  operationId: "removeMember",
  tag,
  summary: "Remove a member; their live connections stop receiving events (lead)",
  response: api.memberBody,
  errors: ["conflict"],
});
