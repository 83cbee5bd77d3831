// Prints one closing line, "N passed, N failed", over the vitest and Playwright JSON reports.
// A missing report (a run that crashed) counts as a failure.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report: ${file}`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  if ("numPassedTests" in report) {
    passed += report.numPassedTests;
    // A suite that failed to load has no failed test of its own: count it once.
    failed += report.numFailedTests || report.numFailedTestSuites || 0;
    skipped += report.numPendingTests + report.numTodoTests;
  } else if (report.stats) {
    passed += report.stats.expected + report.stats.flaky;
    // Errors outside tests (the web server did not start, a spec did not load) fail the run too.
    failed += report.stats.unexpected + (report.errors?.length ?? 0);
    skipped += report.stats.skipped;
  }
}
// A failed step with no test of its own (the typecheck, the build) counts as one failure.
const failedSteps = Number(process.env.FAILED_STEPS ?? 0);
if (failedSteps && !failed) failed = failedSteps;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
