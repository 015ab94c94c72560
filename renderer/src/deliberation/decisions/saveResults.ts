/**
 * The results export reaches the user as a download, in both shells: the core returns the file's bytes (base64, a
 * result crosses IPC and HTTP as JSON) and the page hands them to the browser as a Blob behind an `<a download>`,
 * as the minutes area offers its PDF. The desktop shell's Chromium asks where to save it.
 */
import type { ResultsFile } from '../../../../common/deliberation/records.ts';

export function resultsBlob(file: ResultsFile): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mediaType });
}

export function saveResults(file: ResultsFile): void {
  const url = URL.createObjectURL(resultsBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Released later rather than at once: a download that starts after the click's task still needs the address.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
