/** The model suite on the embedded default database: a fresh SQLite file. */
import { bootPayload } from '../helpers/payload'
import { modelSuite } from '../suites/model'

modelSuite(() => bootPayload())
