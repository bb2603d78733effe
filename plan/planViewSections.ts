import type { CarerNeeds } from './carerNeeds';
import type { DraftPlan, PlanGoal, PlanScore } from './draftPlan';
import {
  lineOf,
  runsOf,
  typed,
  type PlanLine,
  type PlanViewSection,
  type PlanViewSectionId,
  type PlanWords,
  type Slot,
} from './planViewModel';
import { flagTopic } from './recordView';
import { resultsViewLines } from './results/resultsViewLines';

/** Each section's lines for a plan, in the order a reader meets them. */
export function planSections(plan: DraftPlan, words: PlanWords): PlanViewSection[] {
  const line = (key: string, data: Record<string, Slot> = {}): PlanLine => lineOf(words, key, data);
  const section = (id: PlanViewSectionId, lines: PlanLine[]): PlanViewSection => ({
    id,
    heading: words.text(`plan.heading.${id}`),
    lines,
  });
  const sections: PlanViewSection[] = [];
  if (plan.flags.length > 0) sections.push(section('flags', flagLines(plan, words)));
  sections.push(
    section('aboutMe', aboutLines(plan, words, line)),
    section('whatMatters', whatMattersLines(plan, line)),
  );
  if (plan.results) sections.push(section('results', resultsViewLines(plan.results, words)));
  sections.push(
    section('goals', goalLines(plan, words, line)),
    section('topics', topicLines(plan, line)),
    section('mood', moodLines(plan, line)),
  );
  if (plan.carer) sections.push(section('carer', carerLines(plan.carer, plan.aboutMe.name, words, line)));
  sections.push(
    section('contacts', contactLines(plan, line)),
    section('review', reviewLines(plan, words, line)),
    section('sharing', sharingLines(plan, words, line)),
  );
  return sections;
}

type Line = (key: string, data?: Record<string, Slot>) => PlanLine;

/**
 * Crisis first, then a positive mood screen, then a carer's strain; each says how it came to light when it was asked
 * about, and what they said to "are you safe right now?" when it was no "I'm safe".
 */
function flagLines(plan: DraftPlan, words: PlanWords): PlanLine[] {
  return plan.flags.map((flag) => {
    const topic = flagTopic(flag);
    const said = [flagWhat(flag, topic, words)];
    // Where it was said tells a fear asked at a result from a wish said at a goal (H429).
    const where = flag.saidAt === undefined ? undefined : `plan.flag.saidAt.${flag.saidAt.split('.')[0] ?? ''}`;
    if (where !== undefined && words.has(where)) said.push(words.text(where));
    // How it came to light matters to the lead contact: said unprompted, or confirmed when asked.
    const how = flagHow(flag);
    if (how) said.push(words.text(how));
    if (flag.safeNow) {
      const whose = topic === 'carerCrisis' ? 'carerSafeNow' : 'safeNow';
      said.push(words.text(`plan.flag.${whose}.${flag.safeNow}`, { carer: flag.by === 'carer' }));
    }
    if (flag.cameBackAt) said.push(words.text('plan.flag.cameBack', { day: words.day(flag.cameBackAt) }));
    // A carer's strain is read in their own words, as typed (H346).
    const own = flag.kind === 'carerStrain' && flag.message ? typed(flag.message) : undefined;
    const theirWords = own ? [{ text: ' ' }, ...runsOf(words, 'plan.flag.carerStrain.said', { words: own })] : [];
    return { key: 'plan.line.flag', runs: [{ text: said.join(' ') }, ...theirWords] };
  });
}

/**
 * What a flag is about. A reply that was no clear no, handled as a yes for safety ("go back",
 * "not really"), is told as what was asked and not denied: never as something they said.
 */
function flagWhat(flag: DraftPlan['flags'][number], topic: ReturnType<typeof flagTopic>, words: PlanWords): string {
  const base =
    flag.reply !== 'unclear'
      ? `plan.flag.${topic}`
      : flag.via === 'moodQuestion'
        ? `plan.flag.${topic}.unclearAfterMood`
        : `plan.flag.${topic}.unclear`;
  const specific = `${base}.${flag.detail}`;
  // A flag a carer raised is told as the carer's where its words have a carer's form.
  const forms = flag.by === 'carer' ? [`${specific}.carer`, `${base}.carer`, specific] : [specific];
  return words.text(forms.find((key) => words.has(key)) ?? base);
}

/** The key of how a flag came to light, or undefined when it was said unprompted (or the what says it). */
function flagHow(flag: DraftPlan['flags'][number]): string | undefined {
  if (!flag.via || flag.via === 'disclosure' || flag.reply === 'unclear') return undefined;
  // Flags recorded before the reply was kept say what they always said.
  return flag.reply && !(flag.via === 'checkIn' && flag.reply === 'yes')
    ? `plan.flag.via.${flag.via}.${flag.reply}`
    : `plan.flag.via.${flag.via}`;
}

function aboutLines(plan: DraftPlan, words: PlanWords, line: Line): PlanLine[] {
  const about = plan.aboutMe;
  const lines: PlanLine[] = [];
  if (about.name) lines.push(line('plan.line.name', { name: typed(about.name) }));
  if (about.conditions.length > 0 || about.otherConditions) {
    const list = about.conditions.length > 0 ? about.conditions.join(', ') : undefined;
    lines.push(line('plan.line.conditions', { list, other: typed(about.otherConditions) }));
  }
  if (about.seesStrokeTeam !== undefined)
    lines.push(line(about.seesStrokeTeam ? 'plan.line.seesStrokeTeam' : 'plan.line.seesNoStrokeTeam'));
  if (about.completedBy === 'carer') {
    lines.push(
      line('plan.line.filledInByCarer', { carer: typed(about.carerName), relationship: typed(about.relationship) }),
    );
    if (about.personAgrees === false) lines.push(line('plan.line.personNotAgreed'));
    if (about.personAgreesWords)
      lines.push(line('plan.line.personAgreesWords', { words: typed(about.personAgreesWords) }));
  } else lines.push(line('plan.line.filledInBySelf'));
  lines.push(line('plan.line.preparedOn', { day: words.day(plan.updatedAt) }));
  return lines;
}

function whatMattersLines(plan: DraftPlan, line: Line): PlanLine[] {
  const said = plan.whatMatters;
  const lines = (
    [
      ['plan.line.most', said.most],
      ['plan.line.goingWell', said.goingWell],
      ['plan.line.hard', said.hard],
      ['plan.line.wouldLikeTo', said.wouldLikeTo],
      ['plan.line.support', said.support],
      ['plan.line.feelings', said.feelings],
      ['plan.line.carerView', said.carerView],
    ] as const
  )
    .filter(([, text]) => text !== undefined)
    .map(([key, text]) => line(key, { text: typed(text) }));
  return lines.length > 0 ? lines : [line('plan.line.nothingYet')];
}

function goalLines(plan: DraftPlan, words: PlanWords, line: Line): PlanLine[] {
  const score = (value: PlanScore): string =>
    value === undefined
      ? words.text('plan.notAnswered')
      : value === 'notSure'
        ? words.text('plan.notSure')
        : words.text('plan.score', { value });
  const lines = plan.goals.map((goal: PlanGoal) => ({
    ...line('plan.line.goal', { number: goal.number, text: typed(goal.text) }),
    items: [
      line('plan.line.scores', {
        importance: score(goal.importance),
        confidence: score(goal.confidence),
        low: goal.lowConfidence,
      }),
      ...(goal.action ? [line('plan.line.action', { text: typed(goal.action) })] : []),
      ...(goal.barriers ? [line('plan.line.barriers', { text: typed(goal.barriers) })] : []),
      ...(goal.moreLikely ? [line('plan.line.moreLikely', { text: typed(goal.moreLikely) })] : []),
    ],
  }));
  if (lines.length === 0) lines.push({ ...line('plan.line.noGoals'), items: [] });
  if (plan.goalsCarerView)
    lines.push({ ...line('plan.line.carerView', { text: typed(plan.goalsCarerView) }), items: [] });
  return lines;
}

function topicLines(plan: DraftPlan, line: Line): PlanLine[] {
  // A topic may be the person's own words, so every label is treated as typed.
  const topic = (label: string): PlanLine => ({ key: 'plan.line.topic', runs: [{ text: label, own: true }] });
  const lines = [
    ...plan.topics.top.map((label): PlanLine => ({ ...topic(label), strong: true })),
    ...plan.topics.others.map(topic),
  ];
  return lines.length > 0 ? lines : [line('plan.line.noTopics')];
}

function moodLines(plan: DraftPlan, line: Line): PlanLine[] {
  const mood = plan.mood;
  const lines: PlanLine[] = [];
  if (!mood.answered) lines.push(line('plan.line.moodNotAnswered'));
  else if (mood.screenPositive) {
    lines.push(line('plan.line.moodPositive'));
    lines.push(
      line(
        mood.wantsHelp === true
          ? 'plan.line.moodWantsHelp'
          : mood.wantsHelp === false
            ? 'plan.line.moodDeclinedHelp'
            : mood.helpUnsure
              ? 'plan.line.moodHelpUnsure'
              : 'plan.line.moodNoHelpYet',
      ),
    );
  } else lines.push(line(mood.unsure ? 'plan.line.moodUnsure' : 'plan.line.moodNone'));
  // Their own words, told as whoever said them: a carer's view is the carer's, never the person's.
  for (const said of mood.said)
    lines.push(line(`plan.line.moodWords.${said.question}`, { words: typed(said.text), carer: said.carer }));
  // Said in their own copy, so they know what the care team will not see.
  if (!mood.shared) lines.push(line('plan.line.moodNotShared'));
  return lines;
}

/** The carer's own needs: how they are coping, what would help them, and whether the person agrees. */
function carerLines(carer: CarerNeeds, person: string | undefined, words: PlanWords, line: Line): PlanLine[] {
  const lines: PlanLine[] = [];
  if (carer.coping) lines.push(line('plan.line.carerCoping', { text: typed(carer.coping) }));
  if (carer.ownWords) lines.push(line('plan.line.carerOwnWords', { text: typed(carer.ownWords) }));
  const help = carer.help.length > 0 ? carer.help.join(', ') : undefined;
  if (help || carer.helpWords) lines.push(line('plan.line.carerHelp', { list: help, other: typed(carer.helpWords) }));
  else if (carer.helpNone) lines.push(line('plan.line.carerHelpNone'));
  // Asked before the carer had questions of their own: a yes or no to support for themselves.
  else if (carer.support !== undefined)
    lines.push(line(carer.support ? 'plan.line.carerSupportYes' : 'plan.line.carerSupportNo'));
  const agrees = carer.agrees ?? (carer.agreesUnsure ? words.text('plan.notSure') : undefined);
  if (agrees || carer.agreesWords) {
    lines.push(
      line('plan.line.personAgreesWithAnswers', {
        name: typed(person),
        answer: agrees,
        words: typed(carer.agreesWords),
      }),
    );
  }
  return lines.length > 0 ? lines : [line('plan.line.nothingYet')];
}

/** Who is on their side, and who to call if things change before the appointment (PRSB: contacts). */
function contactLines(plan: DraftPlan, line: Line): PlanLine[] {
  const lead = typed(plan.leadContact);
  const about = plan.aboutMe;
  const carer =
    about.completedBy === 'carer' && about.carerName
      ? [line('plan.line.carerContact', { carer: typed(about.carerName), relationship: typed(about.relationship) })]
      : [];
  if (!lead) return [line('plan.line.noLead'), ...carer, line('plan.line.ifThingsChangeNoLead')];
  return [line('plan.line.lead', { lead }), ...carer, line('plan.line.ifThingsChange', { lead })];
}

/** The appointment it is for, and the review date: agreed at the appointment, not before it. */
function reviewLines(plan: DraftPlan, words: PlanWords, line: Line): PlanLine[] {
  const when = plan.appointmentAt ? words.appointment(plan.appointmentAt) : undefined;
  return [
    when ? line('plan.line.appointment', { when }) : line('plan.line.noAppointment'),
    line('plan.line.reviewDate'),
  ];
}

/**
 * Who has it: whether it was shared with the lead contact and when (and, in the own copy, whether
 * it has reached them yet), and what the person kept back.
 */
function sharingLines(plan: DraftPlan, words: PlanWords, line: Line): PlanLine[] {
  const notYet = plan.reachedLead === false ? 'NotReached' : '';
  const lines = [
    plan.sharedAt && plan.leadContact
      ? line(`plan.line.sharedWith${notYet}`, { lead: typed(plan.leadContact), day: words.day(plan.sharedAt) })
      : plan.earlierSharedAt && plan.leadContact
        ? line(`plan.line.earlierShared${notYet}`, {
            lead: typed(plan.leadContact),
            day: words.day(plan.earlierSharedAt),
          })
        : line('plan.line.notShared'),
  ];
  // Only the person's own copy says what was kept back: the shared copy simply leaves it out.
  if (plan.audience === 'own' && plan.withheld.length > 0) {
    const sections = plan.withheld.map((id) => words.text(`plan.heading.${id}`)).join(', ');
    lines.push(line('plan.line.keptBack', { sections }));
  }
  return lines;
}
