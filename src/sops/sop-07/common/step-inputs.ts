// SOP 07's step forms as zod schemas, keyed by step code: the engine validates a step's input with its own schema,
// and the renderer checks the same schema before sending. Browser-safe (contract and domain only).
import { z } from 'zod'
import { alasan, idOf, jam as jamField, opsional, pilihan, tanggal, teleponIndonesia, wajib } from '../../../contract/fields'
import { SIFAT } from '../../../domain/letters'

const person = (prefix: string) =>
  z.object({
    nama: wajib(`Nama ${prefix}`, 200),
    identitas: opsional(`NIP / No. Identitas ${prefix}`, 40),
    jabatan: opsional(`Jabatan ${prefix}`, 200),
    telepon: teleponIndonesia(`Telepon ${prefix}`, 40),
  })

/** Every step takes a note. (Whom the Sekretariat records for is not asked: it is the position's holder that day.) */
const atasNama = { catatan: opsional('Catatan', 2000) }

/** The time fields of the steps are labelled "Jam" (TimeField gives the same message while typing). */
const jam = jamField('Jam')

/** Step 5's refusal of "sesuai" while a device named by the letter is not on file (also shown live beside Hasil). */
export const PESAN_TIDAK_TERDAFTAR = 'Ada perangkat yang tidak terdaftar di inventaris: hasil pemeriksaan harus "tidak sesuai".'

/** A note of at least 5 characters where a rule needs one (a return, a mismatch, a device the OPD kept). */
const hasReason = (text: string) => text.length >= 5

/**
 * The rules between a step's fields live here, not in the step handlers: the step form checks them before it asks
 * for confirmation, with each message next to its field, and the engine refuses the same input with the same words.
 */
const STEPS = [
  z.object({
    langkah: z.literal('pemeriksaan'),
    perangkatIds: z.array(z.number().int().positive()).max(50).default([]),
    tidakTerdaftar: z.array(z.object({ nama: wajib('Nama perangkat', 200), keterangan: opsional('Keterangan', 500) })).max(50).default([]),
    hasil: z.enum(['sesuai', 'tidak-sesuai'], { error: 'Pilih hasil pemeriksaan: sesuai atau tidak sesuai.' }),
    alasan: alasan('Alasan / hasil pemeriksaan'),
    ...atasNama,
  }).superRefine((v, ctx) => {
    if (v.hasil !== 'sesuai') return
    if (v.perangkatIds.length === 0) ctx.addIssue({ code: 'custom', path: ['perangkatIds'], message: 'Pilih perangkat yang akan ditarik dari inventaris; hasil "sesuai" perlu paling sedikit satu perangkat.' })
    if (v.tidakTerdaftar.length) ctx.addIssue({ code: 'custom', path: ['hasil'], message: PESAN_TIDAK_TERDAFTAR })
  }),
  z.object({
    langkah: z.literal('surat-balasan'),
    tanggal: tanggal('Tanggal surat'),
    sifat: pilihan('Sifat', SIFAT),
    lampiran: opsional('Lampiran', 100),
    hal: wajib('Hal', 300),
    kepada: wajib('Yth.', 300),
    temuan: wajib('Isi / temuan', 4000),
    penandatangan: z.enum(['kadis', 'an-kabid'], { error: 'Pilih penandatangan.' }),
    tembusan: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
    ...atasNama,
  }),
  z.object({
    langkah: z.literal('formulir'),
    tanggalKembali: tanggal('Tanggal formulir kembali'),
    penanggungJawab: person('penanggung jawab OPD'),
    perangkat: z.array(z.object({ perangkatId: z.number().int().positive(), dikonfirmasi: z.boolean(), catatan: opsional('Catatan', 500) })).min(1, { error: 'Isi konfirmasi setiap perangkat.' }),
    ...atasNama,
  }).superRefine((v, ctx) => {
    v.perangkat.forEach((p, i) => {
      if (!p.dikonfirmasi && !hasReason(p.catatan)) ctx.addIssue({ code: 'custom', path: ['perangkat', i, 'catatan'], message: 'Tulis alasan untuk perangkat yang tidak dikonfirmasi OPD.' })
    })
    if (v.perangkat.length && v.perangkat.every((p) => !p.dikonfirmasi)) {
      ctx.addIssue({ code: 'custom', path: ['perangkat'], message: 'Tidak ada perangkat yang dikonfirmasi OPD. Bila OPD membatalkan penarikan, catat alasannya dan hubungi Kasi.' })
    }
  }),
  z.object({
    langkah: z.literal('pendampingan'),
    tanggal: tanggal('Tanggal penarikan'),
    jam,
    wakilOpd: person('wakil OPD'),
    verifikasi: z
      .array(z.object({ perangkatId: z.number().int().positive(), serialSesuai: z.boolean(), merekTipeSesuai: z.boolean(), spesifikasiSesuai: z.boolean(), catatan: opsional('Catatan', 500) }))
      .min(1, { error: 'Isi verifikasi setiap perangkat.' }),
    ...atasNama,
  }).superRefine((v, ctx) => {
    v.verifikasi.forEach((c, i) => {
      const sesuai = c.serialSesuai && c.merekTipeSesuai && c.spesifikasiSesuai
      if (!sesuai && !hasReason(c.catatan)) ctx.addIssue({ code: 'custom', path: ['verifikasi', i, 'catatan'], message: 'Tulis catatan untuk perangkat yang tidak sesuai.' })
    })
  }),
  z.object({
    langkah: z.literal('hapus-monitoring'),
    perangkat: z
      .array(z.object({ perangkatId: z.number().int().positive(), waktu: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'Waktu penghapusan tidak valid.' }), hostMonitoring: opsional('Host monitoring', 200) }))
      .min(1, { error: 'Isi penghapusan monitoring setiap perangkat.' }),
    ...atasNama,
  }),
  z.object({
    langkah: z.literal('laporan'),
    tanggal: tanggal('Tanggal Berita Acara'),
    pihakPertamaPegawaiId: idOf('Pihak Pertama'),
    pihakKedua: z.object({ nama: wajib('Nama Pihak Kedua', 200), nip: opsional('NIP Pihak Kedua', 30), jabatan: wajib('Jabatan Pihak Kedua', 200), instansi: wajib('Instansi Pihak Kedua', 200) }),
    mengetahui: z.enum(['kasi-it', 'kabid-pe'], { error: 'Pilih pejabat yang mengetahui.' }),
    kondisi: z.array(z.object({ perangkatId: z.number().int().positive(), kondisi: wajib('Kondisi', 100), keterangan: opsional('Keterangan', 300) })).default([]),
    ringkasan: wajib('Ringkasan pelaksanaan', 4000),
    ...atasNama,
  }),
  z.object({ langkah: z.literal('pemeriksaan-laporan'), keputusan: z.enum(['disetujui', 'dikembalikan'], { error: 'Pilih keputusan.' }), ...atasNama }).superRefine((v, ctx) => {
    if (v.keputusan === 'dikembalikan' && !hasReason(v.catatan)) ctx.addIssue({ code: 'custom', path: ['catatan'], message: 'Tulis apa yang harus diperbaiki (paling sedikit 5 karakter).' })
  }),
  z.object({ langkah: z.literal('laporan-kabid'), ...atasNama }),
  z.object({ langkah: z.literal('review-kadis'), ...atasNama }),
] as const

/** Any SOP 07 step's form, told apart by `langkah` (the step code): what the step forms build. */
export const Sop07StepInput = z.discriminatedUnion('langkah', [...STEPS])
/** A step form's values as the forms build them (defaults not yet applied). */
export type Sop07StepInput = z.input<typeof Sop07StepInput>
/** A step form's values after validation (defaults applied): what the step handlers receive. */
export type Sop07Parsed = z.output<typeof Sop07StepInput>

/** Each form step's schema by its code (SopStep.kode): `kasus.act` validates a step's `input` with it. */
export const SOP_07_STEP_INPUTS: Record<string, z.ZodType> = Object.fromEntries(STEPS.map((s) => [s.shape.langkah.value, s]))

