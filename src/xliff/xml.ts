/**
 * A minimal XML writer. xml-js (which parses our imports) has a writer too, but it turns a literal
 * "&amp;" in text back into "&" before escaping, which would corrupt an exact round trip.
 */

export interface XmlElement {
  attrs?: Record<string, string | undefined>
  children?: Array<XmlElement | string>
  name: string
}

// \r would come back as \n after parsing (XML line-end normalization), so it is written as a reference.
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
const escapeAttr = (text: string) =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')

export const el = (
  name: string,
  attrs?: XmlElement['attrs'],
  children?: XmlElement['children'],
): XmlElement => ({ attrs, children, name })

function write(node: XmlElement | string, out: string[]): void {
  if (typeof node === 'string') {
    out.push(escapeText(node))
    return
  }
  out.push('<', node.name)
  for (const [key, value] of Object.entries(node.attrs ?? {}))
    if (value !== undefined) out.push(' ', key, '="', escapeAttr(value), '"')
  if (!node.children?.length) {
    out.push('/>')
    return
  }
  out.push('>')
  for (const child of node.children) write(child, out)
  out.push('</', node.name, '>')
}

/** The document as UTF-8 text with an XML declaration; no added whitespace, so texts stay exact. */
export function serialize(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
  write(root, out)
  out.push('\n')
  return out.join('')
}
