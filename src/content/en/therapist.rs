//! Facilitator notes for therapist mode: what a part of the results usually means in the
//! room, questions to ask, and cautions.
//!
//! Written for couples therapists and counsellors. Like the rest of the content, these
//! notes label patterns in answers, not people, and grade nothing. Pattern names follow
//! `learn.rs` ("Carrying and leaning", "Reaching and stepping back").

use crate::content::locale::{FacilitatorNote, Notes};

pub const NOTES: Notes = Notes {
    map: FacilitatorNote {
        looks_like: "Each partner appears as a point on two axes, Self and Connection, with a dashed box showing where 90% of the resampled answers fall. A small box means consistent answers; a large box, or one that crosses a region line, means an uncertain position, and the words then say the answers sit between two dynamics. The quick look uses 12 scenarios, so its boxes are wider and its picture blurrier than a full check-in.",
        questions: [
            "Looking at where your two points sit, what fits how you see yourselves, and what surprises you?",
            "Where a box is large or crosses a line, what might be pulling each of you in two directions?",
            "How might your points have looked a few years ago, or in a harder season?",
        ],
        caution: "Treat the points as a snapshot of today's answers rather than a fixed trait, and avoid reading meaning into small gaps; the app counts an axis difference as real only when it is larger than the answers' own noise. There is no overall score, and the distance between the two points is not a measure of compatibility.",
    },
    differences: FacilitatorNote {
        looks_like: "This list shows the situations where the partners chose options from different dynamics, ranked by how far apart the choices were and grouped by life domain. The numbers beside each domain are counts of situations, not scores: three items per domain are too few for a domain score. One difference explored well is usually worth more than a tour of them all.",
        questions: [
            "In this situation, what was each of you hoping for, or worried about, when you made your choice?",
            "What did you hear in your partner's reasons that you had not heard before?",
            "Is there a way of handling this kind of situation that would honour both of your hopes?",
        ],
        caution: "Have each partner explain the hope or worry behind their choice while the other listens to understand, not to persuade, and reflect back before any problem-solving. Avoid ranking domains by their counts or treating either partner's choice as the right answer.",
    },
    agreements: FacilitatorNote {
        looks_like: "These are situations where both partners chose the same dynamic, and they can be a resource: shared values, habits that work and evidence that the couple can get in step. Shared answers that are not interdependent, such as both coping alone or both putting the other first, can also mark a stuck place that feels normal because nobody questions it.",
        questions: [
            "Which of these shared answers feels like a strength you want to keep?",
            "How did the two of you come to handle this kind of situation the same way?",
            "Is there a shared habit here that suits you both, or one you have both simply got used to?",
        ],
        caution: "Start with the agreements that are strengths before turning to shared stuck places, so the couple does not hear the results as a list of faults. Agreement about separateness may be a genuine fit for this couple, so ask rather than assume.",
    },
    prompts: FacilitatorNote {
        looks_like: "The app picks conversation prompts for the couple's pattern and their largest differences, along with balance exercises for time alone, time together and time with others. In session a prompt can frame a short practice conversation that you coach as it happens; as homework, one prompt a week tends to work better than several. The \"We talked about this\" mark lets the couple keep track of what they have tried.",
        questions: [
            "Which of these feels most useful to you right now, and which feels like too much for the moment?",
            "What would help the two of you find a time and place for this conversation during the week?",
            "When you tried the last one, what went well, and where did it get hard?",
        ],
        caution: "Let the couple choose prompts rather than assigning the hardest one, and suggest setting a prompt aside at home if it keeps escalating. The prompts are written for couples in general, so adapt or skip any that do not fit this couple's culture, circumstances or safety.",
    },
    // By PatternKind: mutual reliance, carrying and leaning, reaching and stepping back,
    // parallel lives, a mix.
    patterns: [
        FacilitatorNote {
            looks_like: "Both partners tend to turn toward each other and also keep their own footing, so a bid for help is usually heard and returned. In session this often shows as easy turn-taking and a shared sense of the relationship as a resource. The work is often about protecting what works through pressure points such as a new baby, an illness or a move.",
            questions: [
                "What helps each of you feel you can count on the other, and what helps you still feel like yourselves?",
                "When life got busy or hard before, what did the two of you do that kept this balance going?",
                "Where, if anywhere, does one of you hold back a need so as not to add to the other's load?",
            ],
            caution: "A balanced map can sit alongside real distress that the scenarios did not touch, so let the couple's reason for coming guide the session. Avoid presenting this result as a pass mark or as proof that nothing needs attention.",
        },
        FacilitatorNote {
            looks_like: "One partner's answers lean toward handing over decisions and support, while the other's lean toward managing the partner's moods and needs, often at a cost to their own. In the room, the partner who carries may speak for both or sound tired, and the partner who leans may defer or seem unsure of their own view. Each role tends to invite the other, so both partners hold the pattern in place.",
            questions: [
                "What happens for each of you when one of you is struggling and the other steps in?",
                "If the one who carries did a little less for a week, what would each of you hope for, and what would each of you worry about?",
                "What does each of you give up in the way things are shared now, and what does each of you gain?",
            ],
            caution: "This is a description of answers, not a diagnosis of codependence or dependency, and it can reflect illness, disability, caring duties or cultural norms about roles. Where the carrying looks like monitoring or control, or the leaning looks like fear, pause conjoint work and assess each partner individually for safety.",
        },
        FacilitatorNote {
            looks_like: "One partner's answers reach for closeness and reassurance while the other's favour room and handling things alone. In session this often shows as one partner raising topics with growing urgency and the other going quiet, changing the subject or asking for a break. Each move tends to prompt more of the other, so the cycle, rather than either person, is the thing to name.",
            questions: [
                "What happens for each of you in the moment just before one of you reaches out or steps back?",
                "What does each of you hope the other will understand about why you reach, or why you need space?",
                "What small signal could tell the other that a step back is a pause and not a goodbye?",
            ],
            caution: "Avoid casting the partner who reaches as needy or the partner who steps back as cold; both moves are often ways of protecting the relationship. Stepping back can also be a safety strategy and reaching can shade into checking up, so ask about fear, tracking or punishment for time apart before working on the cycle together.",
        },
        FacilitatorNote {
            looks_like: "Both partners' answers favour their own space, their own decisions and coping alone. In the room this can sound calm and respectful, with little open conflict, and also with little sense of turning to each other for comfort or help. Sometimes it reflects a long stretch of busy, separate demands rather than a settled preference.",
            questions: [
                "When did each of you last turn to the other with something that mattered, and how did that go?",
                "What does your own space give each of you, and is there anything you miss about sharing more?",
                "What is one small, regular thing the two of you might enjoy doing together?",
            ],
            caution: "Low conflict is not the same as low distress, and some couples choose a degree of separateness that suits them well; norms about closeness differ across cultures, families and life stages. Explore whether the distance was chosen or grew out of hurt or withdrawal before suggesting more togetherness.",
        },
        FacilitatorNote {
            looks_like: "The two sets of answers do not line up with one named pattern, which is common, especially after the quick look or when answers shift from one life domain to another. Couples may rely on each other in some areas and go their own way in others. The list of differences is usually the most useful place to start.",
            questions: [
                "In which parts of your life do you feel most like a team, and in which do you feel most on your own?",
                "Looking at the places where you chose differently, which one feels most alive for you right now?",
                "What would each of you like to be different a few months from now?",
            ],
            caution: "A mixed result does not mean the check-in failed or that the couple is confused; it often reflects a real mix. Avoid fitting the couple into a pattern the answers do not support, and let their own account lead.",
        },
    ],
};
