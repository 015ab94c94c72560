/**
 * Where the shells serve files to the page, outside the api's methods. Apart from bridge.ts, which builds zod
 * schemas for the dialogs: the page's transport needs these constants on its first screen, not zod (issue 8).
 */

/** Where the shells serve an attachment's bytes: `GET <origin>/api/attachments/<id>` (`?download=1` to save it). */
export const ATTACHMENT_PATH_PREFIX = '/api/attachments/';

/** Where the shells serve a stored version of the minutes: `GET <origin>/api/minutes/<version>.pdf` (`?download=1`). */
export const MINUTES_PATH_PREFIX = '/api/minutes/';

/**
 * Where the web shell serves a package or a return it wrote for the page to download:
 * `GET <origin>/api/downloads/<folder>/<name>?token=…`, the last two segments of the path the method answered
 * (main/web/downloads.ts). The desktop writes where its "save as" dialog said instead.
 */
export const DOWNLOAD_PATH_PREFIX = '/api/downloads/';
