-- CreateEnum
CREATE TYPE "StepKind" AS ENUM ('task', 'milestone', 'validation', 'communication', 'decision');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LaunchStatus" ADD VALUE 'on_hold';
ALTER TYPE "LaunchStatus" ADD VALUE 'rolling_back';

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
