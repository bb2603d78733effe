/**
 * A data step for sqlite's and PostgreSQL's migrations alike (only reading a number out of an
 * audit entry's JSON differs); apart from the step so migrations import nothing.
 *
 * Before H284's fix a plan shared again unchanged after it was taken back kept its version, and
 * the invitation still recorded that version as delivered (the take-back never cleared it), so the
 * plan counted as with the lead contact while it still waited in the queue. Such an invitation is
 * found by what the audit log and the queue hold, none of it sealed: the record's last share
 * (`share`, with its `planVersion`) is of the version recorded as delivered, a take-back
 * (`withdraw`) lies between it and the share before, and a plan delivery still waits for the
 * record. Its delivered version is cleared, as a delivered take-back note now does (`markTakenBack`),
 * so it counts as held once its own card has been sent; a review of that version is cleared with it,
 * as it was of the copy taken back. Anything else is left as it is.
 */
export function takenBackHeldSql(engine: 'sqlite' | 'postgres'): string {
  const planVersionOf = (detail: string): string =>
    engine === 'sqlite'
      ? `CASE WHEN json_valid(${detail}) THEN json_extract(${detail}, '$.planVersion') END`
      : `CASE WHEN ${detail} LIKE '{%' THEN (${detail}::jsonb->>'planVersion')::int END`;
  return `
  UPDATE invitations
  SET reviewed_version = CASE WHEN reviewed_version >= delivered_version THEN NULL ELSE reviewed_version END,
    delivered_version = NULL
  WHERE record_id IS NOT NULL AND delivered_version IS NOT NULL
    AND EXISTS (SELECT 1 FROM outbox queued WHERE queued.record_id = invitations.record_id
      AND queued.topic = 'plan' AND (queued.kind IS NULL OR queued.kind = 'shared'))
    AND EXISTS (SELECT 1 FROM audit_log last_share WHERE last_share.subject = invitations.record_id
      AND last_share.seq = (SELECT MAX(seq) FROM audit_log WHERE subject = invitations.record_id AND action = 'share')
      AND ${planVersionOf('last_share.detail')} = invitations.delivered_version
      AND EXISTS (SELECT 1 FROM audit_log taken WHERE taken.subject = last_share.subject
        AND taken.action = 'withdraw' AND taken.seq < last_share.seq
        AND taken.seq > COALESCE((SELECT MAX(seq) FROM audit_log earlier WHERE earlier.subject = last_share.subject
          AND earlier.action = 'share' AND earlier.seq < last_share.seq), 0)));
`;
}
