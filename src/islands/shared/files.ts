/** Saves text as a file the browser downloads (no server involved). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The text of a chosen file, or undefined when it is larger than `maxBytes` (checked before reading). */
export async function readTextFile(file: File, maxBytes: number): Promise<string | undefined> {
  if (file.size > maxBytes) return undefined;
  return file.text();
}

/** Copies text; false when the browser refuses (no clipboard access outside HTTPS, or denied). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
