// Every test process: no telemetry, no dependency checker, no HMR socket, a test secret.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.PAYLOAD_SECRET ||= 'folio-test-secret'
