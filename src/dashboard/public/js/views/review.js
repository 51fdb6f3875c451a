import { api } from '../api.js';
import { h, mount, plural } from '../dom.js';
import { planLink } from '../ui.js';

const PAGE = 50;

export const reviewHref = (plan, id) =>
  planLink(plan, id === undefined ? '/review' : `/review/${encodeURIComponent(id)}`);

function counts(review) {
  const { proposed, accepted, rejected } = review;
  if (proposed + accepted + rejected === 0) {
    return h('span', { class: 'review-counts muted small' }, 'no statements stored');
  }
  return h(
    'span',
    { class: 'review-counts' },
    proposed
      ? h('span', { class: 'chip to-review' }, `${proposed} to review`)
      : h('span', {}, 'all reviewed'),
    ' ',
    h('span', { class: 'muted small' }, `${accepted} accepted, ${rejected} rejected`),
  );
}

/** The review queue: articles newest first, each with how many statements await review. */
export async function renderReviewQueue(plan, query) {
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const page = await api.articles(plan, { limit: PAGE, offset });
  const waiting = page.items.reduce((n, a) => n + a.review.proposed, 0);
  const pageLink = (to, text) =>
    h('a', { class: 'button', href: `${reviewHref(plan)}?offset=${to}` }, text);
  const rows = page.items.map((a) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h('a', { href: reviewHref(plan, a.id) }, a.title),
        a.key ? h('span', { class: 'muted small block' }, `corpus ${a.key}`) : null,
      ),
      h('td', {}, a.outlet),
      h('td', {}, h('time', { datetime: a.date }, a.date)),
      h('td', {}, counts(a.review)),
    ),
  );
  mount(
    'Review queue',
    h('h1', {}, 'Review queue'),
    h(
      'p',
      {},
      'Statements the extractor proposed from news articles wait here until an editor accepts them (with corrections) as graded positions, or rejects them with a reason. Only accepted ones count in the ',
      h('a', { href: planLink(plan, '/disputes') }, 'disputes view'),
      '.',
    ),
    h(
      'p',
      { class: 'actions' },
      h('a', { class: 'button', href: planLink(plan, '/review/import') }, 'Import an article'),
    ),
    page.total === 0
      ? h('p', {}, 'No articles yet. Import one to extract its statements.')
      : [
          h(
            'p',
            { role: 'status' },
            `${plural(page.total, 'article')}; ${plural(waiting, 'statement')} to review on this page.`,
          ),
          h(
            'div',
            { class: 'scroll-x', tabindex: '0', role: 'region', 'aria-label': 'Articles' },
            h(
              'table',
              { class: 'matrix queue' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Article', 'Outlet', 'Date', 'Statements'].map((c) =>
                    h('th', { scope: 'col' }, c),
                  ),
                ),
              ),
              h('tbody', {}, rows),
            ),
          ),
          page.total > PAGE
            ? h(
                'nav',
                { class: 'pager', 'aria-label': 'Article pages' },
                offset > 0 ? pageLink(Math.max(0, offset - PAGE), 'Previous') : null,
                h(
                  'span',
                  {},
                  ` ${offset + 1}–${Math.min(page.total, offset + PAGE)} of ${page.total} `,
                ),
                offset + PAGE < page.total ? pageLink(offset + PAGE, 'Next') : null,
              )
            : null,
        ],
  );
}
