/** One HTTP request to a test server, its body read as text and, where it parses, as JSON. */
export interface Reply {
  status: number
  text: string
  json: Record<string, unknown>
  headers: Headers
}

export async function request(
  baseUrl: string,
  method: string,
  path: string,
  opts: { auth?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.auth) headers.authorization = opts.auth
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, json, headers: res.headers }
}
