import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import * as gates from "@/lib/gates/schemas";

const tag = "Gates";
const gatePath = "/api/launches/{launchId}/gates/{gateId}";

export const createGateRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/gates",
  operationId: "createGate",
  tag,
  summary: "Add a go / no-go gate with criteria (lead)",
  body: gates.createGateInput,
  status: 201,
  response: api.gateBody,
});

export const updateGateRoute = defineRoute({
  method: "PATCH",
  path: gatePath,
  operationId: "updateGate",
  tag,
  summary: "Edit a gate (lead)",
  description: "`version` is required (422 without it; 409 with the gate's `current` state when stale).",
  body: gates.updateGateInput,
  response: api.gateBody,
  errors: ["conflict"],
});

export const deleteGateRoute = defineRoute({
  method: "DELETE",
  path: gatePath,
  operationId: "deleteGate",
  tag,
  summary: "Remove a gate with nothing on record (lead)",
  response: z.object({ deleted: z.string() }),
  errors: ["conflict"],
});

export const openGateRoute = defineRoute({
  method: "POST",
  path: `${gatePath}/open`,
  operationId: "openGateRound",
  tag,
  summary: "Open the gate for sign-off: a new round (lead); requested signers are notified",
  response: api.gateBody,
  errors: ["conflict"],
});

export const signGateRoute = defineRoute({
  method: "POST",
  path: `${gatePath}/sign`,
  operationId: "signGate",
  tag,
  summary: "Sign GO or NO-GO (required signers only: 403 otherwise; once per round: 409)",
  body: gates.signOffInput,
  response: api.gateBody,
  errors: ["conflict"],
});

export const decideGateRoute = defineRoute({
  method: "POST",
  path: `${gatePath}/decide`,
  operationId: "decideGate",
  tag,
  summary: "The sponsor's decision: GO, NO-GO or HOLD",
  description: "GO with unmet criteria needs `override` and `overrideReason`; a round already decided answers 409.",
  body: gates.decideGateInput,
  response: api.gateBody,
  errors: ["conflict"],
});

export const requestAckRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/acks",
  operationId: "requestAck",
  tag,
  summary: "Ask the whole team to acknowledge a message (lead)",
  body: gates.requestAckInput,
  status: 201,
  response: api.ackBody,
});

export const acknowledgeRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/acks/{requestId}/acknowledge",
  operationId: "acknowledge",
  tag,
  summary: "Acknowledge a message (anyone on the team)",
  response: api.ackBody,
});
