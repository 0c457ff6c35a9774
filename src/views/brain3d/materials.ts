// The view's custom materials: a Fresnel "glass" for the cerebrum (cheap: no transmission pass),
// soft additive halos for the markers, round flowing particles, and tubes whose radius is a
// uniform (so network links change width without rebuilding geometry).
import {
  AdditiveBlending,
  Color,
  FrontSide,
  MeshBasicMaterial,
  ShaderMaterial,
  type Plane,
} from 'three';

/** Fresnel glass: nearly clear where the surface faces the viewer, brighter at grazing angles. */
export function glassMaterial(colour: string, base: number, rim: number, clippingPlanes: Plane[]) {
  return new ShaderMaterial({
    uniforms: {
      uColor: { value: new Color(colour) },
      uBase: { value: base },
      uRim: { value: rim },
    },
    vertexShader: /* glsl */ `
      #include <common>
      #include <clipping_planes_pars_vertex>
      varying vec3 vNormalView;
      varying vec3 vViewPosition;
      void main() {
        #include <begin_vertex>
        #include <project_vertex>
        #include <clipping_planes_vertex>
        vNormalView = normalize(normalMatrix * normal);
        vViewPosition = -mvPosition.xyz;
      }`,
    fragmentShader: /* glsl */ `
      #include <common>
      #include <clipping_planes_pars_fragment>
      uniform vec3 uColor;
      uniform float uBase;
      uniform float uRim;
      varying vec3 vNormalView;
      varying vec3 vViewPosition;
      void main() {
        #include <clipping_planes_fragment>
        vec3 n = normalize(vNormalView);
        vec3 v = normalize(vViewPosition);
        float facing = abs(dot(n, v));
        float fresnel = pow(1.0 - facing, 2.5);
        float light = 0.65 + 0.35 * max(dot(n, normalize(vec3(0.35, 0.6, 0.7))), 0.0);
        gl_FragColor = vec4(uColor * light * (0.55 + 0.6 * fresnel), uBase + uRim * fresnel);
        #include <colorspace_fragment>
      }`,
    transparent: true,
    depthWrite: false,
    side: FrontSide,
    clipping: true,
    clippingPlanes,
  });
}

/** Additive halos for instanced markers: bright in the middle, fading to the rim. */
export function haloMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: /* glsl */ `
      #include <common>
      #include <color_pars_vertex>
      varying vec3 vNormalView;
      varying vec3 vViewDir;
      void main() {
        #include <color_vertex>
        #include <beginnormal_vertex>
        #include <defaultnormal_vertex>
        #include <begin_vertex>
        #include <project_vertex>
        vNormalView = normalize(transformedNormal);
        vViewDir = -mvPosition.xyz;
      }`,
    fragmentShader: /* glsl */ `
      #include <common>
      #include <color_pars_fragment>
      varying vec3 vNormalView;
      varying vec3 vViewDir;
      void main() {
        float facing = abs(dot(normalize(vNormalView), normalize(vViewDir)));
        gl_FragColor = vec4(vColor.rgb * pow(facing, 2.0), 1.0);
        #include <colorspace_fragment>
      }`,
    blending: AdditiveBlending,
    transparent: true,
    depthWrite: false,
    depthTest: false,
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

/** A basic material for a tube built with radius 1, drawn at radius `uniforms.uRadius`. */
export function widthTubeMaterial(colour: string): {
  material: MeshBasicMaterial;
  radius: { value: number };
} {
  const radius = { value: 1 };
  const material = new MeshBasicMaterial({
    color: colour,
    transparent: true,
    opacity: 0.5,
    depthWrite: false,
  });
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uRadius = radius;
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nuniform float uRadius;')
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\ntransformed += normal * (uRadius - 1.0);',
      );
  };
  return { material, radius };
}
