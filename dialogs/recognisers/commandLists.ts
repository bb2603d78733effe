import { z } from 'zod';

const list = z.array(z.string().min(1));

/** The commands' phrase lists (`commands` in content/phrases.yaml): each names what a message asks Careprep to do. */
export const commandsSchema = z.strictObject({
  help: list,
  back: list,
  /** The answer given last, asked again to take out (or, where one is needed, to replace). */
  removeAnswer: list,
  skip: list,
  pause: list,
  restart: list,
  change: list,
  showPlan: list,
  /** "Who can see this?": who sees their answers, told from the record. */
  whoSees: list,
  /** "Who is my lead contact?": named from the invitation, then the question waiting again. */
  whoIsLead: list,
  /**
   * Asking to send the plan to someone of one's own ("can you send it to my daughter instead?"):
   * only the lead contact can be sent it, said so, with how to see it to show them (H279).
   */
  sendElsewhere: list,
  /**
   * Asking to send the plan to someone of the care team ("send it to my GP please"): only the lead
   * contact can be sent it, said so, with whether it has been (explorer 28, H334).
   */
  sendToTeam: list,
  showData: list,
  /**
   * "Are my answers saved?", "did you save that?": answered from the record as this turn read it
   * from the store, a pause kept; never noted as an answer (explorer 28, H334).
   */
  savedAsk: list,
  /** "Where was I?": where they are in the preparation, then the question waiting. */
  whereAmI: list,
  /** "Carry on", "go on": going on, as the recap asks; the question waiting is asked again. */
  carryOn: list,
  /** "When is my appointment?": answered from the record, then the question waiting again. */
  appointment: list,
  /** "Are you a robot?", "who are you?": an automated helper, no person watching; the question again. */
  whoAnswers: list,
  /** Asking for a person: whom to contact, and the urgent help; the question again. */
  toAPerson: list,
  /** "What is this for?", "why are you asking": what getting ready is for; the question again. */
  whatFor: list,
  /** "How long will this take?": the part they are on, and that they can stop; the question again. */
  howFar: list,
  /** Turns off the person's own-copy link. */
  stopLink: list,
  /**
   * Asks in words for texts to stop ("stop texting me"): answered with how (reply STOP), after the
   * crisis guard. Never an opt-out: a sentence read as one could stop texts they did not mean to.
   */
  stopTexting: list,
  /** Asks for a short code that joins another channel to the person's record. */
  continueElsewhere: list,
  /**
   * A phone or chat that reaches the record is not theirs ("not my phone", "that was not me"):
   * the invitation's mobile and whatever joined from elsewhere no longer reach it.
   */
  notMyPhone: list,
  /**
   * Take a shared plan back from the lead contact ("withdraw consent", "I don't want my nurse to
   * see this"), keeping the answers; before sharing, keep something from them.
   */
  withdrawSharing: list,
  /** Go through the test results: after choosing not to, or a new one not gone through yet. */
  showResults: list,
  /**
   * "Stop results", "stop sending me results" (explorer 29b, H411): at a result, a choice not to go
   * through them; anywhere else never an answer: told whether any are left to go through.
   */
  stopResults: list,
  deleteData: list,
});
