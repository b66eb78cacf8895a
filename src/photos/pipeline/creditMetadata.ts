import { xmpPacket } from '../metadata/xmpPacket.js'

/** The only metadata a derived image carries: who made it and who holds the rights. */
export interface CreditMetadata {
  /** EXIF Artist, XMP dc:creator and photoshop:Credit. */
  credit: string
  /** EXIF Copyright and XMP dc:rights: the copyright holder, else the credit. */
  copyright: string
}

export function creditMetadataOf(data: {
  credit?: unknown
  copyrightHolder?: unknown
}): CreditMetadata {
  const credit = typeof data.credit === 'string' ? data.credit.trim() : ''
  const holder =
    typeof data.copyrightHolder === 'string' && data.copyrightHolder.trim()
      ? data.copyrightHolder.trim()
      : credit
  return { copyright: holder, credit }
}

/** An XMP packet with dc:creator, dc:rights and photoshop:Credit (sharp's `withXmp`). */
export function creditXmp({ copyright, credit }: CreditMetadata): string {
  return xmpPacket({ creator: [credit], credit, rights: { 'x-default': copyright } })
}
