/**
 * Finds user-visible text written into components instead of taken from the catalogue (src/lib/i18n/strings.ts):
 * letters in template text, in the static part of attributes people see or hear (aria-label, title, alt…), string
 * literals shown from template expressions ({cond ? 'Yes' : 'No'}), and `lang === 'es' ? '…'` choices anywhere.
 * String literals passed to a function (catalogue keys: t('close', lang)) or compared (lang === 'es') are fine.
 */
import { parse } from 'svelte/compiler';

const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);
/** Two letters in a row: words, not symbols such as ×, ▶, ✝ or a lone unit. */
const WORDY = /\p{L}{2}/u;
const LANG_CHOICE = /lang\s*===?\s*['"](?:es|en)['"]\s*\?\s*['"`]([^'"`]*)/u;
/** Field or key names (name_es, title-en) are data, not text. */
const IDENTIFIER = /^[a-z0-9]+(?:[_-][a-z0-9]+)+$/;

export interface Finding {
  line: number;
  text: string;
}

type Node = { type: string; [k: string]: unknown };

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

/** String literals in an expression that would be shown, i.e. not call arguments and not comparison operands. */
function shownLiterals(expr: unknown, out: Node[], shown = true) {
  if (!expr || typeof expr !== 'object') return;
  const n = expr as Node;
  if (n.type === 'Literal' && typeof n.value === 'string' && shown) out.push(n);
  if (n.type === 'TemplateLiteral' && shown) for (const q of n.quasis as Node[]) out.push(q);
  if (n.type === 'CallExpression') return shownLiterals(n.callee, out, false);
  if (n.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(n.operator as string)) return;
  if (n.type === 'MemberExpression') return shownLiterals(n.object, out, false);
  for (const [k, v] of Object.entries(n)) {
    if (k === 'loc' || k === 'start' || k === 'end') continue;
    if (Array.isArray(v)) v.forEach((x) => shownLiterals(x, out, shown));
    else if (v && typeof v === 'object') shownLiterals(v, out, shown);
  }
}

export function findHardcodedText(source: string): Finding[] {
  const found: Finding[] = [];
  const add = (node: Node, text: string) =>
    found.push({ line: lineOf(source, Number(node.start ?? 0)), text: text.trim().slice(0, 80) });

  const walk = (node: unknown, inSvgText = false) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Text' && WORDY.test(String(n.data))) add(n, String(n.data));
    if (n.type === 'ExpressionTag') {
      const lits: Node[] = [];
      shownLiterals(n.expression, lits);
      for (const l of lits) {
        const v = String(l.type === 'Literal' ? l.value : (l.value as { cooked: string }).cooked);
        if (WORDY.test(v)) add(l, v);
      }
    }
    if (n.type === 'Attribute' && VISIBLE_ATTRIBUTES.has(String(n.name)) && Array.isArray(n.value)) {
      for (const part of n.value as Node[]) {
        if (part.type === 'Text' && WORDY.test(String(part.data)))
          add(part, `${String(n.name)}="${String(part.data)}"`);
        else walk(part, inSvgText);
      }
      return;
    }
    if (n.type === 'Attribute' || n.type === 'StyleDirective' || n.type === 'ClassDirective') {
      // Other attributes (class, data-*, href, style) are not read by people; visible ones handled above.
      if (n.type === 'Attribute' && !Array.isArray(n.value) && VISIBLE_ATTRIBUTES.has(String(n.name)))
        walk(n.value, inSvgText);
      return;
    }
    for (const [k, v] of Object.entries(n)) {
      if (k === 'instance' || k === 'module' || k === 'css' || k === 'options') continue;
      if (Array.isArray(v)) v.forEach((x) => walk(x, inSvgText));
      else if (v && typeof v === 'object') walk(v, inSvgText);
    }
  };
  const ast = parse(source, { modern: true });
  walk(ast.fragment);
  for (const [i, line] of source.split('\n').entries()) {
    const m = LANG_CHOICE.exec(line);
    if (m && WORDY.test(m[1]!) && !IDENTIFIER.test(m[1]!)) found.push({ line: i + 1, text: line.trim().slice(0, 80) });
  }
  return found;
}
