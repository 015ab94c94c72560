/**
 * Electron's `app.getPath('userData')` for an app named Comitia, computed without Electron, so that the web shell
 * finds the same embedded demo session and settings as the desktop application.
 */
export declare function userDataDir(): string;
