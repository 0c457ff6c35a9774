// Notices shown to the person until dismissed (for example, settings in a link that were ignored).

export interface Notice {
  id: number;
  /** The notice's words in the current language (read when shown, so they follow a switch). */
  text: () => string;
  /** Everything the notice stands for, when its text names only the first few. */
  details?: () => string;
}

class Notices {
  items = $state<Notice[]>([]);
  private nextId = 1;

  add(text: () => string, details?: () => string): void {
    this.items.push({ id: this.nextId++, text, details });
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
