import { PgBoss } from "pg-boss";
import type { AnyJobDefinition, JobDefinition } from "@/lib/jobs/define-job";
import { jobIdForKey } from "@/lib/jobs/job-key";

export type JobQueue = {
  /** Runs `job` once with `data`, at `at` (default now). With a `key`, scheduling it again is a no-op. */
  schedule<Data>(
    job: JobDefinition<Data>,
    data: Data,
    options?: { at?: Date; key?: string },
  ): Promise<{ id: string; created: boolean }>;
  /** Cancels a one-off job scheduled with `key` that has not started yet. */
  cancel<Data>(job: JobDefinition<Data>, key: string): Promise<void>;
  /** Runs `job` on a cron expression (in `tz`, default UTC), once per occurrence whatever the number of instances. */
  scheduleRecurring<Data>(
    job: JobDefinition<Data>,
    cron: string,
    data: Data,
    options?: { key?: string; tz?: string },
  ): Promise<void>;
  unscheduleRecurring<Data>(job: JobDefinition<Data>, key?: string): Promise<void>;
  stop(): Promise<void>;
};

export type JobQueueOptions = {
  databaseUrl: string;
  jobs: AnyJobDefinition[];
  log?: (message: string) => void;
  /** How often an idle worker looks for due jobs; pg-boss's floor is 0.5 s. */
  pollingIntervalSeconds?: number;
  /** How often recurring schedules are checked for a due occurrence (pg-boss: 30 s; at least 1). */
  scheduleCheckSeconds?: number;
};

/**
 * The PostgreSQL-backed job queue (pg-boss, in its own `pgboss` schema, which it creates and migrates
 * itself). Every instance runs the same workers: a due job is claimed by exactly one of them (row
 * locks), jobs are rows so they survive restarts, and a job whose instance died is retried after
 * `expireInSeconds`.
 */
export async function startJobQueue({
  databaseUrl,
  jobs,
  log = () => {},
  pollingIntervalSeconds = 2,
  scheduleCheckSeconds,
}: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: 4,
    application_name: "launch-control-jobs",
    ...(scheduleCheckSeconds && {
      cronMonitorIntervalSeconds: scheduleCheckSeconds,
      cronWorkerIntervalSeconds: scheduleCheckSeconds,
    }),
  });
  boss.on("error", (error) => log(`job queue: ${error.message}`));
  await boss.start();

  const known = new Set<string>();
  for (const job of jobs) {
    await boss.createQueue(job.name, {
      retryLimit: job.retryLimit ?? 3,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds ?? 300,
    });
    known.add(job.name);
    const workOptions = {
      pollingIntervalSeconds: job.pollingIntervalSeconds ?? pollingIntervalSeconds,
      localConcurrency: job.localConcurrency ?? 1,
    };
    await boss.work(job.name, workOptions, async ([claimed]) => {
      if (!claimed) return;
      const parsed = job.data.safeParse(claimed.data);
      // Stored data the current code cannot read would fail on every retry: fail it once, loudly.
      if (!parsed.success)
        throw new Error(`Job ${job.name} ${claimed.id} has data this version cannot read: ${parsed.error.message}`);
      await job.run(parsed.data, { id: claimed.id, attempt: claimed.retryCount + 1 });
    });
  }
  const requireKnown = (job: AnyJobDefinition) => {
    if (!known.has(job.name)) throw new Error(`Job ${job.name} is not registered in lib/jobs/registry.ts.`);
  };

  return {
    async schedule(job, data, options = {}) {
      requireKnown(job);
      const parsed = job.data.parse(data) as object;
      const id = options.key ? jobIdForKey(job.name, options.key) : undefined;
      const created = await boss.send(job.name, parsed, { id, startAfter: options.at });
      return { id: created ?? id!, created: created !== null };
    },
    async cancel(job, key) {
      requireKnown(job);
      await boss.cancel(job.name, jobIdForKey(job.name, key));
    },
    async scheduleRecurring(job, cron, data, options = {}) {
      requireKnown(job);
      await boss.schedule(job.name, cron, job.data.parse(data) as object, {
        key: options.key,
        tz: options.tz ?? "UTC",
      });
    },
    async unscheduleRecurring(job, key) {
      requireKnown(job);
      await boss.unschedule(job.name, key);
    },
    async stop() {
      // Graceful: a running job finishes (up to 10 s) rather than waiting out its expiry on another instance.
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
