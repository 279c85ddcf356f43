import json, os
docs=[]
def doc(stem, text, ents, rels): docs.append((stem, text.strip()+"\n", ents, rels))

doc("16-opec-output-cut", """
VIENNA — OPEC and its allies agreed on Sunday to extend oil output cuts of 2 million barrels a day until the end of next year, after a tense meeting at the group's headquarters in Vienna.

Saudi Energy Minister Prince Abdulaziz bin Salman told reporters that the cuts were needed to keep the market stable. Russia, the biggest producer outside the Organization of the Petroleum Exporting Countries, backed the extension, Deputy Prime Minister Alexander Novak said.

The United Arab Emirates had demanded a higher production baseline and won a small increase from January. Nigeria and Angola objected to lower quotas, and Angola's delegation walked out of the talks, according to two delegates.

Brent crude rose 2 percent to $78 a barrel after the announcement. The International Energy Agency warned last week that supply cuts could push prices higher and hurt developing economies.

U.S. Energy Secretary Jennifer Granholm criticized the decision and urged producers to pump more oil.
""", [
 ("vienna","Vienna","Location",["VIENNA","Vienna"]),
 ("opec","OPEC","Organization",["OPEC","Organization of the Petroleum Exporting Countries"]),
 ("saudi_arabia","Saudi Arabia","Country",["Saudi"]),
 ("abdulaziz_bin_salman","Abdulaziz bin Salman","Person",["Abdulaziz bin Salman"]),
 ("russia","Russia","Country",["Russia"]),
 ("alexander_novak","Alexander Novak","Person",["Alexander Novak"]),
 ("uae","United Arab Emirates","Country",["United Arab Emirates"]),
 ("nigeria","Nigeria","Country",["Nigeria"]),
 ("angola","Angola","Country",["Angola"]),
 ("iea","International Energy Agency","Organization",["International Energy Agency"]),
 ("us","United States","Country",["U.S."]),
 ("jennifer_granholm","Jennifer Granholm","Person",["Jennifer Granholm"]),
], [
 ("opec","located_in","vienna","the group's headquarters in Vienna"),
 ("abdulaziz_bin_salman","role_in","saudi_arabia","Saudi Energy Minister Prince Abdulaziz bin Salman"),
 ("russia","supports","opec","Russia, the biggest producer outside the Organization of the Petroleum Exporting Countries, backed the extension"),
 ("alexander_novak","role_in","russia","Deputy Prime Minister Alexander Novak"),
 ("jennifer_granholm","role_in","us","U.S. Energy Secretary Jennifer Granholm"),
 ("jennifer_granholm","accused","opec","Jennifer Granholm criticized the decision"),
])

doc("17-kenya-anticorruption-arrest", """
NAIROBI — Kenyan police arrested the governor of Nairobi County, Mike Otieno, on Monday over the alleged theft of $3 million in public funds, the Ethics and Anti-Corruption Commission said.

The commission accused Otieno of awarding road contracts to companies owned by his relatives. Otieno, who denies wrongdoing, was held at Kilimani police station and is expected in court on Tuesday, his lawyer Ann Wairimu told the Daily Nation.

President William Kirui said the arrest showed that no official was above the law. Opposition leader Raila Okoth accused Kirui of targeting political rivals ahead of next year's election and called on the Director of Public Prosecutions to act independently.

Transparency International ranks Kenya 126th of 180 countries in its corruption index. The World Bank suspended a $50 million urban roads grant to Nairobi County in March, citing irregularities in procurement.

Otieno's Orange Democratic Movement said it would stand by him until a court rules.
""", [
 ("nairobi","Nairobi","Location",["NAIROBI"]),
 ("kenya","Kenya","Country",["Kenyan","Kenya"]),
 ("nairobi_county","Nairobi County","Location",["Nairobi County"]),
 ("mike_otieno","Mike Otieno","Person",["Mike Otieno","Otieno"]),
 ("eacc","Ethics and Anti-Corruption Commission","Organization",["Ethics and Anti-Corruption Commission"]),
 ("kilimani_police_station","Kilimani police station","Facility",["Kilimani police station"]),
 ("ann_wairimu","Ann Wairimu","Person",["Ann Wairimu"]),
 ("daily_nation","Daily Nation","Organization",["Daily Nation"]),
 ("william_kirui","William Kirui","Person",["William Kirui","Kirui"]),
 ("raila_okoth","Raila Okoth","Person",["Raila Okoth"]),
 ("dpp","Director of Public Prosecutions","Organization",["Director of Public Prosecutions"]),
 ("transparency_international","Transparency International","Organization",["Transparency International"]),
 ("world_bank","World Bank","Organization",["World Bank"]),
 ("odm","Orange Democratic Movement","Organization",["Orange Democratic Movement"]),
], [
 ("mike_otieno","leads","nairobi_county","the governor of Nairobi County, Mike Otieno"),
 ("eacc","accused","mike_otieno","The commission accused Otieno of awarding road contracts"),
 ("mike_otieno","denied","eacc","Otieno, who denies wrongdoing"),
 ("ann_wairimu","said_to","daily_nation","his lawyer Ann Wairimu told the Daily Nation"),
 ("ann_wairimu","affiliated_with","mike_otieno","his lawyer Ann Wairimu"),
 ("william_kirui","leads","kenya","President William Kirui"),
 ("raila_okoth","accused","william_kirui","Raila Okoth accused Kirui of targeting political rivals"),
 ("raila_okoth","urged","dpp","called on the Director of Public Prosecutions to act independently"),
 ("mike_otieno","member_of","odm","Otieno's Orange Democratic Movement"),
])

doc("18-esa-jaxa-lunar-rover", """
PARIS — The European Space Agency and Japan's space agency JAXA signed an agreement on Wednesday to build a pressurized lunar rover together, the two agencies said, deepening cooperation as NASA prepares to return astronauts to the moon.

ESA Director General Josef Aschbacher and JAXA President Hiroshi Yamakawa signed the deal at ESA's headquarters in Paris. Under the accord, Airbus will design the rover's life-support system and Toyota will supply the drive train.

NASA Administrator Bill Nelson welcomed the agreement and invited both agencies to join a lunar science workshop in Houston in June. China's space agency has announced plans for its own crewed landing by 2030.

"Europe cannot be a passenger in the new space age," Aschbacher told Le Monde. The rover is expected to cost about 2 billion euros, shared equally between Europe and Japan.

The European Commission said it would contribute 300 million euros from its research budget.
""", [
 ("paris","Paris","Location",["PARIS","Paris"]),
 ("esa","European Space Agency","Organization",["European Space Agency","ESA"]),
 ("japan","Japan","Country",["Japan"]),
 ("jaxa","JAXA","Organization",["JAXA"]),
 ("nasa","NASA","Organization",["NASA"]),
 ("josef_aschbacher","Josef Aschbacher","Person",["Josef Aschbacher","Aschbacher"]),
 ("hiroshi_yamakawa","Hiroshi Yamakawa","Person",["Hiroshi Yamakawa"]),
 ("airbus","Airbus","Organization",["Airbus"]),
 ("toyota","Toyota","Organization",["Toyota"]),
 ("bill_nelson","Bill Nelson","Person",["Bill Nelson"]),
 ("houston","Houston","Location",["Houston"]),
 ("china","China","Country",["China"]),
 ("le_monde","Le Monde","Organization",["Le Monde"]),
 ("europe","Europe","Location",["Europe"]),
 ("european_commission","European Commission","Organization",["European Commission"]),
], [
 ("esa","agreed_with","jaxa","The European Space Agency and Japan's space agency JAXA signed an agreement"),
 ("jaxa","member_of","japan","Japan's space agency JAXA"),
 ("josef_aschbacher","leads","esa","ESA Director General Josef Aschbacher"),
 ("hiroshi_yamakawa","leads","jaxa","JAXA President Hiroshi Yamakawa"),
 ("josef_aschbacher","agreed_with","hiroshi_yamakawa","Josef Aschbacher and JAXA President Hiroshi Yamakawa signed the deal"),
 ("esa","located_in","paris","ESA's headquarters in Paris"),
 ("bill_nelson","leads","nasa","NASA Administrator Bill Nelson"),
 ("nasa","invited","esa","invited both agencies to join a lunar science workshop"),
 ("nasa","invited","jaxa","invited both agencies to join a lunar science workshop"),
 ("josef_aschbacher","said_to","le_monde","Aschbacher told Le Monde"),
 ("european_commission","supports","esa","The European Commission said it would contribute 300 million euros"),
])

doc("19-greek-coast-guard-migrant-boat", """
ATHENS — The Greek coast guard rescued 86 migrants from a sinking fishing boat south of Crete on Thursday, and at least 12 people were missing, officials said.

The boat had left Tobruk in eastern Libya two days earlier, survivors told the United Nations refugee agency, UNHCR. Most of the passengers were from Egypt, Pakistan and Syria.

Greek Migration Minister Dimitris Kairidis said smugglers had crammed too many people onto the vessel and accused Libyan authorities of failing to stop departures. Libya's Government of National Unity rejected the accusation and said its coast guard had intercepted 4,000 people this year.

Frontex, the European Union's border agency, said it had deployed a surveillance aircraft to the area. Human rights groups, including Amnesty International, urged Greece to open safe legal routes for asylum seekers.

The Italian Navy joined the search south of the island of Gavdos. Rescue crews said the search would continue through the night despite strong winds and high waves.
""", [
 ("athens","Athens","Location",["ATHENS"]),
 ("greece","Greece","Country",["Greek","Greece"]),
 ("crete","Crete","Location",["Crete"]),
 ("tobruk","Tobruk","Location",["Tobruk"]),
 ("libya","Libya","Country",["Libya","Libyan"]),
 ("unhcr","UNHCR","Organization",["UNHCR","United Nations refugee agency"]),
 ("egypt","Egypt","Country",["Egypt"]),
 ("pakistan","Pakistan","Country",["Pakistan"]),
 ("syria","Syria","Country",["Syria"]),
 ("dimitris_kairidis","Dimitris Kairidis","Person",["Dimitris Kairidis"]),
 ("libya_gnu","Government of National Unity","Organization",["Government of National Unity"]),
 ("frontex","Frontex","Organization",["Frontex"]),
 ("eu","European Union","Organization",["European Union"]),
 ("amnesty_international","Amnesty International","Organization",["Amnesty International"]),
 ("italian_navy","Italian Navy","Organization",["Italian Navy"]),
 ("italy","Italy","Country",["Italian"]),
 ("gavdos","Gavdos","Location",["Gavdos"]),
], [
 ("tobruk","located_in","libya","Tobruk in eastern Libya"),
 ("dimitris_kairidis","role_in","greece","Greek Migration Minister Dimitris Kairidis"),
 ("dimitris_kairidis","accused","libya","accused Libyan authorities of failing to stop departures"),
 ("libya_gnu","member_of","libya","Libya's Government of National Unity"),
 ("libya_gnu","denied","dimitris_kairidis","Libya's Government of National Unity rejected the accusation"),
 ("frontex","member_of","eu","Frontex, the European Union's border agency"),
 ("amnesty_international","urged","greece","Amnesty International, urged Greece"),
 ("italian_navy","member_of","italy","The Italian Navy"),
])

doc("20-dockworkers-strike-rotterdam", """
ROTTERDAM — Dockworkers at the port of Rotterdam, Europe's largest, walked off the job on Monday in a 48-hour strike over pay, halting container traffic at terminals run by APM Terminals and Hutchison Ports.

The FNV union, which represents about 3,000 port workers, said employers had refused to match inflation. FNV negotiator Niek Stam told broadcaster NOS that further strikes were possible if talks failed.

The Port of Rotterdam Authority said more than 40 ships were waiting offshore. Its chief executive, Boudewijn Siemons, urged both sides to return to the negotiating table.

Dutch Economy Minister Micky Adriaansens called on the union and employers to reach a deal quickly, warning that the strike was hurting exporters across the Netherlands and Germany.

APM Terminals, a unit of Danish shipping group Maersk, said it had offered a 7 percent raise. The union rejected the offer. Shipping lines warned customers of delays of up to a week, and several vessels were diverted to other ports in the region.
""", [
 ("rotterdam","Rotterdam","Location",["ROTTERDAM","Rotterdam"]),
 ("europe","Europe","Location",["Europe"]),
 ("apm_terminals","APM Terminals","Organization",["APM Terminals"]),
 ("hutchison_ports","Hutchison Ports","Organization",["Hutchison Ports"]),
 ("fnv","FNV","Organization",["FNV"]),
 ("niek_stam","Niek Stam","Person",["Niek Stam"]),
 ("nos","NOS","Organization",["NOS"]),
 ("port_of_rotterdam_authority","Port of Rotterdam Authority","Organization",["Port of Rotterdam Authority"]),
 ("boudewijn_siemons","Boudewijn Siemons","Person",["Boudewijn Siemons"]),
 ("netherlands","Netherlands","Country",["Dutch","Netherlands"]),
 ("micky_adriaansens","Micky Adriaansens","Person",["Micky Adriaansens"]),
 ("germany","Germany","Country",["Germany"]),
 ("denmark","Denmark","Country",["Danish"]),
 ("maersk","Maersk","Organization",["Maersk"]),
], [
 ("niek_stam","role_in","fnv","FNV negotiator Niek Stam"),
 ("niek_stam","said_to","nos","Niek Stam told broadcaster NOS"),
 ("boudewijn_siemons","leads","port_of_rotterdam_authority","Its chief executive, Boudewijn Siemons"),
 ("micky_adriaansens","role_in","netherlands","Dutch Economy Minister Micky Adriaansens"),
 ("micky_adriaansens","urged","fnv","called on the union and employers to reach a deal quickly"),
 ("apm_terminals","member_of","maersk","APM Terminals, a unit of Danish shipping group Maersk"),
 ("maersk","located_in","denmark","Danish shipping group Maersk"),
 ("fnv","denied","apm_terminals","The union rejected the offer"),
])

ok=True
for stem, text, ents, rels in docs:
    ids={e[0] for e in ents}
    for e in ents:
        for a in e[3]:
            if a not in text: print(stem,"alias not in text:",a); ok=False
    for r in rels:
        if r[0] not in ids or r[2] not in ids: print(stem,"bad id",r); ok=False
        if r[3] not in text: print(stem,"evidence not in text:",r[3]); ok=False
    print(stem, len(text.split()),"words",len(ents),"entities",len(rels),"relations")
    os.makedirs('/tmp/fx/holdout2', exist_ok=True)
    open(f'/tmp/fx/holdout2/{stem}.txt','w').write(text)
    gold={"entities":[{"id":i,"name":n,"type":t,"aliases":a} for i,n,t,a in ents],
          "relations":[{"source":s,"target":t,"type":ty,"evidence":ev} for s,ty,t,ev in rels]}
    open(f'/tmp/fx/holdout2/{stem}.gold.json','w').write(json.dumps(gold,indent=1,ensure_ascii=False)+"\n")
print("OK" if ok else "PROBLEMS")
