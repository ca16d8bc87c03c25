/**
 * The browser suite (`npm run test:e2e`): the editorial journey in Debian's chromium driven by
 * playwright-core, against the built server (next build, next start, fresh database). Separate from
 * `npm test`; run by .ci/run after it. Screenshots go to artifacts/e2e/.
 */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 600_000,
  maxWorkers: 1,
}
