//! If the app ever panics, WebAssembly stops for good. Instead of a frozen page, the
//! panic hook draws a plain recovery screen, in the language in use: reload, or download
//! what is saved.

#[cfg(test)]
use crate::content::english;
use crate::content::locale::Words;

use super::escape;

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
pub fn recovery_html(saved: Option<&str>, words: &Words) -> String {
    let shareable = saved
        .and_then(|s| crate::store::decode(s).ok())
        .is_some_and(|s| s.shareable());
    let export = saved.filter(|_| shareable).map_or(String::new(), |s| {
        format!(
            r#"<a class="button secondary" download="{}" href="{}">{}</a>"#,
            escape(words.recovery_file_name),
            data_url(s),
            escape(words.recovery_export)
        )
    });
    let lead = if saved.is_some() {
        words.recovery_lead
    } else {
        words.recovery_lead_unsaved
    };
    // The quick exit works here without the app: public/boot.js handles it.
    format!(
        r#"<header class="top"><span class="brand" aria-hidden="true">{}</span><button type="button" class="quick-exit">{}</button></header><main id="recovery"><section class="screen" role="alert"><h1>{}</h1><p class="lead">{}</p><div class="actions"><a class="button primary" href="./">{}</a>{}</div></section></main>"#,
        escape(words.app_name),
        escape(words.quick_exit),
        escape(words.recovery_title),
        escape(lead),
        escape(words.recovery_reload),
        export
    )
}

thread_local! {
    /// The words the app shows now (a `Cell`: the hook reads it whatever else was
    /// borrowed when the panic came).
    static SHOWN: std::cell::Cell<&'static Words> =
        std::cell::Cell::new(&crate::content::english().words);
}

/// The recovery screen speaks the language the app is in.
pub fn show_in(l: &'static crate::content::Locale) {
    SHOWN.with(|w| w.set(&l.words));
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
            body.set_inner_html(&recovery_html(saved.as_deref(), SHOWN.with(|w| w.get())));
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::content::bank::SCENARIOS;
    use crate::model::session::{Length, Session, Step};

    #[test]
    fn a_finished_session_downloads_intact_and_a_turn_in_progress_does_not() {
        let words = &english().words;
        let mut s = Session::new(
            Length::Quick,
            1,
            "",
            false,
            &crate::content::bank::SCENARIOS,
        );
        for step in [
            Step::Name {
                a: "<b>&</b> 🌿".into(),
                b: String::new(),
            },
            Step::TakeTurn,
            Step::Answer {
                most: crate::model::dynamics::Dynamic::Dependence,
                least: None,
            },
        ] {
            s.apply(step, &SCENARIOS).unwrap();
        }
        let mid_turn = crate::store::encode(&s);
        let html = recovery_html(Some(&mid_turn), words);
        assert!(!html.contains("download="), "no file mid-turn");
        assert!(html.contains(&escape(words.recovery_lead)));

        let setup = crate::store::encode(&Session::new(
            Length::Quick,
            1,
            "",
            false,
            &crate::content::bank::SCENARIOS,
        ));
        let html = recovery_html(Some(&setup), words);
        assert!(html.contains("download="));
        assert!(html.contains(&data_url(&setup)));

        let nothing = recovery_html(None, words);
        assert!(nothing.contains(words.recovery_reload) && nothing.contains(words.quick_exit));
        assert!(nothing.contains(&escape(words.recovery_lead_unsaved)));
        assert!(!nothing.contains("download="));
    }

    #[test]
    fn the_recovery_screen_speaks_the_language_in_use() {
        let spanish = crate::content::Locale::from_file(
            include_str!("../../public/locales/es.txt"),
            english(),
        )
        .expect("the Spanish file reads");
        let spanish: &'static crate::content::Locale = Box::leak(Box::new(spanish));
        // Until the app says otherwise, English.
        assert_eq!(SHOWN.with(|w| w.get()), &english().words);
        show_in(spanish);
        let html = recovery_html(None, SHOWN.with(|w| w.get()));
        assert!(
            html.contains(&escape(spanish.words.recovery_title)),
            "{html}"
        );
        assert!(
            !html.contains(&escape(english().words.recovery_title)),
            "{html}"
        );
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
