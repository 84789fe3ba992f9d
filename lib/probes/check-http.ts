import { readEnv } from "@/lib/env";
import { assertPublicHost } from "@/lib/outbound/host-policy";
import { checkJsonPath } from "@/lib/probes/json-check";

export type CheckResult = { ok: boolean; status: number | null; ms: number; error: string; evidence: string };
type Check = {
  method: string;
  url: string;
  expectStatus: number;
  bodyContains: string;
  timeoutSeconds: number;
  jsonPath?: string;
  jsonExpect?: string;
};

/** One HTTP check: status as expected and, if asked, the body containing a text and a JSON path's value. Never throws. */
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
    const jsonError = check.jsonPath ? checkJsonPath(body, check.jsonPath, check.jsonExpect ?? "") : null;
    if (jsonError) return { ok: false, status: response.status, ms, error: jsonError, evidence };
    const checked = [
      check.bodyContains && `body contains "${check.bodyContains}"`,
      check.jsonPath && `${check.jsonPath}${check.jsonExpect ? ` == ${check.jsonExpect}` : " present"}`,
    ].filter(Boolean);
    // The start of the body as well, so the evidence shows what the service said.
    const excerpt = body.trim().slice(0, 300);
    return {
      ok: true,
      status: response.status,
      ms,
      error: "",
      evidence: `${[evidence, ...checked].join(", ")}${excerpt ? `\nResponse: ${excerpt}` : ""}`,
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
