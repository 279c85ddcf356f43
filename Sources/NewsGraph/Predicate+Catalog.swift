// The built-in vocabulary: the predicate table of DESIGN.md.
// CAMEO codes were read from the CAMEO event code table (as shipped in PyPI `gdelt` 0.1.14,
// data/cameoCodes.json, cross-checked with `gdelt-py` 0.1.11). CAMEO codes how a thing was
// done, so `killed` takes 190 "Use conventional military force"; `merged_with` and `reported`
// have no CAMEO event; `ordered` (100 "Demand") is a weak fit. See ARCHITECTURE.md, Vocabulary.

extension Predicate {
    /// Strike, assault, siege, invasion: "US air strikes against Kataib Hezbollah".
    public static let attacked = Predicate(
        name: "attacked", category: .event, cameo: "19", cameoCode: "190",
        definition: "The source struck, assaulted, besieged or invaded the target: US air strikes against a militia.")
    /// The source killed the target: "killed in a strike attributed to the US" (US → the dead).
    public static let killed = Predicate(
        name: "killed", category: .event, cameo: "19", cameoCode: "190",
        definition: "The source killed the target, directly or through a strike attributed to it.")
    /// In armed conflict with (symmetric).
    public static let fought = Predicate(
        name: "fought", category: .event, isSymmetric: true, cameo: "19", cameoCode: "190",
        definition: "The two sides were in armed conflict with each other.")
    /// Threatened or warned of harm.
    public static let threatened = Predicate(
        name: "threatened", category: .event, cameo: "13", cameoCode: "130",
        definition: "The source threatened or warned the target of harm: a minister warned a country.")
    /// Accused the target of something.
    public static let accused = Predicate(
        name: "accused", category: .event, cameo: "11", cameoCode: "112",
        definition: "The source accused the target of an act, including the stated grounds for sanctions.")
    /// Rejected or denied an allegation; the source is the denier, the target the accuser.
    public static let denied = Predicate(
        name: "denied", category: .event, cameo: "01", cameoCode: "016",
        definition: "The source rejected or denied an allegation made by the target.")
    /// Urged or called on the target.
    public static let urged = Predicate(
        name: "urged", category: .event, cameo: "02", cameoCode: "020",
        definition: "The source urged or called on the target to act: a government urged another to end an activity.")
    /// Directed or approved an action against the target.
    public static let ordered = Predicate(
        name: "ordered", category: .event, cameo: "10", cameoCode: "100",
        definition: "The source directed or approved an action against the target.")
    /// Demanded that the target's forces leave.
    public static let demandedWithdrawalOf = Predicate(
        name: "demanded_withdrawal_of", category: .event, cameo: "10", cameoCode: "1056",
        definition: "The source demanded that the target's forces withdraw.")
    /// Met or negotiated with (symmetric).
    public static let metWith = Predicate(
        name: "met_with", category: .event, isSymmetric: true, cameo: "04", cameoCode: "040",
        definition: "The two sides met or held talks.")
    /// Reached or signed an agreement with (symmetric).
    public static let agreedWith = Predicate(
        name: "agreed_with", category: .event, isSymmetric: true, cameo: "05", cameoCode: "057",
        definition: "The two sides reached or signed an agreement.")
    /// Invited the target.
    public static let invited = Predicate(
        name: "invited", category: .event, cameo: "03", cameoCode: "036",
        definition: "The source invited the target, to a meeting, a summit or a visit.")
    /// Formally notified the target.
    public static let notified = Predicate(
        name: "notified", category: .event, cameo: "01", cameoCode: "010",
        definition: "The source formally notified the target.")
    /// Companies agreeing to merge (symmetric).
    public static let mergedWith = Predicate(
        name: "merged_with", category: .event, isSymmetric: true, definition: "The two companies agreed to merge.")
    /// Sent forces to a country or place.
    public static let deployedTo = Predicate(
        name: "deployed_to", category: .event, cameo: "15", cameoCode: "154",
        definition: "The source sent forces to, or stationed them in, the target place.")
    /// Designated the target a terrorist organization.
    public static let designatedTerrorist = Predicate(
        name: "designated_terrorist", category: .event, cameo: "16", cameoCode: "163",
        definition: "The source designated the target a terrorist organization, or announced it would.")
    /// Made a statement to an outlet or audience.
    public static let saidTo = Predicate(
        name: "said_to", category: .attribution, cameo: "01", cameoCode: "010",
        definition: "The source made a statement to the target, an outlet, an audience or a counterpart: told reporters.")
    /// An outlet reported the target's statement.
    public static let reported = Predicate(
        name: "reported", category: .attribution,
        definition: "The source, an outlet, reported a statement by the target: according to NBC News.")
    /// Heads, commands or presides over.
    public static let leads = Predicate(
        name: "leads", category: .structural,
        definition: "The source heads, commands or presides over the target: head of the Quds Force, US President.")
    /// Holds a non-head office or job in.
    public static let roleIn = Predicate(
        name: "role_in", category: .structural,
        definition: "The source holds an office or job in the target that is not its head: Secretary of Defense.")
    /// A unit or part of.
    public static let memberOf = Predicate(
        name: "member_of", category: .structural,
        definition: "The source is a unit, organ or member of the target: the Quds Force of the IRGC.")
    /// Backs or sponsors.
    public static let supports = Predicate(
        name: "supports", category: .structural, cameo: "07", cameoCode: "072",
        definition: "The source backs, sponsors or assists the target: Iran-supported militias.")
    /// Has links with (symmetric).
    public static let affiliatedWith = Predicate(
        name: "affiliated_with", category: .structural, isSymmetric: true,
        definition: "The two have links: coordination, partnership, trade, education, employment as an assistant.")
    /// Controls territory.
    public static let controls = Predicate(
        name: "controls", category: .structural, definition: "The source holds or controls the target territory.")
    /// A place or body inside a larger place.
    public static let locatedIn = Predicate(
        name: "located_in", category: .structural,
        definition: "The source place or body is inside the target place: an airport in a country.")
    /// Named in the same sentence (symmetric; weight = shared sentences).
    public static let coOccurs = Predicate(
        name: "co_occurs", category: .statistical, isSymmetric: true,
        definition: "The two are named in the same sentence; the weight counts the shared sentences.")

    /// The built-in predicates, in the order of DESIGN.md.
    public static let builtIn: [Predicate] = [
        .attacked, .killed, .fought, .threatened, .accused, .denied, .urged, .ordered, .demandedWithdrawalOf,
        .metWith, .agreedWith, .invited, .notified, .mergedWith, .deployedTo, .designatedTerrorist,
        .saidTo, .reported, .leads, .roleIn, .memberOf, .supports, .affiliatedWith, .controls, .locatedIn,
        .coOccurs,
    ]
}
