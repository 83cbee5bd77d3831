-- AlterTable (SQLite adds columns with constant defaults in place; no table rebuild)
ALTER TABLE "idempotency_records" ADD COLUMN "lease_until" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "idempotency_records" ADD COLUMN "task_id" INTEGER;
