// The worker side of every decoder under test: an ImageBitmap (a camera frame) or raw RGBA comes
// in, the decoded text and the decode time inside the worker go out. Plain JavaScript: the
// candidates are not the repo's dependencies, so there are no types to check these against.
let canvas = null;

function pixelsOf(message) {
  if (!message.bitmap) return { width: message.width, height: message.height, data: new Uint8ClampedArray(message.data) };
  const { bitmap } = message;
  if (!canvas || canvas.width !== bitmap.width || canvas.height !== bitmap.height) canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** @param {(image: ImageData) => Promise<string | null>} decode */
export function serveDecoder(decode) {
  self.onmessage = async ({ data: message }) => {
    const image = pixelsOf(message);
    const started = performance.now();
    try {
      const text = await decode(image);
      self.postMessage({ id: message.id, text, ms: performance.now() - started });
    } catch (error) {
      self.postMessage({ id: message.id, text: null, ms: performance.now() - started, error: String(error) });
    }
  };
}
