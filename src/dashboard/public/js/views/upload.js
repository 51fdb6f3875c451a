import { api, auth, writes } from '../api.js';
import { h, mount } from '../dom.js';
import { navigate } from '../router.js';
import { errorBox, planLink, versionName } from '../ui.js';
import { renderSignIn } from './signin.js';

const field = (id, label, control) =>
  h('div', { class: 'field' }, h('label', { for: id }, label), control);

/** The body for preview or store: the file as multipart, else the pasted text as JSON. */
function body(form, meta) {
  const file = form.elements.namedItem('up-file').files[0];
  if (file) {
    const data = new FormData();
    data.append('file', file);
    for (const [k, v] of Object.entries(meta)) {
      for (const one of [].concat(v)) data.append(k, one);
    }
    return data;
  }
  return { ...meta, text: form.elements.namedItem('up-text').value };
}

function previewTable(preview) {
  return h(
    'div',
    { class: 'card', id: 'up-preview' },
    h(
      'h2',
      {},
      `Preview: ${preview.clauseCount} clause${preview.clauseCount === 1 ? '' : 's'}`,
      preview.format ? ` (${preview.format})` : '',
    ),
    preview.warnings.length
      ? h(
          'ul',
          { class: 'warnings' },
          preview.warnings.map((w) =>
            h('li', {}, typeof w === 'string' ? w : (w.message ?? JSON.stringify(w))),
          ),
        )
      : null,
    h(
      'div',
      { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Segmented clauses' },
      h(
        'table',
        { class: 'matrix preview' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Label'),
            h('th', { scope: 'col' }, 'Under'),
            h('th', { scope: 'col' }, 'Text'),
          ),
        ),
        h(
          'tbody',
          {},
          preview.clauses.map((c) =>
            h(
              'tr',
              { 'data-label': c.label },
              h('th', { scope: 'row' }, c.label),
              h('td', {}, c.parent ?? ''),
              h('td', {}, c.text),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * Upload a draft: any importer format (or pasted text), previewed as the engine segments it
 * (POST …/versions/preview stores nothing), then stored with its metadata (POST …/versions).
 */
export async function renderUpload(plan) {
  const here = planLink(plan, '/upload');
  if (!auth.token()) {
    mount(
      'Upload a draft',
      h('h1', {}, 'Upload a draft'),
      h('p', {}, 'Storing a version is for good, so it needs an editor token.'),
      h(
        'button',
        { type: 'button', onclick: () => renderSignIn(() => navigate(here, { replace: true })) },
        'Sign in',
      ),
    );
    return;
  }
  const versions = await api.versions(plan);
  const message = h('div', { id: 'up-message', role: 'status' });
  const previewBox = h('div');
  const input = (id, attrs = {}) => h('input', { id, name: id, ...attrs });
  const meta = (form) => {
    const v = (id) => form.elements.namedItem(id).value.trim();
    const parents = [...form.querySelectorAll('input[name="up-parent"]:checked')].map(
      (x) => x.value,
    );
    const out = {
      slug: v('up-slug'),
      title: v('up-title'),
      date: v('up-date'),
      basis: v('up-basis'),
    };
    if (v('up-label')) out.label = v('up-label');
    if (v('up-grade')) out.grade = v('up-grade');
    if (parents.length) out.parents = parents;
    return out;
  };
  const form = h(
    'form',
    {
      class: 'import upload',
      'aria-label': 'Upload a draft',
      onsubmit: async (e) => {
        e.preventDefault();
        const store = e.submitter?.value === 'store';
        message.replaceChildren();
        try {
          if (!store) {
            const preview = await writes.previewVersion(plan, body(form, {}));
            previewBox.replaceChildren(previewTable(preview));
            form.querySelector('button[value=store]').disabled = false;
            return;
          }
          const m = meta(form);
          const stored = await writes.storeVersion(plan, body(form, m));
          const parent = m.parents?.[0];
          await navigate(
            parent
              ? planLink(
                  plan,
                  `/compare?from=${encodeURIComponent(parent)}&to=${encodeURIComponent(stored.slug ?? m.slug)}`,
                )
              : planLink(plan, `#version-${m.slug}`),
          );
        } catch (err) {
          message.replaceChildren(errorBox(err));
        }
      },
    },
    h(
      'div',
      { class: 'form-grid' },
      field(
        'up-file',
        'File (.txt, .md, .json, .docx, .pdf, .html)',
        input('up-file', { type: 'file', accept: '.txt,.md,.json,.docx,.pdf,.html,.htm' }),
      ),
      field(
        'up-slug',
        'Slug',
        input('up-slug', { required: true, pattern: '[a-z0-9][a-z0-9._\\-]{0,63}' }),
      ),
      field('up-title', 'Title', input('up-title', { required: true, maxlength: 500 })),
      field('up-date', 'Date', input('up-date', { type: 'date', required: true })),
      field('up-label', 'Short label', input('up-label', { maxlength: 40 })),
      field(
        'up-basis',
        'Basis',
        h(
          'select',
          { id: 'up-basis', name: 'up-basis' },
          ['text', 'reported', 'mixed'].map((b) => h('option', { value: b }, b)),
        ),
      ),
      field(
        'up-grade',
        'Evidence grade',
        h(
          'select',
          { id: 'up-grade', name: 'up-grade' },
          ['', 'A', 'B', 'C', 'D'].map((g) => h('option', { value: g }, g || 'ungraded')),
        ),
      ),
    ),
    field(
      'up-text',
      'Or paste the text',
      h('textarea', { id: 'up-text', name: 'up-text', rows: 6 }),
    ),
    h(
      'fieldset',
      { class: 'parents' },
      h('legend', {}, 'Parents (the drafts it was built on)'),
      versions.map((v) =>
        h(
          'label',
          {},
          h('input', { type: 'checkbox', name: 'up-parent', value: v.slug }),
          ` ${versionName(v)} (${v.date}) `,
        ),
      ),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'submit', value: 'preview', formnovalidate: true },
        'Preview segmentation',
      ),
      ' ',
      h('button', { type: 'submit', value: 'store', disabled: true }, 'Store version'),
    ),
  );
  mount(
    'Upload a draft',
    h('h1', {}, 'Upload a draft'),
    h(
      'p',
      { class: 'muted' },
      'Preview first: it shows how the text is cut into clauses and stores nothing. Stored versions cannot be changed.',
    ),
    form,
    message,
    previewBox,
  );
}
