import { afterEach, describe, expect, test, vi } from 'vitest';
import { withOpaqueMapCanvas } from '../../../src/map/opaqueCanvas.ts';

const proto = HTMLCanvasElement.prototype;
const original = proto.getContext;
afterEach(() => {
  proto.getContext = original;
});

/** Records the attributes each getContext call was made with (jsdom has no WebGL). */
function recordContexts(): { canvas: string; type: string; attributes: unknown }[] {
  const calls: { canvas: string; type: string; attributes: unknown }[] = [];
  proto.getContext = vi.fn(function (this: HTMLCanvasElement, type: string, attributes?: unknown) {
    calls.push({ canvas: this.className, type, attributes });
    return null;
  }) as unknown as typeof proto.getContext;
  return calls;
}

function canvas(className: string): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.className = className;
  return c;
}

describe('withOpaqueMapCanvas', () => {
  test("the map canvas's WebGL context is asked for without alpha, the rest unchanged", () => {
    const calls = recordContexts();
    withOpaqueMapCanvas(() =>
      canvas('maplibregl-canvas').getContext('webgl2', { alpha: true, stencil: true }),
    );
    expect(calls).toEqual([
      { canvas: 'maplibregl-canvas', type: 'webgl2', attributes: { alpha: false, stencil: true } },
    ]);
  });

  test('other canvases, and calls after it returns, get what they ask for', () => {
    const calls = recordContexts();
    const recorder = proto.getContext;
    withOpaqueMapCanvas(() => canvas('other').getContext('webgl2', { alpha: true }));
    canvas('maplibregl-canvas').getContext('webgl2', { alpha: true });
    expect(calls.map((c) => c.attributes)).toEqual([{ alpha: true }, { alpha: true }]);
    expect(proto.getContext).toBe(recorder);
  });

  test('returns what create returns, and restores getContext when create throws', () => {
    const calls = recordContexts();
    const recorder = proto.getContext;
    expect(withOpaqueMapCanvas(() => 42)).toBe(42);
    expect(() =>
      withOpaqueMapCanvas(() => {
        throw new Error('no WebGL');
      }),
    ).toThrow('no WebGL');
    expect(proto.getContext).toBe(recorder);
    expect(calls).toEqual([]);
  });
});
