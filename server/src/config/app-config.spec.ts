import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to SQLite under ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.kind).toBe('sqlite');
    expect(config.database.sqlitePath).toBe(resolve('data', 'claimdesk.sqlite'));
    expect(config.seedDemo).toBe(true);
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.database).toMatchObject({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
    });
  });

  it('reads booleans and numbers from strings', () => {
    const config = loadConfig({ PORT: '8080', SEED_DEMO: 'false', ALLOW_PRIVATE_URLS: '1' });
    expect(config).toMatchObject({ port: 8080, seedDemo: false, allowPrivateUrls: true });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
  });

  describe('TRUST_PROXY', () => {
    it('trusts no proxy unless told', () => {
      expect(loadConfig({}).trustProxy).toBe(false);
      expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
      expect(loadConfig({ TRUST_PROXY: ' ' }).trustProxy).toBe(false);
    });

    it('takes a hop count, range names, addresses and CIDR subnets', () => {
      expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
      expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.10' }).trustProxy).toEqual([
        'loopback',
        '10.0.0.0/8',
        'fd00::/8',
        '192.0.2.10',
      ]);
    });

    it("refuses 'true' and anything that is not an address, naming the bad entry", () => {
      expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: 'true'.*refused/s);
      expect(() => loadConfig({ TRUST_PROXY: 'loopback,proxy.example.org' })).toThrow(
        /'proxy\.example\.org'/,
      );
      expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/8/1' })).toThrow(ConfigError);
    });

    it('refuses settings that would trust nearly every address, as true would', () => {
      expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/0' })).toThrow(/'10\.0\.0\.0\/0'/);
      expect(() => loadConfig({ TRUST_PROXY: '0.0.0.0/1,128.0.0.0/1' })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: '::/1' })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: '99' })).toThrow(/99 hops/);
      expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    });
  });
});
