/**
 * The parts of a saved news page around the article that every outlet has in its own dress:
 * escaping, menus, icon sprites, ad slots, and the inline CSS and JavaScript that make up most
 * of a real saved page's bytes (saved pages average ~190 KB, see src/ingest/parse.ts, of which
 * the article is a few KB).
 *
 * Inline CSS and JS are cut from a pool made once per seed and picked per page: building
 * 190 KB of fresh pseudo-random text for each of 10,000 pages would make generation, not the
 * ingest, the slow part.
 */
import { createRandom, deriveSeed, type Random } from './prng.ts';

/** A link to another story, as chrome lists them. */
export interface Headline {
  title: string;
  url: string;
}

/** Text for an HTML text node or a double-quoted attribute. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text for inside a `<script>`: JSON that cannot end the element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Lowercase ASCII words joined by hyphens, as CMSs make URL slugs. */
export function urlSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Inline CSS and JS to cut pages' bulk from. */
export interface FillerPool {
  /** ~4 KB each: ad configs, tag managers, minified library code. */
  scripts: string[];
  /** ~3 KB each: rules for the outlet's many classes. */
  styles: string[];
  /** ~2 KB each: `<symbol>` icons. */
  icons: string[];
}

const pools = new Map<number, FillerPool>();

/** The filler pool for `seed` (made once, then reused). */
export function fillerPool(seed: number): FillerPool {
  let pool = pools.get(seed);
  if (!pool) {
    const random = createRandom(deriveSeed(seed, 0, 7));
    pool = {
      scripts: Array.from({ length: 48 }, () => scriptChunk(random, 4000)),
      styles: Array.from({ length: 32 }, () => styleChunk(random, 3000)),
      icons: Array.from({ length: 12 }, () => iconChunk(random, 2000)),
    };
    pools.set(seed, pool);
  }
  return pool;
}

const identifier = (random: Random) => `${random.pick(['a', 'e', 'n', 't', 'r', 'o', '_', '$'])}${random.int(0, 35 * 36).toString(36)}`;

/** Minified-looking JavaScript of about `size` characters. */
function scriptChunk(random: Random, size: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    let part: string;
    switch (random.int(0, 3)) {
      case 0:
        part = `window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot("/${random.int(1000, 99999)}/news/${identifier(random)}",[[${random.pick([300, 728, 970, 320])},${random.pick([250, 90, 100, 50])}]],"div-gpt-ad-${random.int(1e9, 2e9)}-${random.int(0, 9)}").addService(googletag.pubads())});`;
        break;
      case 1:
        part = `function ${identifier(random)}(${identifier(random)},${identifier(random)}){var ${identifier(random)}=${random.int(0, 999)};return ${identifier(random)}&&${identifier(random)}.length>${random.int(1, 64)}?${identifier(random)}.slice(0,${random.int(1, 64)}):null}`;
        break;
      case 2:
        part = `var ${identifier(random)}=${JSON.stringify({ id: random.int(1, 1e6), v: random.next().toFixed(6), k: identifier(random), on: random.chance(0.5) })};`;
        break;
      default:
        part = `document.addEventListener("${random.pick(['scroll', 'DOMContentLoaded', 'click', 'load'])}",function(e){try{${identifier(random)}(e.target,${random.int(0, 99)})}catch(${identifier(random)}){}});`;
    }
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** CSS rules of about `size` characters. */
function styleChunk(random: Random, size: number): string {
  const properties = ['margin:0 auto', 'padding:12px 16px', 'color:#222', 'display:flex', 'font-size:14px', 'line-height:1.6', 'border-bottom:1px solid #e5e5e5', 'background:#fff', 'position:relative', 'gap:8px', 'text-transform:uppercase', 'font-weight:700'];
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const rule = `.${identifier(random)}-${identifier(random)}${random.chance(0.3) ? ' a:hover' : ''}{${random.sample(properties, random.int(2, 5)).join(';')}}`;
    parts.push(rule);
    length += rule.length;
  }
  return parts.join('');
}

/** SVG `<symbol>` icons of about `size` characters. */
function iconChunk(random: Random, size: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const points = Array.from({ length: random.int(6, 14) }, () => `${random.int(0, 24)}.${random.int(0, 99)} ${random.int(0, 24)}.${random.int(0, 99)}`);
    const symbol = `<symbol id="i-${identifier(random)}" viewBox="0 0 24 24"><path d="M${points.join('L')}Z"></path></symbol>`;
    parts.push(symbol);
    length += symbol.length;
  }
  return parts.join('');
}

/**
 * `count` pieces of `pieces`: a page's share of the pool, as the pieces themselves. They are
 * never concatenated: writePages copies each straight into its output buffer, so a page costs
 * no fresh ~190 KB string (on a loaded 2-core VM, making one cost more than the whole page).
 */
export function cut(pieces: readonly string[], count: number, random: Random): string[] {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(random.pick(pieces));
  return picked;
}

/** A page's text as pieces in order (see {@link cut}); join them to get the page. */
export type Html = string[];

/**
 * A template tag that keeps a page as pieces: `html\`<p>${text}</p>\`` is the literal parts and
 * the values in order, arrays (other `html` results, {@link cut}) spliced in flat.
 */
export function html(strings: TemplateStringsArray, ...values: Array<string | number | readonly string[]>): Html {
  const out: Html = [];
  strings.forEach((literal, i) => {
    if (literal) out.push(literal);
    if (i < values.length) {
      const value = values[i];
      if (Array.isArray(value)) out.push(...value);
      else out.push(String(value));
    }
  });
  return out;
}

/** A `<ul>` of links, each `<li>` in `itemClass`. */
export function linkList(items: readonly Headline[], listClass: string, itemClass: string): string {
  return `<ul class="${listClass}">${items.map((item) => `<li class="${itemClass}"><a href="${esc(item.url)}">${esc(item.title)}</a></li>`).join('')}</ul>`;
}

/** A menu of section links with an icon each, as news sites' mega menus are. */
export function menu(base: string, sections: readonly string[], navClass: string): string {
  const items = sections
    .map((section) => `<li class="${navClass}__item"><a class="${navClass}__link" href="${base}/${section.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"><svg class="icon" aria-hidden="true"><use href="#i-menu"></use></svg><span>${esc(section)}</span></a></li>`)
    .join('');
  return `<nav class="${navClass}" role="navigation"><ul class="${navClass}__list">${items}</ul></nav>`;
}

/** An ad slot: an empty container, a label, and its loader script. */
export function adSlot(label: string, random: Random, cls: string): string {
  const id = `div-gpt-ad-${random.int(1e9, 2e9)}-${random.int(0, 9)}`;
  return `<div class="${cls}"><span class="${cls}__label">${esc(label)}</span><div id="${id}" style="min-height:250px"></div><script>googletag.cmd.push(function(){googletag.display("${id}")});</script></div>`;
}

/** Share buttons (icons only, as they are saved). */
export function shareBar(cls: string, url: string): string {
  const networks = ['facebook', 'x', 'whatsapp', 'telegram', 'linkedin', 'email'];
  return `<div class="${cls}">${networks.map((n) => `<a class="${cls}__btn ${cls}__btn--${n}" href="https://share.example/${n}?u=${encodeURIComponent(url)}" rel="nofollow noopener" target="_blank"><svg width="20" height="20"><use href="#i-${n}"></use></svg></a>`).join('')}</div>`;
}

/** A tracking pixel, as analytics leave at the end of a body. */
export function pixel(host: string, random: Random): string {
  return `<img src="https://stats.${host}/p.gif?r=${random.int(1e6, 9e6)}" width="1" height="1" alt="" style="display:none">`;
}
