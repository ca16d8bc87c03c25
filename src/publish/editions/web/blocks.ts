/**
 * The pieces a page is made of: figures, testimonies, defender cards, the video facade, calls to
 * action and responsive pictures. Text comes from the bundle, escaped; nothing here invents words.
 *
 * Integrity rule (issue 17): a testimony is quoted only with the excerpt the editor chose. Without
 * one, its summary is shown as the editors' text, labelled so, never in quotation marks and never
 * attributed to the witness as their words.
 */
import type { Defender, Statistic, Testimony } from '../../bundle/schema'
import { attrs, html, join, raw, type Html } from './html'
import { fill } from './labels'
import {
  defenderAnchor,
  initials,
  pages,
  relUrl,
  roleAndOrganisation,
  testimonyAnchor,
  type Ctx,
  type WebImage,
} from './model'
import type { Notes } from './notes'

/** A <picture> with AVIF and WebP sources, a JPEG/PNG fallback, width and height. */
export function picture(
  _ctx: Ctx,
  fromDir: string,
  img: WebImage,
  alt: string,
  o: { sizes: string; eager?: boolean; className?: string },
): Html {
  const set = (files: { path: string; width: number }[]) =>
    files.map((f) => `${relUrl(fromDir, f.path)} ${f.width}w`).join(', ')
  const fb = img.fallback[img.fallback.length - 1]!
  const sources = img.sources.map((s) => html`<source type="${s.type}" srcset="${set(s.files)}" sizes="${o.sizes}">`)
  return html`<picture${attrs({ class: o.className })}>${sources}<img${attrs({
    src: relUrl(fromDir, fb.path),
    srcset: set(img.fallback),
    sizes: o.sizes,
    width: img.width,
    height: img.height,
    alt,
    loading: o.eager ? null : 'lazy',
    decoding: 'async',
    fetchpriority: o.eager ? 'high' : null,
  })}></picture>`
}

/** A statistic's source: organisation and title, and where to read it. */
export function sourceName(ctx: Ctx, s: Statistic): { name: string; url: string | null } {
  const org = ctx.org(s.source.organisation)
  return {
    name: [org?.name, s.source.title].filter(Boolean).join(', ') || '—',
    url: s.source.url ?? org?.website ?? null,
  }
}

/** The note of a statistic: its source (linked), methodology. */
export function statNote(ctx: Ctx, s: Statistic): Html {
  const l = ctx.labels
  const { name: what, url } = sourceName(ctx, s)
  const shown = url ? html`<a href="${url}"><bdi>${what}</bdi></a>` : html`<bdi>${what}</bdi>`
  const sep = ctx.locale === 'fr' ? '\u202f:' : ':'
  return html`${l.source}${sep} ${shown}.${s.methodology ? html` ${s.methodology}` : ''}`
}

/** When the figure was true, and the period it covers. */
export function statWhen(ctx: Ctx, s: Statistic): string {
  return [s.periodDisplay, `${ctx.labels.asOf} ${s.asOfDisplay}`].filter(Boolean).join(' · ')
}

/** The number as the bundle formats it; `data-count` lets the script count up to it. */
export function statNumber(s: Statistic): Html {
  const p = s.displayParts
  return html`<span class="stat-q">${p.before}</span><span class="stat-n" data-count="${s.value}">${p.value}</span><span class="stat-q">${p.after}</span>`
}

export function statFigure(ctx: Ctx, s: Statistic, notes: Notes, o: { headline?: boolean } = {}): Html {
  const lang = ctx.fallbackLang('statistics', s.id)
  return html`<figure class="stat${o.headline ? ' stat--headline' : ''}"${attrs({ lang })}>
<p class="stat-value">${statNumber(s)}</p>
<figcaption><span class="stat-label">${s.label}</span>${notes.ref(statNote(ctx, s))}
<span class="stat-when">${statWhen(ctx, s)}</span></figcaption>
</figure>`
}

function testimonyMeta(t: Testimony): string {
  return [t.place, t.eventDateDisplay].filter(Boolean).join(', ')
}

function attribution(ctx: Ctx, t: Testimony): string {
  return t.publicName ?? ctx.labels.anonymous
}

function warning(ctx: Ctx, t: Testimony): Html {
  if (!t.contentWarning) return html``
  const sep = ctx.locale === 'fr' ? '\u202f:' : ':'
  return html`<p class="warning"><strong>${ctx.labels.contentWarning}${sep}</strong> ${t.contentWarning}</p>`
}

/** A testimony embedded in the narrative: the editor's excerpt as a quotation, or the summary. */
export function testimonyEmbed(ctx: Ctx, fromDir: string, t: Testimony, excerpt: string | null): Html {
  const l = ctx.labels
  const lang = ctx.fallbackLang('testimonies', t.id)
  const q = lang ? ctx.srcLabels : l
  const link = `${relUrl(fromDir, pages.testimonies(ctx.locale).dir)}#${testimonyAnchor(t.id)}`
  const meta = testimonyMeta(t)
  const more = html`<a class="more" href="${link}">${t.title}</a>`
  if (excerpt) {
    return html`<figure class="testimony testimony--quote"${attrs({ lang })}>
${warning(ctx, t)}<blockquote><p>${q.quoteOpen}${excerpt}${q.quoteClose}</p></blockquote>
<figcaption><span class="who">${attribution(ctx, t)}</span>${meta ? html`<span class="where">${meta}</span>` : ''}${more}</figcaption>
</figure>`
  }
  return html`<aside class="testimony testimony--summary" aria-label="${l.testimony}: ${t.title}"${attrs({ lang })}>
<p class="kicker">${l.testimony}</p>
${warning(ctx, t)}<p class="summary"><span class="summary-label">${l.editorsSummary}.</span> ${t.summary}</p>
<p class="testimony-meta">${meta}${meta ? ' · ' : ''}${more}</p>
</aside>`
}

function chapterLink(ctx: Ctx, fromDir: string, id: string | null): Html {
  const c = id ? ctx.bundle.chapters.find((x) => x.id === id) : null
  return c ? html` · <a href="${relUrl(fromDir, pages.chapter(ctx.locale, c).dir)}">${c.title}</a>` : html``
}

/** A testimony in full (the testimonies page): title, warning, the editors' summary and text. */
export function testimonyFull(ctx: Ctx, fromDir: string, t: Testimony, body: Html, images: Html): Html {
  const l = ctx.labels
  const lang = ctx.fallbackLang('testimonies', t.id)
  const meta = testimonyMeta(t)
  return html`<article class="testimony-full" id="${testimonyAnchor(t.id)}"${attrs({ lang })} aria-labelledby="${testimonyAnchor(t.id)}-title">
<h2 id="${testimonyAnchor(t.id)}-title">${t.title}</h2>
<p class="testimony-meta"><span class="who">${l.testimonyOf} ${attribution(ctx, t)}</span>${meta ? html` · ${meta}` : ''}${chapterLink(ctx, fromDir, t.chapter)}</p>
${warning(ctx, t)}<p class="summary"><span class="summary-label">${l.editorsSummary}.</span> ${t.summary}</p>
${body}${images}${lang ? html`<p class="fallback-note" lang="${ctx.lang}">${l.fallback}</p>` : ''}
</article>`
}

function statusLine(ctx: Ctx, d: Defender): Html {
  const l = ctx.labels
  const since = d.statusSinceDisplay ? `${l.since} ${d.statusSinceDisplay}` : l.sinceUnknown
  return html`<p class="status"><span class="badge badge--${d.status}">${l.status[d.status] ?? d.status}</span> <span class="since">${since}</span></p>`
}

function portrait(ctx: Ctx, fromDir: string, d: Defender, size: 'card' | 'profile'): Html {
  const img = ctx.image(d.photo)
  if (img && d.photo) {
    const px = size === 'card' ? '6rem' : '10rem'
    return picture(ctx, fromDir, img, ctx.media(d.photo).alt, { sizes: px, className: 'portrait' })
  }
  return html`<span class="portrait portrait--initials" aria-hidden="true">${initials(d.name)}</span>`
}

/** A defender card in the narrative or a chapter: photo, name, role, status, link to the profile. */
export function defenderCard(ctx: Ctx, fromDir: string, d: Defender, headingLevel: 2 | 3 = 3): Html {
  const lang = ctx.fallbackLang('defenders', d.id)
  const who = roleAndOrganisation(d.role, ctx.org(d.organisation))
  const link = `${relUrl(fromDir, pages.defenders(ctx.locale).dir)}#${defenderAnchor(d.id)}`
  const h = raw(`h${headingLevel}`)
  return html`<article class="defender-card"${attrs({ lang })}>
${portrait(ctx, fromDir, d, 'card')}<div>
<${h} class="name"><a href="${link}">${d.name}</a></${h}>
${who.length ? html`<p class="role">${join(who, ', ')}</p>` : ''}${statusLine(ctx, d)}
</div>
</article>`
}

/** A defender's full profile (the defenders page). */
export function defenderProfile(ctx: Ctx, fromDir: string, d: Defender, biography: Html): Html {
  const l = ctx.labels
  const lang = ctx.fallbackLang('defenders', d.id)
  const who = roleAndOrganisation(d.role, ctx.org(d.organisation))
  const sep = ctx.locale === 'fr' ? '\u202f:' : ':'
  const timeline = d.timeline.length
    ? html`<h3>${l.timeline}</h3><ol class="timeline">${d.timeline.map(
        (e) => html`<li><time datetime="${e.date}">${e.dateDisplay}</time> <span>${e.event}</span></li>`,
      )}</ol>`
    : html``
  return html`<article class="defender-profile" id="${defenderAnchor(d.id)}"${attrs({ lang })} aria-labelledby="${defenderAnchor(d.id)}-name">
${portrait(ctx, fromDir, d, 'profile')}<div class="profile-text">
<h2 id="${defenderAnchor(d.id)}-name">${d.name}</h2>
${who.length ? html`<p class="role">${join(who, ', ')}</p>` : ''}${statusLine(ctx, d)}
${d.charges ? html`<p class="charges"><strong>${l.charges}${sep}</strong> ${d.charges}</p>` : ''}${biography}${timeline}
${lang ? html`<p class="fallback-note" lang="${ctx.lang}">${l.fallback}</p>` : ''}
</div>
</article>`
}

/** The embed address of a video on a host known to offer a privacy-respecting player, else null. */
export function embedUrl(url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  const host = u.hostname.replace(/^www\.|^m\./, '')
  const id = /^[\w-]{6,20}$/
  if (host === 'youtube.com' && u.pathname === '/watch' && id.test(u.searchParams.get('v') ?? ''))
    return `https://www.youtube-nocookie.com/embed/${u.searchParams.get('v')}?autoplay=1`
  if (host === 'youtu.be' && id.test(u.pathname.slice(1)))
    return `https://www.youtube-nocookie.com/embed/${u.pathname.slice(1)}?autoplay=1`
  if (host === 'vimeo.com' && /^\/\d{5,12}$/.test(u.pathname))
    return `https://player.vimeo.com/video${u.pathname}?autoplay=1&dnt=1`
  return null
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** "4:12" → "PT4M12S", "1:02:30" → "PT1H2M30S" (the machine-readable form of <time>). */
export function isoDuration(d: string): string {
  const [s = 0, m = 0, h = 0] = d.split(':').map(Number).reverse()
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`
}

export interface VideoIn {
  url: string
  title: string
  caption: string | null
  poster: string | null
  duration?: string | null
}

/**
 * The video as a click-to-load facade: poster (or a drawn placeholder), title, duration, and a
 * link to the video. Nothing is requested from the video host before the reader follows it; with
 * JavaScript, a known host's player replaces the facade in place after the click.
 */
export function videoFacade(ctx: Ctx, fromDir: string, v: VideoIn): Html {
  const l = ctx.labels
  const host = hostOf(v.url)
  const embed = embedUrl(v.url)
  const img = ctx.image(v.poster)
  const poster =
    img && v.poster
      ? picture(ctx, fromDir, img, '', { sizes: '(min-width: 48rem) 44rem, 100vw', className: 'poster' })
      : html`<span class="poster poster--drawn" aria-hidden="true"></span>`
  const note = fill(embed ? l.videoEmbed : l.videoLeaves, { host })
  return html`<figure class="video">
<a class="video-play"${attrs({ href: v.url, 'data-embed': embed, 'data-title': v.title })}>${poster}<span class="play-icon" aria-hidden="true"></span><span class="video-label"><span class="video-action">${l.playVideo}</span> <span class="video-title">${v.title}</span>${v.duration ? html` <span class="video-duration">(${l.duration} <time datetime="${isoDuration(v.duration)}">${v.duration}</time>)</span>` : ''}</span></a>
<figcaption>${v.caption ? html`<span class="video-caption">${v.caption}</span> ` : ''}<span class="video-privacy">${note}</span></figcaption>
</figure>`
}

export function callToAction(label: string, url: string, kind: string): Html {
  return html`<p class="cta cta--${kind}"><a class="button" href="${url}">${label}</a></p>`
}

/** Origins of every player embedUrl() can return (the served Content-Security-Policy allows them). */
export const KNOWN_PLAYERS = ['https://player.vimeo.com', 'https://www.youtube-nocookie.com']

/** Hosts whose players a page embeds (for the page's Content-Security-Policy frame-src). */
export function frameHosts(urls: string[]): string[] {
  const hosts = new Set<string>()
  for (const u of urls) {
    const e = embedUrl(u)
    if (e) hosts.add(new URL(e).origin)
  }
  return [...hosts].sort()
}
