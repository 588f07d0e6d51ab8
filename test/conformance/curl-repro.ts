/**
 * A failing walk, as a shell script a person can run: start `keysmith-mock`, then the walk's
 * requests as curl commands. No secret is printed: the admin keys are read from `/__mock/keys` into
 * variables, the secret and id an answer handed out are captured into `$SECRET_n` and `$ID_n` from
 * that answer (ids are random too), and any other secret (one the mock never issued) is masked.
 */
import type { Sent } from './request.js';

/** One line of the reproduction: a control or an API request, with what its answer handed out. */
export interface Exchange {
  sent: Sent;
  /** The secret and key id the answer handed out (create, regenerate), if any. */
  handedOut: { secret: string; id: string } | null;
}

const SECRET = /ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}/g;
const KEY_ID = /key_[0-9A-Za-z]{16}/g;
const CAPTURE = `node -e "const b = JSON.parse(require('fs').readFileSync(0, 'utf8')); console.log('SECRET=' + b.secret + ' ID=' + b.id)"`;
const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

/**
 * The script for `exchanges`, made against a mock started with `seed` (its JSON) on port 4010.
 *
 * @param admins - the admin secret of each environment, named in the script by `$ADMIN_<environment>`.
 * @example
 * ```ts
 * console.log(curlReproduction(exchanges, { now: '2026-11-01T09:00:00Z' }, admins));
 * ```
 */
export function curlReproduction(
  exchanges: readonly Exchange[],
  seed: object,
  admins: Readonly<Record<string, string>>,
  server: { base: string; start: boolean } = { base: 'http://127.0.0.1:4010', start: true },
): string {
  const names = new Map<string, string>(
    Object.entries(admins).map(([environment, secret]) => [secret, `ADMIN_${environment}`]),
  );
  const used = new Set<string>();
  for (const { sent } of exchanges) {
    const text = [sent.path, ...sent.headers.map(([, value]) => value), sent.body ?? ''].join('\n');
    for (const found of [...(text.match(SECRET) ?? []), ...(text.match(KEY_ID) ?? [])]) used.add(found);
  }
  const mask = (text: string): string =>
    text
      .replace(SECRET, (secret) => {
        const name = names.get(secret);
        return name === undefined ? `${secret.slice(0, secret.indexOf('_', 3) + 1)}••••(never issued)` : `\${${name}}`;
      })
      .replace(KEY_ID, (id) => {
        const name = names.get(id);
        return name === undefined ? id : `\${${name}}`;
      });
  const start = [
    "cat > seed.json <<'SEED'",
    JSON.stringify(seed),
    'SEED',
    `npx keysmith-mock --port ${new URL(server.base).port} --seed seed.json & trap 'kill $!' EXIT; sleep 2`,
  ];
  const script = [
    '# The failing walk, replayed: secrets are read into variables, never printed.',
    ...(server.start ? start : []),
    `BASE=${server.base}`,
    `eval "$(curl -s $BASE/__mock/keys | node -e "const k = JSON.parse(require('fs').readFileSync(0, 'utf8')).adminKeys; for (const e in k) console.log('ADMIN_' + e + '=' + k[e])")"`,
  ];
  exchanges.forEach(({ sent, handedOut }, index) => {
    const parts = [`curl -sS -X ${sent.method} "$BASE${mask(sent.path).replaceAll('"', '\\"')}"`];
    for (const [name, value] of sent.headers) parts.push(`-H "${name}: ${mask(value).replaceAll('"', '\\"')}"`);
    if (sent.bodyShell !== undefined) parts.push(`--data-binary ${sent.bodyShell}`);
    else if (sent.body !== null) {
      const body = quote(sent.body).replace(SECRET, (secret) => `'"${mask(secret)}"'`);
      parts.push(`--data-binary ${body.replace(KEY_ID, (id) => (names.has(id) ? `'"${mask(id)}"'` : id))}`);
    }
    const command = parts.join(' ');
    if (handedOut !== null && (used.has(handedOut.secret) || used.has(handedOut.id))) {
      const n = index + 1;
      names.set(handedOut.secret, `SECRET_${n}`);
      names.set(handedOut.id, `ID_${n}`);
      // Inside "$( … )" the shell quotes afresh: the capture's own double quotes need no escaping.
      script.push(`eval "$(${command} | ${CAPTURE} | sed 's/SECRET=/SECRET_${n}=/; s/ ID=/ ID_${n}=/')"`);
    } else script.push(`${command}; echo`);
  });
  return script.join('\n');
}
