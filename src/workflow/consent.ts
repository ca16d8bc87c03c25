/**
 * Consent rules of testimonies. Pure: takes the testimony's data (with its confidential part).
 * A testimony may be approved (and published) only when consent is `given` and its scope covers
 * what is disclosed: the text always; the witness's name when the disclosure is `named`; images
 * when media are attached.
 */
export interface ConsentInput {
  disclosure?: string | null
  media?: unknown[] | null
  consent?: { status?: string | null; scope?: string[] | null } | null
}

/** What is wrong with the consent of a testimony for its disclosure; [] when it is fine. */
export function consentProblems(testimony: ConsentInput): string[] {
  const consent = testimony.consent ?? {}
  const scope = new Set(consent.scope ?? [])
  const problems: string[] = []
  if (consent.status !== 'given') {
    problems.push(`consent is "${consent.status ?? 'pending'}", not "given"`)
    return problems
  }
  if (!scope.has('text')) problems.push('consent does not cover publishing the text (scope "text")')
  if (testimony.disclosure === 'named' && !scope.has('name'))
    problems.push('the testimony is named but consent does not cover the name (scope "name")')
  if (Array.isArray(testimony.media) && testimony.media.length > 0 && !scope.has('image')) {
    problems.push('images are attached but consent does not cover images (scope "image")')
  }
  return problems
}
