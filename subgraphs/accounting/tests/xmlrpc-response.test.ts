import { describe, expect, it } from 'vitest';
import { parseMethodResponse, XmlRpcFault } from '../src/odoo/xmlrpc-response.js';

/** As Python's `xmlrpc.client.dumps` writes it (Odoo's server): a newline after most tags. */
const pythonStyle = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value><struct>
<member>
<name>account_id</name>
<value><array><data>
<value><int>3</int></value>
<value><string>[1110] Soirées &amp; concerts</string></value>
</data></array></value>
</member>
<member>
<name>product_id</name>
<value><boolean>0</boolean></value>
</member>
<member>
<name>amount</name>
<value><double>-80.6</double></value>
</member>
<member>
<name>ref</name>
<value>  texte sans type, espaces gardés  </value>
</member>
<member>
<name>empty</name>
<value><string></string></value>
</member>
<member>
<name>nothing</name>
<value><nil/></value>
</member>
</struct></value>
</data></array></value>
</param>
</params>
</methodResponse>
`;

describe('XML-RPC answers', () => {
  it('decodes arrays, structs and every scalar as Odoo writes them', () => {
    expect(parseMethodResponse(pythonStyle)).toEqual([
      { account_id: [3, '[1110] Soirées & concerts'], product_id: false, amount: -80.6, ref: '  texte sans type, espaces gardés  ', empty: '', nothing: null },
    ]);
  });

  it('leaves out the struct members it is told to skip, however deep their value', () => {
    const xml = `<methodResponse><params><param><value><array><data>
<value><struct>
<member><name>__domain</name><value><array><data><value><string>&amp;</string></value><value><array><data><value>date</value></data></array></value></data></array></value></member>
<member><name>__count</name><value><int>2</int></value></member>
</struct></value>
</data></array></value></param></params></methodResponse>`;
    expect(parseMethodResponse(xml, new Set(['__domain']))).toEqual([{ __count: 2 }]);
    expect(parseMethodResponse(xml)).toEqual([{ __domain: ['&', ['date']], __count: 2 }]);
  });

  it('keeps dates as the strings Odoo sent', () => {
    const xml = '<methodResponse><params><param><value><dateTime.iso8601>20260115T08:30:00</dateTime.iso8601></value></param></params></methodResponse>';
    expect(parseMethodResponse(xml)).toBe('20260115T08:30:00');
  });

  it('throws a fault with its code and text', () => {
    const xml = `<?xml version='1.0'?>
<methodResponse>
<fault>
<value><struct>
<member>
<name>faultCode</name>
<value><int>3</int></value>
</member>
<member>
<name>faultString</name>
<value><string>Access Denied</string></value>
</member>
</struct></value>
</fault>
</methodResponse>`;
    const error = (() => {
      try {
        parseMethodResponse(xml);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(XmlRpcFault);
    expect(error).toMatchObject({ faultCode: 3, faultString: 'Access Denied', message: 'XML-RPC fault: Access Denied' });
  });

  it('refuses what is not a method response', () => {
    expect(() => parseMethodResponse('<html><body>Service Unavailable</body></html>')).toThrow('Invalid XML-RPC message');
    expect(() => parseMethodResponse('<methodResponse><params><param><value><array><data>')).toThrow('Invalid XML-RPC message');
  });
});
