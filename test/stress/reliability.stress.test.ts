/**
 * Reliability and security at full size (`npm run test:stress`): the suites of test/reliability
 * with KEYSMITH_STRESS=1 — at least 10,000 model steps, 5,000 bad inputs, longer races — and a
 * fresh seed per run unless KEYSMITH_SEED pins one. The seed is printed first.
 */
import '../reliability/suite.js';
