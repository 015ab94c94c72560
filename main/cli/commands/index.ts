/** Every command of `comitia`, in the order the help lists them: a capability adds its register function here. */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';
import { registerAgreementCommand } from './agreement.ts';
import { registerAttendanceCommand } from './attendance.ts';
import { registerAuditCommand } from './audit.ts';
import { registerDecideCommand } from './decide.ts';
import { registerLockCommand } from './lock.ts';
import { registerBackupCommand } from './backup.ts';
import { registerNotesCommand } from './notes.ts';
import { registerResultsCommand } from './results.ts';
import { registerCertCommand } from './cert.ts';
import { registerConflictsCommand } from './conflicts.ts';
import { registerDemoCommand } from './demo.ts';
import { registerDossiersCommand } from './dossiers.ts';
import { registerEligibilityCommand } from './eligibility.ts';
import { registerFingerprintCommand } from './fingerprint.ts';
import { registerGridCommand } from './grid.ts';
import { registerImportCommand } from './import.ts';
import { registerInfoCommand } from './info.ts';
import { registerLettersCommand } from './letters.ts';
import { registerMembersCommand } from './members.ts';
import { registerMinutesCommand } from './minutes.ts';
import { registerNewCommand } from './new.ts';
import { registerPackageCommand } from './package.ts';
import { registerProposeCommand } from './propose.ts';
import { registerRankCommand } from './rank.ts';
import { registerReturnCommand } from './return.ts';
import { registerScoresCommand } from './scores.ts';
import { registerScoringSettingsCommand } from './scoringSettings.ts';
import { registerTargetsCommand } from './targets.ts';
import { registerSignCommand } from './sign.ts';
import { registerVerifyCommand } from './verify.ts';

const registrations = [
  registerNewCommand,
  registerDemoCommand,
  registerInfoCommand,
  registerImportCommand,
  registerDossiersCommand,
  registerGridCommand,
  registerMembersCommand,
  registerConflictsCommand,
  registerEligibilityCommand,
  registerScoringSettingsCommand,
  registerScoresCommand,
  registerPackageCommand,
  registerReturnCommand,
  registerRankCommand,
  registerAgreementCommand,
  registerAttendanceCommand,
  registerDecideCommand,
  registerNotesCommand,
  registerResultsCommand,
  registerAuditCommand,
  registerLockCommand,
  registerBackupCommand,
  registerTargetsCommand,
  registerProposeCommand,
  registerFingerprintCommand,
  registerMinutesCommand,
  registerLettersCommand,
  registerCertCommand,
  registerSignCommand,
  registerVerifyCommand,
];

export function registerCommands(program: CliCommand, cli: CliRuntime): void {
  for (const register of registrations) register(program, cli);
}
