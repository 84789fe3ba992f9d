import { readEnv } from "@/lib/env";
import { assertPublicHost } from "@/lib/outbound/host-policy";

export type CheckResult = { ok: boolean; status: number | null; ms: number; error: string; evidence: string };
type Check = { method: string; url: string; expectStatus: number; bodyContains: string; timeoutSeconds: number };

/** One HTTP check: status as expected and, if asked, the body containing a text. Never throws. */
export async function checkHttp(check: Check): Promise<CheckResult> {
  const started = Date.now();
  try {
    if (!readEnv().OUTBOUND_ALLOW_PRIVATE_HOSTS) await assertPublicHost(new URL(check.url).hostname);
    const response = await fetch(check.url, {
      method: check.method,
      redirect: "manual",
      signal: AbortSignal.timeout(check.timeoutSeconds * 1000),
      headers: { "user-agent": "LaunchControl-Probe/1" },
    });
    const body = check.method === "HEAD" ? "" : (await response.text()).slice(0, 100_000);
    const ms = Date.now() - started;
    const evidence = `Probe ${check.method} ${check.url} → ${response.status} in ${ms} ms at ${new Date().toISOString()}`;
    if (response.status !== check.expectStatus)
      return {
        ok: false,
        status: response.status,
        ms,
        error: `Expected ${check.expectStatus}, got ${response.status}.`,
        evidence,
      };
    if (check.bodyContains && !body.includes(check.bodyContains))
      return {
        ok: false,
        status: response.status,
        ms,
        error: `The response does not contain "${check.bodyContains}".`,
        evidence,
      };
    return {
      ok: true,
      status: response.status,
      ms,
      error: "",
      evidence: check.bodyContains ? `${evidence}, body contains "${check.bodyContains}"` : evidence,
    };
  } catch (error) {
    const ms = Date.now() - started;
    const text =
      error instanceof Error
        ? error.name === "TimeoutError"
          ? `No answer within ${check.timeoutSeconds} s.`
          : `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`
        : String(error);
    return { ok: false, status: null, ms, error: text.slice(0, 500), evidence: "" };
  }
}
