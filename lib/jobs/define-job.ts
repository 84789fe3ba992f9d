import type { z } from "zod";

/**
 * A kind of timed work: its queue name, the shape of its data (checked when it is scheduled and again
 * when it runs, since a stored job may predate a code change) and what to do. `run` may be called again
 * after a crash or a failure (up to `retryLimit` times), so it must be safe to repeat.
 */
export type JobDefinition<Data> = {
  name: string;
  data: z.ZodType<Data>;
  run: (data: Data, job: { id: string; attempt: number }) => Promise<void>;
  /** Attempts after the first when `run` throws or its instance dies mid-run; default 3. */
  retryLimit?: number;
  /** A job still running after this long is treated as failed and retried; default 5 minutes. */
  expireInSeconds?: number;
  /** Jobs of this kind one instance runs at once (default 1): several, so one slow job does not hold up the rest. */
  localConcurrency?: number;
  /** How often an idle worker of this kind looks for due jobs, when it must be quicker than the queue's default. */
  pollingIntervalSeconds?: number;
};

export function defineJob<Data>(definition: JobDefinition<Data>): JobDefinition<Data> {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(definition.name)) {
    throw new Error(`Job name "${definition.name}" must be lower-case letters, digits, dots, dashes or underscores.`);
  }
  return definition;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of jobs of different data types
export type AnyJobDefinition = JobDefinition<any>;
