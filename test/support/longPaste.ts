import { DirectLine } from './directLineClient';
import { startApp, type RunningApp } from './startApp';

/** Polls `line` until a question comes, or 50 polls have passed; every bot text seen meanwhile. */
export async function untilAsked(line: DirectLine): Promise<string> {
  const texts: string[] = [];
  for (let poll = 0; poll < 50; poll++) {
    const got = await line.poll();
    texts.push(...got.filter((a) => a.from?.role !== 'user').map((a) => a.text ?? ''));
    if (got.some((a) => a.channelData?.careprep)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return texts.join('\n');
}

/** Every bot text that comes within `polls` polls (for a reply that asks no question of the plan). */
export async function untilQuiet(line: DirectLine, polls = 15): Promise<string> {
  const texts: string[] = [];
  for (let poll = 0; poll < polls; poll++) {
    const got = await line.poll();
    texts.push(...got.filter((a) => a.from?.role !== 'user').map((a) => a.text ?? ''));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return texts.join('\n');
}

const prose = 'I have had diabetes for twenty years and my feet are sore most days, so walking is hard. ';

/** A paste of about `characters` of everyday prose, then `last` (if any) at its end. */
export const paste = (characters: number, last = '', first = ''): string =>
  `${first}${prose.repeat(Math.ceil(characters / prose.length)).slice(0, characters)}${last}`;

/** A paste of `characters` of everyday prose with `middle` at `at` characters in (the rest after it). */
export const pasteAround = (characters: number, middle: string, at = Math.floor(characters / 2)): string =>
  `${paste(at)}${middle}${paste(characters - at)}`;

/** The crisis reply, or the direct question the screen asks first: either way not the plan's next question. */
export const crisisWords = /going through this|ask you straight|Samaritans|116 123/;

/** A Web Chat conversation at its first question, in a new app for each test. */
export interface ChatAtFirstQuestion {
  readonly running: RunningApp;
  readonly line: DirectLine;
}

/** Registers the mocha hooks that start an app and a Web Chat conversation at its first question. */
export function chatAtFirstQuestion(): ChatAtFirstQuestion {
  let running: RunningApp | undefined;
  let line: DirectLine | undefined;
  beforeEach(async () => {
    running = await startApp();
    line = await DirectLine.start(running.baseUrl);
    await untilAsked(line);
  });
  afterEach(() => running?.stop());
  return {
    get running(): RunningApp {
      if (!running) throw new Error('the app is started for each test');
      return running;
    },
    get line(): DirectLine {
      if (!line) throw new Error('the conversation is started for each test');
      return line;
    },
  };
}
