-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('pending', 'in_progress', 'done', 'skipped', 'failed');

-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "ownerLabel" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "stepId" TEXT;

-- CreateTable
CREATE TABLE "TimelineStep" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "phase" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "ownerLabel" TEXT NOT NULL DEFAULT '',
    "plannedStart" TIMESTAMP(3),
    "plannedOffsetMinutes" INTEGER,
    "plannedMinutes" INTEGER NOT NULL DEFAULT 0,
    "status" "StepStatus" NOT NULL DEFAULT 'pending',
    "actualStart" TIMESTAMP(3),
    "actualEnd" TIMESTAMP(3),
    "notes" TEXT NOT NULL DEFAULT '',
    "isMilestone" BOOLEAN NOT NULL DEFAULT false,
    "isGoLive" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT,

    CONSTRAINT "TimelineStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepLink" (
    "stepId" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,

    CONSTRAINT "StepLink_pkey" PRIMARY KEY ("stepId","predecessorId")
);

-- CreateIndex
CREATE INDEX "TimelineStep_launchId_position_idx" ON "TimelineStep"("launchId", "position");

-- CreateIndex
CREATE INDEX "StepLink_predecessorId_idx" ON "StepLink"("predecessorId");

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "TimelineStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineStep" ADD CONSTRAINT "TimelineStep_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineStep" ADD CONSTRAINT "TimelineStep_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineStep" ADD CONSTRAINT "TimelineStep_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepLink" ADD CONSTRAINT "StepLink_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "TimelineStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepLink" ADD CONSTRAINT "StepLink_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "TimelineStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;
