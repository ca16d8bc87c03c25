/**
 * Consent rules of testimonies, declared once: the workflow refuses to approve a testimony that
 * breaks them, and the publishing pipeline refuses to publish one. Pure: takes the testimony's data
 * (with its confidential part). A testimony may be approved (and published) only when consent is
 * `given` and its scope covers what is disclosed: the text always; the witness's name when the
 * disclosure is `named`; images when media are attached.
 */
export interface ConsentInput {
  disclosure?: unknown
  media?: unknown
  consent?: unknown
  [field: string]: unknown
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** What is wrong with the consent of a testimony for its disclosure; [] when it is fine. */
export function consentProblems(testimony: ConsentInput): string[] {
  const consent = (testimony.consent ?? {}) as { status?: unknown; scope?: unknown }
  const scope = new Set(list(consent.scope))
  if (consent.status !== 'given') return [`consent is "${String(consent.status ?? 'pending')}", not "given"`]
  const problems: string[] = []
  if (!scope.has('text')) problems.push('consent does not cover publishing the text (scope "text")')
  if (testimony.disclosure === 'named' && !scope.has('name'))
    problems.push('the testimony is named but consent does not cover the name (scope "name")')
  if (list(testimony.media).length > 0 && !scope.has('image')) {
    problems.push('images are attached but consent does not cover images (scope "image")')
  }
  return problems
}
