import { app, dialog, Menu, type BaseWindow, type MenuItemConstructorOptions, type MessageBoxOptions } from 'electron'

export interface MenuOptions {
  version: string
  /** Developer tools only in development builds. */
  isPackaged: boolean
}

/** The "Tentang Sidara" box: version and runtime versions, which is what support asks for first. */
export async function showAbout(version: string, window?: BaseWindow): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'Tentang Sidara',
    message: `Sidara versi ${version}`,
    detail: [
      'Sistem Disposisi dan Aset Data Center',
      'Dinas Komunikasi dan Informatika Kota Batam',
      '',
      `Electron ${process.versions.electron ?? '-'} · Chromium ${process.versions.chrome ?? '-'} · Node.js ${process.versions.node}`,
    ].join('\n'),
    buttons: ['Tutup'],
    noLink: true,
  }
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}

/** The Indonesian application menu. Roles keep the platform behaviour and shortcuts; only the labels change. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const devTools: MenuItemConstructorOptions[] = options.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Alat Pengembang' }]
  return [
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { role: 'reload', label: 'Muat Ulang' },
        ...devTools,
        { type: 'separator' },
        { role: 'zoomIn', label: 'Perbesar' },
        { role: 'zoomOut', label: 'Perkecil' },
        { role: 'resetZoom', label: 'Ukuran Asli' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Layar Penuh' },
      ],
    },
    {
      label: 'Bantuan',
      role: 'help',
      submenu: [{ label: 'Tentang Sidara', click: (_item, window) => void showAbout(options.version, window) }],
    },
  ]
}

export function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ version: app.getVersion(), isPackaged: app.isPackaged })))
}
