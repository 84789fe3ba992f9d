import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Server } from "socket.io";
import { io as connect } from "socket.io-client";
import { compactWhenIdle } from "@/lib/realtime/compact-when-idle";
import type { RealtimeServer } from "@/lib/realtime/publish";

const holder = globalThis as { gc?: unknown };
const original = holder.gc;
afterEach(() => {
  holder.gc = original;
});

describe("compacting the heap when the last connection closes", () => {
  it("collects once after the last watcher left, never while someone is connected", async () => {
    const gc = vi.fn();
    holder.gc = gc;
    const http = createServer();
    const io = new Server(http);
    compactWhenIdle(io as unknown as RealtimeServer);
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const open = () => {
      const client = connect(url, { transports: ["websocket"], reconnection: false });
      return new Promise<typeof client>((resolve) => client.once("connect", () => resolve(client)));
    };
    const [first, second] = [await open(), await open()];
    first.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(gc).not.toHaveBeenCalled(); // the second watcher is still there
    second.disconnect();
    await vi.waitFor(() => expect(gc).toHaveBeenCalledTimes(1), { timeout: 6_000 });
    expect(gc.mock.calls[0]![0]).toMatchObject({ type: "major", flavor: "last-resort" });
    await io.close();
  }, 15_000);
});
