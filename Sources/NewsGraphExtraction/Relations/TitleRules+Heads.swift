import NewsGraph

extension TitleRules {
    /// One head of state or government per country and office in a document: the heads its titles name with
    /// their country ("Velmar's President X", "President X of Velmar", "Velmari President X", or a holder the
    /// lexicon says serves a country), read once before the sentences, and the countries offices named without
    /// one ("President X") were given, in the order read. ``TitleRules`` asks it when an office named without a
    /// country would go to a country: a holder named with a country elsewhere keeps that country; a country whose
    /// head of that office is another is not this holder's ("France's President A … President B" is not France's);
    /// a holder given a country once keeps it in later sentences.
    final class HeadTable {
        struct Key: Hashable {
            var office: Int32
            var actor: Int32
            init(_ office: Int, _ actor: Int) {
                self.office = Int32(truncatingIfNeeded: office)
                self.actor = Int32(truncatingIfNeeded: actor)
            }
        }
        /// Each head office's number, by the lexicon's title (its phrase's lower case: "Prime Minister" and
        /// "prime minister" are one office).
        private(set) var officeOfTitle: [Int: Int] = [:]
        /// (office, country) → its head named with the country; -1 when two are.
        private(set) var headOf: [Key: Int] = [:]
        /// (office, holder) → the country named with the holder; -1 when two are.
        private(set) var countryOf: [Key: Int] = [:]
        /// (office, holder) → the country an office named without one was given first.
        var bareCountry: [Key: Int] = [:]

        /// The head office of title `title` (a lexicon title's index), if it is one: a `leads` office whose
        /// country is implied when none is named.
        func office(of title: Int) -> Int? { officeOfTitle[title] }

        init(finder: RelationFinder, ctx: RelationFinder.Context, titles: [TitleCandidate], entityByName: [String: Int]) {
            let lexicon = finder.lexicon
            let tokens = ctx.tokens
            var offices: [String: Int] = [:]
            for title in titles {
                let info = lexicon.lexicon.titles[title.title]
                guard info.predicate == .leads, info.implied == "@country" else { continue }
                let office: Int
                if let known = officeOfTitle[title.title] {
                    office = known
                } else {
                    let phrase = info.phrase.lowercased()
                    office = offices[phrase] ?? offices.count
                    offices[phrase] = office
                    officeOfTitle[title.title] = office
                }
                let range = ctx.seg.sentences[title.sentence].tokens
                let a = range.lowerBound
                let b = range.upperBound
                // (Not a former office: "former President X", "then-President X", "ousted President X", as the title
                // rules read it.)
                if TitleRules.heldNoMore(title.start, from: a, ctx) { continue }
                guard let holder = finder.titleHolder(ctx, title, from: a, to: b), holder.after,
                    let holderMention = ctx.mentionByStart[title.end]
                else { continue }
                func country(_ m: Int?, adjective: Bool) -> Int? {
                    guard let m, ctx.owner[m] >= 0, ctx.kind(m) == .country, adjective || !ctx.mentions[m].isAdjective else { return nil }
                    return ctx.entity(m)
                }
                var named: Int? = nil
                // "Velmari President X", "U.S. President X".
                if title.start > a { named = country(ctx.mentionByEnd[title.start], adjective: true) }
                // "Velmar's President X".
                if named == nil, title.start > a + 1, tokens[title.start - 1].normIs("'s") {
                    named = country(ctx.mentionByEnd[title.start - 1], adjective: false)
                }
                // "President X of Velmar".
                let end = ctx.mentions[holderMention].end
                if named == nil, end + 1 < b, tokens[end].normIs("of") {
                    named = country(ctx.mentionByStart[end + 1], adjective: false)
                }
                // A holder the lexicon says serves a country the text names.
                if named == nil, let actor = lexicon.actorByName[ctx.entities.name(holder.entity)],
                    let serves = lexicon.actors[actor].within
                {
                    named = entityByName[serves]
                }
                guard let named else { continue }
                let byCountry = Key(office, named)
                if let known = headOf[byCountry] {
                    if known != holder.entity { headOf[byCountry] = -1 }
                } else {
                    headOf[byCountry] = holder.entity
                }
                let byHolder = Key(office, holder.entity)
                if let known = countryOf[byHolder] {
                    if known != named { countryOf[byHolder] = -1 }
                } else {
                    countryOf[byHolder] = named
                }
            }
        }
    }
}
