import type Handlebars from 'handlebars';

/** The values a template is filled in with (`TemplateData`). */
type Data = Record<string, string | number | boolean | undefined>;

/** A placeholder that reads one value by its own name: `{{name}}`, nothing else. */
function placeholderName(statement: hbs.AST.MustacheStatement, helpers: Record<string, unknown>): string | undefined {
  const { path, params, hash, escaped } = statement;
  if (path.type !== 'PathExpression' || params.length > 0 || hash || !escaped) return undefined;
  const { data, depth, parts, original } = path as hbs.AST.PathExpression;
  if (data || depth !== 0 || parts.length !== 1 || original !== parts[0]) return undefined;
  // A helper's name calls the helper.
  return Object.prototype.hasOwnProperty.call(helpers, original) ? undefined : original;
}

/**
 * Words whose `{{...}}` are placeholders alone (`Hello {{name}}`: no block, partial, helper,
 * comment or path), filled in as Handlebars fills them in (`noEscape`): a value's own property,
 * nothing for a missing one. Each Handlebars call first wraps every helper afresh, which a turn
 * paid on every such message it sent; these need none of it. Undefined for any other template
 * (or one that does not parse): Handlebars renders it.
 */
export function placeholdersOnly(handlebars: typeof Handlebars, source: string): ((data: Data) => string) | undefined {
  let program: hbs.AST.Program;
  try {
    program = handlebars.parse(source);
  } catch {
    return undefined;
  }
  // Words and names in turn, as parsed (with `{{~` and `~}}` already taken into the words).
  const parts: ({ words: string } | { name: string })[] = [];
  for (const statement of program.body) {
    if (statement.type === 'ContentStatement') {
      const words = (statement as hbs.AST.ContentStatement).value;
      if (words !== '') parts.push({ words });
      continue;
    }
    const name =
      statement.type === 'MustacheStatement'
        ? placeholderName(statement as hbs.AST.MustacheStatement, handlebars.helpers)
        : undefined;
    if (name === undefined) return undefined;
    parts.push({ name });
  }
  return (data) => {
    let out: Piece = '';
    parts.forEach((part, i) => {
      const piece = 'words' in part ? part.words : valueOf(data, part.name);
      out = i === 0 ? piece : plus(out, piece);
    });
    return String(out);
  };
}

type Piece = string | number | boolean;

/** A value as Handlebars reads it: its own property only, nothing ('') when missing. */
function valueOf(data: Data | null | undefined, name: string): Piece {
  // A partial is given whatever context it is used in, which may be none.
  if (data === null || data === undefined || !Object.prototype.hasOwnProperty.call(data, name)) return '';
  return data[name] ?? '';
}

/**
 * `a + b` as Handlebars' compiled template adds up its parts: joined when either is words, and
 * otherwise added as numbers, so two numbers side by side with nothing between them come out as
 * their sum (`{{low}}{{high}}` with 1 and 2 gives "3"), exactly as Handlebars gives them.
 */
function plus(a: Piece, b: Piece): Piece {
  return typeof a === 'string' || typeof b === 'string' ? `${a}${b}` : Number(a) + Number(b);
}
