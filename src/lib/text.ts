/**
 * Text clean-up shared by the content schema and the feeds.
 */

/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF),
 * plus DEL and the C1 controls: invisible, and in news text only ever mis-decoded bytes.
 */
const invalidXmlChars =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove characters that may not appear in an XML document (one would make a feed unreadable). */
export function xmlSafe(text: string): string {
  return text.replace(invalidXmlChars, '');
}
