/**
 * IPTC-IIM values as photo agencies write them (record 2 of the IIM, UTF-8). Sharp cannot write
 * IPTC; this small writer is enough for the demo images and test fixtures.
 */
export interface IptcValues {
  byline?: string[]
  credit?: string
  copyrightNotice?: string
  caption?: string
  /** `CCYYMMDD` */
  dateCreated?: string
  /** `HHMMSS±HHMM` */
  timeCreated?: string
}

const DATASETS: [keyof IptcValues, number][] = [
  ['byline', 80],
  ['dateCreated', 55],
  ['timeCreated', 60],
  ['credit', 110],
  ['copyrightNotice', 116],
  ['caption', 120],
]

const dataset = (record: number, number: number, value: Buffer) => {
  if (value.length > 0x7fff) throw new Error(`IPTC ${record}:${number} is longer than 32767 bytes.`)
  const head = Buffer.from([0x1c, record, number, value.length >> 8, value.length & 0xff])
  return Buffer.concat([head, value])
}

/** The IIM stream: the UTF-8 declaration (1:90 `ESC % G`), record version, then the values. */
export function iptcStream(values: IptcValues): Buffer {
  const parts = [
    dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])),
    dataset(2, 0, Buffer.from([0, 4])),
  ]
  for (const [key, number] of DATASETS) {
    const value = values[key]
    for (const text of Array.isArray(value) ? value : value === undefined ? [] : [value])
      parts.push(dataset(2, number, Buffer.from(text, 'utf8')))
  }
  return Buffer.concat(parts)
}

/** An APP13 segment: Photoshop image resources holding one IPTC block (resource 0x0404). */
export function iptcSegment(values: IptcValues): Buffer {
  const iptc = iptcStream(values)
  const size = Buffer.alloc(4)
  size.writeUInt32BE(iptc.length)
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0x00, 0x00]), // resource id, empty Pascal name padded to even
    size,
    iptc,
    Buffer.alloc(iptc.length % 2), // resource data is padded to an even length
  ])
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource])
  if (body.length + 2 > 0xffff) throw new Error('IPTC block does not fit in one APP13 segment.')
  const head = Buffer.from([0xff, 0xed, (body.length + 2) >> 8, (body.length + 2) & 0xff])
  return Buffer.concat([head, body])
}

/**
 * The JPEG with an APP13 IPTC segment inserted after its leading APPn segments (JFIF, EXIF,
 * XMP).
 */
export function withIptc(jpeg: Buffer, values: IptcValues): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('withIptc: not a JPEG.')
  let offset = 2
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1]!
    if (marker < 0xe0 || marker > 0xef || marker === 0xed) break
    offset += 2 + jpeg.readUInt16BE(offset + 2)
  }
  return Buffer.concat([jpeg.subarray(0, offset), iptcSegment(values), jpeg.subarray(offset)])
}
