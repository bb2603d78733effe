/** A card's words as the lead contact reads them: each block's runs joined, blocks apart. */
export function cardWords(activity: Record<string, unknown> | undefined): string {
  const blocks: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as { type?: string; text?: string; inlines?: { text: string }[] };
    if (element.type === 'RichTextBlock') blocks.push((element.inlines ?? []).map((run) => run.text).join(''));
    else if (element.type === 'TextBlock') blocks.push(String(element.text));
    else Object.values(node).forEach(walk);
  };
  walk(activity?.attachments ?? []);
  return blocks.join('\n');
}
