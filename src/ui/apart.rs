//! Each on your own phone: starting a two-phone check-in, its invite, joining one, and
//! swapping answer codes. The codes are `crate::share`'s; this module only shows them.
//! Its screens are written as text with one handler for every button and form (as the
//! talk's are): built as views, these screens cost about four times the WebAssembly.

use super::{escape, focus_main, words, Current, Screen, Send};
use crate::content::fill;
use crate::model::compare::Partner;
use crate::model::session::{Apart, Length, Refusal, Step};
use crate::share::{self, Code, CodeError, Invite};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// Absent on plain http (a local network): then it throws, and the reader copies by hand.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text(text: &str) -> Result<web_sys::js_sys::Promise, wasm_bindgen::JsValue>;
    /// The code the page's address held when it opened (public/boot.js took it out).
    #[wasm_bindgen(js_name = meAndWeCode)]
    fn code_from_address() -> String;
    /// The lock (public/lock.js, loaded when first used): seals or opens answers.
    #[wasm_bindgen(js_name = meAndWeLock)]
    fn lock_js(
        op: &str,
        data: &[u8],
        aad: &[u8],
        salt: &[u8],
        iv: &[u8],
        code: &str,
    ) -> web_sys::js_sys::Promise;
    /// The QR module (public/qr.js and qr.wasm, loaded when first used): a link's SVG.
    #[wasm_bindgen(js_name = meAndWeQr)]
    fn qr_js(link: &str) -> web_sys::js_sys::Promise;
}

/// What the lock or the QR module answered: bytes (sent as char codes), or why not
/// (`unavailable`, `wrong`).
type Locked = Result<Vec<u8>, String>;

/// Runs the lock, then hands its answer to `done`.
fn run_lock(args: [&[u8]; 4], op: &str, code: &str, done: fn(Locked)) {
    #[cfg(target_arch = "wasm32")]
    when_done(lock_js(op, args[0], args[1], args[2], args[3], code), done);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (args, op, code, done);
}

/// Awaits a promise of the page's scripts, then hands its answer to `done`. One task for
/// every use, and `done` a plain function that reads what it needs again: one future in
/// the WebAssembly.
#[cfg(target_arch = "wasm32")]
fn when_done(promise: web_sys::js_sys::Promise, done: fn(Locked)) {
    // `done` reads the app's handles: it runs under the owner that asked.
    let owner = Owner::current();
    wasm_bindgen_futures::spawn_local(async move {
        let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
        let answer = match answer {
            Ok(text) => Ok(text
                .as_string()
                .unwrap_or_default()
                .chars()
                .map(|c| c as u32 as u8)
                .collect()),
            Err(why) => Err(why.as_string().unwrap_or_default()),
        };
        match owner {
            Some(owner) => owner.with(|| done(answer)),
            None => done(answer),
        }
    });
}

/// Draws the link on screen as a QR code, once the QR module is here. Where it cannot
/// come (a build without it, offline before it was kept), the link alone still works.
fn draw_qr() {
    let link = field("share-link").map(|f| f.value()).unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    if !link.is_empty() {
        when_done(qr_js(&link), drawn);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (link, drawn);
}

fn drawn(svg: Locked) {
    let svg = svg.ok().and_then(|svg| String::from_utf8(svg).ok());
    if let (Some(svg), Some(place)) = (svg, document().get_element_by_id("qr")) {
        place.set_inner_html(&svg);
    }
}

/// A code from the page's address, if it opened with one.
pub fn from_address() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        Some(code_from_address()).filter(|c| !c.is_empty())
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

thread_local! {
    /// The code being opened (from the address or pasted), kept while its screen shows.
    static CODE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Opens a code: the code screen says what it was and what happened.
pub fn open(text: String) {
    CODE.with_borrow_mut(|code| *code = text);
    Send::get().go(Screen::Code);
}

fn code() -> Result<Code, CodeError> {
    CODE.with_borrow(|text| share::read(text))
}

fn field(id: &str) -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

fn say(id: &str, text: &str) {
    if let Some(e) = document().get_element_by_id(id) {
        e.set_text_content(Some(text));
    }
}

/// A screen of this module: its HTML, and the one handler that hears its buttons (by
/// `data-act`) and forms (submitted, by theirs).
fn screen(class: &'static str, html: String) -> AnyView {
    let click = move |ev: leptos::ev::MouseEvent| {
        if let Some(act) = super::act_of(ev.target(), "button[data-act]") {
            act_on(&act);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(act) = super::act_of(ev.target(), "form[data-act]") {
            act_on(&act);
        }
    };
    view! {
        <section class=class aria-labelledby="screen-title" inner_html=html
            on:click=click on:submit=submit></section>
    }
    .into_any()
}

fn title(text: &str) -> String {
    format!(
        r#"<h1 id="screen-title" tabindex="-1">{}</h1>"#,
        escape(text)
    )
}

fn button(act: &str, class: &str, label: &str) -> String {
    format!(
        r#"<button type="button" class="{class}" id="{act}" data-act="{act}">{}</button>"#,
        escape(label)
    )
}

/// What every button and form of these screens asks for.
fn act_on(act: &str) {
    let send = Send::get();
    let current = Current::get();
    match act {
        "apart-go" => {
            let quick = field("apart-quick").is_some_and(|f| f.checked());
            let collect = field("apart-collect").is_some_and(|f| f.checked());
            let length = if quick { Length::Quick } else { Length::Full };
            let me = (!collect).then_some(Partner::A);
            send.start_apart(length, super::landing::new_seed(), me);
        }
        "apart-back" => send.go(Screen::Landing),
        "take-turn" => {
            let _ = send.step(Step::TakeTurn);
            focus_main();
        }
        "copy-link" => copy(),
        "lock" => lock(),
        "unlock" => unlock(),
        "paste" => {
            let text = field("paste-code").map(|f| f.value()).unwrap_or_default();
            if !text.trim().is_empty() {
                open(text);
            }
        }
        "export" => {
            current.with_untracked(super::export);
        }
        "code-continue" => {
            let flow = current.with_untracked(|_| ()).is_some();
            send.go(if flow { Screen::Flow } else { Screen::Landing });
        }
        join => {
            let me = match join {
                "join-0" => Partner::A,
                "join-1" => Partner::B,
                _ => return,
            };
            if let Ok(Code::Invite(invite)) = code() {
                if send.join(&invite, me).is_err() {
                    say("code-problem", words().phone.code_newer);
                }
            }
        }
    }
}

/// Locks this phone's answers with a fresh spoken code.
fn lock() {
    let Some(answers) = Current::get().with_untracked(|s| s.my_answers()).flatten() else {
        return;
    };
    say("lock-status", words().phone.lock_working);
    let (aad, plain) = share::to_seal(&answers);
    run_lock([&plain, &aad, &[], &[]], "seal", "", locked);
}

/// Shows the locked link and its spoken code in place of the open one.
fn locked(made: Locked) {
    let ph = &words().phone;
    let current = Current::get();
    let Some(answers) = current.with_untracked(|s| s.my_answers()).flatten() else {
        return;
    };
    let (aad, _) = share::to_seal(&answers);
    let why_not = |why: &str| {
        let unavailable = why == "unavailable";
        say(
            "lock-status",
            if unavailable {
                ph.lock_unavailable
            } else {
                ph.code_damaged
            },
        );
    };
    let made = match made {
        Ok(made) => made,
        Err(why) => return why_not(&why),
    };
    let parts = (
        made.get(..8),
        made.get(8..24),
        made.get(24..36),
        made.get(36..),
    );
    let (Some(code), Some(salt), Some(iv), Some(sealed)) = parts else {
        return why_not("");
    };
    let bytes = share::locked_bytes(&aad, salt, iv, sealed);
    let other = current.name(answers.partner.other());
    let lead = fill(ph.lock_lead, &[("other", &other)]);
    let spoken = |r: std::ops::Range<usize>| code[r].iter().map(|b| *b as char).collect::<String>();
    let html = format!(
        r#"{}<p>{}</p><p class="typed-code" id="spoken-code" translate="no">{} {}</p><p class="hint">{}</p>"#,
        code_card(ph.lock_title, &lead, &bytes, false),
        escape(ph.lock_code),
        spoken(0..4),
        spoken(4..8),
        escape(ph.lock_protects),
    );
    if let Some(place) = document().get_element_by_id("my-code") {
        place.set_inner_html(&html);
        draw_qr();
    }
}

/// Opens locked answers with the code typed: then they are opened like open answers.
fn unlock() {
    let ph = &words().phone;
    let Ok(Code::Locked(sealed)) = code() else {
        return;
    };
    let typed = field("unlock-code").map(|f| f.value()).unwrap_or_default();
    // The code as it was made: eight characters of the typed alphabet, whatever the case
    // or spacing it was typed in.
    let Some(key) = share::from_typed(&typed)
        .filter(|b| b.len() == 5)
        .map(|b| share::to_typed(&b).replace(' ', ""))
    else {
        say("unlock-problem", ph.unlock_wrong);
        return;
    };
    say("unlock-problem", "");
    say("unlock-status", ph.unlock_working);
    let args = [&sealed.sealed[..], &sealed.aad, &sealed.salt, &sealed.iv];
    run_lock(args, "open", &key, unlocked);
}

/// Locked answers opened (they are then opened like open ones), or why not.
fn unlocked(plain: Locked) {
    let ph = &words().phone;
    say("unlock-status", "");
    let Ok(Code::Locked(sealed)) = code() else {
        return;
    };
    match plain.map(|plain| share::opened(sealed.id, &plain)) {
        Ok(Ok(answers)) => open(share::to_link_text(&share::answers_bytes(&answers))),
        Ok(Err(_)) => say("unlock-problem", ph.code_damaged),
        Err(why) if why == "unavailable" => say("unlock-problem", ph.lock_unavailable),
        Err(_) => say("unlock-problem", ph.unlock_wrong),
    }
}

/// The form for the spoken code of locked answers.
fn unlock_form() -> AnyView {
    let ph = &words().phone;
    let html = format!(
        r#"{}<p class="lead">{}</p><form data-act="unlock" novalidate><div class="field"><label for="unlock-code">{}</label><input id="unlock-code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="unlock-problem"></div><p class="error" role="alert" id="unlock-problem"></p><p class="hint" role="status" id="unlock-status"></p><div class="actions"><button type="submit" class="primary">{}</button>{}</div></form>"#,
        title(ph.unlock_title),
        escape(ph.unlock_lead),
        escape(ph.unlock_label),
        escape(ph.unlock_go),
        button("code-continue", "secondary", ph.apart_back),
    );
    screen("screen code", html)
}

/// Copies the link on screen, and says whether that worked.
fn copy() {
    let ph = &words().phone;
    let link = field("share-link").map(|f| f.value()).unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    {
        let Ok(promise) = write_text(&link) else {
            say("copy-status", ph.link_copy_failed);
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await;
            let text = if done.is_ok() {
                ph.link_copied
            } else {
                ph.link_copy_failed
            };
            say("copy-status", text);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (link, ph);
}

/// Starting one: how long, and whether this device answers or only collects.
pub fn start() -> AnyView {
    let (w, ph) = (&words().words, &words().phone);
    let radio = |name: &str, id: &str, checked: bool, label: &str| {
        format!(
            r#"<label class="option" for="{id}"><input type="radio" name="{name}" id="{id}"{}><span>{}</span></label>"#,
            if checked { " checked" } else { "" },
            escape(label)
        )
    };
    let html = format!(
        r#"{}<p class="lead">{}</p><form data-act="apart-go" novalidate><fieldset class="options"><legend>{}</legend>{}{}</fieldset><fieldset class="options"><legend>{}</legend>{}{}</fieldset><div class="actions"><button type="submit" class="primary">{}</button>{}</div></form>"#,
        title(ph.apart_title),
        escape(ph.apart_lead),
        escape(ph.apart_length),
        radio("length", "apart-full", true, w.start_full_hint),
        radio("length", "apart-quick", false, w.start_quick_hint),
        escape(ph.apart_who),
        radio("who", "apart-me", true, ph.apart_me),
        radio("who", "apart-collect", false, ph.apart_collector),
        escape(ph.apart_go),
        button("apart-back", "secondary", ph.apart_back),
    );
    screen("screen apart", html)
}

/// The page's own address with a code in its fragment: never in the query, so it is
/// never sent to the host.
fn link_for(bytes: &[u8]) -> String {
    let here = window().location().href().unwrap_or_default();
    let page = here.split('#').next().unwrap_or_default();
    format!("{page}{}{}", share::LINK_MARK, share::to_link_text(bytes))
}

/// A code to pass on: its link to copy or open, and (for open answers) a code to type.
fn code_card(title: &str, lead: &str, bytes: &[u8], typed: bool) -> String {
    let ph = &words().phone;
    let typed = if typed {
        format!(
            r#"<p>{}</p><p class="typed-code" id="typed-code" translate="no">{}</p>"#,
            escape(ph.swap_typed),
            share::to_typed(bytes)
        )
    } else {
        String::new()
    };
    format!(
        r#"<div class="card code-card"><h2>{}</h2>{}<div class="field"><label for="share-link">{}</label><input id="share-link" type="text" readonly spellcheck="false" value="{}"></div><div class="qr" id="qr" role="img" aria-label="{}"></div><div class="actions">{}</div><p class="hint" role="status" id="copy-status"></p>{typed}<p class="hint">{}</p></div>"#,
        escape(title),
        if lead.is_empty() {
            String::new()
        } else {
            format!("<p>{}</p>", escape(lead))
        },
        escape(ph.link_label),
        escape(&link_for(bytes)),
        escape(ph.qr_label),
        button("copy-link", "primary", ph.link_copy),
        escape(ph.link_privacy),
    )
}

/// "Paste a code": an invite or answers, typed or pasted, opened on the code screen.
pub fn paste_form() -> String {
    let w = &words().words;
    format!(
        r#"<form class="paste" data-act="paste" novalidate><div class="field"><label for="paste-code">{}</label><p id="paste-hint" class="hint">{}</p><input id="paste-code" type="text" autocomplete="off" autocapitalize="off" spellcheck="false" aria-describedby="paste-hint"></div><div class="actions"><button type="submit" class="secondary">{}</button></div></form>"#,
        escape(w.paste_label),
        escape(w.paste_hint),
        escape(w.paste_open)
    )
}

/// The paste form where a Leptos view holds it (the first screen).
pub fn paste_box() -> impl IntoView {
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        act_on("paste");
    };
    view! { <div inner_html=paste_form() on:submit=submit></div> }
}

/// A partner's hand-off on their own phone: the invite first, where this phone started it.
pub fn turn(partner: Partner, apart: Apart) -> AnyView {
    let current = Current::get();
    let ph = &words().phone;
    let other = current.name(partner.other());
    let other = [("other", other.as_str())];
    let invite = current
        .with_untracked(|s| s.invite())
        .flatten()
        .filter(|_| apart.host)
        .map(|i| {
            let title = fill(ph.invite_title, &other);
            code_card(
                &title,
                &fill(ph.invite_lead, &other),
                &share::invite_bytes(&i),
                false,
            )
        })
        .unwrap_or_default();
    let name = current.name(partner);
    let html = format!(
        r#"{}{invite}<p>{}</p><div class="actions">{}</div>"#,
        title(&fill(ph.apart_turn_title, &[("name", &name)])),
        escape(ph.apart_turn_lead),
        button("take-turn", "primary", ph.apart_start_mine),
    );
    request_animation_frame(draw_qr);
    screen("screen handoff", html)
}

/// Waiting for the other's answers (or, on a collecting device, for both), with this
/// phone's own answers to send.
pub fn swap() -> AnyView {
    let current = Current::get();
    let (w, ph) = (&words().words, &words().phone);
    let me = current
        .with_untracked(|s| s.apart_mode().and_then(|a| a.me))
        .flatten();
    let lead = match me {
        Some(p) => fill(ph.swap_lead, &[("other", &current.name(p.other()))]),
        None => ph.swap_collector_lead.to_owned(),
    };
    let card = current
        .with_untracked(|s| match (me, s.my_answers()) {
            (Some(p), Some(mine)) => {
                let other = current.name(p.other());
                let title = fill(ph.swap_yours, &[("other", &other)]);
                format!(
                    r#"<div id="my-code">{}<div class="actions">{}</div><p class="hint" role="status" id="lock-status"></p></div>"#,
                    code_card(&title, "", &share::answers_bytes(&mine), true),
                    button("lock", "secondary", ph.lock_go),
                )
            }
            _ => s.invite().map_or_else(String::new, |i| {
                let bytes = share::invite_bytes(&i);
                code_card(
                    ph.invite_collector_title,
                    ph.invite_collector_lead,
                    &bytes,
                    false,
                )
            }),
        })
        .unwrap_or_default();
    let status: String = [Partner::A, Partner::B]
        .into_iter()
        .filter(|p| Some(*p) != me)
        .map(|p| {
            let here = current.with_untracked(|s| s.has_started(p)) == Some(true);
            let text = if here { ph.swap_here } else { ph.swap_waiting };
            let name = current.name(p);
            format!("<li>{}</li>", escape(&fill(text, &[("name", &name)])))
        })
        .collect();
    let html = format!(
        r#"{}<p class="lead">{}</p>{card}<ul class="waiting">{status}</ul>{}<p class="hint">{}</p><div class="actions">{}</div>"#,
        title(ph.swap_title),
        escape(&lead),
        paste_form(),
        escape(ph.swap_storage),
        button("export", "secondary", w.export),
    );
    request_animation_frame(draw_qr);
    screen("screen swap", html)
}

/// What opening a code came to: a message, and whether it went well.
fn outcome(message: &str, good: bool) -> AnyView {
    let ph = &words().phone;
    let (class, role) = if good {
        ("lead", "status")
    } else {
        ("error", "alert")
    };
    let html = format!(
        r#"{}<p id="code-message" class="{class}" role="{role}">{}</p><div class="actions">{}</div>"#,
        title(ph.code_title),
        escape(message),
        button("code-continue", "primary", ph.code_continue),
    );
    screen("screen code", html)
}

/// A code opened from the address or pasted: an invite to join, or the other's answers.
pub fn opened() -> AnyView {
    let send = Send::get();
    let current = Current::get();
    let ph = &words().phone;
    match code() {
        Ok(Code::Invite(invite)) => join(&invite),
        Ok(Code::Answers(answers)) => {
            let from = current.name(answers.partner);
            let from = [("name", from.as_str())];
            if current
                .with_untracked(|s| s.apart_mode())
                .flatten()
                .is_none()
            {
                return outcome(ph.code_nothing_here, false);
            }
            match send.step(Step::Receive(answers)) {
                Ok(()) => outcome(&fill(ph.code_received, &from), true),
                Err(Refusal::OtherCheckIn) => outcome(ph.code_other, false),
                Err(Refusal::OwnAnswers) => outcome(ph.code_own, false),
                Err(Refusal::AlreadyHere) => outcome(&fill(ph.code_already, &from), false),
                Err(_) => outcome(ph.code_damaged, false),
            }
        }
        Ok(Code::Locked(sealed)) => match current.with_untracked(|s| s.apart_mode()).flatten() {
            None => outcome(ph.code_nothing_here, false),
            Some(apart) if apart.id != sealed.id => outcome(ph.code_other, false),
            Some(_) => unlock_form(),
        },
        Err(CodeError::Damaged) => outcome(ph.code_damaged, false),
        Err(CodeError::Newer) => outcome(ph.code_newer, false),
    }
}

/// An invite: join as the partner it is for (from a collecting device, say which one),
/// after a warning where this phone holds another check-in.
fn join(invite: &Invite) -> AnyView {
    let current = Current::get();
    let (w, ph) = (&words().words, &words().phone);
    let held = current.with_untracked(|s| s.apart_mode().map(|a| a.id));
    if held.flatten() == Some(invite.id) {
        return outcome(ph.join_already, true);
    }
    let replaces = if held.is_some() {
        format!(
            r#"<div class="card"><p>{}</p><div class="actions">{}</div></div>"#,
            escape(ph.join_replaces),
            button("export", "secondary", w.export)
        )
    } else {
        String::new()
    };
    let buttons: String = if invite.from_collector {
        [Partner::A, Partner::B]
            .into_iter()
            .map(|p| {
                let name = words().name(invite.names[p.index()].as_deref(), p);
                let label = fill(ph.join_as, &[("name", &name)]);
                button(&format!("join-{}", p.index()), "primary", &label)
            })
            .collect()
    } else {
        button("join-1", "primary", ph.join_go)
    };
    let who = if invite.from_collector {
        format!("<h2>{}</h2>", escape(ph.join_who))
    } else {
        String::new()
    };
    let html = format!(
        r#"{}<p class="lead">{}</p>{replaces}{who}<div class="actions">{buttons}{}</div><p class="error" role="alert" id="code-problem"></p>"#,
        title(ph.join_title),
        escape(ph.join_lead),
        // Not joining leaves whatever this phone holds as it was.
        button("code-continue", "secondary", ph.apart_back),
    );
    screen("screen join", html)
}
