import * as nuintun from '@nuintun/qrcode';
import { serveDecoder } from './serve-decoder.js';

const detector = new nuintun.Detector();
const decoder = new nuintun.Decoder();

serveDecoder(async (image) => {
  const candidates = detector.detect(nuintun.binarize(nuintun.grayscale(image), image.width, image.height));
  // The detector yields possible code regions; tell it whether each one decoded.
  for (let current = candidates.next(); !current.done; ) {
    try {
      const { content } = decoder.decode(current.value.matrix);
      candidates.return(undefined);
      return content;
    } catch {
      current = candidates.next(false);
    }
  }
  return null;
});
