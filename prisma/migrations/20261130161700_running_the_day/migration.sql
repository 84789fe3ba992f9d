-- CreateEnum
CREATE TYPE "StepKind" AS ENUM ('task', 'milestone', 'validation', 'communication', 'decision');

-- AlterEnum
ALTER TYPE "TriggerKind" ADD VALUE 'validation_failed';

-- AlterTable
ALTER TABLE "Launch" ADD COLUMN     "autoStartSteps" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rehearsalIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "TimelineStep" ADD COLUMN     "autoStart" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "communicationId" TEXT,
ADD COLUMN     "evidence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "fixedStart" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "forcedReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "kind" "StepKind" NOT NULL DEFAULT 'task',
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "pointOfNoReturn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rehearsalActuals" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "systemNote" TEXT NOT NULL DEFAULT '';
