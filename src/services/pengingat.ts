import type { EntityManager } from 'typeorm'
import { ConflictError } from '../contract/errors'
import type { DaftarPengingat, PengaturanPengingat } from '../contract/tugas'
import { OFFICE_TIME_ZONE, todayInOffice } from '../domain/dates'
import type { Ctx } from './context'
import { workingCalendar } from './master'
import { addSettingVersion, latestSetting } from './settings'
import { duePengingat } from './tugas'

export const PENGINGAT_SETTINGS_KEY = 'pengingat'

/**
 * Defaults while the office has not said otherwise (its practice is unknown): a round every 60 minutes, within the
 * Pemko Batam office hours 07:30-16:00 WIB on working days.
 */
export const DEFAULT_PENGINGAT: Omit<PengaturanPengingat, 'versi'> = { intervalMenit: 60, jamMulai: '07:30', jamSelesai: '16:00' }

export async function pengaturanPengingat(em: EntityManager): Promise<PengaturanPengingat> {
  const row = await latestSetting(em, PENGINGAT_SETTINGS_KEY)
  if (!row) return { ...DEFAULT_PENGINGAT, versi: 0 }
  return { ...DEFAULT_PENGINGAT, ...(JSON.parse(row.value) as Partial<PengaturanPengingat>), versi: Number(row.id) }
}

/** New version of the reminder settings (refusing a stale screen), audited. */
export async function simpanPengaturanPengingat(ctx: Ctx, input: Omit<PengaturanPengingat, 'versi'> & { versi: number }): Promise<PengaturanPengingat> {
  const before = await pengaturanPengingat(ctx.em)
  if (before.versi !== input.versi) throw new ConflictError()
  const value = { intervalMenit: input.intervalMenit, jamMulai: input.jamMulai, jamSelesai: input.jamSelesai }
  await addSettingVersion(ctx.em, PENGINGAT_SETTINGS_KEY, value, ctx.now.toISOString(), ctx.actor?.userId ?? null)
  const { versi: _versi, ...was } = before
  await ctx.audit({ entityType: 'pengaturan', entityId: PENGINGAT_SETTINGS_KEY, before: was, after: value })
  return pengaturanPengingat(ctx.em)
}

/** 'HH:MM' of an instant in the office's time zone. */
export function officeClock(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(now)
}

/** The reminders of the signed-in person now, and whether this is a moment to push them to the desktop. */
export async function daftarPengingat(ctx: Ctx): Promise<DaftarPengingat> {
  const pengaturan = await pengaturanPengingat(ctx.em)
  const { tanggal, items } = await duePengingat(ctx)
  const cal = await workingCalendar(ctx.em)
  const jam = officeClock(ctx.now)
  const jamKerja = cal.isWorkingDay(todayInOffice(ctx.now)) && jam >= pengaturan.jamMulai && jam < pengaturan.jamSelesai
  return { tanggal, jamKerja, pengaturan, items }
}
