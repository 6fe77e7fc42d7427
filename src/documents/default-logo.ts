// The lambang printed on every kop until the Admin uploads the office's own (Pengaturan > Identitas Kantor or the
// setup wizard). Bundled into the core, so Electron, browser mode and the tests print the same image.
import logoDataUrl from '../../resources/logo-default.png?inline'

/** PNG bytes of resources/logo-default.png. */
export function defaultLogo(): Buffer {
  return Buffer.from(logoDataUrl.slice(logoDataUrl.indexOf(',') + 1), 'base64')
}
