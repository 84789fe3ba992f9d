-- CreateEnum
CREATE TYPE "MessageTimeAnchor" AS ENUM ('absolute', 'goLive', 'stepStart', 'stepComplete', 'checkpoint');

-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "anchorCheckpoint" INTEGER,
ADD COLUMN     "anchorStepId" TEXT,
ADD COLUMN     "fixedAt" TIMESTAMP(3),
ADD COLUMN     "nextOccurrence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "offsetMinutes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "repeatEveryMinutes" INTEGER,
ADD COLUMN     "repeatForMinutes" INTEGER,
ADD COLUMN     "timeAnchor" "MessageTimeAnchor" NOT NULL DEFAULT 'absolute',
ALTER COLUMN "dueAt" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Probe" ADD COLUMN     "jsonExpect" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "jsonPath" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "stepId" TEXT,
ALTER COLUMN "itemId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CommunicationSend" (
    "id" TEXT NOT NULL,
    "communicationId" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentText" TEXT NOT NULL,

    CONSTRAINT "CommunicationSend_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommunicationSend_communicationId_occurrence_key" ON "CommunicationSend"("communicationId", "occurrence");

-- AddForeignKey
ALTER TABLE "CommunicationSend" ADD CONSTRAINT "CommunicationSend_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing planned messages are absolute: their time becomes the fixed time. One sent by the server gets its
-- send record (one marked sent by a person has no rendered text, and gets none, as now).
UPDATE "Communication" SET "fixedAt" = "dueAt";
INSERT INTO "CommunicationSend" ("id", "communicationId", "occurrence", "dueAt", "sentAt", "sentText")
SELECT 'm' || md5("id"), "id", 0, "dueAt", "sentAt", "sentText" FROM "Communication" WHERE "sentAt" IS NOT NULL AND "sentText" <> '';
UPDATE "Communication" SET "nextOccurrence" = 1 WHERE "sentAt" IS NOT NULL;
