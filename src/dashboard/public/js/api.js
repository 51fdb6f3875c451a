// The only model is the engine's JSON from the public API; responses are memoised per URL for
// the page's lifetime because stored versions are immutable.
const cache = new Map();

// The sign-in token lives in sessionStorage: it is gone when the tab closes and never shared
// with other tabs, so a borrowed browser does not stay signed in.
const TOKEN_KEY = 'plandiff.token';

export const auth = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signIn(token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    cache.clear();
  },
  signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    cache.clear();
  },
};

/** Accept plus, when signed in, the bearer token every API call carries. */
export function headers(accept = 'application/json') {
  const token = auth.token();
  return token ? { Accept: accept, Authorization: `Bearer ${token}` } : { Accept: accept };
}

/** Checks a token against the API without remembering anything: true if it may read. */
export async function tokenWorks(token) {
  const res = await fetch('/api/plans', {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
  });
  if (res.ok) return true;
  if (res.status === 401 || res.status === 403) return false;
  const body = await res.json().catch(() => ({}));
  throw new ApiError(body, res.status);
}

export class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

export function apiUrl(path, params = {}) {
  const url = new URL(`/api${path}`, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  return url.pathname + url.search;
}

export function get(path, params) {
  const url = apiUrl(path, params);
  if (!cache.has(url)) {
    const pending = fetch(url, { headers: headers() }).then(async (res) => {
      const body = await res.json().catch(() => ({}));
      if (!res.ok) throw new ApiError(body, res.status);
      return body;
    });
    // A failed request is not remembered, so navigating back retries it.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return cache.get(url);
}

/**
 * A write (POST) with the tab's token. JSON bodies are sent as JSON, FormData as multipart.
 * Every successful write clears the memo: lists and disputes may now read differently.
 */
export async function send(path, body) {
  const isForm = body instanceof FormData;
  const res = await fetch(apiUrl(path), {
    method: 'POST',
    headers: isForm ? headers() : { ...headers(), 'Content-Type': 'application/json' },
    body: isForm ? body : JSON.stringify(body ?? {}),
  });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(answer, res.status);
  cache.clear();
  return answer;
}

/** A DELETE with the tab's token; 204 has no body. Clears the memo like every write. */
export async function remove(path) {
  const res = await fetch(apiUrl(path), { method: 'DELETE', headers: headers() });
  if (!res.ok) throw new ApiError(await res.json().catch(() => ({})), res.status);
  cache.clear();
}

const enc = encodeURIComponent;

export const api = {
  plans: () => get('/plans'),
  plan: (p) => get(`/plans/${enc(p)}`),
  versions: (p) => get(`/plans/${enc(p)}/versions`),
  version: (p, v) => get(`/plans/${enc(p)}/versions/${enc(v)}`),
  compare: (p, from, to) => get(`/plans/${enc(p)}/compare`, { from, to }),
  lineage: (p, baseline) => get(`/plans/${enc(p)}/lineage`, { baseline }),
  threeWay: (p, base, a, b) => get(`/plans/${enc(p)}/three-way`, { base, a, b }),
  topics: (p) => get(`/plans/${enc(p)}/topics`),
  links: (p) => get(`/plans/${enc(p)}/links`),
  disputes: (p, params) => get(`/plans/${enc(p)}/disputes`, params),
  history: (p, v, label) => get(`/plans/${enc(p)}/clauses/${enc(v)}/${enc(label)}/history`),
  search: (p, q) => get(`/plans/${enc(p)}/search`, { q, limit: 200 }),
  articles: (p, params) => get(`/plans/${enc(p)}/articles`, params),
  article: (p, id) => get(`/plans/${enc(p)}/articles/${enc(id)}`),
  positions: (p) => get(`/plans/${enc(p)}/positions`),
};

export const writes = {
  importArticle: (p, body) => send(`/plans/${enc(p)}/articles`, body),
  accept: (p, id, body) => send(`/plans/${enc(p)}/statements/${enc(id)}/accept`, body),
  reject: (p, id, reason) => send(`/plans/${enc(p)}/statements/${enc(id)}/reject`, { reason }),
  addLink: (p, body) => send(`/plans/${enc(p)}/links`, body),
  deleteLink: (p, id) => remove(`/plans/${enc(p)}/links/${enc(id)}`),
  addPosition: (p, body) => send(`/plans/${enc(p)}/positions`, body),
  previewVersion: (p, body) => send(`/plans/${enc(p)}/versions/preview`, body),
  storeVersion: (p, body) => send(`/plans/${enc(p)}/versions`, body),
};

export const exportUrls = {
  compare: (p, from, to, format) => apiUrl(`/plans/${enc(p)}/compare`, { from, to, format }),
  briefing: (p) => apiUrl(`/plans/${enc(p)}/export`),
  lineageCsv: (p, baseline) => apiUrl(`/plans/${enc(p)}/lineage`, { baseline, format: 'csv' }),
};
