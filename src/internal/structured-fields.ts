/**
 * Just enough of RFC 8941 (Structured Field Values) to read the IETF rate-limit fields:
 * a List of Items whose bare item is a String or Token, with Integer/Decimal/String/Token/Boolean
 * parameters. A malformed member is skipped rather than failing the whole field. Only numeric
 * parameters are kept: they are all the rate-limit fields use.
 *
 * @internal
 */

/** One list member: its bare item (a policy name) and its numeric parameters. */
export interface StructuredItem {
  readonly name: string;
  /** Each parameter's value when it is a number, else `undefined` (the last one of a key wins). */
  readonly params: Readonly<Record<string, number | undefined>>;
}

const STRING = '"((?:[^"\\\\]|\\\\["\\\\])*)"';
const TOKEN = "([A-Za-z*][!#$%&'*+.^_`|~\\w:/-]*)";
const NUMBER = '(-?\\d{1,15}(?:\\.\\d{1,3})?)';
const PARAM = `;[ \\t]*([a-z*][a-z\\d_.*-]*)(?:=(?:${STRING}|\\?[01]|${NUMBER}|${TOKEN}))?`;
/** A whole member: a String or Token, then parameters, nothing else. */
const MEMBER = new RegExp(`^(?:${STRING}|${TOKEN})((?:${PARAM})*)$`);
const PARAMS = new RegExp(PARAM, 'g');
/** Members: runs of anything but commas, where a quoted string may hold commas. */
const MEMBERS = /(?:"(?:[^"\\]|\\.)*(?:"|$)|[^,"])+/g;

/** Parses a structured-field List; members that do not parse are left out. */
export function parseItemList(field: string): StructuredItem[] {
  const items: StructuredItem[] = [];
  for (const [member] of field.matchAll(MEMBERS)) {
    const match = MEMBER.exec(member.trim());
    if (!match) continue;
    const params: Record<string, number | undefined> = {};
    for (const param of match[3]!.matchAll(PARAMS))
      params[param[1]!] = param[3] === undefined ? undefined : Number(param[3]);
    items.push({ name: match[1]?.replace(/\\(.)/g, '$1') ?? match[2]!, params });
  }
  return items;
}
