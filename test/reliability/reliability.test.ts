/**
 * Reliability and security, CI-sized: model-based sequences, a bad-input corpus over HTTP,
 * concurrency and faults, the SDK under faults, and a leak scan over all of it.
 * `npm run test:stress` runs the same suites at full size.
 */
import './suite.js';
