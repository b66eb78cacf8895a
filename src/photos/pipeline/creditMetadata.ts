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

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** An XMP packet with dc:creator, dc:rights and photoshop:Credit (sharp's `withXmp`). */
export function creditXmp({ copyright, credit }: CreditMetadata): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ` photoshop:Credit="${escapeXml(credit)}">`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(credit)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(copyright)}</rdf:li></rdf:Alt></dc:rights>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('')
}
