// Declarations of a step form's typed fields, rendered by StepTextFields.

/** One text field of a person or party typed into a step form: its key in the model, label, width (of 12) and input type. */
export interface StepTextField {
  key: string
  label: string
  sm: number
  type?: 'text' | 'tel'
}

/**
 * The fields of a person the OPD names (the schema's person(): nama, identitas, jabatan, telepon): `nama` labels the
 * name field (`namaSm` wide), `suffix` ends the other labels (" wakil OPD"); the others share the next row.
 */
export function personFields(nama: string, namaSm: number, suffix = ''): StepTextField[] {
  return [
    { key: 'nama', label: nama, sm: namaSm },
    { key: 'identitas', label: `NIP / No. Identitas${suffix}`, sm: 4 },
    { key: 'jabatan', label: `Jabatan${suffix}`, sm: 4 },
    { key: 'telepon', label: `Telepon${suffix}`, sm: 4, type: 'tel' },
  ]
}
