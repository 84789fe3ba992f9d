import { startJobQueue, type JobQueue } from "@/lib/jobs/job-queue";
import { setJobQueue } from "@/lib/jobs/jobs";
import { registeredJobs } from "@/lib/jobs/registry";
import { startOutboundWorker } from "@/lib/outbound/dispatcher";

/**
 * What server.ts starts for outbound delivery, for a test: the one job queue with every registered job
 * (as the operations find it), and the outbox sweep and ticks beside it. Returns the queue and a stop
 * that ends both, as a server shutting down does.
 */
export async function startTestOutbound(
  options: Parameters<typeof startOutboundWorker>[1] = {},
): Promise<{ queue: JobQueue; stop: () => Promise<void> }> {
  const queue = await startJobQueue({
    databaseUrl: process.env.DATABASE_URL!,
    jobs: registeredJobs,
    pollingIntervalSeconds: 0.5,
  });
  setJobQueue(queue);
  const stopWorker = await startOutboundWorker(queue, options);
  return {
    queue,
    stop: async () => {
      await stopWorker();
      await queue.stop();
      setJobQueue(undefined);
    },
  };
}
