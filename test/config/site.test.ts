import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.ts';
import { defaultSiteSettings, interfaceLanguages, loadSiteSettings, readSiteSettings, siteSettingKeys } from '../../src/config/site.ts';

function errorOf(yaml: string): string {
  try {
    loadSiteSettings(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadSiteSettings to throw');
}

describe('interface languages', () => {
  it('are the dictionary files of src/lib/i18n/ under the project root: adding a language is adding its file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kliping-languages-'));
    try {
      mkdirSync(path.join(root, 'src/lib/i18n'), { recursive: true });
      for (const file of ['index.ts', 'en.ts', 'id.ts', 'nl.ts', 'README.md']) writeFileSync(path.join(root, 'src/lib/i18n', file), '');
      expect(interfaceLanguages(root)).toEqual(['en', 'id', 'nl']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('defaults', () => {
  it('reproduce the site as it was before settings', () => {
    expect(defaultSiteSettings).toEqual({
      title: 'kliping',
      description: 'A clean, fast digest of saved news articles, by day and by topic.',
      language: 'en',
      pageSize: 20,
      feedSize: 50,
      images: 'remote',
    });
    expect(siteSettingKeys).toEqual(['title', 'description', 'language', 'pageSize', 'feedSize', 'images']);
    expect(interfaceLanguages()).toEqual(['en', 'id']);
  });

  it('apply to an empty file, a file of comments, and keys left empty', () => {
    expect(loadSiteSettings('')).toEqual(defaultSiteSettings);
    expect(loadSiteSettings('# title: mine\n# pageSize: 10\n')).toEqual(defaultSiteSettings);
    expect(loadSiteSettings('title:\npageSize:\nlanguage: ~\n')).toEqual(defaultSiteSettings);
  });
});

describe('loadSiteSettings', () => {
  it('reads every setting', () => {
    const yaml = [
      'title: Kliping Jenewa',
      'description: "Berita   tentang\n  perundingan Jenewa."',
      'language: id',
      'pageSize: 2',
      'feedSize: 10',
      'images: local-only',
    ].join('\n');
    expect(loadSiteSettings(yaml)).toEqual({
      title: 'Kliping Jenewa',
      description: 'Berita tentang perundingan Jenewa.',
      language: 'id',
      pageSize: 2,
      feedSize: 10,
      images: 'local-only',
    });
  });

  it('reads each image policy and each language, and keeps the defaults of what is not given', () => {
    for (const images of ['local-only', 'none', 'remote'] as const) {
      expect(loadSiteSettings(`images: ${images}\n`)).toEqual({ ...defaultSiteSettings, images });
    }
    for (const language of interfaceLanguages()) {
      expect(loadSiteSettings(`language: ${language}\n`)).toEqual({ ...defaultSiteSettings, language });
    }
    expect(loadSiteSettings('pageSize: 1\nfeedSize: 500\n')).toEqual({ ...defaultSiteSettings, pageSize: 1, feedSize: 500 });
  });

  it('names the file, the line, the key and the mistake', () => {
    expect(errorOf('title: Mine\nlanguage: id\npageSize: 0\n')).toBe('site.yml: line 3: pageSize must be a whole number from 1 to 500 (got 0)');
    expect(errorOf('pageSize: 2.5\n')).toBe('site.yml: line 1: pageSize must be a whole number from 1 to 500 (got 2.5)');
    expect(errorOf('pageSize: "20"\n')).toBe('site.yml: line 1: pageSize must be a whole number from 1 to 500 (got "20")');
    expect(errorOf('# sizes\n\nfeedSize: 501\n')).toBe('site.yml: line 3: feedSize must be a whole number from 1 to 500 (got 501)');
    expect(errorOf('feedSize: -1\n')).toBe('site.yml: line 1: feedSize must be a whole number from 1 to 500 (got -1)');
    expect(errorOf('title: ok\nlanguage: fr\n')).toBe('site.yml: line 2: language must be one of en, id (got "fr")');
    expect(errorOf('language: EN\n')).toBe('site.yml: line 1: language must be one of en, id (got "EN")');
    expect(errorOf('title: [a, b]\n')).toBe('site.yml: line 1: title must be text (got ["a","b"])');
    expect(errorOf('title: 2022\n')).toBe('site.yml: line 1: title must be text (got 2022)');
    expect(errorOf('title: "\\u200b "\n')).toBe('site.yml: line 1: title must not be empty');
    expect(errorOf(`title: ${'x'.repeat(201)}\n`)).toBe('site.yml: line 1: title must be at most 200 characters (got 201)');
    expect(errorOf('description: {a: 1}\n')).toBe('site.yml: line 1: description must be text (got {"a":1})');
    expect(errorOf(`description: ${'x'.repeat(1001)}\n`)).toBe('site.yml: line 1: description must be at most 1000 characters (got 1001)');
    expect(errorOf('images: local\n')).toBe('site.yml: line 1: images must be one of remote, local-only, none (got "local")');
  });

  it('refuses unknown keys with the list of known ones, and a file that is not a mapping', () => {
    expect(errorOf('title: x\nimagez: none\n')).toBe(
      'site.yml: line 2: imagez is not a known setting (title, description, language, pageSize, feedSize, images)',
    );
    expect(errorOf('# settings\n- images\n')).toBe(
      'site.yml: line 2: must be a mapping of settings (title: …, description: …, language: …, pageSize: …, feedSize: …, images: …)',
    );
    expect(errorOf('images: [none\n')).toMatch(/^site\.yml: invalid YAML at line \d+, column \d+: /);
    expect(errorOf('title: a\ntitle: b\n')).toMatch(/^site\.yml: invalid YAML at line 2, column \d+: /);
  });

  it('names the file it was given', () => {
    expect(() => loadSiteSettings('pageSize: x\n', '/srv/content/site.yml')).toThrow(
      '/srv/content/site.yml: line 1: pageSize must be a whole number from 1 to 500 (got "x")',
    );
  });
});

describe('the sample content/site.yml', () => {
  const sample = readFileSync(path.resolve(import.meta.dirname, '../../content/site.yml'), 'utf8');

  it('sets nothing, and documents every key', () => {
    expect(loadSiteSettings(sample)).toEqual(defaultSiteSettings);
    for (const key of siteSettingKeys) expect(sample).toMatch(new RegExp(`^# ${key}: `, 'm'));
  });

  it('shows the defaults: its commented settings, uncommented, are the defaults', () => {
    const uncommented = sample.replace(new RegExp(`^# ((?:${siteSettingKeys.join('|')}): \\S)`, 'gm'), '$1');
    expect(uncommented).not.toBe(sample);
    expect(loadSiteSettings(uncommented)).toEqual(defaultSiteSettings);
  });
});

describe('readSiteSettings', () => {
  it('reads content/site.yml, or gives the defaults without one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kliping-site-settings-'));
    try {
      expect(readSiteSettings(dir)).toEqual(defaultSiteSettings);
      await writeFile(path.join(dir, 'site.yml'), 'images: none\nlanguage: id\n');
      expect(readSiteSettings(dir)).toEqual({ ...defaultSiteSettings, images: 'none', language: 'id' });
      await writeFile(path.join(dir, 'site.yml'), 'title: x\n\npageSize: 0\n');
      expect(() => readSiteSettings(dir)).toThrow(`${path.join(dir, 'site.yml')}: line 3: pageSize must be a whole number from 1 to 500 (got 0)`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
