import { bootPayload } from '../helpers/payload'

test('boots and creates a report', async () => {
  const { payload, cleanup } = await bootPayload()
  try {
    const r = await payload.create({ collection: 'reports', data: { title: 'Annual report 2020', year: 2020 } })
    expect(r.slug).toBe('annual-report-2020')
  } finally {
    await cleanup()
  }
})
