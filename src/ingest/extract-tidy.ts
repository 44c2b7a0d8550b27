/**
 * Block-level clean-up of an extracted article body: the lines that sit inside the body
 * container but are not the article — "Read also: …" teasers, ad labels, photo credits, the
 * title and dateline repeated at the top, newsletter and follow-us pitches at the bottom.
 *
 * Works on the (small) extracted subtree only, in document order, one text block at a time.
 */
import type { Element, ElementContent, Root } from 'hast';
import { INLINE } from './extract-signals.ts';

/** What the tidy pass knows about the page. */
export interface TidyContext {
  /** Page titles (`<title>`, `og:title`…), to recognise the headline repeated in the body. */
  titles: string[];
  explain?: (line: string) => void;
}

/**
 * One line of the body: a run of inline content between block boundaries and `<br>`s — a
 * paragraph, a heading, a list item, or one `<br>`-separated line of a `<div>` of text.
 */
interface Line {
  /** The element holding the run (`p`, `h2`, `li`, `div`…), or the root. */
  container: Element | Root;
  /** The run's nodes, children of `container`. */
  nodes: ElementContent[];
  /** The container's tag (`root` for the root). */
  tag: string;
  text: string;
  linkChars: number;
  /** Inside a list item, a table cell, a quote or a figure (not a standalone paragraph). */
  nested: boolean;
  /** Inside a `<figure>`: a caption. */
  inFigure: boolean;
  /** The nearest enclosing list (`ul`/`ol`), if any. */
  list: Element | undefined;
}

// "Read also" teasers, in the readers' languages. Matched at the start of a block, followed by
// punctuation or the end, case-insensitively.
const READ_ALSO = [
  'read more', 'read also', 'also read', 'read next', 'related', 'related articles', 'related stories',
  'related coverage', 'related content', 'related news', 'related posts', 'related links', 'more', 'more on this',
  'more on this story', 'see also', 'also see', 'also', "don't miss", 'do not miss', 'recommended',
  'recommended for you', 'you may also like', 'you might also like', 'you may like', 'more from',
  'further reading', 'watch', 'watch now', 'listen', 'must read', 'trending', 'popular',
  'baca juga', 'baca', 'lihat juga', 'simak juga', 'simak', 'baca selengkapnya', 'artikel terkait', 'berita terkait',
  'читайте также', 'читайте тоже', 'смотрите также', 'читать также', 'по теме', 'читайте також', 'дивіться також',
  'по темі', 'читайте', 'lesen sie auch', 'lesen sie dazu', 'lesen sie mehr', 'mehr zum thema', 'auch interessant',
  'das könnte sie auch interessieren', 'weiterlesen', 'siehe auch', 'lire aussi', 'à lire aussi', 'a lire aussi',
  'voir aussi', 'lee también', 'lea también', 'leer más', 'te puede interesar', 'leia também', 'leia mais',
  'veja também', 'você pode gostar', 'leggi anche', 'leggi anche su', 'czytaj także', 'czytaj też',
  'zobacz także', 'zobacz też', 'le puede interesar', 'puede interesarte', 'también te puede interesar',
  'vea también', 'ver también', 'puedes ver', 'schon gelesen', 'zum weiterlesen',
  'auch lesen', 'lesen sie', 'weitere artikel', 'weitere beiträge', 'ähnliche beiträge', 'ähnliche artikel',
  'das könnte dich auch interessieren', 'das könnte sie interessieren', 'das könnte dich interessieren',
  'das thema könnte dich auch interessieren', 'passend dazu', 'mehr dazu', 'mehr zu', 'mehr themen',
  'more stories', 'more news', 'more articles', 'you might like', 'recommended reading', 'related reading',
  'ezek is érdekelhetnek', 'dowiedz się więcej', 'sur le même sujet', 'à lire également', 'a lire également',
  'lire également', 'artículos relacionados', 'noticias relacionadas', 'notícias relacionadas',
  'artigos relacionados', 'articoli correlati', 'похожие статьи', 'похожие новости', 'схожі новини',
  'baca artikel', 'artikel lainnya', 'berita lainnya', 'simak video', 'lihat video', 'tonton juga', 'tonton video',
  'pilihan untuk anda', 'pilihan redaksi', 'baca berita', 'halaman selanjutnya',
];

/** Whole-line labels of ads, players and widgets. */
const LABELS = [
  'advertisement', 'advertisment', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'anzeige',
  'werbung', 'реклама', 'publicité', 'publicidad', 'publicidade', 'pubblicità', 'reklama', 'iklan',
  'scroll to continue with content', 'continue reading below', 'story continues below', 'article continues below',
  'story continues below advertisement', 'continue reading the main story', 'skip advertisement',
  'media playback is unsupported on your device', 'this slideshow requires javascript', 'loading',
  'sharing is caring', 'share this article', 'share this', 'share', 'share on facebook', 'share on twitter',
  'tweet', 'email', 'print', 'comments', 'comment', 'leave a comment', 'tags', 'topics', 'filed under',
  'like this story? share it with a friend', 'learn more', 'click here', 'bagikan', 'komentar', 'kommentare',
  'teilen', 'поделиться', 'комментарии', 'коментарі', 'поділитися', 'close', 'more', 'advertising',
  'wird geladen', 'loading...', 'bild anzeigen', 'gefällt mir', 'like this', 'pdf', 'drucken', 'imprimir',
  'compartir', 'partager', 'condividi', 'udostępnij', 'kontakt', 'contact',
  // The "Like" widget of WordPress blogs, in the languages it ships in.
  'like loading', 'gefällt mir wird geladen', "j'aime chargement", 'me gusta cargando', 'mi piace caricamento',
];

/** Credit and caption lines: "Photo: …", "(Getty Images)", "Image copyright …". */
const CREDIT_START =
  /^(?:\(?\s*(?:photo|photos|foto|fotos|fotó|image|images|picture|pictures|pic|bild|bilder|titelbild|abbildung|credit|credits|crédit|crédits|crédits photos?|source|quelle|sumber|фото|джерело|источник|image source|image credit|image caption|image copyright|media caption|photo credit|photograph|illustration|video)\s*(?:credit|by)?\s*[:©|/]|copyright\s*[:©]|©)/i;
const CREDIT_END =
  /(?:getty images|getty|shutterstock(?:\.com)?|reuters|associated press|ap photo[^)]*|afp|dpa|epa|istock(?:photo)?|file photo|wenn\.com|imago(?: images)?|picture alliance|picture-alliance)\)?\.?$/i;
/** Staff credits: "Editor: Rina", "Penulis: …", and Indonesian desk initials "(rdp/imk)". */
const STAFF_LINE =
  /^(?:(?:editor|editors|penulis|reporter|redaktur|pewarta|writer|written by|author|autor|автор|редактор|редакция|redaktion|redakteur|texto|texte)\s*[:：]\s*\S.{0,60}|\(\s*[a-z]{2,5}(?:\s*[/,]\s*[a-z]{2,5})+\s*\))$/iu;
/** News agency credits: "AFP / MARCO BERTORELLO", "REUTERS/Denis Balibouse". */
const AGENCY_START = /^(?:afp|ap|dpa|epa|reuters|imago|getty|ansa|efe|tass|ria novosti|антара|antara)\s*\/\s*\S/i;
/** Affiliate and advertising disclosures. */
const DISCLOSURE_START =
  /^[\s*]*(?:(?:werbung|anzeige)\s*[.:,|–-]|affiliate|disclosure|transparenz|this (?:post|article|page) (?:may )?contains?|we (?:may )?earn|we recommend the best products|(?:bei den|die mit \S+ markierten) (?:links|verlinkungen)|für links auf dieser seite|enthält (?:werbung|affiliate)|alle angaben ohne gewähr|\*\s*affiliate)/i;
/** A line that is nothing but a date (and time): "11 Jan 2019", "03.04.2020 | 14:30". */
const DATE_ONLY =
  /^[\s(]*(?:(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|senin|selasa|rabu|kamis|jumat|sabtu|minggu)[a-z]*[,.]?\s*)?(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[\p{L}]{3,12}\.?,?\s+\d{4}|[\p{L}]{3,12}\.?\s+\d{1,2},?\s+\d{4})(?:[\s,|–-]+(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|wib|wita|wit|cet|cest|mez|utc|gmt|et|est|edt|pst|pdt))?)?[\s)]*$/iu;

/** "Tags: a, b, c" and "Themen: …" lines listing the article's keywords. */
const TAG_LINE =
  /^(?:tags?|tagged|tagged with|topics?|keywords?|themen|thema|schlagworte|schlagwörter|stichworte|stichwörter|etiquetas|temas|palabras clave|sujets|mots-clés|tag|теги|метки|теґи|ключевые слова|kata kunci|topik)\s*[:：]/i;

/**
 * Appeals, widgets and disclaimers that are never the article, wherever they stand in a short
 * line: app and channel pitches, support/membership appeals, comment-form and login prompts,
 * "opinions are the author's own" and licence/rights notices.
 */
const APPEAL =
  /\b(?:(?:download|get) (?:the|our) [^.]{0,40}\bapps?\b|with the [^.]{0,30}\bapp\b\.?$|follow [^.]{0,40}\bon (?:twitter|facebook|instagram|tiktok|youtube|telegram|whatsapp)\b|(?:canal|grupo) de (?:telegram|whatsapp|youtube)|nuestro canal de|(?:support|supporting) (?:our|independent|local) (?:work|journalism|news|reporting)|consider supporting|rely on (?:your|reader|readers') support|(?:hazte|become a) (?:miembro|member|subscriber|supporter)|we want to hear what you think|letter to the editor|must be logged in|(?:eingeloggt|angemeldet) sein,? um|nicht eingeloggt|not logged in|will not be published|wird nicht veröffentlicht|benötigt und nicht veröffentlicht|required fields are marked|gibt (?:die|ausschließlich die) meinung de[rs] (?:autors|autorin|verfasser\w*)|n'engagent que leurs auteurs|(?:opinions|views) expressed [^.]{0,60}\b(?:are those|do not|does not)|is not responsible for the (?:opinions|content|views)|wszelkie prawa zastrzeżone|prawem autorskim|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|unter der lizenz cc|licensed under (?:a |the )?creative commons)/iu;

/** A caption's credit at the end of a short line: "… (Foto: Getty)", "… (REUTERS/Name)", "…. Foto: Archivo". */
const CREDIT_TAIL =
  /(?:\(\s*(?:foto|fotos|photo|photos|bild|image|imagen|crédit|credit)\s*:[^)]{1,60}\)|\(\s*(?:reuters|afp|ap|efe|dpa|epa|ansa|getty images|imago)\s*\/[^)]{1,60}\)|[.,]\s+(?:foto|fotos|photo|bild|imagen)\s*:\s*[^.:]{1,50})\.?$/iu;

/** "Publiziert: 03.04.2020, 12:35", "Aktualisiert am 17.01.2021.", "Pubblicato il 19 Febbraio 2020": a dateline anywhere. */
const DATELINE_START =
  /^(?:publiziert|veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|published|updated|last updated|posted|news date|pubblicato|aggiornato|ultima modifica|publicado|actualizado|publié|mis à jour|opublikowano|zaktualizowano)(?:\s+(?:am|on|il|el|le|em|dnia))?\s*[:：]?\s*\S/iu;
const HAS_DATE = /\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}/u;

/** Subscribe/follow/copyright pitches that close articles. */
const PITCH =
  /\b(?:subscribe|sign up|newsletter|follow (?:us|him|her|them|me)|join (?:us|our)|get the latest|download (?:the|our) app|all rights reserved|copyright|berlangganan|ikuti kami|подпис|abonnieren|folgen sie|inscreva-se|suscríbete|abonnez-vous|news tip)\b|©/i;

/** Lines that open with a call to subscribe or follow: a pitch wherever it stands. */
const PITCH_START =
  /^[\s\p{P}\p{S}]*(?:subscribe (?:to (?:our|the)|now)|sign up (?:for|to) (?:our|[^.]{0,40}newsletter)|get (?:the|our) [^.]{0,40}newsletter|follow us|join us on|download (?:the|our) [^.]{0,20}app|like us on facebook|never miss|abonnieren sie|folgen sie uns|melden sie sich [^.]{0,40}newsletter|suscr[ií]bete|inscreva-se|abonnez-vous|ikuti kami|berlangganan|dapatkan update|dapatkan berita|mari bergabung|gabung (?:di )?(?:grup|channel)|download aplikasi|artikel ini telah tayang|подпишитесь|підпишіться)/iu;

/** Dates, times and bylines in a short line at the top of the body. */
const MONTHS =
  /\b(?:jan(?:uary|uari|vier|uar)?|feb(?:ruary|ruari|ruar)?|mar(?:ch|et)?|märz|apr(?:il)?|may|mei|mai|jun[ei]?|jul[iy]?|aug(?:ust|ustus)?|agu(?:stus)?|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?|des(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)\b/i;
const DATELINE_WORDS =
  /\b(?:updated|published|posted|last modified|modified|diperbarui|dipublikasikan|diterbitkan|aktualisiert|veröffentlicht|обновлено|опубликовано|оновлено|опубліковано|reading time|min read|minutes? read|tempo de leitura|lesezeit|время чтения)\b/i;
const BYLINE_START = /^(?:by|oleh|penulis|reporter|editor|von|от|автор|por|par|di|written by|text:|text von)\s/i;
const YEAR_OR_TIME = /\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.]\d{2}\b/;

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower-cased, without surrounding punctuation and brackets. */
function bare(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

const LABEL_SET = new Set(LABELS);
const READ_ALSO_RE = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${READ_ALSO.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(?:[:：\\-–—»>|.…!?]|$)`,
  'iu',
);

// Only phrases of several words: a single word opening a short line ("Related to this, …")
// is too often the start of a sentence.
const READ_ALSO_LOOSE = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:${READ_ALSO.filter((phrase) => phrase.includes(' '))
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
  'iu',
);

/** Is this block a "read also" teaser, an ad label, or a photo credit? Anywhere in the body. */
function isBoilerplateLine(block: Line): boolean {
  const text = block.text;
  const lower = bare(text);
  if (lower === '') return false;
  if (LABEL_SET.has(lower)) return true;
  const density = text.length === 0 ? 0 : block.linkChars / text.length;
  if (READ_ALSO_RE.test(text) && (density > 0.3 || text.length < 160)) return true;
  // A paragraph that is nothing but a link is a teaser for another article.
  // (Not a heading, and not an address written out: those are part of the text.)
  if (!block.nested && density >= 0.9 && text.length < 200 && !HEADING.test(block.tag) && !/@|https?:|www\./.test(text)) {
    return true;
  }
  if (text.length < 250 && PITCH_START.test(text)) return true;
  if (text.length < 300 && APPEAL.test(text)) return true;
  // (A figure's own caption keeps its credit: the picture is there.)
  if (!block.inFigure && text.length < 160 && CREDIT_TAIL.test(text)) return true;
  if (text.length < 100 && DATELINE_START.test(text) && HAS_DATE.test(text)) return true;
  if (text.length < 300 && DISCLOSURE_START.test(text)) return true;
  if (text.length < 60 && DATE_ONLY.test(text)) return true;
  if (text.length < 80 && AGENCY_START.test(text)) return true;
  if (text.length < 80 && STAFF_LINE.test(text)) return true;
  // A short label announcing teasers, however it goes on ("Lesen Sie auch die folgenden Beiträge:").
  if (text.length < 80 && /[:：…]$|\.\.\.$/.test(text) && READ_ALSO_LOOSE.test(text)) return true;
  if (text.length < 300 && TAG_LINE.test(text) && (density > 0.3 || text.split(/[,;|]/).length > 2)) return true;
  if (text.length < 200 && (CREDIT_START.test(text) || (text.length < 80 && text.split(' ').length <= 6 && CREDIT_END.test(text)))) return true;
  return false;
}

function isLinkOnly(line: Line): boolean {
  return line.linkChars >= line.text.length * 0.9 && !/@|https?:|www\./.test(line.text);
}

function isTitle(text: string, titles: string[]): boolean {
  const lower = bare(text);
  if (lower.length < 8) return false;
  for (const title of titles) {
    const t = bare(title);
    if (t === lower || (t.includes(lower) && lower.length >= t.length * 0.5) || (lower.includes(t) && t.length >= lower.length * 0.7)) {
      return true;
    }
  }
  return false;
}

/** A dateline, byline or reading-time line, as found above articles. */
function isMetaLine(block: Line): boolean {
  const text = block.text;
  if (text.length > 120) return false;
  if (DATELINE_WORDS.test(text)) return true;
  const words = text.split(' ').length;
  if (BYLINE_START.test(text) && words <= 12) return true;
  if (words <= 12 && YEAR_OR_TIME.test(text) && (MONTHS.test(text) || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text))) return true;
  return false;
}

const HEADING = /^h[1-6]$/;

/**
 * Remove boilerplate lines from an extracted body, in place. Returns the root for chaining.
 */
export function tidyArticle(root: Root, context: TidyContext): Root {
  stripShortcodes(root);
  const lines: Line[] = [];
  collectLines(root, 'root', false, false, undefined, lines);
  const remove = new Set<Line>();

  for (const line of lines) if (isBoilerplateLine(line)) remove.add(line);

  // The links under a "Related:" / "More on this story" label are the teasers it announces.
  for (let i = 0; i < lines.length; i++) {
    if (!remove.has(lines[i]) || !READ_ALSO_RE.test(lines[i].text)) continue;
    for (let j = i + 1; j < lines.length && isLinkOnly(lines[j]); j++) remove.add(lines[j]);
  }

  // Top of the body: the headline, datelines and bylines, until the first real paragraph.
  // Captions of a lead picture come before the text too: skipped, not a reason to stop.
  for (const line of lines) {
    if (remove.has(line) || line.inFigure) continue;
    const heading = HEADING.test(line.tag);
    if (line.tag === 'h1' || isTitle(line.text, context.titles) || isMetaLine(line)) {
      remove.add(line);
      continue;
    }
    if (line.text.length >= 80 && !heading) break;
  }

  // Bottom of the body: newsletter, follow-us and copyright lines.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (remove.has(line) || line.inFigure) continue;
    if (line.text.length < 300 && PITCH.test(line.text)) {
      remove.add(line);
      continue;
    }
    break;
  }

  // An `h1` anywhere is the page's headline, not a section of the article.
  for (const line of lines) if (line.tag === 'h1') remove.add(line);

  const nodes = new Set<ElementContent>();
  for (const line of remove) {
    context.explain?.(`dropped line: <${line.tag}> ${JSON.stringify(line.text.slice(0, 80))}`);
    for (const node of line.nodes) nodes.add(node);
  }
  // Also drops containers left empty (by this or by the extractor).
  prune(root, nodes);
  return root;
}

/**
 * WordPress shortcodes left as text by a theme that did not expand them: `[caption …]…[/caption]`
 * and `[embed]…[/embed]` go whole (a caption, a URL); other tags (`[button link="…"]`,
 * `[/box]`) go, their content stays. An opening tag needs an attribute (`name=`), so
 * bracketed words of the text ("[sic]", "[1]") are left alone.
 */
const SHORTCODE_BLOCK = /\[(caption|embed|video|audio|gallery)\b[^\]]*\][\s\S]*?\[\/\1\]/gi;
const SHORTCODE_TAG = /\[\/[a-z_][\w-]*\]|\[[a-z_][\w-]*\s+[\w-]+\s*=[^\]\n]*\]/gi;

function stripShortcodes(node: Element | Root): void {
  for (const child of node.children) {
    if (child.type === 'element') stripShortcodes(child);
    else if (child.type === 'text' && child.value.includes('[')) {
      child.value = child.value.replace(SHORTCODE_BLOCK, ' ').replace(SHORTCODE_TAG, ' ');
    }
  }
}

/** Gather the lines of a subtree in document order. */
function collectLines(
  node: Element | Root,
  tag: string,
  nested: boolean,
  inFigure: boolean,
  list: Element | undefined,
  out: Line[],
): void {
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const { text, linkChars } = measureRun(run);
    if (text !== '') out.push({ container: node, nodes: run, tag, text, linkChars, nested, inFigure, list });
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'text') run.push(child);
    else if (child.type === 'element') {
      const name = child.tagName;
      if (name === 'br') {
        flush();
      } else if (INLINE.has(name) && !hasBlockInside(child)) {
        run.push(child);
      } else {
        flush();
        const innerNested = nested || name === 'li' || name === 'td' || name === 'th' || name === 'blockquote' || name === 'figure';
        const innerList = name === 'ul' || name === 'ol' ? child : list;
        collectLines(child, name, innerNested, inFigure || name === 'figure', innerList, out);
      }
    }
  }
  flush();
}

function hasBlockInside(element: Element): boolean {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (!INLINE.has(child.tagName) || hasBlockInside(child)) return true;
  }
  return false;
}

function measureRun(nodes: ElementContent[]): { text: string; linkChars: number } {
  let text = '';
  let linkChars = 0;
  const walk = (node: ElementContent, inLink: boolean) => {
    if (node.type === 'text') {
      text += node.value;
      if (inLink) linkChars += normalize(node.value).length;
    } else if (node.type === 'element') {
      if (node.tagName === 'br') text += ' ';
      for (const child of node.children) walk(child, inLink || node.tagName === 'a');
    }
  };
  for (const node of nodes) walk(node, false);
  return { text: normalize(text), linkChars };
}

/** Remove the given nodes, then elements left without text or media. */
function prune(node: Element | Root, remove: Set<ElementContent>): boolean {
  const kept: ElementContent[] = [];
  let hasContent = false;
  for (const child of node.children) {
    if (child.type === 'element') {
      if (remove.has(child)) continue;
      const content = prune(child, remove) || MEDIA.has(child.tagName);
      if (content) hasContent = true;
      // Line breaks and table cells keep their place even when empty.
      if (content || child.tagName === 'br' || child.tagName === 'td' || child.tagName === 'th' || child.tagName === 'hr') kept.push(child);
    } else if (child.type === 'text') {
      if (remove.has(child)) continue;
      if (child.value.trim() !== '') hasContent = true;
      kept.push(child);
    }
  }
  node.children = kept;
  return hasContent;
}

/** Elements that carry meaning without text. */
const MEDIA = new Set(['img', 'picture', 'video', 'audio']);
