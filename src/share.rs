//! Codes and links for the two-device mode: a partner's finished answers packed into a
//! URL fragment, which browsers never send to a server.

use crate::model::dynamics::Dynamic;
use crate::model::scoring::Answer;

/// Why a code could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    BadCharacter,
    Garbled,
}

const DIGITS: &[u8; 4] = b"idcn";

fn letter(d: Dynamic) -> char {
    DIGITS[d.index()] as char
}

fn dynamic(c: u8) -> Option<Dynamic> {
    DIGITS.iter().position(|d| *d == c).map(|i| Dynamic::ALL[i])
}

/// Packs answers as `id letter [letter]` groups separated by '.', e.g. `3i.4dn`: short,
/// readable, and URL-safe without escaping.
pub fn encode_answers(answers: &[Answer]) -> String {
    let mut out = String::new();
    for a in answers {
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(&a.scenario.to_string());
        out.push(letter(a.most));
        // A "least like me" equal to the choice means nothing; the decoder refuses it.
        if let Some(l) = a.least.filter(|l| *l != a.most) {
            out.push(letter(l));
        }
    }
    out
}

/// Reads what [`encode_answers`] wrote; any other input gives an error, never a panic.
pub fn decode_answers(code: &str) -> Result<Vec<Answer>, CodeError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    let mut answers: Vec<Answer> = Vec::new();
    for group in code.split('.') {
        let bytes = group.as_bytes();
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 3 {
            return Err(CodeError::Garbled);
        }
        let scenario: u8 = group[..digits].parse().map_err(|_| CodeError::Garbled)?;
        let rest = &bytes[digits..];
        let (most, least) = match rest {
            [m] => (dynamic(*m), None),
            [m, l] => (dynamic(*m), Some(dynamic(*l))),
            _ => return Err(CodeError::Garbled),
        };
        let most = most.ok_or(CodeError::BadCharacter)?;
        let least = match least {
            Some(Some(l)) if l != most => Some(l),
            Some(_) => return Err(CodeError::Garbled),
            None => None,
        };
        if answers.iter().any(|a| a.scenario == scenario) {
            return Err(CodeError::Garbled);
        }
        answers.push(Answer {
            scenario,
            most,
            least,
        });
    }
    Ok(answers)
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 without padding: for saved sessions, files and links.
pub fn to_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(BASE64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Reads what [`to_base64`] wrote; `None` for anything else.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    let digits: Option<Vec<u32>> = text
        .bytes()
        .map(|c| BASE64.iter().position(|d| *d == c).map(|v| v as u32))
        .collect();
    let digits = digits?;
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, d)| n | (d << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}
