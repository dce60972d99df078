import { loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('gives defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATA_DIR: './.data',
      LOG_LEVEL: 'info',
      THROTTLE_LIMIT: 20,
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.ADMIN_TOKEN).toBeUndefined();
  });

  it('parses numbers and keeps given values', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@h/db', ADMIN_TOKEN: 'a'.repeat(20) });
    expect(c.PORT).toBe(8080);
    expect(c.DATABASE_URL).toBe('postgres://u@h/db');
  });

  it('refuses bad values with one line naming each', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', ADMIN_TOKEN: 'short' })).toThrow(
      /invalid configuration: .*PORT.*LOG_LEVEL.*ADMIN_TOKEN|invalid configuration: .*PORT/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ URL/,
    );
  });
});
