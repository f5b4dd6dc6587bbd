/**
 * Elements are built with text nodes only, never from HTML strings: everything shown
 * comes from reports, and a report's text must not be able to add markup or scripts.
 */
type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A link inside the explorer (followed without reloading the page, see main.ts). */
export const link = (href: string, ...children: Child[]) => h('a', { href }, ...children);

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

export const empty = (what: string) => h('p', { class: 'empty' }, what);

/** A table whose columns sort on a click of their header; rows are rebuilt, not re-fetched. */
export interface Column<T> {
  title: string;
  cell: (row: T) => Child;
  sort?: (row: T) => number | string | null;
  numeric?: boolean;
}

export function sortableTable<T>(rows: T[], columns: Column<T>[], attrs: Attrs = {}): HTMLTableElement {
  const body = h('tbody');
  let order: { index: number; descending: boolean } | null = null;
  const draw = () => {
    let shown = rows;
    if (order) {
      const col = columns[order.index]!;
      const key = col.sort!;
      const sign = order.descending ? -1 : 1;
      // Missing values sort last in both directions.
      shown = [...rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        if (x === null && y === null) return 0;
        if (x === null) return 1;
        if (y === null) return -1;
        return (x < y ? -1 : x > y ? 1 : 0) * sign;
      });
    }
    body.replaceChildren(...shown.map((r) => h('tr', {}, ...columns.map((c) => h('td', { class: c.numeric ? 'num' : null }, c.cell(r))))));
  };
  const head = h(
    'tr',
    {},
    ...columns.map((c, i) =>
      h(
        'th',
        {
          class: [c.numeric ? 'num' : '', c.sort ? 'sortable' : ''].join(' ').trim() || null,
          'data-column': c.title,
          onclick: c.sort
            ? (e: Event) => {
                order = { index: i, descending: order?.index === i ? !order.descending : Boolean(c.numeric) };
                for (const th of (e.currentTarget as HTMLElement).parentElement!.children) th.removeAttribute('aria-sort');
                (e.currentTarget as HTMLElement).setAttribute('aria-sort', order.descending ? 'descending' : 'ascending');
                draw();
              }
            : null,
        },
        c.title,
      ),
    ),
  );
  draw();
  return h('table', attrs, h('thead', {}, head), body);
}
