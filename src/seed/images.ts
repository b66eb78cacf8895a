import sharp from 'sharp'

import { withIptc } from '../photos/metadata/iptcSegment.js'
import { xmpPacket } from '../photos/metadata/xmpPacket.js'
import type { SeedPhoto } from './types.js'

const WIDTH = 1600
const HEIGHT = 1000

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' })[c]!,
  )

/** Simple shapes per motif, drawn over the gradient; enough to tell the demo pictures apart. */
const MOTIFS: Record<SeedPhoto['image']['motif'], string> = {
  bridge: `<path d="M0 720 Q800 380 1600 720" stroke="#fff" stroke-opacity="0.85" stroke-width="28" fill="none"/>
    ${[200, 500, 800, 1100, 1400].map((x) => `<rect x="${x - 10}" y="560" width="20" height="300" fill="#fff" fill-opacity="0.7"/>`).join('')}`,
  garden: [180, 480, 820, 1150, 1420]
    .map(
      (x, i) =>
        `<circle cx="${x}" cy="${620 - (i % 2) * 90}" r="${150 + (i % 3) * 40}" fill="#fff" fill-opacity="0.${3 + (i % 4)}"/>`,
    )
    .join(''),
  handshake: `<circle cx="600" cy="420" r="130" fill="#fff" fill-opacity="0.8"/><circle cx="1000" cy="420" r="130" fill="#fff" fill-opacity="0.8"/>
    <rect x="470" y="560" width="260" height="360" rx="60" fill="#fff" fill-opacity="0.7"/><rect x="870" y="560" width="260" height="360" rx="60" fill="#fff" fill-opacity="0.7"/>
    <rect x="700" y="660" width="200" height="60" rx="30" fill="#fff"/>`,
  lanterns: [250, 550, 850, 1150, 1400]
    .map(
      (x, i) =>
        `<line x1="${x}" y1="0" x2="${x}" y2="${260 + i * 40}" stroke="#fff" stroke-width="4"/><ellipse cx="${x}" cy="${340 + i * 40}" rx="90" ry="110" fill="#ffd7a8" fill-opacity="0.9"/>`,
    )
    .join(''),
  skyline: [0, 160, 300, 470, 600, 780, 930, 1100, 1260, 1420]
    .map(
      (x, i) =>
        `<rect x="${x}" y="${420 + ((i * 137) % 300)}" width="150" height="${600 - ((i * 137) % 300)}" fill="#fff" fill-opacity="0.${4 + (i % 5)}"/>`,
    )
    .join(''),
  stage: `<rect x="200" y="640" width="1200" height="80" fill="#fff" fill-opacity="0.85"/>
    ${[380, 640, 900, 1160].map((x) => `<circle cx="${x}" cy="520" r="70" fill="#fff" fill-opacity="0.75"/>`).join('')}
    <polygon points="150,0 520,0 800,640 560,640" fill="#fff" fill-opacity="0.15"/><polygon points="1450,0 1080,0 800,640 1040,640" fill="#fff" fill-opacity="0.15"/>`,
}

/**
 * When each demo photo was taken, as a camera writes it (local clock time and its UTC offset). The
 * seed content has no such field; the date exists only inside the files, as with real uploads.
 */
const TAKEN: Record<string, { date: string; time: string; offset: string }> = {
  'braunschweig-zhuhai-dialog': { date: '2025-05-20', time: '15:10:00', offset: '+02:00' },
  'chongqing-jialing-bruecke': { date: '2024-10-08', time: '20:45:00', offset: '+08:00' },
  'killesberg-garten': { date: '2025-06-28', time: '11:05:00', offset: '+02:00' },
  'koeln-rhein-bruecke': { date: '2025-04-12', time: '18:30:00', offset: '+02:00' },
  'kyoto-koeln-garten': { date: '2024-11-03', time: '10:15:00', offset: '+09:00' },
  'mumbai-klimawerkstatt': { date: '2025-01-22', time: '09:40:00', offset: '+05:30' },
  'nanjing-delegation-rathaus': { date: '2025-03-10', time: '11:20:00', offset: '+01:00' },
  'nanjing-skyline-xuanwu': { date: '2024-09-16', time: '18:55:00', offset: '+08:00' },
  'neujahrsfest-laternen': { date: '2025-02-01', time: '19:30:00', offset: '+01:00' },
  'ogaki-jugend-sport': { date: '2025-08-09', time: '16:00:00', offset: '+02:00' },
  'sejong-erklaerung-unterzeichnung': { date: '2025-07-14', time: '10:30:00', offset: '+02:00' },
  'sejong-smart-city': { date: '2024-05-21', time: '13:25:00', offset: '+09:00' },
  'zhuhai-meeresbruecke': { date: '2024-12-02', time: '14:10:00', offset: '+08:00' },
}

/** "Landeshauptstadt Stuttgart/Miriam Kessler" → "Miriam Kessler"; "Tobias Lindner (CC BY 4.0)" → "Tobias Lindner". */
const photographerOf = (credit: string) =>
  (credit.split('/').pop() ?? credit).replace(/\s*\([^)]*\)$/, '').trim()

/**
 * The metadata a press photo arrives with, as newsroom tools write it: XMP (credit, photographer,
 * copyright, the caption in all five languages as `xml:lang` alternatives, date), IPTC-IIM
 * (credit, by-line, copyright notice, German caption, date and time) and EXIF (date taken).
 * Uploading the file prefills the photo's credit, copyright holder, captions and date taken.
 */
async function withPressMetadata(image: sharp.Sharp, photo: SeedPhoto): Promise<Buffer> {
  const taken = TAKEN[photo.key]
  const year = taken?.date.slice(0, 4) ?? '2025'
  const notice = `© ${year} ${photo.copyrightHolder}`
  const photographer = photographerOf(photo.credit)
  const xmp = xmpPacket({
    creator: [photographer],
    credit: photo.credit,
    dateCreated: taken && `${taken.date}T${taken.time}${taken.offset}`,
    description: { 'x-default': photo.caption.de, ...photo.caption },
    rights: { 'x-default': notice },
  })
  const exif = taken && {
    IFD2: {
      DateTimeOriginal: `${taken.date.replace(/-/g, ':')} ${taken.time}`,
      OffsetTimeOriginal: taken.offset,
    },
  }
  const jpeg = await (exif ? image.withExif(exif) : image).withXmp(xmp).toBuffer()
  return withIptc(jpeg, {
    byline: [photographer],
    caption: photo.caption.de,
    copyrightNotice: notice,
    credit: photo.credit,
    ...(taken && {
      dateCreated: taken.date.replace(/-/g, ''),
      timeCreated: taken.time.replace(/:/g, '') + taken.offset.replace(':', ''),
    }),
  })
}

/**
 * A 1600×1000 JPEG drawn for a demo photo, carrying press metadata: the seed makes its own
 * pictures and downloads nothing.
 */
export async function renderDemoImage(photo: SeedPhoto): Promise<Buffer> {
  const [from, to] = photo.image.colors
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    ${MOTIFS[photo.image.motif]}
    <rect x="0" y="${HEIGHT - 110}" width="${WIDTH}" height="110" fill="#000" fill-opacity="0.35"/>
    <text x="60" y="${HEIGHT - 42}" font-family="DejaVu Sans, Arial, sans-serif" font-size="54" fill="#fff">${escapeXml(photo.image.label)}</text>
  </svg>`
  return withPressMetadata(sharp(Buffer.from(svg)).jpeg({ mozjpeg: true, quality: 82 }), photo)
}
