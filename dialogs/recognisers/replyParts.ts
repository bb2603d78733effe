/**
 * Where a reply breaks into parts that each say one thing ("not now, I'm ok", "walking to the
 * shops, about a 7, my knees might stop me", "it's fine but that number scares me"): stops (a
 * point between digits is a decimal, "7.5"), commas, semicolons, colons, question and exclamation
 * marks, line breaks, a dash between spaces, "but" and "though".
 */
const partBreak = /[,;:!?\n]+|\.(?!\d)|\s[-–—]+\s|\bbut\b|\bthough\b/i;

/** The parts of `text`, as written, none of them empty. */
export function replyParts(text: string): string[] {
  return text.split(partBreak).filter((part) => part.trim() !== '');
}
