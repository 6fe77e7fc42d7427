import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { fuzzContract } from '../testing/fuzz'
import { contract } from '../contract'
import { pesanIsian } from '../contract/locale'

describe('every message Indonesian, every bad input a clear answer (issue 11)', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
  })
  afterAll(async () => t.close())

  it('a wrong type in a boolean, enum, number or array field is answered in Indonesian', async () => {
    const tu = await t.signIn(['sekretariat'])
    const base = { nomorSurat: 'A/1', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: 'Surat', sifat: 'Biasa', jenisPermohonan: 'Lainnya' }
    const e = await failure(t.call(tu, 'letters.register', { ...base, rahasia: 'ya' } as never))
    expect(e.fields).toEqual({ rahasia: 'Harus berupa pilihan ya/tidak.' })
    const list = await failure(t.call(tu, 'letters.list', { page: 'dua', pageSize: 1000, sortDesc: 'ya' } as never))
    expect(list.fields).toEqual({ page: 'Harus berupa angka.', pageSize: 'Paling besar 100.', sortDesc: 'Harus berupa pilihan ya/tidak.' })
    const dev = await failure(t.call(tu, 'devices.list', { status: 'Aktif' } as never))
    expect(dev.fields?.status).toBe('Harus berupa daftar.')
  })

  it('wordings cover every zod issue kind', () => {
    expect(pesanIsian({ code: 'invalid_type', expected: 'number', input: undefined } as never)).toBe('Wajib diisi.')
    expect(pesanIsian({ code: 'invalid_value', values: ['a', 'b'], input: 'c' } as never)).toBe('Pilih salah satu: a, b.')
    expect(pesanIsian({ code: 'too_small', origin: 'number', minimum: 1, inclusive: true, input: 0 } as never)).toBe('Paling kecil 1.')
    expect(pesanIsian({ code: 'unrecognized_keys', keys: ['x'], input: {} } as never)).toBe('Isian tidak dikenal: x.')
  })

  it('control characters in search text are harmless', async () => {
    const s = await t.signIn(['timdc'])
    expect((await t.call(s, 'devices.list', { q: 'a\u0000b' })).total).toBe(0)
    expect((await t.call(s, 'letters.list', { q: '\u0000\u202e\u0007' })).total).toBe(0)
    expect(await t.call(s, 'pegawai.list', { q: 'x\u0000' })).toEqual([])
  })

  it('stored file names lose bidi controls and path parts', async () => {
    const tu = await t.signIn(['sekretariat'])
    const l = await t.call(tu, 'letters.register', { nomorSurat: 'A/2', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: 'Surat', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')
    const a = await t.call(tu, 'letters.attach', { letterId: l.id, fileName: '..\\..\\Windows\\surat\u202Efdp.exe', mimeType: 'application/pdf', bytes: pdf })
    expect(a.fileName).toBe('suratfdp.exe')
    const b = await failure(t.call(tu, 'letters.attach', { letterId: l.id, fileName: '/etc/\u200F..', mimeType: 'application/pdf', bytes: pdf }))
    expect(b.fields?.fileName).toBe('Nama berkas tidak valid.')
  })

  it('fuzzing every operation gives no INTERNAL and no English', async () => {
    const figures = await fuzzContract(t.core, { values: ['ya', 'a\u0000b', 1.5, -1, true, null, [], {}, 'x'.repeat(5000)] })
    expect(figures.findings).toEqual([])
    expect(figures.internal).toBe(0)
    expect(figures.english).toBe(0)
    expect(figures.operations).toBe(Object.keys(contract).length)
  }, 300_000)
})
