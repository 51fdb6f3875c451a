-- CreateEnum
CREATE TYPE "Basis" AS ENUM ('text', 'reported', 'mixed');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('A', 'B', 'C', 'D');

-- CreateEnum
CREATE TYPE "ClauseStatus" AS ENUM ('text', 'reported', 'placeholder');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('supports', 'opposes', 'conditional', 'unclear');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'editor', 'admin');

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Version" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "channel" TEXT,
    "author" TEXT,
    "basis" "Basis" NOT NULL DEFAULT 'text',
    "grade" "Grade",
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VersionParent" (
    "childId" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "VersionParent_pkey" PRIMARY KEY ("childId","parentId")
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "parentId" INTEGER,
    "text" TEXT NOT NULL,
    "status" "ClauseStatus" NOT NULL DEFAULT 'text',
    "topics" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Clause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClauseSource" (
    "clauseId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "ClauseSource_pkey" PRIMARY KEY ("clauseId","sourceId")
);

-- CreateTable
CREATE TABLE "ClauseLink" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "fromVersionId" INTEGER NOT NULL,
    "toVersionId" INTEGER NOT NULL,
    "fromClauseId" INTEGER,
    "toClauseId" INTEGER,
    "kind" TEXT NOT NULL,
    "evidence" TEXT,
    "confidence" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClauseLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkSource" (
    "linkId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "LinkSource_pkey" PRIMARY KEY ("linkId","sourceId")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "partyId" INTEGER,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "partyId" INTEGER,
    "actorId" INTEGER,
    "versionId" INTEGER,
    "clauseId" INTEGER,
    "topic" TEXT,
    "stance" "Stance" NOT NULL,
    "quote" TEXT,
    "date" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionSource" (
    "positionId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "PositionSource_pkey" PRIMARY KEY ("positionId","sourceId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "outlet" TEXT,
    "title" TEXT,
    "date" TEXT,
    "language" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comparison" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "fromVersionId" INTEGER NOT NULL,
    "toVersionId" INTEGER NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "paramsHash" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comparison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "label" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER,
    "tokenId" TEXT,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_slug_key" ON "Plan"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Version_planId_slug_key" ON "Version"("planId", "slug");

-- CreateIndex
CREATE INDEX "VersionParent_parentId_idx" ON "VersionParent"("parentId");

-- CreateIndex
CREATE INDEX "Clause_parentId_idx" ON "Clause"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Clause_versionId_label_key" ON "Clause"("versionId", "label");

-- CreateIndex
CREATE INDEX "ClauseSource_sourceId_idx" ON "ClauseSource"("sourceId");

-- CreateIndex
CREATE INDEX "ClauseLink_planId_idx" ON "ClauseLink"("planId");

-- CreateIndex
CREATE INDEX "ClauseLink_fromVersionId_toVersionId_idx" ON "ClauseLink"("fromVersionId", "toVersionId");

-- CreateIndex
CREATE INDEX "ClauseLink_fromClauseId_idx" ON "ClauseLink"("fromClauseId");

-- CreateIndex
CREATE INDEX "ClauseLink_toClauseId_idx" ON "ClauseLink"("toClauseId");

-- CreateIndex
CREATE INDEX "LinkSource_sourceId_idx" ON "LinkSource"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Party_planId_name_key" ON "Party"("planId", "name");

-- CreateIndex
CREATE INDEX "Actor_partyId_idx" ON "Actor"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_planId_name_key" ON "Actor"("planId", "name");

-- CreateIndex
CREATE INDEX "Position_planId_idx" ON "Position"("planId");

-- CreateIndex
CREATE INDEX "Position_partyId_idx" ON "Position"("partyId");

-- CreateIndex
CREATE INDEX "Position_actorId_idx" ON "Position"("actorId");

-- CreateIndex
CREATE INDEX "Position_versionId_idx" ON "Position"("versionId");

-- CreateIndex
CREATE INDEX "Position_clauseId_idx" ON "Position"("clauseId");

-- CreateIndex
CREATE INDEX "PositionSource_sourceId_idx" ON "PositionSource"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_planId_url_key" ON "Source"("planId", "url");

-- CreateIndex
CREATE INDEX "Comparison_planId_idx" ON "Comparison"("planId");

-- CreateIndex
CREATE INDEX "Comparison_toVersionId_idx" ON "Comparison"("toVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Comparison_fromVersionId_toVersionId_engineVersion_paramsHa_key" ON "Comparison"("fromVersionId", "toVersionId", "engineVersion", "paramsHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_planId_at_idx" ON "AuditEvent"("planId", "at");

-- AddForeignKey
ALTER TABLE "Version" ADD CONSTRAINT "Version_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionParent" ADD CONSTRAINT "VersionParent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersionParent" ADD CONSTRAINT "VersionParent_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Clause"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseSource" ADD CONSTRAINT "ClauseSource_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseSource" ADD CONSTRAINT "ClauseSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseLink" ADD CONSTRAINT "ClauseLink_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseLink" ADD CONSTRAINT "ClauseLink_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseLink" ADD CONSTRAINT "ClauseLink_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseLink" ADD CONSTRAINT "ClauseLink_fromClauseId_fkey" FOREIGN KEY ("fromClauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseLink" ADD CONSTRAINT "ClauseLink_toClauseId_fkey" FOREIGN KEY ("toClauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkSource" ADD CONSTRAINT "LinkSource_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "ClauseLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkSource" ADD CONSTRAINT "LinkSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Party" ADD CONSTRAINT "Party_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionSource" ADD CONSTRAINT "PositionSource_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionSource" ADD CONSTRAINT "PositionSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comparison" ADD CONSTRAINT "Comparison_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

