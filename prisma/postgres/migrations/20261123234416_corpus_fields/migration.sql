-- AlterTable (edited by hand: Prisma's diff dropped and re-added "grade", losing stored grades;
-- converting the enum column in place keeps them)
ALTER TABLE "Version" ADD COLUMN     "authorParties" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "gradeNote" TEXT,
ALTER COLUMN "grade" TYPE TEXT USING "grade"::text;

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "key" TEXT,
ADD COLUMN     "labels" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "outlet" TEXT;

-- DropEnum
DROP TYPE "Grade";

-- CreateIndex
CREATE UNIQUE INDEX "Position_planId_key_key" ON "Position"("planId", "key");

