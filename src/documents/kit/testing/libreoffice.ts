// LibreOffice, the real client for checking .docx output in tests: converts to PDF and counts pages.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const SOFFICE = '/usr/bin/soffice'

/** Writer and Calc (the Buku Agenda workbook is converted too) and poppler's tools. */
export function hasLibreOffice(): boolean {
  return existsSync(SOFFICE) && existsSync('/usr/lib/libreoffice/program/libsclo.so') && existsSync('/usr/bin/pdfinfo')
}

/** Converts a .docx to PDF in a fresh temporary folder and returns the PDF's path. */
export async function convertToPdf(docxPath: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'sidara-pdf-'))
  // A profile of its own per run: two soffice processes sharing one profile block each other on its lock.
  const profile = await mkdtemp(join(tmpdir(), 'sidara-lo-profile-'))
  try {
    const { stdout, stderr } = await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      { timeout: 120_000 },
    )
    const pdf = join(outDir, basename(docxPath).replace(/\.[^.]+$/, '') + '.pdf')
    // soffice exits 0 even when it could not convert, so the PDF itself is the proof.
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}\n${stdout}\n${stderr}`)
    return pdf
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('/usr/bin/pdfinfo', [pdfPath])
  const m = /^Pages:\s+(\d+)/m.exec(stdout)
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdfPath}`)
  return Number(m[1])
}

/**
 * Converts many .docx files with one soffice run (starting LibreOffice takes most of the time of a single
 * conversion); returns the PDF paths in the order given. File names must differ.
 */
export async function convertAllToPdf(docxPaths: readonly string[]): Promise<string[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'sidara-pdf-'))
  const profile = await mkdtemp(join(tmpdir(), 'sidara-lo-profile-'))
  try {
    await run(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
      timeout: 600_000,
      maxBuffer: 16 * 1024 * 1024,
    })
    return docxPaths.map((p) => {
      const pdf = join(outDir, basename(p).replace(/\.[^.]+$/, '') + '.pdf')
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`)
      return pdf
    })
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
}

/** The text of each page (pdftotext, reading order; `layout` keeps lines as placed on the page), in page order. */
export async function pdfPageTexts(pdfPath: string, options: { layout?: boolean } = {}): Promise<string[]> {
  const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const pages = stdout.split('\f')
  // pdftotext ends the last page with a form feed too.
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** The images placed in the PDF, with their page and pixel size (pdfimages -list). */
export async function pdfImages(pdfPath: string): Promise<{ page: number; width: number; height: number }[]> {
  const { stdout } = await run('/usr/bin/pdfimages', ['-list', pdfPath], { maxBuffer: 16 * 1024 * 1024 })
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 5 && cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }))
}

/** Each page's size in points, in page order (pdfinfo). */
export async function pdfPageSizes(pdfPath: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('/usr/bin/pdfinfo', ['-f', '1', '-l', '100000', pdfPath])
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }))
}

export interface PdfWord {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** Every word with its box in points (pdftotext -bbox), pages counted from 1. */
export async function pdfWords(pdfPath: string): Promise<PdfWord[]> {
  const { stdout } = await run('/usr/bin/pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const words: PdfWord[] = []
  let page = 0
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page++
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line)
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') })
  }
  return words
}

/**
 * Words printed over other words: on the same page, crossing horizontally, and sharing more than a fifth of their
 * height (a wrapped line running into the next row, two notes on one line).
 */
export function overlappingWords(words: readonly PdfWord[]): PdfWord[] {
  return words.filter((a, i) =>
    words.some((b, j) => j > i && a.page === b.page && a.xMin < b.xMax && b.xMin < a.xMax && Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > (a.yMax - a.yMin) / 5),
  )
}

/** The names of the fonts embedded in the PDF (pdffonts), e.g. "LiberationSans-Bold" without the subset prefix. */
export async function pdfFonts(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('/usr/bin/pdffonts', [pdfPath])
  return stdout.split('\n').slice(2).map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).filter(Boolean)
}
