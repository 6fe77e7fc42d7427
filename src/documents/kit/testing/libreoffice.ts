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

export function hasLibreOffice(): boolean {
  return existsSync(SOFFICE) && existsSync('/usr/bin/pdfinfo')
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
