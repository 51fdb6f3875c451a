-- CreateEnum
CREATE TYPE "StatementStatus" AS ENUM ('proposed', 'accepted', 'rejected');

-- AlterTable
ALTER TABLE "Version" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Clause" ADD COLUMN     "grade" TEXT,
ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "aliases" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "gender" TEXT,
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "title" TEXT;

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "articleId" INTEGER,
ADD COLUMN     "grade" TEXT;

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "key" TEXT,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "text" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "status" "StatementStatus" NOT NULL DEFAULT 'proposed',
    "speaker" TEXT,
    "party" TEXT,
    "role" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "spanStart" INTEGER NOT NULL,
    "spanEnd" INTEGER NOT NULL,
    "mode" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "target" TEXT NOT NULL,
    "topics" TEXT NOT NULL DEFAULT '[]',
    "date" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL,
    "reportedBy" TEXT,
    "reason" TEXT,
    "positionId" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "Position_articleId_idx" ON "Position"("articleId");

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

