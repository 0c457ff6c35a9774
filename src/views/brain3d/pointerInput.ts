// Pointer picking on the canvas: a tap or click (a press that barely moved, so an orbit drag
// never selects) picks the region under it; a mouse hover highlights the region under the
// pointer. OrbitControls handles the dragging itself.

const TAP_SLOP_PX = 6;

export class PointerInput {
  private down: { x: number; y: number } | null = null;
  private hovered: string | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly pick: (x: number, y: number) => string | null,
    private readonly onTap: (regionId: string) => void,
    private readonly onHover: (regionId: string | null) => void,
  ) {
    canvas.addEventListener('pointerdown', this.onPointerDown);
    canvas.addEventListener('pointerup', this.onPointerUp);
    canvas.addEventListener('pointermove', this.onPointerMove);
    canvas.addEventListener('pointerleave', this.onPointerLeave);
  }

  get hoveredRegion(): string | null {
    return this.hovered;
  }

  dispose(): void {
    this.canvas.removeEventListener('pointerdown', this.onPointerDown);
    this.canvas.removeEventListener('pointerup', this.onPointerUp);
    this.canvas.removeEventListener('pointermove', this.onPointerMove);
    this.canvas.removeEventListener('pointerleave', this.onPointerLeave);
  }

  private setHovered(regionId: string | null): void {
    if (regionId === this.hovered) return;
    this.hovered = regionId;
    this.canvas.style.cursor = regionId === null ? '' : 'pointer';
    this.onHover(regionId);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    this.down = { x: event.offsetX, y: event.offsetY };
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const down = this.down;
    this.down = null;
    if (down === null) return;
    if (Math.hypot(event.offsetX - down.x, event.offsetY - down.y) > TAP_SLOP_PX) return;
    const regionId = this.pick(event.offsetX, event.offsetY);
    if (regionId !== null) this.onTap(regionId);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (event.buttons !== 0 || event.pointerType === 'touch') return;
    this.setHovered(this.pick(event.offsetX, event.offsetY));
  };

  private readonly onPointerLeave = (): void => this.setHovered(null);
}
