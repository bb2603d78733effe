import type { LeadContactMessages } from '../../coordination/leadContactMessages';
import type { Renderer } from '../../content/renderer';
import { cardBytes, maxCardBytes, type CardWords } from './coordinatorCards';
import { planCard } from './planCard';
import { replacedCard, takenBackCard } from './replacedCard';

/**
 * What the lead contact is told, as Teams shows it: the plan card, a note when a plan is taken back,
 * and the earlier cards as they are changed in place.
 */
export function leadContactCards(renderer: Renderer): LeadContactMessages {
  const words: CardWords = (key, data = {}) => renderer.text(key, data, 'teams');
  return {
    shared(notice) {
      let attachment = planCard(words, notice);
      if (cardBytes(attachment) > maxCardBytes) {
        // Should not happen (answers are cut on the card); if it does, send the changes-only form.
        attachment = planCard(words, { ...notice, changes: notice.changes ?? [] });
      }
      return { type: 'message', attachments: [attachment] };
    },
    replaced(notice) {
      return { type: 'message', attachments: [replacedCard(words, notice)] };
    },
    takenBackCard(notice) {
      return { type: 'message', attachments: [takenBackCard(words, notice)] };
    },
    withdrawn({ personName, byCarer, invitedAs, earlierCards }) {
      const data = { name: personName, byCarer, invited: invitedAs };
      const earlier = earlierCards
        ? ` ${renderer.text(`teams.withdrawnEarlier${earlierCards.changed ? 'Changed' : 'Unchanged'}`, { name: personName, many: earlierCards.many }, 'teams')}`
        : '';
      return {
        type: 'message',
        text: `${renderer.text('teams.withdrawn', data, 'teams')}${earlier}`,
        textFormat: 'markdown',
      };
    },
  };
}
