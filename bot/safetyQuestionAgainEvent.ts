/**
 * The event a channel sends when a person turns its messages back on (an SMS START after STOP):
 * the turn asks again the safety question waiting ("are you safe right now?" or a check-in), and
 * does nothing else (no recap, no routine question, no visit recorded) when none waits (hazard H2).
 */
export const safetyQuestionAgainEvent = 'careprep.safetyQuestionAgain';
