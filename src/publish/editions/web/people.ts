/** The defenders page: every published defender's profile, each with its own anchor. */
import { defenderProfile } from './blocks'
import { html } from './html'
import { jsonLdCollection } from './jsonld'
import { alternatesOf, page, type AssetPaths, type PageInput, type RenderedPage } from './layout'
import { pages, type Ctx } from './model'
import { Notes } from './notes'
import { richText } from './rich'

export function defendersPage(ctx: Ctx, assets: AssetPaths): RenderedPage | null {
  const b = ctx.bundle
  if (!b.defenders.length) return null
  const l = ctx.labels
  const ref = pages.defenders(ctx.locale)
  const notes = new Notes(ctx)
  const profiles = b.defenders.map((d: (typeof b.defenders)[number]) =>
    defenderProfile(ctx, ref.dir, d, richText(ctx, d.biography, { dir: ref.dir, notes, under: 2 })),
  )
  const main = html`<div class="listing">
<h1>${l.defenders}</h1>
${profiles}
${notes.section()}
</div>`
  const p: PageInput = {
    page: ref,
    alternates: alternatesOf(ctx, (x) => pages.defenders(x)),
    title: `${l.defenders} · ${b.report.title}`,
    description: `${l.defenders}: ${b.report.title}`,
    main,
    jsonLd: jsonLdCollection(ctx, ref, l.defenders),
    frames: [],
    ogType: 'website',
  }
  return { file: ref.file, html: page(ctx, p, assets) }
}
