/**
 * The same model suite against MongoDB. No MongoDB server can run on the CI machine, so this runs
 * only when MONGODB_URI points at one (each run uses its own new database, dropped at the end):
 *
 *   MONGODB_URI=mongodb://localhost:27017 npm test -- tests/mongodb
 */
import { test } from '@jest/globals'

import { bootPayload } from '../helpers/payload'
import { modelSuite } from '../suites/model'

const uri = process.env.MONGODB_URI

if (uri) {
  modelSuite(() => bootPayload({ mongodbUri: uri }))
} else {
  // Reported by jest as skipped (not as a pass), with the reason in its name.
  test.skip('MongoDB model suite: skipped because MONGODB_URI is not set (set MONGODB_URI=mongodb://host:port to run it)', () => {})
}
