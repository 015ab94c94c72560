/**
 * Opens the projector view (`#/projecteur/<meeting>`): the desktop shell opens its own second window, a child of the
 * main one (main/shell/projectorWindow.ts); a browser opens the same page of the web shell in a new window, which
 * inherits this page's session storage and so its access token (no `noopener`, which would drop it).
 */
import type { AppErrorShape } from '../../../../common/result.ts';
import { hrefOf, routes } from '../../routes.ts';
import { bridge } from '../../transport.ts';

export type OpenOutcome = { ok: true } | { ok: false; error: AppErrorShape | null };

export async function openProjector(meeting: number | null): Promise<OpenOutcome> {
  if (bridge.dialogs) {
    const r = await bridge.dialogs.openProjector(meeting);
    return r.ok ? { ok: true } : { ok: false, error: r.error };
  }
  const opened = window.open(hrefOf(routes.projector(meeting)), 'comitia-projector');
  return opened ? { ok: true } : { ok: false, error: null };
}
