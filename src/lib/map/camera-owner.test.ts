import { describe, expect, it } from 'vitest';
import { mayMoveCamera, type CameraOwner } from './camera-owner';

const DIRECTED: CameraOwner[] = ['view', 'region', 'group'];

describe('mayMoveCamera', () => {
  it('lets any move start when the camera is still', () => {
    for (const next of [...DIRECTED, 'event'] as CameraOwner[]) expect(mayMoveCamera(null, next)).toBe(true);
  });

  it('lets a directed move (Back, a story step, a region, a group) take over any running move', () => {
    for (const running of [...DIRECTED, 'event'] as CameraOwner[])
      for (const next of DIRECTED) expect(mayMoveCamera(running, next)).toBe(true);
  });

  it('never lets keeping the open event in sight interrupt a directed move', () => {
    for (const running of DIRECTED) expect(mayMoveCamera(running, 'event')).toBe(false);
  });

  it('lets one event correction replace another (a newer selection or sheet height)', () => {
    expect(mayMoveCamera('event', 'event')).toBe(true);
  });
});
