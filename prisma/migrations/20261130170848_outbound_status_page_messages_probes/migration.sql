-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('webhook', 'slack', 'teams', 'email');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sending', 'delivered', 'failed');

-- AlterTable
ALTER TABLE "Launch" ADD COLUMN     "commsLive" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "probeHosts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "channelIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sentText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "OutboundChannel" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "emailTo" TEXT NOT NULL DEFAULT '',
    "secret" TEXT NOT NULL DEFAULT '',
    "eventTypes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "OutboundChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundDelivery" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "eventSeq" INTEGER,
    "payload" JSONB NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT NOT NULL DEFAULT '',
    "responseCode" INTEGER,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboundDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusPage" (
    "launchId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "headline" TEXT NOT NULL DEFAULT '',
    "showPhase" BOOLEAN NOT NULL DEFAULT true,
    "showForecast" BOOLEAN NOT NULL DEFAULT true,
    "showIncidents" BOOLEAN NOT NULL DEFAULT true,
    "showMessages" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatusPage_pkey" PRIMARY KEY ("launchId")
);

-- CreateTable
CREATE TABLE "Probe" (
    "id" TEXT NOT NULL,
    "launchId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "method" TEXT NOT NULL DEFAULT 'GET',
    "url" TEXT NOT NULL,
    "expectStatus" INTEGER NOT NULL DEFAULT 200,
    "bodyContains" TEXT NOT NULL DEFAULT '',
    "timeoutSeconds" INTEGER NOT NULL DEFAULT 5,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 60,
    "createdById" TEXT NOT NULL,
    "lastRunAt" TIMESTAMP(3),
    "lastOk" BOOLEAN,
    "lastStatus" INTEGER,
    "lastError" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Probe_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboundChannel_launchId_idx" ON "OutboundChannel"("launchId");

-- CreateIndex
CREATE INDEX "OutboundDelivery_channelId_createdAt_idx" ON "OutboundDelivery"("channelId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundDelivery_status_nextAttemptAt_idx" ON "OutboundDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "StatusPage_token_key" ON "StatusPage"("token");

-- CreateIndex
CREATE INDEX "Probe_launchId_idx" ON "Probe"("launchId");

-- AddForeignKey
ALTER TABLE "OutboundChannel" ADD CONSTRAINT "OutboundChannel_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundDelivery" ADD CONSTRAINT "OutboundDelivery_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundDelivery" ADD CONSTRAINT "OutboundDelivery_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "OutboundChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusPage" ADD CONSTRAINT "StatusPage_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Probe" ADD CONSTRAINT "Probe_launchId_fkey" FOREIGN KEY ("launchId") REFERENCES "Launch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
