/** The demo report's cover: generated, abstract artwork, found by its file name on later runs. */
import sharp from 'sharp'

import type { ContentApi } from '../model/local'
import { REPORT_TEXT } from './chapter'
import { OTHER_LOCALES } from './locales'

type Id = number | string

/** A generated, abstract cover (no photograph of anybody), so the demo needs no image files. */
export async function seedCover(payload: ContentApi): Promise<Id> {
  const found = await payload.find({
    collection: 'media',
    where: { filename: { like: 'cover-2020' } },
    limit: 1,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0].id
  const bands = Array.from(
    { length: 9 },
    (_, i) =>
      `<rect x="0" y="${i * 200}" width="1400" height="${120 + (i % 3) * 30}" fill="#0b2545" opacity="${0.35 + (i % 4) * 0.15}"/>`,
  ).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="1800"><rect width="1400" height="1800" fill="#13315c"/>${bands}<path d="M0 1300 L1400 500" stroke="#eef4ed" stroke-width="6" opacity="0.9"/></svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: {
      alt: REPORT_TEXT.coverAlt.en,
      credit: 'Folio demo artwork',
      licence: 'cc0',
    },
    file: { data, mimetype: 'image/png', name: 'cover-2020.png', size: data.length },
    overrideAccess: true,
    locale: 'en',
  })
  for (const locale of OTHER_LOCALES) {
    await payload.update({
      collection: 'media',
      id: doc.id,
      data: { alt: REPORT_TEXT.coverAlt[locale] },
      locale,
      overrideAccess: true,
    })
  }
  return doc.id
}
