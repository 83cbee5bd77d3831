-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "display_name" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "github_id" TEXT,
    "role" INTEGER NOT NULL DEFAULT 1,
    "status" INTEGER NOT NULL DEFAULT 1,
    "group" TEXT NOT NULL DEFAULT 'default',
    "quota" BIGINT NOT NULL DEFAULT 0,
    "used_quota" BIGINT NOT NULL DEFAULT 0,
    "request_count" INTEGER NOT NULL DEFAULT 0,
    "access_token" TEXT,
    "webhook_secret" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "tokens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 1,
    "created_time" BIGINT NOT NULL,
    "accessed_time" BIGINT NOT NULL DEFAULT 0,
    "expired_time" BIGINT NOT NULL DEFAULT -1,
    "remain_quota" BIGINT NOT NULL DEFAULT 0,
    "unlimited_quota" BOOLEAN NOT NULL DEFAULT false,
    "used_quota" BIGINT NOT NULL DEFAULT 0,
    "model_limits_enabled" BOOLEAN NOT NULL DEFAULT false,
    "model_limits" TEXT NOT NULL DEFAULT '',
    "allow_ips" TEXT NOT NULL DEFAULT '',
    "group" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "channels" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "type" INTEGER NOT NULL DEFAULT 2,
    "name" TEXT NOT NULL,
    "base_url" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "status" INTEGER NOT NULL DEFAULT 1,
    "status_reason" TEXT NOT NULL DEFAULT '',
    "group" TEXT NOT NULL DEFAULT 'default',
    "models" TEXT NOT NULL DEFAULT '',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "weight" INTEGER NOT NULL DEFAULT 0,
    "auto_ban" INTEGER NOT NULL DEFAULT 1,
    "tag" TEXT NOT NULL DEFAULT '',
    "used_quota" BIGINT NOT NULL DEFAULT 0,
    "response_time" INTEGER NOT NULL DEFAULT 0,
    "test_time" BIGINT NOT NULL DEFAULT 0,
    "created_time" BIGINT NOT NULL,
    "fail_count" INTEGER NOT NULL DEFAULT 0,
    "poll_lease_until" BIGINT NOT NULL DEFAULT 0,
    "poll_lease_owner" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "options" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mj_id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "token_id" INTEGER,
    "channel_id" INTEGER,
    "parent_mj_id" TEXT NOT NULL DEFAULT '',
    "code" INTEGER NOT NULL DEFAULT 1,
    "action" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT '',
    "bot_type" TEXT NOT NULL DEFAULT 'MID_JOURNEY',
    "prompt" TEXT NOT NULL DEFAULT '',
    "prompt_en" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT '',
    "notify_hook" TEXT NOT NULL DEFAULT '',
    "submit_time" BIGINT NOT NULL,
    "start_time" BIGINT NOT NULL DEFAULT 0,
    "finish_time" BIGINT NOT NULL DEFAULT 0,
    "image_url" TEXT NOT NULL DEFAULT '',
    "video_url" TEXT NOT NULL DEFAULT '',
    "video_urls" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'NOT_START',
    "progress" TEXT NOT NULL DEFAULT '0%',
    "fail_reason" TEXT NOT NULL DEFAULT '',
    "buttons" JSONB,
    "properties" JSONB,
    "model_name" TEXT NOT NULL DEFAULT '',
    "quota" BIGINT NOT NULL DEFAULT 0,
    "refunded_at" BIGINT NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "tasks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "tasks_channel_id_fkey" FOREIGN KEY ("channel_id") REFERENCES "channels" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "logs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "created_at" BIGINT NOT NULL,
    "type" INTEGER NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "username" TEXT NOT NULL DEFAULT '',
    "token_name" TEXT NOT NULL DEFAULT '',
    "token_id" INTEGER NOT NULL DEFAULT 0,
    "model_name" TEXT NOT NULL DEFAULT '',
    "quota" BIGINT NOT NULL DEFAULT 0,
    "channel_id" INTEGER NOT NULL DEFAULT 0,
    "group" TEXT NOT NULL DEFAULT '',
    "mj_id" TEXT NOT NULL DEFAULT '',
    "other" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "notify_deliveries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "event_id" TEXT NOT NULL,
    "task_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempt_count" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" BIGINT NOT NULL,
    "created_at" BIGINT NOT NULL,
    "delivered_at" BIGINT NOT NULL DEFAULT 0,
    "locked_until" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "notify_deliveries_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "notify_attempts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "delivery_id" INTEGER NOT NULL,
    "at" BIGINT NOT NULL,
    "status_code" INTEGER NOT NULL DEFAULT 0,
    "duration_ms" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "notify_attempts_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "notify_deliveries" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "idempotency_records" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "token_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 0,
    "response" TEXT NOT NULL DEFAULT '',
    "created_at" BIGINT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE UNIQUE INDEX "users_github_id_key" ON "users"("github_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_access_token_key" ON "users"("access_token");

-- CreateIndex
CREATE UNIQUE INDEX "tokens_key_key" ON "tokens"("key");

-- CreateIndex
CREATE INDEX "tokens_user_id_idx" ON "tokens"("user_id");

-- CreateIndex
CREATE INDEX "tasks_user_id_submit_time_idx" ON "tasks"("user_id", "submit_time");

-- CreateIndex
CREATE INDEX "tasks_channel_id_submit_time_idx" ON "tasks"("channel_id", "submit_time");

-- CreateIndex
CREATE INDEX "tasks_mj_id_idx" ON "tasks"("mj_id");

-- CreateIndex
CREATE INDEX "tasks_status_channel_id_idx" ON "tasks"("status", "channel_id");

-- CreateIndex
CREATE INDEX "logs_user_id_created_at_idx" ON "logs"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "logs_created_at_idx" ON "logs"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "notify_deliveries_event_id_key" ON "notify_deliveries"("event_id");

-- CreateIndex
CREATE INDEX "notify_deliveries_status_next_attempt_at_idx" ON "notify_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "notify_deliveries_user_id_created_at_idx" ON "notify_deliveries"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "notify_attempts_delivery_id_idx" ON "notify_attempts"("delivery_id");

-- CreateIndex
CREATE UNIQUE INDEX "idempotency_records_token_id_key_key" ON "idempotency_records"("token_id", "key");

