/**
 * Copies text to the clipboard. Falls back to a hidden textarea and `execCommand('copy')`, because
 * an app iframe may be denied the Clipboard API. Resolves false when both ways fail.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text);
  }
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const focused = document.activeElement;
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    // Give focus back to the button the user pressed.
    if (focused instanceof HTMLElement) focused.focus();
  }
}
