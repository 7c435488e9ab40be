/*
 * Operators' dashboard of the broadcast-transcript pipeline (served by publish-service at /).
 *
 * Plain JS, no dependencies, no build. Rule of the file: data from the API is never parsed as
 * markup. Every node is made with createElement and filled with textContent; attributes get
 * data only through setAttribute/properties that do not execute (title, dataset, lang); the only
 * hrefs are built here from encodeURIComponent'd ids. Keep it that way: no innerHTML anywhere.
 */
'use strict';

(function () {
  const POLL_MS = 2500;
  const REQUEST_TIMEOUT_MS = 8000;
  const EPISODE_LIMIT = 100;
  const STAGE_LABELS = { ingest: 'Ingest', segment: 'Segment', publish: 'Publish', 'end-to-end': 'End to end' };
  const STAGE_HELP = {
    ingest: 'transcripts ingested',
    segment: 'ingested \u2192 segmented',
    publish: 'segmented \u2192 published',
    'end-to-end': 'ingested \u2192 published'
  };
  const ENTITY_TYPES = { PERSON: 'Person', ORGANIZATION: 'Organization', PRODUCT: 'Product', PLACE: 'Place' };
  const FORMATS = [
    { format: null, label: 'JSON' },
    { format: 'podcast-chapters', label: 'Podcasting 2.0 chapters' },
    { format: 'webvtt', label: 'WebVTT' },
    { format: 'youtube', label: 'YouTube description' }
  ];
  const DASH = '\u2013';
  const NONE = '\u2014';

  const byId = (id) => document.getElementById(id);

  /* ---------- DOM helpers (text only) ---------- */

  /**
   * el('span', {className: 'x', title: data, dataset: {...}, attrs: {...}}, child, ...):
   * children are nodes or strings (added as text nodes); null/undefined/false are skipped.
   */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === null || value === undefined) continue;
        if (key === 'dataset') Object.assign(node.dataset, value);
        else if (key === 'attrs') for (const [a, v] of Object.entries(value)) node.setAttribute(a, String(v));
        else if (key === 'text') node.textContent = String(value);
        else node[key] = value;
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(node, child);
      else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function episodeHref(id) {
    return '#/episodes/' + encodeURIComponent(id);
  }

  function chaptersUrl(id, format) {
    return '/api/episodes/' + encodeURIComponent(id) + '/chapters' + (format ? '?format=' + encodeURIComponent(format) : '');
  }

  /* ---------- formatting ---------- */

  // operators read a 24-hour clock whatever the browser's locale
  const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const dayTimeFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const fullFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long', hourCycle: 'h23' });
  const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  const numberFmt = new Intl.NumberFormat();

  function parseInstant(iso) {
    if (!iso) return null;
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  }

  /** A <time> element: short text (time only when today), full date in the tooltip. */
  function timeEl(iso, className) {
    const d = parseInstant(iso);
    if (!d) return el('span', { className: 'muted', text: NONE, title: 'not yet' });
    const today = new Date().toDateString() === d.toDateString();
    return el('time', { className: className || null, dateTime: d.toISOString(), title: fullFmt.format(d),
      text: today ? timeFmt.format(d) : dayTimeFmt.format(d) });
  }

  /** A LocalDate ("2025-10-21") for display. */
  function formatDate(isoDate) {
    if (!isoDate) return null;
    const d = new Date(isoDate + 'T00:00:00Z');
    return Number.isNaN(d.getTime()) ? String(isoDate) : dateFmt.format(d);
  }

  /**
   * What an episode is called: its title; without one, "show \u2014 air date" ("Tech & Co \u2014 21 Oct 2025"),
   * or whichever of the two is known; the raw episode id only when nothing else is. Plain text.
   */
  function episodeHeading(ep) {
    if (ep.title) return ep.title;
    const named = [ep.show, formatDate(ep.airDate)].filter(Boolean).join(' \u2014 ');
    return named || ep.episodeId;
  }

  /** Seconds as a latency or duration: "420 ms", "12.5 s", "3 min 05 s", "1 h 02 min". */
  function formatSeconds(s) {
    if (s === null || s === undefined || !Number.isFinite(s)) return NONE;
    if (s < 1) return Math.round(s * 1000) + ' ms';
    if (s < 60) return (s < 10 ? s.toFixed(1) : Math.round(s)) + ' s';
    const total = Math.round(s);
    if (total < 3600) return Math.floor(total / 60) + ' min ' + String(total % 60).padStart(2, '0') + ' s';
    return Math.floor(total / 3600) + ' h ' + String(Math.floor((total % 3600) / 60)).padStart(2, '0') + ' min';
  }

  /** A position in an episode: "4:05" or "1:02:03". */
  function clock(seconds) {
    const t = Math.max(0, Math.floor(Number(seconds) || 0));
    const h = Math.floor(t / 3600);
    const m = Math.floor((t % 3600) / 60);
    const sec = String(t % 60).padStart(2, '0');
    return h > 0 ? h + ':' + String(m).padStart(2, '0') + ':' + sec : m + ':' + sec;
  }

  function count(n) {
    return n === null || n === undefined ? NONE : numberFmt.format(n);
  }

  function plural(n, one, many) {
    return numberFmt.format(n) + ' ' + (n === 1 ? one : many);
  }

  function stageBadge(stage) {
    const s = String(stage || 'UNKNOWN');
    return el('span', { className: 'badge badge-' + s.toLowerCase().replace(/[^a-z]/g, ''), text: s });
  }

  /* ---------- fetching and connection state ---------- */

  async function getJson(url) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal, cache: 'no-store' });
      if (!res.ok) {
        const error = new Error('HTTP ' + res.status + ' for ' + url);
        error.status = res.status;
        throw error;
      }
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  }

  function connection(ok, detail) {
    byId('conn-dot').className = 'dot ' + (ok ? 'ok' : 'bad');
    byId('conn-text').textContent = ok
      ? 'Live \u00b7 updated ' + timeFmt.format(new Date())
      : 'Cannot reach the service (' + detail + '), retrying\u2026';
  }

  /* ---------- list view: stats ---------- */

  function renderStats(stats) {
    const at = parseInstant(stats.at);
    const atEl = byId('stats-at');
    atEl.textContent = at ? timeFmt.format(at) : DASH;
    if (at) atEl.dateTime = at.toISOString();

    byId('stage-rows').replaceChildren(...(stats.stages || []).map((s) => el('tr', { dataset: { stage: s.stage } },
      el('th', { scope: 'row' }, STAGE_LABELS[s.stage] || s.stage,
        el('span', { className: 'sub', text: STAGE_HELP[s.stage] || '' })),
      el('td', { className: 'num', text: count(s.lastFiveMinutes), attrs: { 'data-label': 'Last 5 min' } }),
      el('td', { className: 'num', text: count(s.lastHour), attrs: { 'data-label': 'Last hour' } }),
      el('td', { className: 'num', text: count(s.total), attrs: { 'data-label': 'Total' } }),
      el('td', { className: 'num', text: formatSeconds(s.latencyP50Seconds), attrs: { 'data-label': 'p50' } }),
      el('td', { className: 'num', text: formatSeconds(s.latencyP95Seconds), attrs: { 'data-label': 'p95' } }))));

    const failed = Number(stats.failed) || 0;
    byId('failed-count').textContent = count(failed);
    byId('tile-failed').classList.toggle('alert', failed > 0);

    const dead = Object.entries(stats.deadLetters || {});
    const deadTotal = dead.reduce((sum, [, n]) => sum + (Number(n) || 0), 0);
    byId('dead-total').textContent = count(deadTotal);
    byId('tile-dead').classList.toggle('alert', deadTotal > 0);
    byId('dead-rows').replaceChildren(...(dead.length
      ? dead.map(([topic, n]) => el('tr', { dataset: { topic } },
        el('th', { scope: 'row' }, el('code', { text: topic })),
        el('td', { className: 'num', text: count(n) })))
      : [el('tr', null, el('td', { colSpan: 2, className: 'muted', text: 'None' }))]));

    const pending = Number(stats.outboxPending) || 0;
    byId('outbox-pending').textContent = count(pending);
    byId('tile-outbox').classList.toggle('warn', pending > 0);
  }

  /* ---------- list view: live episodes (keyed rows, updated in place) ---------- */

  const episodeRows = new Map(); // episodeId -> { tr, sig }
  let latestEpisodes = [];

  function episodeCell(ep) {
    return el('td', { className: 'episode-cell', attrs: { 'data-label': 'Episode' } },
      el('a', { className: 'episode-title', href: episodeHref(ep.episodeId), text: episodeHeading(ep) }),
      episodeHeading(ep) !== ep.episodeId
        ? el('span', { className: 'sub' },
          ep.show && ep.title ? el('span', { className: 'show', text: ep.show }) : null,
          el('code', { className: 'episode-id', text: ep.episodeId }))
        : null,
      ep.stage === 'FAILED'
        ? el('p', { className: 'failure' },
          el('strong', { text: 'Failed' }), ' ', timeEl(ep.failedAt), ': ',
          el('span', { className: 'failure-reason', text: ep.failureReason || 'no reason given' }))
        : null);
  }

  function fillEpisodeRow(tr, ep) {
    tr.dataset.episodeId = ep.episodeId;
    tr.dataset.stage = ep.stage || '';
    tr.className = ep.stage === 'FAILED' ? 'failed' : '';
    tr.replaceChildren(
      el('td', { attrs: { 'data-label': 'Stage' } }, stageBadge(ep.stage)),
      episodeCell(ep),
      el('td', { attrs: { 'data-label': 'Ingested' } }, timeEl(ep.ingestedAt)),
      el('td', { attrs: { 'data-label': 'Segmented' } }, timeEl(ep.segmentedAt)),
      el('td', { attrs: { 'data-label': 'Published' } }, timeEl(ep.publishedAt)),
      el('td', { className: 'num', text: ep.revision ?? NONE, attrs: { 'data-label': 'Revision' } }),
      el('td', { className: 'num chapters-count', text: ep.chapters ?? NONE, attrs: { 'data-label': 'Chapters' } }));
  }

  function renderEpisodes(list) {
    latestEpisodes = list;
    const tbody = byId('episode-rows');
    const seen = new Set();
    let previous = null;
    for (const ep of list) {
      if (!ep || !ep.episodeId || seen.has(ep.episodeId)) continue;
      seen.add(ep.episodeId);
      let entry = episodeRows.get(ep.episodeId);
      if (!entry) {
        entry = { tr: document.createElement('tr'), sig: null };
        episodeRows.set(ep.episodeId, entry);
      }
      const sig = JSON.stringify(ep);
      if (entry.sig !== sig) {
        fillEpisodeRow(entry.tr, ep);
        entry.sig = sig;
      }
      const expected = previous ? previous.nextSibling : tbody.firstChild;
      if (expected !== entry.tr) tbody.insertBefore(entry.tr, expected);
      previous = entry.tr;
    }
    for (const [id, entry] of episodeRows) {
      if (!seen.has(id)) {
        entry.tr.remove();
        episodeRows.delete(id);
      }
    }
    byId('episodes-empty').hidden = seen.size > 0;

    const byStage = {};
    for (const ep of list) byStage[ep.stage] = (byStage[ep.stage] || 0) + 1;
    const parts = ['PUBLISHED', 'SEGMENTED', 'INGESTED', 'FAILED']
      .filter((s) => byStage[s]).map((s) => byStage[s] + ' ' + s.toLowerCase());
    const summary = plural(seen.size, 'episode', 'episodes') + (parts.length ? ': ' + parts.join(', ') : '');
    const summaryEl = byId('episodes-summary');
    if (summaryEl.textContent !== summary) summaryEl.textContent = summary;
  }

  /* ---------- search ---------- */

  let searchSeq = 0;

  async function runSearch(mode, text) {
    const query = text.trim();
    const results = byId('search-results');
    const summary = byId('search-summary');
    if (!query) {
      clearSearch();
      return;
    }
    const seq = ++searchSeq;
    results.hidden = false;
    byId('search-clear').hidden = false;
    summary.textContent = 'Searching\u2026';
    const param = mode === 'entity' ? 'entity' : 'q';
    try {
      const hits = await getJson('/api/episodes?' + param + '=' + encodeURIComponent(query) + '&limit=50');
      if (seq !== searchSeq) return;
      summary.textContent = plural(hits.length, 'episode', 'episodes') + ' '
        + (param === 'entity' ? 'naming the entity' : 'containing') + ' \u201c' + query + '\u201d';
      byId('search-rows').replaceChildren(...hits.map(searchRow));
      byId('search-table').hidden = hits.length === 0;
    } catch (e) {
      if (seq !== searchSeq) return;
      summary.textContent = 'Search failed: ' + e.message;
      byId('search-rows').replaceChildren();
    }
  }

  function entityButton(name) {
    return el('button', {
      type: 'button', className: 'chip chip-button', text: name, title: 'Episodes naming ' + name,
      onclick: () => searchEntity(name)
    });
  }

  function searchRow(hit) {
    return el('tr', { dataset: { episodeId: hit.episodeId } },
      el('td', { className: 'episode-cell', attrs: { 'data-label': 'Episode' } },
        el('a', { className: 'episode-title', href: episodeHref(hit.episodeId), text: episodeHeading(hit) }),
        el('span', { className: 'sub' },
          hit.show && hit.title ? el('span', { className: 'show', text: hit.show }) : null,
          el('code', { className: 'episode-id', text: hit.episodeId }))),
      el('td', { text: formatDate(hit.airDate) || NONE, attrs: { 'data-label': 'Air date' } }),
      el('td', { text: hit.language || NONE, attrs: { 'data-label': 'Language' } }),
      el('td', { className: 'num', text: hit.revision, attrs: { 'data-label': 'Revision' } }),
      el('td', { className: 'num', text: hit.chapters, attrs: { 'data-label': 'Chapters' } }),
      el('td', { attrs: { 'data-label': 'Entities' } },
        el('span', { className: 'chips' }, (hit.entities || []).slice(0, 8).map(entityButton))));
  }

  function searchEntity(name) {
    byId('search-mode').value = 'entity';
    byId('search-q').value = name;
    if (route().view !== 'list') location.hash = '#/';
    runSearch('entity', name);
    byId('search-form').scrollIntoView({ block: 'start' });
  }

  function clearSearch() {
    searchSeq++;
    byId('search-q').value = '';
    byId('search-results').hidden = true;
    byId('search-clear').hidden = true;
    byId('search-rows').replaceChildren();
  }

  /* ---------- episode view ---------- */

  let shownEpisode = null; // { id, sig } of what the episode view shows

  function resetEpisodeView(id) {
    shownEpisode = { id, sig: null };
    byId('episode-show').textContent = '';
    byId('episode-title').textContent = id;
    byId('episode-meta').textContent = '';
    byId('episode-people').textContent = '';
    byId('episode-status').textContent = 'Loading\u2026';
    byId('episode-formats').replaceChildren();
    byId('timeline').replaceChildren();
    byId('timeline-axis').replaceChildren();
    byId('chapters').replaceChildren();
    byId('timeline-section').hidden = true;
    byId('chapters-section').hidden = true;
  }

  function renderMissingEpisode(id) {
    const known = latestEpisodes.find((e) => e.episodeId === id);
    const status = byId('episode-status');
    if (!known) {
      status.replaceChildren('No published chapters for this episode (yet). This page refreshes on its own.');
      return;
    }
    byId('episode-title').textContent = episodeHeading(known);
    byId('episode-show').textContent = known.title ? known.show || '' : '';
    status.replaceChildren(stageBadge(known.stage), ' ',
      known.stage === 'FAILED'
        ? el('span', { className: 'failure-reason', text: known.failureReason || 'no reason given' })
        : 'No chapters published yet.');
  }

  function renderEpisode(p) {
    const sig = JSON.stringify(p);
    if (shownEpisode && shownEpisode.sig === sig) return;
    shownEpisode = { id: p.episodeId, sig };
    const lang = p.language || '';

    byId('episode-show').textContent = p.title ? p.show || '' : '';
    const title = byId('episode-title');
    title.textContent = episodeHeading(p);
    title.lang = lang;
    byId('episode-show').lang = lang;

    const duration = Number(p.durationSeconds) || 0;
    const meta = [
      p.airDate ? 'Aired ' + formatDate(p.airDate) : null,
      p.language ? 'Language: ' + p.language : null,
      duration > 0 ? 'Duration ' + clock(duration) : null,
      'Revision ' + p.revision,
      plural((p.chapters || []).length, 'chapter', 'chapters')
    ].filter(Boolean);
    byId('episode-meta').replaceChildren(meta.join(' \u00b7 '), ' \u00b7 published ', timeEl(p.publishedAt),
      ' \u00b7 ', el('code', { className: 'episode-id', text: p.episodeId }));

    const people = [];
    if (p.host && p.host.name) people.push(el('span', null, 'Host: ', el('strong', { text: p.host.name }), personDetail(p.host)));
    if (p.guests && p.guests.length) {
      people.push(el('span', null, people.length ? ' \u00b7 ' : null, 'Guests: ',
        p.guests.map((g, i) => [i ? ', ' : null, el('strong', { text: g.name }), personDetail(g)])));
    }
    const peopleEl = byId('episode-people');
    peopleEl.replaceChildren(...people);
    peopleEl.lang = lang;

    const known = latestEpisodes.find((e) => e.episodeId === p.episodeId);
    const status = byId('episode-status');
    status.replaceChildren(stageBadge(known ? known.stage : 'PUBLISHED'));
    if (known && known.stage === 'FAILED') {
      append(status, [' ', el('span', { className: 'failure-reason', text: known.failureReason || 'no reason given' }),
        ' (the chapters below are the last published revision)']);
    }

    byId('episode-formats').replaceChildren(el('span', { className: 'muted', text: 'Formats: ' }),
      ...FORMATS.map((f) => el('a', { className: 'format-link', href: chaptersUrl(p.episodeId, f.format),
        text: f.label, dataset: { format: f.format || 'json' }, attrs: { target: '_blank', rel: 'noopener' } })));

    const chapters = (p.chapters || []).slice().sort((a, b) => a.start - b.start || a.index - b.index);
    renderTimeline(chapters, duration, lang);
    byId('chapters').replaceChildren(...chapters.map((c, i) => chapterItem(c, i, lang)));
    byId('timeline-section').hidden = chapters.length === 0;
    byId('chapters-section').hidden = chapters.length === 0;
  }

  function personDetail(person) {
    const detail = [person.role, person.organization].filter(Boolean).join(', ');
    return detail ? ' (' + detail + ')' : null;
  }

  function chapterEnd(chapters, i, duration) {
    const c = chapters[i];
    if (c.end > c.start) return c.end;
    const next = chapters[i + 1];
    return next ? next.start : Math.max(duration, c.start);
  }

  function renderTimeline(chapters, duration, lang) {
    const last = chapters.length ? chapterEnd(chapters, chapters.length - 1, duration) : 0;
    const span = Math.max(duration, last, 1);
    const pct = (s) => Math.min(100, Math.max(0, (s / span) * 100));
    byId('timeline').replaceChildren(...chapters.map((c, i) => {
      const end = chapterEnd(chapters, i, duration);
      const left = pct(c.start);
      const width = Math.max(0, pct(end) - left);
      const label = 'Chapter ' + (i + 1) + ', ' + clock(c.start) + ' to ' + clock(end) + ': ' + c.headline;
      const seg = el('a', {
        className: 'segment seg-' + (i % 6), href: '#chapter-' + i, title: label,
        attrs: { role: 'listitem', 'aria-label': label },
        onclick: (event) => {
          event.preventDefault(); // keep the route in the hash
          const target = byId('chapter-' + i);
          if (target) {
            target.scrollIntoView({ behavior: 'smooth', block: 'start' });
            target.focus({ preventScroll: true });
          }
        }
      }, el('span', { className: 'seg-num', text: i + 1 }), el('span', { className: 'seg-label', text: c.headline, lang }));
      seg.style.left = left + '%';
      seg.style.width = width + '%';
      return seg;
    }));
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
      const tick = el('span', { className: 'tick', text: clock(span * f) });
      tick.style.left = f * 100 + '%';
      return tick;
    });
    byId('timeline-axis').replaceChildren(...ticks);
  }

  function chapterItem(c, i, lang) {
    const end = c.end > c.start ? c.end : null;
    const entities = (c.entities || []).slice().sort((a, b) => (b.mentions || 0) - (a.mentions || 0));
    return el('li', { className: 'chapter', id: 'chapter-' + i, tabIndex: -1, dataset: { index: c.index } },
      el('div', { className: 'chapter-head' },
        el('span', { className: 'chapter-num seg-' + (i % 6), text: i + 1, attrs: { 'aria-hidden': 'true' } }),
        el('div', null,
          el('h4', { className: 'headline', text: c.headline, lang }),
          el('p', { className: 'time-range' },
            el('time', { text: clock(c.start) }), ' ' + DASH + ' ', end !== null ? el('time', { text: clock(end) }) : '?',
            end !== null ? el('span', { className: 'muted', text: ' (' + formatSeconds(end - c.start) + ')' }) : null))),
      c.gist ? el('p', { className: 'gist', text: c.gist, lang }) : null,
      c.summary ? el('p', { className: 'summary', text: c.summary, lang }) : null,
      (c.keywords || []).length
        ? el('div', { className: 'facet' }, el('h5', { text: 'Keywords' }),
          el('ul', { className: 'chips keywords', lang }, c.keywords.map((k) => el('li', { className: 'chip', text: k }))))
        : null,
      entities.length
        ? el('div', { className: 'facet' }, el('h5', { text: 'Entities' }),
          el('ul', { className: 'entities', lang }, entities.map(entityItem)))
        : null,
      (c.speakers || []).length
        ? el('p', { className: 'speakers muted small', lang }, 'Speakers: ', c.speakers.join(', '))
        : null);
  }

  function entityItem(e) {
    const forms = (e.surfaceForms || []).filter((f) => f && f !== e.name);
    const type = String(e.type || '');
    return el('li', { className: 'entity', title: forms.length ? 'Said as: ' + forms.join(' | ') : e.name },
      el('span', { className: 'type type-' + type.toLowerCase().replace(/[^a-z]/g, ''), text: ENTITY_TYPES[type] || type || '?' }),
      el('button', { type: 'button', className: 'entity-name', text: e.name, title: 'Episodes naming ' + e.name,
        onclick: () => searchEntity(e.name) }),
      e.mentions ? el('span', { className: 'mentions', text: '\u00d7' + e.mentions, title: plural(e.mentions, 'mention', 'mentions') }) : null,
      forms.length ? el('span', { className: 'forms', text: 'said as ' + forms.map((f) => '\u201c' + f + '\u201d').join(', ') }) : null);
  }

  /* ---------- routing and polling ---------- */

  function route() {
    const hash = location.hash || '';
    const m = /^#\/episodes\/(.+)$/.exec(hash);
    if (m) {
      try {
        return { view: 'episode', id: decodeURIComponent(m[1]) };
      } catch (e) {
        return { view: 'list' };
      }
    }
    return { view: 'list' };
  }

  function showRoute(focus) {
    const r = route();
    byId('view-list').hidden = r.view !== 'list';
    byId('view-episode').hidden = r.view !== 'episode';
    if (r.view === 'episode') {
      if (!shownEpisode || shownEpisode.id !== r.id) resetEpisodeView(r.id);
      document.title = 'Episode ' + r.id + ' \u00b7 Pipeline dashboard';
      if (focus) {
        window.scrollTo(0, 0);
        byId('episode-title').focus({ preventScroll: true });
      }
    } else {
      document.title = 'Pipeline dashboard';
      if (focus) byId('list-heading').focus({ preventScroll: true });
    }
    return r;
  }

  let timer = null;
  let polling = false;

  async function poll() {
    clearTimeout(timer);
    if (polling) return;
    if (document.hidden) { // a background tab does not poll; visibilitychange resumes
      timer = setTimeout(poll, POLL_MS);
      return;
    }
    polling = true;
    const r = route();
    try {
      if (r.view === 'episode') {
        const [chapters] = await Promise.all([
          getJson(chaptersUrl(r.id)).catch((e) => (e.status === 404 ? null : Promise.reject(e))),
          getJson('/api/dashboard/episodes?limit=' + EPISODE_LIMIT).then(renderEpisodes)
        ]);
        const now = route();
        if (now.view === 'episode' && now.id === r.id) {
          if (chapters) renderEpisode(chapters);
          else renderMissingEpisode(r.id);
        }
      } else {
        const [stats, episodes] = await Promise.all([
          getJson('/api/dashboard/stats'),
          getJson('/api/dashboard/episodes?limit=' + EPISODE_LIMIT)
        ]);
        renderStats(stats);
        renderEpisodes(episodes);
      }
      connection(true);
    } catch (e) {
      connection(false, e.name === 'AbortError' ? 'timed out' : e.message);
    } finally {
      polling = false;
      timer = setTimeout(poll, POLL_MS);
    }
  }

  function start() {
    byId('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      runSearch(byId('search-mode').value, byId('search-q').value);
    });
    byId('search-clear').addEventListener('click', () => {
      clearSearch();
      byId('search-q').focus();
    });
    window.addEventListener('hashchange', () => {
      if (/^#chapter-\d+$/.test(location.hash)) return; // in-page anchor (no JS): not a route
      showRoute(true);
      poll();
    });
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) poll();
    });
    showRoute(false);
    poll();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
