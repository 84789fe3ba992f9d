import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { io as connect } from "socket.io-client";
import { test, expect } from "../support/fixtures";

// A page on another port of the same host is the same *site*: the session cookie (SameSite=Lax) goes
// along with its requests. Only the origin check stands between it and a forged change.
let attacker: Server;
let attackerOrigin: string;
let formTarget = "";

test.beforeAll(async () => {
  attacker = createServer((_request, response) => {
    response.setHeader("content-type", "text/html");
    // The classic forgery: a text/plain form whose body happens to parse as JSON.
    response.end(`<form id="f" method="POST" enctype="text/plain" action="${formTarget}">
      <input name='{"title":"Forged outage","severity":"critical","x":"' value='"}'></form>
      <script>document.getElementById("f").submit()</script>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "localhost", resolve));
  attackerOrigin = `http://localhost:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

test("a forged form from another port of the same host changes nothing", async ({ signInAs, launch, baseURL }) => {
  const lead = await signInAs("lead");
  formTarget = `${baseURL}/api/launches/${launch.id}/incidents`;
  const refused = lead.page.waitForResponse((response) => response.url() === formTarget);
  await lead.page.goto(attackerOrigin);
  expect((await refused).status()).toBe(403);
  expect((await lead.api.snapshot(launch.id)) as unknown as { incidents: unknown[] }).toMatchObject({ incidents: [] });
});

test("cross-origin and non-JSON writes are refused with 403 / 415; the app's own JSON writes work", async ({
  signInAs,
  launch,
  baseURL,
}) => {
  const { context, api } = await signInAs("lead");
  const url = `/api/launches/${launch.id}/incidents`;
  const body = JSON.stringify({ title: "Checkout errors", severity: "critical" });
  const post = (headers: Record<string, string>) => context.request.post(url, { headers, data: Buffer.from(body) });

  const crossOrigin = await post({ origin: attackerOrigin, "content-type": "application/json" });
  expect(crossOrigin.status()).toBe(403);
  expect(await crossOrigin.json()).toMatchObject({
    code: "forbidden",
    error: expect.stringMatching(/another site or origin/),
  });
  expect((await post({ "sec-fetch-site": "same-site", "content-type": "application/json" })).status()).toBe(403);
  const plain = await post({ origin: baseURL!, "content-type": "text/plain" });
  expect(plain.status()).toBe(415);
  expect(await plain.json()).toMatchObject({ error: expect.stringMatching(/Content-Type: application\/json/) });
  expect((await api.snapshot(launch.id)) as unknown as { incidents: unknown[] }).toMatchObject({ incidents: [] });

  expect((await post({ origin: baseURL!, "content-type": "application/json" })).status()).toBe(201);
});

test("a WebSocket handshake from another origin is refused, even with the session cookie", async ({
  signInAs,
  baseURL,
}) => {
  const { context } = await signInAs("sponsor");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const attempt = (origin: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(baseURL!, {
        transports: ["websocket"],
        reconnection: false,
        extraHeaders: { cookie, origin },
      });
      socket.once("connect", () => (socket.disconnect(), resolve("connected")));
      socket.once("connect_error", () => (socket.disconnect(), resolve("refused")));
    });
  expect(await attempt(attackerOrigin)).toBe("refused");
  expect(await attempt(baseURL!)).toBe("connected");
});
