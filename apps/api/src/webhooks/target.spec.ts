import { isPrivateAddress, targetFault } from './target.js';

describe('webhook targets', () => {
  it.each([
    '127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd12:3456::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'ff02::1', 'not an ip',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );

  it('refuses address literals without a lookup, and allows anything when told to', async () => {
    expect(await targetFault(new URL('http://[::1]:8080/x'), false)).toMatch(/::1 is a loopback/);
    expect(await targetFault(new URL('http://10.2.3.4/x'), false)).toMatch(/10\.2\.3\.4/);
    expect(await targetFault(new URL('http://127.0.0.1/x'), true)).toBeNull();
    expect(await targetFault(new URL('http://localhost/x'), false)).toMatch(/localhost resolves to/);
  });
});
