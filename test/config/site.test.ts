import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.ts';
import { defaultSiteSettings, loadSiteSettings, readSiteSettings } from '../../src/config/site.ts';

function errorOf(yaml: string): string {
  try {
    loadSiteSettings(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadSiteSettings to throw');
}

describe('loadSiteSettings', () => {
  it('reads each image policy, and gives the defaults (remote images) for an empty file', () => {
    expect(loadSiteSettings('images: local-only\n')).toEqual({ images: 'local-only' });
    expect(loadSiteSettings('images: none\n')).toEqual({ images: 'none' });
    expect(loadSiteSettings('images: remote\n')).toEqual({ images: 'remote' });
    expect(loadSiteSettings('')).toEqual(defaultSiteSettings);
    expect(defaultSiteSettings.images).toBe('remote');
  });

  it('names the file, the key and the mistake', () => {
    expect(errorOf('images: local\n')).toBe('site.yml: images must be one of remote, local-only, none (got "local")');
    expect(errorOf('imagez: none\n')).toBe('site.yml: imagez is not a known setting (images)');
    expect(errorOf('- images\n')).toBe('site.yml: must be a mapping of settings (images: …)');
    expect(errorOf('images: [none\n')).toMatch(/^site\.yml: invalid YAML at line \d+, column \d+: /);
  });
});

describe('readSiteSettings', () => {
  it('reads content/site.yml, or gives the defaults without one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kliping-site-settings-'));
    try {
      expect(readSiteSettings(dir)).toEqual(defaultSiteSettings);
      await writeFile(path.join(dir, 'site.yml'), 'images: none\n');
      expect(readSiteSettings(dir)).toEqual({ images: 'none' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
