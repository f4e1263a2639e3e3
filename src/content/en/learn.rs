//! Names and plain explanations for the Learn screen and for labels across the app:
//! the four dynamics, the ten life domains and the couple patterns.
//!
//! These words label patterns in answers, not people. Interdependence is the healthy
//! goal, and it sometimes means acting separately.

use crate::content::locale::{DynamicText, PatternText};

/// By `Dynamic::index`: interdependence, independence, dependence, codependence.
pub const DYNAMICS: [DynamicText; 4] = [
    DynamicText {
        name: "Interdependence",
        word: "interdependence",
        voice: "Let's do this together.",
        summary: "Answers in this pattern keep a clear sense of self and also rely on each other, both ways. It is the healthy goal, and it takes effort: saying what you need, hearing what they need and finding a fair middle. Sometimes it means acting apart, like backing a solo trip or keeping your own friends.",
        examples: [
            "Talking a big choice through and finding a plan that is fair to both.",
            "Cheering on your partner's night out with friends while you take your own evening.",
            "Asking for help when you need it, and offering it when they do.",
        ],
    },
    DynamicText {
        name: "Independence",
        word: "independence",
        voice: "You do your thing and I'll do mine.",
        summary: "Answers in this pattern value a strong sense of self: your own choices, your own time, your own way of coping. That strength is real, but when it runs the show, two people can end up living side by side more than together. The healthy goal keeps that strong self and adds leaning on each other.",
        examples: [
            "Making a big choice on your own and telling your partner afterwards.",
            "Keeping separate plans most evenings and weekends.",
            "Handling a hard week alone rather than asking for help.",
        ],
    },
    DynamicText {
        name: "Dependence",
        word: "dependence",
        voice: "I can't do it without you.",
        summary: "Answers in this pattern turn to the partner for support, decisions or reassurance, and trust them to lead. Trust is a gift, but when the leaning goes mostly one way, one person can lose touch with their own voice and the other can feel the weight. The healthy goal keeps that trust and adds more of your own steps.",
        examples: [
            "Asking your partner to pick, from dinner to a new job.",
            "Feeling unsure until your partner says it will be fine.",
            "Waiting for your partner to sort out a problem you share.",
        ],
    },
    DynamicText {
        name: "Codependence",
        word: "codependence",
        voice: "I can't be okay unless you're okay.",
        summary: "Answers in this pattern put the partner's mood and needs first, often at a cost to one's own. It comes from deep care, but when your own okay-ness depends on theirs, it is easy to give up too much and to try to manage how they feel. The healthy goal keeps that care and adds room for your own needs.",
        examples: [
            "Hiding your own bad day so your partner's mood stays good.",
            "Dropping your plans whenever your partner seems down.",
            "Taking on your partner's tasks and worries as if they were yours.",
        ],
    },
];

/// By `Domain::index`.
pub const DOMAINS: [&str; 10] = [
    "Decisions",
    "Support and stress",
    "Together and apart",
    "Friends and family",
    "Money",
    "Career and growth",
    "Conflict and repair",
    "Home and roles",
    "Health and care",
    "Affection and fun",
];

/// By `PatternKind::index`.
pub const PATTERNS: [PatternText; 5] = [
    PatternText {
        name: "Mutual reliance",
        summary: "Your answers suggest you both lean on each other and both keep your own footing, with no big gap between you. That balance takes care to keep, especially when life gets busy. The prompts below can help you notice what is working.",
        line: "You both lean on each other and keep your own footing, with no big gap between you.",
    },
    PatternText {
        name: "Carrying and leaning",
        summary: "Your answers suggest one of you tends to carry more, looking after the other's needs and moods, while the other tends to lean and trust. Each role makes sense, and each can get tiring over time. Talking about it can help the load move more both ways.",
        line: "One of you tends to carry more of the care while the other tends to lean and trust.",
    },
    PatternText {
        name: "Reaching and stepping back",
        summary: "Your answers suggest one of you tends to reach for closeness while the other tends to want more room. Both needs are fair, and the reaching and stepping back can feed each other without anyone meaning it to. Naming the pattern together is often the first step out of it.",
        line: "One of you tends to reach for closeness while the other tends to want more room.",
    },
    PatternText {
        name: "Parallel lives",
        summary: "Your answers suggest you both value your own space and tend to handle things on your own. That can mean a lot of respect and freedom. It can also mean fewer chances to lean on each other, so small shared habits may help.",
        line: "You both value your own space and tend to handle things on your own.",
    },
    PatternText {
        name: "A mix of patterns",
        summary: "Your answers don't fit one clear couple pattern, which is common. You may lean on each other in some areas and go your own way in others. The places where you chose differently are a good place to start talking.",
        line: "Your answers fit no one pattern. You share some parts of life and go your own way in others.",
    },
];
