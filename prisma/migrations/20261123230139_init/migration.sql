-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Version" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT,
    "title" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "channel" TEXT,
    "author" TEXT,
    "basis" TEXT NOT NULL DEFAULT 'text',
    "grade" TEXT,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Version_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VersionParent" (
    "childId" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    PRIMARY KEY ("childId", "parentId"),
    CONSTRAINT "VersionParent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VersionParent_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "parentId" INTEGER,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'text',
    "topics" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Clause_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Clause_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Clause" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClauseSource" (
    "clauseId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    PRIMARY KEY ("clauseId", "sourceId"),
    CONSTRAINT "ClauseSource_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClauseSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClauseLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "fromVersionId" INTEGER NOT NULL,
    "toVersionId" INTEGER NOT NULL,
    "fromClauseId" INTEGER,
    "toClauseId" INTEGER,
    "kind" TEXT NOT NULL,
    "evidence" TEXT,
    "confidence" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClauseLink_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClauseLink_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClauseLink_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClauseLink_fromClauseId_fkey" FOREIGN KEY ("fromClauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClauseLink_toClauseId_fkey" FOREIGN KEY ("toClauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LinkSource" (
    "linkId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    PRIMARY KEY ("linkId", "sourceId"),
    CONSTRAINT "LinkSource_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "ClauseLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LinkSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Party" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "Party_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "partyId" INTEGER,
    CONSTRAINT "Actor_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Actor_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Position" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "partyId" INTEGER,
    "actorId" INTEGER,
    "versionId" INTEGER,
    "clauseId" INTEGER,
    "topic" TEXT,
    "stance" TEXT NOT NULL,
    "quote" TEXT,
    "date" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Position_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PositionSource" (
    "positionId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    PRIMARY KEY ("positionId", "sourceId"),
    CONSTRAINT "PositionSource_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PositionSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "outlet" TEXT,
    "title" TEXT,
    "date" TEXT,
    "language" TEXT,
    CONSTRAINT "Source_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comparison" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "fromVersionId" INTEGER NOT NULL,
    "toVersionId" INTEGER NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "paramsHash" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Comparison_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comparison_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comparison_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "label" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER,
    "tokenId" TEXT,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
CREATE UNIQUE INDEX "Comparison_fromVersionId_toVersionId_engineVersion_paramsHash_key" ON "Comparison"("fromVersionId", "toVersionId", "engineVersion", "paramsHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_planId_at_idx" ON "AuditEvent"("planId", "at");

