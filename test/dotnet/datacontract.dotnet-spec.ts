import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactXml, seedSample } from '../../libs/xml/src/__fixtures__/seed-002';
import { writeXml } from '../../libs/xml/src';
import { NumberFromGoodsRequest } from '../../apps/api/src/sertcard/dto/number-from-goods.dto';
import { TestApp } from '../helpers/test-app';
import { createSeries, good, orderNo, readAnswer, Route, S, sale } from '../sertcard/helpers';

const ZONE = 'Europe/Moscow';

/**
 * Our DataContract XML against .NET's own DataContractSerializer (mono): .NET reads what we write
 * and, writing the same object back, produces the same document; we read what .NET writes.
 * Needs mono's C# compiler and runtime (Debian: mono-mcs, mono-runtime,
 * libmono-system-runtime-serialization4.0-cil); `.ci/run` installs them.
 */
describe('SertCard XML read and written by .NET DataContractSerializer', () => {
  let dir: string;
  let exe: string;
  let t: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'giftcode-dotnet-'));
    exe = join(dir, 'DataContractCheck.exe');
    execFileSync('mcs', [
      '-nologo',
      '-r:System.Runtime.Serialization',
      '-r:System.Xml',
      `-out:${exe}`,
      join(__dirname, 'DataContractCheck.cs'),
    ]);
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** .NET reads `xml` as `contract` and writes it back. */
  function dotnet(contract: string, xml: string): string {
    const run = spawnSync('mono', [exe, contract], { input: xml, env: { ...process.env, TZ: ZONE } });
    if (run.status !== 0) throw new Error(`.NET could not read it: ${String(run.stderr)}\n${xml}`);
    return String(run.stdout);
  }

  it("reads the seed's response sample and writes it back unchanged (the tool itself is faithful)", () => {
    const seed = compactXml(seedSample('response.xml'));
    expect(dotnet('NumberFromGoodsResponse', seed)).toBe(seed);
  });

  it('reads every answer of a checkout day and writes each back exactly as we wrote it', async () => {
    const tenant = await t.newTenant({ timezone: ZONE });
    const series = await createSeries(t, tenant, { item_codes: ['GIFT'], allow_reuse: true });
    const send = async (route: Route, xml: string) => {
      const res = await t.request('POST', `${S}/${route}`, {
        token: tenant.token,
        raw: xml,
        headers: { 'content-type': 'application/xml', accept: 'application/xml' },
      });
      expect([route, res.status]).toEqual([route, 200]);
      return { xml: res.text, data: readAnswer(route, res) };
    };
    const body = sale(series.id, [good('GIFT', 2, 1500.5), good('SOCKS', 1, 3)], {
      Email: 'buyer@example.com',
      Phone: 79001112233,
    });
    // the request as .NET writes it is what the service takes
    const request = dotnet('NumberFromGoodsRequest', writeXml(NumberFromGoodsRequest, body));
    const sold = await send('NumberFromGoods', request);
    expect(sold.data.SertCards).toHaveLength(2);
    const [first, second] = sold.data.SertCards;
    const answers: [string, string][] = [['NumberFromGoodsResponse', sold.xml]];
    const info = await send(
      'Info',
      `<InfoRequest xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Request.SertCardRequest"><SecretCode>${first.SecretCode}</SecretCode></InfoRequest>`,
    );
    answers.push(['InfoResponse', info.xml]);
    const unknown = await send(
      'Info',
      `<InfoRequest xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Request.SertCardRequest"><Number>${second.Number + 1000}</Number></InfoRequest>`,
    );
    expect(unknown.data.ErrorCode).toBe(10); // a refusal: Message set, SertCard nil
    answers.push(['InfoResponse', unknown.xml]);
    const order = orderNo();
    const pay = await send(
      'Pay',
      `<PayRequest xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Request.SertCardRequest"><Amount>250.75</Amount><OrderNumber>${order}</OrderNumber><PosCode>pos-1</PosCode><SecretCode>${first.SecretCode}</SecretCode></PayRequest>`,
    );
    expect(pay.data).toMatchObject({ ErrorCode: 0, Amount: 250.75 });
    answers.push(['PayResponse', pay.xml]);
    const back = await send(
      'PayRefund',
      `<PayRefundRequest xmlns="http://schemas.datacontract.org/2004/07/LCManagerPartner.Implementation.Request.SertCardRequest"><OrderNumber>${order}</OrderNumber><PosCode>pos-1</PosCode></PayRefundRequest>`,
    );
    answers.push(['PayRefundResponse', back.xml]);
    const refund = await send(
      'NumberFromGoods',
      writeXml(NumberFromGoodsRequest, {
        PosCode: body.PosCode,
        OrderNumber: body.OrderNumber,
        Refund: true,
      }),
    );
    expect(refund.data.SertCards.map((c: any) => c.SertCardStatus)).toEqual(['Refunded', 'Refunded']);
    answers.push(['NumberFromGoodsResponse', refund.xml]);

    for (const [contract, xml] of answers) {
      expect({ contract, xml: dotnet(contract, xml) }).toEqual({ contract, xml: compactXml(xml) });
    }
    // dates in the organization's zone, as .NET writes a local DateTime
    expect(sold.xml).toMatch(/<SertExpDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?\+03:00<\/SertExpDate>/);
  });
});
