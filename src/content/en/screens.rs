//! Every word on the screens, so a translation never edits a screen.

pub const APP_NAME: &str = "Me & We";
pub const DEFAULT_NAMES: [&str; 2] = ["Partner A", "Partner B"];

// Landing
pub const LANDING_TITLE: &str = "Me & We";
pub const LANDING_LEAD: &str = "A private check-in for two. Each of you answers the same everyday situations on your own, then you look together at how you balance “me” and “we”, where you differ, and what to talk about next.";
pub const PROMISE_TITLE: &str = "Before you start";
pub const PROMISE_PRIVATE: &str = "Your answers never leave this device. There is no account and no server; nothing is sent anywhere.";
pub const PROMISE_NOT_THERAPY: &str = "This is a reflection tool, not therapy or a diagnosis. It describes patterns in answers, never people.";
pub const PROMISE_ADULTS: &str = "For adults (18+) in a relationship.";
pub const START_FULL: &str = "Start the full check-in";
pub const START_FULL_HINT: &str = "30 situations each, about 15 minutes";
pub const START_QUICK: &str = "Take a quick look";
pub const START_QUICK_HINT: &str = "12 situations each, about 6 minutes";
pub const LEARN_LINK: &str = "Learn about the four dynamics";
pub const RESUME_TITLE: &str = "Welcome back";
pub const RESUME_LEAD: &str = "You have a check-in in progress on this device.";
pub const RESUME: &str = "Continue where you left off";
pub const START_OVER: &str = "Start over";
pub const START_OVER_CONFIRM: &str = "Start over? This clears the check-in saved on this device.";

// Setup
pub const SETUP_TITLE: &str = "Who is checking in?";
pub const SETUP_LEAD: &str =
    "Names are optional and stay on this device. We use them to pass the device between you.";
pub const SETUP_FIRST: &str = "First partner’s name";
pub const SETUP_SECOND: &str = "Second partner’s name";
pub const SETUP_NAME_HINT: &str = "Optional, up to 40 characters.";
pub const SETUP_CONTINUE: &str = "Continue";
pub const BACK: &str = "Back";

// Hand-off
pub fn handoff_title(to: &str) -> String {
    format!("Pass the device to {to}")
}
pub fn handoff_look_away(other: &str) -> String {
    format!("{other}, please look away.")
}
pub const HANDOFF_PRIVATE: &str =
    "Your answers are private until you both agree to look at the results together.";
pub fn handoff_ready(name: &str) -> String {
    format!("I’m {name}, let’s begin")
}
pub fn handoff_resume(name: &str) -> String {
    format!("I’m {name}, let’s continue")
}

// Answering
pub fn progress(n: usize, total: usize) -> String {
    format!("{n} of {total}")
}
pub const MOST_LIKE_ME: &str = "What would you most likely do?";
pub const LEAST_LIKE_ME: &str = "Least like me (optional)";
pub const LEAST_LIKE_ME_HINT: &str = "If one option feels least like you, you can mark it too.";
pub const LEAST_NONE: &str = "No pick";
pub const NEXT: &str = "Next";
pub const FINISH_TURN: &str = "Finish my answers";
pub const CHOOSE_FIRST: &str = "Choose the option most like you to go on.";

// Quick exit
pub const QUICK_EXIT: &str = "Quick exit";
pub const QUICK_EXIT_HINT: &str = "Clears everything on this device at once";

// Footer
pub const FOOTER_PRIVACY: &str = "Nothing you enter leaves this device.";
pub const FOOTER_NOT_THERAPY: &str = "A reflection tool, not therapy.";

// Storage
pub const STORAGE_UNAVAILABLE: &str = "This browser is not letting us save right now, so your answers will be lost if the page reloads or closes. Everything else works.";
pub const STORAGE_CORRUPT: &str =
    "We couldn’t read the check-in saved on this device, so we set it aside and started fresh.";

// Safety check (private; its answers are never kept)
pub const SAFETY_TITLE: &str = "A private question for you";
pub const SAFETY_LEAD: &str = "Only you see this. Your answers here are not saved, not shown in the results, and not shown to your partner.";
pub const SAFETY_LEGEND: &str = "Lately, is any of this true for you? Tick any that fit.";
pub const SAFETY_ITEMS: [&str; 6] = [
    "I feel afraid of my partner.",
    "My partner checks my phone, messages or where I go.",
    "My partner controls my money, or who I can see or talk to.",
    "My partner has threatened me, my children, my pets or themselves.",
    "My partner has hurt me, or pushed me into sexual things I did not want.",
    "I feel I have to watch what I say so that my partner does not explode.",
];
pub const SAFETY_CONTINUE: &str = "Continue";
pub const SUPPORT_TITLE: &str = "Thank you";
pub const SUPPORT_LEAD: &str = "Every relationship has hard moments. If you ever need someone to talk to, these services are free and confidential.";
pub const SUPPORT_FLAGGED: &str = "What you ticked matters. Fear, control and threats are not a “dynamic” to balance out: they are about your safety, and you deserve support. You can talk to someone privately, now or later.";
pub const SUPPORT_EMERGENCY: &str = "In immediate danger, call your local emergency number:";
pub const SUPPORT_OTHERS: &str = "Other countries";
pub const SUPPORT_GO_ON: &str = "Go on";
pub const SUPPORT_END: &str = "End here for now";
pub const SUPPORT_END_HINT: &str = "Ends the check-in and clears it from this device.";

/// Support lines: (region code, country, emergency number, [(service, contact)]).
pub type SupportLine = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);
pub const SUPPORT_LINES: [SupportLine; 7] = [
    (
        "US",
        "United States",
        "911",
        &[(
            "National Domestic Violence Hotline",
            "1-800-799-7233, or text START to 88788",
        )],
    ),
    (
        "GB",
        "United Kingdom",
        "999",
        &[
            ("National Domestic Abuse Helpline", "0808 2000 247"),
            ("Men’s Advice Line", "0808 801 0327"),
        ],
    ),
    (
        "IE",
        "Ireland",
        "112 or 999",
        &[
            ("Women’s Aid", "1800 341 900"),
            ("Men’s Aid", "01 554 3811"),
        ],
    ),
    (
        "CA",
        "Canada",
        "911",
        &[("Find a local service", "Call 211")],
    ),
    ("AU", "Australia", "000", &[("1800RESPECT", "1800 737 732")]),
    (
        "NZ",
        "New Zealand",
        "111",
        &[("Women’s Refuge", "0800 733 843")],
    ),
    (
        "DE",
        "Germany",
        "110",
        &[
            ("Hilfetelefon Gewalt gegen Frauen", "116 016"),
            ("Hilfetelefon Gewalt an Männern", "0800 1239900"),
        ],
    ),
];
pub const SUPPORT_ELSEWHERE: &str = "Elsewhere: in Europe, 112 reaches emergency services; a local doctor or health line can point you to domestic abuse support near you.";

// Reveal
pub const REVEAL_TITLE: &str = "You’ve both finished";
pub const REVEAL_LEAD: &str = "Sit together for this part. The results show both of your answers side by side. Look only when you both agree.";
pub fn reveal_agree(name: &str) -> String {
    format!("{name} is ready to look together")
}
pub const REVEAL_LEGEND: &str = "Ready to look together?";
pub const REVEAL_GO: &str = "Show our results";
pub const REVEAL_WAIT: &str = "Both of you need to tick your box first.";

// Results
pub const RESULTS_TITLE: &str = "Your check-in, together";
pub const RESULTS_NOT_THERAPY: &str = "These results describe patterns in today’s answers, not who either of you is. This is a reflection tool, not therapy or a diagnosis.";
pub const MAP_TITLE: &str = "Where your answers sit";
pub const MAP_AXIS_SELF: &str = "Self";
pub const MAP_AXIS_CONNECTION: &str = "Connection";
/// Two lines: the left half is one region on the map, split by lean and fuse.
pub const MAP_REGION_LEFT: [&str; 2] = ["Dependence or", "codependence"];
pub const MAP_LEGEND_BOX: &str = "Dashed boxes show where 90% of the resampled answers fall: the larger the box, the less certain the position.";
/// Scores are shown as whole numbers with a sign; whole numbers also keep float
/// formatting (several KB of WebAssembly) out of the app.
pub fn signed(v: f64) -> String {
    format!("{:+}", v.round() as i32)
}
fn percent(share: f64) -> i32 {
    share.round() as i32
}
pub fn map_point(name: &str, s: f64, c: f64, region: &str) -> String {
    format!(
        "{name}: Self {}, Connection {} (scale −100 to +100), in the {region} region.",
        signed(s),
        signed(c)
    )
}
pub const PROFILES_TITLE: &str = "Each of you, in words";
pub fn reading_mostly(name: &str, dynamic: &str, share: f64) -> String {
    format!(
        "{name}’s answers lean mostly toward {dynamic} ({}% of resamples).",
        percent(share)
    )
}
pub fn reading_between(name: &str, a: &str, b: &str) -> String {
    format!("{name}’s answers sit between {a} and {b}: neither is clear enough to name one.")
}
pub fn share_line(dynamic: &str, share: f64) -> String {
    format!("{dynamic} {}%", percent(share))
}
pub const QUICK_UNCERTAIN: &str =
    "This was the quick look: with 12 answers each, the picture is blurrier than a full check-in.";
pub const PATTERN_TITLE: &str = "Your pattern as a couple";
pub fn pattern_roles_over_under(leaning: &str, fusing: &str) -> String {
    format!("In these answers, {leaning} tends to lean on the other, and {fusing} tends to hold things together.")
}
pub fn pattern_roles_pursue(pursuing: &str, distancing: &str) -> String {
    format!("In these answers, {pursuing} tends to reach for closeness, and {distancing} tends to step back for space.")
}
pub const DIFFER_TITLE: &str = "Where you differ";
pub const DIFFER_NONE: &str = "You chose options from the same dynamic in every situation.";
pub fn differ_count(n: usize) -> String {
    if n == 1 {
        "1 situation".to_owned()
    } else {
        format!("{n} situations")
    }
}
pub fn chose(name: &str) -> String {
    format!("{name} chose")
}
pub const AGREE_TITLE: &str = "Where you agree";
pub const AGREE_NONE: &str = "This time you chose differently in every situation. That is common, and it gives you plenty to talk about.";
pub const PROMPTS_TITLE: &str = "Conversations to try";
pub const PROMPTS_LEAD: &str = "Pick one for this week. Take turns: one explains the hope or worry behind their choice while the other listens to understand, not to persuade.";
pub const TALKED: &str = "We talked about this";
pub const PROFESSIONAL_TITLE: &str = "When to talk with a professional";
pub const PROFESSIONAL_ALWAYS: &str = "If conversations about these topics keep getting stuck, feel unsafe, or leave either of you distressed, a couples counsellor or therapist can help. Asking for help is a strength.";
pub const RESULTS_LEARN: &str = "Learn about the four dynamics";
pub const RESULTS_NEW: &str = "Finish and clear this device";
pub const RESULTS_NEW_CONFIRM: &str =
    "Clear these results from this device? This cannot be undone.";

// Learn
pub const LEARN_TITLE: &str = "The four dynamics";
pub const LEARN_LEAD: &str = "Every couple moves between these. They describe moments and habits, not people. Interdependence is the healthy goal: two whole people who rely on each other.";
pub const LEARN_EXAMPLES: &str = "What it can look like";
pub const STORAGE_OTHER_TAB: &str = "This check-in changed in another tab or window, so we brought this one up to date. To be safe, use one tab at a time.";
pub const STORAGE_FULL: &str = "This browser’s storage is full, so new answers will be lost if the page reloads. Everything else works; free some space or finish in one sitting.";
pub const DOWNLOAD_FOUND: &str = "Download what we found";
pub const NOTICE_OK: &str = "OK";

// Recovery, shown if the app ever stops unexpectedly. Plain HTML: the app is no longer running.
pub const RECOVERY_TITLE: &str = "Something went wrong";
pub const RECOVERY_LEAD: &str =
    "Me & We stopped unexpectedly. Your answers so far are saved on this device.";
pub const RECOVERY_LEAD_UNSAVED: &str =
    "Me & We stopped unexpectedly. Nothing was being saved on this device, so the check-in will start again.";
pub const RECOVERY_RELOAD: &str = "Reload and continue";
pub const RECOVERY_EXPORT: &str = "Download what is saved";

// Settings (landing)
pub const SETTINGS_TITLE: &str = "Settings for therapists and shared devices";
pub const THERAPIST_MODE: &str = "Therapist mode";
pub const THERAPIST_MODE_HINT: &str =
    "Adds facilitator notes, both partners’ raw choices and the numbers behind the results.";
pub const KEEP_NOTHING: &str = "Keep nothing on this device";
pub const KEEP_NOTHING_HINT: &str = "Nothing is written to this browser’s storage. Closing or reloading the page ends the check-in.";
pub const KEEPING_NOTHING: &str =
    "Nothing is being saved on this device: closing or reloading this page ends the check-in.";
pub const IMPORT_LABEL: &str = "Open a saved check-in from a file";
pub const IMPORT_HINT: &str =
    "A file you saved earlier with “Save to a file”. It is read on this device only.";
pub const IMPORT_NOT_OURS: &str = "That file isn’t a Me & We check-in, so nothing was opened.";
pub const IMPORT_NEWER: &str =
    "That file comes from a newer version of Me & We. Please open it there.";
pub const IMPORT_TAMPERED: &str =
    "That file was changed after it was saved, so we can’t trust its answers. Nothing was opened.";
pub const IMPORT_INCONSISTENT: &str =
    "That file’s answers don’t fit together, so nothing was opened. It may be damaged.";
pub const IMPORT_UNREADABLE: &str = "We couldn’t read that file. Nothing was opened.";
pub const IMPORT_REPLACES: &str =
    "Opening a file replaces the check-in in progress on this device. Go ahead?";
pub const EXPORT: &str = "Save to a file";

// Results: therapist mode, report, retake
pub const PRINT: &str = "Print or save as PDF";
pub const NEW_COUPLE: &str = "New couple";
pub const NEW_COUPLE_CONFIRM: &str =
    "Start with a new couple? This clears everything about this couple from this device.";
pub const RETAKE: &str = "Start a retake and compare";
pub const RETAKE_CONFIRM: &str =
    "Start a new round with the same names? This round is kept so you can see what moved.";
pub fn report_heading(date: &str) -> String {
    if date.is_empty() {
        "Me & We check-in report".to_owned()
    } else {
        format!("Me & We check-in report · {date}")
    }
}
pub const RAW_TITLE: &str = "Raw choices";
pub const RAW_SCENARIO: &str = "Situation";
pub const RAW_DOMAIN: &str = "Domain";
pub const RAW_LEAST: &str = "least like me";
pub const NUMBERS_TITLE: &str = "The numbers";
pub const NUMBERS_CAPTION: &str = "Scores run from −100 to +100. SE is the bootstrap standard error; the 90% range holds 90% of 1,000 resamples. Shares are the resamples in each region.";
pub const NUMBERS_PARTNER: &str = "Partner";
pub const NUMBERS_ANSWERED: &str = "Answered";
pub const NUMBERS_LEAN: &str = "Lean";
pub const NUMBERS_FUSE: &str = "Fuse";
pub const NUMBERS_SHARES: &str = "Shares";
pub const MOVED_TITLE: &str = "What moved since last time";
pub fn moved_lead(date: &str) -> String {
    if date.is_empty() {
        "Compared with your earlier round. Movement counts only when it is larger than the noise in the answers.".to_owned()
    } else {
        format!("Compared with your round of {date}. Movement counts only when it is larger than the noise in the answers.")
    }
}
pub fn moved_axis(name: &str, axis: &str, before: f64, after: f64, real: bool) -> String {
    let before = before.round() as i32;
    let after = after.round() as i32;
    if real {
        format!("{name}: {axis} moved from {before:+} to {after:+}.")
    } else {
        format!("{name}: {axis} {before:+} then {after:+}, within the noise, so about the same.")
    }
}
pub fn moved_pattern(before: &str, after: &str) -> String {
    if before == after {
        format!("Your pattern as a couple is the same: {before}.")
    } else {
        format!("Your pattern as a couple was “{before}” and is now “{after}”.")
    }
}
pub const MOVED_LEGEND: &str = "Hollow marks show the earlier round; arrows point to now.";
