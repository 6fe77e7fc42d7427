// The document kit: page, style, kop, text, tables and signatures for Tata Naskah Dinas .docx files.
export { layoutGrid, type CellContent, type GridOptions } from './grid'
export { imageInfo, type ImageInfo } from './image'
export { kopSurat, LOGO_BOX_CM, type Kop } from './kop'
export { numberedList, type NumberedListOptions } from './lists'
export { toBuffer } from './pack'
export { fittedImage, PHOTO_BOX_CM, photoCaption, photoGrid, type PhotoGridOptions, type PhotoItem } from './photos'
export { printReadyImage, printReadyPhotos, PRINT_DPI, withPrintReadyImages, type PrintBox } from './print-image'
export {
  cmToTwip,
  contentWidthTwip,
  MARGIN_CM,
  mmToTwip,
  PAPER_MM,
  sectionProperties,
  type Orientation,
  type Paper,
} from './page'
export { mengetahuiBlock, signatureBlock, signatureColumns, type SignPrefix, type Signer } from './signature'
export { bottomAlignedColumns, keptTogether, signatureRow, type SignatureCell } from './signature-row'
export { createDocument, DEFAULT_STYLE, halfPoints, type DocStyle, type KitSection } from './style'
export { checkbox, dataTable, type DataTableOptions } from './tables'
export { tanggalTerbilang } from './tanggal'
export {
  blankLines,
  bodyParagraph,
  fieldTable,
  paragraph,
  textRuns,
  title,
  type Align,
  type ParagraphOptions,
  type RunOptions,
} from './text'
