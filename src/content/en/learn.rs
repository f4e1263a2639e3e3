//! Names and plain explanations for the Learn screen and for labels across the app:
//! the four dynamics, the ten life domains and the couple patterns.
//!
//! These words label patterns in answers, not people. Interdependence is the healthy
//! goal, and it sometimes means acting separately.

use crate::model::compare::PatternKind;
use crate::model::dynamics::Dynamic;
use crate::model::scenario::Domain;

/// The dynamic's name, for headings and the map.
pub fn dynamic_name(d: Dynamic) -> &'static str {
    match d {
        Dynamic::Independence => "Independence",
        Dynamic::Dependence => "Dependence",
        Dynamic::Codependence => "Codependence",
        Dynamic::Interdependence => "Interdependence",
    }
}

/// The one-line voice of the dynamic, from the handout the product is built on.
pub fn dynamic_voice(d: Dynamic) -> &'static str {
    match d {
        Dynamic::Independence => "You do your thing and I'll do mine.",
        Dynamic::Dependence => "I can't do it without you.",
        Dynamic::Codependence => "I can't be okay unless you're okay.",
        Dynamic::Interdependence => "Let's do this together.",
    }
}

/// Two or three kind, plain sentences on what the pattern looks like.
pub fn dynamic_summary(d: Dynamic) -> &'static str {
    match d {
        Dynamic::Independence => {
            "Answers in this pattern value a strong sense of self: your own choices, your own time, your own way of coping. That strength is real, but when it runs the show, two people can end up living side by side more than together. The healthy goal keeps that strong self and adds leaning on each other."
        }
        Dynamic::Dependence => {
            "Answers in this pattern turn to the partner for support, decisions or reassurance, and trust them to lead. Trust is a gift, but when the leaning goes mostly one way, one person can lose touch with their own voice and the other can feel the weight. The healthy goal keeps that trust and adds more of your own steps."
        }
        Dynamic::Codependence => {
            "Answers in this pattern put the partner's mood and needs first, often at a cost to one's own. It comes from deep care, but when your own okay-ness depends on theirs, it is easy to give up too much and to try to manage how they feel. The healthy goal keeps that care and adds room for your own needs."
        }
        Dynamic::Interdependence => {
            "Answers in this pattern keep a clear sense of self and also rely on each other, both ways. It is the healthy goal, and it takes effort: saying what you need, hearing what they need and finding a fair middle. Sometimes it means acting apart, like backing a solo trip or keeping your own friends."
        }
    }
}

/// Three everyday examples of how the dynamic can show up.
pub fn dynamic_examples(d: Dynamic) -> [&'static str; 3] {
    match d {
        Dynamic::Independence => [
            "Making a big choice on your own and telling your partner afterwards.",
            "Keeping separate plans most evenings and weekends.",
            "Handling a hard week alone rather than asking for help.",
        ],
        Dynamic::Dependence => [
            "Asking your partner to pick, from dinner to a new job.",
            "Feeling unsure until your partner says it will be fine.",
            "Waiting for your partner to sort out a problem you share.",
        ],
        Dynamic::Codependence => [
            "Hiding your own bad day so your partner's mood stays good.",
            "Dropping your plans whenever your partner seems down.",
            "Taking on your partner's tasks and worries as if they were yours.",
        ],
        Dynamic::Interdependence => [
            "Talking a big choice through and finding a plan that is fair to both.",
            "Cheering on your partner's night out with friends while you take your own evening.",
            "Asking for help when you need it, and offering it when they do.",
        ],
    }
}

/// Short domain name, for lists and the "where you differ" groups.
pub fn domain_name(d: Domain) -> &'static str {
    match d {
        Domain::Decisions => "Decisions",
        Domain::Support => "Support and stress",
        Domain::TogetherApart => "Together and apart",
        Domain::FriendsFamily => "Friends and family",
        Domain::Money => "Money",
        Domain::Growth => "Career and growth",
        Domain::Conflict => "Conflict and repair",
        Domain::Household => "Home and roles",
        Domain::Health => "Health and care",
        Domain::Affection => "Affection and fun",
    }
}

/// The couple pattern's name.
pub fn pattern_name(p: PatternKind) -> &'static str {
    match p {
        PatternKind::MutualReliance => "Mutual reliance",
        PatternKind::OverUnderFunctioning => "Carrying and leaning",
        PatternKind::PursueDistance => "Reaching and stepping back",
        PatternKind::ParallelLives => "Parallel lives",
        PatternKind::Mixed => "A mix of patterns",
    }
}

/// Two or three kind sentences describing the couple pattern, never graded.
pub fn pattern_summary(p: PatternKind) -> &'static str {
    match p {
        PatternKind::MutualReliance => {
            "Your answers suggest you both lean on each other and both keep your own footing, with no big gap between you. That balance takes care to keep, especially when life gets busy. The prompts below can help you notice what is working."
        }
        PatternKind::OverUnderFunctioning => {
            "Your answers suggest one of you tends to carry more, looking after the other's needs and moods, while the other tends to lean and trust. Each role makes sense, and each can get tiring over time. Talking about it can help the load move more both ways."
        }
        PatternKind::PursueDistance => {
            "Your answers suggest one of you tends to reach for closeness while the other tends to want more room. Both needs are fair, and the reaching and stepping back can feed each other without anyone meaning it to. Naming the pattern together is often the first step out of it."
        }
        PatternKind::ParallelLives => {
            "Your answers suggest you both value your own space and tend to handle things on your own. That can mean a lot of respect and freedom. It can also mean fewer chances to lean on each other, so small shared habits may help."
        }
        PatternKind::Mixed => {
            "Your answers don't fit one clear couple pattern, which is common. You may lean on each other in some areas and go your own way in others. The places where you chose differently are a good place to start talking."
        }
    }
}

/// The dynamic's name inside a sentence ("toward interdependence").
pub fn dynamic_word(d: Dynamic) -> &'static str {
    match d {
        Dynamic::Independence => "independence",
        Dynamic::Dependence => "dependence",
        Dynamic::Codependence => "codependence",
        Dynamic::Interdependence => "interdependence",
    }
}
