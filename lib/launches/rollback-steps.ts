// A plan's rollback steps are the ones in a "Rollback" / "Back out" phase, or whose title starts so
// ("Roll back the database"): they run only when the launch is rolled back, so they do not count towards
// finishing the launch. A title merely mentioning it ("Verify the rollback plan") is ordinary work.
const inPhase = /\b(roll[\s-]?back|back[\s-]?out)\b/i;
const atStart = /^\s*(roll[\s-]?back|back[\s-]?out)\b/i;

export const isRollbackStep = (step: { title: string; phase: string }) =>
  inPhase.test(step.phase) || atStart.test(step.title);
