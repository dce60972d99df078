import { TestApp } from '../helpers/test-app';

/** One way organization A can reach for organization B's data: a route and what it sends. */
export interface Probe {
  method: string;
  /** The OpenAPI path template, e.g. `/paycodes/rules/{slug}`. */
  template: string;
  /** Path with B's identifiers filled in, and the same path with identifiers nobody has. */
  pathB: string;
  pathUnknown: string;
  bodyB?: unknown;
  bodyUnknown?: unknown;
}

export interface TenancyFixtures {
  probes: Probe[];
  /** Strings that appear only in B's data: no answer to A may contain them. */
  markers: string[];
}

const UNKNOWN_ID = '987654';

/**
 * Creates B's data in every module and lists, for every route that names a resource (by path or
 * by body), the request A sends with B's identifiers and the same request with unknown ones.
 * A module adding routes with path parameters must add its probes here (the test checks it).
 */
export async function seedTenantB(t: TestApp, token: string): Promise<TenancyFixtures> {
  const tag = `tnb${Date.now().toString(36)}`;
  const ok = async (method: string, url: string, body?: unknown) => {
    const res = await t.request(method, url, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${res.text}`);
    return res.body;
  };
  const certs = await ok('POST', '/external/payment-certificate/bulk-create', [
    { code: `${tag}-CERT-1`, value: 10 },
    { code: `${tag}-CERT-2`, value: 20 },
  ]);
  const certId = String(certs[0].id);
  const pattern = await ok('POST', '/paycodes/patterns', { slug: `${tag}-pat`, pattern: 'QXJK' });
  const rule = await ok('POST', '/paycodes/rules', {
    slug: `${tag}-rule`,
    pattern_slug: pattern.slug,
    code_lenght: 12,
    description: `${tag} rule`,
  });
  const generated = await ok('POST', '/paycodes/generate_code', { rule_slug: rule.slug, creator: tag });
  const code = (await ok('POST', '/paycodes/get_code', { code: generated.code, rule_slug: rule.slug })).code;
  const codeId = String(code.id);

  const series = await ok('POST', '/api/sertcard/series', {
    name: `${tag} card`,
    item_codes: [`${tag}-GIFT`],
    validity_days: 365,
    allow_refund: true,
    allow_reuse: true,
  });
  const order = `${tag}-order`;
  const saleOf = (seriesId: number) => ({
    PosCode: 'pos-1',
    SertCardSeries: seriesId,
    OrderNumber: order,
    Refund: false,
    Goods: [{ Id: 1, Name: 'gift', Quantity: 1, Price: 500, ItemCode: `${tag}-GIFT` }],
  });
  const sold = await ok('POST', '/api/sertcard/NumberFromGoods', saleOf(series.id));
  const cert = sold.SertCards[0];
  if (!cert) throw new Error(`no certificate sold: ${JSON.stringify(sold)}`);

  const group = (await ok('POST', '/organization/card_group/add', { name: `${tag} group` })).card_group;
  const card = (
    await ok('POST', '/organization/card/add', {
      code: `${tag}-card`,
      barcode: `${tag}-bar`,
      name: `${tag} holder`,
      phone: '79161234567',
      email: `${tag}@mail.example`,
      parent_id: group.id,
    })
  ).card;
  await ok('POST', `/organization/card/${card.id}/activate`, {});
  const accrued = await ok('POST', `/organization/card/${card.id}/transaction`, {
    sum: 100,
    external_id: `${tag}-tx`,
  });
  const levelB = (
    await ok('POST', '/organization/card_level', { name: `${tag} gold`, accum_level: 0, priority: 1 })
  ).card_level;
  const other = (await ok('POST', '/organization/card/add', { code: `${tag}-card2`, barcode: `${tag}-bar2` }))
    .card;

  const p = (
    method: string,
    template: string,
    b: string,
    unknown: string,
    bodyB?: unknown,
    bodyUnknown?: unknown,
  ) =>
    ({ method, template, pathB: b, pathUnknown: unknown, bodyB, bodyUnknown: bodyUnknown ?? bodyB }) as Probe;
  const C = '/external/payment-certificate';
  const R = '/paycodes/rules';
  const PT = '/paycodes/patterns';
  const unknownSlug = `${tag}-nobody`;
  const probes: Probe[] = [
    p('GET', `${C}/{id}`, `${C}/${certId}`, `${C}/${UNKNOWN_ID}`),
    p('PUT', `${C}/{id}`, `${C}/${certId}`, `${C}/${UNKNOWN_ID}`, { value: 5 }),
    p('DELETE', `${C}/{id}`, `${C}/${certId}`, `${C}/${UNKNOWN_ID}`),
    p(
      'PUT',
      `${C}/bulk-update`,
      `${C}/bulk-update`,
      `${C}/bulk-update`,
      [{ id: Number(certId), value: 1 }],
      [{ id: Number(UNKNOWN_ID), value: 1 }],
    ),
    p('GET', `${R}/{slug}`, `${R}/${rule.slug}`, `${R}/${unknownSlug}`),
    p('PATCH', `${R}/{slug}`, `${R}/${rule.slug}`, `${R}/${unknownSlug}`, { is_active: false }),
    p('GET', `${PT}/{slug}`, `${PT}/${pattern.slug}`, `${PT}/${unknownSlug}`),
    p('PATCH', `${PT}/{slug}`, `${PT}/${pattern.slug}`, `${PT}/${unknownSlug}`, { pattern: '0123' }),
    p(
      'POST',
      '/paycodes/codes/{id}/deactivate',
      `/paycodes/codes/${codeId}/deactivate`,
      `/paycodes/codes/${UNKNOWN_ID}/deactivate`,
    ),
    p(
      'POST',
      '/paycodes/use_code',
      '/paycodes/use_code',
      '/paycodes/use_code',
      {
        code: code.code,
        rule_slug: rule.slug,
        client: 'a',
      },
      { code: 'QQQQXXXXJJJJ', rule_slug: unknownSlug, client: 'a' },
    ),
    p(
      'POST',
      '/paycodes/get_code',
      '/paycodes/get_code',
      '/paycodes/get_code',
      {
        code: code.code,
        rule_slug: rule.slug,
      },
      { code: 'QQQQXXXXJJJJ', rule_slug: unknownSlug },
    ),
    p(
      'GET',
      '/paycodes/get_code',
      `/paycodes/get_code?code=${code.code}&rule_slug=${rule.slug}`,
      `/paycodes/get_code?code=QQQQXXXXJJJJ&rule_slug=${unknownSlug}`,
    ),
    p(
      'POST',
      '/paycodes/generate_code',
      '/paycodes/generate_code',
      '/paycodes/generate_code',
      {
        rule_slug: rule.slug,
        creator: 'a',
      },
      { rule_slug: unknownSlug, creator: 'a' },
    ),
    p(
      'POST',
      '/paycodes/generate_code_list',
      '/paycodes/generate_code_list',
      '/paycodes/generate_code_list',
      {
        rule_slug: rule.slug,
        creator: 'a',
        number_of_codes: 2,
      },
      { rule_slug: unknownSlug, creator: 'a', number_of_codes: 2 },
    ),
    p(
      'POST',
      R,
      R,
      R,
      { slug: `${tag}-a-rule`, pattern_slug: pattern.slug, code_lenght: 8 },
      {
        slug: `${tag}-a-rule`,
        pattern_slug: unknownSlug,
        code_lenght: 8,
      },
    ),
    ...cardProbes(group.id, card, tag),
    ...ledgerProbes(card.id, accrued.transaction.id, levelB.id, other.id),
    ...sertCardProbes(series.id, String(cert.Number), cert.SecretCode, order, saleOf),
  ];
  return { probes, markers: [tag, code.code, cert.SecretCode] };
}

/** SertCard: B's series, certificate number, secret code and order, against unknown ones. */
function sertCardProbes(
  seriesId: number,
  number: string,
  secret: string,
  order: string,
  saleOf: (series: number) => Record<string, unknown>,
): Probe[] {
  const S = '/api/sertcard';
  const same = (method: string, route: string, bodyB: unknown, bodyUnknown: unknown): Probe => ({
    method,
    template: `${S}/${route}`,
    pathB: `${S}/${route}`,
    pathUnknown: `${S}/${route}`,
    bodyB,
    bodyUnknown,
  });
  const unknownSecret = 'ZZZZZZZZZZZZ';
  return [
    {
      method: 'GET',
      template: `${S}/series/{id}`,
      pathB: `${S}/series/${seriesId}`,
      pathUnknown: `${S}/series/${UNKNOWN_ID}`,
    },
    {
      method: 'PATCH',
      template: `${S}/series/{id}`,
      pathB: `${S}/series/${seriesId}`,
      pathUnknown: `${S}/series/${UNKNOWN_ID}`,
      bodyB: { name: 'taken over' },
      bodyUnknown: { name: 'taken over' },
    },
    {
      method: 'POST',
      template: `${S}/{number}/block`,
      pathB: `${S}/${number}/block`,
      pathUnknown: `${S}/${UNKNOWN_ID}/block`,
    },
    {
      method: 'POST',
      template: `${S}/{number}/unblock`,
      pathB: `${S}/${number}/unblock`,
      pathUnknown: `${S}/${UNKNOWN_ID}/unblock`,
    },
    same('POST', 'Info', { Number: Number(number) }, { Number: Number(UNKNOWN_ID) }),
    same('POST', 'Info', { SecretCode: secret }, { SecretCode: unknownSecret }),
    same(
      'POST',
      'Pay',
      { SecretCode: secret, Amount: 1, OrderNumber: 'a-order', PosCode: 'pos-a' },
      { SecretCode: unknownSecret, Amount: 1, OrderNumber: 'a-order', PosCode: 'pos-a' },
    ),
    same(
      'POST',
      'PayRefund',
      { PosCode: 'pos-1', OrderNumber: order },
      { PosCode: 'pos-1', OrderNumber: 'nobody-order' },
    ),
    same('POST', 'NumberFromGoods', saleOf(seriesId), saleOf(Number(UNKNOWN_ID))),
    same(
      'POST',
      'NumberFromGoods',
      { ...saleOf(seriesId), Refund: true },
      { ...saleOf(Number(UNKNOWN_ID)), Refund: true },
    ),
  ];
}

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000987654';

/** The card API: B's group and card by id, and B's contacts and barcode by value. */
function cardProbes(
  groupId: string,
  card: { id: string; barcode: string; email: string },
  tag: string,
): Probe[] {
  const O = '/organization';
  const byId = (method: string, template: string, body?: unknown): Probe => ({
    method,
    template: `${O}${template}`,
    pathB: `${O}${template.replace('{id}', template.startsWith('/card_group') ? groupId : card.id)}`,
    pathUnknown: `${O}${template.replace('{id}', UNKNOWN_UUID)}`,
    bodyB: body,
    bodyUnknown: body,
  });
  const byValue = (
    method: string,
    path: string,
    bodyB?: unknown,
    bodyUnknown?: unknown,
    query = '',
  ): Probe => ({
    method,
    template: `${O}${path}`,
    pathB: `${O}${path}${query ? `?${query}` : ''}`,
    pathUnknown: `${O}${path}${query ? `?${query.replace(/=.*$/, `=${tag}nobody`)}` : ''}`,
    bodyB,
    bodyUnknown,
  });
  return [
    byId('GET', '/card_group/{id}'),
    byId('POST', '/card_group/{id}', { name: 'taken over' }),
    byId('POST', '/card_group/{id}/delete', { force: true }),
    byId('GET', '/card/{id}'),
    byId('POST', '/card/{id}', { name: 'taken over' }),
    byId('POST', '/card/{id}/delete', {}),
    byId('POST', '/card/{id}/activate', {}),
    byId('POST', '/card/{id}/deactivate'),
    byId('POST', '/card/{id}/block', { description: 'taken over' }),
    byId('POST', '/card/{id}/unblock'),
    byValue(
      'POST',
      '/card/attach',
      { user_id: 'a-user', card_id: card.id },
      { user_id: 'a-user', card_id: UNKNOWN_UUID },
    ),
    byValue('POST', '/card/send_identify', { email: card.email }, { email: `${tag}nobody@mail.example` }),
    byValue('GET', '/card/by_barcode', undefined, undefined, `filter=${card.barcode}`),
    byValue('GET', '/card/by_email', undefined, undefined, `filter=${card.email}`),
    byValue('GET', '/card', undefined, undefined, `card_filter=${tag}`),
  ];
}

/** The ledger, levels and replacement: B's card, transaction and level against unknown ones. */
function ledgerProbes(cardId: string, txId: string, levelId: string, otherCardId: string): Probe[] {
  const C = '/organization/card';
  const L = '/organization/card_level';
  const probe = (
    method: string,
    template: string,
    pathB: string,
    pathUnknown: string,
    bodyB?: unknown,
    bodyUnknown?: unknown,
  ): Probe => ({
    method,
    template,
    pathB,
    pathUnknown,
    bodyB,
    bodyUnknown: bodyUnknown ?? bodyB,
  });
  const onCard = (method: string, rest: string, body?: unknown) =>
    probe(method, `${C}/{id}${rest}`, `${C}/${cardId}${rest}`, `${C}/${UNKNOWN_UUID}${rest}`, body);
  return [
    onCard('POST', '/transaction', { sum: -1 }),
    onCard('GET', '/transactions'),
    onCard('GET', '/balance_info'),
    onCard('POST', '/levelup', {}),
    onCard('POST', '/leveldown', {}),
    onCard('GET', '/level_history'),
    probe(
      'POST',
      `${C}/{id}/transaction/{tid}/cancel`,
      `${C}/${cardId}/transaction/${txId}/cancel`,
      `${C}/${UNKNOWN_UUID}/transaction/${UNKNOWN_UUID}/cancel`,
      {},
    ),
    probe('GET', `${L}/{id}`, `${L}/${levelId}`, `${L}/${UNKNOWN_UUID}`),
    probe('POST', `${L}/{id}`, `${L}/${levelId}`, `${L}/${UNKNOWN_UUID}`, { name: 'taken over' }),
    probe('POST', `${L}/{id}/delete`, `${L}/${levelId}/delete`, `${L}/${UNKNOWN_UUID}/delete`, {}),
    probe(
      'POST',
      `${C}/replacement`,
      `${C}/replacement`,
      `${C}/replacement`,
      { old_card_id: cardId, new_card_id: otherCardId },
      {
        old_card_id: UNKNOWN_UUID,
        new_card_id: '00000000-0000-4000-8000-000000987655',
      },
    ),
  ];
}
