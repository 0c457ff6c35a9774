// Saving a file the app made (a figure, the 3D view's picture): offered as a download.

/** Offers `blob` as a download named `file`. */
export function saveBlob(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
