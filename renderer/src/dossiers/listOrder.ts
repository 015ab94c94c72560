/**
 * The Dossiers list's current order (after its filters, search and sort), so that a dossier's page can offer the
 * previous and next dossiers of the list the person came from. Kept for the window's life (sessionStorage): a reload
 * of the dossier page keeps its neighbours.
 */
const KEY = 'comitia.dossiers.order';

export function setListOrder(ids: readonly string[]): void {
  sessionStorage.setItem(KEY, JSON.stringify(ids));
}

export function listOrder(): string[] | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** The ids before and after `id` in `order` (null at either end, or when `id` is not in it). */
export function neighbours(order: readonly string[], id: string): { previous: string | null; next: string | null } {
  const at = order.indexOf(id);
  if (at < 0) return { previous: null, next: null };
  return { previous: order[at - 1] ?? null, next: order[at + 1] ?? null };
}
