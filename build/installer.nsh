; Sidara: additions to electron-builder's NSIS installer (nsis.include in electron-builder.yml).
; Kept deliberately small: only a notice, no files, registry keys or downloads.

; The uninstaller never deletes the database (records are never lost); say so, unless this is an update.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    MessageBox MB_OK|MB_ICONINFORMATION "Program Sidara akan dihapus dari komputer ini.$\r$\n$\r$\nBasis data dan cadangan Sidara TIDAK ikut dihapus; semuanya tetap tersimpan di folder %APPDATA%\Sidara. Hapus folder itu secara manual hanya bila datanya benar-benar tidak diperlukan lagi." /SD IDOK
  ${endIf}
!macroend
