/**
 * The app:// scheme that serves the built renderer (security.md #18: prefer a custom protocol to file://,
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
 */
import type { Protocol } from 'electron';
import type { ReadAttachment } from '../files/attachmentResponse.ts';
import { APP_SCHEME } from './appProtocolPath.ts';
import { respondToAppRequest } from './appProtocolResponse.ts';

/**
 * Must run before the app's 'ready' event. `standard` gives the scheme an origin and relative URL resolution,
 * `secure` makes it a secure context, `supportFetchAPI` lets module scripts load. `corsEnabled` stays unset so no
 * other origin can read app:// responses.
 */
export function registerAppSchemeAsPrivileged(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * After 'ready': every app:// request is answered from `rendererDir` only, through the path-traversal guard, except
 * `/api/attachments/<id>`, the open session's attachments (appProtocolResponse.ts), which the page shows in a frame.
 */
export function serveRenderer(protocol: Protocol, rendererDir: string, attachments: ReadAttachment, minutes?: ReadAttachment): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, rendererDir, attachments, minutes));
}
