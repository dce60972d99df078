import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface Receipt {
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
}

/** A local webhook endpoint for tests: records every POST; can be told to fail the next ones. */
export class WebhookReceiver {
  readonly receipts: Receipt[] = [];
  /** Statuses to answer with, first to last; 200 once empty. */
  readonly plan: number[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const holder: { receiver?: WebhookReceiver } = {};
    const server = createServer((req, res) => {
      const receiver = holder.receiver!;
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        receiver.receipts.push({ headers: req.headers, body, json });
        res.statusCode = receiver.plan.shift() ?? 200;
        res.end('ok');
      });
    });
    const receiver = new WebhookReceiver(server);
    holder.receiver = receiver;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/giftcode`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
