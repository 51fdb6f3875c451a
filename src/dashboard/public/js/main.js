import { api, auth } from './api.js';
import { h, mount } from './dom.js';
import { errorBox, planLink } from './ui.js';
import { navigate, setRenderer } from './router.js';
import { renderPlans } from './views/plans.js';
import { renderOverview } from './views/overview.js';
import { renderCompare } from './views/compare.js';
import { renderLineage } from './views/lineage.js';
import { renderDisputes } from './views/disputes.js';
import { renderHistory } from './views/history.js';
import { renderSearch } from './views/search.js';
import { renderSignIn } from './views/signin.js';
import { renderReviewQueue } from './views/review.js';
import { renderReviewArticle } from './views/review-article.js';
import { renderImport } from './views/import.js';
import { renderFlow } from './views/flow.js';
import { renderThreeWay } from './views/threeway.js';
import { renderTime } from './views/time.js';
import { renderUpload } from './views/upload.js';
import { renderBrackets } from './views/brackets.js';

// History-API routing: the server answers every client route with index.html.
const routes = [
  [/^\/$/, () => renderPlans()],
  [/^\/search$/, (_, q) => renderSearch(null, q)],
  [/^\/plans\/([^/]+)$/, ([plan]) => renderOverview(plan)],
  [/^\/plans\/([^/]+)\/compare$/, ([plan], q) => renderCompare(plan, q)],
  [/^\/plans\/([^/]+)\/lineage$/, ([plan], q) => renderLineage(plan, q)],
  [/^\/plans\/([^/]+)\/flow$/, ([plan], q) => renderFlow(plan, q)],
  [/^\/plans\/([^/]+)\/upload$/, ([plan]) => renderUpload(plan)],
  [/^\/plans\/([^/]+)\/time$/, ([plan]) => renderTime(plan)],
  [/^\/plans\/([^/]+)\/brackets$/, ([plan], q) => renderBrackets(plan, q)],
  [/^\/plans\/([^/]+)\/three-way$/, ([plan], q) => renderThreeWay(plan, q)],
  [/^\/plans\/([^/]+)\/disputes$/, ([plan], q) => renderDisputes(plan, q)],
  [/^\/plans\/([^/]+)\/review$/, ([plan], q) => renderReviewQueue(plan, q)],
  [/^\/plans\/([^/]+)\/review\/import$/, ([plan]) => renderImport(plan)],
  [/^\/plans\/([^/]+)\/review\/(\d+)$/, ([plan, id], q) => renderReviewArticle(plan, id, q)],
  [/^\/plans\/([^/]+)\/search$/, ([plan], q) => renderSearch(plan, q)],
  [/^\/plans\/([^/]+)\/history\/([^/]+)\/([^/]+)$/, ([plan, v, l]) => renderHistory(plan, v, l)],
];

export function currentPlan() {
  const m = /^\/plans\/([^/]+)/.exec(location.pathname);
  return m ? decodeURIComponent(m[1]) : null;
}

function renderNav(plan) {
  const nav = document.getElementById('plan-nav');
  nav.replaceChildren();
  if (!plan) return;
  const here = location.pathname;
  const links = [
    ['', 'Overview'],
    ['/compare', 'Compare'],
    ['/three-way', 'Three-way'],
    ['/flow', 'Flow'],
    ['/lineage', 'Lineage'],
    ['/time', 'Over time'],
    ['/brackets', 'Brackets'],
    ['/disputes', 'Disputes'],
    ['/review', 'Review'],
    ['/upload', 'Upload'],
  ].map(([rest, text]) => {
    const href = planLink(plan, rest);
    // The review queue stays current while one of its articles is open.
    const current = here === href || (rest === '/review' && here.startsWith(`${href}/`));
    return h('a', { href, 'aria-current': current ? 'page' : false }, text);
  });
  nav.append(...links);
}

/** Signed-in state in the header: "Sign in", or "Sign out" while a token is kept for the tab. */
function renderAuth() {
  const box = document.getElementById('auth');
  box.replaceChildren();
  if (auth.token()) {
    box.append(
      h('span', { class: 'muted small' }, 'Signed in'),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => {
            auth.signOut();
            void render();
          },
        },
        'Sign out',
      ),
    );
  } else {
    box.append(
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => renderSignIn(render) },
        'Sign in',
      ),
    );
  }
}

// The page (path and query) last rendered: a jump to an anchor on it is not a new page.
let rendered = null;

async function render() {
  rendered = location.pathname + location.search;
  renderAuth();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const query = new URLSearchParams(location.search);
  renderNav(currentPlan());
  const input = document.getElementById('search-q');
  if (document.activeElement !== input) input.value = query.get('q') || '';
  for (const [re, view] of routes) {
    const m = re.exec(path);
    if (!m) continue;
    const main = document.getElementById('main');
    main.setAttribute('aria-busy', 'true');
    try {
      await view(m.slice(1).map(decodeURIComponent), query);
      // A permalink to a part of the page (#version-v19) lands there once the view is built.
      if (location.hash) {
        document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
      }
    } catch (err) {
      // A server that requires read tokens answers 401 to every call: ask for a token once
      // instead of printing the same error on every page.
      if (err.status === 401) {
        if (auth.token()) auth.signOut();
        renderAuth();
        renderSignIn(render, { refused: true });
        return;
      }
      mount('Error', h('h1', {}, 'Something went wrong'), errorBox(err));
    } finally {
      main.removeAttribute('aria-busy');
    }
    return;
  }
  mount('Not found', h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '/' }, 'All plans')));
}

setRenderer(render);

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  // An SVG <a> (the flow chart's clauses) keeps its href as an SVGAnimatedString.
  const url = new URL(a.getAttribute('href'), location.href);
  if (url.origin !== location.origin || a.hasAttribute('download')) return;
  if (url.pathname.startsWith('/api/') || a.getAttribute('target')) return;
  // An anchor on this page (the skip link, the overview's version boxes): the browser scrolls
  // and records it; a focusable target (main) takes the keyboard. A view may have rewritten the
  // query in place (filters), so what is shown is the current address.
  if (url.hash && url.pathname === location.pathname && url.search === location.search) {
    rendered = location.pathname + location.search;
    const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (target?.hasAttribute('tabindex')) target.focus({ preventScroll: true });
    return;
  }
  e.preventDefault();
  void navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => {
  // Back or Forward between anchors of one page scrolls; only another page is rendered again.
  if (location.pathname + location.search === rendered) return;
  void render();
});

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-q').value.trim();
  if (!q) return;
  const plan = currentPlan();
  const base = plan ? planLink(plan, '/search') : '/search';
  void navigate(`${base}?${new URLSearchParams({ q })}`);
});

// "/" jumps to search, as on most sites with a search box; not while typing in a field.
document.addEventListener('keydown', (e) => {
  const tag = e.target.tagName;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
  e.preventDefault();
  document.getElementById('search-q').focus();
});

// Warm the plan list so the first view does not wait for it twice.
void api.plans().catch(() => undefined);
void render();
