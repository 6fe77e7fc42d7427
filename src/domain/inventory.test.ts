import { describe, expect, it } from 'vitest'
import {
  canTransition,
  findConflicts,
  fitProblem,
  formatPosisi,
  posisiSingkat,
  isIpv4,
  isIpv6,
  manualNextStatuses,
  manualTransitionProblem,
  normalizeIp,
  occupiedUnits,
  ipProblem,
  ipSearchForm,
  parseIpList,
  STATUS_PERANGKAT,
  type StatusPerangkat,
} from './inventory'

describe('status transitions', () => {
  const allowed: [StatusPerangkat, StatusPerangkat][] = [
    ['Rencana', 'Aktif'], ['Rencana', 'Nonaktif'], ['Aktif', 'Dalam Proses Penarikan'], ['Aktif', 'Nonaktif'],
    ['Dalam Proses Penarikan', 'Aktif'], ['Dalam Proses Penarikan', 'Nonaktif'], ['Dalam Proses Penarikan', 'Ditarik'],
    ['Nonaktif', 'Aktif'], ['Nonaktif', 'Dalam Proses Penarikan'],
  ]

  it('allows exactly the listed moves', () => {
    for (const from of STATUS_PERANGKAT) {
      for (const to of STATUS_PERANGKAT) {
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(allowed.some(([a, b]) => a === from && b === to))
      }
    }
  })

  it('never gives Ditarik by hand, and Ditarik is final', () => {
    expect(manualTransitionProblem('Dalam Proses Penarikan', 'Ditarik')).toMatch(/hanya diberikan melalui proses penarikan/)
    expect(manualTransitionProblem('Ditarik', 'Aktif')).toBe('Perangkat yang sudah Ditarik tidak dapat diubah statusnya.')
    expect(manualTransitionProblem('Rencana', 'Dalam Proses Penarikan')).toBe('Status Rencana tidak dapat diubah menjadi Dalam Proses Penarikan. Pilihan: Aktif, Nonaktif.')
    expect(manualTransitionProblem('Aktif', 'Aktif')).toBe('Status perangkat sudah Aktif.')
    expect(manualTransitionProblem('Nonaktif', 'Aktif')).toBeNull()
    expect(manualNextStatuses('Dalam Proses Penarikan')).toEqual(['Aktif', 'Nonaktif'])
    expect(manualNextStatuses('Ditarik')).toEqual([])
  })
})

describe('IP addresses', () => {
  it('accepts IPv4 with four octets 0-255 and no leading zeros', () => {
    for (const ok of ['10.10.1.25', '0.0.0.0', '255.255.255.255', '192.168.0.1']) expect(isIpv4(ok), ok).toBe(true)
    for (const bad of ['256.1.1.1', '10.1.1', '10.1.1.1.1', '010.1.1.1', '10.1.1.a', '', '1.2.3.4 ']) expect(isIpv4(bad), bad).toBe(false)
  })

  it('accepts IPv6 in its usual forms and writes it canonically (RFC 5952)', () => {
    expect(normalizeIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1')
    expect(normalizeIp('2001:0db8:0000:0000:0001:0000:0000:0001')).toBe('2001:db8::1:0:0:1')
    expect(normalizeIp('::1')).toBe('::1')
    expect(normalizeIp('::')).toBe('::')
    expect(normalizeIp('fe80::1:0:0:0')).toBe('fe80::1:0:0:0')
    expect(normalizeIp('fe80:0:0:1:0:0:0:0')).toBe('fe80:0:0:1::')
    expect(normalizeIp('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2:3:4:5:6')
    expect(normalizeIp('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1')
    expect(normalizeIp('::ffff:192.0.2.128')).toBe('::ffff:192.0.2.128')
    expect(normalizeIp('64:ff9b::192.0.2.33')).toBe('64:ff9b::c000:221')
    expect(normalizeIp(' 10.0.0.1 ')).toBe('10.0.0.1')
    for (const bad of ['1::2::3', '2001:db8::g', '12345::1', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':::', 'fe80::1%eth0', '::1/128', '::ffff:300.1.1.1']) {
      expect(isIpv6(bad), bad).toBe(false)
    }
  })

  it('splits a spreadsheet cell into addresses and reports what is not one', () => {
    expect(parseIpList('10.1.1.5, 10.1.1.6;\n2001:DB8::A  10.1.1.5')).toMatchObject({ ips: ['10.1.1.5', '10.1.1.6', '2001:db8::a'], invalid: [] })
    expect(parseIpList('10.1.1.300, server-a, 10.1.1.7/33')).toMatchObject({ ips: [], invalid: ['10.1.1.300', 'server-a', '10.1.1.7/33'] })
  })

  it('refuses a prefix length with its own message, never dropping it silently, and names leading zeros', () => {
    expect(parseIpList('10.20.30.6/24; 10.20.30.7')).toEqual({
      ips: ['10.20.30.7'],
      invalid: ['10.20.30.6/24'],
      problems: ['Alamat IP 10.20.30.6/24 memuat panjang prefiks /24; Sidara mencatat alamat perangkat, bukan jaringan. Tulis 10.20.30.6 saja (prefiks dapat ditulis di Spesifikasi Lain).'],
    })
    expect(ipProblem('2001:DB8:A::5/64')).toBe('Alamat IP 2001:DB8:A::5/64 memuat panjang prefiks /64; Sidara mencatat alamat perangkat, bukan jaringan. Tulis 2001:db8:a::5 saja (prefiks dapat ditulis di Spesifikasi Lain).')
    expect(ipProblem('010.020.030.005')).toBe('Alamat IP 010.020.030.005 memakai angka nol di depan; tulis 10.20.30.5 (angka nol di depan dapat dibaca sebagai bilangan oktal).')
    expect(ipProblem('10.1.1.05')).toBe('Alamat IP 10.1.1.05 memakai angka nol di depan; tulis 10.1.1.5 (angka nol di depan dapat dibaca sebagai bilangan oktal).')
    expect(ipProblem('010.1.1.300')).toBe('Alamat IP 010.1.1.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).')
    expect(ipProblem('10.1.1.7/33')).toBe('Alamat IP 10.1.1.7/33 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).')
    expect(ipProblem('fe80::1%eth0')).toBe('Alamat IP fe80::1%eth0 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).')
    expect(ipProblem('::ffff:010.0.0.1')).toBe('Alamat IP ::ffff:010.0.0.1 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).')
    expect(['10.20.30.6', '2001:db8::5', '::ffff:192.0.2.1'].map(ipProblem)).toEqual([null, null, null])
  })

  it('reads IP search words as stored: brackets, /len, zero-padded groups', () => {
    expect(ipSearchForm('2001:db8:a::5/64')).toBe('2001:db8:a::5')
    expect(ipSearchForm('[2001:db8:a::5]')).toBe('2001:db8:a::5')
    expect(ipSearchForm('[2001:0DB8:000a:0::5]:443')).toBe('2001:db8:a::5')
    expect(ipSearchForm('2001:0db8:000a')).toBe('2001:db8:a')
    expect(ipSearchForm('10.20.30.6/24')).toBe('10.20.30.6')
    expect(ipSearchForm('010.020.030.005')).toBe('10.20.30.5')
    expect(['srv-a', 'CN7XK93', '02.06.02', '01.002', '010.020.030'].map(ipSearchForm)).toEqual(['srv-a', 'CN7XK93', '02.06.02', '01.002', '010.020.030'])
  })
})

describe('rack units', () => {
  const half = { uBawah: 10, tinggiU: 2, sisi: 'depan' as const, kedalamanPenuh: false }

  it('takes units uBawah..uBawah+tinggi-1 on its face, or on both faces at full depth', () => {
    expect(occupiedUnits(half)).toEqual([{ u: 10, sisi: 'depan' }, { u: 11, sisi: 'depan' }])
    expect(occupiedUnits({ ...half, tinggiU: 1, kedalamanPenuh: true })).toEqual([{ u: 10, sisi: 'depan' }, { u: 10, sisi: 'belakang' }])
    expect(occupiedUnits({ ...half, sisi: 'belakang', tinggiU: 1 })).toEqual([{ u: 10, sisi: 'belakang' }])
  })

  it('frees the units of a withdrawn device and of one not in a rack', () => {
    expect(occupiedUnits({ ...half, status: 'Ditarik' })).toEqual([])
    expect(occupiedUnits({ ...half, status: 'Nonaktif' })).toHaveLength(2)
    expect(occupiedUnits({ uBawah: null, tinggiU: 2, sisi: null, kedalamanPenuh: true })).toEqual([])
  })

  it('checks that a device fits in the rack', () => {
    const rack = { nama: 'R01', tinggiU: 42 }
    expect(fitProblem({ uBawah: 41, tinggiU: 2 }, rack)).toBeNull()
    expect(fitProblem({ uBawah: 42, tinggiU: 2 }, rack)).toBe(
      'Perangkat 2U yang dipasang mulai U42 melewati batas atas rak R01 (42U). Posisi U paling tinggi untuk perangkat ini adalah U41.',
    )
    expect(fitProblem({ uBawah: 1, tinggiU: 12 }, { nama: 'R09', tinggiU: 10 })).toBe('Perangkat 12U lebih tinggi dari rak R09 (10U).')
    expect(fitProblem({ uBawah: 0, tinggiU: 1 }, rack)).toBe('Posisi U paling rendah adalah U1.')
  })

  it('finds overlaps per unit and face, ignoring the device itself and withdrawn ones', () => {
    const others = [
      { id: 1, uBawah: 12, tinggiU: 2, sisi: 'depan' as const, kedalamanPenuh: false, status: 'Aktif' as const },
      { id: 2, uBawah: 8, tinggiU: 1, sisi: 'belakang' as const, kedalamanPenuh: false, status: 'Aktif' as const },
      { id: 3, uBawah: 11, tinggiU: 1, sisi: 'belakang' as const, kedalamanPenuh: true, status: 'Ditarik' as const },
    ]
    // Half depth at the back U10-U11: nothing there (id 3 is withdrawn).
    expect(findConflicts({ uBawah: 10, tinggiU: 2, sisi: 'belakang', kedalamanPenuh: false }, others)).toEqual([])
    // Half depth at the front U11-U12: hits id 1 at U12.
    expect(findConflicts({ uBawah: 11, tinggiU: 2, sisi: 'depan', kedalamanPenuh: false }, others).map((c) => [c.device.id, c.u, c.sisi])).toEqual([[1, 12, 'depan']])
    // Full depth U8-U12: hits id 2 at the back of U8 and id 1 at the front of U12.
    expect(findConflicts({ uBawah: 8, tinggiU: 5, sisi: 'depan', kedalamanPenuh: true }, others).map((c) => [c.device.id, c.u, c.sisi])).toEqual([[2, 8, 'belakang'], [1, 12, 'depan']])
    // Moving id 1 within its own units is no conflict.
    expect(findConflicts({ uBawah: 13, tinggiU: 1, sisi: 'depan', kedalamanPenuh: false }, others, 1)).toEqual([])
  })

  it('writes a position as people say it', () => {
    expect(formatPosisi('R01', { uBawah: 10, tinggiU: 1, sisi: 'depan', kedalamanPenuh: false })).toBe('R01 U10 (depan)')
    expect(formatPosisi('R02', { uBawah: 20, tinggiU: 2, sisi: 'belakang', kedalamanPenuh: true })).toBe('R02 U20-U21 (belakang, kedalaman penuh)')
    expect(formatPosisi(null, { uBawah: null, tinggiU: 2, sisi: null, kedalamanPenuh: true })).toBe('Tidak di rak')
  })

  it('shortens a position for narrow document columns (the Rekap printed "(R01 U5 (depan, kedalaman penuh))")', () => {
    expect(posisiSingkat('R01 U5-U6 (depan, kedalaman penuh)')).toBe('R01 U5-U6 depan')
    expect(posisiSingkat('R01 U5 (depan, kedalaman penuh)')).toBe('R01 U5 depan')
    expect(posisiSingkat('RJ01 U12 (belakang)')).toBe('RJ01 U12 belakang')
    expect(posisiSingkat('Tidak di rak')).toBe('-')
    expect(posisiSingkat(null)).toBe('-')
    expect(posisiSingkat('Gudang lantai 2')).toBe('Gudang lantai 2')
  })
})
