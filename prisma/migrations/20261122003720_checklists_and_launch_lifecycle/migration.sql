-- CreateEnum
CREATE TYPE "LaunchStatus" AS ENUM ('planning', 'ready', 'in_progress', 'monitoring', 'completed', 'rolled_back', 'aborted');

-- AlterTable
ALTER TABLE "Launch" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "clonedFromId" TEXT,
ADD COLUMN     "isRehearsal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "membersUpdateAnyItem" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "status" "LaunchStatus" NOT NULL DEFAULT 'planning',
ADD COLUMN     "windowEnd" TIMESTAMP(3),
ADD COLUMN     "windowStart" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ChecklistSection" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "details" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "evidence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "howToVerify" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "required" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "statusReason" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "plan" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Template_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ChecklistItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
