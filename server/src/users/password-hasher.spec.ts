import { generatePassword, hashPassword, needsRehash, verifyPassword } from './password-hasher';

describe('password hasher', () => {
  it('verifies the right password and refuses others', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts every hash and stores its parameters', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('never matches a malformed stored hash', async () => {
    for (const junk of ['', 'plain', 'scrypt$x$8$1$AA==$AA==', 'bcrypt$1$2$3$4$5', 'scrypt$16$8$1$AA==$']) {
      expect(await verifyPassword('anything', junk)).toBe(false);
    }
  });

  it('verifies hashes made with other parameters and asks for a rehash', async () => {
    const legacy = 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA==$' + 'A'.repeat(44);
    expect(await verifyPassword('x', legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });

  it('generates long random passwords', () => {
    expect(generatePassword()).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
