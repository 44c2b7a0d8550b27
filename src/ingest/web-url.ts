/**
 * The one check for "a web address": an absolute http(s) URL, resolved against `base` when given.
 * Canonical URLs, saved-from addresses, sidecar values and image URLs all go through it, so
 * `javascript:`, `file:`, `about:internet` and garbage are refused the same way everywhere.
 */

/** `value` as an absolute http(s) URL (normalized `href`), or undefined. */
export function webUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
