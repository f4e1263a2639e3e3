//! Conversation prompts, keyed by dynamic, couple pattern, domain, balance, ritual and
//! (once) professional help. Written for both partners to do or talk through together.
//!
//! Ids are stable forever: "we talked about this" marks refer to them. Add new prompts
//! with new ids at the end; do not renumber.

use crate::model::compare::PatternKind;
use crate::model::dynamics::Dynamic;
use crate::model::prompts::{Prompt, PromptKey};
use crate::model::scenario::Domain;

const fn p(id: u16, key: PromptKey, title: &'static str, text: &'static str) -> Prompt {
    Prompt {
        id,
        key,
        title,
        text,
    }
}

use PromptKey::{Balance, Professional, Ritual};

const IND: PromptKey = PromptKey::Dynamic(Dynamic::Independence);
const DEP: PromptKey = PromptKey::Dynamic(Dynamic::Dependence);
const COD: PromptKey = PromptKey::Dynamic(Dynamic::Codependence);
const INT: PromptKey = PromptKey::Dynamic(Dynamic::Interdependence);

const MUTUAL: PromptKey = PromptKey::Pattern(PatternKind::MutualReliance);
const OVER_UNDER: PromptKey = PromptKey::Pattern(PatternKind::OverUnderFunctioning);
const PURSUE: PromptKey = PromptKey::Pattern(PatternKind::PursueDistance);
const PARALLEL: PromptKey = PromptKey::Pattern(PatternKind::ParallelLives);
const MIXED: PromptKey = PromptKey::Pattern(PatternKind::Mixed);

const fn dom(d: Domain) -> PromptKey {
    PromptKey::Domain(d)
}

pub static PROMPTS: [Prompt; 56] = [
    // ---- Dynamic: independence ----
    p(
        1,
        IND,
        "Let each other in",
        "Each of you name one part of your week that you handle on your own. Talk about what it might be like to let the other in on it, even a little.",
    ),
    p(
        2,
        IND,
        "Ask for one small thing",
        "This week, each of you ask the other for one small bit of help you would normally manage alone. Afterwards, share what it felt like to ask and to be asked.",
    ),
    p(
        3,
        IND,
        "What your freedom gives you",
        "Take turns saying what your own space and choices give you. Then each name one place where you would like to count on the other a bit more.",
    ),
    // ---- Dynamic: dependence ----
    p(
        4,
        DEP,
        "One choice of your own",
        "Each of you pick one small choice you would usually hand to the other, and make it yourself this week. Share how it went and cheer each other on.",
    ),
    p(
        5,
        DEP,
        "Trust runs both ways",
        "Talk about a time when the one who tends to lean was the one who helped. Name what that partner brings that is easy to miss.",
    ),
    p(
        6,
        DEP,
        "What I want here is",
        "Before your next plan, take turns finishing the line \"What I want here is...\". The listener says it back in their own words before adding their view.",
    ),
    p(
        7,
        DEP,
        "Your own circle",
        "Each of you name one friend or family member you could turn to more often. Talk about how having more people to lean on could take some weight off the two of you.",
    ),
    // ---- Dynamic: codependence ----
    p(
        8,
        COD,
        "Help or company?",
        "When one of you is upset this week, the other can ask, \"Do you want help, or just company?\" Then offer only what was asked, and talk later about how that felt.",
    ),
    p(
        9,
        COD,
        "A kind no",
        "Each of you try one small, kind no this week. Afterwards, talk about how it felt to say it and to hear it, and what helped you stay close.",
    ),
    p(
        10,
        COD,
        "Care for the one who cares",
        "Ask each other: what have you set aside lately to keep the other happy? Pick one of those things and make room for it again this month.",
    ),
    // ---- Dynamic: interdependence ----
    p(
        11,
        INT,
        "What is working",
        "Recall a recent time you leaned on each other and still kept your own space. Talk about what made it work, so you can do more of it.",
    ),
    p(
        12,
        INT,
        "Room to grow",
        "Each of you name a goal that is yours alone. Ask the other how they could back it up without taking it over.",
    ),
    p(
        13,
        INT,
        "Where it slips",
        "Pick one area where you both feel in balance and one where it slips when life gets busy. Agree on one small step for the one that slips.",
    ),
    // ---- Pattern: mutual reliance ----
    p(
        14,
        MUTUAL,
        "Name your good habits",
        "You tend to lean on each other in a balanced way. Talk about one habit that helps, and how you will keep it going when life gets hectic.",
    ),
    p(
        15,
        MUTUAL,
        "Room for each of you",
        "Close teams need breathing room too. Each of you name one thing you would like to do on your own this month, and how the other can cheer it on.",
    ),
    // ---- Pattern: over/under-functioning ----
    p(
        16,
        OVER_UNDER,
        "Trade one task",
        "One of you may be carrying more while the other leans in. Pick one task to hand across for two weeks, then check in on how it felt for each of you.",
    ),
    p(
        17,
        OVER_UNDER,
        "What you carry",
        "Each of you list the worries you hold on behalf of the other. Talk about which ones you could set down and which ones you would like to share.",
    ),
    p(
        18,
        OVER_UNDER,
        "Ask before helping",
        "For one week, ask \"Would you like a hand with that?\" before stepping in. Talk at the end about what changed for the one who helps and the one who is helped.",
    ),
    // ---- Pattern: pursue-distance ----
    p(
        19,
        PURSUE,
        "Reach and rest",
        "One of you may reach for closeness just when the other needs room. Agree on a kind signal for \"I need a break\" and a set time when you will come back to talk.",
    ),
    p(
        20,
        PURSUE,
        "What space means",
        "Take turns saying what closeness means to you and what space means to you. Listen for the hope under each, not just the words.",
    ),
    p(
        21,
        PURSUE,
        "A soft start",
        "Plan how the one who wants to talk can open gently, and how the one who needs room can say when they will be ready. Try it once this week.",
    ),
    // ---- Pattern: parallel lives ----
    p(
        22,
        PARALLEL,
        "Cross paths on purpose",
        "You each run your own life well. Pick one part of the week to share on purpose, like a meal or a walk, and keep it free for each other.",
    ),
    p(
        23,
        PARALLEL,
        "One thing I haven't told you",
        "Each of you share one thing on your mind that the other doesn't know about yet. Ask one curious question back, with no advice.",
    ),
    p(
        24,
        PARALLEL,
        "A shared project",
        "Choose one small project to do as a pair this month, like a meal, a garden pot or a trip plan. Share what you each hope to get from it before you start.",
    ),
    // ---- Pattern: mixed ----
    p(
        25,
        MIXED,
        "Your own mix",
        "Your answers don't fit one neat pattern, and that is common. Pick the scenario where you surprised each other most and talk about why.",
    ),
    p(
        26,
        MIXED,
        "Start with an easy one",
        "Look at where you differ and pick the one that feels easiest to talk about. Small talks that go well build trust for the bigger ones.",
    ),
    // ---- Domain: decisions ----
    p(
        27,
        dom(Domain::Decisions),
        "How you each decide",
        "Pick a decision where you chose differently. Each of you share the hope or worry behind your choice while the other listens to understand, not to persuade.",
    ),
    p(
        28,
        dom(Domain::Decisions),
        "Big calls, small calls",
        "Talk about which choices you like to make alone and which you want to make as a pair. Each explain the hope or worry behind your answer; the other listens to understand and sums it up before replying.",
    ),
    // ---- Domain: support and stress ----
    p(
        29,
        dom(Domain::Support),
        "On a hard day",
        "Each of you describe what helps most on a bad day, and what you worry about when the other is low. Listen to understand, not to fix or to argue.",
    ),
    p(
        30,
        dom(Domain::Support),
        "The support you hoped for",
        "Take turns telling the story behind your answer: what you hoped your partner would do, and why. The listener tries to understand and asks one question before sharing their own side.",
    ),
    // ---- Domain: together and apart ----
    p(
        31,
        dom(Domain::TogetherApart),
        "Time apart, time close",
        "Each of you explain what time alone gives you, and what you worry about when the other wants some. The listener repeats back what they heard, to understand rather than to answer.",
    ),
    p(
        32,
        dom(Domain::TogetherApart),
        "Your ideal week",
        "Each of you sketch a week with the right mix of time alone and time side by side. Share the hope behind your sketch; listen to understand the other's, not to change it.",
    ),
    // ---- Domain: friends, family and in-laws ----
    p(
        33,
        dom(Domain::FriendsFamily),
        "The people around you",
        "Each of you share what you hope for with friends and family, and what makes you uneasy. Listen to understand the other's side, not to win the point.",
    ),
    p(
        34,
        dom(Domain::FriendsFamily),
        "Visits and holidays",
        "Talk about the last family visit or night out that felt hard. Each of you say what you needed then and the worry you had, while the other listens to understand, without making their own case yet.",
    ),
    // ---- Domain: money ----
    p(
        35,
        dom(Domain::Money),
        "What money means to you",
        "Each of you share a money memory from growing up and the hope or worry it brings to your choice here. The other listens to understand, not to persuade.",
    ),
    p(
        36,
        dom(Domain::Money),
        "Yours, mine, shared",
        "Talk about which costs feel like yours, which feel like theirs, and which feel shared. Each explain the hope or worry behind your view while the other listens to understand, then look for a plan.",
    ),
    // ---- Domain: career and growth ----
    p(
        37,
        dom(Domain::Growth),
        "Your next chapter",
        "Each of you describe a change you hope for in work or learning in the next few years. Share the hope or worry in it; the other listens to understand, then asks how they can help.",
    ),
    p(
        38,
        dom(Domain::Growth),
        "When one of you grows",
        "Talk about a choice where you differed on work or study. Each share the hope or the fear under your answer; the listener tries to understand, not to talk the other round.",
    ),
    // ---- Domain: conflict and repair ----
    p(
        39,
        dom(Domain::Conflict),
        "After a hard talk",
        "Each of you describe what helps you feel okay again after an argument, and what you worry about while things are tense. Listen to understand what repair looks like for the other.",
    ),
    p(
        40,
        dom(Domain::Conflict),
        "How you cool down",
        "Share how you each calm down when upset: a walk, some time, a hug, talking it out. Say the worry behind your way; the other listens to understand, not to change it.",
    ),
    // ---- Domain: household and roles ----
    p(
        41,
        dom(Domain::Household),
        "The unseen list",
        "Each of you write down the home tasks you keep track of, even the ones nobody sees. Read them aloud, share the worry behind your list, and listen to understand before you talk about a new split.",
    ),
    p(
        42,
        dom(Domain::Household),
        "Fair, not just equal",
        "Talk about what a fair share at home would feel like to each of you. Each explain the hope behind your answer while the other listens to understand, not to argue the numbers.",
    ),
    // ---- Domain: health and care ----
    p(
        43,
        dom(Domain::Health),
        "When one of you is sick",
        "Each of you describe the care you like when you are unwell, and what worries you when the other is. Listen to understand, not to persuade, then trade one idea each.",
    ),
    p(
        44,
        dom(Domain::Health),
        "Looking after yourselves",
        "Share one health habit you would like to build, and the worry that holds you back. The other listens to understand, not to persuade, and asks what kind of help fits.",
    ),
    // ---- Domain: affection, fun and novelty ----
    p(
        45,
        dom(Domain::Affection),
        "What feels like love",
        "Each of you name three small things that make you feel cared for. Share the hope behind your choice here, and listen to understand the other's list without judging it.",
    ),
    p(
        46,
        dom(Domain::Affection),
        "Something new",
        "Each of you suggest one new thing to try, alone or as a pair. Explain the hope that draws you to it; the other listens to understand before saying yes, no or maybe.",
    ),
    // ---- Balance: me-time, we-time, time with others ----
    p(
        47,
        Balance,
        "Me, we and others",
        "Each of you draw a circle and split it into me-time, time as a couple and time with others, as your week is now. Draw a second one for how you would like it, and compare.",
    ),
    p(
        48,
        Balance,
        "Plan a me-evening",
        "Each of you plan one evening this month that is just for you. Put both on the calendar and ask about each other's evening the next day.",
    ),
    p(
        49,
        Balance,
        "Friends on the calendar",
        "Look at the next month and add time with friends or family for each of you, and one plan with others as a pair. Check it still leaves time for the two of you.",
    ),
    p(
        50,
        Balance,
        "A weekly balance check",
        "Once a week, each of you say in one line how your me-time, couple time and time with others felt. If one is running low, pick one small fix together.",
    ),
    p(
        51,
        Balance,
        "Protect one of each",
        "Pick one hour for yourself, one for the two of you and one for other people this week. Guard all three as carefully as a work meeting.",
    ),
    // ---- Ritual: small shared rituals ----
    p(
        52,
        Ritual,
        "A morning check-in",
        "Before the day starts, take two minutes to each share one thing you are looking forward to and one thing on your mind. Keep it short and light.",
    ),
    p(
        53,
        Ritual,
        "High and low",
        "At the end of the day, each of you share one high and one low. The other just listens and says thanks for sharing.",
    ),
    p(
        54,
        Ritual,
        "A weekly walk",
        "Pick a time each week for a short walk side by side, phones away. Talk about anything, or nothing at all.",
    ),
    p(
        55,
        Ritual,
        "A proper hello",
        "When you meet again at the end of the day, stop for a real hello and a hug before anything else. Try it for two weeks and see what changes.",
    ),
    // ---- Professional ----
    p(
        56,
        Professional,
        "Some extra support",
        "If the same talks keep going round in circles, or things feel heavy for either of you, a couples counsellor or therapist can help. Reaching out is a way of caring for what you have built, not a sign that something is broken.",
    ),
];
