-- Deleting a channel sets channel_id to NULL on all its tasks (the foreign key's SET NULL),
-- one row update each, and the row trigger moved each task's count from the channel's row
-- of the day to channel 0's, one update at a time: the same square-of-the-tasks-per-day cost
-- as deletes had (see task_counts_per_statement_delete), on count rows that confirmed submits
-- update too. Now the channel's count rows move to channel 0 in one statement before the
-- channel goes, and the row trigger skips the tasks that only lose that channel (their user's
-- counts do not change either). The channels so deleted are named in a setting local to the
-- transaction, so no other change is skipped.
CREATE FUNCTION "channel_counts_to_none"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "task_counts" AS c ("kind", "scope_id", "day", "count")
    SELECT 2, 0, "day", "count" FROM "task_counts" WHERE "kind" = 2 AND "scope_id" = OLD."id"
    ON CONFLICT ("kind", "scope_id", "day") DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  DELETE FROM "task_counts" WHERE "kind" = 2 AND "scope_id" = OLD."id";
  PERFORM set_config('mj.deleted_channels', COALESCE(NULLIF(current_setting('mj.deleted_channels', true), ''), ',') || OLD."id" || ',', true);
  RETURN OLD;
END
$$;

CREATE TRIGGER "channels_counts_to_none" BEFORE DELETE ON "channels" FOR EACH ROW EXECUTE FUNCTION "channel_counts_to_none"();

DROP TRIGGER "tasks_count_update" ON "tasks";
CREATE TRIGGER "tasks_count_update" AFTER UPDATE OF "user_id", "channel_id", "submit_time" ON "tasks" FOR EACH ROW
  WHEN ((OLD."user_id" IS DISTINCT FROM NEW."user_id" OR OLD."channel_id" IS DISTINCT FROM NEW."channel_id" OR OLD."submit_time" IS DISTINCT FROM NEW."submit_time")
    AND NOT (NEW."channel_id" IS NULL AND OLD."user_id" = NEW."user_id" AND OLD."submit_time" = NEW."submit_time"
      AND strpos(COALESCE(current_setting('mj.deleted_channels', true), ''), ',' || OLD."channel_id" || ',') > 0))
  EXECUTE FUNCTION "tasks_count_change"();
