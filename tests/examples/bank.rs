//! Prints the scenario bank for review and for the blind panel (docs/panel/).
//!
//! `cargo run --example bank`                  the bank as JSON, with every label
//! `cargo run --example bank -- --blind`       shuffled, unlabelled, numbered 1..n
//! `cargo run --example bank -- --blind --text`  the same as plain text, for a prompt
//! `cargo run --example bank -- --key`         which blind number and letter is what
//! `cargo run --example bank -- --en-words`   English's bank file (public/locales/en.bank.txt)
//! `--seed N` picks another shuffle (the default is the one the panel used).

use me_and_we::content::{bank, english};
use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::scoring::Rng;
use serde_json::{json, Value};

const LETTERS: [&str; 4] = ["A", "B", "C", "D"];
/// The shuffle the confirmatory panel saw (docs/panel/), from the day it ran.
const PANEL_SEED: u64 = 20_261_202;

fn shuffle<T>(items: &mut [T], rng: &mut Rng) {
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

/// The blind order: scenarios shuffled, and each scenario's options shuffled.
fn blind_order(seed: u64) -> Vec<(u8, [Dynamic; 4])> {
    let mut rng = Rng::new(seed);
    let mut ids: Vec<u8> = bank::SCENARIOS.iter().map(|s| s.id).collect();
    shuffle(&mut ids, &mut rng);
    ids.into_iter()
        .map(|id| {
            let mut order = Dynamic::ALL;
            shuffle(&mut order, &mut rng);
            (id, order)
        })
        .collect()
}

fn labelled() -> Value {
    let locale = english();
    let scenarios: Vec<Value> = bank::SCENARIOS
        .iter()
        .map(|s| {
            let text = locale.scenario(s.id);
            let options: Vec<Value> = Dynamic::ALL
                .iter()
                .map(|d| {
                    json!({
                        "dynamic": locale.dynamic(*d).name,
                        "text": text.map(|t| t.option(*d)).unwrap_or(""),
                    })
                })
                .collect();
            json!({
                "id": s.id,
                "domain": format!("{:?}", s.domain),
                "kind": format!("{:?}", s.kind),
                "apart_is_healthy": s.apart_is_healthy,
                "situation": text.map(|t| t.situation).unwrap_or(""),
                "options": options,
            })
        })
        .collect();
    json!({ "question": locale.words.later.most_like_me, "scenarios": scenarios })
}

fn blind(seed: u64) -> Value {
    let locale = english();
    let scenarios: Vec<Value> = blind_order(seed)
        .into_iter()
        .enumerate()
        .map(|(n, (id, order))| {
            let text = locale.scenario(id);
            let options: Vec<Value> = order
                .iter()
                .zip(LETTERS)
                .map(|(d, letter)| {
                    json!({ "letter": letter, "text": text.map(|t| t.option(*d)).unwrap_or("") })
                })
                .collect();
            json!({
                "number": n + 1,
                "situation": text.map(|t| t.situation).unwrap_or(""),
                "options": options,
            })
        })
        .collect();
    json!({ "question": locale.words.later.most_like_me, "scenarios": scenarios })
}

fn blind_text(seed: u64) -> String {
    let locale = english();
    let mut out = String::new();
    for (n, (id, order)) in blind_order(seed).into_iter().enumerate() {
        let Some(text) = locale.scenario(id) else {
            continue;
        };
        out.push_str(&format!("Scenario {}: {}\n", n + 1, text.situation));
        for (d, letter) in order.iter().zip(LETTERS) {
            out.push_str(&format!("  {letter}. {}\n", text.option(*d)));
        }
        out.push('\n');
    }
    out
}

fn key(seed: u64) -> Value {
    let rows: Vec<Value> = blind_order(seed)
        .into_iter()
        .enumerate()
        .map(|(n, (id, order))| {
            let letters: serde_json::Map<String, Value> = order
                .iter()
                .zip(LETTERS)
                .map(|(d, letter)| (letter.to_owned(), json!(d.code())))
                .collect();
            json!({ "number": n + 1, "id": id, "letters": letters })
        })
        .collect();
    json!({ "seed": seed, "codes": "i independence, d dependence, c codependence, n interdependence", "key": rows })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let has = |flag: &str| args.iter().any(|a| a == flag);
    let seed = args
        .iter()
        .position(|a| a == "--seed")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(PANEL_SEED);
    if has("--en-words") {
        print!("{}", english().to_bank_file());
    } else if has("--key") {
        println!("{:#}", key(seed));
    } else if has("--blind") && has("--text") {
        print!("{}", blind_text(seed));
    } else if has("--blind") {
        println!("{:#}", blind(seed));
    } else {
        println!("{:#}", labelled());
    }
}
