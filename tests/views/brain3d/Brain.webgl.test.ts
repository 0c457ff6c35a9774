// @vitest-environment jsdom
// Without WebGL the 3D view says why and renders nothing else (the 2D pathway does everything);
// if WebGL exists but the renderer cannot start, it says so too. jsdom has no WebGL, so both
// paths are reached by stubbing HTMLCanvasElement.getContext.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import Brain from '../../../src/views/brain3d/Brain.webgl.svelte';
import { hasWebGL2 } from '../../../src/views/brain3d/webglSupport.ts';

// jsdom has no matchMedia (Svelte's MediaQuery needs one): a stand-in that never matches.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  addEventListener: () => {},
  removeEventListener: () => {},
})) as unknown as typeof window.matchMedia;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the 3D view without WebGL', () => {
  it('detects that no WebGL 2 context can be created', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect(hasWebGL2()).toBe(false);
  });

  it('says that 3D needs WebGL and that the 2D pathway shows everything, and shows no canvas', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const { container } = render(Brain);
    expect(screen.getByRole('status').textContent).toMatch(
      /3D needs WebGL.*2D pathway shows everything/,
    );
    expect(container.querySelector('canvas')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('falls back with a message when the renderer fails to start', () => {
    // A context that passes the probe but that three.js cannot use.
    const fake = { getExtension: () => null } as unknown as RenderingContext;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(fake);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(Brain);
    expect(screen.getByRole('status').textContent).toMatch(/could not start its graphics/);
    expect(container.querySelector('canvas')).toBeNull();
  });
});
