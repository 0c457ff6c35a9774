// The schematic spinal cord (the atlas has none): a translucent tube from the bottom of the
// medulla downwards, closed at its lower end, with the dorsal horn's grey matter drawn as a
// darker spindle on its dorsal side where the dorsal-horn markers sit. The tube and its end cap
// are one mesh (one draw call).
import { Mesh, MeshLambertMaterial, SphereGeometry, TubeGeometry, type Group } from 'three';
import { DORSAL_HORN, SPINAL_CORD, SPINAL_CORD_RADIUS_MM } from './anatomy.ts';
import { mergeGeometries } from './geometryBatch.ts';
import { ANATOMY } from './palette.ts';
import { curveThrough } from './pathwayLayer.ts';

export class SpinalCord {
  readonly meshes: Mesh[];

  constructor(parent: Group) {
    const curve = curveThrough(SPINAL_CORD);
    const material = new MeshLambertMaterial({
      color: ANATOMY.spinalCord,
      emissive: 0x2a2a2a,
      transparent: true,
      opacity: 0.5,
      depthWrite: false,
    });
    const end = SPINAL_CORD[SPINAL_CORD.length - 1]!;
    const { geometry } = mergeGeometries([
      new TubeGeometry(curve, 12, SPINAL_CORD_RADIUS_MM, 12, false),
      new SphereGeometry(SPINAL_CORD_RADIUS_MM, 12, 6).translate(end[0], end[1], end[2]),
    ]);
    const cord = new Mesh(geometry, material);
    const horn = new Mesh(
      new SphereGeometry(1, 12, 8),
      new MeshLambertMaterial({
        color: ANATOMY.dorsalHorn,
        transparent: true,
        opacity: 0.6,
        depthWrite: false,
      }),
    );
    horn.position.set(DORSAL_HORN[0], DORSAL_HORN[1], DORSAL_HORN[2]);
    horn.scale.set(2.2, 2.6, 12);
    cord.renderOrder = 20;
    horn.renderOrder = 19;
    this.meshes = [cord, horn];
    parent.add(...this.meshes);
  }

  dispose(): void {
    for (const mesh of this.meshes) {
      mesh.removeFromParent();
      mesh.geometry.dispose();
      (mesh.material as MeshLambertMaterial).dispose();
    }
  }
}
