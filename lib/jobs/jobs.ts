import type { JobQueue } from "@/lib/jobs/job-queue";

// server.ts starts the queue; operations in Next's separate bundle find it through globalThis (as
// publish() finds the socket.io server).
const holder = globalThis as unknown as { launchControlJobs?: JobQueue };

export function setJobQueue(queue: JobQueue | undefined): void {
  holder.launchControlJobs = queue;
}

/** The running job queue; throws outside a started server (a script or a test must start its own). */
export function getJobQueue(): JobQueue {
  if (!holder.launchControlJobs) throw new Error("The job queue is not running (server.ts starts it).");
  return holder.launchControlJobs;
}

/** The running job queue, or undefined outside a started server (for fire-and-forget callers). */
export function findJobQueue(): JobQueue | undefined {
  return holder.launchControlJobs;
}
