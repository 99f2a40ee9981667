/** The tags Miro keeps in content HTML; any other tag is dropped (its text stays). */
export const allowedContentTags = ['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br'] as const;

const allowed = new Set<string>(allowedContentTags);
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const hrefPattern = /\bhref\s*=\s*("[^"]*"|'[^']*')/i;

/** Drops the tags Miro does not allow and every attribute but a link's `href`, as Miro's editor does. */
export function sanitizeContent(html: string): string {
  return html.replace(tagPattern, (_whole, slash?: string, name?: string, attributes?: string) => {
    const tag = name?.toLowerCase();
    if (tag === undefined || !allowed.has(tag)) return '';
    if (slash) return `</${tag}>`;
    const href = tag === 'a' ? hrefPattern.exec(attributes ?? '')?.[1] : undefined;
    return href ? `<a href=${href}>` : `<${tag}>`;
  });
}
