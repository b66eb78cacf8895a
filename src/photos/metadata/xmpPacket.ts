/** XMP values a newsroom's photo tools write (Dublin Core, Photoshop, EXIF namespaces). */
export interface XmpValues {
  creator?: string[]
  credit?: string
  /** Copyright notice per `xml:lang` (`x-default` first). */
  rights?: Record<string, string>
  /** Caption per `xml:lang`, e.g. `{ 'x-default': …, de: …, 'zh-CN': … }`. */
  description?: Record<string, string>
  /** ISO 8601, e.g. `2025-07-14T10:30:00+02:00`. */
  dateCreated?: string
  /** XMP GPS coordinates, e.g. `48,46.5N`. */
  gpsLatitude?: string
  gpsLongitude?: string
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[c]!,
  )

const alt = (values: Record<string, string>) =>
  `<rdf:Alt>${Object.entries(values)
    .map(([lang, text]) => `<rdf:li xml:lang="${escapeXml(lang)}">${escapeXml(text)}</rdf:li>`)
    .join('')}</rdf:Alt>`

const element = (name: string, inner: string | undefined) =>
  inner === undefined ? '' : `<${name}>${inner}</${name}>`

/**
 * An XMP packet for sharp's `withXmp()`: the renditions' credit (pipeline), the demo images' and
 * the test fixtures' press metadata.
 */
export function xmpPacket(values: XmpValues): string {
  const text = (value: string | undefined) => (value === undefined ? undefined : escapeXml(value))
  const body = [
    element(
      'dc:creator',
      values.creator &&
        `<rdf:Seq>${values.creator.map((name) => `<rdf:li>${escapeXml(name)}</rdf:li>`).join('')}</rdf:Seq>`,
    ),
    element('dc:rights', values.rights && alt(values.rights)),
    element('dc:description', values.description && alt(values.description)),
    element('photoshop:Credit', text(values.credit)),
    element('photoshop:DateCreated', text(values.dateCreated)),
    element('exif:GPSLatitude', text(values.gpsLatitude)),
    element('exif:GPSLongitude', text(values.gpsLongitude)),
  ].join('')
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"' +
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/">' +
    body +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  )
}
