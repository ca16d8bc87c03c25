/**
 * The same model suite against MongoDB. No MongoDB server can run on the CI machine, so this runs
 * only when MONGODB_URI points at one (each run uses its own new database, dropped at the end):
 *
 *   MONGODB_URI=mongodb://localhost:27017 npm test -- tests/mongodb
 */
import { describe, test } from '@jest/globals'

import { bootPayload } from '../helpers/payload'
import { modelSuite } from '../suites/model'

const uri = process.env.MONGODB_URI

if (uri) {
  modelSuite(() => bootPayload({ mongodbUri: uri }))
} else {
  describe('MongoDB model suite', () => {
    test('skipped: MONGODB_URI is not set (no MongoDB server on this machine)', () => {
      console.log('MongoDB model suite skipped: set MONGODB_URI=mongodb://host:port to run it.')
    })
  })
}
