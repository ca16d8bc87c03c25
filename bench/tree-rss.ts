/**
 * Peak resident memory of a whole process tree (this process and every descendant), sampled from
 * /proc every `everyMs`. Linux only; elsewhere it reports this process alone.
 */
import fs from 'node:fs'

function treeRssBytes(root: number): number {
  let entries: string[]
  try {
    entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))
  } catch {
    return process.memoryUsage().rss
  }
  const parent = new Map<number, number>()
  const rss = new Map<number, number>()
  for (const d of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parent.set(Number(d), Number(fields[1]))
      rss.set(Number(d), Number(fields[21]) * 4096)
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true
    return false
  }
  let sum = 0
  for (const [pid, bytes] of rss) if (inTree(pid)) sum += bytes
  return sum
}

export function sampleTreeRss(everyMs = 50, root = process.pid): { stop: () => number } {
  let peak = treeRssBytes(root)
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(root))
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return Math.max(peak, treeRssBytes(root))
    },
  }
}
