/**
 * The chart of the "year in figures" page: only figures that can share an axis. Figures are
 * grouped by unit (small multiples, one scale per unit); figures without a unit are never
 * charted; the headline figures, already printed as counters just above, are left out.
 */
import type { LocaleBundle, Statistic } from '../../bundle/schema'
import type { PdfLabels } from './labels'
import type { VChart } from './view-types'

export interface ChartInput {
  bundle: LocaleBundle
  labels: PdfLabels
  /** The source of a figure as printed ("World Organisation Against Torture, OMCT annual report 2020"). */
  sourceOf: (s: Statistic) => string
}

/** The first chapter with two or more comparable figures that are not headline figures, charted. */
export function buildChart({ bundle, labels, sourceOf }: ChartInput): VChart | null {
  const { colon, comma, semicolon } = labels.punct
  for (const c of bundle.chapters) {
    const ids = [
      ...new Set([...c.headlineStatistics, ...bundle.statistics.filter((s) => s.chapter === c.id).map((s) => s.id)]),
    ]
    const figures = ids
      .map((id) => bundle.statistics.find((s) => s.id === id))
      .filter((s): s is Statistic => !!s && !s.headline && !!s.unit?.trim())
    const byUnit = new Map<string, Statistic[]>()
    for (const s of figures) {
      const unit = s.unit!.trim().toLocaleLowerCase(bundle.locale)
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), s])
    }
    const panels = [...byUnit.values()]
      .filter((ss) => ss.length >= 2)
      .map((ss) => {
        const sorted = [...ss].sort((a, b) => b.value - a.value)
        const max = Math.max(...sorted.map((s) => s.value), 0)
        return {
          unit: sorted[0]!.unit!.trim(),
          bars: sorted.map((s) => ({
            id: s.id,
            label: s.label,
            value: s.value,
            display: s.display,
            share: max > 0 ? Math.max(s.value, 0) / max : 0,
          })),
        }
      })
    if (!panels.length) continue
    const shown = new Set(panels.flatMap((p) => p.bars.map((b) => b.id)))
    const sources = [...new Set(figures.filter((s) => shown.has(s.id)).map(sourceOf))]
    const title = `${labels.chart}${colon}${c.title}`
    return {
      title,
      panels,
      sources: `${sources.length > 1 ? labels.sources : labels.source}${colon}${sources.join(semicolon)}.`,
      alt:
        `${title}${colon}` +
        panels
          .map((p) => `${p.unit}${colon}${p.bars.map((b) => `${b.label} ${b.display}`).join(comma)}`)
          .join(semicolon) +
        '.',
    }
  }
  return null
}
