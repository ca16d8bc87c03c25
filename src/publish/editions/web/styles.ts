/**
 * The web edition's stylesheet (one file for every locale, hashed by content). Logical properties
 * throughout (margin-inline-start, inset-inline-end, text-align: start) so Arabic pages mirror with
 * nothing but dir="rtl". No letter-spacing or upper-casing on Arabic (cursive) text. The palette
 * is the PDF edition's (src/publish/editions/pdf/template/theme.typ). Print styles at the end.
 */
const CSS = `
:root{--ink:#18222d;--accent:#b3262d;--accent-dark:#8c1d23;--accent-soft:#f6e3e3;--teal:#1f4e5f;--muted:#5b6670;
--rule:#d8d2c7;--paper:#f5f2ec;--bg:#fcfbf8;--navy:#0f2a4f;--focus:#1f4e5f;
--serif:'Folio Serif','Noto Serif',Georgia,'Times New Roman',serif;--sans:'Folio Sans','Noto Sans',Arial,Helvetica,sans-serif;
--measure:40rem;--wide:72rem;color-scheme:light}
html:lang(ar){--serif:'Folio Naskh','Folio Serif','Noto Naskh Arabic',serif;--sans:'Folio Naskh','Folio Sans','Noto Naskh Arabic',sans-serif}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:1.125rem/1.65 var(--serif);font-synthesis:none;overflow-wrap:break-word}
html:lang(ar) body{line-height:1.85}
img,svg{max-width:100%;height:auto}
a{color:var(--teal);text-decoration-thickness:1px;text-underline-offset:.18em}
a:hover{color:var(--accent-dark);text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:3px}
.sr-only{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip-link{position:absolute;inset-inline-start:1rem;inset-block-start:-4rem;z-index:10;background:var(--ink);color:#fff;padding:.6rem 1rem;font:700 1rem var(--sans)}
.skip-link:focus{inset-block-start:1rem;color:#fff}
main{display:block;outline:none}
h1,h2,h3,h4{font-family:var(--sans);line-height:1.2;font-weight:700;margin:2.2rem 0 .8rem}
h1{font-size:clamp(2rem,5vw,3.1rem);margin-block-start:.4rem}
h2{font-size:clamp(1.45rem,3vw,1.85rem)}
h3{font-size:1.25rem}
h4{font-size:1.05rem}
.kicker{font:700 .8rem/1.4 var(--sans);letter-spacing:.08em;text-transform:uppercase;color:var(--accent);margin:0 0 .4rem}
:lang(ar) .kicker,.kicker:lang(ar){letter-spacing:0;text-transform:none;font-size:.95rem}
.site-header{background:#fff;border-block-end:1px solid var(--rule)}
.bar{max-width:var(--wide);margin:0 auto;padding:.7rem 1.25rem;display:flex;align-items:center;justify-content:space-between;gap:1rem}
.brand{display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline;color:var(--ink);text-decoration:none;font:700 1rem/1.3 var(--sans)}
.brand-org{color:var(--accent)}
.report-nav{max-width:var(--wide);margin:0 auto;padding:0 1.25rem .5rem}
.report-nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.4rem;font:700 .92rem/1.4 var(--sans)}
.report-nav a{display:inline-block;padding:.35rem 0;color:var(--muted);text-decoration:none;border-block-end:2px solid transparent}
.report-nav a:hover,.report-nav a[aria-current]{color:var(--ink);border-block-end-color:var(--accent)}
.languages{position:relative;flex:none}
.lang-menu summary{list-style:none;cursor:pointer;display:flex;align-items:center;gap:.45rem;font:700 .92rem/1 var(--sans);padding:.55rem .8rem;border:1px solid var(--rule);border-radius:2rem;background:#fff}
.lang-menu summary::-webkit-details-marker{display:none}
.lang-icon{width:1rem;height:1rem;border:2px solid currentColor;border-radius:50%;position:relative;display:inline-block}
.lang-icon::before{content:"";position:absolute;inset:0 25%;border:2px solid currentColor;border-block:0;border-radius:50%}
.lang-menu ul{position:absolute;inset-inline-end:0;inset-block-start:calc(100% + .3rem);z-index:5;list-style:none;margin:0;padding:.35rem 0;min-width:11rem;background:#fff;border:1px solid var(--rule);box-shadow:0 .5rem 1.5rem rgba(24,34,45,.15)}
.lang-menu a{display:block;padding:.5rem 1rem;color:var(--ink);text-decoration:none;font:1rem/1.4 var(--sans)}
.lang-menu a:hover{background:var(--paper)}
.lang-menu a[aria-current]{font-weight:700;border-inline-start:3px solid var(--accent)}
.hero{max-width:none;background:var(--navy);color:#fff;display:grid;gap:2rem;padding:2.5rem 1.25rem;align-items:center}
.hero-text{max-width:40rem}
.hero .kicker{color:#f3c1c1}
.hero h1{margin:0 0 1rem;font-size:clamp(2.2rem,6vw,3.6rem)}
.subtitle{font-size:clamp(1.15rem,2.4vw,1.45rem);line-height:1.45;margin:0;color:#e4e9f0}
.cover{display:block}
.cover img{display:block;width:100%;max-height:15rem;object-fit:cover;border-radius:2px}
@media (min-width:60rem){.hero{grid-template-columns:minmax(0,1fr) 22rem;padding:4rem max(1.25rem,calc((100% - var(--wide))/2 + 1.25rem))}.cover img{max-height:30rem}}
section,.chapter-nav{max-width:var(--wide);margin-inline:auto;padding-inline:1.25rem}
.headline{padding-block:2.5rem 1rem}
.stat-grid{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.stat{margin:0;background:#fff;border:1px solid var(--rule);border-block-start:5px solid var(--accent);padding:1.1rem 1.25rem 1.2rem;display:flex;flex-direction:column}
.stat-value{margin:0 0 .35rem;font:700 1.05rem/1.2 var(--sans);color:var(--accent-dark)}
.stat-n{display:inline-block;font-size:2.6rem;line-height:1.05;font-variant-numeric:tabular-nums;color:var(--accent)}
.stat--headline .stat-n{font-size:clamp(2.6rem,6vw,3.4rem)}
.stat-q{font-size:1rem}
.stat figcaption{font-size:1.02rem;line-height:1.45}
.stat-label{font-weight:400}
.stat-when{display:block;margin-block-start:.45rem;color:var(--muted);font:.85rem/1.4 var(--sans)}
.prose .stat{max-width:var(--measure);margin:1.8rem 0;border-block-start-width:1px;border-inline-start:5px solid var(--accent)}
.prose{max-width:calc(var(--measure) + 2.5rem)}
.intro>*{max-width:var(--measure)}
.prose>p,.intro p{margin:0 0 1.1rem}
.intro{font-size:1.22rem;padding-block:1rem}
.contents{padding-block:1rem 2rem}
.chapter-list{list-style:none;margin:0;padding:0;display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))}
.chapter-card{background:#fff;border:1px solid var(--rule);padding:1.25rem 1.4rem}
.chapter-card h3{margin:.2rem 0 .6rem;font-size:1.35rem}
.chapter-card h3 a{color:var(--ink);text-decoration-color:var(--accent)}
.chapter-card p:last-child{margin:0;color:#38434e}
.chapter{max-width:var(--wide);margin:0 auto;padding:0 1.25rem 1rem}
.chapter>section,.chapter>.prose{padding-inline:0;margin-inline:0}
.chapter-head{padding:2.5rem 0 1rem}
.chapter-head h1{max-width:48rem}
.lead{font-size:1.3rem;line-height:1.5;max-width:var(--measure);color:#2c3844;margin:0}
.chapter>.prose>*{max-width:var(--measure)}
.chapter>.prose>.video{max-width:44rem}
.prose h2{margin-block-start:2.6rem}
.prose ul,.prose ol{padding-inline-start:1.4rem;margin:0 0 1.2rem}
.prose li{margin-block-end:.3rem}
.quote{margin:1.5rem 0;padding-inline-start:1.2rem;border-inline-start:3px solid var(--rule);color:#2c3844}
.note-ref{line-height:0;font:700 .75em var(--sans);margin-inline-start:.1em}
.note-ref a{text-decoration:none;padding:0 .15em}
.testimony{margin:2rem 0;max-width:var(--measure)}
.testimony--quote blockquote{margin:0;padding-inline-start:1.3rem;border-inline-start:4px solid var(--teal);font-size:1.4rem;line-height:1.45;font-style:italic}
:lang(ar) .testimony--quote blockquote,.testimony--quote blockquote:lang(ar){font-style:normal}
.testimony--quote blockquote p{margin:0}
.testimony figcaption{margin-block-start:.7rem;padding-inline-start:1.3rem;display:flex;flex-wrap:wrap;gap:.2rem .9rem;font:.92rem/1.4 var(--sans);color:var(--muted)}
.who{font-weight:700;color:var(--ink)}
.testimony--summary{background:var(--paper);padding:1.1rem 1.3rem;border-inline-start:4px solid var(--teal)}
.summary-label{font:700 .9em var(--sans)}
.summary{margin:0 0 .6rem}
.testimony-meta{margin:0;font:.92rem/1.45 var(--sans);color:var(--muted)}
.testimony-full .testimony-meta{margin-block-end:.8rem}
.warning{font:.92rem/1.45 var(--sans);background:#fff4d6;border:1px solid #e7cf8a;padding:.45rem .7rem;margin:0 0 .8rem}
.more{font:700 .95rem var(--sans)}
.card-grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr))}
.prose .defender-card{margin:1.8rem 0}
.defender-card{display:flex;gap:1rem;align-items:flex-start;background:#fff;border:1px solid var(--rule);padding:1rem 1.1rem}
.defender-card .name{margin:0 0 .25rem;font-size:1.12rem}
.defender-card .name a{color:var(--ink)}
.role{margin:0 0 .45rem;font-size:.98rem;line-height:1.45;color:#38434e}
.portrait{flex:none;display:block;width:6rem;height:6rem}
.portrait img{width:6rem;height:6rem;border-radius:50%;object-fit:cover;display:block}
.portrait--initials{display:flex;align-items:center;justify-content:center;border-radius:50%;background:var(--teal);color:#fff;font:700 1.9rem/1 var(--sans)}
.status{margin:0;display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .6rem;font:.88rem/1.35 var(--sans)}
.badge{display:inline-block;padding:.2rem .55rem;border-radius:2px;font-weight:700;background:var(--accent-soft);color:var(--accent-dark);white-space:nowrap}
.badge--released{background:#e2f0e6;color:#1d5a33}
.badge--in-exile,.badge--travel-ban{background:#fbefd9;color:#6e4a00}
.badge--witness{background:#e8ecef;color:#33414d}
.since{color:var(--muted);white-space:nowrap}
.listing{max-width:var(--wide);margin:0 auto;padding:2rem 1.25rem}
.listing>*{max-width:52rem}
.defender-profile,.testimony-full{border-block-start:1px solid var(--rule);padding-block:1.8rem;scroll-margin-block-start:1rem}
.defender-profile{display:grid;gap:1.4rem;grid-template-columns:auto minmax(0,1fr)}
.defender-profile .portrait,.defender-profile .portrait img{width:8rem;height:8rem}
.defender-profile h2,.testimony-full h2{margin:0 0 .4rem}
.charges{font-size:1rem;margin:.8rem 0}
.timeline{list-style:none;padding:0;margin:0;border-inline-start:2px solid var(--rule)}
.timeline li{position:relative;padding-inline-start:1.1rem;margin-block-end:.6rem}
.timeline li::before{content:"";position:absolute;inset-inline-start:-.4rem;inset-block-start:.55rem;width:.7rem;height:.7rem;border-radius:50%;background:var(--accent)}
.timeline time{display:block;font:700 .88rem var(--sans);color:var(--muted)}
.fallback-note{font:italic .9rem var(--sans);color:var(--muted)}
.video{margin:2.2rem 0}
.video-play{position:relative;display:block;aspect-ratio:16/9;overflow:hidden;color:#fff;text-decoration:none;background:var(--navy);border-radius:2px}
.video-play:hover{color:#fff}
.poster,.poster img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover;display:block}
.poster--drawn{background:repeating-linear-gradient(180deg,rgba(255,255,255,.04) 0 1.6rem,transparent 1.6rem 4.2rem),linear-gradient(135deg,#0f2a4f 0%,#1f4e5f 100%)}
.play-icon{position:absolute;inset-block-start:50%;inset-inline-start:50%;width:4.5rem;height:4.5rem;margin:-2.25rem;border-radius:50%;background:var(--accent);box-shadow:0 .3rem 1.2rem rgba(0,0,0,.35)}
.play-icon::after{content:"";position:absolute;inset-block-start:50%;left:54%;transform:translate(-50%,-50%);border-style:solid;border-width:.8rem 0 .8rem 1.3rem;border-color:transparent transparent transparent #fff}
.video-play:hover .play-icon{background:var(--accent-dark)}
.video-label{position:absolute;inset-inline:0;inset-block-end:0;padding:2.5rem 1.2rem 1rem;background:linear-gradient(transparent,rgba(8,16,28,.85));font:700 1.15rem/1.35 var(--sans)}
.video-action{display:block;font-size:.82rem;letter-spacing:.06em;text-transform:uppercase;color:#f3c1c1}
:lang(ar) .video-action{letter-spacing:0;text-transform:none}
.video-duration{font-weight:400}
.video figcaption{margin-block-start:.6rem;font:.92rem/1.5 var(--sans);color:var(--muted)}
.video-caption{color:var(--ink);display:block}
.video iframe{display:block;width:100%;aspect-ratio:16/9;border:0}
.cta{margin:1.6rem 0}
.button{display:inline-block;background:var(--accent);color:#fff;font:700 1.02rem/1.3 var(--sans);padding:.8rem 1.4rem;border-radius:2px;text-decoration:none}
.button:hover{background:var(--accent-dark);color:#fff}
.involved{padding-block:1rem 2rem}
.involved .cta{display:inline-block;margin:.4rem 0;margin-inline-end:1rem}
.people,.partners,.figures,.reading,.more-testimonies,.notes{padding-block:.5rem 1.5rem}
.toc{background:#fff;border:1px solid var(--rule);padding:.9rem 1.1rem;margin:1rem 0 1.5rem;max-width:var(--measure);font:.95rem/1.4 var(--sans)}
.toc-title{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 .5rem}
:lang(ar) .toc-title{letter-spacing:0;text-transform:none;font-size:.95rem}
.toc ol{list-style:none;margin:0;padding:0}
.toc li{margin:.3rem 0}
.toc a{color:var(--ink);text-decoration:none}
.toc a:hover{text-decoration:underline}
@media (min-width:68rem){.chapter{display:grid;grid-template-columns:minmax(0,1fr) 15rem;column-gap:3.5rem}
.chapter>*{grid-column:1;min-width:0}
.chapter>.toc{grid-column:2;grid-row:2/span 8;align-self:start;position:sticky;inset-block-start:1.5rem;margin-block-start:2.6rem;background:none;border:0;border-inline-start:3px solid var(--accent);padding:.2rem 0;padding-inline-start:1rem}}
.more-testimonies>.testimony{max-width:var(--measure)}
.partner-list{list-style:none;padding:0;margin:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr))}
.partner-list li{border-block-start:3px solid var(--teal);background:#fff;padding:.9rem 1rem;font-size:1rem}
.partner-list p{margin:0 0 .4rem}
.partner-name{font:700 1.02rem/1.35 var(--sans)}
.acronym{font-weight:400;color:var(--muted)}
.reading ul{padding-inline-start:1.2rem}
.kind{font:700 .9rem var(--sans);color:var(--muted)}
.chart{margin:1rem 0 1.5rem;max-width:46rem}
.chart figcaption{font:700 1rem var(--sans);margin-block-end:.4rem}
.chart-unit{font-weight:400;color:var(--muted)}
.chart svg{display:block;width:100%;height:auto}
.bar{fill:var(--teal)}
.bar-label{font:15px var(--serif);fill:var(--ink)}
.bar-value{font:700 16px var(--sans);fill:var(--ink)}
.table-wrap{overflow-x:auto;max-width:60rem}
table{border-collapse:collapse;width:100%;font:.92rem/1.45 var(--sans);background:#fff}
caption{text-align:start;font-weight:700;padding:.5rem 0}
th,td{text-align:start;vertical-align:top;padding:.55rem .7rem;border-block-end:1px solid var(--rule)}
thead th{background:var(--paper)}
tbody th{font-weight:400}
.num{font-weight:700;white-space:nowrap;font-variant-numeric:tabular-nums}
.notes{font-size:.92rem;color:#38434e}
.notes h2{font-size:1.2rem}
.notes ol{padding-inline-start:1.4rem;max-width:var(--measure)}
.notes li{margin-block-end:.4rem}
.notes li:target{background:#fff4d6}
.note-back{text-decoration:none;font-family:var(--sans);padding:0 .2rem}
.note-back .arrow{display:inline-block}
[dir=rtl] .note-back .arrow{transform:scaleX(-1)}
.chapter-nav{display:flex;justify-content:space-between;gap:1rem;padding-block:1rem 2.5rem;font:700 1rem var(--sans)}
.chapter-nav .next{margin-inline-start:auto;text-align:end}
.chapter-nav .prev::before{content:"← "}.chapter-nav .next::after{content:" →"}
[dir=rtl] .chapter-nav .prev::before{content:"→ "}[dir=rtl] .chapter-nav .next::after{content:" ←"}
.site-footer{background:var(--ink);color:#e6e9ec;margin-block-start:2rem}
.footer-inner{max-width:var(--wide);margin:0 auto;padding:2rem 1.25rem 2.5rem;font:.92rem/1.5 var(--sans)}
.footer-title{font-size:1.05rem;margin:0 0 1rem;color:#fff}
.site-footer dl{display:grid;gap:.5rem 2rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));margin:0}
.site-footer dt{font-weight:700;color:#fff}
.site-footer dd{margin:0}
.site-footer a{color:#fff}
.site-footer :focus-visible{outline-color:#fff}
.hero :focus-visible{outline-color:#fff}
.checksum{font-size:.78rem;word-break:break-all;unicode-bidi:isolate}
.pdf-link{margin:1.2rem 0 0}
.root{max-width:48rem;margin:0 auto;padding:3rem 1.25rem}
.root-list{list-style:none;padding:0;display:grid;gap:.8rem}
.root-list a{display:flex;justify-content:space-between;gap:1rem;padding:1rem 1.2rem;background:#fff;border:1px solid var(--rule);text-decoration:none;color:var(--ink);font:700 1.15rem var(--sans)}
.root-lang{color:var(--muted);font-weight:400}
.draft-banner{background:#ffe27a;color:#3a2f00;padding:.6rem 1.25rem;font:1rem var(--sans);text-align:center}
.draft-mark{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;pointer-events:none;z-index:20;font:700 clamp(5rem,18vw,14rem) var(--sans);color:rgba(179,38,45,.09);transform:rotate(-24deg)}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important;transition:none!important;animation:none!important}}
@media print{
body{background:#fff;color:#000;font-size:11pt;line-height:1.5}
.site-header .report-nav,.languages,.skip-link,.play-icon,.chapter-nav,.draft-mark,.toc,.note-back{display:none!important}
.site-header{border:0}.hero{background:none;color:#000;padding:0 0 1rem;display:block}.hero .kicker,.subtitle{color:#000}
.cover{max-width:50%}
a{color:#000}
.prose a[href^="http"]::after,.reading a::after,.notes a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
.stat,.testimony,.defender-card,.defender-profile,figure,table{break-inside:avoid}
h1,h2,h3{break-after:avoid}
.video-play{aspect-ratio:auto;background:none;color:#000}.poster{display:none}.video-label{position:static;background:none;padding:0}
.video-play::after{content:" " attr(href);font:9pt var(--sans)}
.site-footer{background:none;color:#000;border-block-start:1px solid #000}.site-footer dt,.site-footer a,.footer-title{color:#000}
.button{background:none;color:#000;border:1px solid #000}
}
`

/** The stylesheet, comments and layout whitespace removed (deterministic). */
export function stylesheet(): string {
  return `${CSS.replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\n+/g, '')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .trim()}\n`
}
