import { createRequire } from 'node:module';

/**
 * Adaptive Cards' own object model (the `adaptivecards` package Web Chat renders cards with),
 * loaded from Web Chat's dependency so the version checked against is the one Web Chat uses.
 */
interface PropertyDefinition {
  name: string;
  targetVersion: { major: number; minor: number };
}
interface SerializableObject {
  getSchema(): { getCount(): number; getItemAt(index: number): PropertyDefinition };
}
interface Registry {
  createInstance(typeName: string, version: unknown): SerializableObject | undefined;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => SerializableObject & {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(i: number): { message: string } };
  GlobalRegistry: { elements: Registry; actions: Registry };
  Versions: Record<string, unknown>;
}

const adaptiveCards = createRequire(require.resolve('botframework-webchat'))('adaptivecards') as AdaptiveCardsModule;

/** The highest Adaptive Card version Teams renders for bots. */
export const teamsCardVersion = '1.5';

/** Properties a host may add beside the schema's: Teams reads `msteams` on the card. */
const hostProperties: Record<string, readonly string[]> = { AdaptiveCard: ['msteams'] };
/**
 * What holds other card objects: the object model parses these itself (an unknown type inside is
 * reported by the parse), so they are not in its property lists.
 */
const childLists = new Set(['body', 'actions', 'items', 'columns', 'inlines', 'card', 'images', 'rows', 'cells']);

/**
 * What is wrong with a card against Adaptive Cards `version` (Teams' 1.5 by default): anything
 * the reference object model cannot read at that version (an element or action type it does not
 * know there, a value outside a property's enum, an input without an id, ids used twice), a
 * property no element or action of that type has, and a property newer than the version.
 */
export function adaptiveCardIssues(content: unknown, version = teamsCardVersion): string[] {
  const target = adaptiveCards.Versions[`v${version.replace('.', '_')}`];
  if (!target) throw new Error(`Unknown Adaptive Card version ${version}`);
  const issues: string[] = [];
  const card = new adaptiveCards.AdaptiveCard();
  const context = new adaptiveCards.SerializationContext(target);
  card.parse(content, context);
  for (let i = 0; i < context.eventCount; i++) issues.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) issues.push(event.message);
  const [major, minor] = version.split('.').map(Number);
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    const type = typeof object.type === 'string' ? object.type : undefined;
    const model =
      type === 'AdaptiveCard'
        ? new adaptiveCards.AdaptiveCard()
        : type
          ? (adaptiveCards.GlobalRegistry.elements.createInstance(type, target) ??
            adaptiveCards.GlobalRegistry.actions.createInstance(type, target))
          : undefined;
    if (model && type) {
      const schema = model.getSchema();
      const known = new Map<string, PropertyDefinition>();
      for (let i = 0; i < schema.getCount(); i++) known.set(schema.getItemAt(i).name, schema.getItemAt(i));
      for (const key of Object.keys(object)) {
        if (key === 'type' || childLists.has(key) || hostProperties[type]?.includes(key)) continue;
        const definition = known.get(key);
        if (!definition) issues.push(`${path}: ${type} has no property "${key}"`);
        else {
          const { major: m, minor: n } = definition.targetVersion;
          if (m > major || (m === major && n > minor)) issues.push(`${path}: ${type}.${key} needs version ${m}.${n}`);
        }
      }
    }
    // Action data is the bot's own payload, not card schema.
    for (const [key, value] of Object.entries(object)) if (key !== 'data') walk(value, `${path}.${key}`);
  };
  walk(content, '$');
  return issues;
}
