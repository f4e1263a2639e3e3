// The lock for two-phone answer codes (src/ui/apart.rs), loaded by public/boot.js only
// when someone locks or opens locked answers. The browser's own cryptography: the code
// said out loud becomes an AES-256-GCM key through PBKDF2-SHA256 at 600,000 rounds, with
// a fresh salt and IV for every lock. Bytes travel to and from the app as strings of
// char codes 0 to 255.

const ROUNDS = 600000;
// Crockford's base32, as src/share.rs: 8 characters hold 40 random bits.
const TYPED = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const asText = (bytes) => String.fromCharCode(...bytes);

async function keyFor(code, salt) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ROUNDS },
    base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

// 'seal' (plain, aad): the code, then salt, IV and sealed bytes. 'open' (sealed, aad,
// salt, iv, code): the plain bytes. Rejects with 'unavailable' where the browser offers
// no SubtleCrypto (a page on plain http), 'wrong' where the code does not open them.
export default async function lock(op, a, aad, salt, iv, code) {
  if (!globalThis.crypto?.subtle) throw 'unavailable';
  if (op === 'seal') {
    let bits = 0n;
    for (const b of crypto.getRandomValues(new Uint8Array(5))) bits = (bits << 8n) | BigInt(b);
    code = '';
    for (let i = 7; i >= 0; i--) code += TYPED[Number((bits >> BigInt(5 * i)) & 31n)];
    salt = crypto.getRandomValues(new Uint8Array(16));
    iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, await keyFor(code, salt), a);
    return code + asText(salt) + asText(iv) + asText(new Uint8Array(sealed));
  }
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, await keyFor(code, salt), a);
    return asText(new Uint8Array(plain));
  } catch (e) {
    throw 'wrong';
  }
}
