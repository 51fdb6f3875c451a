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
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Version_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Version" ("author", "basis", "channel", "createdAt", "date", "grade", "id", "label", "notes", "planId", "slug", "title") SELECT "author", "basis", "channel", "createdAt", "date", "grade", "id", "label", "notes", "planId", "slug", "title" FROM "Version";
DROP TABLE "Version";
ALTER TABLE "new_Version" RENAME TO "Version";
CREATE UNIQUE INDEX "Version_planId_slug_key" ON "Version"("planId", "slug");
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Position_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Position_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Position" ("actorId", "clauseId", "createdAt", "date", "id", "note", "partyId", "planId", "quote", "stance", "topic", "versionId") SELECT "actorId", "clauseId", "createdAt", "date", "id", "note", "partyId", "planId", "quote", "stance", "topic", "versionId" FROM "Position";
DROP TABLE "Position";
ALTER TABLE "new_Position" RENAME TO "Position";
CREATE INDEX "Position_planId_idx" ON "Position"("planId");
CREATE INDEX "Position_partyId_idx" ON "Position"("partyId");
CREATE INDEX "Position_actorId_idx" ON "Position"("actorId");
CREATE INDEX "Position_versionId_idx" ON "Position"("versionId");
CREATE INDEX "Position_clauseId_idx" ON "Position"("clauseId");
CREATE UNIQUE INDEX "Position_planId_key_key" ON "Position"("planId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

