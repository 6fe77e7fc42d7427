import type { EntityManager } from 'typeorm'
import type { AuditCheckItem, AuditVerifyResult } from '../../contract/audit'
import { verifyAuditChain } from '../audit'
import { readAnchor } from './anchor'
import { findEditedLetters, findUnrecordedRows } from './cross-check'

const angka = (n: number) => n.toLocaleString('id-ID')

/**
 * The full audit check behind `audit.verify`, Jejak Audit and every backup: (1) the hash chain and each entry's seal,
 * (2) the signed anchor (entry count and last hash), (3) the data against the record (creating entries, dispositions,
 * letter contents). Every part runs, so the screen lists what was checked; `firstBroken` is the first failure in
 * that order.
 */
export async function checkAudit(em: EntityManager, key: Buffer): Promise<AuditVerifyResult> {
  const checks: AuditCheckItem[] = []
  let firstBroken: AuditVerifyResult['firstBroken']
  const fail = (id: number, tempat: string, problem: string) => (firstBroken ??= { id, tempat, problem })

  const reading = await readAnchor(em, key)
  const chain = await verifyAuditChain(em, { key, legacyUntil: reading.anchor?.legacyUntil ?? 0 })
  if (chain.ok) checks.push({ nama: 'Rantai hash dan segel tiap entri', ok: true, keterangan: `${angka(chain.checked)} entri bersambung dan bersegel.` })
  else {
    checks.push({ nama: 'Rantai hash dan segel tiap entri', ok: false, keterangan: `Entri #${chain.firstBroken!.id}: ${chain.firstBroken!.problem}` })
    fail(chain.firstBroken!.id, `Entri #${chain.firstBroken!.id}`, chain.firstBroken!.problem)
  }

  if (!reading.ok) {
    checks.push({ nama: 'Jangkar (jumlah entri dan ujung rantai)', ok: false, keterangan: reading.problem })
    fail(0, 'Jangkar rantai', reading.problem)
  } else if (chain.ok) {
    const a = reading.anchor
    let problem: string | null = null
    let at = a.lastId
    if (chain.checked < a.jumlah) {
      const lost = a.jumlah - chain.checked
      problem = chain.checked === 0
        ? `Semua ${angka(a.jumlah)} entri jejak audit hilang (tabel dikosongkan atau dibuat ulang).`
        : `${angka(lost)} entri terakhir hilang: jangkar mencatat ${angka(a.jumlah)} entri sampai #${a.lastId}, rantai berhenti di #${chain.lastId}.`
      at = chain.lastId + 1
    } else if (chain.checked > a.jumlah || chain.lastId !== a.lastId) {
      problem = `Ada entri sesudah ujung rantai yang tercatat di jejak (#${a.lastId}); entri itu ditambahkan di luar aplikasi.`
      at = a.lastId + 1
    } else if (chain.lastHash !== a.lastHash) {
      problem = 'Ujung rantai berbeda dari jangkar; rantai dihitung ulang di luar aplikasi.'
    }
    checks.push({ nama: 'Jangkar (jumlah entri dan ujung rantai)', ok: !problem, keterangan: problem ?? `${angka(a.jumlah)} entri sampai #${a.lastId}, cocok dengan jangkar bersegel.` })
    if (problem) fail(at, `Sesudah entri #${at - 1}`, problem)
  } else {
    checks.push({ nama: 'Jangkar (jumlah entri dan ujung rantai)', ok: false, keterangan: 'Tidak dapat dibandingkan karena rantai sudah rusak.' })
  }

  const unrecorded = await findUnrecordedRows(em)
  checks.push({
    nama: 'Setiap surat, disposisi, perangkat dan permohonan punya entri pembuatan',
    ok: unrecorded.length === 0,
    keterangan: unrecorded.length ? unrecorded.map((f) => `${f.tempat}: ${f.problem}`).join(' ') : 'Semua data punya entri pembuatan.',
  })
  for (const f of unrecorded) fail(0, f.tempat, f.problem)

  const edited = await findEditedLetters(em)
  checks.push({ nama: 'Isi surat sama dengan yang tercatat', ok: !edited, keterangan: edited ? `${edited.tempat}: ${edited.problem}` : 'Isi setiap surat cocok dengan jejaknya.' })
  if (edited) fail(0, edited.tempat, edited.problem)

  return { ok: !firstBroken, checked: chain.checked, firstBroken, checks }
}
