import DossierKit
import Foundation
let c = try Corpus.load(from: URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "seeds"))
for a in c.articles { print(a.file, a.title, a.published as Any, a.dateline as Any); for m in a.mentions { print("  ", m.kind, m.surface, m.entity, m.rule) } }
for e in c.allEntities(kind: .person) { print(e.id, e.name, e.aliases, e.country as Any, e.roles.map(\.title)) }
for p in c.problems { print(p) }
