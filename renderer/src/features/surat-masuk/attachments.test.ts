import { describe, expect, it } from 'vitest'
import { checkAttachment } from './attachments'

describe('checkAttachment', () => {
  it('accepts PDF, JPG and PNG up to 20 MB', () => {
    expect(checkAttachment({ name: 'surat.pdf', type: 'application/pdf', size: 20 * 1024 * 1024 })).toBeNull()
    expect(checkAttachment({ name: 'foto.jpg', type: 'image/jpeg', size: 1000 })).toBeNull()
    expect(checkAttachment({ name: 'pindai.png', type: 'image/png', size: 1000 })).toBeNull()
  })

  it('refuses other types and big files in the server’s words', () => {
    expect(checkAttachment({ name: 'catatan.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10 })).toBe(
      'Jenis berkas "catatan.docx" tidak didukung. Unggah PDF, JPG, atau PNG.',
    )
    expect(checkAttachment({ name: 'besar.pdf', type: 'application/pdf', size: 25 * 1024 * 1024 })).toBe('Berkas terlalu besar (25,0 MB). Batasnya 20 MB.')
    expect(checkAttachment({ name: 'kosong.pdf', type: 'application/pdf', size: 0 })).toBe('Berkas kosong.')
  })
})
