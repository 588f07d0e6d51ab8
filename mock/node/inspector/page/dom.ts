/**
 * Building elements without a framework: `h('td', { class: 'mono' }, text)`. Attributes are set
 * as attributes, text as text nodes, so nothing from the mock is ever parsed as HTML. There is no
 * `style` attribute anywhere: the page's Content-Security-Policy would refuse it.
 */

/** What an element may hold: a node, text, or nothing (skipped). */
export type Child = Node | string | number | null | undefined | false;

/** Attribute values: `true` sets an empty attribute, `false`, `null` and `undefined` leave it out. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** A new element with these attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends the children that are something. */
export function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

/** The element with this id, of this type; throws when the page and the script disagree. */
export function byId<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The page has no ${type.name} #${id}.`);
  return element;
}

/** The table body of a table, by the table's id. */
export function bodyOf(tableId: string): HTMLTableSectionElement {
  const body = byId(tableId, HTMLTableElement).tBodies[0];
  if (body === undefined) throw new Error(`The table #${tableId} has no body.`);
  return body;
}

/**
 * Puts `rows` in `body` in this order, moving only the rows that are out of place: a row that
 * stays keeps its focus and its hover, and an unchanged list costs no layout.
 */
export function placeRows(body: HTMLTableSectionElement, rows: readonly HTMLTableRowElement[]): void {
  rows.forEach((row, index) => {
    const current = body.rows[index];
    if (current !== row) body.insertBefore(row, current ?? null);
  });
  while (body.rows.length > rows.length) body.rows[rows.length]?.remove();
}

/** Replaces a select's options after the first ("any"), keeping the choice when it is still there. */
export function setOptions(select: HTMLSelectElement, options: readonly (readonly [string, string])[]): void {
  const chosen = select.value;
  const wanted = options.map(([value, label]) => `${value}\u0000${label}`).join('\u0001');
  if (select.dataset.options === wanted) return;
  select.dataset.options = wanted;
  const first = select.options[0];
  select.replaceChildren(...(first === undefined ? [] : [first]));
  for (const [value, label] of options) select.append(h('option', { value }, label));
  select.value = options.some(([value]) => value === chosen) ? chosen : '';
}
