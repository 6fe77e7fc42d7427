import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BaseWindow, MenuItemConstructorOptions } from 'electron'
import { installMenu, menuTemplate } from './menu'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))

beforeEach(() => vi.clearAllMocks())

const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((m) => m.label === label)!.submenu as MenuItemConstructorOptions[]
const items = (menu: MenuItemConstructorOptions[]) => menu.filter((i) => i.type !== 'separator').map((i) => [i.label, i.role])

describe('menuTemplate', () => {
  const dev = menuTemplate({ version: '1.2.3', isPackaged: false })
  const packaged = menuTemplate({ version: '1.2.3', isPackaged: true })

  it('has the Indonesian top-level menus', () => {
    expect(dev.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan'])
  })

  it('uses roles with Indonesian labels', () => {
    expect(items(submenu(dev, 'Berkas'))).toEqual([['Keluar', 'quit']])
    expect(items(submenu(dev, 'Sunting'))).toEqual([
      ['Urungkan', 'undo'], ['Ulangi', 'redo'], ['Potong', 'cut'], ['Salin', 'copy'], ['Tempel', 'paste'], ['Pilih Semua', 'selectAll'],
    ])
    expect(items(submenu(packaged, 'Tampilan'))).toEqual([
      ['Muat Ulang', 'reload'], ['Perbesar', 'zoomIn'], ['Perkecil', 'zoomOut'], ['Ukuran Asli', 'resetZoom'], ['Layar Penuh', 'togglefullscreen'],
    ])
  })

  it('offers developer tools only when not packaged', () => {
    expect(items(submenu(dev, 'Tampilan'))).toContainEqual(['Alat Pengembang', 'toggleDevTools'])
    expect(items(submenu(packaged, 'Tampilan'))).not.toContainEqual(['Alat Pengembang', 'toggleDevTools'])
  })

  it('shows the version in a native box from Bantuan > Tentang Sidara', async () => {
    const about = submenu(packaged, 'Bantuan').find((i) => i.label === 'Tentang Sidara')!
    const win = {} as BaseWindow
    ;(about.click as (item: unknown, window: unknown, event: unknown) => void)({}, win, {})
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled())
    const [parent, options] = fake.dialog.showMessageBox.mock.calls[0] as [unknown, Record<string, string>]
    expect(parent).toBe(win)
    expect(options.title).toBe('Tentang Sidara')
    expect(options.message).toContain('1.2.3')
    expect(options.detail).toContain('Dinas Komunikasi dan Informatika Kota Batam')
  })
})

it('installMenu sets the application menu with the app version', () => {
  fake.app.isPackaged = true
  installMenu()
  const template = fake.Menu.buildFromTemplate.mock.calls[0][0] as MenuItemConstructorOptions[]
  expect(template.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan'])
  expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(fake.Menu.buildFromTemplate.mock.results[0].value)
  fake.app.isPackaged = false
})
