/** A publish refused before anything was read or written: a bad option (CLI exit code 2, HTTP 400). */
export class PublishArgumentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishArgumentError'
  }
}

/**
 * A publish refused because another publish of the same report holds its lease (any process, any
 * app instance): nothing was read or written. CLI exit code 3 (EXIT_BUSY), HTTP 409.
 */
export class PublishRunningError extends Error {
  readonly status = 409
  constructor(
    readonly report: string,
    readonly holder: string,
    readonly since: string,
  ) {
    super(
      `Another publish of ${report} is running: ${holder}, since ${since}. Wait for it to finish; if its process died, its lease expires within FOLIO_PUBLISH_LEASE_MS (default 60 s) and the next publish takes over.`,
    )
    this.name = 'PublishRunningError'
  }
}
