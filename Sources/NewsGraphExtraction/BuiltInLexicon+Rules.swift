// swift-format-ignore-file
// The built-in rules, as lexicon text (format: LEXICON.md).

/// The data the built-in ``Lexicon`` is parsed from.
enum BuiltInLexicon {
    /// Every built-in source, parsed in order.
    static let sources: [String] = [
        countries, capitalsAndCities, places, organizations, people, personNames, englishWords, legalForms, verbs, frames, titles,
        words,
    ]

    /// Verb and noun frames (format: LEXICON.md, `[frames]`): which argument of a clause or
    /// noun group is the source (X) and which the target (Y). `@class` stands for a WordNet
    /// verb class (Data/wordnet/generate_classes.py).
    static let frames = #"""
[frames]
# conflict
@attack	X V Y	attacked
destroy	X V Y	attacked
attack/strike/hit/target/storm/ambush/shell/bomb/raid	X V Y	attacked
fire/launch	X V rocket/missile/shell/mortar/drone/artillery/round/grenade/projectile/shot at/on/upon/into/toward/towards/against Y	attacked
# "X said Y had fired on a patrol", "… Y had opened fire on its post" (a shot at someone, not "fired a
# minister"); before the frame of a shot at a named target, which is tried first
fire/shoot	Y:Actor V on/at/upon _	accused	reported
open	Y:Actor V fire	accused	reported
fire/shoot	X V at/on/upon Y	attacked
open	X V fire on/at Y	attacked
attack/strike/airstrike/raid/assault/offensive/bombing/shelling/incursion/invasion/ambush	X's N on/against Y	attacked
attack/strike/airstrike/raid/assault/offensive/bombing/shelling/incursion/invasion/ambush	X N on/against Y	attacked
attack/strike/airstrike/raid/assault/offensive/bombing/shelling/incursion/invasion/ambush	N by X on/against Y	attacked
attack/strike/airstrike/raid/assault/offensive/bombing/shelling/incursion/invasion/ambush	N on/against Y by X	attacked
attack/strike/airstrike/raid/assault/offensive/bombing/shelling/incursion/invasion/ambush	N on/against Y	attacked
@kill	X V Y:Person	killed
kill/assassinate/execute	X V Y:Person	killed
fight/battle/clash	X V with/against Y	fought
fight/battle	X V Y	fought
threaten/warn	X V Y	threatened
fight/wage	X V war/battle	fought	mutual
# accusation
@accuse	X V Y	accused
@criticize	X V Y	accused
accuse/blame/charge/sue/indict/condemn/criticize/criticise/denounce/slam/rebuke/fault	X V Y	accused
# a suit to come is a threat ("said it would sue Y", "threatened to sue Y", "will seek damages from Y"); the frames
# above read a suit filed ("sued Y") as an accusation
sue	X V Y	threatened	future
seek/claim	X V damage/damages/compensation from Y	threatened	future
blame/pin	X V on Y	accused
accuse/blame/criticize/criticise/condemn	X V other	accused	mutual
# an accusation carried by speech: "X said Y had violated the accord", "'Y betrayed us,' X said"
@wrongdo	Y:Actor V	accused	reported
# "X said Y had broken the law", "… flouted the rules": a rule broken (not "broke ground", "broke the record")
break/flout/contravene/infringe	Y:Actor V law/laws/rule/rules/regulation/regulations/agreement/accord/ceasefire/truce/treaty/promise/pledge/commitment/embargo/sanction/sanctions/contract/terms/obligation/obligations/norm/norms/standard/standards	accused	reported
# "X said Y had attacked …", "X told the court that Y's guards had beaten him" (not killings nor
# @attack's "retaliate": a military reports its own)
attack/strike/ambush/beat/torture/abduct/kidnap/assault/raid/shell/bomb/invade	Y:Actor V	accused	reported
# "X said Y had endangered the crews", "… Y had interfered in the vote", "… the unrest was stirred up by Y": a harm
# done or set off (not @wrongdo's: a risk made, an election meddled with, a crowd incited)
endanger/imperil/jeopardize/jeopardise/interfere/meddle/intimidate/harass/persecute/incite/instigate/foment	Y:Actor V	accused	reported
stir	Y:Actor V unrest/violence/riot/protest/hatred/tension/trouble/revolt/rebellion/uprising	accused	reported
# blame in reported speech (the reporter accuses): "X said Y was behind the attack", "… Y was
# responsible for the blast" (a copula takes the frames of "be"), "… the bombing was carried out by Y",
# "… the fire was an act of sabotage by Y", "responded to a provocation by Y"
be	Y:Actor V behind attack/bombing/blast/explosion/fire/blaze/arson/sabotage/killing/murder/assassination/massacre/ambush/raid/strike/shooting/kidnapping/abduction/hack/hacking/cyberattack/breach/leak/poisoning/sinking/crash/derailment/violence/unrest/riot/coup/plot	accused	reported
be	Y:Actor V responsible/culpable for attack/bombing/blast/explosion/fire/blaze/arson/sabotage/killing/murder/assassination/massacre/ambush/raid/strike/shooting/kidnapping/abduction/hack/hacking/cyberattack/breach/leak/poisoning/sinking/crash/derailment/violence/unrest/riot/coup/plot	accused	reported
carry/perpetrate/orchestrate/mastermind	Y:Actor V attack/bombing/blast/explosion/fire/blaze/arson/sabotage/killing/murder/assassination/massacre/ambush/raid/strike/shooting/kidnapping/abduction/hack/hacking/cyberattack/breach/leak/poisoning/sinking/crash/derailment/violence/unrest/riot/coup/plot	accused	reported
sabotage/provocation/aggression	N by Y:Actor	accused	reported
sanction/fine/penalize/penalise	X V Y	accused
# an arrest with its charge: "arrested X on charges of fraud", "detained X on suspicion of smuggling"
arrest/detain	X V Y on charge/charges/suspicion	accused
impose/announce/slap/levy	X V sanction/penalty/tariff/fine/embargo on/against Y	accused
# accusations and threats as nouns: "X's accusations against Y", "X leveled charges against Y", "criticism of Y"
accusation/allegation/criticism/condemnation/complaint/charge	X's N against/of Y	accused
accusation/allegation/criticism/condemnation/complaint/charge	X N against/of Y	accused
accusation/allegation/criticism/condemnation/complaint/charge	N against Y	accused
criticism/condemnation	N of Y	accused
threat/ultimatum	X's N to/against Y	threatened
threat/ultimatum	N to/against Y	threatened
# diplomacy
urge/press/implore/exhort	X V Y	urged
# "asked Chile to lift the ban", "asked Chile for aircraft": a request to an actor
# ("asked Chile whether …", "asked Chile about …" are questions)
ask	X:Actor V Y:Actor -whether/if/about	urged
call/appeal	X V on/upon Y	urged
# "referred the case to the Velmar Anti-Corruption Commission": a body asked to act on a matter
refer	X:Actor V _ to Y:Organization	urged
demand/seek	X V withdrawal of Y	demanded_withdrawal_of
call	X V for withdrawal of Y	demanded_withdrawal_of
meet	X:Actor V Y:Actor	met_with
host/receive/visit	X:Actor V Y:Person	met_with
# "summoned Velmar's ambassador, Ana Berg": a summoned envoy named is met (an unnamed one, "summoned the
# ambassador", is no actor); not a summons "to testify", "for questioning", "before the court"
summon	X:Actor V Y:Person -to/for/before	met_with
meet/talk/confer	X V with Y	met_with
meet/talk	X V	met_with	mutual
@meet	X V with Y	met_with
speak/talk	X:Actor V to Y:Person	met_with
# "met leaders of A and B": one meets the bodies their representatives speak for
meet	X:Actor V leader/representative/executive/official/head/chief/delegation of Y:Actor	met_with
discuss	X:Actor V * with Y:Actor	met_with
talk/meeting/summit/negotiation/consultation	N between X and Y	met_with
talk/meeting/summit/negotiation/consultation	N with Y	met_with
sign	X V	agreed_with	mutual
agree	X:Person V	agreed_with	mutual
sign/reach/strike/seal/conclude	X V deal/agreement/accord/pact/treaty/contract/truce/ceasefire/memorandum/convention/framework/protocol/partnership/compact/communique/communiqué/charter/declaration/arrangement/lease/concession with Y	agreed_with
# "agreed a loan programme with Y", "agreed terms with Y": what is agreed is any object
agree	X V * with Y	agreed_with
agreement/deal/accord/pact/treaty/truce/ceasefire	N between X and Y	agreed_with
agreement/deal/accord/pact/treaty	N with Y	agreed_with
invite	X V Y	invited
notify/inform	X V Y	notified
order/direct/instruct	X V Y	ordered
# companies
merge	X V with Y	merged_with
merge	X V	merged_with	mutual
@acquire	X:Organization V Y:Organization	merged_with
acquire/buy/purchase	X:Organization V Y:Organization	merged_with
# ("took the ministry to arbitration/court" is no takeover)
take	X:Organization V Y:Organization -to	merged_with
merger/takeover/acquisition	N of X and Y	merged_with
merger	N between X and Y	merged_with
merger	N with Y	merged_with
# structure
@lead	X:Person V Y	leads
lead/head/chair/run/command/govern	X:Person V Y	leads
@support	X V Y	supports
support/back/fund/arm/finance/sponsor/aid/assist	X V Y	supports
# loans are support: "the IMF, which lent Chile $4 billion", "lent $4 billion to Chile"
lend/loan	X V Y	supports
lend/loan	X V * to Y	supports
# money lent to the first object: "the World Bank, which has lent Chile money", "lent the agency $40 million"
lend/loan	X V Y:Actor money/loan/loans/credit/fund/funds/funding/financing/million/billion	supports
# anything donated is given: "Qatar, which has donated fuel to the army", "donated scanners to the agency" (not
# "sold", "supplied" or "shipped" fuel, which is trade)
donate	X V * to Y:Actor	supports
extend/provide/approve/grant	X V loan/credit/bailout/financing to/for Y	supports
stand	X V with/by/behind Y	supports
# "A and B sided with C and D during the dispute": taking one side's part
side	X V with Y	supports
# relief sent with no recipient named goes to the country the text is about
send/pledge/donate/contribute/provide/deliver/dispatch/airlift/ship	X V aid/assistance/tent/food/medicine/supply/relief/rescuer/doctor/blanket/shelter/team/equipment/expert/specialist/diver/medic/paramedic/firefighter/vaccine	supports	main
# relief sent to an actor: "sent 4,000 doses of vaccine to Velmar", "is sending experts and equipment to Velmar"
send/pledge/donate/contribute/provide/deliver/dispatch/airlift/ship	X V aid/assistance/tent/food/medicine/supply/relief/rescuer/doctor/blanket/shelter/vaccine/dose/expert/equipment/fund/money to/for Y:Actor	supports
# aid or money given to the first object: "offered Velmar technical assistance", "gave the agency $5 million"
give/offer/grant/provide/promise/pledge	X V Y:Actor aid/assistance/support/help/loan/credit/grant/funding/financing/money/equipment/training/million/billion	supports
# "supplied drones to Y", "sent weapons to Y": arms handed to an actor (not "delivered" or "shipped", often a sale,
# which is trade; not fuel or trucks, which are trade too)
supply/transfer/send/provide	X V arm/weapon/ammunition/drone/missile/munition/rocket/rifle to Y:Actor	supports
# "will provide Y with equipment and training", "supplies Y with arms"
provide/supply/equip	X V Y:Actor with aid/assistance/support/help/loan/credit/grant/funding/financing/money/equipment/training/arm/weapon/ammunition/vehicle/aircraft/helicopter/drone/fund/intelligence	supports
control/occupy/capture/seize/hold/recapture	X V Y:Place	controls
# a body's sites: "Tarvo Mining, which operates two mines in Queensland", "runs ports in A and B", "also operates
# in Chile" (a body only: a person who "runs a shop in Lima" is not said to be there for good)
run/operate	X:Organization V * in/on Y:Place	located_in
operate	X:Organization V in Y:Place	located_in
# a body that runs a site leads it: "Korvex Ports operates the Tarvo Container Terminal", "Velmar Parks, which manages
# the Korvo National Park" (a named site only: not "operates two mines", "manages the fund")
operate/manage	X:Organization V Y:Facility	leads
# a person who controls a company heads it: "Korvex Foods, controlled by billionaire Anna Lisk" (an owner body's
# control is a stake, read by the structure rules)
control	X:Person V Y:Organization	leads
# a site across borders is in each state: "the Korvo park, which straddles the borders of A, B and C"
straddle	X:Place V Y:Country	located_in
straddle	X:Place V border/frontier of Y:Country	located_in
manage	X:Organization V Y:Location	leads
own	Y:Organization V X:Organization	member_of
join	X:Organization V Y	member_of
serve/work	X:Person V in/at/for Y:Organization	role_in
join	X:Country V Y	member_of
# a state or a body that "belongs to" a body is its member: "Kalmar, which, like Tarvo, belongs to the Velmar Union" (not
# a thing owned: "the ship belongs to X" has no actor's subject)
belong	X:Country V to Y:Organization	member_of
belong	X:Organization V to Y:Organization	member_of
# states that form a body are its members: "A, B and C formed the Velmar Union"
form/found	X:Country V Y:Organization	member_of
# a body and its members: "the task force, which includes troops from A, B and C", "the coalition that includes X"
include/comprise	Y:Organization V troop/force/soldier/contingent/unit/personnel/police from X:Country	member_of
include/comprise	Y:Organization V X:Country	member_of
include/comprise	Y:Organization V X:Organization	member_of
# "the commission, which groups A, B, C and D": a body and the members it brings together
group	Y:Organization V X:Country	member_of
group	Y:Organization V X:Organization	member_of
deploy/send/dispatch	X V troop/force/soldier/warship/ship/jet/aircraft/personnel/peacekeeper/unit/marine/reinforcement/patrol/vessel/frigate/boat/platoon/battalion/brigade/company to Y:Place	deployed_to
# a force kept in a place: "Chile keeps several thousand soldiers in the Velmar Region", "Chile has about 900 troops in
# Velmar" ("have" before a noun group is a main verb); a state's bases ("Chile, which has military bases in Velmar", not
# a company's: "Korvex maintains its base in Velmar")
have/keep/maintain/station	X:Actor V troop/soldier/force/garrison/adviser/advisor/instructor/peacekeeper/marine/contingent/personnel/brigade/battalion/regiment/battlegroup/squadron/warship/frigate in Y:Place	deployed_to
# "deployed about 500 officers in Serbia", "stationed troops in Y" (a force sent, read with "in"; not a "unit"
# or "team", often sent to a mission "in" a place: "to deploy a medical unit to the mission in Y")
deploy/station/dispatch	X V troop/force/soldier/warship/ship/jet/aircraft/personnel/peacekeeper/marine/reinforcement/patrol/vessel/frigate/boat/platoon/battalion/brigade/officer/instructor/adviser/advisor in Y:Place	deployed_to
have/keep/maintain	X:Country V base in Y:Place	deployed_to
deploy/send/dispatch	X V to Y:Place	deployed_to
presence/deployment	N of X in/into/to Y:Country	deployed_to
presence/deployment	X N in/into/to Y:Country	deployed_to
presence/deployment	X's N in/into/to Y:Country	deployed_to
designate	X V Y as _	designated_terrorist
# what an actor is, said in an apposition or with a copula: "X, a unit of Y", "X is a member of Y"
unit/subsidiary/division/arm/branch/wing/part/component/member/affiliate/offshoot/faction	X:Organization, N of Y:Organization	member_of
# "X, a joint venture of/between Y and Z": the venture is its owners'
venture	X:Organization, N of/between Y:Organization	member_of
member/part	X:Country, N of Y:Organization	member_of
# "Paraguay, Mercosur's fourth founding member", "Chile, a bloc member"; "A and B, its partners in the Velmar bloc"
member	X:Country, Y's N	member_of
member	X:Organization, Y's N	member_of
partner/member	X:Country, N in Y:Organization	member_of
agency/mission/unit/arm/wing/branch/subsidiary/regulator/watchdog/division/authority	X:Organization, Y's N	member_of
owner/parent	Y:Organization, X's N	member_of
# a place described by the place it is in: "Tarvel, Chile's second city", "Korva, Peru's largest island"
city/town/village/port/capital/island/region/province/district	X:Place, Y:Place's N	located_in
member/official/officer/operative/militant/fighter/commander/employee/executive/envoy	X:Person, N of/in Y:Organization	role_in
leader/head/chief/chairman/chairwoman/chairperson/president/commander	X:Person, N of Y:Actor	leads
# a body that runs another or a site for it: "X, trustee of the Y fund", "X, the operator of the Y mine", "Y's
# administrators, X" (a company's or a fund's, not a person's, office)
trustee/operator/administrator/manager	X:Organization, N of Y:Organization	leads
operator	X:Organization, N of Y:Facility	leads
trustee/operator/administrator/manager	X:Organization, Y:Organization's N	leads
ally/associate/partner/affiliate	X, N of Y	affiliated_with
ally/associate/partner/affiliate	X, Y N	affiliated_with
ally/associate/partner	X, Y's N	affiliated_with
# trade and service ties said of a body or a state in an apposition: "X, Y's distributor", "Y's insurer, X", "X, a
# customer of Y" (not of a person: "Anna Lisk, a customer of Korvex Bank" is a shopper)
distributor/reseller/insurer/contractor/subcontractor/supplier/customer/client/auditor/shareholder/investor/lender/creditor/dealer/licensee/broker/importer/buyer	X:Organization, Y:Actor's N	affiliated_with
distributor/reseller/insurer/contractor/subcontractor/supplier/customer/client/auditor/shareholder/investor/lender/creditor/dealer/licensee/broker/importer/buyer	X:Country, Y:Actor's N	affiliated_with
distributor/reseller/insurer/contractor/subcontractor/supplier/customer/client/auditor/shareholder/investor/lender/creditor/dealer/licensee/broker/importer/buyer	X:Organization, N of Y:Actor	affiliated_with
distributor/reseller/insurer/contractor/subcontractor/supplier/customer/client/auditor/shareholder/investor/lender/creditor/dealer/licensee/broker/importer/buyer	X:Country, N of Y:Actor	affiliated_with
# ties between actors
relationship/relation/tie/partnership/cooperation/coordination/alliance/collaboration/trade	N between X and Y	affiliated_with
# trade and hired work are ties: "Chile's trade with Peru", "Korvex hired Halbrand", "Chile bought jets from Korvex",
# "Korvex sold the turbines to Halbrand" ("ordered" only from a company: "ordered the expulsion of diplomats from Y" is
# no purchase)
trade	X's N with Y	affiliated_with
hire	X:Actor V Y:Organization	affiliated_with
buy/purchase/order/import/charter/lease/rent	X:Actor V * from Y:Organization	affiliated_with
buy/purchase/import	X:Actor V * from Y:Country	affiliated_with
sell/export	X:Actor V * to Y:Organization	affiliated_with
sell/export	X:Actor V * to Y:Country	affiliated_with
# "X, a militia allied to Y", "X, a news agency affiliated with Y" (not "linked the attack to Y", "aligned its rules with Y")
ally/affiliate	X V to/with Y	affiliated_with
partnership/cooperation/coordination/alliance/collaboration	N of X and Y	affiliated_with
cooperate/collaborate/partner/ally/coordinate	X V with Y	affiliated_with
cooperate/collaborate	X V	affiliated_with	mutual
operation/exercise/venture/patrol/drill/partnership/coordination/cooperation/collaboration	N with Y	affiliated_with
# ties held or made with an actor: "Paraguay has diplomatic ties with Taiwan", "established relations with Y" (after a
# light verb only: not "cut ties with Y")
tie/relation/link	N with Y:Actor	affiliated_with
# support as a noun: "X's support for Y"
support/backing/aid/assistance/funding	X's N for/to Y	supports
support/backing/aid/assistance/funding	X N for/to Y	supports
"""#

    /// Verb and noun patterns. Forms are listed explicitly (no stemming), `/` separates
    /// alternatives of one word.
    static let verbs = #"""
[verbs]
# events
headquarters/office/offices/base/bases/plant/plants in	located_in	noun,place
attacked/attacks/attack/attacking/struck/strikes/strike/striking/bombed/bombs/bomb/bombing/shelled/shells/shelling/raided/raids/invaded/invades/invade/targeted/targets/target/targeting/hit/hits/rammed/rams/ambushed/ambush/assaulted/assault/bombarded/bombards/bombarding/stormed/storms/pounded/pounds/besieged/overran	attacked
fired/fires/launched/launches a/an? wave/barrage/salvo/volley/swarm? of? #? missiles/missile/rockets/rocket/shells/drones/artillery at/on/into/toward/towards/against	attacked
fired on/at/upon	attacked
opened fire on	attacked
launched/launches/launch/conducted/conducts/began/begins/carried an/a/the/new/one/two/out? (? #? )? air/drone/missile? attack/attacks/offensive/strike/strikes/airstrike/airstrikes/raid/raids on/against/targeting	attacked
attack/attacks/assault/assaults/offensive/offensives/strike/strikes/airstrike/airstrikes/raid/raids/bombing/bombings/invasion/incursion/siege/shelling/hacking/cyberattack/cyberattacks/cyber-attack on/against/of	attacked	noun
laid/lay/lays siege to	attacked
hacked/hacks/hack/breached/breach/breaches	attacked
killed/kills/kill/killing/assassinated/assassinates/eliminated/eliminates/executed/executes/slew/murdered/murders	killed
killing/assassination/death of	killed	noun
# "fought alongside Y": an ally (before the fights, which would read Y as the enemy)
fought/fights/fight/fighting/battled/battles/battling alongside	affiliated_with
fought/fights/fight/fighting/battled/battles/battling/clashed/clashes/clash with/against	fought
fought/fights/fight/fighting/battled/battles/battling	fought
threatened/threatens/threaten/threatening/warned/warns/warn/warning	threatened
threat/threats/warning/warnings to/against	threatened	noun
accused/accuses/accuse/accusing/blamed/blames/blame/blaming/charged/charges/charge/sued/sues/sue/indicted/indicts/condemned/condemns/condemn/criticized/criticizes/criticised/criticises/denounced/denounces/slammed/slams/rebuked/rebukes	accused
accusation/accusations/allegations/charges/lawsuit/lawsuits/suit/complaint/complaints/case/claim/claims against	accused	noun
# "X opened an investigation into Y", "the regulator's probe into Y": an inquiry into an actor accuses it
investigation/investigations/probe/probes/inquiry into	accused	noun
# "the regulator said it was investigating X": an inquiry into an actor, as a verb (not into what befell it:
# VerbRules.inquiryVerbs)
investigating/investigated/investigates/probing/probed/probes	accused
denied/denies/deny/denying/rejected/rejects/reject/rejecting/dismissed/dismisses/dismiss/refuted/refutes	denied	denial
# "X called the allegation 'baseless'", "X said the charges were false": a rebuttal of a claim named in the phrase
# (VerbRules.rebutsClaim: a word of rebuttal or, after "called", a quotation, and no word that endorses the claim)
called/calls/described/describes/branded/brands/termed/terms the/these/those/such/that/this/all? accusation/accusations/allegation/allegations/charge/charges/claim/claims/report/reports	denied	denial
said/says the/these/those/such/that/this/all? accusation/accusations/allegation/allegations/charge/charges/claim/claims/report/reports were/was/are/is	denied	denial
urged/urges/urge/urging/pressed/presses/pressing/implored/implores	urged
called/calls/call/calling on/upon	urged
appealed/appeals to	urged
# "asked the government to …": read only with a described object and what is asked after it (VerbRules.askVerbs)
asked/asks/asking/requested/requests	urged
ordered/orders/order/directed/directs/approved/approves/authorized/authorizes/authorised/authorises/instructed/instructs	ordered
demanded/demands/demand/demanding the withdrawal of	demanded_withdrawal_of
met/meets/meet/meeting with	met_with
spoke/speaks/spoken/talked by phone/telephone with	met_with
spoke/speaks/spoken with	met_with
held/holds a phone/telephone call/conversation with	met_with
met/meets/meet/meeting/hosted/hosts/host/received/receives	met_with
met/meet/meets/talked/talk/talks	met_with	mutual
talks/meeting/meetings/summit/negotiations with	met_with	noun
talks/meeting/meetings/summit/negotiations/consultations between	met_with	noun,mutual
agreement/deal/accord/pact/treaty between	agreed_with	noun,mutual
clashes/fighting/war/conflict/hostilities/battles between	fought	noun,mutual
phone/telephone call/calls/conversation with	met_with	noun
signed/signs/sign/agreed/agrees/agree/reached/reaches/reach/struck/concluded	agreed_with	mutual
signed/signs/struck/reached/sealed a/an/the/new? #? deal/agreement/accord/pact/treaty/contract with	agreed_with
agreed/agrees/agree with	agreed_with
negotiated/negotiates a/an/the/new? #? deal/agreement/accord/pact/treaty/contract/programme/program/loan with	agreed_with
agreement/deal/accord/pact/treaty with	agreed_with	noun
invited/invites/invite	invited
invitation to	invited	noun
notified/notifies/notify/informed/informs/inform	notified
merge/merged/merges/merging with	merged_with
acquire/acquired/acquires/acquiring/buy/bought/buys/purchase/purchased	merged_with
merger/takeover/acquisition with/of	merged_with	noun
agreed/agree/agrees/voted/vote/votes to merge	merged_with	mutual
deployed/deploys/deploy/sent/sends/send/dispatched/dispatches #? more? troops/forces/soldiers/warships/ships/personnel/aircraft/jets/police/peacekeepers/helicopters/planes/vessels/units/teams/rescuers/engineers/advisers/marines/tanks/drones to	deployed_to	place
deployed/deploys/deploy/sent/sends/send/dispatched/dispatches to	deployed_to	place
deployment/deployments to/in	deployed_to	noun,place
designated/designates/designate/designating/listed/blacklisted	designated_terrorist	passive
designation of	designated_terrorist	noun
designate/designated/designating	designated_terrorist
# attribution
told/tells/tell/telling	said_to	speech
said/says/say/added/adds/wrote/writes/stated/states/tweeted/tweets/predicted/noted/explained/announced/announces/insisted/argued/declared/hailed/praised/suggested	said_to	speaker
# a claim or a finding stated as a clause: "X alleged (that) Y had …", "an audit by X found that Y had …" (the
# reported frames' reporter and the sentence's speaker; "found" and "concluded" only before "that")
alleged/alleges	said_to	speaker
found/finds/concluded/concludes that	said_to	speaker
according to	reported	attribution
# structural
led/leads/lead/leading/heads/headed/head/chairs/chaired/commanded/commands/command/runs/ran/governs/governed	leads
# "the plant, run by X", "a mine operated by X": "operated" and "managed" as passives only
# (VerbRules.passiveOnlyLeads); "run" also active ("X runs the plant")
run/operated/managed	leads
presides/presided/presiding over	leads
backed/backs/back/backing/supported/supports/support/supporting/sponsored/sponsors/sponsoring/funded/funds/fund/funding/financed/finances/financing/armed/arms/arming/assisted/assists/assist/aided/aids/aid/helped/helps/help/helping	supports
support/backing/aid/assistance/funding/sponsorship for/to/of	supports	noun
loan/loans/grant/grants/bailout/credit/credits/financing/lifeline for/to	supports	noun
loan/loans/credit/credits/financing/bailout from	supports	noun,reverse
controlled/controls/control/controlling/occupied/occupies/occupy/captured/captures/capture/recaptured/retook	controls
taken/took/take/takes/seized/gained/gains control of	controls
coordinated/coordinates/coordinate/coordinating/cooperated/cooperates/cooperate/cooperating/collaborated/collaborates/collaborate/collaborating/partnered/partners/partner/teamed with	affiliated_with
coordination/cooperation/partnership/collaboration with	affiliated_with	noun
joined/joins/join/rejoined/rejoins/rejoin	member_of
fighting/fights/fought/operating/operates/operated/serving/serves/served under the command/control/leadership/authority of	member_of
partnered/allied/aligned	affiliated_with	mutual
commitment/commitments/pledge/pledges to	supports	noun
graduated/graduates from	affiliated_with
studied/studies at	affiliated_with
served/serves/serving/worked/works/working in/at/for	role_in
worked/works/working/cooperating with	affiliated_with
# "X, which has pledged allegiance to Y", "fought alongside Y", "Y, which X co-founded": ties, not fights or offices
pledged/pledges/pledge/pledging/swore/swears/sworn allegiance to	affiliated_with
founded/founds/cofounded	affiliated_with
# "the panel, which reports to the council": a body answerable to another (present tense only: "reported the breach
# to the regulator", "reported to the regulator that …" are no ties)
reports/answers directly? to	member_of
# "the unit, which was set up by X in 2017", "a fund established by X": a body founded by another
set up by	affiliated_with
established by	affiliated_with
co - founded/founds	affiliated_with
assistant/adviser/advisor/aide/deputy to	affiliated_with	noun
unit/subsidiary/division/arm/branch/affiliate/wing/member/members/part/faction of	member_of	noun
interview/interviews with	said_to	noun
held/hold/holds/began/begin/begins/opened/resumed talks/negotiations	met_with	mutual
sanctioned/sanctions/sanction/penalized/fined	accused
imposed/imposes/impose/announced/slapped sanctions/penalties on/against	accused
sanctions/penalties against/on	accused	noun
based/headquartered/located/registered/incorporated in	located_in
owns/own/owned	member_of	reverse
ally/allies/partner/partners of	affiliated_with	noun
seized/seizes/seize/took/takes/take power in	controls
advised/advises/advise/advising/represented/represents	affiliated_with
stationed/stations/station/deployed/deploys/deploy #? troops/soldiers/forces/brigade/battalion/personnel in	deployed_to	place
"""#

    /// Titles and offices. The third field names the actor the office implies when no
    /// organization or country is named beside it.
    static let titles = #"""
[titles]
President	leads	@country
President-elect	leads
Vice President	role_in	@country
Prime Minister	leads	@country
Premier	leads	@country
prime minister	leads	@country
deputy prime minister	role_in	@country
first deputy prime minister	role_in	@country
Chancellor	leads	@country
King	leads	@country
Queen	leads	@country
Emir	leads	@country
Crown Prince	role_in
Supreme Leader	leads
Chairman	leads
Chairwoman	leads
Chair	leads
Chief Executive	leads
managing director	leads
general manager	leads
general director	leads
General Manager	leads
executive president	leads
executive vice chairman	leads
Executive President	leads
Managing Director	leads
chairperson	leads
Chairperson	leads
Chief Executive Officer	leads
CEO	leads
chief executive	leads
chief executive officer	leads
Chief executive	leads
Chief executive officer	leads
Chief Operating Officer	role_in
chief operating officer	role_in
COO	role_in
founder	affiliated_with
co-founder	affiliated_with
Governor	leads
Chief Minister	leads
chief minister	leads
First Minister	leads
Mayor	leads
leader	leads
leaders	leads
Leader	leads
head	leads
head of	leads
chief	leads
chief of	leads
rector	leads
commander	leads
Commander	leads
commander of	leads
director	leads
Director	leads
Secretary-General	leads
Co-Director	leads
co-director	leads
Co-Chair	leads
co-chair	leads
Co-Chairman	leads
Undersecretary-General	role_in
Under-Secretary-General	role_in
Under Secretary-General	role_in
Assistant Secretary-General	role_in
Deputy Secretary-General	role_in
Chief of Staff	role_in
chief of staff	role_in
Major-General	role_in
Lieutenant-General	role_in
Brigadier-General	role_in
Coordinator	role_in
coordinator	role_in
Secretary General	leads
secretary-general	leads
secretary general	leads
representative	role_in
Director General	leads	@Agency|Organization|Organisation|Office|Bureau|Service|Police
Director-General	leads	@Agency|Organization|Organisation|Office|Bureau|Service|Police
director general	leads
director-general	leads
Vice-Chancellor	leads
Vice Chancellor	leads
vice-chancellor	leads
vice chancellor	leads
Rector	leads
rector	leads
Speaker	leads
Chief Justice	leads
Secretary of Defense	role_in	United States
Defense Secretary	role_in	United States
Secretary of State	role_in	United States
Treasury Secretary	role_in	United States
Secretary of the Treasury	role_in	United States
Attorney General	role_in	United States
Secretary of Homeland Security	role_in	United States
Homeland Security Secretary	role_in	United States
Commerce Secretary	role_in	United States
Secretary of Commerce	role_in	United States
Energy Secretary	role_in	United States
Secretary of Energy	role_in	United States
National Security Adviser	role_in	United States
national security adviser	role_in
National security adviser	role_in
chief investigator	role_in
Chief investigator	role_in
campaigner	role_in
Secretary of the Army	role_in
Army Secretary	role_in
under secretary	role_in
Under Secretary	role_in
Chief Cabinet Secretary	role_in	@country
Cabinet Secretary	role_in	@country
Minister	role_in	@country
minister	role_in	@country
Foreign Minister	role_in	@country
foreign minister	role_in
Defense Minister	role_in	@country
defense minister	role_in
Defence Minister	role_in	@country
Interior Minister	role_in	@country
Finance Minister	role_in	@country
finance minister	role_in
Trade Minister	role_in	@country
Health Minister	role_in	@country
Energy Minister	role_in	@country
Justice Minister	role_in	@country
Economy Minister	role_in	@country
Minister of Defense	role_in	@country
Minister of Foreign Affairs	role_in
Secretary	role_in
secretary	role_in
Ambassador	role_in
ambassador	role_in
envoy	role_in
special envoy	role_in
Special Representative	role_in
special representative	role_in
spokesman	role_in
spokeswoman	role_in
adviser	role_in
advisor	role_in
spokesperson	role_in
chief spokesman	role_in
chief spokesperson	role_in
chief spokeswoman	role_in
senator	role_in
Senator	role_in
Sen.	role_in
Rep.	role_in
Representative	role_in
lawmaker	role_in
official	role_in
Gen.	role_in
General	role_in
Lt. Gen.	role_in
Maj. Gen.	role_in
Brig. Gen.	role_in
Col.	role_in
Lt. Col.	role_in
Adm.	role_in
Admiral	role_in
Maj.	role_in
Capt.	role_in
Sgt.	role_in
deputy director	role_in
deputy	role_in
Deputy	role_in
analyst	role_in
researcher	role_in
economist	role_in
reporter	role_in
correspondent	role_in
editor	role_in
columnist	role_in
photographer	role_in
executive	role_in
Chief Financial Officer	role_in
chief financial officer	role_in
CFO	role_in
President and CEO	leads
coach	role_in
captain	role_in
striker	role_in
judge	role_in	@Court|Tribunal
Judge	role_in	@Court|Tribunal
Justice	role_in	@Court|Tribunal
prosecutor	role_in
attorney	role_in
lawyer	role_in
negotiator	role_in
chief negotiator	role_in
staff member	role_in
Commissioner	role_in	@Commission
commissioner	role_in	@Commission
intelligence chief	role_in	@country
army chief	leads
military chief	role_in	@country
armed forces chief	role_in	@country
police chief	role_in	@country
spy chief	role_in	@country
Deputy Prime Minister	role_in	@country
First Deputy Prime Minister	role_in	@country
Administrator	leads
governor	leads
mayor	leads
Prince	role_in
Princess	role_in
Sheikh	role_in
Ayatollah	role_in
Sir	role_in
Dame	role_in
Professor	role_in
Prof.	role_in
counterpart	role_in
Ranger	role_in
Marine	role_in
Pvt.	role_in
Cpl.	role_in
Sgt. Maj.	role_in
Sports Minister	role_in	@country
Home Affairs Minister	role_in	@country
Climate Minister	role_in	@country
Education Minister	role_in	@country
Agriculture Minister	role_in	@country
Labor Minister	role_in	@country
Labour Minister	role_in	@country
Home Minister	role_in	@country
Foreign Secretary	role_in	@country
Home Secretary	role_in	@country
Labor Secretary	role_in	@country
Labour Secretary	role_in	@country
Interior Secretary	role_in	@country
Transportation Secretary	role_in	@country
Agriculture Secretary	role_in	@country
Health Secretary	role_in	@country
Education Secretary	role_in	@country
Trade Secretary	role_in	@country
Defence Secretary	role_in	@country
Minister of Foreign Affairs	role_in	@country
Minister of Finance	role_in	@country
Minister of the Interior	role_in	@country
chairman	leads
chairwoman	leads
president	leads
Spokesman	role_in
Public Affairs	role_in
Spokeswoman	role_in
Spokesperson	role_in
Executive Director	leads
manager	role_in
editor-in-chief	role_in
general counsel	role_in
administrator	leads
chair	leads
executive secretary	leads
executive director	leads
general secretary	leads
president general	leads
head of state	leads
head of government	leads
foreign policy chief	role_in
General Secretary	leads
Lieutenant	role_in
Lt.	role_in
Colonel	role_in
Major	role_in
Captain	role_in
Sergeant	role_in
Superintendent	role_in
Chief Superintendent	role_in
Constable	role_in
Brigadier	role_in
Brigadier General	role_in
Lieutenant General	role_in
Major General	role_in
Commodore	role_in
Air Commodore	role_in
Rear Admiral	role_in
Vice Admiral	role_in
Air Marshal	role_in
Air Vice Marshal	role_in
Inspector	role_in
Chief Inspector	role_in
managing partner	leads
boss	leads
owner	leads
"""#

    /// Compounds, head words, hedges, credits, non-names and name connectors.
    static let words = #"""
[compounds]
backed	supports
supported	supports
sponsored	supports
funded	supports
armed	supports
aligned	affiliated_with
allied	affiliated_with
linked	affiliated_with
affiliated	affiliated_with
led	leads
controlled	controls
held	controls
owned	controls
run	leads
based	located_in	reverse
headquartered	located_in	reverse
registered	located_in	reverse

[heads]
Force	Organization
Body	Organization
Forum	Organization
Forces	Organization
Troops	Organization
Productions	Organization
Studios	Organization
Pictures	Organization
Films	Organization
Entertainment	Organization
Watch	Organization
# a body that watches and reports, "the Tarvel Mines Observatory" (an astronomer's building is rarely news's)
Observatory	Organization
Project	Organization
Academy	Organization
# an intergovernmental framework named for where it began: "the Kimberley Process", "the Bologna Process"
Process	Organization
Initiative	Organization
Panel	Organization
Delegation	Organization
Corps	Organization	organ
Ministry	Organization	organ
Army	Organization	organ
Navy	Organization	organ
Militia	Organization
Militias	Organization
Party	Organization
News	Organization
# (Legal forms, "GmbH", "S.A.", "Ltd", are BuiltInLexicon.legalForms, from GLEIF's list: here only
# English words and the English abbreviations that list's filters leave out, "Corp" being a
# surname and "Co" a form of two jurisdictions only.)
Corp	Organization
Corp.	Organization
Corporation	Organization
Company	Organization
Co.	Organization
Group	Organization
Holdings	Organization
Pharma	Organization
Aerospace	Organization
Terminals	Organization
Logistics	Organization
Shipping	Organization
Automotive	Organization
Chemicals	Organization
Semiconductor	Organization
Therapeutics	Organization
Biotech	Organization
Resources	Organization
Holding	Organization
# Company head words in other languages that are no legal form (Japanese "pharmaceutical",
# "industry", "trading"; Dutch "lawyers"; Turkish "industry", "energy"): typed by hand, as no source
# at hand lists them: GLEIF's list holds legal forms only, and a bilingual dictionary (Debian
# freedict) would bring each English head word's other senses too ("bank": a river's bank).
Seiyaku	Organization
Kogyo	Organization
Sangyo	Organization
Shoji	Organization
Advocaten	Organization
Institut	Organization
Sanayi	Organization
Enerji	Organization
Energi	Organization
Trust	Organization
Mines	Organization
Energy	Organization
Athletics	Organization
Minerals	Organization
Dynamics	Organization
Shipyard	Organization
Shipbuilding	Organization
Church	Organization
Pharmaceuticals	Organization
Motors	Organization
Airlines	Organization
Airways	Organization
Petroleum	Organization
Telecom	Organization
Technologies	Organization
Systems	Organization
Industries	Organization
Partners	Organization
Advisory	Organization
Advisors	Organization
Advisers	Organization
Consulting	Organization
Consultants	Organization
Capital	Organization
Media	Organization
Bancorp	Organization
Financial	Organization
Insurance	Organization
Labs	Organization
Laboratories	Organization
Electronics	Organization
Steel	Organization
Mining	Organization
Railway	Organization
Railways	Organization
Bank	Organization
Fund	Organization
Chamber	Organization
Society	Organization
Programme	Organization
Program	Organization
Confederation	Organization
Tribunal	Organization	organ
Board	Organization	organ
Institution	Organization
Agency	Organization	organ
Service	Organization	organ
Services	Organization	organ
Department	Organization	organ
Command	Organization	organ
Guard	Organization	organ
Council	Organization	organ
Committee	Organization	organ
Commission	Organization	organ
Senate	Organization	organ
Parliament	Organization	organ
Assembly	Organization	organ
Congress	Organization	organ
Court	Organization	organ
Government	Organization	organ
Cabinet	Organization	organ
Office	Organization	organ
Bureau	Organization	organ
Police	Organization	organ
Constabulary	Organization	organ
Treasury	Organization	organ
Directorate	Organization	organ
Inspectorate	Organization	organ
Superintendency	Organization	organ
Superintendence	Organization	organ
Administration	Organization	organ
Embassy	Facility
Highway	Facility
Expressway	Facility
Motorway	Facility
Gorge	Location
Delta	Location
Ridge	Location
Consulate	Facility
Airport	Facility
Base	Facility
Airbase	Facility
Port	Facility
Hall	Facility
Palace	Facility
Mall	Facility
Building	Facility
Stadium	Facility
Arena	Facility
Hospital	Facility
Prison	Facility
Bridge	Facility
Plant	Facility
Station	Facility
Crossing	Facility
Mine	Facility
Refinery	Facility
Temple	Facility
Dam	Facility
Terminal	Facility
Museum	Facility
Mosque	Facility
Shrine	Facility
Canal	Facility
Pipeline	Facility
Reactor	Facility
Airfield	Facility
Barracks	Facility
Harbour	Facility
Harbor	Facility
House	Facility
Center	Organization	organ
Centre	Organization	organ
Centers	Organization	organ
Centres	Organization	organ
Institute	Organization
University	Organization
College	Organization
School	Organization
Foundation	Organization
Association	Organization
Federation	Organization
Union	Organization
Community	Organization
Guild	Organization
Syndicate	Organization
Consortium	Organization
Cooperative	Organization
Secretariat	Organization
League	Organization
Alliance	Organization
Coalition	Organization
Front	Organization
Movement	Organization
Brigade	Organization
Brigades	Organization
Regiment	Organization
Unit	Organization	organ
Units	Organization
Squadron	Organization
Fleet	Organization
Division	Organization	organ
Battalion	Organization
Network	Organization
Organization	Organization
Organisation	Organization
Authority	Organization	organ
Exchange	Organization
Times	Organization
Post	Organization
Journal	Organization
Press	Organization
Television	Organization
TV	Organization
Radio	Organization
Inquirer	Organization
Gazette	Organization
Herald	Organization
Tribune	Organization
Chronicle	Organization
Telegraph	Organization
Sea	Location
Ocean	Location
Strait	Location
Straight	Location
Gulf	Location
River	Location
Lake	Location
Reservoir	Location
Province	Location
Region	Location
County	Location
District	Location
Valley	Location
Mountains	Location
Island	Location
Islands	Location
Peninsula	Location
Desert	Location
Shoal	Location
Shoals	Location
Reef	Location
Atoll	Location
Archipelago	Location
Plateau	Location
Basin	Location
Highlands	Location
City	Location
State	Location

[hedges]
reportedly
allegedly
alleged
purportedly
apparently
possibly
perhaps
could
may
might
seem
seems
seemed
appear
appears
appeared
likely
suspected
believed
rumored
unconfirmed

[credits]
Reuters
AP
AFP
Getty
Getty Images
EPA
Shutterstock
Bloomberg
Xinhua
TASS
Anadolu

[countrynames]
america
britain
holland
burma
czechia
turkiye
türkiye
bosnia
macedonia

[excludedheads]
act
order
treaty
convention
accord
accords
agreement
protocol
charter
resolution
operation
war
cup
championship
championships
games
olympics
prize
award
summit
conference
festival
day
week
bill
law
code
index
doctrine
plan
initiative
lightning
resolutions
strategy
badge
medal
cyclone
hurricane
typhoon
judgment
judgement
decree
verdict

[connectors]
of
of the
for
on
de
del
da
di
la
le
al
el
bin
ibn
abu
van
von
der
# Dutch "van den" ("Jeroen van den Berg").
den
as
# Particles of surnames that are no English word ("dos Santos", "della Rovere", "ter Horst",
# "bint Salman"; from the [particles] list, which holds English words too: "at", "do", "an").
dos
das
du
# Spanish "por" ("Juntos por el Perú", "Alianza por la Democracia").
por
della
delle
degli
dello
dei
ter
vom
zu
bint

[nonnames]
european
franco
kurdish
kurds
arab
arabs
rohingya
pashtun
tajik
hazara
uighur
uyghur
shia
shiite
sunni
muslim
muslims
christians
jewish
jews
hindu
buddhist
catholic
protestant
western
eastern
northern
southern
islamist
jihadist
the
a
an
and
but
or
if
in
on
at
of
to
for
from
with
by
as
after
before
during
while
when
where
since
until
though
although
because
however
meanwhile
moreover
also
still
yet
then
there
here
this
that
these
those
it
its
he
she
they
we
i
you
his
her
their
our
my
your
what
who
which
why
how
some
many
most
more
several
both
each
every
all
any
no
not
one
two
three
four
five
six
seven
eight
nine
ten
first
second
third
last
next
new
other
another
such
only
even
just
moments
following
according
asked
speaking
earlier
later
today
yesterday
tomorrow
tonight
initial
early
late
monday
tuesday
wednesday
thursday
friday
saturday
sunday
january
february
march
april
may
june
july
august
september
october
november
december
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec
mr
mrs
ms
dr
file
photo
video
update
breaking
background
confirmation
analysis
opinion
tensions
attacks
officials
police
troops
forces
residents
protesters
critics
experts
analysts
sources
reporters
witnesses
militants
rebels
soldiers
authorities
investors
shares
talks
negotiations
under
over
about
around
despite
amid
against
without
within
through
nearly
almost
around
roughly
some
around
despite
nations
leaders
both
neither
either
statement
saturday's
hundreds
thousands
dozens
millions
tens
"""#
}
