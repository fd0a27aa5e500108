// A local rule: no sentence a person reads written as a string in the code, outside JSX too (formatjs's
// no-literal-string-in-jsx sees only JSX). Every word lives in the catalogues (src/i18n/messages).
// What it catches: a string or a template (its ${…} read as a word) that reads as prose: typographic punctuation
// (’ “ ” … –), or four words or more, or three starting with a capital letter, or two ending in . ? ! or :.
// What it cannot: a single word ("Home"), a short lowercase phrase ("mostly give"), words joined from pieces at run
// time, words in JSON or CSS. A string that is not for a person (a log line, a developer's error) says so with
// `// eslint-disable-next-line local/no-prose-literal -- why`.
const typographic = /[’‘“”…–—]/;
const word = /\p{L}[\p{L}'-]*/gu;

export function readsAsProse(text) {
  const trimmed = text.trim();
  if (typographic.test(trimmed)) return true;
  if (/[/\\=<>{}_#@]|^\w+:\/\//.test(trimmed)) return false; // paths, selectors, code, addresses
  const words = trimmed.match(word) ?? [];
  if (!/ /.test(trimmed)) return false;
  if (words.length >= 4 || (words.length >= 3 && /^\p{Lu}/u.test(trimmed))) return true;
  return words.length >= 2 && /[.?!:]$/.test(trimmed);
}

const noProseLiteral = {
  meta: {
    type: 'problem',
    docs: { description: 'Words a person reads come from the catalogues, not from a string in the code.' },
    messages: { prose: 'Words a person reads belong in the catalogues (src/i18n/messages): "{{text}}"' },
    schema: [],
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'prose', data: { text: text.length > 60 ? `${text.slice(0, 57)}…` : text } });
    const isModuleName = (node) =>
      ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression', 'TSExternalModuleReference'].includes(
        node.parent?.type,
      );
    return {
      Literal(node) {
        if (typeof node.value !== 'string' || isModuleName(node)) return;
        if (node.parent?.type === 'JSXAttribute' || node.parent?.type === 'Property' && node.parent.key === node) return;
        if (readsAsProse(node.value)) report(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.parent?.type === 'TaggedTemplateExpression') return;
        const text = node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('X');
        if (readsAsProse(text)) report(node, text);
      },
    };
  },
};

export default { rules: { 'no-prose-literal': noProseLiteral } };
