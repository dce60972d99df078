import { parseXml, XmlSyntaxError } from './xml-parser';

function refusal(xml: string, limits?: Parameters<typeof parseXml>[1]): string {
  try {
    parseXml(xml, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(XmlSyntaxError);
    return (e as Error).message;
  }
  throw new Error('the document was accepted');
}

describe(parseXml.name, () => {
  it('gives the root name and a loose tree by local names', () => {
    expect(
      parseXml(
        '<?xml version="1.0" encoding="utf-8"?><a:R xmlns:a="urn:x"><a:B>1</a:B><C><D>x</D><D>y</D></C><E/></a:R>',
      ),
    ).toEqual({
      root: 'R',
      content: { B: '1', C: { D: ['x', 'y'] }, E: '' },
    });
  });

  it('decodes the predefined entities, character references and CDATA', () => {
    expect(parseXml('<R><A>&lt;&amp;&gt;&#x41;&#66;</A><B><![CDATA[<x>]]></B></R>').content).toEqual({
      A: '<&>AB',
      B: '<x>',
    });
  });

  it('never reads a DTD: DOCTYPE and ENTITY declarations are refused', () => {
    expect(refusal('<!DOCTYPE R [<!ENTITY e "boom">]><R>&e;</R>')).toMatch(/DOCTYPE/);
    expect(refusal('<!DOCTYPE R SYSTEM "file:///etc/passwd"><R/>')).toMatch(/DOCTYPE/);
    expect(refusal('<?xml version="1.0"?>\n<!doctype R><R/>')).toMatch(/DOCTYPE/);
    const bomb = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><R>&lol2;</R>`;
    expect(refusal(bomb)).toMatch(/DOCTYPE/);
  });

  it('refuses undeclared entities', () => {
    expect(refusal('<R>&xxe;</R>')).toMatch(/not well-formed/);
  });

  it('bounds depth, element count and size', () => {
    const deep = '<a>'.repeat(40) + '</a>'.repeat(40);
    expect(refusal(deep)).toMatch(/deeper than 32/);
    const wide = `<R>${'<x/>'.repeat(50)}</R>`;
    expect(refusal(wide, { maxBytes: 1e6, maxDepth: 32, maxElements: 10 })).toMatch(/more than 10 elements/);
    expect(refusal(`<R>${'x'.repeat(200)}</R>`, { maxBytes: 100, maxDepth: 32, maxElements: 10 })).toMatch(
      /larger than 100 bytes/,
    );
  });

  it('refuses malformed documents, trailing content and empty bodies', () => {
    expect(refusal('<R><A></R>')).toMatch(/not well-formed/);
    expect(refusal('<R>')).toMatch(/not well-formed|incomplete/);
    expect(refusal('<R/><S/>')).toMatch(/after the root/);
    expect(refusal('<R/>trailing')).toMatch(/not well-formed/);
    expect(refusal('   ')).toMatch(/empty/);
    expect(refusal('not xml')).toMatch(/not well-formed/);
  });

  it('refuses element names that would touch object prototypes', () => {
    expect(refusal('<R><__proto__><x>1</x></__proto__></R>')).toMatch(/__proto__/);
    expect(refusal('<R><constructor>1</constructor></R>')).toMatch(/constructor/);
  });

  it('reads nil only from a true nil attribute', () => {
    expect(
      parseXml(
        '<R xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><A i:nil="true"/><B i:nil="false">2</B></R>',
      ).content,
    ).toEqual({
      A: null,
      B: '2',
    });
  });
});
