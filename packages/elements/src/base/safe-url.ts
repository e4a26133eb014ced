/**
 * A link from the API, if it is one a page may follow: http(s) or on this site. Anything
 * else (`javascript:`, `data:`) is refused, so that a bad or hostile answer runs nothing.
 */
export function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
