/**
 * What the web shell's page may put where the contract takes a path (common/api/paths.ts): for an import, the
 * reference of a file it uploaded (uploads.ts); for a session, a file of the sessions folder (sessionsFolder.ts).
 */
import { fail } from '../../common/result.ts';
import { referenceBinding, type PathBinder } from '../files/pathBinding.ts';
import type { SessionsFolder } from './sessionsFolder.ts';
import type { UploadStore } from './uploads.ts';

export function webPathBinder(uploads: UploadStore, sessions: SessionsFolder): PathBinder {
  const uploaded = referenceBinding(
    (ref, kind) => uploads.refs.resolve(ref, kind),
    ({ method, field }) => fail('web.upload_reference_expected', { method, field }),
  );
  return {
    session: (request) => sessions.bind(request),
    newSession: (request) => sessions.bind(request),
    importSource: uploaded('importSource'),
    importAttachments: uploaded('importAttachments'),
    // The browser has no file to write into yet (offline review packages and returns are desktop and CLI work).
    exportTarget: ({ method, field }) => fail('web.upload_reference_expected', { method, field }),
  };
}
