//! If the app ever panics, WebAssembly stops for good. Instead of a frozen page, the
//! panic hook draws a plain recovery screen: reload, or download what is saved.

use crate::content::screens as words;

/// Escapes text for the recovery HTML (it is built as a string, without the framework).
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Percent-encodes saved data for a `data:` link, so it downloads without any script.
fn data_url(text: &str) -> String {
    let mut out = String::from("data:text/plain;charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The recovery screen's HTML, given what is saved (if anything).
pub fn recovery_html(saved: Option<&str>) -> String {
    let export = saved.map_or(String::new(), |s| {
        format!(
            r#"<a class="button secondary" download="me-and-we-session.txt" href="{}">{}</a>"#,
            data_url(s),
            escape(words::RECOVERY_EXPORT)
        )
    });
    format!(
        r#"<main id="main"><section class="screen" role="alert"><h1>{}</h1><p class="lead">{}</p><div class="actions"><a class="button primary" href="./">{}</a>{}</div></section></main>"#,
        escape(words::RECOVERY_TITLE),
        escape(words::RECOVERY_LEAD),
        escape(words::RECOVERY_RELOAD),
        export
    )
}

/// Installs the hook. Safe to call more than once.
pub fn install() {
    #[cfg(target_arch = "wasm32")]
    std::panic::set_hook(Box::new(|_| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let saved = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(crate::store::KEY).ok().flatten());
        if let Some(body) = doc.body() {
            body.set_inner_html(&recovery_html(saved.as_deref()));
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_data_downloads_intact_and_cannot_inject_markup() {
        let html = recovery_html(Some(r#"{"a":"<b>&</b> 🌿"}"#));
        assert!(!html.contains("<b>&"));
        assert!(html.contains("%3Cb%3E%26%3C%2Fb%3E%20%F0%9F%8C%BF"));
        assert!(recovery_html(None).contains(words::RECOVERY_RELOAD));
        assert!(!recovery_html(None).contains("download="));
    }
}
