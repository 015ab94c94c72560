import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/shell/menuTemplate.ts';

const actions = () => ({ newSession: vi.fn(), openSession: vi.fn(), about: vi.fn() });
const linux = { isMac: false, isPackaged: true };
const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];
const labels = (menu: MenuItemConstructorOptions) => items(menu).filter((i) => i.type !== 'separator').map((i) => i.label);

describe('the application menu', () => {
  it('is in French by default: Fichier, Édition, Affichage, Aide', () => {
    const template = buildMenuTemplate('fr', actions(), linux);
    expect(template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(labels(template[0]!)).toEqual(['Nouvelle session…', 'Ouvrir…', 'Quitter']);
    expect(labels(template[3]!)).toEqual(['À propos de Comitia']);
  });

  it('is in English when the user chose English', () => {
    const template = buildMenuTemplate('en', actions(), linux);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(template[0]!)).toEqual(['New session…', 'Open…', 'Quit']);
  });

  it('runs the shell actions from its items, with the usual shortcuts', () => {
    const a = actions();
    const file = items(buildMenuTemplate('fr', a, linux)[0]!);
    const byId = (id: string) => file.find((i) => i.id === id)!;
    expect(byId('new-session').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('open-session').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('quit').role).toBe('quit');
    (byId('new-session').click as () => void)();
    (byId('open-session').click as () => void)();
    expect(a.newSession).toHaveBeenCalledOnce();
    expect(a.openSession).toHaveBeenCalledOnce();
  });

  it('offers reload and developer tools only when running from sources', () => {
    const roles = (isPackaged: boolean) =>
      items(buildMenuTemplate('fr', actions(), { isMac: false, isPackaged })[2]!).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('puts the application menu first on macOS, with Quit in it', () => {
    const template = buildMenuTemplate('fr', actions(), { isMac: true, isPackaged: true });
    expect(template.map((m) => m.label)).toEqual(['Comitia', 'Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(items(template[0]!).some((i) => i.role === 'quit')).toBe(true);
    expect(labels(template[1]!)).toEqual(['Nouvelle session…', 'Ouvrir…']);
  });
});
