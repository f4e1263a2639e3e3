//! Conversation prompts' words, by id (what each is for is in `content/bank.rs`).
//! Written for both partners to do or talk through together.

use crate::content::locale::PromptText;

pub static PROMPTS: [PromptText; 62] = [
    PromptText {
        id: 1,
        title: "Let each other in",
        text: "Each of you name one part of your week that you handle on your own. Talk about what it might be like to let the other in on it, even a little.",
    },
    PromptText {
        id: 2,
        title: "Ask for one small thing",
        text: "This week, each of you ask the other for one small bit of help you would normally manage alone. Afterwards, share what it felt like to ask and to be asked.",
    },
    PromptText {
        id: 3,
        title: "What your freedom gives you",
        text: "Take turns saying what your own space and choices give you. Then each name one place where you would like to count on the other a bit more.",
    },
    PromptText {
        id: 4,
        title: "One choice of your own",
        text: "Each of you pick one small choice you would usually hand to the other, and make it yourself this week. Share how it went and cheer each other on.",
    },
    PromptText {
        id: 5,
        title: "Trust runs both ways",
        text: "Talk about a time when the one who tends to lean was the one who helped. Name what that partner brings that is easy to miss.",
    },
    PromptText {
        id: 6,
        title: "What I want here is",
        text: "Before your next plan, take turns finishing the line \"What I want here is...\". The listener says it back in their own words before adding their view.",
    },
    PromptText {
        id: 7,
        title: "Your own circle",
        text: "Each of you name one friend or family member you could turn to more often. Talk about how having more people to lean on could take some weight off the two of you.",
    },
    PromptText {
        id: 8,
        title: "Help or company?",
        text: "When one of you is upset this week, the other can ask, \"Do you want help, or just company?\" Then offer only what was asked, and talk later about how that felt.",
    },
    PromptText {
        id: 9,
        title: "A kind no",
        text: "Each of you try one small, kind no this week. Afterwards, talk about how it felt to say it and to hear it, and what helped you stay close.",
    },
    PromptText {
        id: 10,
        title: "Care for the one who cares",
        text: "Ask each other: what have you set aside lately to keep the other happy? Pick one of those things and make room for it again this month.",
    },
    PromptText {
        id: 11,
        title: "What is working",
        text: "Recall a recent time you leaned on each other and still kept your own space. Talk about what made it work, so you can do more of it.",
    },
    PromptText {
        id: 12,
        title: "Room to grow",
        text: "Each of you name a goal that is yours alone. Ask the other how they could back it up without taking it over.",
    },
    PromptText {
        id: 13,
        title: "Where it slips",
        text: "Pick one area where you both feel in balance and one where it slips when life gets busy. Agree on one small step for the one that slips.",
    },
    PromptText {
        id: 14,
        title: "Name your good habits",
        text: "You tend to lean on each other in a balanced way. Talk about one habit that helps, and how you will keep it going when life gets hectic.",
    },
    PromptText {
        id: 15,
        title: "Room for each of you",
        text: "Close teams need breathing room too. Each of you name one thing you would like to do on your own this month, and how the other can cheer it on.",
    },
    PromptText {
        id: 16,
        title: "Trade one task",
        text: "One of you may be carrying more while the other leans in. Pick one task to hand across for two weeks, then check in on how it felt for each of you.",
    },
    PromptText {
        id: 17,
        title: "What you carry",
        text: "Each of you list the worries you hold on behalf of the other. Talk about which ones you could set down and which ones you would like to share.",
    },
    PromptText {
        id: 18,
        title: "Ask before helping",
        text: "For one week, ask \"Would you like a hand with that?\" before stepping in. Talk at the end about what changed for the one who helps and the one who is helped.",
    },
    PromptText {
        id: 19,
        title: "Reach and rest",
        text: "One of you may reach for closeness just when the other needs room. Agree on a kind signal for \"I need a break\" and a set time when you will come back to talk.",
    },
    PromptText {
        id: 20,
        title: "What space means",
        text: "Take turns saying what closeness means to you and what space means to you. Listen for the hope under each, not just the words.",
    },
    PromptText {
        id: 21,
        title: "A soft start",
        text: "Plan how the one who wants to talk can open gently, and how the one who needs room can say when they will be ready. Try it once this week.",
    },
    PromptText {
        id: 22,
        title: "Cross paths on purpose",
        text: "You each run your own life well. Pick one part of the week to share on purpose, like a meal or a walk, and keep it free for each other.",
    },
    PromptText {
        id: 23,
        title: "One thing I haven't told you",
        text: "Each of you share one thing on your mind that the other doesn't know about yet. Ask one curious question back, with no advice.",
    },
    PromptText {
        id: 24,
        title: "A shared project",
        text: "Choose one small project to do as a pair this month, like a meal, a garden pot or a trip plan. Share what you each hope to get from it before you start.",
    },
    PromptText {
        id: 25,
        title: "Your own mix",
        text: "Your answers don't fit one neat pattern, and that is common. Pick the scenario where you surprised each other most and talk about why.",
    },
    PromptText {
        id: 26,
        title: "Start with an easy one",
        text: "Look at where you differ and pick the one that feels easiest to talk about. Small talks that go well build trust for the bigger ones.",
    },
    PromptText {
        id: 27,
        title: "How you each decide",
        text: "Pick a decision where you chose differently. Each of you share the hope or worry behind your choice while the other listens to understand, not to persuade.",
    },
    PromptText {
        id: 28,
        title: "Big calls, small calls",
        text: "Talk about which choices you like to make alone and which you want to make as a pair. Each explain the hope or worry behind your answer; the other listens to understand and sums it up before replying.",
    },
    PromptText {
        id: 29,
        title: "On a hard day",
        text: "Each of you describe what helps most on a bad day, and what you worry about when the other is low. Listen to understand, not to fix or to argue.",
    },
    PromptText {
        id: 30,
        title: "The support you hoped for",
        text: "Take turns telling the story behind your answer: what you hoped your partner would do, and why. The listener tries to understand and asks one question before sharing their own side.",
    },
    PromptText {
        id: 31,
        title: "Time apart, time close",
        text: "Each of you explain what time alone gives you, and what you worry about when the other wants some. The listener repeats back what they heard, to understand rather than to answer.",
    },
    PromptText {
        id: 32,
        title: "Your ideal week",
        text: "Each of you sketch a week with the right mix of time alone and time side by side. Share the hope behind your sketch; listen to understand the other's, not to change it.",
    },
    PromptText {
        id: 33,
        title: "The people around you",
        text: "Each of you share what you hope for with friends and family, and what makes you uneasy. Listen to understand the other's side, not to win the point.",
    },
    PromptText {
        id: 34,
        title: "Visits and holidays",
        text: "Talk about the last family visit or night out that felt hard. Each of you say what you needed then and the worry you had, while the other listens to understand, without making their own case yet.",
    },
    PromptText {
        id: 35,
        title: "What money means to you",
        text: "Each of you share a money memory from growing up and the hope or worry it brings to your choice here. The other listens to understand, not to persuade.",
    },
    PromptText {
        id: 36,
        title: "Yours, mine, shared",
        text: "Talk about which costs feel like yours, which feel like theirs, and which feel shared. Each explain the hope or worry behind your view while the other listens to understand, then look for a plan.",
    },
    PromptText {
        id: 37,
        title: "Your next chapter",
        text: "Each of you describe a change you hope for in work or learning in the next few years. Share the hope or worry in it; the other listens to understand, then asks how they can help.",
    },
    PromptText {
        id: 38,
        title: "When one of you grows",
        text: "Talk about a choice where you differed on work or study. Each share the hope or the fear under your answer; the listener tries to understand, not to talk the other round.",
    },
    PromptText {
        id: 39,
        title: "After a hard talk",
        text: "Each of you describe what helps you feel okay again after an argument, and what you worry about while things are tense. Listen to understand what repair looks like for the other.",
    },
    PromptText {
        id: 40,
        title: "How you cool down",
        text: "Share how you each calm down when upset: a walk, some time, a hug, talking it out. Say the worry behind your way; the other listens to understand, not to change it.",
    },
    PromptText {
        id: 41,
        title: "The unseen list",
        text: "Each of you write down the home tasks you keep track of, even the ones nobody sees. Read them aloud, share the worry behind your list, and listen to understand before you talk about a new split.",
    },
    PromptText {
        id: 42,
        title: "Fair, not just equal",
        text: "Talk about what a fair share at home would feel like to each of you. Each explain the hope behind your answer while the other listens to understand, not to argue the numbers.",
    },
    PromptText {
        id: 43,
        title: "When one of you is sick",
        text: "Each of you describe the care you like when you are unwell, and what worries you when the other is. Listen to understand, not to persuade, then trade one idea each.",
    },
    PromptText {
        id: 44,
        title: "Looking after yourselves",
        text: "Share one health habit you would like to build, and the worry that holds you back. The other listens to understand, not to persuade, and asks what kind of help fits.",
    },
    PromptText {
        id: 45,
        title: "What feels like love",
        text: "Each of you name three small things that make you feel cared for. Share the hope behind your choice here, and listen to understand the other's list without judging it.",
    },
    PromptText {
        id: 46,
        title: "Something new",
        text: "Each of you suggest one new thing to try, alone or as a pair. Explain the hope that draws you to it; the other listens to understand before saying yes, no or maybe.",
    },
    PromptText {
        id: 47,
        title: "Me, we and others",
        text: "Each of you draw a circle and split it into me-time, time as a couple and time with others, as your week is now. Draw a second one for how you would like it, and compare.",
    },
    PromptText {
        id: 48,
        title: "Plan a me-evening",
        text: "Each of you plan one evening this month that is just for you. Put both on the calendar and ask about each other's evening the next day.",
    },
    PromptText {
        id: 49,
        title: "Friends on the calendar",
        text: "Look at the next month and add time with friends or family for each of you, and one plan with others as a pair. Check it still leaves time for the two of you.",
    },
    PromptText {
        id: 50,
        title: "A weekly balance check",
        text: "Once a week, each of you say in one line how your me-time, couple time and time with others felt. If one is running low, pick one small fix together.",
    },
    PromptText {
        id: 51,
        title: "Protect one of each",
        text: "Pick one hour for yourself, one for the two of you and one for other people this week. Guard all three as carefully as a work meeting.",
    },
    PromptText {
        id: 52,
        title: "A morning check-in",
        text: "Before the day starts, take two minutes to each share one thing you are looking forward to and one thing on your mind. Keep it short and light.",
    },
    PromptText {
        id: 53,
        title: "High and low",
        text: "At the end of the day, each of you share one high and one low. The other just listens and says thanks for sharing.",
    },
    PromptText {
        id: 54,
        title: "A weekly walk",
        text: "Pick a time each week for a short walk side by side, phones away. Talk about anything, or nothing at all.",
    },
    PromptText {
        id: 55,
        title: "A proper hello",
        text: "When you meet again at the end of the day, stop for a real hello and a hug before anything else. Try it for two weeks and see what changes.",
    },
    PromptText {
        id: 56,
        title: "Some extra support",
        text: "If the same talks keep going round in circles, or things feel heavy for either of you, a couples counsellor or therapist can help. Reaching out is a way of caring for what you have built, not a sign that something is broken.",
    },
    PromptText {
        id: 57,
        title: "Alone, or leaning in",
        text: "Pick a time one of you managed alone while the other would have leaned in. Each say what you hoped for or feared, while the other listens to understand.",
    },
    PromptText {
        id: 58,
        title: "Room and closeness",
        text: "Pick a time one of you wanted room and the other wanted to help. Each say the hope or worry behind it while the other listens to understand, not to persuade.",
    },
    PromptText {
        id: 59,
        title: "On my own, or with you",
        text: "Pick a time one of you went it alone and the other wanted to work it out together. Each say your hope or worry while the other listens to understand.",
    },
    PromptText {
        id: 60,
        title: "Leaning and looking after",
        text: "Pick a time one of you leaned and the other took over. Each say what you hoped for or worried about, while the other listens to understand.",
    },
    PromptText {
        id: 61,
        title: "Who leads, who shares",
        text: "Pick a choice one of you was happy to follow and the other wanted to make as a team. Each say your hope or worry while the other listens to understand.",
    },
    PromptText {
        id: 62,
        title: "Caring without carrying",
        text: "Pick a time one of you put the other first and the other wanted to share the load. Each say your hope or worry while the other listens to understand.",
    },
];
