import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest } from '../../src/ingest/ingest.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtureContent = path.join(repoRoot, 'test/fixtures/content');
const now = new Date('2026-01-01T00:00:00Z');
const run = promisify(execFile);

/** Every file under `dir` (hidden ones too) with a hash of its bytes, sorted. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const hash = createHash('sha256').update(await readFile(file)).digest('hex');
    files.push(`${path.relative(dir, file)} ${hash}`);
  }
  return files.sort();
}

async function readOutput(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(out)).sort()) files.set(name, await readFile(path.join(out, name), 'utf8'));
  return files;
}

/** A summary line without its timing ("…; 0.4 s"), which varies. */
function withoutTime(line: string): string {
  return line.replace(/; \d+\.\d s$/, '');
}

function frontmatterOf(text: string): Record<string, unknown> {
  return parse(text.split(/^---$/m)[1]);
}

describe('ingest', () => {
  let dir: string;
  let content: string;
  let out: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-ingest-'));
    content = path.join(dir, 'content');
    out = path.join(dir, 'out');
    await cp(fixtureContent, content, { recursive: true });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the good files, reports each bad one with its path and reason, and sums up', async () => {
    const lines: string[] = [];
    const report = await ingest(content, out, { now, log: (line) => lines.push(line) });
    expect(report.articles.map(({ file, slug }) => [file, slug])).toEqual([
      ['Saved Page.html', 'saved-page'],
      ['html/talks.html', 'html-talks'],
      ['news/council.md', 'news-council'],
      ['news/geneva.txt', 'news-geneva'],
      ['notes/briefing.txt', 'notes-briefing'],
    ]);
    expect(await readdir(out)).toEqual(['.inputs.json', '.manifest.json', '.stories.json', 'html-talks.md', 'news-council.md', 'news-geneva.md', 'notes-briefing.md', 'saved-page.md']);
    expect(lines.map(withoutTime)).toEqual([
      expect.stringMatching(/^bad\/broken-frontmatter\.md: failed: frontmatter: invalid YAML at line 3, column \d+: /),
      'bad/empty.txt: failed: empty file',
      'bad/garbage.txt: failed: looks like a binary file, not a saved page',
      'orphan.yml: skipped: no input named orphan.* for this sidecar to correct',
      'scan.pdf: skipped: not a supported file type (.pdf)',
      // Some of these articles tell one event (which ones is the story stage's: ingest-stories.test.ts).
      expect.stringMatching(/^stories: [1-9]\d* \([1-9]\d* new\)$/),
      'ingested 5 articles (5 new), 3 failed, 2 skipped; arms-control 3, geneva-talks 3',
    ]);
    // Without --strict a run with failures is still a success.
    expect(report.ok).toBe(true);
  });

  it('never reads the browser\'s *_files folder, hidden files or configuration as articles', async () => {
    const report = await ingest(content, out, { now });
    const mentioned = [...report.articles, ...report.failed, ...report.skipped].map((entry) => entry.file);
    expect(mentioned.filter((file) => /_files\/|\.DS_Store|topics\.yml|geneva\.yml|talks\.yml|sites\//.test(file))).toEqual([]);
  });

  it('applies frontmatter, sidecar corrections and topic rules', async () => {
    await ingest(content, out, { now });
    const files = await readOutput(out);
    const council = frontmatterOf(files.get('news-council.md')!);
    expect(council).toMatchObject({ title: 'NATO–Russia Council meets in Brussels', published: '2022-01-12', topics: ['arms-control'] });
    const geneva = frontmatterOf(files.get('news-geneva.md')!);
    expect(geneva).toMatchObject({
      title: 'Geneva talks end without a breakthrough',
      url: 'https://news.example.com/2022/01/geneva-talks',
      published: '2022-01-10',
      topics: ['geneva-talks', 'arms-control'],
      lang: 'en',
      sourceFile: 'news/geneva.txt',
    });
    expect(geneva.titleGuessed).toBeUndefined();
    expect(files.get('news-geneva.md')).not.toContain('Five things to know');
    const briefing = frontmatterOf(files.get('notes-briefing.md')!);
    // One mention of Jenewa is not enough for the topic (minMentions 2), and a guessed title
    // (the first sentence) is not counted twice.
    expect(briefing).toMatchObject({ titleGuessed: true, published: '2022-01-10', publishedFrom: 'weekday', topics: [], lang: 'id' });
  });

  it('reads a saved HTML page end to end: metadata, site rule, sidecar, sanitizing', async () => {
    await ingest(content, out, { now });
    const text = (await readOutput(out)).get('html-talks.md')!;
    // Its story, if any, is the story stage's (ingest-stories.test.ts).
    expect({ ...frontmatterOf(text), story: undefined }).toEqual({
      title: 'Geneva talks leave Russia and NATO far apart',
      source: 'Example News',
      url: 'https://news.example.com/world/2022/01/geneva-talks',
      // The sidecar talks.yml corrects the byline the page gives.
      byline: 'Ana Correspondent',
      published: '2022-01-10T18:00:00+01:00',
      lang: 'en',
      topics: ['geneva-talks', 'arms-control'],
      summary: 'Eight hours of talks in Geneva ended with both sides restating their positions on Ukraine and NATO enlargement.',
      sourceFile: 'html/talks.html',
    });
    const body = text.split(/^---$/m)[2];
    expect(body).toContain('Russian and American negotiators spent eight hours in Geneva on Monday');
    expect(body).toContain('nothing about Ukraine could be decided without Ukraine.');
    // Relative links resolved against the page's URL.
    expect(body).toContain('[arms control](https://news.example.com/topics/arms-control)');
    // The site rule's strip, the page's chrome and everything active are gone.
    for (const gone of ['Subscribe to our newsletter', 'Most read', 'Football scores', 'Business', 'All rights reserved', 'tracker', 'onerror', 'javascript:', 'alert(', '<']) {
      expect(body).not.toContain(gone);
    }
  });

  it('decodes a windows-1252 page and keeps the images in its _files folder', async () => {
    const media = path.join(dir, 'media');
    await ingest(content, out, { now, mediaDir: media });
    const text = (await readOutput(out)).get('saved-page.md')!;
    expect(frontmatterOf(text)).toMatchObject({ title: 'Kiew: Gespräche in Genf ohne Ergebnis', lang: 'de' });
    const [image] = await readdir(path.join(media, 'saved-page'));
    expect(image).toMatch(/^[0-9a-f]{20}\.png$/);
    expect(text).toContain(`![Delegationen in Genf](/article-media/saved-page/${image})`);
    expect(await readFile(path.join(media, 'saved-page', image))).toEqual(await readFile(path.join(content, 'Saved Page_files/photo.png')));
  });

  it('keeps carried images on the site even when the page has an address', async () => {
    const page = await readFile(path.join(content, 'Saved Page.html'), 'latin1');
    // The same page twice would be one article with a copy: this one replaces the first.
    await rm(path.join(content, 'Saved Page.html'));
    await writeFile(
      path.join(content, 'linked.html'),
      page.replace('<head>', '<head><link rel="canonical" href="https://zeitung.example.de/politik/genf">'),
      'latin1',
    );
    await ingest(content, out, { now, mediaDir: path.join(dir, 'media') });
    const text = (await readOutput(out)).get('linked.md')!;
    expect(frontmatterOf(text).url).toBe('https://zeitung.example.de/politik/genf');
    expect(text).toMatch(/!\[Delegationen in Genf\]\(\/article-media\/linked\/[0-9a-f]{20}\.png\)/);
  });

  it('places a date written without a year before the day a SingleFile page was saved', async () => {
    const body = [
      'Delegasi Rusia tiba di Jenewa pada hari Minggu (08/01) untuk membahas krisis di perbatasan Ukraina dengan NATO.',
      'Menteri Luar Negeri Rusia mengatakan pembicaraan dengan NATO tidak akan mudah, menurut kantor berita Interfax.',
      'Para diplomat Ukraina mengikuti perundingan itu dari Kyiv dan menolak setiap kesepakatan tanpa Ukraina.',
    ].map((text) => `<p>${text}</p>`).join('');
    const page = (saved: string) =>
      `<!DOCTYPE html> <html lang="id"><!--\n Page saved with SingleFile \n url: https://berita.example.id/dunia/jenewa \n saved date: ${saved}\n--><head><title>Delegasi Rusia tiba di Jenewa</title></head><body><article><h1>Delegasi Rusia tiba di Jenewa</h1>${body}</article></body></html>`;
    // 8 January fell on a Sunday in 2017 and 2023: the save date decides which.
    await writeFile(path.join(content, 'saved-2017.html'), page('Tue Jan 10 2017 09:12:44 GMT+0700 (Western Indonesia Time)'));
    await writeFile(path.join(content, 'unsaved.html'), page('').replace(/<!--[\s\S]*?-->/, ''));
    await ingest(content, out, { now });
    const output = await readOutput(out);
    expect(frontmatterOf(output.get('saved-2017.md')!).published).toBe('2017-01-08');
    expect(frontmatterOf(output.get('unsaved.md')!).published).toBe('2023-01-08');
  });

  it('reads an MHTML archive and keeps the image it carries as a part', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const boundary = '----MultipartBoundary--kliping----';
    const paragraphs = [
      'Negotiators from Russia and the United States met in Geneva on Monday for talks that lasted eight hours.',
      'Both sides said afterwards that the gap over NATO enlargement and Ukraine remained wide.',
      'Further meetings are planned in Brussels and Vienna later in the week, officials said.',
    ];
    const html = `<html lang=3D"en"><head><title>Archived story</title></head><body><article><h1>Archived story</h1>${paragraphs
      .map((text) => `<p>${text}</p>`)
      .join('')}<img src=3D"https://news.example.com/pic.png" alt=3D"Pic"></article></body></html>`;
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example.com/mhtml-story',
      'Subject: Archived story',
      'MIME-Version: 1.0',
      `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://news.example.com/mhtml-story',
      '',
      html,
      '',
      `--${boundary}`,
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://news.example.com/pic.png',
      '',
      png,
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    await writeFile(path.join(content, 'archive.mhtml'), mhtml);
    const media = path.join(dir, 'media');
    const report = await ingest(content, out, { now, mediaDir: media });
    expect(report.failed.map((entry) => entry.file)).not.toContain('archive.mhtml');
    const text = (await readOutput(out)).get('archive.md')!;
    expect(frontmatterOf(text)).toMatchObject({ title: 'Archived story', url: 'https://news.example.com/mhtml-story', lang: 'en' });
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    const [image] = await readdir(path.join(media, 'archive'));
    expect(text).toContain(`![Pic](/article-media/archive/${image})`);
  });

  it('stops on an invalid site rule, naming it, before anything is written', async () => {
    await ingest(content, out, { now });
    const before = await readOutput(out);
    await writeFile(path.join(content, 'sites/news.example.com.yml'), 'body: .story-body\nstrip: ["p:::bad"]\n');
    const lines: string[] = [];
    const report = await ingest(content, out, { now, log: (line) => lines.push(line) });
    expect(lines).toEqual([
      expect.stringMatching(/^sites\/news\.example\.com\.yml: failed: "strip" item 1 is not a valid CSS selector/),
      'stopped: 1 mistake in the configuration (above); nothing was written',
    ]);
    expect(report).toMatchObject({ stopped: true, ok: false, articles: [] });
    expect(await readOutput(out)).toEqual(before);
  });

  it('gives byte-identical output on a second run, without rewriting files', async () => {
    await ingest(content, out, { now });
    const first = await readOutput(out);
    const times = await Promise.all([...first.keys()].map(async (name) => (await stat(path.join(out, name))).mtimeMs));
    const report = await ingest(content, out, { now });
    expect(await readOutput(out)).toEqual(first);
    expect(report.articles.every((article) => !article.changed)).toBe(true);
    expect(await Promise.all([...first.keys()].map(async (name) => (await stat(path.join(out, name))).mtimeMs))).toEqual(times);
  });

  it('gives the same bytes from a fresh output folder', async () => {
    await ingest(content, out, { now });
    const other = path.join(dir, 'other');
    await ingest(content, other, { now });
    expect(await readOutput(other)).toEqual(await readOutput(out));
  });

  it('never changes anything under content/', async () => {
    const before = await snapshot(content);
    await ingest(content, out, { now });
    await ingest(content, out, { now, strict: true });
    expect(await snapshot(content)).toEqual(before);
  });

  it('removes generated files whose input disappeared or now fails, and nothing else', async () => {
    await ingest(content, out, { now });
    await writeFile(path.join(out, 'hand-written.md'), '# Mine\n');
    await writeFile(path.join(out, '.news-geneva.123.abcd.tmp'), 'left by a crash');
    const anHourAgo = new Date(Date.now() - 3600_000);
    await utimes(path.join(out, '.news-geneva.123.abcd.tmp'), anHourAgo, anHourAgo);
    await writeFile(path.join(out, '.news-geneva.456.ef01.tmp'), 'another run, still writing');
    await rm(path.join(content, 'notes/briefing.txt'));
    await writeFile(path.join(content, 'news/council.md'), '');
    const report = await ingest(content, out, { now });
    expect(report.removed).toEqual(['news-council', 'notes-briefing']);
    expect(await readdir(out)).toEqual(['.inputs.json', '.manifest.json', '.news-geneva.456.ef01.tmp', '.stories.json', 'hand-written.md', 'html-talks.md', 'news-geneva.md', 'saved-page.md']);
  });

  it('stops on an invalid topics.yml, naming the place, and leaves every article as it was', async () => {
    await ingest(content, out, { now });
    const before = await readOutput(out);
    expect(frontmatterOf(before.get('news-geneva.md')!).topics).toEqual(['geneva-talks', 'arms-control']);
    await writeFile(
      path.join(content, 'topics.yml'),
      'topics:\n  - slug: fine\n    title: Fine\n    all: [[Geneva]]\n  - slug: Not_OK\n    title: Bad\n    all: [[x]]\n',
    );
    await writeFile(path.join(content, 'sites/other.example.yml'), 'body: 3\n');
    const lines: string[] = [];
    const report = await ingest(content, out, { now, log: (line) => lines.push(line) });
    // Every mistake at once, then the stop; not one article rewritten without its topics.
    expect(lines).toEqual([
      'sites/other.example.yml: failed: "body" must be a CSS selector (text), found number 3',
      'topics.yml: failed: topics[1].slug must be lowercase letters, digits and hyphens',
      'stopped: 2 mistakes in the configuration (above); nothing was written',
    ]);
    expect(report.ok).toBe(false);
    expect(await readOutput(out)).toEqual(before);
  });

  it('reports a bad sidecar under its own name, holding back its article', async () => {
    await writeFile(path.join(content, 'news/geneva.yml'), 'title: Fine\nurl: javascript:alert(1)\n');
    const report = await ingest(content, out, { now });
    expect(report.failed).toContainEqual({ file: 'news/geneva.yml', reason: 'url must be an http(s) address (news/geneva.txt waits for it)' });
    expect(report.articles.map((article) => article.file)).not.toContain('news/geneva.txt');
  });

  it('reads one article of a name saved twice (x.txt and x.md), and says which copy it left', async () => {
    await writeFile(path.join(content, 'news/geneva.md'), '# Geneva, again\n\nA Markdown version of the Geneva story, with enough words.\n');
    const report = await ingest(content, out, { now });
    expect(report.articles.filter((article) => article.file.startsWith('news/geneva'))).toEqual([
      { file: 'news/geneva.md', slug: 'news-geneva', changed: true, status: 'new' },
    ]);
    expect(report.skipped).toContainEqual({ file: 'news/geneva.txt', reason: 'the same article as geneva.md, which is read instead (rename one to keep both)' });
  });

  it('never moves an article to another address when a file with a clashing name is added', async () => {
    await writeFile(path.join(content, 'a-b.txt'), 'Diplomats met in Geneva on Monday and talked for eight hours about Ukraine.\n');
    const first = await ingest(content, out, { now });
    expect(first.articles.find((article) => article.file === 'a-b.txt')?.slug).toBe('a-b');
    // "A_B.TXT" sorts before "a-b.txt" and makes the same slug: it is the newcomer that moves.
    await writeFile(path.join(content, 'A_B.TXT'), 'Another article entirely, about talks in Brussels on Wednesday and NATO.\n');
    await writeFile(path.join(content, 'a b.txt'), 'A third one, about Vienna and the OSCE meeting on Thursday afternoon.\n');
    const second = await ingest(content, out, { now });
    const slugOf = (file: string) => second.articles.find((article) => article.file === file)?.slug;
    expect(slugOf('a-b.txt')).toBe('a-b');
    expect(slugOf('A_B.TXT')).toMatch(/^a-b-[0-9a-f]{8}$/);
    expect(slugOf('a b.txt')).toMatch(/^a-b-[0-9a-f]{8}$/);
    // The slugs are remembered even when the generated articles are gone (a fresh output).
    await rm(path.join(out, 'a-b.md'));
    await rm(path.join(content, 'a-b.txt'));
    await ingest(content, out, { now });
    await writeFile(path.join(content, 'a-b.txt'), 'Diplomats met in Geneva on Monday and talked for eight hours about Ukraine.\n');
    const third = await ingest(content, out, { now });
    expect(third.articles.find((article) => article.file === 'a-b.txt')?.slug).toBe('a-b');
    expect(third.articles.find((article) => article.file === 'A_B.TXT')?.slug).toBe(slugOf('A_B.TXT'));
  });

  it('keeps the slugs of an archive made before the manifest, read back from its articles', async () => {
    await writeFile(path.join(content, 'a-b.txt'), 'Diplomats met in Geneva on Monday and talked for eight hours about Ukraine.\n');
    await ingest(content, out, { now });
    await rm(path.join(out, '.manifest.json'));
    await writeFile(path.join(content, 'A_B.TXT'), 'Another article entirely, about talks in Brussels on Wednesday and NATO.\n');
    const report = await ingest(content, out, { now });
    expect(report.articles.find((article) => article.file === 'a-b.txt')?.slug).toBe('a-b');
    expect(report.articles.find((article) => article.file === 'A_B.TXT')?.slug).toMatch(/^a-b-[0-9a-f]{8}$/);
  });

  it('does not follow links out of content/', async () => {
    const outside = path.join(dir, 'secret.txt');
    await writeFile(outside, 'A private note that must never be published on the site, whatever happens.');
    await symlink(outside, path.join(content, 'notes/link.txt'));
    const report = await ingest(content, out, { now });
    expect(report.skipped).toContainEqual({ file: 'notes/link.txt', reason: 'a link to something outside content/ (or to a folder)' });
    expect([...(await readOutput(out)).values()].join('\n')).not.toContain('private note');
  });

  it('keeps the images an input carries in the media folder, and removes them with the input', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    await mkdir(path.join(content, 'pics/story_files'), { recursive: true });
    await writeFile(path.join(content, 'pics/story_files/map.png'), png);
    await writeFile(path.join(dir, 'outside.png'), png);
    await writeFile(
      path.join(content, 'pics/story.md'),
      '# Map of the talks\n\nThe delegations met in the old hall of the Geneva venue on Monday morning.\n\n' +
        '![Map](story_files/map.png)\n\n![Inline](data:image/png;base64,' + png.toString('base64') + ')\n\n' +
        '![Escape](../../outside.png) ![Script](data:image/svg+xml;base64,' + Buffer.from('<svg onload="alert(1)"/>').toString('base64') + ')\n',
    );
    const media = path.join(dir, 'media');
    await ingest(content, out, { now, mediaDir: media });
    const files = await readdir(path.join(media, 'pics-story'));
    // The _files picture and the data: URI are the same bytes: one file.
    expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{20}\.png$/)]);
    expect(await readFile(path.join(media, 'pics-story', files[0]))).toEqual(png);
    const markdown = (await readOutput(out)).get('pics-story.md')!;
    expect(markdown).toContain(`![Map](/article-media/pics-story/${files[0]})`);
    expect(markdown).toContain(`![Inline](/article-media/pics-story/${files[0]})`);
    expect(markdown).not.toContain('data:');
    // The file outside content/ is not copied (the link is left for the site to drop).
    expect(markdown.match(/\/article-media\//g)).toHaveLength(2);
    expect(await readdir(media)).toEqual(['pics-story', 'saved-page']);

    await rm(path.join(content, 'pics/story.md'));
    await writeFile(path.join(media, 'saved-page', 'kept-by-hand.txt'), 'not ours');
    await ingest(content, out, { now, mediaDir: media });
    expect(await readdir(media)).toEqual(['saved-page']);
    expect((await readdir(path.join(media, 'saved-page'))).sort()).toEqual([expect.stringMatching(/\.png$/), 'kept-by-hand.txt']);
  });

  it('says so when the content folder does not exist', async () => {
    await expect(ingest(path.join(dir, 'nowhere'), out, { now })).rejects.toThrow(/content folder .*nowhere does not exist/);
  });

  it('refuses an output folder inside content/', async () => {
    await expect(ingest(content, path.join(content, 'generated'), { now })).rejects.toThrow(/must not contain each other/);
    expect(await readdir(content)).not.toContain('generated');
  });
});

describe('the ingest CLI', () => {
  let dir: string;
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const cli = (...args: string[]) => cliWith({}, ...args);
  const cliWith = (env: Record<string, string>, ...args: string[]) =>
    run(process.execPath, [tsx, path.join(repoRoot, 'scripts/ingest.ts'), ...args], { cwd: dir, env: { ...process.env, ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-cli-'));
    await cp(fixtureContent, path.join(dir, 'content'), { recursive: true });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 0 despite failures, 1 with --strict, and prints the report', async () => {
    const plain = await cli('--out', 'generated');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('bad/empty.txt: failed: empty file\n');
    expect(withoutTime(plain.stdout.trimEnd().split('\n').at(-1)!)).toBe('ingested 5 articles (5 new), 3 failed, 2 skipped; arms-control 3, geneva-talks 3');
    expect(await readdir(path.join(dir, 'generated'))).toHaveLength(8);

    const strict = await cli('--strict', '--out', 'generated');
    expect(strict.code).toBe(1);

    await rm(path.join(dir, 'content/bad'), { recursive: true });
    const clean = await cli('--strict', '--out', 'generated');
    expect(clean.code).toBe(0);
    expect(withoutTime(clean.stdout.trimEnd().split('\n').at(-1)!)).toBe('ingested 5 articles (5 unchanged), 0 failed, 2 skipped; arms-control 3, geneva-talks 3');
  });

  it('prints the whole report as JSON with --json, and refuses a --jobs that is not a count', async () => {
    const result = await cli('--json', '--jobs', '1', '--out', 'generated');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.articles).toHaveLength(5);
    expect(report.articles[0]).toEqual({ file: 'Saved Page.html', slug: 'saved-page', changed: true, status: 'new' });
    expect(report.failed.map((entry: { file: string }) => entry.file)).toEqual(['bad/broken-frontmatter.md', 'bad/empty.txt', 'bad/garbage.txt']);
    expect(report.topics).toEqual({ 'arms-control': 3, 'geneva-talks': 3 });
    expect(report.read).toBe(8);
    expect(JSON.parse((await cli('--json', '--out', 'generated')).stdout).read).toBe(0);

    const zero = await cli('--jobs', '0');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--jobs must be a whole number of threads, 1 or more (got "0")');
  });

  it('writes to src/content/articles by default', async () => {
    await rm(path.join(dir, 'content/bad'), { recursive: true });
    const result = await cli();
    expect(result.code).toBe(0);
    expect(await readdir(path.join(dir, 'src/content/articles'))).toEqual([
      '.inputs.json',
      '.manifest.json',
      '.stories.json',
      'html-talks.md',
      'news-council.md',
      'news-geneva.md',
      'notes-briefing.md',
      'saved-page.md',
    ]);
    // And the carried images to public/article-media.
    expect(await readdir(path.join(dir, 'public/article-media'))).toEqual(['saved-page']);
  });

  it('reads the folders the site reads from KLIPING_CONTENT_DIR and KLIPING_ARTICLES_DIR', async () => {
    await rm(path.join(dir, 'content/bad'), { recursive: true });
    await cp(path.join(dir, 'content'), path.join(dir, 'clippings'), { recursive: true });
    await rm(path.join(dir, 'content'), { recursive: true });
    const result = await cliWith({ KLIPING_CONTENT_DIR: 'clippings', KLIPING_ARTICLES_DIR: 'out/articles' });
    expect(result.code).toBe(0);
    expect(withoutTime(result.stdout.trimEnd().split('\n').at(-1)!)).toBe('ingested 5 articles (5 new), 0 failed, 2 skipped; arms-control 3, geneva-talks 3');
    expect(await readdir(path.join(dir, 'out/articles'))).toHaveLength(8);
    // Flags still win over the environment.
    const flagged = await cliWith({ KLIPING_CONTENT_DIR: 'nowhere' }, '--content', 'clippings', '--out', 'flagged');
    expect(flagged.code).toBe(0);
    expect(await readdir(path.join(dir, 'flagged'))).toHaveLength(8);
  });

  it('--explain reads one page without writing and says how its body was chosen', async () => {
    const ruled = await cli('--explain', 'content/html/talks.html');
    expect(ruled.code).toBe(0);
    expect(ruled.stdout).toContain('site rule for news.example.com: body is 1 element(s) matching .story-body\n');
    const result = await cli('--explain', 'content/Saved Page.html');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.some((line) => /^candidate \d+\.\d /.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('chosen '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^result: ".+" \(.*\), topics \[.*\], \d+ characters of Markdown$/);
    // Nothing written: no generated folder, no media.
    expect(await readdir(dir)).toEqual(['content']);
  });

  it('--explain names what is wrong with the file it is given', async () => {
    const missing = await cli('--explain', 'content/missing.html');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('content/missing.html is not a file');
    const outside = await cli('--explain', path.join(repoRoot, 'README.md'));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not inside the content folder');
    const bad = await cli('--explain', 'content/bad/empty.txt');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad/empty.txt: failed: empty file');
  });
});
