// Vite inlines an asset imported with `?url&inline` as a data URL; its client types do not name this
// combination for .wasm, so it is declared here for the QR worker.
declare module '*.wasm?url&inline' {
  const dataUrl: string;
  export default dataUrl;
}
