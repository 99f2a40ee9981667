/**
 * The match pattern of an intranet site the user named: the options page asks for it as a host
 * permission and the service worker registers the content script on it.
 * `https://intranet.example.org/x` → `https://intranet.example.org/*`; anything not https is skipped.
 */
export function originPattern(site: string): string | undefined {
  try {
    const url = new URL(site.includes('://') ? site : `https://${site}`);
    return url.protocol === 'https:' ? `${url.origin}/*` : undefined;
  } catch {
    return undefined;
  }
}
