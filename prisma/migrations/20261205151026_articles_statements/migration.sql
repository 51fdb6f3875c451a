-- AlterTable
ALTER TABLE "Clause" ADD COLUMN "grade" TEXT;
ALTER TABLE "Clause" ADD COLUMN "note" TEXT;

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "key" TEXT,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "text" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "speaker" TEXT,
    "party" TEXT,
    "role" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "mode" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "topics" TEXT NOT NULL DEFAULT '[]',
    "date" TEXT,
    "confidence" REAL NOT NULL,
    "reportedBy" TEXT,
    "reason" TEXT,
    "positionId" INTEGER,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Statement_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Version" (
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
    "gradeNote" TEXT,
    "authorParties" TEXT NOT NULL DEFAULT '[]',
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Version_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Version" ("author", "authorParties", "basis", "channel", "createdAt", "date", "grade", "gradeNote", "id", "label", "notes", "planId", "slug", "title") SELECT "author", "authorParties", "basis", "channel", "createdAt", "date", "grade", "gradeNote", "id", "label", "notes", "planId", "slug", "title" FROM "Version";
DROP TABLE "Version";
ALTER TABLE "new_Version" RENAME TO "Version";
CREATE UNIQUE INDEX "Version_planId_slug_key" ON "Version"("planId", "slug");
CREATE TABLE "new_Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "partyId" INTEGER,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "kind" TEXT,
    "gender" TEXT,
    "title" TEXT,
    CONSTRAINT "Actor_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Actor_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Actor" ("id", "name", "partyId", "planId", "role") SELECT "id", "name", "partyId", "planId", "role" FROM "Actor";
DROP TABLE "Actor";
ALTER TABLE "new_Actor" RENAME TO "Actor";
CREATE INDEX "Actor_partyId_idx" ON "Actor"("partyId");
CREATE UNIQUE INDEX "Actor_planId_name_key" ON "Actor"("planId", "name");
CREATE TABLE "new_Position" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "planId" INTEGER NOT NULL,
    "partyId" INTEGER,
    "actorId" INTEGER,
    "versionId" INTEGER,
    "clauseId" INTEGER,
    "topic" TEXT,
    "stance" TEXT NOT NULL,
    "quote" TEXT,
    "date" TEXT,
    "outlet" TEXT,
    "labels" TEXT NOT NULL DEFAULT '[]',
    "note" TEXT,
    "grade" TEXT,
    "articleId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Position_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Position" ("actorId", "clauseId", "createdAt", "date", "id", "key", "labels", "note", "outlet", "partyId", "planId", "quote", "stance", "topic", "versionId") SELECT "actorId", "clauseId", "createdAt", "date", "id", "key", "labels", "note", "outlet", "partyId", "planId", "quote", "stance", "topic", "versionId" FROM "Position";
DROP TABLE "Position";
ALTER TABLE "new_Position" RENAME TO "Position";
CREATE INDEX "Position_planId_idx" ON "Position"("planId");
CREATE INDEX "Position_partyId_idx" ON "Position"("partyId");
CREATE INDEX "Position_actorId_idx" ON "Position"("actorId");
CREATE INDEX "Position_versionId_idx" ON "Position"("versionId");
CREATE INDEX "Position_clauseId_idx" ON "Position"("clauseId");
CREATE INDEX "Position_articleId_idx" ON "Position"("articleId");
CREATE UNIQUE INDEX "Position_planId_key_key" ON "Position"("planId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Article_planId_date_idx" ON "Article"("planId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Article_planId_sha256_key" ON "Article"("planId", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Article_planId_key_key" ON "Article"("planId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_positionId_key" ON "Statement"("positionId");

-- CreateIndex
CREATE INDEX "Statement_planId_status_idx" ON "Statement"("planId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_engineVersion_key_key" ON "Statement"("articleId", "engineVersion", "key");

