/** A publish refused before anything was read or written: a bad option (CLI exit code 2, HTTP 400). */
export class PublishArgumentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishArgumentError'
  }
}
