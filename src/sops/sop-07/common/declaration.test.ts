import { describe, expect, it } from 'vitest'
import { SOP_07 } from './declaration'
import { stepOf } from '../../../domain/sop'

describe('SOP 07 declaration', () => {
  it('has the 14 steps of the SOP, numbered in order, each 1 working day but the end', () => {
    expect(SOP_07.steps.map((s) => s.no)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1))
    expect(SOP_07.steps.filter((s) => s.kind !== 'akhir').every((s) => s.waktuHariKerja === 1)).toBe(true)
  })
  it('every outcome leads to a declared step or ends the case', () => {
    for (const s of SOP_07.steps) {
      for (const [kode, h] of Object.entries(s.hasil)) {
        if (h.ke === null) expect(h.statusAkhir, `${s.kode}.${kode}`).toBe('ditolak')
        else expect(() => stepOf(SOP_07, h.ke!)).not.toThrow()
      }
    }
  })
  it('branches after step 5 and lets the Kasi return the report', () => {
    expect(stepOf(SOP_07, 'pemeriksaan').hasil).toMatchObject({ sesuai: { ke: 'formulir' }, 'tidak-sesuai': { ke: 'surat-balasan' } })
    expect(stepOf(SOP_07, 'pemeriksaan-laporan').hasil.dikembalikan.ke).toBe('laporan')
    expect(stepOf(SOP_07, 'surat-balasan').hasil.selesai.statusAkhir).toBe('ditolak')
  })
  it('every step is reachable from the first', () => {
    const seen = new Set<string>(['registrasi'])
    const queue = ['registrasi']
    while (queue.length) {
      for (const h of Object.values(stepOf(SOP_07, queue.shift()!).hasil)) {
        if (h.ke && !seen.has(h.ke)) {
          seen.add(h.ke)
          queue.push(h.ke)
        }
      }
    }
    expect([...seen].sort()).toEqual(SOP_07.steps.map((s) => s.kode).sort())
  })
})
