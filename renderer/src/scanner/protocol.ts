// The messages between the scan view and its QR worker: one camera frame in, its text (or null) out.
export interface ScanRequest {
  readonly id: number;
  /** The frame guide's square of one camera frame, transferred (not copied); the worker closes it. */
  readonly frame: ImageBitmap;
}

/** `text` is null when no QR code was read in the frame; `failed` when the decoder could not load. */
export interface ScanReply {
  readonly id: number;
  readonly text: string | null;
  readonly failed?: true;
}
