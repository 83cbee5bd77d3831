-- AlterTable (written as ADD COLUMN: the diff's table rebuild is not needed for two defaulted columns)
ALTER TABLE "channels" ADD COLUMN "push_updates" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "channels" ADD COLUMN "callback_secret" TEXT NOT NULL DEFAULT '';

-- Every existing channel gets its callback secret (new ones get theirs when created).
UPDATE "channels" SET "callback_secret" = lower(hex(randomblob(24))) WHERE "callback_secret" = '';
