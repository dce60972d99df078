import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runApiCommand } from './api-commands';
import { runCommand } from './commands';
import { openApiCommand } from './openapi/openapi-command';

const HELP = `giftcode admin command line

  npm run cli -- org create --name NAME [--operator-id N]   creates an organization and its first token (printed once)
  npm run cli -- org list
  npm run cli -- token create --org ORG_ID --name NAME [--expires-at ISO_DATE]
  npm run cli -- token list --org ORG_ID
  npm run cli -- token revoke --org ORG_ID --token-id TOKEN_ID
  npm run cli -- legacy-token create --org ORG_ID [--token N]
  npm run cli -- migration run
  npm run openapi                                            regenerates openapi.json and libs/client/src/schema.ts

These use DATABASE_URL, else the embedded PostgreSQL under DATA_DIR (./.data), also while the service runs.

Through the HTTP API (typed client; --url or GIFTCODE_URL, default http://localhost:3000):
  npm run cli -- certificates import --file certs.csv [--batch 1000] [--failed failed.csv]   (token: --token or GIFTCODE_TOKEN)
      CSV header: code,is_active,value. Refused rows go to the failed file with a reason; import it again once fixed.
      Re-running an interrupted import creates nothing twice (each batch has an Idempotency-Key).
  npm run cli -- certificates export --file certs.csv
  npm run cli -- cards export --file cards.csv
  npm run cli -- paycodes generate --rule SLUG --count N --file codes.txt [--creator NAME] [--valid-from D] [--valid-to D]
  npm run cli -- org create --url URL --name NAME        (admin token: --admin-token or ADMIN_TOKEN)
  npm run cli -- token create --url URL --org ORG_ID --name NAME`;

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
  const result =
    positionals[0] === 'openapi'
      ? await openApiCommand(positionals[1])
      : values.url || ['certificates', 'cards', 'paycodes'].includes(positionals[0])
        ? await runApiCommand(positionals[0], positionals[1], values)
        : await runCommand(positionals[0], positionals[1], values);
  console.log(JSON.stringify(result, null, 2));
  return 0;
}

main()
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
