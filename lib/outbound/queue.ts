import { PgBoss } from "pg-boss";

// The little of a job queue that outbound delivery needs. Implemented with pg-boss (its own schema in
// our PostgreSQL); the scale-out work shares one instance across the server, so keep callers on this
// interface rather than on pg-boss itself.
export interface JobQueue {
  enqueue(name: string, data: object, options?: { startAfter?: Date; singletonKey?: string }): Promise<void>;
  work(name: string, handler: (data: unknown) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startPgBossQueue(connectionString: string, { concurrency = 4 } = {}): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString, schema: "pgboss" });
  boss.on("error", (error) => console.error("[outbound] job queue:", error instanceof Error ? error.message : error));
  await boss.start();
  const created = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (created.has(name)) return;
    await boss.createQueue(name);
    created.add(name);
  };
  return {
    async enqueue(name, data, options = {}) {
      await ensureQueue(name);
      // Retries are ours (the outbox row holds attempts and backoff); a job is one attempt.
      await boss.send(name, data, { ...options, retryLimit: 0 });
    },
    async work(name, handler) {
      await ensureQueue(name);
      // Several at once, so one endpoint that hangs until its timeout does not hold up the others.
      await boss.work(name, { localConcurrency: concurrency, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (job) await handler(job.data);
      });
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 15_000 });
    },
  };
}
