// SOP 07's browser-safe part: its declaration and its step forms' schemas (the renderer imports these via @core).
export { SOP_07 } from './declaration'
export { PESAN_TIDAK_TERDAFTAR, SOP_07_STEP_INPUTS, Sop07StepInput, type Sop07Parsed } from './step-inputs'
export { batasAwalLangkah, sebelumBatas, type BatasAwal, type CaseDates } from './date-bounds'
