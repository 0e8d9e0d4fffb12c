// The page the browser check drives (bench/qr/browser-check.ts): decodes synthesised frames and
// the fake camera's stream in a decoder's module worker, under the CSP the server sends.
import { SCENARIOS, scenarioFrame } from '../scenarios.ts';
import { phoneScreenFrame } from '../synth.ts';

// Literal `new Worker(new URL(...))` calls: Vite bundles each worker from them.
const WORKERS = {
  'zxing-wasm': () => new Worker(new URL('./zxing-wasm.worker.js', import.meta.url), { type: 'module' }),
  jsqr: () => new Worker(new URL('./jsqr.worker.js', import.meta.url), { type: 'module' }),
  '@nuintun/qrcode': () => new Worker(new URL('./nuintun-qrcode.worker.js', import.meta.url), { type: 'module' }),
};

function connect(name) {
  const worker = WORKERS[name]();
  const pending = new Map();
  let nextId = 0;
  let failure = null;
  worker.onerror = (event) => {
    failure = `worker error: ${event.message || 'could not start'}`;
    for (const resolve of pending.values()) resolve({ text: null, ms: 0, error: failure });
    pending.clear();
  };
  worker.onmessage = ({ data }) => {
    pending.get(data.id)?.(data);
    pending.delete(data.id);
  };
  return {
    decode(message, transfer) {
      if (failure) return Promise.resolve({ text: null, ms: 0, error: failure });
      const id = (nextId += 1);
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ ...message, id }, transfer);
      });
    },
    close: () => worker.terminate(),
  };
}

/**
 * The bitmap handed to the worker: the whole frame, or with `guide` the frame guide's square (the
 * centre two thirds of the shorter side) drawn at twice its size, cropped and scaled by the browser.
 */
function bitmapOf(source, width, height, guide) {
  if (!guide) return createImageBitmap(source);
  const side = Math.round((2 / 3) * Math.min(width, height));
  const [left, top] = [Math.round((width - side) / 2), Math.round((height - side) / 2)];
  return createImageBitmap(source, left, top, side, side, { resizeWidth: 2 * side, resizeHeight: 2 * side, resizeQuality: 'low' });
}

/** Every frame of the named classes (all grades), decoded in the worker: outcome and time in the worker. */
async function decodeFrames(name, classes, perScenario, guide) {
  const decoder = connect(name);
  const samples = [];
  for (const scenario of SCENARIOS.filter((s) => classes.includes(s.name))) {
    for (let index = 0; index < perScenario; index += 1) {
      const { link, shot, seed } = scenarioFrame(scenario, index);
      const frame = phoneScreenFrame(link, shot, seed);
      const canvas = new OffscreenCanvas(frame.width, frame.height);
      canvas.getContext('2d').putImageData(new ImageData(frame.data, frame.width, frame.height), 0, 0);
      const bitmap = await bitmapOf(canvas, frame.width, frame.height, guide);
      const reply = await decoder.decode({ bitmap }, [bitmap]);
      const outcome = reply.text === link ? 'read' : reply.text === null ? 'none' : 'misread';
      samples.push({ scenario: scenario.name, grade: scenario.grade, outcome, ms: reply.ms, error: reply.error ?? null });
    }
  }
  decoder.close();
  return samples;
}

/** Reads the camera until the worker decodes a frame or time runs out; stops the camera either way. */
async function scanCamera(name, timeoutMs, guide) {
  const decoder = connect(name);
  const video = document.getElementById('camera');
  const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  const started = performance.now();
  const decodeMs = [];
  let text = null;
  let error = null;
  try {
    video.srcObject = stream;
    await video.play();
    while (text === null && error === null && performance.now() - started < timeoutMs) {
      // One decode per new camera frame, so "frames" counts what the camera delivered.
      await new Promise((next) => video.requestVideoFrameCallback(next));
      const bitmap = await bitmapOf(video, video.videoWidth, video.videoHeight, guide);
      const reply = await decoder.decode({ bitmap }, [bitmap]);
      decodeMs.push(reply.ms);
      text = reply.text;
      error = reply.error ?? null;
    }
    return { text, error, frames: decodeMs.length, msToRead: performance.now() - started, decodeMs, width: video.videoWidth, height: video.videoHeight };
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
    decoder.close();
  }
}

window.qrCheck = { decodeFrames, scanCamera, ready: true };
