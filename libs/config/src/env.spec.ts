import { InvalidEnvironmentError, loadEnv } from './env.js';

describe('loadEnv', () => {
  it('applies the documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      TRACKER_TIME_ZONE: 'America/New_York',
      DEFAULT_RESPONSE_POLICY: '30 calendar days',
      LONG_OVERDUE_DAYS: 30,
      READ_ACCESS: 'public',
      WEBHOOK_ALLOW_PRIVATE: false,
      MIGRATIONS_RUN: true,
      EMBEDDED_PG_DIR: '.data/postgres',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts given values', () => {
    const env = loadEnv({ PORT: '8080', MIGRATIONS_RUN: 'false', DEFAULT_RESPONSE_POLICY: '15 business days', DATABASE_URL: 'postgres://u@h/db' });
    expect(env).toMatchObject({ PORT: 8080, MIGRATIONS_RUN: false, DEFAULT_RESPONSE_POLICY: '15 business days', DATABASE_URL: 'postgres://u@h/db' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['TRACKER_TIME_ZONE', 'Mars/Olympus'],
    ['DEFAULT_RESPONSE_POLICY', 'thirty days'],
    ['LONG_OVERDUE_DAYS', '-1'],
    ['READ_ACCESS', 'private'],
    ['MIGRATIONS_RUN', 'maybe'],
    ['BOOTSTRAP_ADMIN_KEY', 'short'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => loadEnv({ [name]: value })).toThrow(InvalidEnvironmentError);
    expect(() => loadEnv({ [name]: value })).toThrow(new RegExp(name));
  });

  it('names every bad variable at once', () => {
    expect(() => loadEnv({ PORT: 'x', READ_ACCESS: 'y' })).toThrow(/PORT[\s\S]*READ_ACCESS|READ_ACCESS[\s\S]*PORT/);
  });
});
