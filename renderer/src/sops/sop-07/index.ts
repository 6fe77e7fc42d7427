// SOP 07 on screen: its declaration and schemas (from @core/sops/sop-07/common), its step forms and record views.
import { SOP_07, SOP_07_STEP_INPUTS } from '@core/sops/sop-07/common'
import type { RendererSop } from '../registry'
import RecordPemeriksaan from './records/RecordPemeriksaan.vue'
import RecordPemeriksaanLaporan from './records/RecordPemeriksaanLaporan.vue'
import { RecordFormulir, RecordHapusMonitoring, RecordLaporan, RecordPendampingan, RecordSuratBalasan } from './records/views'
import StepFormulir from './steps/StepFormulir.vue'
import StepHapusMonitoring from './steps/StepHapusMonitoring.vue'
import StepLaporan from './steps/StepLaporan.vue'
import StepPemeriksaan from './steps/StepPemeriksaan.vue'
import StepPemeriksaanLaporan from './steps/StepPemeriksaanLaporan.vue'
import StepPendampingan from './steps/StepPendampingan.vue'
import StepPenerimaan from './steps/StepPenerimaan.vue'
import StepSuratBalasan from './steps/StepSuratBalasan.vue'

/** SOP 07's forms (steps done by a form, SopStep.kind 'formulir') and record views, by step code. */
export const sop07: RendererSop = {
  declaration: SOP_07,
  inputs: SOP_07_STEP_INPUTS,
  forms: {
    pemeriksaan: { component: StepPemeriksaan, submitLabel: 'Simpan Hasil Pemeriksaan' },
    'surat-balasan': { component: StepSuratBalasan, submitLabel: 'Simpan dan Buat Surat Balasan' },
    formulir: { component: StepFormulir, submitLabel: 'Simpan Formulir Kelengkapan' },
    pendampingan: { component: StepPendampingan, submitLabel: 'Simpan Pendampingan Penarikan' },
    'hapus-monitoring': { component: StepHapusMonitoring, submitLabel: 'Simpan Penghapusan Monitoring' },
    laporan: { component: StepLaporan, submitLabel: 'Simpan dan Buat Berita Acara' },
    'pemeriksaan-laporan': { component: StepPemeriksaanLaporan, submitLabel: 'Simpan Keputusan' },
    'laporan-kabid': { component: StepPenerimaan, submitLabel: 'Catat Laporan Diterima' },
    'review-kadis': { component: StepPenerimaan, submitLabel: 'Catat Review' },
  },
  records: {
    pemeriksaan: RecordPemeriksaan,
    'surat-balasan': RecordSuratBalasan,
    formulir: RecordFormulir,
    pendampingan: RecordPendampingan,
    'hapus-monitoring': RecordHapusMonitoring,
    laporan: RecordLaporan,
    'pemeriksaan-laporan': RecordPemeriksaanLaporan,
  },
  // Its other steps (registration, dispositions, receiving the report) say all in the timeline's note.
  otherRecords: null,
  // Step 11's record says only "returned to step 10": every round shows it.
  recordsOpen: ['pemeriksaan-laporan'],
}
