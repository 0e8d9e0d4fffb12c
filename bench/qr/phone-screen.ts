// The phone's screen as the person holds it up: a mail app showing the activation e-mail's HTML
// part, with the QR code (the `qrcode` package's matrix, as the reference API draws it), the
// button, the short code and lines of text around it. Drawn in the screen's own device pixels
// (1080 x 2340, a common 19.5:9 phone at 3 device pixels per CSS pixel), 8-bit sRGB.
import QRCode from 'qrcode';

export type ErrorCorrectionLevel = 'L' | 'M' | 'Q' | 'H';

export interface PhoneScreen {
  readonly width: number;
  readonly height: number;
  /** sRGB, 3 bytes a pixel, row by row. */
  readonly rgb: Uint8Array;
  /** The QR symbol on the screen (without its quiet zone), in device pixels. */
  readonly qr: { readonly x: number; readonly y: number; readonly size: number; readonly modules: number };
}

export interface ScreenOptions {
  readonly errorCorrectionLevel?: ErrorCorrectionLevel;
  /** The symbol's width on the screen in device pixels (the mail client scales the PNG to its box). */
  readonly qrScreenWidth?: number;
}

export const SCREEN_WIDTH = 1080;
export const SCREEN_HEIGHT = 2340;
const QUIET_ZONE_MODULES = 4; // the qrcode package's default margin

type Rgb = readonly [number, number, number];
const WHITE: Rgb = [255, 255, 255];
const TEXT: Rgb = [32, 33, 36];
const SECONDARY: Rgb = [95, 99, 104];
const BUTTON: Rgb = [26, 115, 232];
const BAR: Rgb = [241, 243, 244];

class Canvas {
  readonly rgb = new Uint8Array(SCREEN_WIDTH * SCREEN_HEIGHT * 3);

  rect(x0: number, y0: number, x1: number, y1: number, [r, g, b]: Rgb, radius = 0): void {
    const left = Math.max(0, Math.round(x0));
    const right = Math.min(SCREEN_WIDTH, Math.round(x1));
    const top = Math.max(0, Math.round(y0));
    const bottom = Math.min(SCREEN_HEIGHT, Math.round(y1));
    for (let y = top; y < bottom; y += 1) {
      for (let x = left; x < right; x += 1) {
        if (radius > 0) {
          const cx = Math.min(Math.max(x + 0.5, x0 + radius), x1 - radius);
          const cy = Math.min(Math.max(y + 0.5, y0 + radius), y1 - radius);
          if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius * radius) continue;
        }
        const i = (y * SCREEN_WIDTH + x) * 3;
        this.rgb[i] = r;
        this.rgb[i + 1] = g;
        this.rgb[i + 2] = b;
      }
    }
  }

  /**
   * A line of text-like glyphs: stems and bars at a font's proportions, so the screen has the
   * fine, busy edges of real text around the code (what makes finder-pattern search work hard).
   */
  text(x: number, baseline: number, width: number, fontSize: number, colour: Rgb, rng: () => number): void {
    const stroke = Math.max(2, fontSize * 0.09);
    const xHeight = fontSize * 0.5;
    let cursor = x;
    while (cursor < x + width) {
      const letters = 2 + Math.floor(rng() * 8);
      for (let letter = 0; letter < letters && cursor < x + width; letter += 1) {
        const glyphWidth = fontSize * (0.38 + rng() * 0.2);
        const top = baseline - (rng() < 0.3 ? fontSize * 0.72 : xHeight);
        const bottom = baseline + (rng() < 0.1 ? fontSize * 0.22 : 0);
        this.rect(cursor, top, cursor + stroke, bottom, colour);
        if (rng() < 0.7) this.rect(cursor + glyphWidth - stroke, baseline - xHeight, cursor + glyphWidth, baseline, colour);
        if (rng() < 0.5) this.rect(cursor, baseline - xHeight, cursor + glyphWidth, baseline - xHeight + stroke, colour);
        if (rng() < 0.4) this.rect(cursor, baseline - stroke, cursor + glyphWidth, baseline, colour);
        if (rng() < 0.2) this.rect(cursor, baseline - xHeight / 2, cursor + glyphWidth, baseline - xHeight / 2 + stroke, colour);
        cursor += glyphWidth + fontSize * 0.12;
      }
      cursor += fontSize * 0.3;
    }
  }

  paragraph(x: number, top: number, width: number, lines: number, fontSize: number, colour: Rgb, rng: () => number): number {
    const lineHeight = fontSize * 1.45;
    for (let line = 0; line < lines; line += 1) {
      const last = line === lines - 1;
      this.text(x, top + lineHeight * (line + 0.8), width * (last ? 0.3 + rng() * 0.5 : 0.9 + rng() * 0.1), fontSize, colour, rng);
    }
    return top + lineHeight * lines;
  }
}

/** The e-mail's HTML part in a phone's mail app, scrolled so the QR code is on screen. */
export function drawPhoneScreen(link: string, rng: () => number, options: ScreenOptions = {}): PhoneScreen {
  const canvas = new Canvas();
  canvas.rect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT, WHITE);
  // How far the person has scrolled: the QR code lands somewhere in the upper two thirds.
  let y = 280 - Math.floor(rng() * 360);
  y = canvas.paragraph(48, y, 960, 2, 60, TEXT, rng) + 40;
  canvas.rect(48, y, 156, y + 108, [52, 168, 83], 54);
  canvas.paragraph(186, y, 600, 2, 38, SECONDARY, rng);
  y += 170;
  y = canvas.paragraph(48, y, 984, 2 + Math.floor(rng() * 3), 42, TEXT, rng) + 40;
  canvas.rect(48, y, 708, y + 138, BUTTON, 18);
  canvas.text(150, y + 86, 440, 44, WHITE, rng);
  y = canvas.paragraph(48, y + 180, 984, 2, 42, TEXT, rng) + 30;

  const symbol = QRCode.create(link, { errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' }).modules;
  const qrWidth = options.qrScreenWidth ?? 600;
  const moduleSize = qrWidth / symbol.size;
  const quiet = QUIET_ZONE_MODULES * moduleSize;
  const qrX = (SCREEN_WIDTH - qrWidth) / 2;
  const qrY = y + quiet;
  for (let row = 0; row < symbol.size; row += 1) {
    for (let column = 0; column < symbol.size; column += 1) {
      if (symbol.data[row * symbol.size + column]) {
        canvas.rect(qrX + column * moduleSize, qrY + row * moduleSize, qrX + (column + 1) * moduleSize, qrY + (row + 1) * moduleSize, [0, 0, 0]);
      }
    }
  }
  y = qrY + qrWidth + quiet + 20;
  // The short code, big and monospaced, then the rest of the message.
  canvas.text(300, y + 80, 480, 84, TEXT, rng);
  y = canvas.paragraph(48, y + 150, 984, 3, 42, TEXT, rng) + 30;
  canvas.paragraph(48, y, 984, 12, 36, SECONDARY, rng);
  // The status bar and the mail app's bar stay on top of the scrolled message.
  canvas.rect(0, 0, SCREEN_WIDTH, 84, BAR);
  canvas.text(48, 60, 110, 36, TEXT, rng);
  canvas.rect(0, 84, SCREEN_WIDTH, 240, WHITE);
  canvas.rect(48, 150, 108, 162, SECONDARY);
  canvas.rect(SCREEN_WIDTH - 200, 138, SCREEN_WIDTH - 164, 174, SECONDARY, 6);
  canvas.rect(SCREEN_WIDTH - 110, 138, SCREEN_WIDTH - 74, 174, SECONDARY, 6);
  return { width: SCREEN_WIDTH, height: SCREEN_HEIGHT, rgb: canvas.rgb, qr: { x: qrX, y: qrY, size: qrWidth, modules: symbol.size } };
}
