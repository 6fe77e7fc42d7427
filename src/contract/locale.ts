import { z } from 'zod'

// Indonesian messages for every zod check that a field does not word itself (issue 11): a wrong type, an enum,
// a number out of range, an unknown key. zod's own `id` locale still shows type names in English ("diharapkan
// boolean, diterima string"), so the words people read are chosen here and zod's locale is only the fallback.

const TYPE: Record<string, string> = {
  string: 'teks', number: 'angka', int: 'bilangan bulat', bigint: 'angka', boolean: 'pilihan ya/tidak', array: 'daftar',
  object: 'kumpulan isian', date: 'tanggal', nan: 'angka', null: 'kosong', file: 'berkas', record: 'kumpulan isian', tuple: 'daftar',
}

const FORMAT: Record<string, string> = { email: 'Alamat pos-el tidak valid.', url: 'Alamat laman tidak valid.', date: 'Tanggal tidak valid.', datetime: 'Tanggal dan jam tidak valid.' }

const show = (v: unknown) => (typeof v === 'string' ? v : String(v))

/** The Indonesian message for one zod issue (used through `z.config`). Exported for tests. */
export function pesanIsian(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Wajib diisi.'
      return `Harus berupa ${TYPE[issue.expected] ?? 'isian yang benar'}.`
    case 'invalid_value':
      return issue.values.length === 1 ? `Harus bernilai ${show(issue.values[0])}.` : `Pilih salah satu: ${issue.values.map(show).join(', ')}.`
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return `Paling banyak ${max} karakter.`
      if (issue.origin === 'array' || issue.origin === 'set') return `Paling banyak ${max} butir.`
      return issue.inclusive ? `Paling besar ${max}.` : `Harus kurang dari ${max}.`
    }
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') return min <= 1 ? 'Wajib diisi.' : `Paling sedikit ${min} karakter.`
      if (issue.origin === 'array' || issue.origin === 'set') return `Paling sedikit ${min} butir.`
      return issue.inclusive ? `Paling kecil ${min}.` : `Harus lebih dari ${min}.`
    }
    case 'invalid_format':
      return FORMAT[issue.format] ?? 'Format tidak valid.'
    case 'not_multiple_of':
      return `Harus kelipatan ${show(issue.divisor)}.`
    case 'unrecognized_keys':
      return `Isian tidak dikenal: ${issue.keys.join(', ')}.`
    default:
      return 'Isian tidak valid.'
  }
}

z.config({ localeError: (issue) => pesanIsian(issue) })
