import { expect, type Page, type WebSocketRoute } from "@playwright/test";

const socketIo = /\/socket\.io\//;

/**
 * Puts a switch between a page and the app's socket.io endpoint. Chromium's offline emulation leaves
 * an open WebSocket alone (events keep arriving), so going "down" here closes the live connection
 * from both ends and refuses every reconnect attempt, over WebSocket and long-polling alike, until
 * the switch is back up. Call before the page opens its socket.
 */
export async function realtimeSwitch(page: Page) {
  let down = false;
  let muted = false;
  let upgraded = false;
  const live = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();

  await page.route(socketIo, (route) => (down ? route.abort("internetdisconnected") : route.continue()));
  await page.routeWebSocket(socketIo, (ws) => {
    if (down) return ws.close();
    const server = ws.connectToServer();
    const connection = { page: ws, server };
    live.add(connection);
    ws.onMessage((message) => {
      // "5" is engine.io's upgrade packet: from here on the client talks over this WebSocket only.
      if (message === "5") upgraded = true;
      server.send(message);
    });
    server.onMessage((message) => {
      if (!muted) ws.send(message);
    });
  });

  return {
    /** Until the client has moved off long-polling, an in-flight poll could still deliver events. */
    async waitForWebSocket() {
      await expect.poll(() => upgraded, { message: "socket.io never upgraded to a WebSocket" }).toBe(true);
    },
    async goDown() {
      down = true;
      for (const connection of live) {
        await connection.server.close();
        await connection.page.close();
      }
      live.clear();
    },
    goUp() {
      down = false;
    },
    /**
     * The socket stays open but nothing reaches the page (as after a laptop's sleep, before the heartbeat
     * notices): the client still believes it is live while events are lost.
     */
    mute() {
      muted = true;
    },
    unmute() {
      muted = false;
    },
  };
}
