import { gql } from './api.ts';
import { h } from './dom.ts';
import { LEVELS } from './labels.ts';
import { SEARCH_QUERY } from './queries.ts';

export interface Hit {
  type: string;
  name: string;
  node: { code?: string; id?: string; name?: string; level?: string; province?: { name: string } | null; county?: { name: string } | null };
}

const TYPES: Record<string, string> = { County: '县', Project: '项目', Enterprise: '企业', Industry: '产业', Honour: '荣誉' };

export const hitType = (t: string) => TYPES[t] ?? t;

export function hitHref(hit: Hit): string {
  const n = hit.node;
  switch (hit.type) {
    case 'County':
      return `/county/${n.code}`;
    case 'Project':
      return `/project/${encodeURIComponent(n.id ?? '')}`;
    case 'Enterprise':
      return `/enterprise/${encodeURIComponent(n.name ?? hit.name)}`;
    case 'Industry':
      return `/industry/${encodeURIComponent(n.name ?? hit.name)}`;
    default:
      return `/honours?q=${encodeURIComponent(n.name ?? hit.name)}`;
  }
}

export function hitContext(hit: Hit): string {
  const n = hit.node;
  if (hit.type === 'County') return n.province?.name ?? '';
  if (hit.type === 'Project') return n.county?.name ?? '';
  if (hit.type === 'Honour') return LEVELS[n.level ?? ''] ?? '';
  return '';
}

/** One box over counties, projects, enterprises, industries and honours, suggesting as one types. */
export function searchBox(go: (href: string) => void): HTMLElement {
  const input = h('input', { type: 'search', placeholder: '搜索县、项目、企业、产业、荣誉', 'aria-label': '搜索', autocomplete: 'off', name: 'q' });
  const list = h('ul', { class: 'suggestions', role: 'listbox', hidden: true });
  let hits: Hit[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const show = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          { role: 'option', class: i === active ? 'active' : null, 'aria-selected': i === active ? 'true' : 'false' },
          h('a', { href: hitHref(hit), onclick: () => close() }, h('span', { class: `tag t-${hit.type}` }, hitType(hit.type)), h('span', { class: 'hit-name' }, hit.name), h('span', { class: 'hit-context' }, hitContext(hit))),
        ),
      ),
    );
    list.hidden = hits.length === 0;
  };
  const suggest = async () => {
    const text = input.value.trim();
    const mine = ++asked;
    if (!text) {
      hits = [];
      close();
      return;
    }
    try {
      const data = await gql<{ search: Hit[] }>(SEARCH_QUERY, { text, first: 8 });
      if (mine !== asked) return;
      hits = data.search;
      active = -1;
      show();
    } catch {
      // Suggestions are a help; a failed one leaves the box usable (Enter still searches).
      hits = [];
      close();
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void suggest(), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const text = input.value.trim();
      const chosen = hits[active];
      close();
      if (chosen) go(hitHref(chosen));
      else if (text) go(`/search?q=${encodeURIComponent(text)}`);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 200));
  return h('div', { class: 'search-box' }, input, list);
}
