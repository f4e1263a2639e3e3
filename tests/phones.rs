//! Two phones, still no server: independent browser profiles (each its own storage, as
//! two phones are) go through whole two-phone check-ins against the release build:
//! invite, answer apart, swap answers both ways (link, typed code, locked with a spoken
//! code), results on both; a third device that collects both codes; every kind of bad
//! code; "no check-in here"; the fragment gone from the address; the quiet ending; and
//! no request to any other origin.
#![cfg(not(target_arch = "wasm32"))]

#[path = "browser/harness.rs"]
mod harness;

#[path = "browser/pages.rs"]
mod pages;

use harness::{saved_session, Browser};
use me_and_we::content::bank::{PROMPTS, SCENARIOS};
use me_and_we::content::locale::{fill, PhoneWords};
use me_and_we::model::compare::Partner;
use me_and_we::model::session::{Phase, Session};
use me_and_we::share;
use pages::{locale, words, App};

fn phone() -> &'static PhoneWords {
    &locale().phone
}

/// From the first screen to this phone's first hand-off (or, collecting, to the swap).
async fn start_apart(b: &Browser, quick: bool, collect: bool, a: &str, bb: &str) {
    b.open().await;
    b.click("#start-apart").await;
    b.wait_title(phone().apart_title).await;
    if quick {
        b.click("#apart-quick").await;
    }
    if collect {
        b.click("#apart-collect").await;
    }
    b.press(phone().apart_go).await;
    b.wait_title(words().setup_title).await;
    App::on(b).names(a, bb).await;
}

/// The link on screen (an invite, or this phone's answers).
async fn shown_link(b: &Browser) -> String {
    b.wait_for("#share-link").await;
    let link = b
        .js("return document.getElementById('share-link').value")
        .await;
    let link = link.as_str().unwrap_or_default().to_owned();
    assert!(link.contains(share::LINK_MARK), "{link}");
    // The code is in the fragment, never the query: no server ever receives it.
    assert!(!link.contains('?'), "{link}");
    link
}

/// Opens a link in this browser, as a scanned or tapped link opens: a new page load,
/// of the same hosted page (each test browser has its own server, the same build).
async fn open_link(b: &Browser, link: &str) {
    let (_, fragment) = link.split_once('#').expect("a fragment");
    let link = format!("{}#{fragment}", b.server.url());
    b.client.goto("about:blank").await.expect("leave the page");
    b.client.goto(&link).await.expect("open the link");
    b.wait_live().await;
}

/// Pastes (or types) a code on the screen that offers it, and opens it.
async fn paste(b: &Browser, text: &str) {
    b.type_into("#paste-code", text).await;
    b.press(words().paste_open).await;
    b.wait_title(phone().code_title).await;
}

/// One partner's whole turn on their own phone, from its hand-off to the swap screen.
async fn turn(b: &Browser, name: &str, n: usize, code: &str, ticks: &[usize]) {
    b.wait_title(&fill(phone().apart_turn_title, &[("name", name)]))
        .await;
    b.click("#take-turn").await;
    b.answer(n, code).await;
    App::on(b).safety_check(ticks).await;
    b.wait_title(phone().swap_title).await;
}

/// The code screen's message, once it shows.
async fn message(b: &Browser) -> String {
    b.text("#code-message").await
}

/// This phone's owner agrees, and the results open.
async fn reveal_own(b: &Browser, partner: usize) {
    b.wait_title(words().later.reveal_title).await;
    assert_eq!(
        b.count("input[id^=agree-]").await,
        1,
        "only the owner agrees"
    );
    b.click(&format!("#agree-{partner}")).await;
    b.press(words().later.reveal_go).await;
    b.wait_title(words().later.results_title).await;
}

/// This phone takes the other's code (pasted or typed), and its owner opens the results.
async fn takes_and_opens(b: &Browser, code: &str, from: &str, owner: usize) {
    paste(b, code).await;
    assert_eq!(
        message(b).await,
        fill(phone().code_received, &[("name", from)])
    );
    b.click("#code-continue").await;
    reveal_own(b, owner).await;
}

/// Every resource the page fetched came from its own origin, and nothing the page sent
/// its server holds a code.
async fn stayed_home(b: &Browser, codes: &[&str]) {
    let off = b
        .js(
            "return performance.getEntriesByType('resource').map((e) => e.name)\
             .filter((n) => !n.startsWith(location.origin))",
        )
        .await;
    assert_eq!(off, serde_json::json!([]), "requests to another origin");
    let requests = b.server.requests.lock().unwrap().clone();
    for code in codes {
        let tail = &code[code.len().saturating_sub(20)..];
        assert!(
            requests.iter().all(|r| !r.contains(tail)),
            "a code reached the server: {requests:?}"
        );
    }
}

/// The address holds no fragment once a link is read.
async fn address_is_clean(b: &Browser) {
    let href = b.js("return location.href").await;
    let href = href.as_str().unwrap_or_default();
    assert!(
        !href.contains('#'),
        "the code stayed in the address: {href}"
    );
}

async fn saved(b: &Browser) -> Session {
    saved_session(b).await.expect("a check-in is saved").0
}

#[tokio::test(flavor = "multi_thread")]
async fn two_phones_swap_answers_and_both_see_the_same_results() {
    let alex = Browser::start().await;
    let sam = Browser::start().await;
    alex.open().await;
    // The first load fetches neither the lock nor the QR module.
    let fetched = "return performance.getEntriesByType('resource').map((e) => e.name)\
                   .filter((n) => /(lock|qr)\\.(js|wasm)$/.test(n))";
    assert_eq!(alex.js(fetched).await, serde_json::json!([]));
    start_apart(&alex, true, false, "Alex", "Sam").await;
    let invite = shown_link(&alex).await;
    // The invite's QR code, drawn by the QR module once it is asked for.
    alex.wait_for("#qr svg").await;
    assert_eq!(alex.js(fetched).await.as_array().map(Vec::len), Some(2));
    App::on(&alex).audit("invite").await;

    // Sam opens the invite: the fragment leaves the address, and Sam joins as Sam.
    open_link(&sam, &invite).await;
    address_is_clean(&sam).await;
    sam.wait_title(phone().join_title).await;
    App::on(&sam).audit("join").await;
    sam.press(phone().join_go).await;
    turn(&sam, "Sam", 12, "i", &[]).await;
    App::on(&sam).audit("swap").await;
    turn(&alex, "Alex", 12, "n", &[]).await;

    // Alex's answers go to Sam as a link; Sam's come back as the typed code.
    let from_alex = shown_link(&alex).await;
    let typed = sam.text("#typed-code").await;
    let from_sam = shown_link(&sam).await;
    open_link(&sam, &from_alex).await;
    address_is_clean(&sam).await;
    assert_eq!(
        message(&sam).await,
        fill(phone().code_received, &[("name", "Alex")])
    );
    App::on(&sam).audit("code").await;
    sam.click("#code-continue").await;
    reveal_own(&sam, 1).await;

    takes_and_opens(&alex, &typed, "Sam", 0).await;

    // Both phones hold both answers and read them the same.
    let (a, s) = (saved(&alex).await, saved(&sam).await);
    assert_eq!(a.phase(), Phase::Results);
    for p in [Partner::A, Partner::B] {
        assert_eq!(a.counted_answers(p), s.counted_answers(p));
        assert_eq!(a.counted_answers(p).len(), 12);
    }
    assert_eq!(
        format!("{:?}", a.results(&SCENARIOS, &PROMPTS).comparison),
        format!("{:?}", s.results(&SCENARIOS, &PROMPTS).comparison)
    );
    assert_eq!(alex.text("main").await, sam.text("main").await);
    for b in [&alex, &sam] {
        stayed_home(b, &[&invite, &from_alex, &from_sam]).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn locked_answers_open_only_with_the_spoken_code() {
    let alex = Browser::start().await;
    let sam = Browser::start().await;
    start_apart(&alex, true, false, "Alex", "Sam").await;
    open_link(&sam, &shown_link(&alex).await).await;
    sam.press(phone().join_go).await;
    turn(&alex, "Alex", 12, "d", &[]).await;
    turn(&sam, "Sam", 12, "c", &[]).await;

    // Alex locks: a new link, and a code to say out loud in place of the typed one.
    let open_link_text = shown_link(&alex).await;
    let started = std::time::Instant::now();
    alex.click("#lock").await;
    let spoken = alex.text("#spoken-code").await;
    println!(
        "locking took {} ms, as seen by the test",
        started.elapsed().as_millis()
    );
    let locked = shown_link(&alex).await;
    assert_ne!(locked, open_link_text);
    assert_eq!(
        alex.count("#typed-code").await,
        0,
        "a locked code has no typed form"
    );
    assert!(alex.text("main").await.contains(phone().lock_protects));
    let key: String = spoken.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(key.len(), 8, "{spoken}");
    assert!(key.bytes().all(|c| share::TYPED.contains(&c)), "{spoken}");
    App::on(&alex).audit("locked").await;

    open_link(&sam, &locked).await;
    address_is_clean(&sam).await;
    sam.wait_title(phone().unlock_title).await;
    App::on(&sam).audit("unlock").await;
    // A wrong code: a clear message, and nothing taken.
    let wrong = if key.starts_with('0') { "1" } else { "0" }.to_owned() + &key[1..];
    sam.type_into("#unlock-code", &wrong).await;
    sam.press(phone().unlock_go).await;
    sam.wait_text("#unlock-problem", phone().unlock_wrong).await;
    assert!(saved(&sam).await.counted_answers(Partner::A).is_empty());
    // The right one, typed as a person might: lower case, a space in the middle.
    sam.wait_for("#unlock-code").await.clear().await.unwrap();
    sam.type_into("#unlock-code", &spoken.to_lowercase()).await;
    sam.press(phone().unlock_go).await;
    sam.wait_text(
        "#code-message",
        &fill(phone().code_received, &[("name", "Alex")]),
    )
    .await;
    sam.click("#code-continue").await;
    reveal_own(&sam, 1).await;
    assert_eq!(saved(&sam).await.counted_answers(Partner::A).len(), 12);
    for b in [&alex, &sam] {
        stayed_home(b, &[&locked]).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_third_device_collects_both_codes() {
    let host = Browser::start().await;
    start_apart(&host, true, true, "Ana", "Bo").await;
    host.wait_title(phone().swap_title).await;
    let invite = shown_link(&host).await;
    App::on(&host).audit("collecting").await;
    let mut codes = Vec::new();
    for (i, name, code) in [(0, "Ana", "n"), (1, "Bo", "i")] {
        let partner = Browser::start().await;
        open_link(&partner, &invite).await;
        partner.wait_title(phone().join_title).await;
        // From a collecting device, each says which partner they are.
        partner
            .press(&fill(phone().join_as, &[("name", name)]))
            .await;
        turn(&partner, name, 12, code, &[]).await;
        codes.push(if i == 0 {
            shown_link(&partner).await
        } else {
            partner.text("#typed-code").await
        });
    }
    for (code, name) in codes.iter().zip(["Ana", "Bo"]) {
        paste(&host, code).await;
        assert_eq!(
            message(&host).await,
            fill(phone().code_received, &[("name", name)])
        );
        host.click("#code-continue").await;
    }
    App::on(&host).reveal().await;
    let s = saved(&host).await;
    assert_eq!(s.counted_answers(Partner::A).len(), 12);
    assert_eq!(s.counted_answers(Partner::B).len(), 12);
    stayed_home(&host, &[&invite]).await;
}

/// A code the test makes itself, for a check-in of its own: format `format`, these bytes.
fn code_with_check(mut bytes: Vec<u8>) -> String {
    let check = me_and_we::model::fnv1a(bytes.iter().copied()).to_le_bytes();
    bytes.extend_from_slice(&check[..4]);
    share::to_link_text(&bytes)
}

#[tokio::test(flavor = "multi_thread")]
async fn every_kind_of_bad_code_gets_a_clear_message_and_changes_nothing() {
    let alex = Browser::start().await;
    start_apart(&alex, true, false, "Alex", "Sam").await;
    let invite = shown_link(&alex).await;
    turn(&alex, "Alex", 12, "n", &[]).await;
    let own = shown_link(&alex).await;
    let before = saved_session(&alex).await.unwrap().1;
    let code = own.split(share::LINK_MARK).nth(1).unwrap().to_owned();

    // Answers for another check-in, well made: their own id.
    let mine = saved(&alex).await.my_answers().unwrap();
    let other = share::Answers {
        id: [7; 8],
        partner: Partner::B,
        choices: mine.choices.clone(),
    };
    let other = share::to_link_text(&share::answers_bytes(&other));
    // Sam's answers as a newer app would write them (its check holds).
    let mut newer = share::answers_bytes(&share::Answers {
        partner: Partner::B,
        ..mine.clone()
    });
    newer.truncate(newer.len() - 4);
    newer[0] = (share::FORMAT + 1) << 4 | 1;
    let newer = code_with_check(newer);
    let mut tampered = code.clone().into_bytes();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();

    for (text, want) in [
        ("hello, this is not a code".to_owned(), phone().code_damaged),
        (own[..own.len() - 6].to_owned(), phone().code_damaged),
        (tampered, phone().code_damaged),
        (newer, phone().code_newer),
        (other, phone().code_other),
        (own.clone(), phone().code_own),
    ] {
        paste(&alex, &text).await;
        assert_eq!(message(&alex).await, want, "for {text}");
        alex.click("#code-continue").await;
        alex.wait_title(phone().swap_title).await;
        assert_eq!(saved_session(&alex).await.unwrap().1, before, "for {text}");
    }
    App::on(&alex).audit("swap after bad codes").await;

    // Where the browser offers no SubtleCrypto (a page on plain http), locking says so
    // and the open code stays.
    alex.js("Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined }); return 1")
        .await;
    alex.click("#lock").await;
    alex.wait_text("#lock-status", phone().lock_unavailable)
        .await;
    assert_eq!(alex.count("#typed-code").await, 1);
    assert_eq!(saved_session(&alex).await.unwrap().1, before);

    // The invite of another check-in, opened mid-check-in: asked first, and Back keeps
    // everything.
    let stranger = Browser::start().await;
    start_apart(&stranger, true, false, "", "").await;
    let foreign_invite = shown_link(&stranger).await;
    open_link(&alex, &foreign_invite).await;
    alex.wait_title(phone().join_title).await;
    alex.wait_text("main", phone().join_replaces).await;
    alex.press(phone().apart_back).await;
    alex.wait_title(phone().swap_title).await;
    assert_eq!(saved_session(&alex).await.unwrap().1, before);
    // This phone's own invite again: already here.
    open_link(&alex, &invite).await;
    assert_eq!(message(&alex).await, phone().join_already);

    // A phone with no check-in for these answers (say, iOS opened the link in Safari, not
    // the home-screen app): it says what to do, and starts nothing.
    let elsewhere = Browser::start().await;
    open_link(&elsewhere, &own).await;
    assert_eq!(message(&elsewhere).await, phone().code_nothing_here);
    App::on(&elsewhere).audit("nothing here").await;
    assert!(saved_session(&elsewhere).await.is_none());
    elsewhere.click("#code-continue").await;
    elsewhere.wait_title(words().landing_title).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_partner_who_ends_quietly_leaves_the_other_phone_waiting() {
    let alex = Browser::start().await;
    let sam = Browser::start().await;
    start_apart(&alex, true, false, "Alex", "Sam").await;
    open_link(&sam, &shown_link(&alex).await).await;
    sam.press(phone().join_go).await;
    turn(&alex, "Alex", 12, "n", &[]).await;
    let waiting = saved_session(&alex).await.unwrap().1;

    // Sam ticks an item, then ends here: the same normal ending as on one device.
    sam.wait_title(&fill(phone().apart_turn_title, &[("name", "Sam")]))
        .await;
    sam.click("#take-turn").await;
    sam.answer(12, "c").await;
    App::on(&sam).safety(&[1], false).await;
    App::on(&sam).end_here().await;
    assert!(
        saved_session(&sam).await.is_none(),
        "nothing of Sam's is kept"
    );

    // Alex's phone learns nothing: it still waits, as it was.
    alex.client.refresh().await.unwrap();
    alex.wait_live().await;
    alex.press(words().resume).await;
    alex.wait_title(phone().swap_title).await;
    assert!(alex
        .text("main")
        .await
        .contains(&fill(phone().swap_waiting, &[("name", "Sam")])));
    assert_eq!(saved_session(&alex).await.unwrap().1, waiting);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_english_phone_and_a_spanish_phone_swap() {
    let es = pages::spanish_locale();
    let (ew, ep) = (&es.words, &es.phone);
    let alex = Browser::start().await;
    let sam = Browser::start_with(serde_json::json!({ "intl.accept_languages": "es-MX,es" })).await;
    start_apart(&alex, true, false, "Alex", "Sam").await;
    open_link(&sam, &shown_link(&alex).await).await;
    sam.wait_title(ep.join_title).await;
    sam.press(ep.join_go).await;
    sam.wait_title(&fill(ep.apart_turn_title, &[("name", "Sam")]))
        .await;
    sam.click("#take-turn").await;
    sam.answer(12, "d").await;
    sam.wait_title(ew.later.safety_title).await;
    sam.press(ew.later.safety_continue).await;
    sam.press(ew.later.support_go_on).await;
    sam.wait_title(ep.swap_title).await;
    turn(&alex, "Alex", 12, "n", &[]).await;

    let typed = sam.text("#typed-code").await;
    open_link(&sam, &shown_link(&alex).await).await;
    assert_eq!(
        message(&sam).await,
        fill(ep.code_received, &[("name", "Alex")])
    );
    sam.click("#code-continue").await;
    sam.wait_title(ew.later.reveal_title).await;
    sam.click("#agree-1").await;
    sam.press(ew.later.reveal_go).await;
    sam.wait_title(ew.later.results_title).await;

    takes_and_opens(&alex, &typed, "Sam", 0).await;
    let (a, s) = (saved(&alex).await, saved(&sam).await);
    for p in [Partner::A, Partner::B] {
        assert_eq!(a.counted_answers(p), s.counted_answers(p));
    }
}
