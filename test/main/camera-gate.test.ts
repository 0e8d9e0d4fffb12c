// What Electron's permission handlers answer: the camera for the scan view, and nothing else, ever.
import { describe, expect, it } from 'vitest';
import { createCameraGate } from '../../main/camera-gate.ts';

const APP = 'app://kiosk/index.html';
const video = { requestingUrl: APP, isMainFrame: true, mediaTypes: ['video'] };

describe('the camera gate', () => {
  it('refuses the camera until the scan view is open, and again once it closes', () => {
    const gate = createCameraGate(true);
    expect(gate.allowsRequest('media', video)).toBe(false);
    expect(gate.setScanViewOpen(true)).toBe(true);
    expect(gate.allowsRequest('media', video)).toBe(true);
    expect(gate.allowsCheck('media', 'app://kiosk', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    gate.setScanViewOpen(false);
    expect(gate.allowsRequest('media', video)).toBe(false);
    expect(gate.allowsCheck('media', 'app://kiosk', { isMainFrame: true, mediaType: 'video' })).toBe(false);
  });

  it('never allows the camera where IT turned it off', () => {
    const gate = createCameraGate(false);
    expect(gate.setScanViewOpen(true)).toBe(false);
    expect(gate.allowsRequest('media', video)).toBe(false);
  });

  it('allows video only, for the app\'s own main frame only', () => {
    const gate = createCameraGate(true);
    gate.setScanViewOpen(true);
    expect(gate.allowsRequest('media', { ...video, mediaTypes: ['audio'] })).toBe(false);
    expect(gate.allowsRequest('media', { ...video, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(gate.allowsRequest('media', { ...video, mediaTypes: [] })).toBe(false);
    expect(gate.allowsRequest('media', { ...video, isMainFrame: false })).toBe(false);
    expect(gate.allowsRequest('media', { ...video, requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(gate.allowsRequest('media', { ...video, requestingUrl: 'app://other/index.html' })).toBe(false);
    expect(gate.allowsCheck('media', 'https://evil.example', { isMainFrame: true, mediaType: 'video' })).toBe(false);
    expect(gate.allowsCheck('media', 'app://kiosk', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
  });

  it('refuses every other permission, open or not', () => {
    const gate = createCameraGate(true);
    gate.setScanViewOpen(true);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen', 'midi', 'hid', 'usb', 'serial']) {
      expect(gate.allowsRequest(permission, video), permission).toBe(false);
      expect(gate.allowsCheck(permission, 'app://kiosk', { isMainFrame: true, mediaType: 'video' }), permission).toBe(false);
    }
  });
});

describe('the camera setting', () => {
  it('decides whether main lets the scan view have the camera at all', async () => {
    const { configFor, createKioskServices } = await import('../../main/kiosk-services.ts');
    const request = { requestingUrl: 'app://kiosk/index.html', isMainFrame: true, mediaTypes: ['video'] };
    for (const [camera, allowed] of [['auto', true], ['off', false]] as const) {
      const services = createKioskServices({ config: configFor('http://127.0.0.1:9', { ISPEKS_CAMERA: camera }), version: 'test' });
      expect(await services.handlers.setScanView({ open: true })).toEqual({ ok: true, value: { cameraAllowed: allowed } });
      expect(services.cameraGate.allowsRequest('media', request)).toBe(allowed);
    }
  });
});
