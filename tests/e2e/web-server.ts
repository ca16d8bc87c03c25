/**
 * A tiny static server for the web edition's browser tests: serves a built edition (a map of
 * web/-relative path → bytes) on a free loopback port with the same file resolution, content
 * types and security headers as the app's /report/<year>/ route (src/publish/editions/web/serve.ts).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { resolveWebRequest, webHeaders } from '../../src/publish/editions/web/serve'

export interface StaticServer {
  url: string
  requests: string[]
  close: () => Promise<void>
}

export async function serveEdition(files: Map<string, Buffer>): Promise<StaticServer> {
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    requests.push(path)
    const r = resolveWebRequest(path, (f) => files.has(f))
    if (!r) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    if ('redirect' in r) {
      res.writeHead(308, { Location: r.redirect }).end()
      return
    }
    const body = files.get(r.file)!
    res.writeHead(200, { ...webHeaders(r.file), 'Content-Length': String(body.length) })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
