import { auth, tokenWorks } from '../api.js';
import { h, mount } from '../dom.js';

/**
 * The sign-in form, shown in place of a view the API refused (401) or when the reader asks for
 * it. The token is checked before it is kept, so a typo reads as a message, not as 401s later.
 */
export function renderSignIn(afterwards, { refused = false } = {}) {
  const message = h('p', { id: 'signin-message', role: 'alert', class: 'error', hidden: true });
  const input = h('input', {
    id: 'signin-token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'signin-help',
  });
  const fail = (text) => {
    message.textContent = text;
    message.hidden = false;
    input.focus();
  };
  const form = h(
    'form',
    {
      class: 'signin',
      'aria-label': 'Sign in',
      onsubmit: async (e) => {
        e.preventDefault();
        const token = input.value.trim();
        if (!token) return fail('Enter a token.');
        try {
          if (!(await tokenWorks(token))) {
            return fail('The token was refused: it is unknown, revoked or lacks the viewer role.');
          }
        } catch (err) {
          return fail(err.message || String(err));
        }
        auth.signIn(token);
        await afterwards();
      },
    },
    h('div', { class: 'field' }, h('label', { for: 'signin-token' }, 'Access token'), input),
    h(
      'p',
      { id: 'signin-help', class: 'muted small' },
      'Ask an administrator for a token (plandiff token create). It is kept for this tab only and forgotten when the tab closes.',
    ),
    h('button', { type: 'submit' }, 'Sign in'),
    message,
  );
  mount(
    'Sign in',
    h('h1', {}, 'Sign in'),
    h(
      'p',
      {},
      refused
        ? 'This server asks for an access token before it shows any plan.'
        : 'Sign in with an access token.',
    ),
    form,
  );
  input.focus();
}
