/** The Chromium binary the end-to-end tests drive, or null when none is installed. */
export function chromiumPath(): string | null;
