import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { decompressed, isPrivateAddress } from './url-fetch';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111'])(
    'allows %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('decompressed', () => {
  const response = (encoding: string) =>
    Object.assign(new PassThrough(), {
      headers: { 'content-encoding': encoding },
    }) as unknown as IncomingMessage & PassThrough;

  it('reads a gzip body as the page meant it', async () => {
    const page = response('gzip');
    const body = decompressed(page);
    page.end(gzipSync('<p>Fares rise.</p>'));
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('<p>Fares rise.</p>');
  });

  it('closes the connection when the body is not what its encoding says, instead of waiting for the deadline', async () => {
    const page = response('gzip');
    const body = decompressed(page);
    const failed = new Promise((resolve) => body.on('error', resolve));
    page.write('this is not gzip');
    await failed;
    expect(page.destroyed).toBe(true);
  });
});
