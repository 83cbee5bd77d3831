-- AlterTable
ALTER TABLE "channels" ADD COLUMN     "callback_secret" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "push_updates" INTEGER NOT NULL DEFAULT 0;


-- Every existing channel gets its callback secret (new ones get theirs when created).
UPDATE "channels" SET "callback_secret" = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '') WHERE "callback_secret" = '';
