/**
 * The agenda's moves in the room, without React: reordering by hand, the dossier after the current one, and which key
 * press means « dossier suivant » (issue 9: « moving to the next one is one key »).
 */

/** The order with the dossier at `from` moved one place up (-1) or down (+1); the same order at either end. */
export function moveDossier(order: readonly string[], dossier: string, by: -1 | 1): string[] {
  const at = order.indexOf(dossier);
  const to = at + by;
  if (at < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next[at] = next[to]!;
  next[to] = dossier;
  return next;
}

/** The dossier after `current` in the order: the first when none is current; null after the last. */
export function nextDossier(order: readonly string[], current: string | null): string | null {
  if (current === null) return order[0] ?? null;
  const at = order.indexOf(current);
  // A current dossier no longer on the agenda: start again from the top.
  if (at < 0) return order[0] ?? null;
  return order[at + 1] ?? null;
}

/** What the key handler reads of a KeyboardEvent. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Where the key was typed (the event's target). */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'time', 'datetime-local']);

/** Whether a key typed there writes text (or picks an option): then N and Page Down keep their usual meaning. */
export function typesText(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** N (either case) or Page Down, without a modifier, outside a text field. */
export function isNextDossierKey(press: KeyPress): boolean {
  if (press.ctrlKey || press.altKey || press.metaKey) return false;
  if (press.key !== 'n' && press.key !== 'N' && press.key !== 'PageDown') return false;
  return !typesText(press.target);
}
