// Wall screens run all night: laptops sleep, tabs are hidden and throttled, Wi-Fi drops. socket.io's own
// reconnect does not notice a frozen timer or a socket that died silently during sleep, so a screen that
// comes back calls `onWake` to check its connection and fetch what it missed.

const CHECK_EVERY_MS = 5_000;
/** A 5 s timer that fired this late means the page was frozen (sleep, a throttled background tab). */
const GAP_MS = 15_000;

/** The timer last fired at `lastTick` and fires again at `now`: was the page asleep in between? */
export const sleptBetween = (lastTick: number, now: number, everyMs = CHECK_EVERY_MS) =>
  now - lastTick > everyMs + GAP_MS;

/** Calls `onWake` when the page is shown again, the network comes back, or a long timer gap shows it slept. */
export function watchWake(onWake: (reason: "visible" | "online" | "slept") => void): () => void {
  const visible = () => document.visibilityState === "visible" && onWake("visible");
  const online = () => onWake("online");
  let lastTick = Date.now();
  const timer = window.setInterval(() => {
    const now = Date.now();
    if (sleptBetween(lastTick, now)) onWake("slept");
    lastTick = now;
  }, CHECK_EVERY_MS);
  document.addEventListener("visibilitychange", visible);
  window.addEventListener("online", online);
  return () => {
    window.clearInterval(timer);
    document.removeEventListener("visibilitychange", visible);
    window.removeEventListener("online", online);
  };
}
