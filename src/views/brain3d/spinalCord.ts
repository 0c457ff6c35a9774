// The schematic spinal cord (the atlas has none): a translucent tube from the bottom of the
// medulla downwards, closed at its lower end, with the dorsal horn's grey matter drawn as a
// darker spindle on its dorsal side where the dorsal-horn markers sit. Its parts join the atlas's
// inner structures (brainMeshes.ts), which draw them in the same call and in the same order as
// meshes of their own would be drawn.
import { Matrix4, Quaternion, SphereGeometry, TubeGeometry, Vector3 } from 'three';
import { DORSAL_HORN, SPINAL_CORD, SPINAL_CORD_RADIUS_MM } from './anatomy.ts';
import type { InnerPart } from './meshLooks.ts';
import { mergeGeometries } from './geometryBatch.ts';
import { ANATOMY } from './palette.ts';
import { curveThrough } from './pathwayLayer.ts';

/** The cord's tube with its end cap (one part), and the dorsal horn's spindle. */
export function spinalCordParts(): InnerPart[] {
  const curve = curveThrough(SPINAL_CORD);
  const end = SPINAL_CORD[SPINAL_CORD.length - 1]!;
  const { geometry: cord } = mergeGeometries([
    new TubeGeometry(curve, 12, SPINAL_CORD_RADIUS_MM, 12, false),
    new SphereGeometry(SPINAL_CORD_RADIUS_MM, 12, 6).translate(end[0], end[1], end[2]),
  ]);
  const horn = new Matrix4().compose(
    new Vector3(DORSAL_HORN[0], DORSAL_HORN[1], DORSAL_HORN[2]),
    new Quaternion(),
    new Vector3(2.2, 2.6, 12),
  );
  return [
    {
      name: 'dorsal_horn',
      geometry: new SphereGeometry(1, 12, 8),
      matrix: horn,
      look: { kind: 'inner', colour: ANATOMY.dorsalHorn, opacity: 0.6, order: 19 },
    },
    {
      name: 'spinal_cord',
      geometry: cord,
      matrix: null,
      // A faint glow of its own, so its shaded side does not go dark.
      look: { kind: 'inner', colour: ANATOMY.spinalCord, opacity: 0.5, order: 20, glows: true },
    },
  ];
}
