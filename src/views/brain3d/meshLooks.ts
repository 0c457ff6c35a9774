// How each atlas structure is drawn (brainMeshes.ts loads and batches them): a glass cerebrum and
// cerebellum, a translucent brainstem, solid, softly lit inner structures, the opaque aqueduct;
// and the material of the inner batch, which also holds the schematic spinal cord (spinalCord.ts).
import {
  DataTexture,
  MeshLambertMaterial,
  NearestFilter,
  type BufferGeometry,
  type Matrix4,
} from 'three';
import { ANATOMY } from './palette.ts';

/** The glow (emissive colour) of parts that have one: the spinal cord's. */
const GLOW = 0x2a2a2a;

/**
 * How a structure is drawn: in the glass batch, in the batch of translucent inner structures
 * (`glows`: with a faint light of its own), or on its own (the opaque aqueduct, which hides what
 * is behind it). `order` is its three.js render order: the aqueduct's, -1, draws it before every
 * translucent object, as three draws opaque objects.
 */
export type MeshLook =
  | { kind: 'glass'; colour: string; base: number; rim: number; order: number }
  | InnerLook
  | { kind: 'opaque'; colour: string; order: number };
export interface InnerLook {
  kind: 'inner';
  colour: string;
  opacity: number;
  order: number;
  glows?: boolean;
}

/** A part of the inner batch: its geometry (indexed, with normals) and where it sits. */
export interface InnerPart {
  name: string;
  geometry: BufferGeometry;
  matrix: Matrix4 | null;
  look: InnerLook;
}

/** The look of an atlas structure, by mesh name. */
export function lookOf(name: string): MeshLook {
  if (name.startsWith('cerebrum'))
    return { kind: 'glass', colour: ANATOMY.glass, base: 0.03, rim: 0.55, order: 30 };
  if (name === 'cerebellum')
    return { kind: 'glass', colour: ANATOMY.cerebellumGlass, base: 0.04, rim: 0.5, order: 29 };
  if (name === 'brainstem')
    return { kind: 'inner', colour: ANATOMY.brainstem, opacity: 0.3, order: 20 };
  if (name.startsWith('thalamus'))
    return { kind: 'inner', colour: ANATOMY.thalamus, opacity: 0.75, order: 10 };
  if (name.startsWith('amygdala'))
    return { kind: 'inner', colour: ANATOMY.amygdala, opacity: 0.75, order: 10 };
  if (name === 'hypothalamus')
    return { kind: 'inner', colour: ANATOMY.hypothalamus, opacity: 0.75, order: 10 };
  if (name === 'cerebral_aqueduct') return { kind: 'opaque', colour: ANATOMY.aqueduct, order: -1 };
  return { kind: 'inner', colour: ANATOMY.tegmentum, opacity: 0.45, order: 15 };
}

/**
 * The inner structures' material: colour and opacity per vertex, a faint glow where the glow map
 * (two texels, dark and bright, chosen per vertex by `uv`) is bright, translucent.
 */
export function innerMaterial(): MeshLambertMaterial {
  const glowMap = new DataTexture(new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255]), 2, 1);
  glowMap.magFilter = NearestFilter;
  glowMap.minFilter = NearestFilter;
  glowMap.needsUpdate = true;
  return new MeshLambertMaterial({
    vertexColors: true,
    emissive: GLOW,
    emissiveMap: glowMap,
    transparent: true,
    depthWrite: false,
  });
}
