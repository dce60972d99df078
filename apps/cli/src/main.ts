import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ADMIN_GROUPS, runApiCommand } from './api-commands';
import { runCommand } from './commands';
import { openApiCommand } from './openapi/openapi-command';

const HELP = `giftcode admin command line

Organizations and tokens, directly on the database (DATABASE_URL, else the embedded PostgreSQL under
DATA_DIR (./.data); this works while the service runs):
  npm run cli -- org create --name NAME [--operator-id N]
      creates an organization and its first API token; the token is printed this once
  npm run cli -- org list
  npm run cli -- token create --org ORG_ID --name NAME [--expires-at ISO_DATE]
      the token is printed this once (only its SHA-256 hash is stored)
  npm run cli -- token list --org ORG_ID
      the organization's tokens, without secrets
  npm run cli -- token revoke --org ORG_ID --token-id TOKEN_ID
  npm run cli -- legacy-token create --org ORG_ID [--token N]
      registers a numeric SertCard Token for the organization's operator_id (random when absent)
  npm run cli -- legacy-token list --org ORG_ID
  npm run cli -- legacy-token revoke --org ORG_ID --token-id LEGACY_TOKEN_ID
  npm run cli -- migration run
  npm run cli -- openapi write
      regenerates openapi.json and libs/client/src/schema.ts (npm run openapi builds first)
  npm run cli -- openapi check
      fails when they differ from the code

With --url URL (or GIFTCODE_URL set) the org, token and legacy-token commands go through the
service's /admin routes instead (admin token: --admin-token or ADMIN_TOKEN), e.g.
  npm run cli -- org create --url http://localhost:3000 --name NAME [--operator-id N]

Through the HTTP API (typed client; --url or GIFTCODE_URL, default http://localhost:3000;
token: --token or GIFTCODE_TOKEN):
  npm run cli -- certificates import --file certs.csv [--batch 1000] [--failed failed.csv]
      CSV header: code,is_active,value. Refused rows go to the failed file with a reason; import it again once fixed.
      Re-running an interrupted import creates nothing twice (each batch has an Idempotency-Key).
  npm run cli -- certificates export --file certs.csv
  npm run cli -- cards export --file cards.csv
  npm run cli -- paycodes generate --rule SLUG --count N --file codes.txt [--creator NAME] [--valid-from D] [--valid-to D]

Output is JSON on stdout; an error is one line on stderr and a non-zero exit code.`;

/** Groups that always use the HTTP API. */
const HTTP_ONLY = ['certificates', 'cards', 'paycodes'];

/** Every command the help lists, so a misspelt one fails at once (before a database or a call). */
const COMMANDS = [
  'org create',
  'org list',
  'token create',
  'token list',
  'token revoke',
  'legacy-token create',
  'legacy-token list',
  'legacy-token revoke',
  'migration run',
  'openapi write',
  'openapi check',
  'certificates import',
  'certificates export',
  'cards export',
  'paycodes generate',
];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      'operator-id': { type: 'string' },
      org: { type: 'string' },
      'expires-at': { type: 'string' },
      'token-id': { type: 'string' },
      token: { type: 'string' },
      'admin-token': { type: 'string' },
      url: { type: 'string' },
      file: { type: 'string' },
      failed: { type: 'string' },
      batch: { type: 'string' },
      rule: { type: 'string' },
      count: { type: 'string' },
      creator: { type: 'string' },
      'valid-from': { type: 'string' },
      'valid-to': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length < 2) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const [group, action] = positionals;
  if (!COMMANDS.includes(`${group} ${action}`))
    throw new Error(`unknown command "${group} ${action}" (see --help)`);
  if (positionals.length > 2) throw new Error(`unexpected argument "${positionals[2]}" (see --help)`);
  // --url sends any command to the service; GIFTCODE_URL does so for those that exist both ways
  const viaHttp =
    HTTP_ONLY.includes(group) ||
    Boolean(values.url) ||
    (Boolean(process.env.GIFTCODE_URL) && ADMIN_GROUPS.includes(group));
  const result =
    group === 'openapi'
      ? await openApiCommand(action)
      : viaHttp
        ? await runApiCommand(group, action, values)
        : await runCommand(group, action, values);
  console.log(JSON.stringify(result, null, 2));
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
