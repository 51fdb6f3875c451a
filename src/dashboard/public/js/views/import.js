import { auth, writes } from '../api.js';
import { h, mount } from '../dom.js';
import { navigate } from '../router.js';
import { errorBox, planLink } from '../ui.js';
import { reviewHref } from './review.js';
import { renderSignIn } from './signin.js';

const field = (id, label, control, help) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    help ? h('span', { id: `${id}-help`, class: 'muted small block' }, help) : null,
  );

/**
 * Import an article: pasted text (sent as JSON) or a file (sent as multipart, read by the same
 * importers as versions). The server extracts its statements; the reader lands on its review.
 */
export function renderImport(plan) {
  const back = planLink(plan, '/review/import');
  if (!auth.token()) {
    mount(
      'Import an article',
      h('h1', {}, 'Import an article'),
      h('p', {}, 'Importing stores an article for good, so it needs an editor token.'),
      h(
        'button',
        { type: 'button', onclick: () => renderSignIn(() => navigate(back, { replace: true })) },
        'Sign in',
      ),
    );
    return;
  }
  const message = h('div', { id: 'import-message' });
  const input = (id, attrs = {}) => h('input', { id, name: id, ...attrs });
  const form = h(
    'form',
    {
      class: 'import',
      'aria-label': 'Import an article',
      onsubmit: async (e) => {
        e.preventDefault();
        const v = (id) => form.elements.namedItem(id).value.trim();
        const file = form.elements.namedItem('im-file').files[0];
        const meta = { outlet: v('im-outlet'), date: v('im-date') };
        for (const [key, id] of [
          ['title', 'im-title'],
          ['url', 'im-url'],
        ]) {
          if (v(id)) meta[key] = v(id);
        }
        if (!file && !v('im-text')) {
          message.replaceChildren(errorBox(new Error('Paste the text or choose a file.')));
          return;
        }
        let body = { ...meta, text: v('im-text') };
        if (file) {
          body = new FormData();
          for (const [k, x] of Object.entries(meta)) body.append(k, x);
          body.append('file', file);
        }
        const submit = form.querySelector('button[type=submit]');
        submit.disabled = true;
        try {
          const article = await writes.importArticle(plan, body);
          await navigate(reviewHref(plan, article.id));
        } catch (err) {
          // A revoked token is forgotten; a read-only one (403) stays, with the API's message.
          if (err.status === 401) auth.signOut();
          message.replaceChildren(errorBox(err));
          message.querySelector('.error')?.focus?.();
        } finally {
          submit.disabled = false;
        }
      },
    },
    field('im-outlet', 'Outlet', input('im-outlet', { required: true, maxlength: 200 })),
    field('im-date', 'Published on', input('im-date', { type: 'date', required: true })),
    field(
      'im-title',
      'Title',
      input('im-title', { maxlength: 1000 }),
      'Optional for files: their own title is used.',
    ),
    field('im-url', 'Address (URL)', input('im-url', { type: 'url', maxlength: 2048 })),
    field(
      'im-text',
      'Text',
      h('textarea', { id: 'im-text', name: 'im-text', rows: 10 }),
      'Paste the article, or choose a file below instead.',
    ),
    field(
      'im-file',
      'Or a file',
      input('im-file', { type: 'file', accept: '.txt,.md,.html,.htm,.docx,.pdf' }),
      'Plain text, Markdown, HTML, Word or PDF.',
    ),
    h('p', { class: 'actions' }, h('button', { type: 'submit' }, 'Import and extract')),
    message,
  );
  mount(
    'Import an article',
    h('p', { class: 'crumbs' }, h('a', { href: reviewHref(plan) }, 'Review queue')),
    h('h1', {}, 'Import an article'),
    h(
      'p',
      {},
      'The article is stored as given (the same text twice is stored once) and its statements are proposed for review. Nothing counts until an editor accepts it.',
    ),
    form,
  );
}
