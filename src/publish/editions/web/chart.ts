/**
 * A chapter's figures as a chart and a table. The chart compares only comparable figures: one bar
 * chart per unit ("people", "cases"), each with at least two figures, values at the bar ends;
 * unlike quantities are never put on one axis. The table lists every figure of the chapter with
 * its qualifier, as-of date and source, and is the chart's text equivalent.
 *
 * The SVG is drawn in a fixed coordinate space and scaled by CSS; text uses the page's fonts.
 * In right-to-left pages the bars grow from the right.
 */
import type { Statistic } from '../../bundle/schema'
import { sourceName } from './blocks'
import { attrs, html, type Html } from './html'
import type { Ctx } from './model'

const W = 640
const PAD = 8
const LINE = 19
const BAR = 26
const GAP = 16
const VALUE_ROOM = 170
/** Characters per label line at the chart's 15px text (about 8px each, 640px wide). */
const LABEL_CHARS = 72

/**
 * Figures grouped by unit, in the order given; only groups of two or more. A figure without a unit
 * is not known to be comparable with any other: it is in the table only.
 */
export function comparableGroups(stats: Statistic[]): { unit: string; stats: Statistic[] }[] {
  const groups = new Map<string, Statistic[]>()
  for (const s of stats) if (s.unit) groups.set(s.unit, [...(groups.get(s.unit) ?? []), s])
  return [...groups]
    .filter(([, ss]) => ss.length >= 2)
    .map(([unit, ss]) => ({ unit, stats: [...ss].sort((a, b) => b.value - a.value) }))
}

/** Words in lines of at most `max` characters (the SVG has no text wrapping). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const w of text.split(/\s+/u).filter(Boolean)) {
    if (line && line.length + 1 + w.length > max) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines
}

function barChart(ctx: Ctx, unit: string, stats: Statistic[], idx: number): Html {
  const rtl = ctx.dir === 'rtl'
  const max = Math.max(...stats.map((s) => s.value), 1)
  const barMax = W - VALUE_ROOM - PAD * 2
  const id = `chart-${idx}`
  let y = PAD
  const rows = stats.map((s) => {
    const lines = wrapLabel(s.label, LABEL_CHARS)
    const w = Math.max(2, Math.round((s.value / max) * barMax))
    // With direction="rtl" on the <svg>, "start" is the right end of the text.
    const labelX = rtl ? W - PAD : PAD
    const x = rtl ? W - PAD - w : PAD
    const valueX = rtl ? x - 8 : x + w + 8
    const label = lines.map((line, i) => html`<tspan x="${labelX}" y="${y + 14 + i * LINE}">${line}</tspan>`)
    const barY = y + lines.length * LINE + 4
    y = barY + BAR + GAP
    return html`<g>
<text class="bar-label" text-anchor="start">${label}</text>
<rect class="bar" x="${x}" y="${barY}" width="${w}" height="${BAR}" rx="2"></rect>
<text class="bar-value" x="${valueX}" y="${barY + BAR / 2 + 5}" text-anchor="start">${s.display}</text>
</g>`
  })
  const h = y - GAP + PAD
  const unitLine = `${ctx.labels.unit}${ctx.locale === 'fr' ? '\u202f:' : ':'} ${unit}`
  return html`<figure class="chart">
<figcaption id="${id}-cap">${ctx.labels.chartTitle} <span class="chart-unit">(${unitLine})</span></figcaption>
<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-labelledby="${id}-cap ${id}-desc"${attrs({ direction: rtl ? 'rtl' : null })}>
<desc id="${id}-desc">${stats.map((s) => `${s.label}: ${s.display}`).join('; ')}</desc>
${rows}
</svg>
</figure>`
}

function sourceCell(ctx: Ctx, s: Statistic): Html {
  const { name, url } = sourceName(ctx, s)
  return url ? html`<a href="${url}">${name}</a>` : html`${name}`
}

/** The chart(s) and the table of a chapter's figures (nothing when it has none). */
export function figuresSection(ctx: Ctx, stats: Statistic[], headingId: string): Html {
  if (!stats.length) return html``
  const l = ctx.labels
  const charts = comparableGroups(stats).map((g, i) => barChart(ctx, g.unit, g.stats, i + 1))
  const rows = stats.map(
    (s) => html`<tr${attrs({ lang: ctx.fallbackLang('statistics', s.id) })}>
<th scope="row">${s.label}</th><td class="num">${s.display}</td><td>${s.periodDisplay ?? '—'}</td><td>${s.asOfDisplay}</td><td>${sourceCell(ctx, s)}</td>
</tr>`,
  )
  return html`<section class="figures" aria-labelledby="${headingId}">
<h2 id="${headingId}">${l.inFigures}</h2>
${charts}
<div class="table-wrap" role="region" aria-labelledby="${headingId}-table" tabindex="0">
<table>
<caption id="${headingId}-table">${l.tableCaption}</caption>
<thead><tr><th scope="col">${l.colWhat}</th><th scope="col">${l.colFigure}</th><th scope="col">${l.colPeriod}</th><th scope="col">${l.colAsOf}</th><th scope="col">${l.colSource}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
</section>`
}
