-- AlterEnum
ALTER TYPE "TriggerKind" ADD VALUE 'manual';

-- AlterTable
ALTER TABLE "Launch" ADD COLUMN     "checkpointExtraTimes" TIMESTAMP(3)[] DEFAULT ARRAY[]::TIMESTAMP(3)[];

-- CreateTable
CREATE TABLE "IncidentSeverityLevel" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "meaning" TEXT NOT NULL DEFAULT '',
    "responseMinutes" INTEGER,
    "severity" "Severity" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "IncidentSeverityLevel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IncidentSeverityLevel_launchId_key_key" ON "IncidentSeverityLevel"("launchId", "key");

-- AddForeignKey
ALTER TABLE "IncidentSeverityLevel" ADD CONSTRAINT "IncidentSeverityLevel_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
