#!/usr/bin/env bash
# Every test: typecheck, the vitest suite on SQLite and on PostgreSQL, one production
# build, then the Playwright suite against that build on SQLite (all of it) and on PostgreSQL
# (the tests tagged @smoke), and last the benchmark's 10,000-task quick run on each database
# (it proves the benchmark works; nothing in it is timed against a target).
# Needs: PostgreSQL on 127.0.0.1:5432 (TEST_POSTGRES_URL to change), Chromium at
# /usr/bin/chromium (CHROMIUM_PATH to change).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
status=0
failed_steps=0
run() { echo; echo "== $*"; "$@" || { status=1; failed_steps=$((failed_steps + 1)); }; }

run npx tsc --noEmit -p .
run env TEST_DATABASE=sqlite npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-sqlite.json
run env TEST_DATABASE=postgres npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-postgres.json
run env NEXT_TELEMETRY_DISABLED=1 npx tsx scripts/build.ts
run env E2E_DATABASE=sqlite PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e-sqlite.json npx playwright test --reporter=list,json
run env E2E_DATABASE=postgres E2E_SMOKE=1 PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e-postgres.json npx playwright test --reporter=list,json
run npx tsx tools/bench/main.ts --quick --tasks 10000 --db sqlite --label ci --out test-results/bench
run npx tsx tools/bench/main.ts --quick --tasks 10000 --db postgres --label ci --out test-results/bench

FAILED_STEPS=$failed_steps node scripts/test-summary.mjs test-results/vitest-sqlite.json test-results/vitest-postgres.json test-results/e2e-sqlite.json test-results/e2e-postgres.json || status=1
exit $status
