import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import type { Socket } from "socket.io-client";
import { attachSocketServer, closeSocketServer } from "@/lib/realtime/socket-server";
import { setRealtimeServer } from "@/lib/realtime/publish";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/envelope";

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The app's socket server on a free local port for one test file, with the session secret the file signs
 * its cookies with. `url` is set once the file's tests start; every client put in `clients` is closed after.
 */
export function serveSocketsForTests(secret: string) {
  const server = { url: "", clients: [] as TestClient[] };
  let io: ReturnType<typeof attachSocketServer> | undefined;
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET = secret;
    const http = createServer();
    io = attachSocketServer(http);
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.clients.forEach((client) => client.disconnect());
    setRealtimeServer(undefined);
    if (io) await closeSocketServer(io);
  });
  return server;
}
