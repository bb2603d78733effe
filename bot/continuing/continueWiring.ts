import type { Renderer } from '../../content/renderer';
import type { Database } from '../../storage/database';
import type { IdentityKeys } from '../../storage/identityKeys';
import type { IdentityStore } from '../../storage/identityStore';
import type { RecordStore } from '../../storage/recordStore';
import { SqliteContinueCodes } from '../../storage/continueCodeStore';
import type { Config } from '../config';
import { smsChannelId } from '../../channels/sms/smsRoutes';
import type { Logger } from '../../plan/logger';
import type { InvitationStore } from '../../coordination/invitationStore';
import type { RecordSessions } from '../sessions';
import {
  CodeAttempts,
  defaultCodeAttemptLimits,
  type CodeAttemptCounts,
  type CodeAttemptLimits,
} from '../../coordination/codeAttempts';
import { PostgresCodeAttempts } from '../../storage/postgresCodeAttempts';
import { ContinueLinker, everyoneLimits } from './continueLinker';
import { tieMobile } from './mobileTie';

/**
 * One record across channels, wired apart from `app.ts`: continue codes (issued by "continue on
 * my phone", taken by the linker), the invitation's mobile tied to the record, and the wrong-code
 * counts the invitation codes share.
 */
export function continuing(deps: {
  config: Pick<Config, 'publicUrl' | 'twilio'>;
  db: Database;
  identityKeys: IdentityKeys;
  identities: IdentityStore;
  records: RecordStore;
  renderer: Renderer;
  clock: () => Date;
  logger: Logger;
  /** A tie waits for the record's changes in the turn to be stored: a number never leads to no record. */
  sessions: Pick<RecordSessions, 'flush'>;
  /** Where the mobile an invitation named is found, to untie it. */
  invitations: Pick<InvitationStore, 'get'>;
}): {
  codes: SqliteContinueCodes;
  linker: ContinueLinker;
  attempts: CodeAttemptCounts;
  continueBy: { webUrl: string; smsNumber?: string };
  mobiles: { tie(mobile: string, recordId: string): Promise<boolean>; untie(recordId: string): Promise<boolean> };
} {
  const { config, clock } = deps;
  const codes = new SqliteContinueCodes(deps.db, deps.identities, deps.identityKeys, clock);
  // In memory for one sqlite instance; in the database when several instances must share them.
  const counts = (scope: string, limits: CodeAttemptLimits): CodeAttemptCounts =>
    deps.db.engine === 'postgres'
      ? new PostgresCodeAttempts(deps.db, scope, clock, deps.identityKeys, limits)
      : new CodeAttempts(clock, limits);
  const attempts = counts('codes', defaultCodeAttemptLimits);
  const everyone = counts('continue-everyone', everyoneLimits);
  const linker = new ContinueLinker({ ...deps, codes, attempts, everyone });
  const texting = config.twilio.accountSid && config.twilio.authToken && config.twilio.from;
  return {
    codes,
    linker,
    attempts,
    continueBy: { webUrl: config.publicUrl, smsNumber: texting ? config.twilio.from : undefined },
    mobiles: {
      tie: async (mobile, recordId) => {
        await deps.sessions.flush(recordId);
        return tieMobile(deps, mobile, recordId);
      },
      untie: async (recordId) => {
        const invitationId = (await deps.records.get(recordId))?.value.leadContact?.invitationId;
        const mobile = invitationId ? (await deps.invitations.get(invitationId))?.details.mobile : undefined;
        return mobile ? deps.identities.unlink(smsChannelId, mobile, recordId) : false;
      },
    },
  };
}
