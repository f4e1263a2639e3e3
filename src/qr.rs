//! The QR code module: a link drawn as an SVG QR code (the qrcodegen crate, medium error
//! correction), built as its own small WebAssembly module (.ci/post-build.sh) that the
//! app fetches only when it first shows a code (public/qr.js). Plain exports, no
//! wasm-bindgen: the link's bytes in, the SVG's text out.

use qrcodegen::{QrCode, QrCodeEcc};
use std::cell::RefCell;

/// The modules of blank border the QR specification asks for around a code.
const QUIET: i32 = 4;

/// Writes a small number in decimal: `format!` would link Rust's formatting machinery,
/// several KB of this module.
fn push_number(out: &mut String, n: i32) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// The link as an SVG QR code at level M, dark on light whatever the page's theme (a
/// scanner needs the contrast), one path of unit squares; `None` if it cannot fit.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let side = n + 2 * QUIET;
    let mut out = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 "#);
    for part in [side, side] {
        push_number(&mut out, part);
        out.push(' ');
    }
    out.push_str(r##"" aria-hidden="true" shape-rendering="crispEdges"><path d="M0,0h"##);
    push_number(&mut out, side);
    out.push('v');
    push_number(&mut out, side);
    out.push_str(r##"h-"##);
    push_number(&mut out, side);
    out.push_str(r##"z" fill="#fff"/><path d=""##);
    for y in 0..n {
        for x in 0..n {
            if code.get_module(x, y) {
                out.push('M');
                push_number(&mut out, x + QUIET);
                out.push(',');
                push_number(&mut out, y + QUIET);
                out.push_str("h1v1h-1z");
            }
        }
    }
    out.push_str(r##"" fill="#000"/></svg>"##);
    Some(out)
}

thread_local! {
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static OUTPUT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Room for `len` bytes of the link, for the page to write into.
#[no_mangle]
pub extern "C" fn qr_input(len: usize) -> *mut u8 {
    INPUT.with_borrow_mut(|input| {
        input.clear();
        input.resize(len, 0);
        input.as_mut_ptr()
    })
}

/// Draws the link written into [`qr_input`]: the SVG's length in bytes (0 if it could
/// not be drawn), to read at [`qr_output`].
#[no_mangle]
pub extern "C" fn qr_draw() -> usize {
    let drawn = INPUT.with_borrow(|input| {
        std::str::from_utf8(input)
            .ok()
            .and_then(svg)
            .unwrap_or_default()
    });
    OUTPUT.with_borrow_mut(|out| {
        *out = drawn;
        out.len()
    })
}

/// Where the last drawing is.
#[no_mangle]
pub extern "C" fn qr_output() -> *const u8 {
    OUTPUT.with_borrow(|out| out.as_ptr())
}
