// Whether this browser can run the 3D view: three.js needs WebGL 2. The probe context is released
// at once so it does not count against the browser's limit of live contexts.

/** True when a WebGL 2 context can be created. */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
