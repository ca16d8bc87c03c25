/** What collecting hands to the release: the report, the builder's input, the media files. */
import type { BuildInput } from '../bundle/types'

export interface CollectedReport {
  report: { id: string; slug: string; year: number }
  input: BuildInput
  /** Media id → absolute path of the original file. */
  mediaSources: Record<string, string>
}
