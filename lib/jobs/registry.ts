import type { AnyJobDefinition } from "@/lib/jobs/define-job";
import { startDueStepsJob } from "@/lib/timeline/start-due-steps-job";
import { outboundDeliveryJob } from "@/lib/outbound/deliver-job";

/**
 * Every kind of timed work the server runs. Add a job here (defined with defineJob in its own domain,
 * e.g. lib/timeline/auto-start-step-job.ts) so that every instance works its queue.
 */
export const registeredJobs: AnyJobDefinition[] = [startDueStepsJob, outboundDeliveryJob];
