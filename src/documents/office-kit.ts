import type { OfficeSettings } from '../contract/settings'
import type { DocStyle, Kop } from './kit'

/** What every official document is printed with: the office's identity, its kop (logo bytes included) and page style. */
export interface OfficeKit {
  office: OfficeSettings
  kop: Kop
  style: DocStyle
}
