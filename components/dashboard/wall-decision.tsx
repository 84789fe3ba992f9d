import type { GateData } from "@/lib/audit/event-types";
import { gateHeadline } from "@/lib/gates/latest-decision";
import { decisionLook } from "@/components/gates/gate-look";
import { formatTime } from "@/lib/time/zoned";

const label = "truncate text-[clamp(0.9rem,1.25vw,1.6rem)] font-semibold uppercase tracking-widest text-slate-400";

/**
 * GO / NO-GO on the wall: the latest decision as a big coloured word with who decided and when, or
 * the gate the room is waiting on. Not a line in a ticker that scrolls away.
 */
export function WallDecision({ gates, timeZone }: { gates: GateData[]; timeZone: string }) {
  const headline = gateHeadline(gates);
  if (headline.kind === "none") {
    return (
      <div data-testid="wall-decision" data-kind="none">
        <p className={label}>Go / no-go</p>
        <p className="mt-2 text-[clamp(1.2rem,2vw,2.6rem)] font-semibold text-slate-300">No gate opened yet</p>
      </div>
    );
  }
  if (headline.kind === "awaiting") {
    return (
      <div data-testid="wall-decision" data-kind="awaiting">
        <p className={label}>{headline.gate.title}</p>
        <p className="mt-2 text-[clamp(1.6rem,3vw,4rem)] font-bold leading-tight text-amber-300">Awaiting decision</p>
        <p className="mt-1 text-[clamp(1rem,1.4vw,1.9rem)] text-slate-300">
          Round {headline.round.number} opened {formatTime(headline.round.openedAt, timeZone)}
        </p>
      </div>
    );
  }
  const look = decisionLook[headline.round.decision];
  return (
    <div data-testid="wall-decision" data-kind="decided" data-decision={headline.round.decision}>
      <p className={label}>{headline.gate.title}</p>
      <p
        className={`mt-2 inline-block rounded-2xl px-[0.5em] py-[0.1em] text-[clamp(2rem,4vw,5.5rem)] font-black leading-tight ${look.solid}`}
      >
        {look.label}
      </p>
      <p className="mt-2 truncate text-[clamp(1rem,1.4vw,1.9rem)] text-slate-200">
        {headline.round.decidedBy?.name ?? "Someone"} · {formatTime(headline.round.decidedAt, timeZone)}
        {headline.round.override && <span className="text-amber-300"> · override</span>}
      </p>
    </div>
  );
}
