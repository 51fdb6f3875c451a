import { api, auth, writes } from '../api.js';
import { h, mount, plural } from '../dom.js';
import { navigate } from '../router.js';
import { partyClass, partyName, reviewLegend, stanceMark } from '../review-ui.js';
import { planLink } from '../ui.js';
import { reviewPanel } from './review-panel.js';
import { reviewHref } from './review.js';
import { renderSignIn } from './signin.js';

// One keyboard handler for the view that is on screen; a new render (or another view) ends it.
let keys = null;

const FIELD = /^(INPUT|SELECT|TEXTAREA)$/;

/** A statement's highlight: party colour, stance mark, status; one tab stop for the current one. */
function mark(s, i, select) {
  return h(
    'mark',
    {
      id: `stmt-${s.id}`,
      class: `stmt ${partyClass(s.party)} status-${s.status}`,
      tabindex: '-1',
      dataset: { index: String(i) },
      onclick: () => select(i),
    },
    stanceMark(s.stance),
    h('span', { class: 'visually-hidden' }, `${partyName(s)}, ${s.stance}, ${s.status}: `),
    s.quote,
    s.status === 'proposed' ? null : h('span', { class: 'status-tag' }, s.status),
  );
}

/**
 * The article's text with each statement highlighted in place, by its UTF-16 span. A span that
 * overlaps an earlier one is not highlighted twice; it stays reachable from the panel.
 */
function articleText(article, statements, select) {
  if (article.text === null) {
    return h(
      'div',
      { class: 'article-text' },
      h(
        'p',
        { class: 'muted' },
        'Only metadata and the hash of this article are kept (publisher’s text); its statements:',
      ),
      statements.map((s, i) => h('p', {}, mark(s, i, select))),
    );
  }
  const text = article.text;
  const parts = [];
  let at = 0;
  statements.forEach((s, i) => {
    const [start, end] = s.span;
    if (start < at || end > text.length) return;
    parts.push(text.slice(at, start), mark(s, i, select));
    at = end;
  });
  parts.push(text.slice(at));
  return h('div', { class: 'article-text', 'aria-label': 'Article text' }, parts);
}

/** The first proposed statement after `from` (wrapping), else `from` itself. */
function nextProposed(statements, from) {
  for (let k = 1; k <= statements.length; k++) {
    const i = (from + k) % statements.length;
    if (statements[i].status === 'proposed') return i;
  }
  return from;
}

export async function renderReviewArticle(plan, id, query) {
  const [article, positionList, versions] = await Promise.all([
    api.article(plan, id),
    api.positions(plan),
    api.versions(plan),
  ]);
  const statements = [...article.statements].sort((a, b) => a.span[0] - b.span[0]);
  const positions = new Map(positionList.map((p) => [p.id, p]));
  const parties = [
    ...new Set(
      [...positionList.map((p) => p.party), ...statements.map((s) => s.party)].filter(Boolean),
    ),
  ].sort();
  const wanted = statements.findIndex((s) => String(s.id) === query.get('statement'));
  const firstOpen = statements.findIndex((s) => s.status === 'proposed');
  const status = h('p', { id: 'review-status', role: 'status', class: 'review-status' });
  const panel = h('aside', { class: 'review-panel', 'aria-labelledby': 'panel-title' });

  const here = () => {
    const s = ctx.statements[ctx.index];
    return `${reviewHref(plan, id)}${s ? `?statement=${s.id}` : ''}`;
  };
  const draw = (focus = 'mark') => {
    panel.replaceChildren(...reviewPanel(plan, ctx).flat().filter(Boolean));
    document.querySelectorAll('mark.stmt').forEach((m) => {
      const current = Number(m.dataset.index) === ctx.index;
      m.classList.toggle('current', current);
      m.setAttribute('tabindex', current ? '0' : '-1');
      if (current) m.setAttribute('aria-current', 'true');
      else m.removeAttribute('aria-current');
    });
    const s = ctx.statements[ctx.index];
    if (focus === 'form') panel.querySelector('form input, form select')?.focus();
    else if (focus === 'mark' && s) {
      const m = document.getElementById(`stmt-${s.id}`);
      if (m) {
        m.focus({ preventScroll: true });
        m.scrollIntoView({ block: 'nearest' });
      } else panel.querySelector('#panel-title')?.focus();
    }
  };
  const write = async (call, done) => {
    if (!auth.token()) return ctx.needSignIn();
    const s = ctx.statements[ctx.index];
    try {
      const result = await call(s);
      // Reload on the same statement; the reload moves on to the next open one.
      const next = new URLSearchParams({ statement: String(s.id), next: '1' });
      history.replaceState(null, '', `${reviewHref(plan, id)}?${next}`);
      await renderReviewArticle(plan, id, next);
      document.getElementById('review-status').textContent = done(result);
    } catch (err) {
      if (err.status === 401 || err.status === 403) return ctx.needSignIn(err.status);
      ctx.error = err;
      draw(ctx.mode === 'view' ? 'mark' : 'form');
    }
  };
  const ctx = {
    statements,
    positions,
    versions,
    parties,
    index: wanted >= 0 ? wanted : Math.max(0, firstOpen),
    mode: 'view',
    error: null,
    refused: null,
    select(i) {
      if (i < 0 || i >= statements.length) return;
      Object.assign(ctx, { index: i, mode: 'view', error: null });
      status.textContent = '';
      history.replaceState(null, '', here());
      draw();
    },
    open(mode) {
      if (statements[ctx.index]?.status !== 'proposed') return;
      if (!auth.token()) return ctx.needSignIn();
      Object.assign(ctx, { mode, error: null });
      draw('form');
    },
    edit: () => ctx.open('edit'),
    startReject: () => ctx.open('reject'),
    cancel() {
      Object.assign(ctx, { mode: 'view', error: null });
      draw();
    },
    needSignIn(refused = null) {
      Object.assign(ctx, { mode: 'signin', refused, error: null });
      draw('none');
      panel.querySelector('.notice button')?.focus();
    },
    signIn() {
      const back = here();
      renderSignIn(() => navigate(back, { replace: true }));
    },
    accept: (body) =>
      write(
        (s) => writes.accept(plan, s.id, body),
        (r) => `Accepted: position ${r.position.id} created.`,
      ),
    reject: (reason) =>
      write(
        (s) => writes.reject(plan, s.id, reason),
        () => 'Rejected.',
      ),
  };
  // After a review the view reloads on the same statement; move on to the next open one.
  if (query.get('next') && wanted >= 0) ctx.index = nextProposed(statements, wanted);

  const open = statements.filter((s) => s.status === 'proposed').length;
  mount(
    `Review: ${article.title}`,
    h('p', { class: 'crumbs' }, h('a', { href: reviewHref(plan) }, 'Review queue')),
    h('h1', {}, article.title),
    h(
      'p',
      { class: 'muted' },
      article.outlet,
      ' · ',
      h('time', { datetime: article.date }, article.date),
      article.url
        ? [
            ' · ',
            h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'source'),
          ]
        : '',
      ` · ${plural(open, 'statement')} to review of ${statements.length}`,
    ),
    reviewLegend(parties),
    status,
    h(
      'div',
      { class: 'review-layout', id: 'review' },
      articleText(article, statements, (i) => ctx.select(i)),
      panel,
    ),
    h('p', { class: 'small' }, h('a', { href: planLink(plan, '/disputes') }, 'Disputes view')),
  );
  draw(statements.length ? 'mark' : 'none');

  keys?.abort();
  keys = new AbortController();
  const signal = keys.signal;
  document.addEventListener(
    'keydown',
    (e) => {
      if (!document.getElementById('review')) return keys?.abort();
      if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
      if (FIELD.test(e.target.tagName) && e.key !== 'Escape') return;
      // Arrows scroll the page unless the reader is on a statement.
      const onText = e.target.closest?.('mark.stmt') || e.target === document.body;
      if (e.key.startsWith('Arrow') && !onText) return;
      const act = {
        j: () => ctx.select(ctx.index + 1),
        ArrowDown: () => ctx.select(ctx.index + 1),
        ArrowRight: () => ctx.select(ctx.index + 1),
        k: () => ctx.select(ctx.index - 1),
        ArrowUp: () => ctx.select(ctx.index - 1),
        ArrowLeft: () => ctx.select(ctx.index - 1),
        a: () => statements[ctx.index]?.status === 'proposed' && ctx.accept({}),
        e: () => ctx.edit(),
        r: () => ctx.startReject(),
        Escape: () => ctx.mode !== 'view' && ctx.cancel(),
      }[e.key];
      if (!act) return;
      e.preventDefault();
      act();
    },
    { signal },
  );
}
