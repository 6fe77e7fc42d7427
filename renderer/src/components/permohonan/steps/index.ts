import type { Component } from 'vue'
import StepFormulir from './StepFormulir.vue'
import StepHapusMonitoring from './StepHapusMonitoring.vue'
import StepLaporan from './StepLaporan.vue'
import StepPemeriksaan from './StepPemeriksaan.vue'
import StepPemeriksaanLaporan from './StepPemeriksaanLaporan.vue'
import StepPendampingan from './StepPendampingan.vue'
import StepPenerimaan from './StepPenerimaan.vue'
import StepSuratBalasan from './StepSuratBalasan.vue'

/**
 * The form of each step done by a form (SopStep.kind 'formulir'), by the step's kode. A related SOP adds its own
 * declaration in @core/domain/sop and its forms here; the case page needs nothing else.
 */
export const STEP_FORMS: Record<string, { component: Component; submitLabel: string }> = {
  pemeriksaan: { component: StepPemeriksaan, submitLabel: 'Simpan Hasil Pemeriksaan' },
  'surat-balasan': { component: StepSuratBalasan, submitLabel: 'Simpan dan Buat Surat Balasan' },
  formulir: { component: StepFormulir, submitLabel: 'Simpan Formulir Kelengkapan' },
  pendampingan: { component: StepPendampingan, submitLabel: 'Simpan Pendampingan Penarikan' },
  'hapus-monitoring': { component: StepHapusMonitoring, submitLabel: 'Simpan Penghapusan Monitoring' },
  laporan: { component: StepLaporan, submitLabel: 'Simpan dan Buat Berita Acara' },
  'pemeriksaan-laporan': { component: StepPemeriksaanLaporan, submitLabel: 'Simpan Keputusan' },
  'laporan-kabid': { component: StepPenerimaan, submitLabel: 'Catat Laporan Diterima' },
  'review-kadis': { component: StepPenerimaan, submitLabel: 'Catat Review' },
}
