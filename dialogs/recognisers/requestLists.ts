/**
 * The `requests` lists of content/phrases.yaml: how a request to Careprep said in a sentence of
 * its own is read (`requestReading.ts`), checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

/**
 * The schema for `command`, the command names: `wantFor` and the forms name commands, and each
 * slot of a form names a `words` list (with `?` when it may be left out).
 */
export function requestListsSchema<C extends string>(command: z.ZodType<C>) {
  return z
    .strictObject({
      /** Said before a request or a greeting, saying nothing of their own ("sorry", "ok"). */
      aside: list,
      /** Asking something of Careprep, before any command's words ("can you", "please"). */
      ask: list,
      /** A wish said before the commands of `wantFor` only ("i want to delete everything"). */
      want: list,
      wantFor: z.array(command),
      /** Said after a request ("please", "again"). */
      after: list,
      /** Requests in words no command lists: runs of `words` lists, by the command each asks. */
      forms: z.array(z.strictObject({ command, run: z.array(z.string().regex(/^\w+\??$/)).min(1) })),
      words: z.record(z.string(), list),
      /** "I already told you": never an answer, asked again. */
      alreadySaid: list,
      /** A question to Careprep itself that no request answers ("did you get that?"). */
      ofUs: z.strictObject({ about: list, short: list, open: list, end: list }),
    })
    .superRefine((value, context) => {
      value.forms.forEach(({ run }, i) => {
        for (const slot of run) {
          if (value.words[slot.replace(/\?$/, '')] === undefined) {
            context.addIssue({ code: 'custom', path: ['forms', i, 'run'], message: `no words list "${slot}"` });
          }
        }
      });
    });
}
