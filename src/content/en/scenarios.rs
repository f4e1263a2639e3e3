//! The thirty scenarios: three per life domain (one "I need something", one "my partner
//! is struggling", one everyday), each offering one option per dynamic.
//!
//! Written in the project's own words. Options say what you WOULD do, sound reasonable
//! whichever dynamic they carry, and are of similar length. Ids are stable forever:
//! saved sessions and shared codes refer to them. The app shuffles option order per
//! partner; the order here is varied only so that no position gives anything away.

use crate::model::dynamics::Dynamic;
use crate::model::scenario::{Choice, Domain, Scenario, ScenarioKind};

pub static SCENARIOS: [Scenario; 30] = [
    // ---- Decisions ----
    Scenario {
        id: 1,
        domain: Domain::Decisions,
        kind: ScenarioKind::INeed,
        quick: true,
        apart_is_healthy: false,
        situation: "You got a job offer in another city. It pays more, but it would change your partner's daily life too, and you feel torn.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd think it through on my own and then tell them what I chose. It's my job, so the call is mine to make.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd turn it down if there was any sign it would upset them. Their peace of mind matters more to me than a raise.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd say what I want, ask what they want, and take the slow road of finding a plan that's fair to us both.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask my partner to decide for me. They see the big picture better than I do, and I'd go with their choice.",
            },
        ],
    },
    Scenario {
        id: 2,
        domain: Domain::Decisions,
        kind: ScenarioKind::PartnerStruggling,
        quick: false,
        apart_is_healthy: false,
        situation: "Your partner has been stuck for weeks on whether to leave their job, and it's wearing them down.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd trust them to pick what's best for both of us and go along with whatever they decide in the end.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd help them list the pros and cons, share my own worries too, and then leave the final call to them.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd let them work it out. It's their job and their choice, and I trust them to decide in their own time.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd take it on as my own problem, look up jobs for them every night, and worry until they feel better.",
            },
        ],
    },
    Scenario {
        id: 3,
        domain: Domain::Decisions,
        kind: ScenarioKind::Everyday,
        quick: true,
        apart_is_healthy: false,
        situation: "It's Friday night and neither of you has picked a place for dinner. You're both tired and hungry.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd pick the place they like best, even if I'm not in the mood for it. Seeing them happy is what I care about.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd name two places I'd like and let them choose from those. Next time it's their turn to suggest.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them to choose. I'm happy with whatever they pick, and it's easier for me when they decide for us.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd get what I feel like and they can get what they want. We don't need to agree on one place each time.",
            },
        ],
    },
    // ---- Support ----
    Scenario {
        id: 4,
        domain: Domain::Support,
        kind: ScenarioKind::INeed,
        quick: true,
        apart_is_healthy: false,
        situation: "You had a hard day at work and feel low. When you get home, your partner is in the middle of something.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd go for a walk or watch a show to reset. I'd rather sort out my own mood than put it on them.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them to stop what they're doing and help me feel better. They know best how to calm me down.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd hide how I feel and ask about their day instead. I don't want my bad mood to bring them down.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them I had a rough day and ask if they have time to talk later. Until then, I'd look after myself.",
            },
        ],
    },
    Scenario {
        id: 5,
        domain: Domain::Support,
        kind: ScenarioKind::PartnerStruggling,
        quick: false,
        apart_is_healthy: false,
        situation: "Your partner is under a lot of stress with a work deadline and has been short with you all week.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them to tell me we're okay. When they're this stressed, I need to hear it from them to feel steady.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd give them space and get on with my own plans. They can come to me when they're ready to talk.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd take a few chores off their plate this week, and later tell them kindly that the short replies hurt.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd cancel my plans, do all their chores, and keep our home quiet. I can't relax until they feel better.",
            },
        ],
    },
    Scenario {
        id: 6,
        domain: Domain::Support,
        kind: ScenarioKind::Everyday,
        quick: false,
        apart_is_healthy: false,
        situation: "Your partner comes home and vents about a small annoyance, like a rude driver on the way back.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd get upset for them and try to fix it. If they're annoyed, I can't settle until they're calm again.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd wait for them to tell me what they need. They know what helps them, and I'd follow their lead.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd nod along and let them get it out. It's theirs to work through, and it will pass on its own.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd listen and ask if they want advice or just an ear. Then I'd share a bit of my day so it goes both ways.",
            },
        ],
    },
    // ---- TogetherApart ----
    Scenario {
        id: 7,
        domain: Domain::TogetherApart,
        kind: ScenarioKind::INeed,
        quick: false,
        apart_is_healthy: true,
        situation: "You'd like a quiet evening alone this week, but your partner has been hoping to spend more time with you.",
        choices: [
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd take my quiet night, tell them why it helps me, and plan a real evening with them later that week.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them if it's okay for me to have the night. If they'd rather I stay, I'd go with what they say.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd drop the idea and spend the evening with them. Their being happy matters more to me than my rest.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd just take the evening for myself. We each get to decide how we spend our own free time, and that's fair.",
            },
        ],
    },
    Scenario {
        id: 8,
        domain: Domain::TogetherApart,
        kind: ScenarioKind::PartnerStruggling,
        quick: false,
        apart_is_healthy: true,
        situation: "Your partner seems restless and keeps saying they miss their old hobbies and the time they had to themselves.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd tell them to go for it. What they do with their time is up to them, and I have my own things going on.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd urge them to take back a night a week for their hobbies, even though I'd miss them, and use it for mine.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd tell them I'd miss them and ask if they could keep most nights for us. Time with them is what keeps me going.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd plan their hobby time for them and rework my week around it, so they don't have to worry about a thing.",
            },
        ],
    },
    Scenario {
        id: 9,
        domain: Domain::TogetherApart,
        kind: ScenarioKind::Everyday,
        quick: true,
        apart_is_healthy: true,
        situation: "It's a free Saturday. Your partner wants to spend the whole day together, and you'd like a few hours on your own project.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them what they'd like to do and go along with it. My project can wait, and I like them to lead.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd work on my project in the morning, tell them why it matters to me, and give them my full afternoon.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd spend the whole day with them. If they felt let down, I wouldn't enjoy my project anyway.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd spend the day on my project. They can find something to do, and we can catch up in the evening.",
            },
        ],
    },
    // ---- FriendsFamily ----
    Scenario {
        id: 10,
        domain: Domain::FriendsFamily,
        kind: ScenarioKind::INeed,
        quick: true,
        apart_is_healthy: false,
        situation: "Your family keeps asking when you'll visit. You'd like your partner to come this time, but they find the trips tiring.",
        choices: [
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them why it matters to me, ask what would make the trip easier, and go alone when it's too much.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd go on my own this time. They have their own life, and I don't need them there to enjoy my family.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them to come. It's so much easier for me with them there, and I lean on them when my family gets loud.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd put off the visit and make excuses. I'd rather let my family down than make my partner unhappy.",
            },
        ],
    },
    Scenario {
        id: 11,
        domain: Domain::FriendsFamily,
        kind: ScenarioKind::PartnerStruggling,
        quick: false,
        apart_is_healthy: false,
        situation: "Your partner had a painful falling-out with a close friend and is hurt and unsure what to do.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd stay out of it and let them handle it. It's their friendship, and they know that friend far better than I do.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd wait for them to tell me how to act around that friend from now on, and do just what they ask.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd listen, help them think about what they want to say, and then leave it to them to reach out.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd call the friend myself to smooth things over. I can't stand seeing them this hurt, so I'd fix it.",
            },
        ],
    },
    Scenario {
        id: 12,
        domain: Domain::FriendsFamily,
        kind: ScenarioKind::Everyday,
        quick: false,
        apart_is_healthy: true,
        situation: "Your old friends invite you out for a night. Your partner doesn't know them well and wasn't invited.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask my partner whether they mind. If they'd like me home, I'd stay, since I trust their sense of these things.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd say no to my friends. I'd feel bad leaving them home alone, and their mood matters more than a night out.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd go and have a good time. My friends are my own, and I don't need to check in with my partner about it.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd go and enjoy my friends, text my partner a goodnight, and tell them all about it the next day.",
            },
        ],
    },
    // ---- Money ----
    Scenario {
        id: 13,
        domain: Domain::Money,
        kind: ScenarioKind::INeed,
        quick: false,
        apart_is_healthy: false,
        situation: "You need to pay for a big, surprise car repair, and your own savings won't stretch that far this month.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd hide how bad it is and cut back on my own needs to pay it. I don't want them to worry about my money.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask my partner to handle it. They're better with money than I am, and I'd trust them to work it out.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them the full cost, ask for help with part of it, and agree together on when I'd pay it back.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd put it on my card and sort it out myself. It's my car and my bill, and I'd rather not mix our money.",
            },
        ],
    },
    Scenario {
        id: 14,
        domain: Domain::Money,
        kind: ScenarioKind::PartnerStruggling,
        quick: true,
        apart_is_healthy: false,
        situation: "Your partner is worried about money after an unexpected bill and has been losing sleep over it.",
        choices: [
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd sit down with them, look at the numbers, and offer some help for now while they make a plan of their own.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd quietly pay the whole bill from my savings, even if it leaves me short. I can't bear to see them worried.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd let them handle it. We keep our money separate, and I trust them to sort out their own bills.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd feel scared too and wait for them to tell me the plan. They're the one who knows our money best.",
            },
        ],
    },
    Scenario {
        id: 15,
        domain: Domain::Money,
        kind: ScenarioKind::Everyday,
        quick: false,
        apart_is_healthy: false,
        situation: "You see something you'd really like to buy. It isn't cheap, but it's within what you can afford.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd buy it. It's my own money, and I don't need to talk each purchase through with my partner first.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd mention it and buy it if it fits the limit we agreed on, and I'd be glad when they do the same.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd skip it and buy something for them instead. Spending on myself feels wrong if it might bother them.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask my partner if it's okay first. I like them to tell me whether it's a good idea before I spend.",
            },
        ],
    },
    // ---- Growth ----
    Scenario {
        id: 16,
        domain: Domain::Growth,
        kind: ScenarioKind::INeed,
        quick: true,
        apart_is_healthy: false,
        situation: "You'd like to take an evening class twice a week. It would mean your partner handles more at home for a while.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd hold off on the class. I don't want them to carry more because of me, even for something I want.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd sign up and sort out my own evenings. It's my growth, and they can plan their time how they like.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them whether I'm ready for it. If they think it's a good step I'd sign up, and if not I'd wait.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd ask them for the extra help, offer to take a chore they dislike, and back their next goal in return.",
            },
        ],
    },
    Scenario {
        id: 17,
        domain: Domain::Growth,
        kind: ScenarioKind::PartnerStruggling,
        quick: false,
        apart_is_healthy: false,
        situation: "Your partner was passed over for a promotion and is doubting whether they're any good at their job.",
        choices: [
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd remind them what they're good at, ask what they want next, and back that plan even if it takes a while.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd give them room to process it. It's their career, and they'll figure out their next move in time.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd drop my own plans to help them apply for new jobs. Their success feels like mine, so I'd throw myself in.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd tell them I was counting on it too and ask what it means for us. I trust them to have a plan.",
            },
        ],
    },
    Scenario {
        id: 18,
        domain: Domain::Growth,
        kind: ScenarioKind::Everyday,
        quick: false,
        apart_is_healthy: true,
        situation: "Your partner has been invited on a week-long work trip that could help their career. You'd be home alone.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd tell them it's their call. Their work is their business, and I have plenty to keep me busy.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd offer to come along and handle their meals and plans, so they can put all their focus on the work.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd tell them how hard a week without them would be for me, and ask if they could go for a shorter time.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them to go and make the most of it, plan a few things of my own that week, and call most nights.",
            },
        ],
    },
    // ---- Conflict ----
    Scenario {
        id: 19,
        domain: Domain::Conflict,
        kind: ScenarioKind::INeed,
        quick: true,
        apart_is_healthy: false,
        situation: "Your partner said something in front of friends that hurt your feelings. You need to talk about it.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd wait for them to notice I'm hurt and bring it up. I count on them to be the one to make things right.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd keep quiet about it. Bringing it up might upset them, and keeping the peace between us matters more.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them in private how it felt, ask for their side, and talk about what to do next time.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd let it go and keep my distance for a bit. I can handle my own feelings without a big talk.",
            },
        ],
    },
    Scenario {
        id: 20,
        domain: Domain::Conflict,
        kind: ScenarioKind::PartnerStruggling,
        quick: false,
        apart_is_healthy: false,
        situation: "After an argument, your partner is still upset the next morning and isn't saying much.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd say sorry for all of it, even the parts I don't think were my fault, just so they feel better.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd say sorry for my part, tell them I'm ready to talk when they are, and then give them some room.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd leave them to it and get on with my day. They'll come round in their own time, and I won't push.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them if we're okay. Until they tell me it's fine, I can't really focus on anything else.",
            },
        ],
    },
    Scenario {
        id: 21,
        domain: Domain::Conflict,
        kind: ScenarioKind::Everyday,
        quick: false,
        apart_is_healthy: false,
        situation: "You and your partner disagree about something small, like how to load the dishwasher.",
        choices: [
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd explain why I do it my way, hear their reason, and try to settle on one way, even if I give a little.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd switch to their way and redo my loads. Keeping things calm between us matters more than a dish.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd just do it their way. They tend to know best about these things, and I trust them on it.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd do it my way when it's my turn and let them do it their way on theirs. No need for us to agree.",
            },
        ],
    },
    // ---- Household ----
    Scenario {
        id: 22,
        domain: Domain::Household,
        kind: ScenarioKind::INeed,
        quick: false,
        apart_is_healthy: false,
        situation: "You feel you've been doing more than your share of the chores lately, and you're tired.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd tell them I'm worn out and ask them to take over the chores for a while, until I feel like myself again.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd just do fewer chores and let things pile up. They'll notice, and I'd rather not make a big deal of it.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd keep doing it all. They have enough going on, and I'd rather be tired than see them stressed.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them how I feel, list what we each do, and work out a new split, even if it takes a few tries.",
            },
        ],
    },
    Scenario {
        id: 23,
        domain: Domain::Household,
        kind: ScenarioKind::PartnerStruggling,
        quick: true,
        apart_is_healthy: false,
        situation: "Your partner is swamped this month and the house is getting messy. They seem embarrassed about it.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd take over all the chores without a word, even if it wears me out. I just want them to feel okay.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd keep up with my own share and leave theirs for them. They'll catch up once things calm down.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd cover some of their chores this month, say it's no big deal, and trust them to do the same for me.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd wait for them to ask me for help and tell me what to do, since they're the one who runs our home.",
            },
        ],
    },
    Scenario {
        id: 24,
        domain: Domain::Household,
        kind: ScenarioKind::Everyday,
        quick: false,
        apart_is_healthy: false,
        situation: "It's time to plan the week's meals and shopping, and neither of you has started.",
        choices: [
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd start a list for us, ask them to add what they want, and offer to shop if they cook most nights.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd wait for my partner to make the plan. They're good at it, and I'm happy to go along with what they pick.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd plan and shop for my own meals. They can do the same, and it saves both of us a lot of back and forth.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd plan each meal around what they like and do all the shopping, so they don't have to think about it.",
            },
        ],
    },
    // ---- Health ----
    Scenario {
        id: 25,
        domain: Domain::Health,
        kind: ScenarioKind::INeed,
        quick: false,
        apart_is_healthy: false,
        situation: "You've been feeling unwell for a few days and need to see a doctor, but you're nervous about going.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd book the visit and go on my own. It's my health, and I'd rather not make it their problem.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd keep it to myself until after the visit. I don't want them to worry about me on top of everything.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them I'm nervous, make the call myself, and ask if they could come with me or call me after.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask my partner to make the call and come in with me. I feel much safer when they handle these things.",
            },
        ],
    },
    Scenario {
        id: 26,
        domain: Domain::Health,
        kind: ScenarioKind::PartnerStruggling,
        quick: true,
        apart_is_healthy: false,
        situation: "Your partner has a bad cold and is stuck in bed for a few days.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd feel lost with them laid up, and ask them to walk me through how to run things until they're well.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd look after them and cover their chores, but still go to work and keep my own rest so I don't burn out.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd check they have what they need and then go on with my week. They'd tell me if they needed more.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd stay home from work and wait on them hand and foot. I can't focus on anything else while they're sick.",
            },
        ],
    },
    Scenario {
        id: 27,
        domain: Domain::Health,
        kind: ScenarioKind::Everyday,
        quick: false,
        apart_is_healthy: true,
        situation: "You want to get more active. Your partner isn't into exercise right now.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd gently push them to join me and plan their workouts for them. I worry about their health more than mine.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd join a running group on my own, tell them how it's going, and leave the door open if they want to come.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd wait until they want to start too. I find it hard to keep going unless they're right there with me.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd start a routine on my own and not bring it up. Their habits are theirs, and mine are mine.",
            },
        ],
    },
    // ---- Affection ----
    Scenario {
        id: 28,
        domain: Domain::Affection,
        kind: ScenarioKind::INeed,
        quick: true,
        apart_is_healthy: false,
        situation: "You've been feeling a bit distant lately and would like more affection from your partner.",
        choices: [
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd keep busy with my own life. If the spark comes back, great, but I don't want to make a fuss.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd wait for them to notice and reach out. I need them to show me first that they still want me.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd try harder to please them and keep my own needs quiet. If they're happy, I'm sure I'll feel close again.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd tell them gently that I miss being close, ask what helps them feel close, and make the first move.",
            },
        ],
    },
    Scenario {
        id: 29,
        domain: Domain::Affection,
        kind: ScenarioKind::PartnerStruggling,
        quick: false,
        apart_is_healthy: false,
        situation: "Your partner says life has felt dull lately and they're craving something new.",
        choices: [
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them to plan something fun for us. They're so good at ideas, and I'd happily go with what they pick.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd tell them to try something new for themselves. Finding what lights them up is their own journey.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd ask what new thing they have in mind, suggest one idea of my own, and make time to try both this month.",
            },
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd plan a surprise trip right away, even if it strains my budget. I'd do anything to see them light up again.",
            },
        ],
    },
    Scenario {
        id: 30,
        domain: Domain::Affection,
        kind: ScenarioKind::Everyday,
        quick: true,
        apart_is_healthy: false,
        situation: "It's an ordinary weeknight. You both have a free hour after dinner.",
        choices: [
            Choice {
                dynamic: Dynamic::Codependence,
                text: "I'd do whatever they seem to want, even if I'm worn out. If they're content, our evening feels good to me.",
            },
            Choice {
                dynamic: Dynamic::Dependence,
                text: "I'd ask them what they'd like to do and go with it. I'm happiest when they choose how we spend it.",
            },
            Choice {
                dynamic: Dynamic::Independence,
                text: "I'd spend the hour on my own thing. We each unwind in our own way, and that works fine for us.",
            },
            Choice {
                dynamic: Dynamic::Interdependence,
                text: "I'd suggest a short walk together, then make sure we each get some time for our own things before bed.",
            },
        ],
    },
];
