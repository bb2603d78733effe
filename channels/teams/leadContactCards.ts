import type { LeadContactMessages } from '../../coordination/leadContactMessages';
import type { Renderer } from '../../content/renderer';
import { cardBytes, maxCardBytes, type CardWords } from './coordinatorCards';
import { planCard } from './planCard';
import { replacedCard } from './replacedCard';

/** What the lead contact is told, as Teams shows it: the plan card, and a note when a plan is taken back. */
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
    withdrawn(personName, byCarer, invitedAs) {
      return {
        type: 'message',
        text: renderer.text('teams.withdrawn', { name: personName, byCarer, invited: invitedAs }, 'teams'),
        textFormat: 'markdown',
      };
    },
  };
}
