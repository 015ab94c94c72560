/**
 * The renderer's only way to the application core. In the desktop shell the preload exposes `window.comitia`;
 * in the web shell the same bridge is built here over HTTP with the per-run token from the page's URL.
 */
import type { ComitiaBridge, PickedFile, UploadKind } from '../../common/api/bridge.ts';
import { ATTACHMENT_PATH_PREFIX, DOWNLOAD_PATH_PREFIX, MINUTES_PATH_PREFIX } from '../../common/api/servedPaths.ts';
import type { ProgressEvent } from '../../common/domain/types.ts';
import type { ChangeEvent } from '../../common/api/events.ts';
import { TOPICS } from '../../common/api/topics.ts';
import type { Result } from '../../common/result.ts';
import { apiProxy } from './data/apiProxy.ts';
import { callNumbers, type CallNumbers } from './data/callNumbers.ts';
import { reportingStorageFailures } from './data/storageFailures.ts';
import { errorMessage } from './i18n/errorMessage.ts';

declare global {
  interface Window {
    comitia?: ComitiaBridge;
  }
}

const TOKEN_KEY = 'comitia.token';
/** The web shell's per-run token (empty in the desktop shell, whose transport is IPC). */
let webAccessToken = '';

function webToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar (and out of screenshots and history).
    history.replaceState(null, '', window.location.pathname + window.location.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * One server-sent event stream for the page, shared by every listener and closed when the last one leaves.
 * After a reconnection the page may have missed changes: it is told as if everything had changed.
 */
let stream: { source: EventSource; listeners: Set<{ type: string; handle: (data: string) => void }> } | null = null;

function listenToEvents(type: 'progress' | 'change', handle: (data: string) => void): () => void {
  if (!stream) {
    const source = new EventSource(`/api/events?token=${encodeURIComponent(webAccessToken)}`);
    const current = { source, listeners: new Set<{ type: string; handle: (data: string) => void }>() };
    let opened = false;
    source.addEventListener('open', () => {
      if (opened) for (const l of current.listeners) if (l.type === 'change') l.handle(JSON.stringify(EVERYTHING_CHANGED));
      opened = true;
    });
    for (const kind of ['progress', 'change']) {
      source.addEventListener(kind, (e: MessageEvent<string>) => {
        for (const l of current.listeners) if (l.type === kind) l.handle(e.data);
      });
    }
    stream = current;
  }
  const entry = { type, handle };
  const mine = stream;
  mine.listeners.add(entry);
  return () => {
    mine.listeners.delete(entry);
    if (mine.listeners.size === 0 && stream === mine) {
      mine.source.close();
      stream = null;
    }
  };
}

const EVERYTHING_CHANGED: ChangeEvent = { topics: [...TOPICS], origin: 'external' };

/** The web shell's numbering of this page's calls (null in the desktop shell, whose IPC keeps a window's order). */
let webCalls: CallNumbers | null = null;

function httpBridge(): ComitiaBridge {
  const token = webToken();
  webAccessToken = token;
  const numbers = callNumbers();
  webCalls = numbers;
  const api = apiProxy(async (name, arg) => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...numbers.headers() },
        body: JSON.stringify(arg ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return { ok: false, error: { code: 'core.transport', params: { detail: String(error) } } };
    }
  });
  return {
    api,
    onProgress(listener: (event: ProgressEvent) => void) {
      return listenToEvents('progress', (data) => listener(JSON.parse(data) as ProgressEvent));
    },
    onChange(listener: (event: ChangeEvent) => void) {
      return listenToEvents('change', (data) => listener(JSON.parse(data) as ChangeEvent));
    },
  };
}

export const bridge: ComitiaBridge = window.comitia ?? httpBridge();
/** How the calls of this page are numbered for the web shell's ordering; null in the desktop shell. */
export const pageCalls: CallNumbers | null = webCalls;
// Every call, so that a full disk is said above every page whichever write met it (data/storageFailures.ts).
export const api = reportingStorageFailures(bridge.api);

/**
 * How the interface gets a file to the core: the desktop opens a native dialog (`bridge.dialogs.pickImportFile`),
 * the browser sends the file's bytes (`uploadFile`). Either way the page receives an opaque reference, never a path.
 */
export const fileAccess: 'dialog' | 'upload' = bridge.dialogs ? 'dialog' : 'upload';

/** Web shell only: sends a file chosen in an <input type="file"> to the server, which keeps it for the import. */
export async function uploadFile(file: File, kind: UploadKind): Promise<Result<PickedFile>> {
  try {
    const query = new URLSearchParams({ kind, name: file.name });
    const response = await fetch(`/api/upload?${query.toString()}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${webAccessToken}` },
      body: file,
    });
    return (await response.json()) as Result<PickedFile>;
  } catch (error) {
    return { ok: false, error: { code: 'core.upload_failed', params: { detail: String(error) } } };
  }
}

/**
 * Where an attachment's bytes are served, relative to the page: the web shell's route (with the token, since a
 * frame cannot send headers) or the desktop's app:// handler. `download` asks for `Content-Disposition: attachment`.
 */
export function attachmentUrl(id: number, options: { download?: boolean } = {}): string {
  const query = new URLSearchParams();
  if (webAccessToken) query.set('token', webAccessToken);
  if (options.download) query.set('download', '1');
  const text = query.toString();
  return `${ATTACHMENT_PATH_PREFIX}${id}${text ? `?${text}` : ''}`;
}

/** Where a stored version of the minutes is served (same rules as attachmentUrl). */
export function minutesUrl(version: number, options: { download?: boolean } = {}): string {
  const query = new URLSearchParams();
  if (webAccessToken) query.set('token', webAccessToken);
  if (options.download) query.set('download', '1');
  const text = query.toString();
  return `${MINUTES_PATH_PREFIX}${version}.pdf${text ? `?${text}` : ''}`;
}

/**
 * Web shell only: where a file the core wrote into the server's downloads folder is downloaded from, given the path
 * the method answered (its last two segments: main/web/downloads.ts).
 */
export function downloadUrl(out: string): string | null {
  const [name, folder] = out.split(/[/\\]/).reverse();
  if (!name || !folder) return null;
  return `${DOWNLOAD_PATH_PREFIX}${encodeURIComponent(folder)}/${encodeURIComponent(name)}?token=${encodeURIComponent(webAccessToken)}`;
}

/** Unwraps a Result for React code paths that show errors through an error boundary or a message. */
export async function call<T>(promise: Promise<Result<T>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new ApiError(result.error.code, errorMessage(result.error));
  return result.value;
}

export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
