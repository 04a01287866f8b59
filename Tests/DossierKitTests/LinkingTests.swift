@testable import DossierKit
import Testing

@Suite("Linking across articles")
struct LinkingTests {
    static func art(_ date: String, _ body: String) -> String {
        " date \(date) Report\n\nISLAMABAD: \(body)\n"
    }

    @Test("spelling variants of one official are one entity", arguments: [
        ("Foreign Minister Seyed Abbas Araghchi spoke.", "Foreign Minister Sayyid Abbas Araqchi spoke."),
        ("Foreign Minister Hossein Amir-Abdollahian spoke.", "Foreign Minister Hossein Amirabdollahian spoke."),
        ("Foreign Minister Hossein Amir-Abdollahian spoke.", "Foreign Minister Hossein Amir Abdollahian spoke."),
        ("President Ebrahim Raisi spoke.", "President Ibrahim Raisi spoke."),
        ("Minister Mohammad Aurangzeb spoke.", "Minister Muhammad Aurangzeb spoke."),
        ("Defence Minister Khawaja Muhammad Asif spoke.", "Defence Minister Kh Asif spoke."),
        ("Deputy Prime Minister Muhammad Ishaq Dar spoke.", "DPM Ishaq Dar spoke."),
        ("General Syed Asim Munir spoke.", "Field Marshal Asim Munir spoke."),
    ])
    func variants(a: String, b: String) {
        let c = corpus([Self.art("2024-01-01", a), Self.art("2024-02-01", b)])
        let people = c.allEntities(kind: .person)
        #expect(people.count == 1, "\(people.map(\.name))")
        #expect(c.articleCount(people[0].id) == 2)
    }

    @Test("a bare surname in another article links to the one official of that name")
    func bareSurname() {
        let c = corpus([Self.art("2024-01-01", "Foreign Minister Abbas Araghchi met the envoy."),
                        Self.art("2024-02-01", "Araghchi’s visit ended. Minister Araghchi flew home.")])
        #expect(c.allEntities(kind: .person).count == 1)
    }

    @Test("relatives who share a surname stay apart")
    func relatives() {
        let c = corpus([Self.art("2024-01-01", "President Asif Ali Zardari addressed parliament."),
                        Self.art("2024-02-01", "Foreign Minister Bilawal Bhutto Zardari met the envoy."),
                        Self.art("2024-03-01", "Former prime minister Nawaz Sharif returned. Prime Minister Shehbaz Sharif welcomed him.")])
        let names = Set(c.allEntities(kind: .person).map(\.name))
        #expect(names == ["Asif Ali Zardari", "Bilawal Bhutto Zardari", "Nawaz Sharif", "Shehbaz Sharif"])
    }

    @Test("a daughter named after her father stays apart from him")
    func daughter() {
        let c = corpus([Self.art("2024-01-01", "Chief Minister Maryam Nawaz Sharif met former prime minister Nawaz Sharif."),
                        Self.art("2024-02-01", "PML-N President Nawaz Sharif spoke."),
                        Self.art("2024-03-01", "Punjab Chief Minister Maryam Nawaz inaugurated a hospital.")])
        let father = c.person("Nawaz Sharif")!, daughter = c.person("Maryam Nawaz Sharif")!
        #expect(father.id != daughter.id)
        #expect(c.articleCount(father.id) == 2)
        #expect(c.articleCount(daughter.id) == 2)
    }

    @Test("a shorter form links to the right relative")
    func shorterForms() {
        let c = corpus([Self.art("2024-01-01", "President Asif Ali Zardari met Foreign Minister Bilawal Bhutto Zardari."),
                        Self.art("2024-02-01", "Bilawal Bhutto said the party would win."),
                        Self.art("2024-03-01", "President Zardari signed the bill.")])
        let bilawal = c.person("Bilawal Bhutto Zardari")!, asif = c.person("Asif Ali Zardari")!
        #expect(c.articleCount(bilawal.id) == 2)
        #expect(c.articleCount(asif.id) == 2)
    }

    @Test("one person's given name is another's surname")
    func givenVersusSurname() {
        let c = corpus([Self.art("2024-01-01", "Defence Minister Khawaja Asif met President Asif Ali Zardari."),
                        Self.art("2024-02-01", "Defence Minister Asif said the talks went well.")])
        let kh = c.person("Khawaja Asif")!, zardari = c.person("Asif Ali Zardari")!
        #expect(kh.id != zardari.id)
        #expect(c.articleCount(kh.id) == 2)
        #expect(c.articleCount(zardari.id) == 1)
    }

    @Test("an ambiguous bare surname is not linked to either namesake")
    func ambiguous() {
        let c = corpus([Self.art("2024-01-01", "Minister Ali Khan met Minister Imran Khan."),
                        Self.art("2024-02-01", "Mr Khan spoke.")])
        let ali = c.person("Ali Khan")!, imran = c.person("Imran Khan")!
        #expect(c.articleCount(ali.id) == 1)
        #expect(c.articleCount(imran.id) == 1)
    }

    @Test("a change of title over time keeps one person, with both roles dated")
    func titleChange() {
        let c = corpus([Self.art("2024-01-01", "Chief of Army Staff General Asim Munir visited troops."),
                        Self.art("2025-06-01", "Field Marshal Asim Munir visited troops.")])
        let e = c.person("Asim Munir")!
        #expect(e.roles.map(\.title) == ["Chief of Army Staff", "General", "Field Marshal"])
        #expect(e.roles.first?.date?.description == "2024-01-01")
    }

    @Test("names one consonant skeleton apart stay apart, and a sovereign is called by the given name")
    func vowelsAndSovereigns() {
        let c = corpus([Self.art("2024-01-01", "Adviser Md Touhid Hossain met the envoy. Prime Minister Sheikh Hasina spoke."),
                        Self.art("2024-02-01", "Prime Minister Jafar Hassan met Crown Prince Hussein. Hassan spoke."),
                        Self.art("2024-03-01", "Foreign Minister Abdullah bin Zayed met King Abdullah. King Salman bin Abdulaziz sent a message."),
                        Self.art("2024-04-01", "King Salman received the envoy."),
                        Self.art("2024-05-01", "King Mohammed VI received President Mohamed Ould Ghazouani.")])
        let people = c.allEntities(kind: .person)
        #expect(Set(people.map(\.name)) == ["Md Touhid Hossain", "Hasina", "Jafar Hassan", "Hussein", "Abdullah bin Zayed",
                                            "Abdullah", "Salman bin Abdulaziz", "Mohammed VI", "Mohamed Ould Ghazouani"], "\(people.map(\.name))")
        if let salman = people.first(where: { $0.name == "Salman bin Abdulaziz" }) { #expect(c.articleCount(salman.id) == 2) }
    }

    @Test("aliases.tsv teaches a name")
    func aliasFile() {
        let c = corpus([Self.art("2024-01-01", "Minister Farhad Tavakoli spoke."), Self.art("2024-02-01", "Minister Abu Farhad spoke.")],
                       aliases: ["Abu Farhad": "Farhad Tavakoli"])
        #expect(c.allEntities(kind: .person).count == 1)
    }

    @Test("name folding")
    func folding() {
        #expect(NameFold.skeleton("Mohammad") == NameFold.skeleton("Muhammad"))
        #expect(NameFold.skeleton("Mohammed") == NameFold.skeleton("Muhammad"))
        #expect(NameFold.skeleton("Ebrahim") == NameFold.skeleton("Ibrahim"))
        #expect(NameFold.skeleton("Araghchi") == NameFold.skeleton("Araqchi"))
        #expect(NameFold.skeleton("Hussain") == NameFold.skeleton("Hossein"))
        #expect(NameFold.skeleton("Omar") != NameFold.skeleton("Amir"))
        #expect(NameFold.skeleton("Yusuf") != NameFold.skeleton("Asif"))
        // The first vowel's class and a final vowel survive: different names with one consonant
        // skeleton stay apart, transliterations of one name still agree.
        #expect(NameFold.skeleton("Hassan") != NameFold.skeleton("Hussein"))
        #expect(NameFold.skeleton("Hassan") != NameFold.skeleton("Hasina"))
        #expect(NameFold.skeleton("Mohammad") != NameFold.skeleton("Mahmoud"))
        #expect(NameFold.skeleton("Salman") != NameFold.skeleton("Suleiman"))
        #expect(NameFold.skeleton("Abdul") != NameFold.skeleton("Abdullah"))
        #expect(NameFold.skeleton("Hasan") == NameFold.skeleton("Hassan"))
        #expect(NameFold.skeleton("Husain") == NameFold.skeleton("Hussein"))
        #expect(NameFold.skeleton("Shahbaz") == NameFold.skeleton("Shehbaz"))
        #expect(NameFold.skeleton("Abdulla") == NameFold.skeleton("Abdullah"))
        #expect(NameFold.skeleton("Sergei") == NameFold.skeleton("Sergey"))
        #expect(NameFold.skeleton("Dmitri") == NameFold.skeleton("Dmitry"))
        #expect(NameFold.skeleton("Deok-su") == NameFold.skeleton("Duck-soo"))
        #expect(NameFold.same(NameFold.skeleton("Sayed"), NameFold.skeleton("Syed")))
        #expect(NameFold.skeleton("Zelensky") == NameFold.skeleton("Zelenskyy"))
        #expect(PersonName("Seyed Abbas Araghchi").isCompatible(with: PersonName("Syed Abbas Araghchi")))
        #expect(!PersonName("Nawaz Sharif").isCompatible(with: PersonName("Shehbaz Sharif")))
        #expect(PersonName("Ishaq Dar").isCompatible(with: PersonName("Muhammad Ishaq Dar")))
        #expect(PersonName("M. Ishaq Dar").isCompatible(with: PersonName("Muhammad Ishaq Dar")))
        #expect(!PersonName("May").isCompatible(with: PersonName("Asim Munir")))
        #expect(!PersonName("Mohammad Bagheri").isCompatible(with: PersonName("Mohammad Bagher Ghalibaf")))
        #expect(PersonName("Bilawal Bhutto").isCompatible(with: PersonName("Bilawal Bhutto Zardari")))
        #expect(!PersonName("Nawaz Sharif").isCompatible(with: PersonName("Maryam Nawaz Sharif")))
        #expect(PersonName("Nawaz Sharif").isCompatible(with: PersonName("Mian Muhammad Nawaz Sharif")))
        #expect(!PersonName("Ali Zardari").isCompatible(with: PersonName("Asif Ali Zardari")))
    }

    @Test("letters run together join names only when the last words agree too")
    func joinedLettersNeedTheSameEnding() {
        // Vowels dropped, "EelcoHeinen" and "EliCohen" keep the same consonants.
        #expect(NameFold.skeleton("EelcoHeinen") == NameFold.skeleton("EliCohen"))
        #expect(!PersonName("Eelco Heinen").isCompatible(with: PersonName("Eli Cohen")))
        #expect(PersonName("Abdel Fattah el-Sisi").isCompatible(with: PersonName("Abdel Fattah al-Sisi")))
        #expect(PersonName("Hossein Amir-Abdollahian").isCompatible(with: PersonName("Hossein Amir Abdollahian")))
        #expect(PersonName("Abdelfattah Burhan").isCompatible(with: PersonName("Abdel Fattah Burhan")))
    }
}
