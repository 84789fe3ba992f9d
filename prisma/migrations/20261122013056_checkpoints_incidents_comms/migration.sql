-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('lt', 'lte', 'gt', 'gte', 'eq');

-- CreateEnum
CREATE TYPE "TriggerKind" AS ENUM ('metric', 'critical_incident', 'consecutive_failures');

-- CreateEnum
CREATE TYPE "Assessment" AS ENUM ('green', 'amber', 'red');

-- CreateEnum
CREATE TYPE "CheckpointDecision" AS ENUM ('continue', 'hold', 'rollback');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('critical', 'high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('open', 'investigating', 'mitigated', 'resolved');

-- AlterTable
ALTER TABLE "Launch" ADD COLUMN     "checkpointEveryMinutes" INTEGER,
ADD COLUMN     "checkpointsFrom" TIMESTAMP(3),
ADD COLUMN     "checkpointsUntil" TIMESTAMP(3),
ADD COLUMN     "lessonsLearned" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "metricsTokenHash" TEXT;

-- CreateTable
CREATE TABLE "Metric" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "comparator" "Comparator" NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "warnThreshold" DOUBLE PRECISION,
    "position" INTEGER NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollbackTrigger" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "kind" "TriggerKind" NOT NULL,
    "metricId" TEXT,
    "comparator" "Comparator",
    "threshold" DOUBLE PRECISION,
    "count" INTEGER NOT NULL DEFAULT 2,
    "description" TEXT NOT NULL DEFAULT '',
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "RollbackTrigger_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckpointReport" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "dueAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "assessment" "Assessment" NOT NULL,
    "decision" "CheckpointDecision" NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "standup" JSONB NOT NULL,
    "values" JSONB NOT NULL,

    CONSTRAINT "CheckpointReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricSample" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "metricId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL DEFAULT 'api',

    CONSTRAINT "MetricSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'open',
    "ownerId" TEXT,
    "ownerName" TEXT NOT NULL DEFAULT '',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "impact" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Communication" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "audience" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "sentById" TEXT,
    "sentByName" TEXT NOT NULL DEFAULT '',
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Communication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Metric_launchId_key_key" ON "Metric"("launchId", "key");

-- CreateIndex
CREATE INDEX "RollbackTrigger_launchId_idx" ON "RollbackTrigger"("launchId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckpointReport_launchId_number_version_key" ON "CheckpointReport"("launchId", "number", "version");

-- CreateIndex
CREATE INDEX "MetricSample_launchId_metricId_at_idx" ON "MetricSample"("launchId", "metricId", "at");

-- CreateIndex
CREATE INDEX "Incident_launchId_idx" ON "Incident"("launchId");

-- CreateIndex
CREATE INDEX "Communication_launchId_dueAt_idx" ON "Communication"("launchId", "dueAt");

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackTrigger" ADD CONSTRAINT "RollbackTrigger_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackTrigger" ADD CONSTRAINT "RollbackTrigger_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckpointReport" ADD CONSTRAINT "CheckpointReport_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricSample" ADD CONSTRAINT "MetricSample_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricSample" ADD CONSTRAINT "MetricSample_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
