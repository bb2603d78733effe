/**
 * Texts this close together are read as one burst: a thought typed in two goes on a phone. The
 * crisis screen reads such a burst as one message (`RecentMessage`), and an answer that goes on in
 * the next text is joined to it (`answerGoingOn`).
 */
export const burstWithinMs = 2 * 60_000;
