// Files bundled into the core by Vite (and read the same way by vitest): `?inline` gives a data: URL.
declare module '*.png?inline' {
  const dataUrl: string
  export default dataUrl
}
