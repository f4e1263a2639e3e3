//! Codes for the two-phone mode: an invite (the check-in, never answers) and each
//! partner's answers, as bytes; base64url in links, base32 to type. Pure, tested natively.
//!
//! Every code starts with one byte: the format (high four bits) and the kind (low four).
//! Then the check-in's 8-byte id, so a code is always matched to its own check-in.
//! Every code ends with 4 bytes of FNV-1a, which catches damage (it is not a signature);
//! locked answers are also sealed with AES-GCM in the browser, whose tag proves them.

use crate::base64::{from_base64, to_base64};
use crate::model::compare::Partner;
use crate::model::dynamics::Dynamic;
use crate::model::session::{clean_name, Length};

/// The code format this build writes and reads.
pub const FORMAT: u8 = 1;
/// The longest name an invite carries, in bytes (cut at a character), so that a full
/// invite still fits a version-8 QR code.
pub const NAME_BYTES: usize = 16;
/// What a link puts before the code in the fragment (`…/#c=<code>`).
pub const LINK_MARK: &str = "#c=";

const INVITE: u8 = 0;
const ANSWERS: u8 = 1;
const LOCKED: u8 = 2;

/// An invite: everything a second phone needs to hold the same check-in.
#[derive(Clone, Debug, PartialEq)]
pub struct Invite {
    pub id: [u8; 8],
    pub length: Length,
    /// The scenario set, by id, in the order both see it.
    pub set: Vec<u8>,
    pub names: [Option<String>; 2],
    /// Sent by a device that answers nothing and collects both codes (a therapist's):
    /// whoever opens it says which partner they are.
    pub from_collector: bool,
}

/// A partner's answers, one per scenario of the set, in its order: for each, the dynamic
/// chosen and the one "least like me", if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    pub id: [u8; 8],
    pub partner: Partner,
    pub choices: Vec<(Dynamic, Option<Dynamic>)>,
}

/// What a code turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Code {
    Invite(Invite),
    Answers(Answers),
    /// Locked answers: the check-in's id, and the sealed bytes to open with the spoken code.
    Locked(Sealed),
}

/// Locked answers as they travel: `aad` (the first byte and the id) is authenticated, not
/// hidden, so a phone can tell whose check-in it is before asking for the spoken code.
#[derive(Clone, Debug, PartialEq)]
pub struct Sealed {
    /// The check-in's id.
    pub id: [u8; 8],
    pub aad: Vec<u8>,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// The ciphertext with AES-GCM's 16-byte tag at its end.
    pub sealed: Vec<u8>,
}

/// Why a code was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Garbled, cut short, edited, or not one of ours.
    Damaged,
    /// Made by a newer version of the app.
    Newer,
}

pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
const TAG_BYTES: usize = 16;

fn check(bytes: &[u8]) -> [u8; 4] {
    let h = crate::model::fnv1a(bytes.iter().copied()).to_le_bytes();
    [h[0], h[1], h[2], h[3]]
}

fn with_check(mut bytes: Vec<u8>) -> Vec<u8> {
    let c = check(&bytes);
    bytes.extend_from_slice(&c);
    bytes
}

/// An answer as four bits: the chosen dynamic (two bits) and "least like me" as none or
/// one of the other three, in [`Dynamic::ALL`]'s order (two bits). Every nibble is an answer.
fn nibble(most: Dynamic, least: Option<Dynamic>) -> u8 {
    let m = Dynamic::ALL.iter().position(|d| *d == most).unwrap_or(0);
    let others = Dynamic::ALL.iter().filter(|d| **d != most);
    let l = least
        .and_then(|l| others.clone().position(|d| *d == l))
        .map_or(0, |i| i + 1);
    (m * 4 + l) as u8
}

fn from_nibble(n: u8) -> (Dynamic, Option<Dynamic>) {
    let most = Dynamic::ALL[usize::from(n >> 2 & 3)];
    let least = match n & 3 {
        0 => None,
        l => Dynamic::ALL
            .iter()
            .filter(|d| **d != most)
            .nth(usize::from(l) - 1)
            .copied(),
    };
    (most, least)
}

fn pack_choices(choices: &[(Dynamic, Option<Dynamic>)]) -> Vec<u8> {
    choices
        .chunks(2)
        .map(|pair| {
            let hi = nibble(pair[0].0, pair[0].1) << 4;
            hi | pair.get(1).map_or(0, |(m, l)| nibble(*m, *l))
        })
        .collect()
}

/// The answers part, open or sealed: the partner, the count, then the nibbles.
fn answers_body(partner: Partner, choices: &[(Dynamic, Option<Dynamic>)]) -> Vec<u8> {
    let mut body = vec![partner.index() as u8, choices.len().min(255) as u8];
    body.extend(pack_choices(choices));
    body
}

fn read_answers_body(id: [u8; 8], body: &[u8]) -> Option<Answers> {
    let (&who, rest) = body.split_first()?;
    let (&count, packed) = rest.split_first()?;
    let count = usize::from(count);
    let partner = match who {
        0 => Partner::A,
        1 => Partner::B,
        _ => return None,
    };
    // Exactly the bytes the count needs, and a zero half byte after an odd count.
    if packed.len() != count.div_ceil(2) || (count % 2 == 1 && packed[count / 2] & 15 != 0) {
        return None;
    }
    let choices = (0..count)
        .map(|i| from_nibble(packed[i / 2] >> (4 * (1 - i % 2)) & 15))
        .collect();
    Some(Answers {
        id,
        partner,
        choices,
    })
}

fn header(kind: u8) -> u8 {
    FORMAT << 4 | kind
}

/// An invite as bytes: the set in six bits an id (ids run 1 to 63), names capped.
pub fn invite_bytes(invite: &Invite) -> Vec<u8> {
    let mut bytes = vec![header(INVITE)];
    bytes.extend_from_slice(&invite.id);
    let flags = u8::from(invite.length == Length::Quick) | u8::from(invite.from_collector) << 1;
    bytes.push(flags);
    bytes.push(invite.set.len().min(255) as u8);
    let mut acc = 0u32;
    let mut bits = 0;
    for id in &invite.set {
        acc = acc << 6 | u32::from(id & 63);
        bits += 6;
        while bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
        }
    }
    if bits > 0 {
        bytes.push((acc << (8 - bits)) as u8);
    }
    for name in &invite.names {
        let name = name.as_deref().unwrap_or("");
        let mut end = name.len().min(NAME_BYTES);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        bytes.push(end as u8);
        bytes.extend_from_slice(&name.as_bytes()[..end]);
    }
    with_check(bytes)
}

/// A partner's open answers as bytes.
pub fn answers_bytes(answers: &Answers) -> Vec<u8> {
    let mut bytes = vec![header(ANSWERS)];
    bytes.extend_from_slice(&answers.id);
    bytes.extend(answers_body(answers.partner, &answers.choices));
    with_check(bytes)
}

/// What the browser seals for locked answers: the authenticated first byte and id, and
/// the plain answers to hide.
pub fn to_seal(answers: &Answers) -> (Vec<u8>, Vec<u8>) {
    let mut aad = vec![header(LOCKED)];
    aad.extend_from_slice(&answers.id);
    (aad, answers_body(answers.partner, &answers.choices))
}

/// Locked answers as bytes, from what the browser sealed. They carry the same check as
/// open ones, so damage is told apart from a wrong spoken code.
pub fn locked_bytes(aad: &[u8], salt: &[u8], iv: &[u8], sealed: &[u8]) -> Vec<u8> {
    with_check([aad, salt, iv, sealed].concat())
}

/// Reads the answers the browser unsealed (they were authenticated with the id).
pub fn opened(id: [u8; 8], plain: &[u8]) -> Result<Answers, CodeError> {
    read_answers_body(id, plain).ok_or(CodeError::Damaged)
}

/// Reads a code from its bytes. The check comes first, so a newer format is only
/// reported for a code that arrived whole (a future format keeps the 4-byte check).
pub fn read_bytes(bytes: &[u8]) -> Result<Code, CodeError> {
    if bytes.len() < 13 {
        return Err(CodeError::Damaged);
    }
    let (whole, tail) = bytes.split_at(bytes.len() - 4);
    if check(whole) != tail {
        return Err(CodeError::Damaged);
    }
    let first = whole[0];
    if first >> 4 > FORMAT {
        return Err(CodeError::Newer);
    }
    let id: [u8; 8] = whole[1..9].try_into().map_err(|_| CodeError::Damaged)?;
    let body = &whole[9..];
    match first {
        f if f == header(ANSWERS) => read_answers_body(id, body).map(Code::Answers),
        f if f == header(INVITE) => read_invite(id, body).map(Code::Invite),
        f if f == header(LOCKED) && body.len() >= SALT_BYTES + IV_BYTES + TAG_BYTES => {
            let (salt, more) = body.split_at(SALT_BYTES);
            let (iv, sealed) = more.split_at(IV_BYTES);
            Some(Code::Locked(Sealed {
                id,
                aad: whole[..9].to_vec(),
                salt: salt.to_vec(),
                iv: iv.to_vec(),
                sealed: sealed.to_vec(),
            }))
        }
        _ => None,
    }
    .ok_or(CodeError::Damaged)
}

fn read_invite(id: [u8; 8], body: &[u8]) -> Option<Invite> {
    let (&flags, rest) = body.split_first()?;
    let (&count, mut rest) = rest.split_first()?;
    if flags > 3 {
        return None;
    }
    let packed = (usize::from(count) * 6).div_ceil(8);
    let (ids, after) = (rest.get(..packed)?, rest.get(packed..)?);
    let mut set = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for b in ids {
        acc = acc << 8 | u32::from(*b);
        bits += 8;
        while bits >= 6 && set.len() < usize::from(count) {
            bits -= 6;
            set.push((acc >> bits) as u8 & 63);
        }
        acc &= (1 << bits) - 1;
    }
    // Leftover bits are zero; ids are never 0.
    if acc != 0 || set.contains(&0) {
        return None;
    }
    rest = after;
    let mut names = [None, None];
    for name in &mut names {
        let (&n, more) = rest.split_first()?;
        let n = usize::from(n);
        if n > NAME_BYTES {
            return None;
        }
        let text = std::str::from_utf8(more.get(..n)?).ok()?;
        *name = clean_name(text);
        rest = &more[n..];
    }
    rest.is_empty().then_some(Invite {
        id,
        length: if flags & 1 == 1 {
            Length::Quick
        } else {
            Length::Full
        },
        set,
        names,
        from_collector: flags & 2 == 2,
    })
}

/// A code as text for a link: base64url.
pub fn to_link_text(bytes: &[u8]) -> String {
    to_base64(bytes)
}

/// Crockford's base32 alphabet: no I, L, O or U, so nothing read aloud or typed is
/// mistaken for something else.
pub const TYPED: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A code to type: base32 in groups of four.
pub fn to_typed(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut acc, mut bits) = (0u32, 0);
    let mut n = 0;
    let mut push = |v: u32, out: &mut String| {
        if n > 0 && n % 4 == 0 {
            out.push(' ');
        }
        out.push(TYPED[(v & 31) as usize] as char);
        n += 1;
    };
    for b in bytes {
        acc = acc << 8 | u32::from(*b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            push(acc >> bits, &mut out);
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        push(acc << (5 - bits), &mut out);
    }
    out
}

/// One typed character's value, forgiving case and the letters base32 leaves out.
fn typed_value(c: char) -> Option<u32> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    TYPED.iter().position(|t| *t as char == c).map(|v| v as u32)
}

/// Reads typed base32, ignoring spaces and dashes; `None` for anything else.
pub fn from_typed(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.chars().filter(|c| !matches!(c, ' ' | '-')) {
        acc = acc << 5 | typed_value(c)?;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    (acc == 0).then_some(out)
}

/// Reads what someone pasted or opened: a whole link, the part after `#c=`, the code
/// itself, or the typed code.
pub fn read(text: &str) -> Result<Code, CodeError> {
    let text = text.trim();
    // After the link's `#c=`, if it is a link. `get`, not indexing: no panic to link in.
    let code = match text.rfind('#') {
        Some(at) => text.get(at + 1..).unwrap_or_default(),
        None => text,
    };
    let code = code.strip_prefix("c=").unwrap_or(code);
    // Each form is read on its own: the check makes a wrong guess fail, not mislead.
    match from_base64(code).map(|b| read_bytes(&b)) {
        Some(Err(CodeError::Damaged)) | None => {
            from_typed(code).map_or(Err(CodeError::Damaged), |b| read_bytes(&b))
        }
        Some(read) => read,
    }
}
