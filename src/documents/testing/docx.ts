import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'

/** The text of word/document.xml with runs joined per paragraph, for asserting what a document says. */
export async function docxText(bytes: Uint8Array): Promise<{ xml: string; paragraphs: string[]; text: string; media: string[] }> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1])).join(''),
  )
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))
  return { xml, paragraphs, text: paragraphs.join('\n'), media }
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** Writes a generated file to a temporary folder (for LibreOffice) and returns its path. */
export function writeTemp(fileName: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidara-doc-'))
  const path = join(dir, fileName)
  writeFileSync(path, bytes)
  return path
}
