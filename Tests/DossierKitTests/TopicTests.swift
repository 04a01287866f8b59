@testable import DossierKit
import Testing

/// The topics of a one-article corpus.
private func topics(_ body: String) -> Set<String> {
    // Two countries: a report of one country's own affairs needs a topic said twice.
    let c = corpus(["River talks\nQUETTA: \(body) Delegates of Iran and Pakistan attended.\n"])
    return Set(c.names(in: c.articles[0], .topic))
}

@Suite("Topics")
struct TopicTests {
    @Test("talks between governments are diplomacy", arguments: [
        "The prime minister held talks with his visiting counterpart on Monday.",
        "The two leaders met on the sidelines of the regional summit.",
        "The minister arrived on a two-day official visit at the head of a large delegation.",
        "Both sides agreed to widen bilateral cooperation in farming.",
        "The envoy offered mediation between the two governments.",
        "The president sent condolences to the people of the neighbouring country.",
    ])
    func diplomacy(sentence: String) {
        #expect(topics(sentence).contains("diplomacy"))
    }

    @Test("the guests of a ceremony are not its subject", arguments: [
        "The oath was taken in the presence of the diplomatic corps and thousands of supporters.",
        "Ministers, judges and foreign diplomats were in the hall.",
        "The party chairman led a large party delegation into the stands.",
    ])
    func ceremonyGuests(sentence: String) {
        #expect(!topics(sentence).contains("diplomacy"))
    }

    @Test("a domestic vote or a police operation is not diplomacy")
    func notDiplomacy() {
        #expect(!topics("The assembly elected a new speaker by a show of hands after a long debate.").contains("diplomacy"))
    }

    @Test("peace, a ceasefire, tensions, aggression and a coup are security", arguments: [
        "Troops staged a military coup in the capital on Tuesday.",
        "The ministers discussed a ceasefire along the river.",
        "The talks aimed at easing tensions after the clashes of last week.",
        "Both sides vowed joint deterrence against any aggression.",
        "The two leaders called for lasting peace in the region.",
    ])
    func security(sentence: String) {
        #expect(topics(sentence).contains("security"))
    }

    @Test("a trigger inside an office's name is not the subject", arguments: [
        ("The Defence Minister attended the opening of the new library.", "defense"),
        ("The Minister for Commerce attended the opening of the new library.", "trade"),
        ("The national security adviser attended the opening of the new library.", "security"),
        ("The energy task force met the governor at the library.", "energy"),
        ("Army General Karim Said attended the opening of the new library.", "defense"),
        ("Halima Sadiq, a veteran diplomat, was named to head the library board.", "diplomacy"),
        ("Omar Sadiq becomes Minister of National Defence in the new cabinet.", "defense"),
        ("Omar Sadiq was Minister for Foreign Affairs and External Trade in the last cabinet.", "trade"),
        ("Omar Sadiq, the minister of public security, opened the new library.", "security"),
        ("Omar Sadiq was approved as minister of industry, mining and trade on Monday.", "trade"),
        ("Omar Sadiq was named Minister of the Economy, Planning and Cooperation.", "diplomacy"),
        ("Omar Sadiq, Chairman of the State Committee for National Security, opened the library.", "security"),
        ("Omar Sadiq, Chairman of the State Committee for Security, opened the library.", "security"),
    ])
    func officeNames(sentence: String, topic: String) {
        #expect(!topics(sentence).contains(topic))
    }

    @Test("an office in lower case may be the subject: 'the regional military commanders will meet'")
    func lowerCaseOffices() {
        #expect(topics("The regional military commanders of the two sides will meet on Monday to settle the line.").contains("defense"))
    }

    @Test("phrases that only look like triggers", arguments: [
        ("Police fired tear gas at the crowd outside the assembly.", "energy"),
        ("The bill cuts social security payments for the retired.", "security"),
        ("Guards gave the visiting mayor full military honours at the gate.", "defense"),
        ("The town shares a border with three provinces and has a new library.", "border"),
        ("The mourners prayed that the victims may rest in peace.", "security"),
        ("The agencies asked for a humanitarian corridor to the flooded valley.", "connectivity"),
        ("The leader called on citizens to march in defence of the constitution.", "defense"),
        ("The new president was sworn in under tight security at the stadium.", "security"),
        ("She led the trade union movement before entering the assembly.", "trade"),
        ("A military band played the anthem as the president arrived at the assembly.", "defense"),
        ("The coalition had failed to address concerns over political stability at home.", "security"),
        ("The bloc gave the three military-led states a grace period to leave.", "defense"),
        ("The new army commander ordered the units back to their barracks.", "defense"),
    ])
    func lookalikes(sentence: String, topic: String) {
        #expect(!topics(sentence).contains(topic))
    }

    @Test("culture needs cultural exchange or cooperation, not a nod to shared roots")
    func culture() {
        #expect(topics("The ministers signed a plan for cultural exchanges between universities.").contains("culture"))
        #expect(!topics("Officials praised the cultural links between the two peoples and agreed on a rail plan.").contains("culture"))
    }

    @Test("background clauses give no topic", arguments: [
        "The visit comes as the two countries trade accusations over fishing rights.",
        "The two neighbours have ties rooted in shared history and trade.",
        "Last month the two sides signed a trade deal.",
    ])
    func background(sentence: String) {
        #expect(!topics(sentence).contains("trade"))
    }

    @Test("denuclearization is nuclear")
    func nuclear() {
        #expect(topics("The president offered aid in return for steps toward denuclearization.").contains("nuclear"))
    }

    @Test("a report of one country's own affairs needs a topic said twice; a report of two countries needs it once")
    func domesticReports() {
        func topicsAlone(_ body: String) -> Set<String> {
            let c = corpus(["Cabinet sworn in\nQUETTA: \(body)\n"])
            return Set(c.names(in: c.articles[0], .topic))
        }
        #expect(!topicsAlone("Pakistan's new cabinet was sworn in on Monday as the army stood guard outside.").contains("defense"))
        #expect(topicsAlone("Pakistan's cabinet discussed the military budget. The army will get new equipment.").contains("defense"))
        #expect(topics("The cabinet discussed the military budget.").contains("defense"))
        // A report that names no country at all is not taken for one country's own affairs.
        #expect(topicsAlone("The cabinet discussed the military budget.").contains("defense"))
    }

    @Test("a topic's word naming a portfolio in a list of them is no subject", arguments: [
        "The reshuffle also covers the portfolios of social affairs, trade and export development, higher education, youth and sports, transport and tourism.",
        "Asela Perera takes charge of Transport, Highways, Ports and Civil Aviation.",
        "The president keeps Defence and Finance, and the premier keeps Education.",
    ])
    func portfolioLists(sentence: String) {
        #expect(topics(sentence).isDisjoint(with: ["trade", "connectivity", "defense"]))
    }

    @Test("the same words as subjects still count")
    func portfolioWordsAsSubjects() {
        #expect(topics("The ministers discussed trade and transport links between the two ports.").isSuperset(of: ["trade", "connectivity"]))
        #expect(topics("Talks covered defence and trade.").isSuperset(of: ["defense", "trade"]))
    }

    @Test("a word with other senses, said once, names no topic; said with the topic's own words, it counts")
    func weakTriggers() {
        #expect(!topics("The appointments were meant to maintain stability in government.").contains("security"))
        #expect(!topics("Critics called the ruling a threat to judicial independence.").contains("security"))
        #expect(topics("The talks covered regional stability and the security of the border.").contains("security"))
        #expect(topics("Stability returned, and stability is what the region needs.").contains("security"))
    }

    @Test("'in charge of' a subject is no portfolio list, nor are a headline's capitals")
    func chargeOfASubject() {
        #expect(topics("The official in charge of trade negotiations will lead the talks.").contains("trade"))
        let c = corpus(["Leaders Discuss Trade, Security\nWASHINGTON, Feb 13, 2025 — The two leaders met at the White House.\n"])
        #expect(Set(c.names(in: c.articles[0], .topic)).isSuperset(of: ["trade", "security"]))
    }

    @Test("a portfolio handed to someone, bare or named a portfolio, and the ministers in charge of fields name no topic")
    func portfolioHandedOver() {
        #expect(!topics("Ana Ruiz takes culture. Luis Mora gets trade, while Eva Sanz keeps defence.").contains { ["culture", "trade", "defense"].contains($0) })
        #expect(!topics("Luis Mora keeps the defence portfolio he has held since May.").contains("defense"))
        #expect(!topics("The ministers in charge of foreign affairs, security and justice keep their posts.").contains("security"))
        // A verb of taking with more after the word is a subject.
        #expect(topics("The government takes trade seriously and wants new trade rules.").contains("trade"))
        #expect(topics("The ministers in the meeting discussed security and security again.").contains("security"))
    }

    @Test("rescue services, a country's wealth and a city's or a bank's trade are not the topics their words name")
    func phrasesThatOnlyLookLikeTopics() {
        #expect(!topics("Rescuers of the Civil Defence searched the rubble.").contains("defense"))
        #expect(!topics("The oil-rich state lost its governor.").contains("energy"))
        #expect(!topics("Crowds filled the commercial capital after a commercial bank reopened.").contains("trade"))
        #expect(topics("Oil output and oil exports fell.").contains("energy"))
    }

    @Test("a defence lawyer and a military ruler name no topic; a defence pact does")
    func defenceLawyers() {
        #expect(!topics("The party presented Khan, a veteran criminal defence attorney, and his defence team objected.").contains("defense"))
        #expect(!topics("The military ruler appointed a new premier and the military rulers stayed.").contains("defense"))
        #expect(topics("The two sides signed a defence pact and a defence deal.").contains("defense"))
    }
}
