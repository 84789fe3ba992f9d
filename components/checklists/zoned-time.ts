// Moved to lib/time/zoned.ts (one time-zone module). Kept only so code written against the old path before
// the move still builds; import from "@/lib/time/zoned" and delete this file once no import names it.
export * from "@/lib/time/zoned";
