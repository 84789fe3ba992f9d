import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import * as api from "@/lib/openapi/api-schemas";
import * as timeline from "@/lib/timeline/schemas";

const tag = "Timeline";
const stepPath = "/api/launches/{launchId}/steps/{stepId}";

export const getTimelineRoute = defineRoute({
  method: "GET",
  path: "/api/launches/{launchId}/timeline",
  operationId: "getTimeline",
  tag,
  summary: "Timeline steps with the forecast (variance, critical path, forecast go-live)",
  response: z.object({
    timezone: z.string(),
    goLiveAt: z.string().nullable(),
    steps: z.array(api.stepBody),
    forecast: api.timelineForecastBody,
  }),
});

export const createStepRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/steps",
  operationId: "createStep",
  tag,
  summary: "Add a timeline step (lead)",
  body: timeline.createStepInput,
  status: 201,
  response: api.stepBody,
});

export const updateStepRoute = defineRoute({
  method: "PATCH",
  path: stepPath,
  operationId: "updateStep",
  tag,
  summary: "Edit a step's plan: time, duration, predecessors (lead)",
  description:
    "`version` is required (422 without it; 409 with the current state when stale). A cycle among predecessors is refused with 422, naming the steps.",
  body: timeline.updateStepInput,
  response: api.stepBody,
  errors: ["conflict"],
});

export const deleteStepRoute = defineRoute({
  method: "DELETE",
  path: stepPath,
  operationId: "deleteStep",
  tag,
  summary: "Remove a step; its successors then wait for its predecessors (lead)",
  response: z.object({ deleted: z.string() }),
});

export const correctStepRoute = defineRoute({
  method: "POST",
  path: `${stepPath}/correct`,
  operationId: "correctStepTimes",
  tag,
  summary: "Correct a step's actual start / end with a reason (lead)",
  body: timeline.correctStepInput,
  response: api.stepBody,
  errors: ["conflict"],
});

const actionWords: Record<timeline.StepAction, string> = {
  start: "Start a step",
  complete: "Complete a step",
  skip: "Skip a step",
  fail: "Mark a step failed",
  reopen: "Reopen a finished step (lead)",
};

const stepActionNotes: Record<timeline.StepAction, string> = {
  start:
    " Predecessors not done or skipped: 409 naming them, unless force is true with a reason (recorded on the step). Auto-start successors start by themselves when their last predecessor completes (actor: the system).",
  complete:
    " With linked items open (required or not): 409 unless confirmOpenItems is true (recorded). A validation step needs outcome (pass / fail) and evidence; fail leaves it failed.",
  skip: "",
  fail: "",
  reopen: "",
};

const stepActionRoute = (action: timeline.StepAction) =>
  defineRoute({
    method: "POST",
    path: `${stepPath}/${action}` as `${typeof stepPath}/${timeline.StepAction}`,
    operationId: `${action}Step`,
    tag,
    summary: `${actionWords[action]}, stamped with the server's clock`,
    description:
      (action === "reopen" ? "Only the lead may reopen." : "The lead or the step's owner.") + stepActionNotes[action],
    body: timeline.runStepInput,
    bodyOptional: true,
    response: api.stepBody,
    errors: ["conflict"],
    ...((action === "start" || action === "complete") && {
      errorBodies: {
        conflict: {
          description:
            action === "start"
              ? 'Predecessors not complete: `{ error, predecessors: [{ id, title, status }] }` — send `{ "force": true, "reason": "…" }` to start anyway (200, recorded). Also: a fixed start not yet due (force + reason), a point of no return (confirmPointOfNoReturn, lead only)'
              : "Linked items open: `{ error, openItems, openRequiredItems, needsConfirmation: true }` — send confirmOpenItems: true (recorded). Completing a pending step checks the start's guard rails too",
          schema: api.stepConflictBody,
        },
      },
    }),
  });

// One documented operation per action (what a deployment pipeline calls); one route file serves them all.
export const runStepRoutes = Object.fromEntries(
  timeline.stepActions.map((action) => [action, stepActionRoute(action)]),
) as Record<timeline.StepAction, ReturnType<typeof stepActionRoute>>;

export const linkRehearsalsRoute = defineRoute({
  method: "POST",
  path: "/api/launches/{launchId}/rehearsals",
  operationId: "linkRehearsals",
  tag,
  summary: "Link the rehearsals whose actual durations calibrate the forecast (lead)",
  description: "Replaces the list; an empty list unlinks. Steps are matched by title, else position.",
  body: timeline.linkRehearsalsInput,
  response: api.launchFieldsBody,
  errors: ["conflict"],
});
