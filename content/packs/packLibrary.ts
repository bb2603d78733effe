import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../plan/appError';
import { contentDir, loadYaml } from '../catalogue';
import { checkPacks } from './packChecks';
import { packSchema, type Pack, type Question, type Topic } from './packSchema';

/** Every pack, and the merged questions and topics for a set of conditions. */
export interface PackLibrary {
  readonly packs: readonly Pack[];
  /** Core questions followed by condition questions, each linkId once. */
  questions(conditions: readonly string[]): readonly Question[];
  /** The question with this linkId (goal questions by their `goal.N.*` form). */
  question(linkId: string): Question;
  /** The same, or undefined when no pack asks it (the review's own questions, a result's, none waiting). */
  find(linkId: string | undefined): Question | undefined;
  /** Condition topics first, then general ones; each topic id once, first wording wins. */
  topics(conditions: readonly string[]): readonly Topic[];
  /** Up to `max` goal examples: one from each condition pack in turn, then general ones. */
  goalExamples(conditions: readonly string[], max: number): readonly string[];
  /**
   * Up to `max` topics from the condition packs of `conditions`, one from each pack in turn, so
   * each condition has a say in a shortened list; empty when no condition has a pack.
   */
  ownTopics(conditions: readonly string[], max: number): readonly Topic[];
}

/** Up to `max` items taken from each list in turn (the first of each, then the second, …), each once. */
function inTurn<T>(lists: readonly (readonly T[])[], max: number, same: (a: T, b: T) => boolean): T[] {
  const picked: T[] = [];
  for (let round = 0; picked.length < max && lists.some((l) => round < l.length); round++) {
    for (const list of lists) {
      const item = list[round];
      if (item !== undefined && picked.length < max && !picked.some((p) => same(p, item))) picked.push(item);
    }
  }
  return picked;
}

/** How many lists of conditions have their questions kept. */
const maxMergedLists = 64;

/** Builds the library from parsed packs, checking them against each other (`checkPacks`). */
export function createPackLibrary(packs: readonly Pack[]): PackLibrary {
  const core = packs.find((pack) => pack.id === 'core');
  const general = packs.find((pack) => pack.id === 'general');
  if (!core || !general) throw new AppError('content_invalid', 'The core and general packs are required.');
  const conditionPacks = packs.filter((pack) => pack.condition !== undefined);
  const byLinkId = new Map<string, Question>();
  for (const pack of [core, ...conditionPacks]) {
    for (const question of pack.questions) if (!byLinkId.has(question.linkId)) byLinkId.set(question.linkId, question);
  }
  checkPacks(core, conditionPacks, byLinkId);

  const find = (linkId: string | undefined): Question | undefined =>
    linkId === undefined ? undefined : byLinkId.get(linkId.replace(/^goal\.\d+\./, 'goal.N.'));

  const packsFor = (conditions: readonly string[]): Pack[] =>
    conditionPacks.filter((pack) => pack.condition !== undefined && conditions.includes(pack.condition));

  // Merged once for each list of conditions: a turn asks for them several times (each section's
  // keys, the next question), and a record has one of a few lists.
  const merged = new Map<string, readonly Question[]>();
  const merge = (conditions: readonly string[]): readonly Question[] => {
    const seen = new Set<string>();
    const questions: Question[] = [];
    for (const pack of [core, ...packsFor(conditions)]) {
      for (const question of pack.questions) {
        if (seen.has(question.linkId)) continue;
        seen.add(question.linkId);
        questions.push(question);
      }
    }
    // Not frozen: filter() on a frozen array is about 4 times slower in V8, and the type is readonly.
    return questions;
  };

  return {
    packs,
    questions(conditions) {
      const key = JSON.stringify(conditions);
      let questions = merged.get(key);
      if (questions === undefined) {
        questions = merge(conditions);
        // Conditions are ids picked from one list, so few lists recur; those kept are bounded all the same.
        if (merged.size >= maxMergedLists) merged.clear();
        merged.set(key, questions);
      }
      return questions;
    },
    question(linkId) {
      const found = find(linkId);
      if (!found) throw new AppError('content_missing', `No question has linkId ${linkId}.`);
      return found;
    },
    find,
    topics(conditions) {
      const seen = new Set<string>();
      const merged: Topic[] = [];
      for (const pack of [...packsFor(conditions), general]) {
        for (const topic of pack.topics) {
          if (seen.has(topic.id)) continue;
          seen.add(topic.id);
          merged.push(topic);
        }
      }
      return merged;
    },
    goalExamples(conditions, max) {
      // Round-robin across the person's packs, so two conditions both get a say in three ideas.
      const lists = [...packsFor(conditions), general].map((pack) => pack.goalExamples);
      return inTurn(lists, max, (a, b) => a === b);
    },
    ownTopics(conditions, max) {
      return inTurn(
        packsFor(conditions).map((pack) => pack.topics),
        max,
        (a, b) => a.id === b.id,
      );
    },
  };
}

/** Loads every `content/packs/*.yaml`. */
export function loadPackLibrary(): PackLibrary {
  const dir = join(contentDir(), 'packs');
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
  return createPackLibrary(files.map((name) => loadYaml(join('packs', name), packSchema)));
}
