/**
 * Runs work one piece at a time, in the order it was given (H377): the pastes of every conversation
 * are screened one after another, never side by side, so however many long pastes arrive together
 * the screen's work for them is one paste's at a time, each window giving the event loop back.
 */
export class OneAtATime {
  private last: Promise<unknown> = Promise.resolve();

  /** `work`'s result, once every piece given before it has finished (whether it succeeded or not). */
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.last.then(work, work);
    this.last = result.catch(() => undefined);
    return result;
  }
}
