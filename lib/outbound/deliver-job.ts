import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { getJobQueue } from "@/lib/jobs/jobs";
import { deliverOne } from "@/lib/outbound/deliver-one";

/**
 * One delivery attempt of one outbox row, on the server's one job queue (lib/jobs). The row holds the
 * attempts and the backoff, so a job is one attempt (no pg-boss retries): a failed attempt books the
 * next one as a new job at its time, keyed by row and time so booking it twice is a no-op. deliverOne's
 * claim makes a duplicated job, or two instances, attempt once.
 */
export const outboundDeliveryJob = defineJob({
  name: "outbound.deliver",
  data: z.object({ deliveryId: z.string().min(1) }),
  retryLimit: 0,
  // Several at once, so one endpoint that hangs until its timeout does not hold up the others.
  localConcurrency: 4,
  pollingIntervalSeconds: 0.5,
  run: async ({ deliveryId }) => {
    const result = await deliverOne(deliveryId);
    if (result.outcome === "retry")
      await getJobQueue().schedule(
        outboundDeliveryJob,
        { deliveryId },
        { at: result.at, key: `${deliveryId}:retry:${result.at.getTime()}` },
      );
  },
});
