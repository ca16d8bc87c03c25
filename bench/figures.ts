/**
 * `npm run bench -- --json FILE`: the scale figures of issue 14, each measured by its own benchmark
 * in its own process, written as {"figures":[{"name","value","unit"}]} and printed as a table with
 * each goal and the ratio to it. Heavy (a next build when there is none, the large report imported
 * and published, five 200-page PDFs twice): run it on a quiet machine. Does not assert.
 *
 *   npx tsx bench/figures.ts --json FILE [--skip rest,chromium] [--reuse FILE]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

interface Figure {
  name: string
  value: number
  unit: string
}

/** The figures, in its order, with their goals. */
export const GOALS: Array<{ name: string; goal: number; better: 'lower' | 'higher' }> = [
  { name: 'seed.large.s', goal: 90, better: 'lower' },
  { name: 'transition.approve.large.p50_ms', goal: 100, better: 'lower' },
  { name: 'transition.approve.growth', goal: 1.5, better: 'lower' },
  { name: 'dashboard.page.large.ms', goal: 150, better: 'lower' },
  { name: 'rest.chapters.depth1.p99_ms', goal: 100, better: 'lower' },
  { name: 'rest.chapters.depth1.during_publish.p99_ms', goal: 300, better: 'lower' },
  { name: 'bundle.large.s', goal: 10, better: 'lower' },
  { name: 'pdf.five200.s', goal: 3, better: 'lower' },
  { name: 'pdf.vs_chromium.x', goal: 15, better: 'higher' },
  { name: 'publish.peak_rss_mb', goal: 600, better: 'lower' },
]

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-figures-'))

/** Runs one benchmark script; returns the figures it wrote to its --json file (and its stdout). */
function run(script: string, args: string[], json = true): { figures: Figure[]; stdout: string } {
  const file = path.join(tmp, `${path.basename(script, '.ts')}-${Math.random().toString(36).slice(2)}.json`)
  const argv = ['--import', 'tsx', script, ...args, ...(json ? ['--json', file] : [])]
  console.log(`\n$ node ${argv.join(' ')}`)
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  process.stdout.write(r.stdout)
  if (r.status !== 0) {
    console.error(`${script} failed (exit ${r.status}): its figures are missing`)
    return { figures: [], stdout: r.stdout }
  }
  const figures = json && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')).figures as Figure[]) : []
  return { figures, stdout: r.stdout }
}

export function table(figures: Figure[]): string {
  const rows = GOALS.map(({ name, goal, better }) => {
    const f = figures.find((x) => x.name === name)
    if (!f) return `| ${name} | not measured | ${better === 'lower' ? '≤' : '≥'} ${goal} | | |`
    const ratio = f.value / goal
    const met = better === 'lower' ? f.value <= goal : f.value >= goal
    return `| ${name} | ${f.value} ${f.unit} | ${better === 'lower' ? '≤' : '≥'} ${goal} | ${ratio.toFixed(2)} | ${met ? 'met' : 'missed'} |`
  })
  // Figures measured beside the goals (a first visit, a kept check): shown without a goal.
  const more = figures
    .filter((f) => !GOALS.some((g) => g.name === f.name))
    .map((f) => `| ${f.name} | ${f.value} ${f.unit} | | | |`)
  return ['| figure | value | goal | value ÷ goal | |', '|---|---|---|---|---|', ...rows, ...more].join('\n')
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)
if (isMain) {
  const at = process.argv.indexOf('--json')
  const out = at > 0 ? process.argv[at + 1] : undefined
  if (!out) throw new Error('Usage: npx tsx bench/figures.ts --json FILE [--skip rest,chromium]')
  const skip = new Set((process.argv[process.argv.indexOf('--skip') + 1] ?? '').split(','))
  if (!process.argv.includes('--skip')) skip.clear()
  console.log(
    `Scale figures on ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`,
  )
  // --reuse FILE: keep the figures an earlier run wrote there, measure only what is missing.
  const reuse = process.argv.includes('--reuse') ? process.argv[process.argv.indexOf('--reuse') + 1] : undefined
  const figures: Figure[] = reuse && fs.existsSync(reuse) ? JSON.parse(fs.readFileSync(reuse, 'utf8')).figures : []
  const have = (...names: string[]) => names.every((n) => figures.some((f) => f.name === n))
  if (
    !have(
      'seed.large.s',
      'transition.approve.large.p50_ms',
      'transition.approve.growth',
      'dashboard.page.large.ms',
      'bundle.large.s',
    )
  ) {
    const largeDb = path.join(tmp, 'large.db')
    figures.push(...run('bench/import.ts', ['--keep', largeDb]).figures)
    const demo = run('bench/large-db.ts', ['--demo']).figures
    const large = run('bench/large-db.ts', ['--db', largeDb]).figures
    figures.push(...large, ...demo)
    const demoP50 = demo.find((f) => f.name === 'transition.approve.demo.p50_ms')?.value
    const largeP50 = large.find((f) => f.name === 'transition.approve.large.p50_ms')?.value
    if (demoP50 && largeP50)
      figures.push({ name: 'transition.approve.growth', value: Number((largeP50 / demoP50).toFixed(2)), unit: 'x' })
  }
  if (!skip.has('rest') && !have('rest.chapters.depth1.p99_ms')) figures.push(...run('bench/rest-large.ts', []).figures)
  if (!have('pdf.five200.s', 'publish.peak_rss_mb'))
    figures.push(...run('bench/pdf.ts', ['--parallel-only', '--runs', '3']).figures)
  if (!skip.has('chromium') && !have('pdf.vs_chromium.x')) {
    const c = run('bench/pdf-chromium.ts', ['--only', 'large', '--parallel-only', '--runs', '1', '--json'], false)
    const rows = JSON.parse(c.stdout.trim().split('\n').at(-1) ?? '[]') as Array<{
      typst: { ms: number } | null
      chromium: { ms: number }
    }>
    const row = rows.find((r) => r.typst)
    if (row?.typst)
      figures.push({ name: 'pdf.vs_chromium.x', value: Number((row.chromium.ms / row.typst.ms).toFixed(1)), unit: 'x' })
  }
  const ordered = [
    ...GOALS.map((g) => figures.find((f) => f.name === g.name)).filter((f): f is Figure => Boolean(f)),
    ...figures.filter((f) => !GOALS.some((g) => g.name === f.name)),
  ]
  fs.writeFileSync(out, `${JSON.stringify({ figures: ordered }, null, 2)}\n`)
  console.log(`\n${table(ordered)}\n\nWritten to ${out}`)
  fs.rmSync(tmp, { recursive: true, force: true })
}
