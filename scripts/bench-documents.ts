// Build times of the documents the office signs, for `npm run bench` (targets from issue 13: Lembar Disposisi
// under 50 ms, Berita Acara with 50 devices and 12 phone photos under 400 ms).
import type { Core } from '../src/runtime/core'
import { dispatch } from '../src/api/dispatch'
import type { Session } from '../src/runtime/session'
import { beritaAcaraPenarikanDocx, laporanPelaksanaanDocx } from '../src/sops/sop-07/docx'
import { sampleBeritaAcara, sampleDevices, sampleLaporan } from '../src/sops/sop-07/docx/testing/sample'
import { PHOTO_BOX_CM } from '../src/documents/kit'
import { phonePhoto } from '../src/documents/kit/testing/photo'
import { FotoCetak } from '../src/db/entities'
import { attachmentBytes } from '../src/services/attachments'
import { printReadyAttachment } from '../src/services/print-images'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * Wall time and the process's CPU time (all threads, sharp's included) per run. On a shared machine the wall time
 * includes waiting for a core; the CPU time is what the build itself costs.
 */
async function times(runs: number, work: () => Promise<unknown>): Promise<{ first: number; median: number; cpu: number; last: unknown }> {
  const all: number[] = []
  const cpu: number[] = []
  let last: unknown
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    last = await work()
    const used = process.cpuUsage(c)
    all.push(performance.now() - t)
    cpu.push((used.user + used.system) / 1000)
  }
  return { first: all[0], median: median(all), cpu: median(cpu), last }
}

const line = (label: string, r: { median: number; cpu: number }, note = '') =>
  console.log(`${label.padEnd(52)} median ${r.median.toFixed(1).padStart(7)} ms   CPU ${r.cpu.toFixed(1).padStart(7)} ms${note}`)

/** Prints the build times; `suratId` is a letter of the bench database for the Lembar Disposisi. */
export async function benchDocuments(core: Core, session: Session, suratId: number): Promise<void> {
  const lembar = await times(15, async () => {
    const env = await dispatch(core, session, 'documents.lembarDisposisi', { suratId })
    if (!env.ok) throw new Error(env.error.message)
  })
  line('Lembar Disposisi (melalui API)', lembar, '   (target < 50 ms)')

  // Twelve distinct 12 MP phone photos, four of them portrait by EXIF orientation only.
  const foto = await Promise.all(Array.from({ length: 12 }, async (_, i) => ({ bytes: await phonePhoto({ seed: i, orientation: i % 3 === 0 ? 6 : undefined }), caption: `Foto ${i + 1}` })))
  const mb = (foto.reduce((a, f) => a + f.bytes.byteLength, 0) / 1024 / 1024).toFixed(1)
  const ba = await times(7, () => beritaAcaraPenarikanDocx({ ...sampleBeritaAcara(), perangkat: sampleDevices(50), foto }))
  const size = ((ba.last as Buffer).byteLength / 1024 / 1024).toFixed(2)
  console.log(`${`BA Penarikan, 50 perangkat + 12 foto (${mb} MB), pertama`.padEnd(52)} ${ba.first.toFixed(1).padStart(7)} ms (foto diolah: tegak, 200 dpi)`)
  line('BA Penarikan, 50 perangkat + 12 foto', ba, `   (target < 400 ms; berkas ${size} MB, target < 3 MB)`)
  const lap = await times(7, () => laporanPelaksanaanDocx({ ...sampleLaporan(), perangkat: sampleDevices(50), foto }))
  line('Laporan Pelaksanaan, 50 perangkat + 12 foto', lap, `   (berkas ${((lap.last as Buffer).byteLength / 1024 / 1024).toFixed(2)} MB)`)

  // As the case service builds it: the photos are attachments in the database. Without foto_cetak every build read
  // the 12 originals (43 MB) and hashed them; with it, a build reads the 12 print-ready copies (about 0.6 MB).
  const ids: number[] = []
  for (const [i, f] of foto.entries()) {
    const env = await dispatch(core, session, 'letters.attach', { letterId: suratId, fileName: `foto-${i + 1}.jpg`, mimeType: 'image/jpeg', bytes: f.bytes })
    if (!env.ok) throw new Error(env.error.message)
    ids.push((env.data as { id: number }).id)
  }
  const em = core.ds.manager
  await em.getRepository(FotoCetak).clear()
  const fromDb = async () => {
    const stored = await Promise.all(ids.map(async (id, i) => ({ bytes: (await printReadyAttachment(em, id, PHOTO_BOX_CM)) ?? new Uint8Array(), caption: `Foto ${i + 1}` })))
    return beritaAcaraPenarikanDocx({ ...sampleBeritaAcara(), perangkat: sampleDevices(50), foto: stored })
  }
  const cached = await times(7, fromDb)
  console.log(`${'BA dari basis data, pertama (foto_cetak kosong)'.padEnd(52)} ${cached.first.toFixed(1).padStart(7)} ms`)
  line('BA dari basis data, foto dari foto_cetak', cached, '   (target < 400 ms)')
  const originals = await times(7, async () => {
    const raw = await Promise.all(ids.map(async (id, i) => ({ bytes: await attachmentBytes(em, id), caption: `Foto ${i + 1}` })))
    return beritaAcaraPenarikanDocx({ ...sampleBeritaAcara(), perangkat: sampleDevices(50), foto: raw })
  })
  line('BA dari basis data, foto asli dibaca tiap kali', originals, '   (tanpa foto_cetak, untuk perbandingan)')
}
