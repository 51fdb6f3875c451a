-- CreateTable
CREATE TABLE "TrackedChange" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "author" TEXT,
    "date" TEXT,
    "text" TEXT NOT NULL,
    "clause" TEXT,
    "side" TEXT NOT NULL,

    CONSTRAINT "TrackedChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackedChange_versionId_seq_idx" ON "TrackedChange"("versionId", "seq");

-- AddForeignKey
ALTER TABLE "TrackedChange" ADD CONSTRAINT "TrackedChange_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

