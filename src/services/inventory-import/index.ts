// Spreadsheet import and export of the device inventory.
export { exportDevices, EXPORT_COLUMNS } from './export'
export { commitImport, previewImport, type ImportRequest } from './run'
export { importProgress } from './progress'
