-- DropIndex
DROP INDEX "tasks_user_id_submit_time_idx";

-- DropIndex
DROP INDEX "tasks_channel_id_submit_time_idx";

-- DropIndex
DROP INDEX "tasks_status_channel_id_idx";

-- CreateTable
CREATE TABLE "task_counts" (
    "kind" INTEGER NOT NULL,
    "scope_id" INTEGER NOT NULL,
    "day" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("kind", "scope_id", "day")
);

-- CreateIndex
CREATE INDEX "tasks_submit_time_id_idx" ON "tasks"("submit_time", "id");

-- CreateIndex
CREATE INDEX "tasks_user_id_submit_time_id_idx" ON "tasks"("user_id", "submit_time", "id");

-- CreateIndex
CREATE INDEX "tasks_channel_id_submit_time_id_idx" ON "tasks"("channel_id", "submit_time", "id");

-- CreateIndex
CREATE INDEX "tasks_status_channel_id_submit_time_idx" ON "tasks"("status", "channel_id", "submit_time");

-- CreateIndex
CREATE INDEX "tasks_status_refunded_at_idx" ON "tasks"("status", "refunded_at");


-- Hand-written below (triggers are not part of Prisma's schema language).

-- A pending reservation (no upstream id yet) carries its reservation time in updated_at and
-- submit_time 0, so lists and counts need no mj_id <> '' test: submit_time > 0 says "listed".
UPDATE "tasks" SET "updated_at" = "submit_time", "submit_time" = 0 WHERE "mj_id" = '';

-- task_counts stays exact: every insert, delete and move of a listed task adjusts its user's
-- and its channel's row for that UTC day, inside the same transaction as the change itself
-- (foreign-key cascades and SET NULL included).
CREATE TRIGGER "tasks_count_insert" AFTER INSERT ON "tasks" WHEN NEW."submit_time" > 0
BEGIN
  INSERT INTO "task_counts" ("kind", "scope_id", "day", "count") VALUES (1, NEW."user_id", NEW."submit_time" / 86400000, 1)
    ON CONFLICT ("kind", "scope_id", "day") DO UPDATE SET "count" = "count" + 1;
  INSERT INTO "task_counts" ("kind", "scope_id", "day", "count") VALUES (2, COALESCE(NEW."channel_id", 0), NEW."submit_time" / 86400000, 1)
    ON CONFLICT ("kind", "scope_id", "day") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "tasks_count_delete" AFTER DELETE ON "tasks" WHEN OLD."submit_time" > 0
BEGIN
  UPDATE "task_counts" SET "count" = "count" - 1 WHERE "kind" = 1 AND "scope_id" = OLD."user_id" AND "day" = OLD."submit_time" / 86400000;
  UPDATE "task_counts" SET "count" = "count" - 1 WHERE "kind" = 2 AND "scope_id" = COALESCE(OLD."channel_id", 0) AND "day" = OLD."submit_time" / 86400000;
END;

CREATE TRIGGER "tasks_count_update" AFTER UPDATE OF "user_id", "channel_id", "submit_time" ON "tasks"
  WHEN OLD."user_id" IS NOT NEW."user_id" OR OLD."channel_id" IS NOT NEW."channel_id" OR OLD."submit_time" IS NOT NEW."submit_time"
BEGIN
  UPDATE "task_counts" SET "count" = "count" - 1 WHERE OLD."submit_time" > 0 AND "kind" = 1 AND "scope_id" = OLD."user_id" AND "day" = OLD."submit_time" / 86400000;
  UPDATE "task_counts" SET "count" = "count" - 1 WHERE OLD."submit_time" > 0 AND "kind" = 2 AND "scope_id" = COALESCE(OLD."channel_id", 0) AND "day" = OLD."submit_time" / 86400000;
  INSERT INTO "task_counts" ("kind", "scope_id", "day", "count") SELECT 1, NEW."user_id", NEW."submit_time" / 86400000, 1 WHERE NEW."submit_time" > 0
    ON CONFLICT ("kind", "scope_id", "day") DO UPDATE SET "count" = "count" + 1;
  INSERT INTO "task_counts" ("kind", "scope_id", "day", "count") SELECT 2, COALESCE(NEW."channel_id", 0), NEW."submit_time" / 86400000, 1 WHERE NEW."submit_time" > 0
    ON CONFLICT ("kind", "scope_id", "day") DO UPDATE SET "count" = "count" + 1;
END;

-- The counts of the tasks already there.
INSERT INTO "task_counts" ("kind", "scope_id", "day", "count")
  SELECT 1, "user_id", "submit_time" / 86400000, COUNT(*) FROM "tasks" WHERE "submit_time" > 0 GROUP BY 1, 2, 3;
INSERT INTO "task_counts" ("kind", "scope_id", "day", "count")
  SELECT 2, COALESCE("channel_id", 0), "submit_time" / 86400000, COUNT(*) FROM "tasks" WHERE "submit_time" > 0 GROUP BY 1, 2, 3;
