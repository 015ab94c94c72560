/**
 * What the desktop's page may put where the contract takes a path (common/api/paths.ts): only a reference its
 * native dialogs gave out for that kind of argument. The menu, the command line of a second instance and the
 * start-up plan are main's own choices and call the api with paths directly.
 */
import { fail } from '../../common/result.ts';
import type { FileRefs } from '../files/fileRefs.ts';
import { referenceBinding, type PathBinder } from '../files/pathBinding.ts';

export function desktopPathBinder(picked: FileRefs): PathBinder {
  const chosen = referenceBinding(
    (ref, kind) => picked.resolve(ref, kind),
    ({ method, field }) => fail('shell.dialog_reference_expected', { method, field }),
  );
  return {
    session: chosen('session'),
    newSession: chosen('newSession'),
    importSource: chosen('importSource'),
    importAttachments: chosen('importAttachments'),
    certificate: chosen('certificate'),
    newCertificate: chosen('newCertificate'),
    pdfToVerify: chosen('pdfToVerify'),
    pdfToSign: chosen('pdfToSign'),
    exportTarget: chosen('exportTarget'),
    lettersTarget: chosen('lettersTarget'),
    reviewPackage: chosen('reviewPackage'),
    scoreReturn: chosen('scoreReturn'),
    packageTarget: chosen('packageTarget'),
    returnTarget: chosen('returnTarget'),
  };
}
