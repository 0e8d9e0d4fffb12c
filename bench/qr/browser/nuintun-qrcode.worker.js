import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';
import { serveDecoder } from './serve-decoder.js';

const detector = new Detector();
const decoder = new Decoder();

serveDecoder(async (image) => {
  const candidates = detector.detect(binarize(grayscale(image), image.width, image.height));
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
