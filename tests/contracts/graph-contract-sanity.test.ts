import { describe, it, expect } from '@jest/globals';
import { checkMessageBody, checkSendMailBody } from '../support/graph-contract.ts';

describe('the Graph mail contract as the tests use it', () => {
  it('accepts a message Microsoft documents and refuses a wrong enum, a missing @odata.type and a string boolean', () => {
    const message = {
      subject: 'Hello',
      body: { contentType: 'html', content: '<p>Hi</p>' },
      toRecipients: [{ emailAddress: { address: 'a@example.org' } }],
      attachments: [
        { '@odata.type': '#microsoft.graph.fileAttachment', name: 'a.pdf', contentBytes: 'JVBERg==' },
      ],
    };
    expect(checkMessageBody(message)).toEqual({ ok: true });
    expect(checkSendMailBody({ message, saveToSentItems: true })).toEqual({ ok: true });
    expect(checkMessageBody({ ...message, body: { contentType: 'HTML', content: 'x' } }).ok).toBe(false);
    expect(
      checkMessageBody({ ...message, attachments: [{ name: 'a.pdf', contentBytes: 'JVBERg==' }] }).ok,
    ).toBe(false);
    expect(checkSendMailBody({ message, saveToSentItems: 'true' }).ok).toBe(false);
  });
});
