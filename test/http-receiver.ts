// A real local HTTP server standing in for a webhook, Slack or Teams receiver. It verifies the
// signature the way the README tells receivers to, and can be told to answer 500 or to hang.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifySignature } from "@/lib/outbound/sign";

export type Received = {
  headers: IncomingHttpHeaders;
  body: string;
  json: unknown;
  signatureValid: boolean | null;
  at: number;
};
export type Mode = "ok" | "fail" | "hang";

export async function startReceiver(options: { secret?: string } = {}) {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const state = { mode: "ok" as Mode, secret: options.secret };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const header = request.headers["x-launchcontrol-signature"];
      const signatureValid =
        state.secret && typeof header === "string" ? verifySignature(state.secret, body, header) : null;
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      received.push({ headers: request.headers, body, json, signatureValid, at: Date.now() });
      if (state.mode === "hang") return void hanging.push(response);
      response
        .writeHead(state.mode === "ok" ? 200 : 500, { "content-type": "text/plain" })
        .end(state.mode === "ok" ? "ok" : "receiver exploded");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    state,
    /** Lets every hanging request go (answered 200). */
    release() {
      for (const response of hanging.splice(0)) if (!response.writableEnded) response.writeHead(200).end("late");
    },
    async close() {
      this.release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Polls until `check` returns a truthy value (or fails the test after `timeoutMs`). */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  { timeoutMs = 20_000, what = "the condition" } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
