/**
 * Just enough of RFC 8941 (Structured Field Values) to read the IETF rate-limit fields:
 * a List of Items whose bare item is a String or Token, with parameters of every type (Integer,
 * Decimal, String, Token, Byte Sequence, Boolean, and RFC 9651's Date). A malformed member is
 * skipped rather than failing the whole field. Only numeric parameters are kept: they are all the
 * rate-limit fields use; the others are recognised so that a member carrying one (the draft's own
 * `"peruser";q=100;w=60;pk=:cHsdsRa894==:`) is read, not dropped.
 *
 * @internal
 */

/** One list member: its bare item (a policy name) and its numeric parameters. */
export interface StructuredItem {
  readonly name: string;
  /** Each parameter's value when it is a number, else `undefined` (the last one of a key wins). */
  readonly params: Readonly<Record<string, number | undefined>>;
}

// The grammar's pieces, without groups of their own: each regex below names the groups it reads.
/** The inside of a String: any character but `"` and `\`, or one of them escaped. */
const STRING_CONTENT = '(?:[^"\\\\]|\\\\["\\\\])*';
const STRING = `"${STRING_CONTENT}"`;
const TOKEN = "[A-Za-z*][!#$%&'*+.^_`|~\\w:/-]*";
const NUMBER = '-?\\d{1,15}(?:\\.\\d{1,3})?';
const KEY = '[a-z*][a-z\\d_.*-]*';
const BOOLEAN = '\\?[01]';
/** A Byte Sequence: base64 between colons. */
const BYTES = ':[A-Za-z\\d+/=]*:';
/** A Date (RFC 9651): `@` and an Integer of epoch seconds. */
const DATE = '@-?\\d{1,15}';
/** A parameter's value when it is not a number. */
const OTHER_VALUE = `${STRING}|${BOOLEAN}|${BYTES}|${DATE}|${TOKEN}`;
const PARAM = `;[ \\t]*${KEY}(?:=(?:${OTHER_VALUE}|${NUMBER}))?`;

/** A whole member: a String or Token, then parameters, nothing else. */
const MEMBER = new RegExp(`^(?:"(?<string>${STRING_CONTENT})"|(?<token>${TOKEN}))(?<params>(?:${PARAM})*)$`);
/** One parameter of a member, its value kept when it is a number. */
const PARAMS = new RegExp(`;[ \\t]*(?<key>${KEY})(?:=(?:${OTHER_VALUE}|(?<number>${NUMBER})))?`, 'g');
/** Members: runs of anything but commas, where a quoted string may hold commas. */
const MEMBERS = /(?:"(?:[^"\\]|\\.)*(?:"|$)|[^,"])+/g;

/** Parses a structured-field List; members that do not parse are left out. */
export function parseItemList(field: string): StructuredItem[] {
  const items: StructuredItem[] = [];
  for (const [member] of field.matchAll(MEMBERS)) {
    const groups = MEMBER.exec(member.trim())?.groups;
    if (groups === undefined) continue;
    const params: Record<string, number | undefined> = {};
    for (const param of (groups['params'] ?? '').matchAll(PARAMS)) {
      const key = param.groups?.['key'];
      const value = param.groups?.['number'];
      if (key !== undefined) params[key] = value === undefined ? undefined : Number(value);
    }
    // A String's escapes (`\"`, `\\`) stand for the character after the backslash.
    const name = groups['string']?.replace(/\\(.)/g, '$1') ?? groups['token'] ?? '';
    items.push({ name, params });
  }
  return items;
}
