import { newWebhookSecret, signWebhook, webhookIdOf } from './signature.js';

describe('webhook signatures', () => {
  it('match the Standard Webhooks example', () => {
    // The example of the specification (and of its reference libraries).
    const signature = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('new secrets are whsec_ and base64 of 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('webhook ids are stable per event', () => {
    expect(webhookIdOf('0b6c5e2a-3f1d-4c8e-9a7b-1d2e3f4a5b6c')).toBe('msg_0b6c5e2a3f1d4c8e9a7b1d2e3f4a5b6c');
  });
});
