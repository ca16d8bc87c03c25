import type { Payload } from 'payload'

export type TestUser = { id: number; email: string; roles: string[]; locales?: string[]; collection: 'users' }

const USERS = {
  admin: { roles: ['admin'] },
  editor: { roles: ['editor'] },
  editor2: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
  reviewer2: { roles: ['reviewer'] },
  translatorFr: { roles: ['translator'], locales: ['fr'] },
  translatorRu: { roles: ['translator'], locales: ['ru', 'ar'] },
} as const

export type UserKey = keyof typeof USERS

/** One user per role (and a second editor and reviewer for four-eyes), created once per test file. */
export async function createUsers(payload: Payload): Promise<Record<UserKey, TestUser>> {
  const out = {} as Record<UserKey, TestUser>
  for (const [key, def] of Object.entries(USERS) as [UserKey, (typeof USERS)[UserKey]][]) {
    const u = await payload.create({
      collection: 'users',
      data: { name: key, email: `${key.toLowerCase()}@folio.test`, password: 'correct horse battery', ...def } as never,
      overrideAccess: true,
    })
    out[key] = { ...(u as unknown as TestUser), collection: 'users' }
  }
  return out
}

/** Minimal rich text with the given paragraphs. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ status?: number; message: string }> {
  try {
    await p
  } catch (e) {
    return e as { status?: number; message: string }
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}
