// Small measuring helpers for `npm run bench`: HTTP with a timeout, next-auth sign-in, percentiles, and
// a server process's RSS and CPU read from /proc (the server is measured from outside, as a user sees it).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Answer = { status: number; ms: number; json: any; text: string; bytes: number; headers: Headers }; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function http(
  base: string,
  method: string,
  path: string,
  { cookie, body, timeoutMs = 30_000 }: { cookie?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(base + path, {
    method,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined ? { "content-type": "application/json", origin: base } : { origin: base }),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const buffer = Buffer.from(await response.arrayBuffer());
  const text = buffer.toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    ms: performance.now() - started,
    json,
    text,
    bytes: buffer.length,
    headers: response.headers,
  };
}

/** Signs in through next-auth's credentials form, as the browser does; returns the session Cookie header. */
export async function signIn(base: string, email: string, password = "golive-demo"): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  };
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(30_000) });
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  keep(response);
  const session = [...jar].filter(([name]) => name.includes("session-token"));
  if (session.length === 0) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return session.map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Polls (each turn of the event loop) until `done()` or the timeout; true when met. */
export async function waitFor(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return true;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type Stats = { n: number; p50: number; p95: number; max: number };
export const stats = (values: number[]): Stats => ({
  n: values.length,
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: values.length ? Math.max(...values) : NaN,
});
export const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : String(x));
export const fmt = (s: Stats) => `p50 ${f1(s.p50)} ms, p95 ${f1(s.p95)} ms, max ${f1(s.max)} ms (n=${s.n})`;
export const median = (xs: number[]) => percentile(xs, 50);

/** Resident memory of a process in MB. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
