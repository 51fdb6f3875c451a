import { h } from '../dom.js';

/** Inline redline: the engine's word-diff tokens as <del>/<ins> in one paragraph. */
export function inlineRedline(diff) {
  return h(
    'p',
    { class: 'redline' },
    diff.map((t) => {
      if (t.op === 'delete') return h('del', {}, t.text);
      if (t.op === 'insert') return h('ins', {}, t.text);
      return t.text;
    }),
  );
}

/**
 * Side by side: the old text is the equal and deleted tokens, the new one the equal and inserted
 * tokens, so both columns come from the same diff and line up with the inline view.
 */
export function sideBySide(diff, fromTitle, toTitle) {
  const side = (keep, tag) =>
    diff
      .filter((t) => t.op === 'equal' || t.op === keep)
      .map((t) => (t.op === 'equal' ? t.text : h(tag, {}, t.text)));
  const oldParts = side('delete', 'del');
  const newParts = side('insert', 'ins');
  return h(
    'div',
    { class: 'side-by-side' },
    h(
      'div',
      { class: 'side old' },
      h('h4', {}, fromTitle),
      oldParts.length ? h('p', {}, oldParts) : h('p', { class: 'muted' }, '(none)'),
    ),
    h(
      'div',
      { class: 'side new' },
      h('h4', {}, toTitle),
      newParts.length ? h('p', {}, newParts) : h('p', { class: 'muted' }, '(none)'),
    ),
  );
}
