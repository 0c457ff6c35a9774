// The schematic spinal cord (the atlas has none): a translucent tube from the bottom of the
// medulla downwards, closed at its lower end, with the dorsal horn's grey matter drawn as a
// darker spindle on its dorsal side where the dorsal-horn markers sit.
import { Mesh, MeshLambertMaterial, SphereGeometry, TubeGeometry, type Group } from 'three';
import { DORSAL_HORN, SPINAL_CORD, SPINAL_CORD_RADIUS_MM } from './anatomy.ts';
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
    const cord = new Mesh(new TubeGeometry(curve, 24, SPINAL_CORD_RADIUS_MM, 16, false), material);
    const end = SPINAL_CORD[SPINAL_CORD.length - 1]!;
    const cap = new Mesh(new SphereGeometry(SPINAL_CORD_RADIUS_MM, 16, 8), material.clone());
    cap.position.set(end[0], end[1], end[2]);
    const horn = new Mesh(
      new SphereGeometry(1, 16, 10),
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
    cap.renderOrder = 20;
    horn.renderOrder = 19;
    this.meshes = [cord, cap, horn];
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
