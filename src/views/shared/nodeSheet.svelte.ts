// The phone's node sheet: which node a person last chose on the pathway (by tap, click or key),
// so its name and explanation can show over the picture instead of far below it.
class NodeSheet {
  node = $state<string | null>(null);

  open(node: string): void {
    this.node = node;
  }

  close(): void {
    this.node = null;
  }
}

export const nodeSheet = new NodeSheet();
