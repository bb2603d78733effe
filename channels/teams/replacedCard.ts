import type { Attachment } from 'botbuilder';
import type { ReplacedCardNotice, WithdrawnNotice } from '../../coordination/leadContactMessages';
import { typed } from '../../plan/planViewModel';
import { card, cardActions, runsBlock, wordRuns, type CardWords } from './coordinatorCards';

/**
 * What an earlier plan card becomes once a part it showed is taken back (H321): changed in place in
 * the lead contact's chat, it shows none of the plan any more (nothing taken back stays on it), says
 * which part was taken back and not to use it, and that a newer card, sent after it, replaces it.
 * "Open full plan" still opens what is shared now.
 */
export function replacedCard(words: CardWords, notice: ReplacedCardNotice): Attachment {
  const name = typed(notice.personName);
  const body = [
    runsBlock(wordRuns(words, 'teams.card.replacedTitle', { name }), { size: 'Large', weight: 'Bolder' }),
    ...notice.parts.map((part) => runsBlock(wordRuns(words, `teams.fullPlanTakenBack.${part}`, { name }))),
    runsBlock(wordRuns(words, 'teams.card.replacedBy', { name })),
  ];
  const open = {
    type: 'Action.Submit',
    title: words('teams.card.openPlan'),
    data: { careprep: cardActions.fullPlan, invitationId: notice.invitationId },
  };
  return card(body, [open]);
}

/**
 * What an earlier plan card becomes once the whole plan is taken back (H447): none of the plan stays
 * on it, only that it was taken back and not to use the copy, as the note says; no "Open full plan",
 * as nothing is shared with them now.
 */
export function takenBackCard(words: CardWords, notice: WithdrawnNotice): Attachment {
  const name = typed(notice.personName);
  const data = { name, byCarer: notice.byCarer, invited: typed(notice.invitedAs) };
  const body = [
    runsBlock(wordRuns(words, 'teams.card.takenBackTitle', { name }), { size: 'Large', weight: 'Bolder' }),
    runsBlock(wordRuns(words, 'teams.withdrawn', data)),
  ];
  return card(body, []);
}
