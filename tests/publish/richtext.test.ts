import { describe, expect, test } from '@jest/globals'

import { formatToMarks, lexicalToPortable } from '../../src/publish/bundle/richtext'
import { RichText } from '../../src/publish/bundle/schema'
import { block, heading, link, list, paragraph, quote, root, text } from '../../src/lexical/build'

const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

describe('lexicalToPortable', () => {
  test('paragraphs, marks, headings, quotes, links', () => {
    const doc = root(
      heading(2, 'Torture in custody'),
      paragraph('Plain ', text('bold', 'bold'), text(' and both', 'bold', 'italic'), ' end'),
      quote('They beat us.'),
      paragraph('See ', link('https://spring96.org/en', 'Viasna'), '.'),
    )
    const { tree, refs, problems } = lexicalToPortable(doc)
    expect(problems).toEqual([])
    expect(tree).toEqual({
      type: 'root',
      children: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Torture in custody', marks: [] }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Plain ', marks: [] },
            { type: 'text', text: 'bold', marks: ['bold'] },
            { type: 'text', text: ' and both', marks: ['bold', 'italic'] },
            { type: 'text', text: ' end', marks: [] },
          ],
        },
        { type: 'quote', children: [{ type: 'text', text: 'They beat us.', marks: [] }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'See ', marks: [] },
            {
              type: 'link',
              url: 'https://spring96.org/en',
              newTab: false,
              children: [{ type: 'text', text: 'Viasna', marks: [] }],
            },
            { type: 'text', text: '.', marks: [] },
          ],
        },
      ],
    })
    expect(refs).toEqual({ statistics: [], testimonies: [], defenders: [], media: [] })
    expect(RichText.safeParse(tree).success).toBe(true)
  })

  test('adjacent runs with the same marks merge; empty runs vanish', () => {
    const { tree } = lexicalToPortable(root(paragraph(text('a', 'bold'), text('', 'italic'), text('b', 'bold'))))
    expect(tree!.children[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'ab', marks: ['bold'] }] })
  })

  test('format bitmask maps explicitly; unknown bits are refused', () => {
    expect(formatToMarks(0)).toEqual([])
    expect(formatToMarks(3)).toEqual(['bold', 'italic'])
    expect(formatToMarks(4 | 8 | 16 | 32 | 64)).toEqual([
      'code',
      'strikethrough',
      'subscript',
      'superscript',
      'underline',
    ])
    expect(formatToMarks(128)).toEqual([]) // highlight dropped on purpose
    expect(formatToMarks(256)).toBeNull()
    const r = lexicalToPortable(root(paragraph({ ...text('x'), format: 1024 })))
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0].path).toBe('root.children[0].children[0]')
  })

  test('ordered and unordered lists, nested the Lexical way', () => {
    const nested = el(
      'listitem',
      [el('list', [el('listitem', [text('child')], { value: 1 })], { listType: 'number', tag: 'ol', start: 1 })],
      { value: 2 },
    )
    const doc = {
      root: el('root', [
        el(
          'list',
          [el('listitem', [text('parent')], { value: 1 }), nested, el('listitem', [text('next')], { value: 2 })],
          { listType: 'bullet', tag: 'ul', start: 1 },
        ),
      ]),
    }
    const { tree, problems } = lexicalToPortable(doc)
    expect(problems).toEqual([])
    expect(tree!.children[0]).toEqual({
      type: 'list',
      ordered: false,
      items: [
        {
          type: 'listItem',
          children: [{ type: 'text', text: 'parent', marks: [] }],
          lists: [
            {
              type: 'list',
              ordered: true,
              items: [{ type: 'listItem', children: [{ type: 'text', text: 'child', marks: [] }], lists: [] }],
            },
          ],
        },
        { type: 'listItem', children: [{ type: 'text', text: 'next', marks: [] }], lists: [] },
      ],
    })
    expect(RichText.safeParse(tree).success).toBe(true)
    expect(lexicalToPortable(root(list('number', [['one'], ['two']]))).tree!.children[0]).toMatchObject({
      type: 'list',
      ordered: true,
    })
  })

  test('blocks become embeds with ids from plain or populated relations; refs collected', () => {
    const doc = root(
      block('statistic', { statistic: 12 }),
      block('testimonyQuote', {
        testimony: { id: 7, title: 'x', legalName: 'SECRET' },
        excerpt: '  We were beaten.  ',
      }),
      block('testimonyQuote', { testimony: '8', excerpt: '' }),
      block('defenderCard', { defender: { id: 3 } }),
      block('video', { url: 'https://example.org/v', title: 'Film', caption: null, poster: 5 }),
      block('video', { url: 'https://example.org/w', title: 'Short', duration: ' 4:12 ' }),
      block('callToAction', { label: 'Donate', url: 'https://example.org/give', kind: 'support' }),
      block('callToAction', { label: 'Read', url: 'mailto:press@example.org' }),
    )
    const { tree, refs, problems } = lexicalToPortable(doc)
    expect(problems).toEqual([])
    expect(tree!.children).toEqual([
      { type: 'embed', kind: 'statistic', id: '12', excerpt: null },
      { type: 'embed', kind: 'testimony', id: '7', excerpt: 'We were beaten.' },
      { type: 'embed', kind: 'testimony', id: '8', excerpt: null },
      { type: 'embed', kind: 'defender', id: '3', excerpt: null },
      { type: 'video', url: 'https://example.org/v', title: 'Film', caption: null, poster: '5' },
      { type: 'video', url: 'https://example.org/w', title: 'Short', caption: null, poster: null, duration: '4:12' },
      { type: 'callToAction', label: 'Donate', url: 'https://example.org/give', kind: 'support' },
      { type: 'callToAction', label: 'Read', url: 'mailto:press@example.org', kind: 'read' },
    ])
    expect(refs).toEqual({ statistics: ['12'], testimonies: ['7', '8'], defenders: ['3'], media: ['5'] })
    expect(JSON.stringify(tree)).not.toContain('SECRET')
    expect(RichText.safeParse(tree).success).toBe(true)
  })

  test('a video duration that is not minutes:seconds is a problem, not a guess', () => {
    const { problems } = lexicalToPortable(
      root(block('video', { url: 'https://example.org/v', title: 'F', duration: '4 min' })),
    )
    expect(problems.map((p) => p.message)).toEqual([`the video's duration "4 min" is not minutes:seconds`])
  })

  test('unknown nodes are errors naming the type and path, and all are reported', () => {
    const doc = root(
      paragraph('ok'),
      { type: 'upload', value: 4, relationTo: 'media', version: 3 },
      heading(2, 'fine'),
      el('heading', [text('h1')], { tag: 'h1' }),
      block('map', { lat: 1 }),
      paragraph('x', { type: 'mention', version: 1 } as never),
      { type: 'horizontalrule', version: 1 },
      el('list', [el('listitem', [text('x')], { checked: true })], { listType: 'check' }),
    )
    const r = lexicalToPortable(doc, 'body')
    expect(r.problems.map((p) => [p.path, p.nodeType, p.code])).toEqual([
      ['body.root.children[1]', 'upload', 'unknown-node'],
      ['body.root.children[3]', 'heading', 'unknown-node'],
      ['body.root.children[4]', 'block:map', 'unknown-node'],
      ['body.root.children[5].children[1]', 'mention', 'unknown-node'],
      ['body.root.children[6]', 'horizontalrule', 'unknown-node'],
      ['body.root.children[7]', 'list', 'unknown-node'],
    ])
  })

  test('bad links are problems: javascript:, relative, internal, missing host', () => {
    const doc = root(
      paragraph(link('javascript:alert(1)', 'x')),
      paragraph(link('/relative', 'x')),
      paragraph({
        ...(link('https://ok.org', 'x') as Record<string, unknown>),
        fields: { linkType: 'internal', doc: { relationTo: 'chapters', value: 1 } },
      }),
      block('video', { url: 'https://nohost', title: 'v' }),
      paragraph(link('https://fine.org/a', 'fine')),
    )
    const r = lexicalToPortable(doc)
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ['root.children[0].children[0]', 'bad-link'],
      ['root.children[1].children[0]', 'bad-link'],
      ['root.children[2].children[0]', 'bad-link'],
      ['root.children[3]', 'bad-link'],
    ])
  })

  test('blocks inside text and text at block level are misplaced', () => {
    const r = lexicalToPortable(root(paragraph(block('statistic', { statistic: 1 }) as never), text('loose')))
    expect(r.problems.map((p) => p.code)).toEqual(['misplaced-node', 'misplaced-node'])
  })

  test('empty values → null; surrounding empty paragraphs trimmed', () => {
    expect(lexicalToPortable(null).tree).toBeNull()
    expect(lexicalToPortable(root(paragraph())).tree).toBeNull()
    expect(
      lexicalToPortable(root(paragraph(), paragraph('a'), paragraph(), paragraph('b'), paragraph())).tree!.children,
    ).toHaveLength(3)
    expect(lexicalToPortable({ not: 'lexical' }).problems[0].code).toBe('bad-value')
  })

  test('links keep newTab; linebreak and tab', () => {
    const l = {
      ...(link('https://a.org', 'x') as Record<string, unknown>),
      fields: { url: 'https://a.org', newTab: true, linkType: 'custom' },
    }
    const { tree, problems } = lexicalToPortable(
      root(
        paragraph(
          'a',
          { type: 'linebreak', version: 1 },
          { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 },
          l,
        ),
      ),
    )
    expect(tree!.children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'a', marks: [] },
        { type: 'linebreak' },
        { type: 'text', text: '\t', marks: [] },
        { type: 'link', url: 'https://a.org', newTab: true, children: [{ type: 'text', text: 'x', marks: [] }] },
      ],
    })
    expect(problems).toEqual([])
  })
})

describe('property: any document made of supported nodes converts without problems and fits the schema', () => {
  test('random Lexical trees', async () => {
    const fc = (await import('fast-check')).default
    const word = fc.string({ minLength: 1, maxLength: 12 })
    const textNode = fc
      .record({ t: word, f: fc.integer({ min: 0, max: 255 }) })
      .map(({ t, f }) => ({ ...text(t), format: f }))
    const inline = fc.oneof(
      { weight: 5, arbitrary: textNode },
      { weight: 1, arbitrary: fc.constant({ type: 'linebreak', version: 1 }) },
      {
        weight: 1,
        arbitrary: fc.array(textNode, { minLength: 1, maxLength: 3 }).map((c) => link('https://example.org/a', ...c)),
      },
    )
    const inlines = fc.array(inline, { maxLength: 6 })
    const { tree } = fc.letrec((tie) => ({
      list: fc
        .record({
          kind: fc.constantFrom('bullet', 'number'),
          items: fc.array(fc.tuple(inlines, fc.option(tie('list'), { nil: undefined, depthSize: 'small' })), {
            minLength: 1,
            maxLength: 3,
          }),
        })
        .map(({ kind, items }) => {
          const children: unknown[] = []
          items.forEach(([inl, sub], i) => {
            children.push({
              ...(list(kind as 'bullet', [[]]) as { children: Array<Record<string, unknown>> }).children[0],
              children: inl,
              value: i + 1,
            })
            if (sub)
              children.push({
                type: 'listitem',
                children: [sub],
                direction: 'ltr',
                format: '',
                indent: 0,
                version: 1,
                value: i + 2,
              })
          })
          return { ...list(kind as 'bullet', []), children }
        }),
      tree: fc
        .array(
          fc.oneof(
            inlines.map((c) => paragraph(...(c as never[]))),
            fc.tuple(fc.constantFrom(2, 3, 4), inlines).map(([l, c]) => heading(l as 2, ...(c as never[]))),
            inlines.map((c) => quote(...(c as never[]))),
            tie('list'),
            fc.integer({ min: 1, max: 99 }).map((id) => block('statistic', { statistic: id })),
            fc
              .record({ id: fc.integer({ min: 1, max: 99 }), ex: fc.option(word, { nil: null }) })
              .map(({ id, ex }) => block('testimonyQuote', { testimony: { id }, excerpt: ex })),
          ),
          { maxLength: 8 },
        )
        .map((children) => root(...(children as never[]))),
    }))
    fc.assert(
      fc.property(tree, (doc) => {
        const r = lexicalToPortable(doc)
        expect(r.problems).toEqual([])
        if (r.tree) expect(RichText.safeParse(r.tree).success).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
