/**
 * The layer rules of the architecture, checked the way `npm test` enforces them: ESLint's per-folder
 * `no-restricted-imports` and one tsconfig per layer. Each case is a file that breaks a rule, linted or type-checked
 * as if it stood in that layer; the rule must catch it.
 */
import { ESLint } from 'eslint';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('ESLint layer rules', () => {
  it.each([
    ['renderer/src/bad.ts', "import { createApi } from '../../main/api.ts';\nexport const x = createApi;\n"],
    ['renderer/src/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['renderer/src/bad.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n"],
    ['common/bad.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n"],
    ['common/bad.ts', "import { createApi } from '../main/api.ts';\nexport const x = createApi;\n"],
    ['main/bad.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['main/bad.ts', "import { App } from '../renderer/src/App.tsx';\nexport const x = App;\n"],
    ['preload/bad.ts', "import { createApi } from '../main/api.ts';\nexport const x = createApi;\n"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await lintAs(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/ok.ts', "import { contract } from '../../common/api/contract.ts';\nexport const x = contract;\n"],
    ['main/ok.ts', "import type { BrowserWindow } from 'electron';\nexport type X = BrowserWindow;\n"],
    ['main/shell/ok.ts', "import { app } from 'electron';\nexport const x = app;\n"],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await lintAs(file, code)).toEqual([]);
  });
});

describe('one tsconfig per layer', () => {
  const tsc = (project: string) =>
    spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { encoding: 'utf8' });

  it('the main layer has no DOM: main code touching `document` does not type-check', () => {
    const dir = mkdtempSync(join(process.cwd(), 'main', '.layer-check-'));
    try {
      writeFileSync(join(dir, 'dom.ts'), 'export const title = document.title;\n');
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: '../../tsconfig.main.json', compilerOptions: { incremental: false, composite: false, emitDeclarationOnly: false, declarationDir: null, noEmit: true }, include: ['*.ts'] }),
      );
      const run = tsc(join(dir, 'tsconfig.json'));
      expect(run.status).not.toBe(0);
      expect(run.stdout).toMatch(/Cannot find name 'document'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the renderer layer has no Node: a renderer file importing main/ does not type-check', () => {
    const dir = mkdtempSync(join(process.cwd(), 'renderer', '.layer-check-'));
    try {
      writeFileSync(join(dir, 'bad.ts'), "import { userDataDir } from '../../main/session/defaultSession.ts';\nexport const d = userDataDir();\n");
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: '../../tsconfig.renderer.json', compilerOptions: { incremental: false, composite: false, emitDeclarationOnly: false, declarationDir: null, noEmit: true }, include: ['*.ts'] }),
      );
      const run = tsc(join(dir, 'tsconfig.json'));
      expect(run.status).not.toBe(0);
      expect(run.stdout).toMatch(/node:os|Cannot find module|process/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
