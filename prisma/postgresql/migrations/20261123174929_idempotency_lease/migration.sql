-- AlterTable
ALTER TABLE "idempotency_records" ADD COLUMN     "lease_until" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "task_id" INTEGER;

