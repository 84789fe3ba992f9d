import type { Server } from "socket.io";
import { getPublicStatus } from "@/lib/status-page/get-public-status";
import { statusNamespace, statusRoom } from "@/lib/status-page/status-room";
import { AppError } from "@/lib/errors";

/**
 * The read-only live room of public status pages: no session, and the only thing a viewer can send
 * is "status:join" with the page's token. They receive "status:update" snapshots, nothing else.
 */
export function attachStatusNamespace(io: Server<never, never, never, never> | Server): void {
  const namespace = (io as Server).of(statusNamespace);
  namespace.on("connection", (socket) => {
    socket.on("status:join", async (payload: unknown, ack: unknown) => {
      const token =
        typeof payload === "object" && payload && "token" in payload
          ? String((payload as { token: unknown }).token)
          : "";
      const reply = typeof ack === "function" ? (ack as (result: unknown) => void) : () => undefined;
      try {
        const status = await getPublicStatus(token);
        await socket.join(statusRoom(token));
        reply({ ok: true, status });
      } catch (error) {
        reply({
          ok: false,
          error: error instanceof AppError ? error.message : "Could not open the status page; try again.",
        });
      }
    });
  });
}
