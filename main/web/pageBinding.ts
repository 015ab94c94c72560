/**
 * What the web shell's page may put where the contract takes a path (common/api/paths.ts): for an import, the
 * reference of a file it uploaded (uploads.ts); for a session, a file of the sessions folder (sessionsFolder.ts).
 * The minutes' inputs (certificate, PDF to verify) are uploads too; their outputs are names in the sessions folder.
 * A member's package or return is uploaded to be read, and written into the downloads folder (downloads.ts).
 */
import { fail } from '../../common/result.ts';
import { referenceBinding, type PathBinder } from '../files/pathBinding.ts';
import type { DownloadFolder } from './downloads.ts';
import type { SessionsFolder } from './sessionsFolder.ts';
import type { UploadStore } from './uploads.ts';

export function webPathBinder(uploads: UploadStore, sessions: SessionsFolder, downloads: DownloadFolder): PathBinder {
  const uploaded = referenceBinding(
    (ref, kind) => uploads.refs.resolve(ref, kind),
    ({ method, field }) => fail('web.upload_reference_expected', { method, field }),
  );
  return {
    session: (request) => sessions.bind(request),
    newSession: (request) => sessions.bind(request),
    importSource: uploaded('importSource'),
    importAttachments: uploaded('importAttachments'),
    // The minutes: files read come from uploads; files written go to the sessions folder (a name inside it).
    certificate: uploaded('certificate'),
    pdfToVerify: uploaded('pdfToVerify'),
    pdfToSign: uploaded('pdfToSign'),
    newCertificate: (request) => sessions.bind(request),
    exportTarget: (request) => sessions.bind(request),
    lettersTarget: (request) => sessions.bind(request),
    // Offline review: packages and returns are uploaded to be read, and written for the page to download.
    reviewPackage: uploaded('reviewPackage'),
    scoreReturn: uploaded('scoreReturn'),
    packageTarget: (request) => downloads.bind(request),
    returnTarget: (request) => downloads.bind(request),
  };
}
