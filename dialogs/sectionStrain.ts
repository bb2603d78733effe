import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { cutAtWord } from '../plan/readingLength';
import { followCarerStrain } from './carerStrainFlag';
import { carersPartAt, carersStrainAt, keepCarersOwn } from './carersOwnWords';
import { SectionOffers } from './sectionOffers';

/** How much of a carer's words of strain is said back with the offer to keep them. */
const saidBackLength = 120;

/**
 * A carer's own strain said at a question about the person (H441, under H346 and H6): never noted
 * as the person's answer. It is acknowledged and offered to keep in the carer's own part, where
 * their yes keeps it (`carerViews.carer`) and raises the strain flag, which goes to the lead contact
 * only with that part (`followCarerStrain`); a no keeps nothing. The question is asked again either
 * way, or, where the reply told of the person too beside it ("he gets confused at night and I'm not
 * coping", `carersPartAt`), that is noted as the answer then. Any other reply is read as the
 * question's answer, as ever.
 */
export abstract class SectionStrain extends SectionOffers {
  /** The reply to a standing offer to keep a carer's strain, or a new one to offer (never from a card). */
  protected async strainTurn(
    dc: DialogContext,
    key: string,
    text: string,
    card: boolean,
  ): Promise<DialogTurnResult | undefined> {
    return (await this.replyToStrainOffer(dc, key, text)) ?? (card ? undefined : this.offerStrainKept(dc, key, text));
  }

  /** Offers to keep a carer's words of strain said at `key`, asking it again; undefined when `text` says none. */
  protected async offerStrainKept(dc: DialogContext, key: string, text: string): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const { strain, library, phrases } = this.deps;
    const words = carersStrainAt(this.question(key), record, text, strain, library);
    if (words === undefined) return undefined;
    const part = carersPartAt(this.question(key), record, text, phrases, library);
    const rest = part?.split ? part.person : undefined;
    const family = this.family(dc);
    const said = { words: cutAtWord(part?.split ? part.carer : words, saidBackLength), rest: rest !== undefined };
    const offer = this.deps.renderer.text(
      'carer.strain.offer',
      { ...this.templateData(record, family), ...said },
      family,
    );
    const result = await this.ask(dc, key, [offer]);
    const state = this.state(dc);
    state.offeredStrain = part?.split ? part.carer : words;
    state.offeredStrainRest = rest;
    return result;
  }

  /**
   * The reply to the offer standing, which it withdraws: a yes (or "ok") keeps the words and says
   * what that means, a no keeps nothing; both ask the question again. Undefined for anything else.
   */
  protected async replyToStrainOffer(
    dc: DialogContext,
    key: string,
    text: string,
  ): Promise<DialogTurnResult | undefined> {
    const state = this.state(dc);
    const { offeredStrain: words, offeredStrainRest: rest } = state;
    state.offeredStrain = state.offeredStrainRest = undefined;
    if (words === undefined) return undefined;
    const { phrases } = this.deps;
    const keep = phrases.is('yes', text) || phrases.is('agree', text);
    if (!keep && !phrases.is('no', text)) return undefined;
    const session = this.session(dc);
    if (keep) {
      const at = this.deps.clock().toISOString();
      await session.update((draft) => {
        keepCarersOwn(draft, words, at);
        followCarerStrain(draft, at, this.deps.strain);
        // Told here what sharing their part means, and where carers get support: not again in it.
        draft.progress.carerStrainTold = true;
      });
    }
    const family = this.family(dc);
    const data = {
      ...this.templateData(session.record, family),
      later: session.record.answers['carer.coping'] === undefined,
    };
    const told = this.deps.renderer.text(keep ? 'carer.strain.kept' : 'carer.strain.notKept', data, family);
    if (rest === undefined) return this.ask(dc, key, [told]);
    return this.store(dc, key, { status: 'answered', value: rest }, [told]);
  }
}
