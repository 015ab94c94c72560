import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../main/settings/userSettings.ts';
import { cli, cliWith } from '../fixtures/cli.ts';

let dir: string;
// The machine's locale must not decide the language of the messages these tests read.
const frenchEnv = { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: '' };
const comitia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/comitia.js', ...args], { encoding: 'utf8', env: frenchEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-cli-'));
});

describe('comitia (the command line)', () => {
  it('creates the demo session and reports it as JSON', () => {
    const path = join(dir, 'd.comitia');
    expect(comitia('demo', path).code).toBe(0);
    const info = comitia('info', path, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({ dossiers: 60, members: 8, criteria: 6 });
    expect(parsed.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('creates an empty session', () => {
    const path = join(dir, 'empty.comitia');
    expect(comitia('new', path).code).toBe(0);
    expect(JSON.parse(comitia('info', path, '--json').stdout)).toMatchObject({ dossiers: 0, members: 0, criteria: 0 });
  });

  it('exits 1 with one line on stderr for a user error', () => {
    const missing = comitia('info', join(dir, 'absent.comitia'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain("n'existe pas");
    expect(JSON.parse(missing.stdout)).toHaveProperty('error');
    const twice = comitia('new', join(dir, 'empty.comitia'));
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('existe déjà');
    const notSqlite = join(dir, 'notes.comitia');
    writeFileSync(notSqlite, 'x'.repeat(2000));
    expect(comitia('info', notSqlite).code).toBe(1);
  });

  it('exits 2 on a usage error', () => {
    expect(comitia().code).toBe(2);
    expect(comitia('frobnicate').code).toBe(2);
    expect(comitia('info').code).toBe(2);
    const typo = comitia('info', join(dir, 'd.comitia'), '--jsno');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--jsno');
  });
});

/** The same command in-process (tests/fixtures/cli.ts): help, languages, the context. */
describe('comitia help, languages and context', () => {
  /** The commands as the root help lists them: each line under "Commandes :" is a usage without `comitia`. */
  async function listedUsages(): Promise<string[]> {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    const lines = help.out.split('\n');
    const start = lines.indexOf('Commandes :');
    return lines.slice(start + 1).filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
  }

  it('prints each command’s own usage with --help (exit 0), for every command the root help lists', async () => {
    const usages = await listedUsages();
    expect(usages).toContain('scores import SESSION FILE.csv [--json]');
    expect(usages).toContain('grid SESSION [--json] [--set FILE.json] [--template NAME] [--confirm]');
    expect(usages.length).toBeGreaterThanOrEqual(13);
    for (const usage of usages) {
      // The words before the first argument or option name the command: `scores import`, `scoring-settings`.
      const words = usage.split(' ');
      const name = words.slice(0, words.findIndex((w) => /^[A-Z[-]/.test(w)));
      const r = await cli(...name, '--help');
      expect(r, name.join(' ')).toMatchObject({ code: 0, err: '' });
      expect(r.out.split('\n')[0]).toBe(`usage : comitia ${usage}`);
      expect(r.out).toContain('Options globales :');
    }
    // `help COMMAND` is the same page.
    expect((await cli('help', 'grid')).out).toBe((await cli('grid', '--help')).out);
  });

  it('writes help and errors in English with --lang en, or when LANG or LC_ALL says English', async () => {
    const missing = join(dir, 'nowhere.comitia');
    const en = await cli('--lang', 'en', 'info', missing, '--json');
    expect(en.code).toBe(1);
    expect(en.err).toBe(`comitia info: The session file “${missing}” does not exist.`);
    expect(JSON.parse(en.out).error).toContain('does not exist');
    expect((await cli('info', missing, '--lang=en')).err).toContain('does not exist');
    expect((await cliWith({ env: { LANG: 'en_GB.UTF-8' } }, 'info', missing)).err).toContain('does not exist');
    // LC_ALL outranks LANG, and --lang outranks both.
    expect((await cliWith({ env: { LANG: 'en_US.UTF-8', LC_ALL: 'fr_FR.UTF-8' } }, 'info', missing)).err).toContain("n'existe pas");
    expect((await cliWith({ env: { LC_ALL: 'en_US.UTF-8' } }, '--lang', 'fr', 'info', missing)).err).toContain("n'existe pas");
    const usage = await cli('--lang', 'en', 'rank', 'x.comitia', '--frob');
    expect(usage).toMatchObject({ code: 2 });
    expect(usage.err.split('\n')).toEqual(['comitia rank: unknown option: --frob', 'usage: comitia rank SESSION [--json]']);
    const help = await cli('--lang', 'en', 'grid', '--help');
    expect(help.out).toMatch(/^usage: comitia grid SESSION/);
    expect(help.out).toContain('shows or replaces the scoring grid');
    expect((await cli('--lang', 'de', 'info', missing)).code).toBe(2);
  });

  it('names the argument the user typed when the core refuses it', async () => {
    const r = await cli('info', join(dir, 'notes.txt'));
    expect(r).toMatchObject({ code: 1, err: 'comitia info : FILE : le fichier de session doit se terminer par .comitia' });
    const path = join(dir, 'refused.comitia');
    expect((await cli('new', path)).code).toBe(0);
    const settings = await cli('scoring-settings', path, '--divergence', '-1');
    expect(settings).toMatchObject({ code: 1, err: 'comitia scoring-settings : --divergence : le seuil doit être positif ou nul' });
  });

  it('sets a grid from a shipped template, and refuses an unknown one', async () => {
    const path = join(dir, 'template.comitia');
    expect((await cli('new', path)).code).toBe(0);
    const r = await cli('grid', path, '--template', 'territoires-volontaires');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Grille enregistrée : 6 critères/);
    expect((await cli('grid', path, '--template', 'inexistant')).code).toBe(1);
    expect((await cli('grid', path, '--template', 'x', '--set', 'y.json')).code).toBe(2);
  });

  it('does not add the files it opens or creates to the recent sessions', async () => {
    const settingsDir = join(dir, 'settings');
    const path = join(dir, 'recent.comitia');
    expect((await cliWith({ settingsDir }, 'new', path)).code).toBe(0);
    expect((await cliWith({ settingsDir }, 'info', path)).code).toBe(0);
    expect(new SettingsStore(settingsDir).get().recentSessions).toEqual([]);
  });
});
