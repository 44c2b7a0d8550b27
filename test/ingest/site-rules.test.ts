import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/parse.ts';
import { ConfigError } from '../../src/config/errors.ts';
import { readConfiguration, scanContentFolder } from '../../src/ingest/content-folder.ts';
import { findSiteRule, parseSiteRule, readRuleMetadata } from '../../src/ingest/site-rules.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');

describe('parseSiteRule', () => {
  it('reads selectors and takes the host from the file name', () => {
    const rule = parseSiteRule('body: article .text\nstrip:\n  - .ad\n  - aside\ntitle: h1\n', 'www.Example.com.yml');
    expect(rule).toEqual({ host: 'example.com', body: 'article .text', strip: ['.ad', 'aside'], title: 'h1' });
  });

  it('accepts a single strip selector as text', () => {
    expect(parseSiteRule('strip: .promo', 'example.com.yaml').strip).toEqual(['.promo']);
  });

  it.each([
    ['body: [', 'invalid YAML at line 1'],
    ['', 'the rule is empty'],
    ['- body', 'expected keys like "body:"'],
    ['bodyy: article', 'unknown key "bodyy"'],
    ['body: 42', '"body" must be a CSS selector (text), found number 42'],
    ['body: "div["', '"body" is not a valid CSS selector: div['],
    ['strip: {a: 1}', '"strip" must be a selector or a list of selectors'],
    ['strip: [".ok", ""]', '"strip" item 2 must be a CSS selector'],
    ['strip: [".ok", "p::"]', '"strip" item 2 is not a valid CSS selector'],
    ['title: ""', '"title" must be a CSS selector'],
  ])('rejects %j with a clear reason', (yamlText, reason) => {
    let error: unknown;
    try {
      parseSiteRule(yamlText, 'example.com.yml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^example\.com\.yml: /);
    expect((error as Error).message).toContain(reason);
  });

  it('rejects a file name that is not a host', () => {
    expect(() => parseSiteRule('body: main', 'my rules.yml')).toThrow(/file name must be a host name/);
  });
});

describe('site rules in the content folder', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const load = async (root: string) => readConfiguration(root, await scanContentFolder(root));

  it('loads every .yml/.yaml rule of sites/ by host, ignoring other files', async () => {
    const { siteRules, failed } = await load(fixtures);
    expect(failed).toEqual([]);
    expect([...siteRules.keys()].sort()).toEqual(['ledger.example', 'news.example.org']);
    expect(siteRules.get('ledger.example')?.strip).toEqual(['.related-inline']);
  });

  it('has no rules without a sites/ folder', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kliping-sites-'));
    expect((await load(dir)).siteRules.size).toBe(0);
  });

  it('names the file of every invalid rule, and of a second rule for one host', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kliping-sites-'));
    mkdirSync(path.join(dir, 'sites'));
    writeFileSync(path.join(dir, 'sites/bad.example.yml'), 'body: 3\n');
    writeFileSync(path.join(dir, 'sites/worse.example.yml'), 'body: [\n');
    writeFileSync(path.join(dir, 'sites/example.com.yml'), 'body: main\n');
    writeFileSync(path.join(dir, 'sites/www.example.com.yaml'), 'body: article\n');
    expect((await load(dir)).failed).toEqual([
      { file: 'sites/bad.example.yml', reason: '"body" must be a CSS selector (text), found number 3' },
      { file: 'sites/worse.example.yml', reason: expect.stringMatching(/^invalid YAML at line 2, column 1: /) },
      { file: 'sites/www.example.com.yaml', reason: 'a second rule for example.com (the first is sites/example.com.yml)' },
    ]);
  });
});

describe('findSiteRule', async () => {
  const { siteRules: rules } = await readConfiguration(fixtures, await scanContentFolder(fixtures));

  it('matches the host, without www., and subdomains of a rule host', () => {
    expect(findSiteRule(rules, 'https://ledger.example/local/bikes')?.host).toBe('ledger.example');
    expect(findSiteRule(rules, 'https://www.ledger.example/x')?.host).toBe('ledger.example');
    expect(findSiteRule(rules, 'http://m.news.example.org/a')?.host).toBe('news.example.org');
    expect(findSiteRule(rules, 'https://WWW.NEWS.EXAMPLE.ORG/a')?.host).toBe('news.example.org');
  });

  it('finds nothing for other hosts, bad URLs or no URL', () => {
    expect(findSiteRule(rules, 'https://example.org/')).toBeUndefined();
    expect(findSiteRule(rules, 'https://notledger.example/')).toBeUndefined();
    expect(findSiteRule(rules, 'not a url')).toBeUndefined();
    expect(findSiteRule(rules, undefined)).toBeUndefined();
  });
});

describe('readRuleMetadata', () => {
  it('reads the title, date and author the rule points at', async () => {
    const rule = (await readConfiguration(fixtures, await scanContentFolder(fixtures))).siteRules.get('ledger.example')!;
    const tree = parseHtml(readFileSync(path.join(fixtures, 'english-read-more.html'), 'utf8'));
    expect(readRuleMetadata(tree, rule)).toEqual({
      title: 'City council approves new bike lanes on Harbor Street',
      published: expect.stringMatching(/^2019-11-19/),
      byline: 'By Jordan Ellis',
    });
  });

  it('leaves out what the selectors do not find', () => {
    const rule = parseSiteRule('title: .nothing-here\ndate: .nothing-either', 'example.com.yml');
    expect(readRuleMetadata(parseHtml('<h1>Hello</h1>'), rule)).toEqual({});
  });
});
