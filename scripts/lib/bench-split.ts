/**
 * The benches' one rule for splitting a dev set in two halves: the parity of the last hex digit
 * of the page id's SHA-1. A tuning change is designed on one half and kept only when the other
 * half does not get worse; every bench prints both halves beside the whole.
 */
import { createHash } from 'node:crypto';

/** Which half a page id falls in: `even` or `odd`, by the parity of its SHA-1's last hex digit. */
export function halfOf(id: string): 'even' | 'odd' {
  return parseInt(createHash('sha1').update(id).digest('hex').slice(-1), 16) % 2 === 0 ? 'even' : 'odd';
}

/** The ids of each half and of the whole, in the order the benches print them. */
export function splitHalves(ids: string[]): { even: string[]; odd: string[]; whole: string[] } {
  return {
    even: ids.filter((id) => halfOf(id) === 'even'),
    odd: ids.filter((id) => halfOf(id) === 'odd'),
    whole: ids,
  };
}

/** Only the entries of `record` whose keys are in `ids`. */
export function pick<T>(record: Record<string, T>, ids: string[]): Record<string, T> {
  return Object.fromEntries(ids.filter((id) => id in record).map((id) => [id, record[id]]));
}
