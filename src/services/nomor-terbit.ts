// Owner of the register of issued numbers (nomor_terbit): one UNIQUE list across every document kind.
import { DomainError } from '../contract/errors'
import { NomorTerbit } from '../db/entities/NomorTerbit'
import type { Ctx } from './context'

/** A sequence that hands out a run of printed numbers can skip this many taken ones before we call it a fault. */
const MAX_SKIPS = 1000

/**
 * Draws numbers from `next` until one is not yet in the register, records it and returns it. `next` advances the
 * kind's counter each call, so a taken number is skipped for good. Runs in the caller's transaction: if the document
 * is not saved, the register row goes with it. Throws a DomainError when `MAX_SKIPS` numbers in a row are taken
 * (a format that repeats itself, e.g. one without {tahun} in a new year).
 */
export async function registerNomor(
  ctx: Ctx,
  doc: { jenis: string; tahun: number; tanggal: string },
  next: () => Promise<{ urut: number; nomor: string }>,
): Promise<{ urut: number; nomor: string }> {
  const repo = ctx.em.getRepository(NomorTerbit)
  for (let i = 0; i < MAX_SKIPS; i++) {
    const candidate = await next()
    if (await repo.existsBy({ nomor: candidate.nomor })) continue
    await repo.insert({ ...doc, ...candidate, terbitPada: ctx.now.toISOString() })
    return candidate
  }
  throw new DomainError('Nomor dokumen dari format ini sudah terpakai semua. Ubah format nomornya di Pengaturan > Format Nomor.')
}

