// The view's custom materials: a Fresnel "glass" for the cerebrum and cerebellum (cheap: no
// transmission pass), markers as camera-facing quads shaded like spheres (two triangles each
// instead of a tessellated sphere), round flowing particles, and tubes as
// camera-facing ribbons shaded like round tubes (pathways lit, network links flat with per-vertex
// width and opacity, so a change of strength rewrites two attributes and rebuilds nothing).
import { DoubleSide, FrontSide, ShaderMaterial, type Plane } from 'three';

/**
 * Fresnel glass: nearly clear where the surface faces the viewer, brighter at grazing angles.
 * Each vertex carries its part's look (several glass shells share one draw call): `color` (RGB)
 * and `aGlass` (the opacity facing the viewer, and what the rim adds).
 */
export function glassMaterial(clippingPlanes: Plane[]) {
  return new ShaderMaterial({
    vertexShader: /* glsl */ `
      #include <common>
      #include <color_pars_vertex>
      #include <clipping_planes_pars_vertex>
      attribute vec2 aGlass;
      varying vec2 vGlass;
      varying vec3 vNormalView;
      varying vec3 vViewPosition;
      void main() {
        #include <color_vertex>
        #include <begin_vertex>
        #include <project_vertex>
        #include <clipping_planes_vertex>
        vGlass = aGlass;
        vNormalView = normalize(normalMatrix * normal);
        vViewPosition = -mvPosition.xyz;
      }`,
    fragmentShader: /* glsl */ `
      #include <common>
      #include <color_pars_fragment>
      #include <clipping_planes_pars_fragment>
      varying vec2 vGlass;
      varying vec3 vNormalView;
      varying vec3 vViewPosition;
      void main() {
        #include <clipping_planes_fragment>
        vec3 n = normalize(vNormalView);
        vec3 v = normalize(vViewPosition);
        float facing = abs(dot(n, v));
        float fresnel = pow(1.0 - facing, 2.5);
        float light = 0.65 + 0.35 * max(dot(n, normalize(vec3(0.35, 0.6, 0.7))), 0.0);
        gl_FragColor = vec4(vColor.rgb * light * (0.55 + 0.6 * fresnel), vGlass.x + vGlass.y * fresnel);
        #include <colorspace_fragment>
      }`,
    vertexColors: true,
    transparent: true,
    depthWrite: false,
    side: FrontSide,
    clipping: true,
    clippingPlanes,
  });
}

/**
 * A quad per instance that faces the camera, sized by the instance's scale (its radius, mm):
 * `vOffset` runs from -1 to 1 across it, so the fragment shader can draw a sphere.
 */
const BILLBOARD_VERTEX = /* glsl */ `
  #include <common>
  #include <color_pars_vertex>
  varying vec2 vOffset;
  void main() {
    #include <color_vertex>
    vec4 centre = modelViewMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
    float radius = length(instanceMatrix[0].xyz);
    vOffset = position.xy;
    centre.xy += position.xy * radius;
    gl_Position = projectionMatrix * centre;
  }`;

/**
 * Marker cores: a lit sphere drawn on a quad (the view's headlight from the upper front, a
 * sky/ground ambient, a faint glow) with a soft, antialiased rim. (Their halos are drawn over
 * the scene, overlayBatch.ts.)
 */
export function markerCoreMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: BILLBOARD_VERTEX,
    fragmentShader: /* glsl */ `
      #include <common>
      #include <color_pars_fragment>
      varying vec2 vOffset;
      const vec3 HEADLIGHT = vec3(0.19, 0.29, 0.94);
      void main() {
        float r = length(vOffset);
        float edge = fwidth(r);
        float alpha = 1.0 - smoothstep(1.0 - edge, 1.0, r);
        if (alpha <= 0.0) discard;
        vec3 n = vec3(vOffset, sqrt(max(0.0, 1.0 - r * r)));
        float light = 0.22 + 0.18 * n.y + 0.55 * max(dot(n, HEADLIGHT), 0.0);
        gl_FragColor = vec4(vColor.rgb * light + 0.016, alpha);
        #include <colorspace_fragment>
      }`,
    transparent: true,
  });
}

/** Round particles with vertex colours; sizes in millimetres, scaled by perspective. */
export function particleMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { uScale: { value: 1 }, uSizeMm: { value: 2.6 } },
    vertexShader: /* glsl */ `
      uniform float uScale;
      uniform float uSizeMm;
      attribute vec3 color;
      varying vec3 vColor;
      void main() {
        vColor = color;
        vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
        gl_PointSize = uSizeMm * uScale / -mvPosition.z;
        gl_Position = projectionMatrix * mvPosition;
      }`,
    fragmentShader: /* glsl */ `
      varying vec3 vColor;
      void main() {
        vec2 c = gl_PointCoord - 0.5;
        float d = dot(c, c);
        if (d > 0.25) discard;
        gl_FragColor = vec4(mix(vec3(1.0), vColor, smoothstep(0.0, 0.12, d)), 1.0);
        #include <colorspace_fragment>
      }`,
    transparent: false,
  });
}

/**
 * Tubes drawn as ribbons (see ribbonGeometry.ts): the centre line is widened across the line of
 * sight by the per-vertex `aRadius`, and the ribbon is shaded as a round tube: lit ones (`aLit`
 * 1) like the markers (headlight, sky/ground ambient, a glow of their own colour), unlit ones in
 * flat colour. Colour and opacity come per vertex (a 4-component `color` attribute). Everything
 * that differs is per vertex, so the pathways and the network links share one shader program
 * and nothing is uploaded between them.
 */
export function ribbonMaterial(options: { depthWrite: boolean }): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: /* glsl */ `
      #include <common>
      #include <color_pars_vertex>
      attribute vec3 aTangent;
      attribute float aSide;
      attribute float aRadius;
      attribute float aLit;
      varying float vSide;
      varying float vLit;
      varying vec3 vAcross;
      varying vec3 vToCamera;
      void main() {
        #include <color_vertex>
        vLit = aLit;
        vec4 mvPosition = modelViewMatrix * vec4(position, 1.0);
        vec3 tangent = (modelViewMatrix * vec4(aTangent, 0.0)).xyz;
        vToCamera = normalize(-mvPosition.xyz);
        vec3 across = cross(tangent, vToCamera);
        float acrossLength = length(across);
        // Seen end-on the ribbon has no width to give: it collapses (the marker covers it).
        vAcross = acrossLength > 1e-6 ? across / acrossLength : vec3(0.0);
        mvPosition.xyz += vAcross * aRadius * aSide;
        vSide = aSide;
        gl_Position = projectionMatrix * mvPosition;
      }`,
    fragmentShader: /* glsl */ `
      #include <common>
      #include <color_pars_fragment>
      varying float vSide;
      varying float vLit;
      varying vec3 vAcross;
      varying vec3 vToCamera;
      const vec3 HEADLIGHT = vec3(0.19, 0.29, 0.94);
      void main() {
        vec3 colour = vColor.rgb;
        if (vLit > 0.5) {
          float facing = sqrt(max(0.0, 1.0 - vSide * vSide));
          vec3 n = normalize(vAcross * vSide + vToCamera * facing);
          float light = 0.22 + 0.18 * n.y + 0.55 * max(dot(n, HEADLIGHT), 0.0) + 0.35;
          colour *= light;
        }
        gl_FragColor = vec4(colour, vColor.a);
        #include <colorspace_fragment>
      }`,
    vertexColors: true,
    transparent: true,
    depthWrite: options.depthWrite,
    side: DoubleSide,
  });
}
