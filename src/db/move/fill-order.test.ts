import { describe, expect, it } from 'vitest'
import { fillOrder, type ForeignKey } from './fill-order'

const key = (child: string, parent: string, nullable = false, columns = [`${parent}_id`]): ForeignKey => ({ child, parent, columns, nullable })

describe('fillOrder', () => {
  it('fills every parent before its children, keeping the given order among equals', () => {
    const plan = fillOrder(['disposisi', 'surat_masuk', 'opd', 'pegawai'], [key('surat_masuk', 'opd'), key('disposisi', 'surat_masuk'), key('disposisi', 'pegawai'), key('pegawai', 'opd')])
    expect(plan).toEqual({ order: ['opd', 'surat_masuk', 'pegawai', 'disposisi'], postponed: [] })
  })

  it('ignores self-references and keys to tables not being filled', () => {
    const plan = fillOrder(['disposisi', 'surat_masuk'], [key('disposisi', 'disposisi', true, ['induk_id']), key('disposisi', 'surat_masuk'), key('surat_masuk', 'app_user')])
    expect(plan).toEqual({ order: ['surat_masuk', 'disposisi'], postponed: [] })
  })

  it('breaks a cycle at a key that may be NULL, to be filled in a second pass', () => {
    const plan = fillOrder(
      ['disposisi_penerima', 'disposisi', 'surat_masuk'],
      [key('disposisi', 'surat_masuk'), key('disposisi_penerima', 'disposisi'), key('disposisi', 'disposisi_penerima', true, ['parent_penerima_id'])],
    )
    expect(plan).toEqual({ order: ['surat_masuk', 'disposisi', 'disposisi_penerima'], postponed: [{ table: 'disposisi', columns: ['parent_penerima_id'] }] })
  })

  it('names the tables of a cycle of NOT NULL keys, which no order can fill', () => {
    expect(fillOrder(['a', 'b', 'c'], [key('a', 'b'), key('b', 'a'), key('c', 'a')])).toEqual({ stuck: ['a', 'b', 'c'] })
  })
})
