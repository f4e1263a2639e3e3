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

/// The recovery screen's HTML, given what is saved (if anything). The download is offered
/// only when the saved session may be shared (not in the middle of a partner's turn).
pub fn recovery_html(saved: Option<&str>) -> String {
    let shareable = saved
        .and_then(|s| crate::store::decode(s).ok())
        .is_some_and(|s| s.shareable());
    let export = saved.filter(|_| shareable).map_or(String::new(), |s| {
        format!(
            r#"<a class="button secondary" download="me-and-we-session.txt" href="{}">{}</a>"#,
            data_url(s),
            escape(words::RECOVERY_EXPORT)
        )
    });
    let lead = if saved.is_some() {
        words::RECOVERY_LEAD
    } else {
        words::RECOVERY_LEAD_UNSAVED
    };
    // The quick exit works here without the app: public/boot.js handles it.
    format!(
        r#"<header class="top"><span class="brand" aria-hidden="true">{}</span><button type="button" class="quick-exit">{}</button></header><main id="recovery"><section class="screen" role="alert"><h1>{}</h1><p class="lead">{}</p><div class="actions"><a class="button primary" href="./">{}</a>{}</div></section></main>"#,
        escape(words::APP_NAME),
        escape(words::QUICK_EXIT),
        escape(words::RECOVERY_TITLE),
        escape(lead),
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

    use crate::content::scenarios::SCENARIOS;
    use crate::model::session::{Length, Session};

    #[test]
    fn a_finished_session_downloads_intact_and_a_turn_in_progress_does_not() {
        let mut s = Session::new(Length::Quick, 1);
        s.set_names("<b>&</b> 🌿", "").unwrap();
        s.take_turn().unwrap();
        s.answer(
            &SCENARIOS,
            crate::model::dynamics::Dynamic::Dependence,
            None,
        )
        .unwrap();
        let mid_turn = crate::store::encode(&s);
        let html = recovery_html(Some(&mid_turn));
        assert!(!html.contains("download="), "no file mid-turn");
        assert!(html.contains(&escape(words::RECOVERY_LEAD)));

        let setup = crate::store::encode(&Session::new(Length::Quick, 1));
        let html = recovery_html(Some(&setup));
        assert!(html.contains("download="));
        assert!(html.contains(&data_url(&setup)));

        let nothing = recovery_html(None);
        assert!(nothing.contains(words::RECOVERY_RELOAD) && nothing.contains(words::QUICK_EXIT));
        assert!(nothing.contains(&escape(words::RECOVERY_LEAD_UNSAVED)));
        assert!(!nothing.contains("download="));
    }

    #[test]
    fn words_and_data_cannot_inject_markup() {
        assert_eq!(escape("<b>&\"</b>"), "&lt;b&gt;&amp;&quot;&lt;/b&gt;");
        assert_eq!(
            data_url("<&> 🌿"),
            "data:text/plain;charset=utf-8,%3C%26%3E%20%F0%9F%8C%BF"
        );
    }
}
