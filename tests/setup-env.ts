import crypto from 'node:crypto'

// Every test process: no telemetry, no dependency checker, no HMR socket, a test secret.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.PAYLOAD_SECRET ||= 'folio-test-secret'
// Encryption at rest: one throwaway master key per test process (its children inherit it), so no
// test depends on the developer's .folio/master.key and production-mode children can start.
process.env.FOLIO_MASTER_KEY ||= crypto.randomBytes(32).toString('hex')
