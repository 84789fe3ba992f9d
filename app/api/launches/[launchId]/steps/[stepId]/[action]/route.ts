import { serveByParam } from "@/lib/api/serve";
import { runStepRoutes } from "@/lib/api/routes/timeline";
import { runStep } from "@/lib/timeline/run-step";
import type { StepAction } from "@/lib/timeline/schemas";

// POST …/steps/:stepId/start | complete | skip | fail | reopen — what a deployment pipeline calls.
export const POST = serveByParam(
  "action",
  runStepRoutes,
  (input, action) => runStep({ ...input, action: action as StepAction }),
  (action) => `There is no step action "${action}"; use start, complete, skip, fail or reopen.`,
);
