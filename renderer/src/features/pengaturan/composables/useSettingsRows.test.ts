import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope, nextTick } from 'vue'
import { useNotifyStore } from '../../../shared/stores/notify'
import { useSettingsRows } from './useSettingsRows'

interface Libur {
  tanggal: string
  keterangan: string
}

/** A server whose answers the test releases one by one, in any order. */
function fakeServer() {
  const asked: ((rows: Libur[]) => void)[] = []
  const fetch = () => new Promise<Libur[]>((resolve) => asked.push(resolve))
  return { asked, fetch }
}

const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0))
  await nextTick()
}

function start() {
  const server = fakeServer()
  const rows = effectScope().run(() => useSettingsRows(server.fetch, (r: Libur) => r.tanggal))!
  return { server, rows }
}

const natal = { tanggal: '2026-12-25', keterangan: 'Hari Raya Natal' }
const cuti = { tanggal: '2026-12-24', keterangan: 'Cuti Bersama Natal' }

describe('useSettingsRows', () => {
  it('reads the rows as the screen opens, and only the newest answer lands', async () => {
    const { server, rows } = start()
    expect(server.asked).toHaveLength(1)
    expect(rows.loading.value).toBe(true)
    void rows.load()
    server.asked[1]([natal, cuti])
    server.asked[0]([natal])
    await settle()
    expect(rows.rows.value).toEqual([natal, cuti])
    expect(rows.loading.value).toBe(false)
  })

  it('opens the add/edit dialog and the confirmation for a row', async () => {
    const { rows } = start()
    rows.openDialog(null)
    expect([rows.dialogOpen.value, rows.editing.value]).toEqual([true, null])
    rows.askConfirm(natal)
    expect([rows.confirmOpen.value, rows.editing.value]).toEqual([true, natal])
  })

  it('after a conflict takes the row again from the list as it is now, or says it is gone', async () => {
    const { server, rows } = start()
    server.asked[0]([natal, cuti])
    await settle()
    rows.askConfirm(natal)
    const changed = { ...natal, keterangan: 'Natal (diubah di meja lain)' }
    const again = rows.reloadEditing()
    server.asked[1]([changed, cuti])
    expect(await again).toBe(true)
    expect(rows.editing.value).toEqual(changed)

    const gone = rows.reloadEditing()
    server.asked[2]([cuti])
    expect(await gone).toBe(false)
    expect(rows.editing.value).toBeNull()
  })

  it('after a save says so in the notice and reads the list again', async () => {
    setActivePinia(createPinia())
    const { server, rows } = start()
    server.asked[0]([natal])
    await settle()
    const done = rows.done('Hari Raya Natal disimpan.')
    expect(useNotifyStore().current?.text).toBe('Hari Raya Natal disimpan.')
    server.asked[1]([natal, cuti])
    await done
    expect(rows.rows.value).toEqual([natal, cuti])
  })

  it('shows a failed read in Indonesian and keeps the rows it had', async () => {
    const server = { fetch: () => Promise.reject(new Error('Server tidak menjawab.')) }
    const rows = effectScope().run(() => useSettingsRows<Libur>(server.fetch, (r) => r.tanggal))!
    await settle()
    expect(rows.loadError.value).not.toBe('')
    expect(rows.rows.value).toEqual([])
  })
})
