// Items keep gaps between their positions, so moving or inserting one writes only that row: its new
// position is the midpoint of its neighbours. Only when two neighbours have no room left between them
// are the siblings spread out again. Server and browser use the same rule, so an optimistic move
// shows exactly where the server will put it.
export const POSITION_GAP = 1024;

type Placed = { id: string; position: number };

/**
 * Where to put an item among `siblings` (in order, without the item itself) so it becomes the
 * `index`-th: either one new position, or — when there is no room — new positions for all of them.
 */
export function placeAt(
  siblings: Placed[],
  id: string,
  index: number,
): { position: number; renumbered: Placed[] | null } {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at - 1]?.position;
  const after = siblings[at]?.position;
  const position =
    before === undefined && after === undefined
      ? 0
      : before === undefined
        ? after! - POSITION_GAP
        : after === undefined
          ? before + POSITION_GAP
          : after - before >= 2
            ? Math.floor((before + after) / 2)
            : null;
  if (position !== null) return { position, renumbered: null };
  const order = [...siblings.slice(0, at), { id, position: 0 }, ...siblings.slice(at)];
  const renumbered = order.map((entry, i) => ({ id: entry.id, position: i * POSITION_GAP }));
  return { position: at * POSITION_GAP, renumbered };
}
