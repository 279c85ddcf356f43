import json, sys, os
OUT = '/work/wt-extraction/Tests/NewsGraphExtractionTests/Fixtures/corpus'
docs = []
def doc(stem, text, ents, rels):
    docs.append((stem, text.strip()+"\n", ents, rels))

doc("01-zambia-election-opposition-wins", """
LUSAKA — Zambia's Electoral Commission declared opposition candidate Mwila Banda the winner of Thursday's presidential election, ending two decades of rule by the Patriotic Front.

Banda, who leads the United Party for National Development, won 57 percent of the vote, commission chairman Esau Chulu told reporters in Lusaka. Outgoing President Edgar Phiri conceded defeat on Sunday and congratulated his rival.

The African Union sent an observer mission headed by former Nigerian President Olusegun Adeyemi. The mission said the vote was largely peaceful but accused the police of harassing opposition supporters in Copperbelt Province.

Zambia's Home Affairs Ministry rejected the allegations, saying officers had acted within the law.

European Union observers also met with Banda on Saturday. The United States and the United Kingdom welcomed the result and urged all parties to respect the outcome.

"The people of Zambia have chosen peace," Banda said in a speech carried by the Zambia National Broadcasting Corporation. He promised to renegotiate the country's debt with the International Monetary Fund.
""", [
 ("lusaka","Lusaka","Location",["LUSAKA","Lusaka"]),
 ("zambia","Zambia","Country",["Zambia"]),
 ("zambia_electoral_commission","Electoral Commission of Zambia","Organization",["Electoral Commission"]),
 ("mwila_banda","Mwila Banda","Person",["Mwila Banda","Banda"]),
 ("patriotic_front","Patriotic Front","Organization",["Patriotic Front"]),
 ("upnd","United Party for National Development","Organization",["United Party for National Development"]),
 ("esau_chulu","Esau Chulu","Person",["Esau Chulu"]),
 ("edgar_phiri","Edgar Phiri","Person",["Edgar Phiri"]),
 ("african_union","African Union","Organization",["African Union"]),
 ("nigeria","Nigeria","Country",["Nigerian"]),
 ("olusegun_adeyemi","Olusegun Adeyemi","Person",["Olusegun Adeyemi"]),
 ("copperbelt_province","Copperbelt Province","Location",["Copperbelt Province"]),
 ("zambia_home_affairs_ministry","Home Affairs Ministry","Organization",["Home Affairs Ministry"]),
 ("eu","European Union","Organization",["European Union"]),
 ("us","United States","Country",["United States"]),
 ("uk","United Kingdom","Country",["United Kingdom"]),
 ("znbc","Zambia National Broadcasting Corporation","Organization",["Zambia National Broadcasting Corporation"]),
 ("imf","International Monetary Fund","Organization",["International Monetary Fund"]),
], [
 ("zambia_electoral_commission","member_of","zambia","Zambia's Electoral Commission"),
 ("mwila_banda","leads","upnd","Banda, who leads the United Party for National Development"),
 ("esau_chulu","leads","zambia_electoral_commission","commission chairman Esau Chulu"),
 ("edgar_phiri","leads","zambia","Outgoing President Edgar Phiri"),
 ("zambia_home_affairs_ministry","member_of","zambia","Zambia's Home Affairs Ministry"),
 ("zambia_home_affairs_ministry","denied","african_union","Zambia's Home Affairs Ministry rejected the allegations"),
 ("eu","met_with","mwila_banda","European Union observers also met with Banda"),
])

doc("02-pharma-merger-halvorsen-teravita", """
NEW YORK — Drugmakers Halvorsen Pharma and Teravita Inc. agreed on Monday to merge in an all-stock deal valued at $41 billion, creating the world's fourth-largest maker of generic medicines.

The combined company will be led by Teravita Chief Executive Laura Mendes, while Halvorsen CEO Anders Lund will become chairman, the companies said in a joint statement.

Halvorsen, based in Copenhagen, Denmark, has struggled since the U.S. Food and Drug Administration accused it of falsifying quality data at a plant in Hyderabad, India. The company denied the charges.

Goldman Sachs advised Teravita, and JPMorgan Chase advised Halvorsen. The deal needs approval from the European Commission and the Federal Trade Commission, which has blocked two pharmaceutical mergers this year.

"This merger gives us the scale to compete with anyone," Mendes told CNBC. Shares of Teravita rose 6 percent on the New York Stock Exchange.

Analysts at Morningstar said regulators in Washington could demand that the companies sell overlapping products.
""", [
 ("new_york","New York","Location",["NEW YORK"]),
 ("halvorsen_pharma","Halvorsen Pharma","Organization",["Halvorsen Pharma","Halvorsen"]),
 ("teravita","Teravita Inc.","Organization",["Teravita Inc.","Teravita"]),
 ("laura_mendes","Laura Mendes","Person",["Laura Mendes","Mendes"]),
 ("anders_lund","Anders Lund","Person",["Anders Lund"]),
 ("copenhagen","Copenhagen","Location",["Copenhagen"]),
 ("denmark","Denmark","Country",["Denmark"]),
 ("us","United States","Country",["U.S."]),
 ("fda","Food and Drug Administration","Organization",["Food and Drug Administration"]),
 ("hyderabad","Hyderabad","Location",["Hyderabad"]),
 ("india","India","Country",["India"]),
 ("goldman_sachs","Goldman Sachs","Organization",["Goldman Sachs"]),
 ("jpmorgan_chase","JPMorgan Chase","Organization",["JPMorgan Chase"]),
 ("european_commission","European Commission","Organization",["European Commission"]),
 ("ftc","Federal Trade Commission","Organization",["Federal Trade Commission"]),
 ("cnbc","CNBC","Organization",["CNBC"]),
 ("nyse","New York Stock Exchange","Organization",["New York Stock Exchange"]),
 ("morningstar","Morningstar","Organization",["Morningstar"]),
 ("washington","Washington","Location",["Washington"]),
], [
 ("halvorsen_pharma","merged_with","teravita","Halvorsen Pharma and Teravita Inc. agreed on Monday to merge"),
 ("laura_mendes","leads","teravita","Teravita Chief Executive Laura Mendes"),
 ("anders_lund","leads","halvorsen_pharma","Halvorsen CEO Anders Lund"),
 ("halvorsen_pharma","located_in","copenhagen","Halvorsen, based in Copenhagen"),
 ("copenhagen","located_in","denmark","Copenhagen, Denmark"),
 ("fda","member_of","us","U.S. Food and Drug Administration"),
 ("fda","accused","halvorsen_pharma","the U.S. Food and Drug Administration accused it of falsifying quality data"),
 ("hyderabad","located_in","india","Hyderabad, India"),
 ("halvorsen_pharma","denied","fda","The company denied the charges"),
 ("goldman_sachs","affiliated_with","teravita","Goldman Sachs advised Teravita"),
 ("jpmorgan_chase","affiliated_with","halvorsen_pharma","JPMorgan Chase advised Halvorsen"),
 ("laura_mendes","said_to","cnbc","Mendes told CNBC"),
])

doc("03-icj-orders-myanmar-gambia-case", """
THE HAGUE — The International Court of Justice on Wednesday ordered Myanmar to take all measures within its power to prevent genocide against its Rohingya minority, in a case brought by Gambia.

Presiding Judge Helena Varga read the unanimous order at the Peace Palace in The Hague.

Gambia accused Myanmar of violating the 1948 Genocide Convention during a 2017 military crackdown that drove more than 700,000 Rohingya into Bangladesh. Myanmar's government denied the accusations, and its lawyers argued that the army had targeted only fighters of the Arakan Rohingya Salvation Army.

Gambian Justice Minister Abubacarr Tambadou told reporters the ruling was "a triumph of international justice." The case was backed by the Organisation of Islamic Cooperation, which funded Gambia's legal team.

Human Rights Watch urged the United Nations Security Council to enforce the order. China, a permanent member of the council, has shielded Myanmar from sanctions in the past.

The court will review Myanmar's compliance in four months. Bangladesh hosts about one million Rohingya refugees in crowded camps along its border.
""", [
 ("the_hague","The Hague","Location",["THE HAGUE","The Hague"]),
 ("icj","International Court of Justice","Organization",["International Court of Justice"]),
 ("myanmar","Myanmar","Country",["Myanmar"]),
 ("gambia","Gambia","Country",["Gambia","Gambian"]),
 ("helena_varga","Helena Varga","Person",["Helena Varga"]),
 ("peace_palace","Peace Palace","Facility",["Peace Palace"]),
 ("bangladesh","Bangladesh","Country",["Bangladesh"]),
 ("arsa","Arakan Rohingya Salvation Army","Organization",["Arakan Rohingya Salvation Army"]),
 ("abubacarr_tambadou","Abubacarr Tambadou","Person",["Abubacarr Tambadou"]),
 ("oic","Organisation of Islamic Cooperation","Organization",["Organisation of Islamic Cooperation"]),
 ("hrw","Human Rights Watch","Organization",["Human Rights Watch"]),
 ("unsc","UN Security Council","Organization",["United Nations Security Council"]),
 ("china","China","Country",["China"]),
], [
 ("icj","ordered","myanmar","The International Court of Justice on Wednesday ordered Myanmar"),
 ("helena_varga","role_in","icj","Presiding Judge Helena Varga"),
 ("peace_palace","located_in","the_hague","the Peace Palace in The Hague"),
 ("gambia","accused","myanmar","Gambia accused Myanmar"),
 ("myanmar","denied","gambia","Myanmar's government denied the accusations"),
 ("myanmar","attacked","arsa","the army had targeted only fighters of the Arakan Rohingya Salvation Army"),
 ("abubacarr_tambadou","role_in","gambia","Gambian Justice Minister Abubacarr Tambadou"),
 ("oic","supports","gambia","The case was backed by the Organisation of Islamic Cooperation, which funded Gambia's legal team"),
 ("hrw","urged","unsc","Human Rights Watch urged the United Nations Security Council"),
 ("china","member_of","unsc","China, a permanent member of the council"),
])

doc("04-chile-student-protests", """
SANTIAGO, Chile — Tens of thousands of students marched through the Chilean capital on Friday to demand free university education, in the largest protest since President Sebastián Rojas took office in March.

Riot police from the Carabineros fired water cannon at demonstrators who tried to reach La Moneda Palace. The National Human Rights Institute said 43 people were injured and accused the Carabineros of using excessive force.

Interior Minister Paula Reyes defended the police, saying officers had been attacked with stones. She blamed the Confederation of Chilean Students for the violence.

Student leader Tomás Fuentes, who heads the confederation, denied the charge and called on Rojas to open talks. "We will return every Friday until the government listens," Fuentes told Radio Bío-Bío.

The United Nations human rights office urged Chile to investigate the injuries. Lawmakers from the Socialist Party of Chile said they would summon Reyes to Congress.

Rojas has promised to present an education bill by the end of the year, but student groups say the draft falls short of their demands.
""", [
 ("santiago","Santiago","Location",["SANTIAGO"]),
 ("chile","Chile","Country",["Chile","Chilean"]),
 ("sebastian_rojas","Sebastián Rojas","Person",["Sebastián Rojas","Rojas"]),
 ("carabineros","Carabineros","Organization",["Carabineros"]),
 ("la_moneda","La Moneda Palace","Facility",["La Moneda Palace"]),
 ("indh","National Human Rights Institute","Organization",["National Human Rights Institute"]),
 ("paula_reyes","Paula Reyes","Person",["Paula Reyes","Reyes"]),
 ("confech","Confederation of Chilean Students","Organization",["Confederation of Chilean Students"]),
 ("tomas_fuentes","Tomás Fuentes","Person",["Tomás Fuentes","Fuentes"]),
 ("radio_bio_bio","Radio Bío-Bío","Organization",["Radio Bío-Bío"]),
 ("un","United Nations","Organization",["United Nations"]),
 ("socialist_party_chile","Socialist Party of Chile","Organization",["Socialist Party of Chile"]),
 ("chile_congress","National Congress of Chile","Organization",["Congress"]),
], [
 ("santiago","located_in","chile","SANTIAGO, Chile"),
 ("sebastian_rojas","leads","chile","President Sebastián Rojas"),
 ("indh","accused","carabineros","The National Human Rights Institute said 43 people were injured and accused the Carabineros"),
 ("paula_reyes","role_in","chile","Interior Minister Paula Reyes"),
 ("paula_reyes","accused","confech","She blamed the Confederation of Chilean Students"),
 ("tomas_fuentes","leads","confech","Student leader Tomás Fuentes, who heads the confederation"),
 ("tomas_fuentes","denied","paula_reyes","Tomás Fuentes, who heads the confederation, denied the charge"),
 ("tomas_fuentes","urged","sebastian_rojas","called on Rojas to open talks"),
 ("tomas_fuentes","said_to","radio_bio_bio","Fuentes told Radio Bío-Bío"),
 ("un","urged","chile","The United Nations human rights office urged Chile"),
])

doc("05-vietnam-philippines-coast-guard-pact", """
HANOI — Vietnamese Prime Minister Nguyen Van Thanh met Philippine President Ramon Castillo in Hanoi on Tuesday, and the two leaders signed an agreement on coast guard cooperation in the South China Sea.

The accord commits the Vietnam Coast Guard and the Philippine Coast Guard to joint patrols and a hotline, Vietnam's Foreign Ministry said in a statement.

Chinese Foreign Ministry spokesman Lin Jian warned against "provocations" and accused the Philippines of illegally occupying reefs in the Spratly Islands. Castillo rejected the accusation.

Both countries have clashed with China at sea. In June, Chinese ships rammed a Philippine supply boat near Second Thomas Shoal.

The United States supports the Philippines under a 1951 defense treaty, and Secretary of State Daniel Hart called the agreement "a step toward a free and open Indo-Pacific."

Castillo invited Thanh to visit Manila next year. The Association of Southeast Asian Nations is expected to discuss the pact at its summit in Jakarta, Indonesia, in November.
""", [
 ("hanoi","Hanoi","Location",["HANOI","Hanoi"]),
 ("vietnam","Vietnam","Country",["Vietnamese","Vietnam"]),
 ("nguyen_van_thanh","Nguyen Van Thanh","Person",["Nguyen Van Thanh","Thanh"]),
 ("philippines","Philippines","Country",["Philippine","Philippines"]),
 ("ramon_castillo","Ramon Castillo","Person",["Ramon Castillo","Castillo"]),
 ("south_china_sea","South China Sea","Location",["South China Sea"]),
 ("vietnam_coast_guard","Vietnam Coast Guard","Organization",["Vietnam Coast Guard"]),
 ("philippine_coast_guard","Philippine Coast Guard","Organization",["Philippine Coast Guard"]),
 ("vietnam_foreign_ministry","Vietnam Foreign Ministry","Organization",["Foreign Ministry"]),
 ("china","China","Country",["China","Chinese"]),
 ("china_foreign_ministry","Chinese Foreign Ministry","Organization",["Chinese Foreign Ministry"]),
 ("lin_jian","Lin Jian","Person",["Lin Jian"]),
 ("spratly_islands","Spratly Islands","Location",["Spratly Islands"]),
 ("second_thomas_shoal","Second Thomas Shoal","Location",["Second Thomas Shoal"]),
 ("us","United States","Country",["United States"]),
 ("daniel_hart","Daniel Hart","Person",["Daniel Hart"]),
 ("manila","Manila","Location",["Manila"]),
 ("indo_pacific","Indo-Pacific","Location",["Indo-Pacific"]),
 ("asean","Association of Southeast Asian Nations","Organization",["Association of Southeast Asian Nations"]),
 ("jakarta","Jakarta","Location",["Jakarta"]),
 ("indonesia","Indonesia","Country",["Indonesia"]),
], [
 ("nguyen_van_thanh","met_with","ramon_castillo","Nguyen Van Thanh met Philippine President Ramon Castillo"),
 ("nguyen_van_thanh","agreed_with","ramon_castillo","the two leaders signed an agreement"),
 ("nguyen_van_thanh","leads","vietnam","Vietnamese Prime Minister Nguyen Van Thanh"),
 ("ramon_castillo","leads","philippines","Philippine President Ramon Castillo"),
 ("vietnam_coast_guard","member_of","vietnam","the Vietnam Coast Guard"),
 ("philippine_coast_guard","member_of","philippines","the Philippine Coast Guard"),
 ("vietnam_coast_guard","affiliated_with","philippine_coast_guard","The accord commits the Vietnam Coast Guard and the Philippine Coast Guard to joint patrols"),
 ("vietnam_foreign_ministry","member_of","vietnam","Vietnam's Foreign Ministry"),
 ("china_foreign_ministry","member_of","china","Chinese Foreign Ministry"),
 ("lin_jian","role_in","china_foreign_ministry","Chinese Foreign Ministry spokesman Lin Jian"),
 ("lin_jian","accused","philippines","accused the Philippines of illegally occupying reefs"),
 ("ramon_castillo","denied","lin_jian","Castillo rejected the accusation"),
 ("vietnam","fought","china","Both countries have clashed with China at sea"),
 ("philippines","fought","china","Both countries have clashed with China at sea"),
 ("china","attacked","philippines","Chinese ships rammed a Philippine supply boat"),
 ("us","supports","philippines","The United States supports the Philippines"),
 ("daniel_hart","role_in","us","Secretary of State Daniel Hart"),
 ("ramon_castillo","invited","nguyen_van_thanh","Castillo invited Thanh"),
 ("jakarta","located_in","indonesia","Jakarta, Indonesia"),
])

doc("06-nepal-earthquake-aid", """
KATHMANDU — A magnitude 7.1 earthquake struck western Nepal late on Friday, killing at least 150 people and flattening villages in Jajarkot District, officials said.

Prime Minister Kamal Sharma flew to the area on Saturday with army chief Gen. Prabhu Thapa. The Nepali Army deployed 2,000 soldiers to Jajarkot to search for survivors, army spokesman Krishna Bhandari told the Kathmandu Post.

India sent two air force planes with tents and medicine, and Chinese President Xi Jinping sent a message of condolence to Sharma. The European Union released 2 million euros in emergency aid for Nepal, and the United Nations Children's Fund said it was sending water purification tablets.

The World Food Programme is working with the Nepal Red Cross Society to distribute rice in Jajarkot and neighbouring Rukum West, WFP spokeswoman Anita Gurung said.

Nepal's Department of Mines and Geology said aftershocks could continue for weeks.

Rescue teams used bulldozers to clear roads blocked by landslides, and many survivors spent a second night outdoors in freezing temperatures.
""", [
 ("kathmandu","Kathmandu","Location",["KATHMANDU"]),
 ("nepal","Nepal","Country",["Nepal","Nepali"]),
 ("jajarkot","Jajarkot District","Location",["Jajarkot District","Jajarkot"]),
 ("kamal_sharma","Kamal Sharma","Person",["Kamal Sharma","Sharma"]),
 ("prabhu_thapa","Prabhu Thapa","Person",["Prabhu Thapa"]),
 ("nepali_army","Nepali Army","Organization",["Nepali Army"]),
 ("krishna_bhandari","Krishna Bhandari","Person",["Krishna Bhandari"]),
 ("kathmandu_post","Kathmandu Post","Organization",["Kathmandu Post"]),
 ("india","India","Country",["India"]),
 ("china","China","Country",["Chinese"]),
 ("xi_jinping","Xi Jinping","Person",["Xi Jinping"]),
 ("eu","European Union","Organization",["European Union"]),
 ("unicef","UNICEF","Organization",["United Nations Children's Fund"]),
 ("wfp","World Food Programme","Organization",["World Food Programme","WFP"]),
 ("nepal_red_cross","Nepal Red Cross Society","Organization",["Nepal Red Cross Society"]),
 ("rukum_west","Rukum West","Location",["Rukum West"]),
 ("anita_gurung","Anita Gurung","Person",["Anita Gurung"]),
 ("nepal_dmg","Department of Mines and Geology","Organization",["Department of Mines and Geology"]),
], [
 ("kamal_sharma","leads","nepal","Prime Minister Kamal Sharma"),
 ("prabhu_thapa","leads","nepali_army","army chief Gen. Prabhu Thapa"),
 ("nepali_army","member_of","nepal","The Nepali Army"),
 ("nepali_army","deployed_to","jajarkot","The Nepali Army deployed 2,000 soldiers to Jajarkot"),
 ("krishna_bhandari","role_in","nepali_army","army spokesman Krishna Bhandari"),
 ("krishna_bhandari","said_to","kathmandu_post","Krishna Bhandari told the Kathmandu Post"),
 ("india","supports","nepal","India sent two air force planes with tents and medicine"),
 ("xi_jinping","leads","china","Chinese President Xi Jinping"),
 ("eu","supports","nepal","The European Union released 2 million euros in emergency aid for Nepal"),
 ("wfp","affiliated_with","nepal_red_cross","The World Food Programme is working with the Nepal Red Cross Society"),
 ("anita_gurung","role_in","wfp","WFP spokeswoman Anita Gurung"),
 ("nepal_dmg","member_of","nepal","Nepal's Department of Mines and Geology"),
])

doc("07-fifa-suspends-sri-lanka-federation", """
ZURICH — FIFA on Thursday suspended the Sri Lanka Football Federation with immediate effect, citing government interference in the body's elections.

The suspension bars Sri Lankan clubs and the national team from international competition until it is lifted, world football's governing body said in a statement. FIFA President Gianni Infantino had warned the federation in May that it faced sanctions.

Sri Lanka's Sports Ministry dissolved the federation's executive committee in April and appointed a caretaker panel headed by retired judge Nimal Perera. The ministry accused federation president Jaswar Umar of mismanaging $2 million in development grants. Umar denied the allegations and took the case to the Court of Arbitration for Sport in Lausanne.

The Asian Football Confederation backed FIFA's decision and urged Sports Minister Roshan Silva to restore the elected board.

Silva told the Daily Mirror that the government would comply "in the interest of the players."

Sri Lanka has never qualified for the World Cup, and the suspension also affects its women's team, which was due to play in a regional tournament next month.
""", [
 ("zurich","Zurich","Location",["ZURICH"]),
 ("fifa","FIFA","Organization",["FIFA"]),
 ("slff","Football Federation of Sri Lanka","Organization",["Sri Lanka Football Federation"]),
 ("sri_lanka","Sri Lanka","Country",["Sri Lanka","Sri Lankan"]),
 ("gianni_infantino","Gianni Infantino","Person",["Gianni Infantino"]),
 ("sri_lanka_sports_ministry","Sports Ministry","Organization",["Sports Ministry"]),
 ("nimal_perera","Nimal Perera","Person",["Nimal Perera"]),
 ("jaswar_umar","Jaswar Umar","Person",["Jaswar Umar","Umar"]),
 ("cas","Court of Arbitration for Sport","Organization",["Court of Arbitration for Sport"]),
 ("lausanne","Lausanne","Location",["Lausanne"]),
 ("afc","Asian Football Confederation","Organization",["Asian Football Confederation"]),
 ("roshan_silva","Roshan Silva","Person",["Roshan Silva","Silva"]),
 ("daily_mirror","Daily Mirror","Organization",["Daily Mirror"]),
], [
 ("gianni_infantino","leads","fifa","FIFA President Gianni Infantino"),
 ("gianni_infantino","threatened","slff","Gianni Infantino had warned the federation in May that it faced sanctions"),
 ("sri_lanka_sports_ministry","member_of","sri_lanka","Sri Lanka's Sports Ministry"),
 ("sri_lanka_sports_ministry","accused","jaswar_umar","The ministry accused federation president Jaswar Umar"),
 ("jaswar_umar","leads","slff","federation president Jaswar Umar"),
 ("jaswar_umar","denied","sri_lanka_sports_ministry","Umar denied the allegations"),
 ("cas","located_in","lausanne","the Court of Arbitration for Sport in Lausanne"),
 ("afc","supports","fifa","The Asian Football Confederation backed FIFA's decision"),
 ("afc","urged","roshan_silva","urged Sports Minister Roshan Silva"),
 ("roshan_silva","role_in","sri_lanka","Sports Minister Roshan Silva"),
 ("roshan_silva","said_to","daily_mirror","Silva told the Daily Mirror"),
])

doc("08-uk-blames-russian-hackers-opcw", """
LONDON — Britain's National Cyber Security Centre on Tuesday accused a hacking group linked to Russia's military intelligence agency of attacking the computer networks of the Organisation for the Prohibition of Chemical Weapons.

The group, known as Fancy Bear or APT28, targeted the OPCW headquarters in The Hague while the watchdog was investigating a nerve agent attack in Salisbury, England, the NCSC said. Dutch officials said four Russian agents were expelled after they were caught with hacking equipment in a car park near the building.

Russia's Foreign Ministry dismissed the accusations as "spy mania." Kremlin spokesman Dmitry Peskov told reporters that Moscow had "nothing to do" with the attack.

Foreign Secretary Jeremy Hunt said the GRU, as the agency is known, was acting "without regard to international law." NATO Secretary General Jens Stoltenberg urged Russia to stop its "reckless behaviour," and the United States and Canada said they stood with Britain.

Microsoft said separately that the same hackers had attacked the websites of two American think tanks.
""", [
 ("london","London","Location",["LONDON"]),
 ("uk","United Kingdom","Country",["Britain"]),
 ("ncsc","National Cyber Security Centre","Organization",["National Cyber Security Centre","NCSC"]),
 ("russia","Russia","Country",["Russia","Russian"]),
 ("gru","GRU","Organization",["GRU"]),
 ("fancy_bear","Fancy Bear","Organization",["Fancy Bear","APT28"]),
 ("opcw","Organisation for the Prohibition of Chemical Weapons","Organization",["Organisation for the Prohibition of Chemical Weapons","OPCW"]),
 ("the_hague","The Hague","Location",["The Hague"]),
 ("salisbury","Salisbury","Location",["Salisbury"]),
 ("england","England","Location",["England"]),
 ("netherlands","Netherlands","Country",["Dutch"]),
 ("russia_foreign_ministry","Russian Foreign Ministry","Organization",["Foreign Ministry"]),
 ("kremlin","Kremlin","Organization",["Kremlin"]),
 ("dmitry_peskov","Dmitry Peskov","Person",["Dmitry Peskov"]),
 ("moscow","Moscow","Location",["Moscow"]),
 ("jeremy_hunt","Jeremy Hunt","Person",["Jeremy Hunt"]),
 ("nato","NATO","Organization",["NATO"]),
 ("jens_stoltenberg","Jens Stoltenberg","Person",["Jens Stoltenberg"]),
 ("us","United States","Country",["United States","American"]),
 ("canada","Canada","Country",["Canada"]),
 ("microsoft","Microsoft","Organization",["Microsoft"]),
], [
 ("ncsc","member_of","uk","Britain's National Cyber Security Centre"),
 ("ncsc","accused","fancy_bear","accused a hacking group linked to Russia's military intelligence agency of attacking"),
 ("fancy_bear","affiliated_with","gru","a hacking group linked to Russia's military intelligence agency"),
 ("gru","member_of","russia","Russia's military intelligence agency"),
 ("fancy_bear","attacked","opcw","The group, known as Fancy Bear or APT28, targeted the OPCW headquarters"),
 ("opcw","located_in","the_hague","the OPCW headquarters in The Hague"),
 ("salisbury","located_in","england","Salisbury, England"),
 ("russia_foreign_ministry","member_of","russia","Russia's Foreign Ministry"),
 ("russia_foreign_ministry","denied","ncsc","Russia's Foreign Ministry dismissed the accusations"),
 ("dmitry_peskov","role_in","kremlin","Kremlin spokesman Dmitry Peskov"),
 ("jeremy_hunt","role_in","uk","Foreign Secretary Jeremy Hunt"),
 ("jens_stoltenberg","leads","nato","NATO Secretary General Jens Stoltenberg"),
 ("jens_stoltenberg","urged","russia","Jens Stoltenberg urged Russia"),
 ("us","supports","uk","the United States and Canada said they stood with Britain"),
 ("canada","supports","uk","the United States and Canada said they stood with Britain"),
])

doc("09-germany-brigade-lithuania", """
VILNIUS — Germany will station a combat brigade of about 4,800 soldiers in Lithuania by 2027, German Defence Minister Boris Pistorius said on Monday after meeting his Lithuanian counterpart, Laurynas Kasčiūnas, in Vilnius.

The brigade, the first permanent deployment of German forces abroad since World War Two, will be based near Rukla and will operate under NATO command. Pistorius said Berlin would cover the cost of barracks, while Lithuania would build training ranges.

Russia's ambassador to Lithuania, Nikolai Petrov, said the move "will not go unanswered." The Russian Defence Ministry accused NATO of preparing for a confrontation. NATO rejected the charge.

Lithuanian President Gitanas Nausėda welcomed the brigade. "Our allies are here to defend every meter of our territory," he told the Baltic News Service.

Estonia and Latvia host smaller multinational battle groups led by Britain and Canada. Germany already leads a NATO battle group in Lithuania that includes troops from the Netherlands and Norway.
""", [
 ("vilnius","Vilnius","Location",["VILNIUS","Vilnius"]),
 ("germany","Germany","Country",["Germany","German"]),
 ("lithuania","Lithuania","Country",["Lithuania","Lithuanian"]),
 ("boris_pistorius","Boris Pistorius","Person",["Boris Pistorius","Pistorius"]),
 ("laurynas_kasciunas","Laurynas Kasčiūnas","Person",["Laurynas Kasčiūnas"]),
 ("rukla","Rukla","Location",["Rukla"]),
 ("nato","NATO","Organization",["NATO"]),
 ("berlin","Berlin","Location",["Berlin"]),
 ("russia","Russia","Country",["Russia","Russian"]),
 ("nikolai_petrov","Nikolai Petrov","Person",["Nikolai Petrov"]),
 ("russia_defence_ministry","Russian Defence Ministry","Organization",["Russian Defence Ministry"]),
 ("gitanas_nauseda","Gitanas Nausėda","Person",["Gitanas Nausėda"]),
 ("bns","Baltic News Service","Organization",["Baltic News Service"]),
 ("estonia","Estonia","Country",["Estonia"]),
 ("latvia","Latvia","Country",["Latvia"]),
 ("uk","United Kingdom","Country",["Britain"]),
 ("canada","Canada","Country",["Canada"]),
 ("netherlands","Netherlands","Country",["Netherlands"]),
 ("norway","Norway","Country",["Norway"]),
], [
 ("netherlands","deployed_to","lithuania","a NATO battle group in Lithuania that includes troops from the Netherlands"),
 ("norway","deployed_to","lithuania","a NATO battle group in Lithuania that includes troops from the Netherlands and Norway"),
 ("germany","deployed_to","lithuania","Germany will station a combat brigade of about 4,800 soldiers in Lithuania"),
 ("boris_pistorius","role_in","germany","German Defence Minister Boris Pistorius"),
 ("boris_pistorius","met_with","laurynas_kasciunas","after meeting his Lithuanian counterpart, Laurynas Kasčiūnas"),
 ("laurynas_kasciunas","role_in","lithuania","his Lithuanian counterpart, Laurynas Kasčiūnas"),
 ("nikolai_petrov","role_in","russia","Russia's ambassador to Lithuania, Nikolai Petrov"),
 ("russia_defence_ministry","member_of","russia","The Russian Defence Ministry"),
 ("russia_defence_ministry","accused","nato","The Russian Defence Ministry accused NATO"),
 ("nato","denied","russia_defence_ministry","NATO rejected the charge"),
 ("gitanas_nauseda","leads","lithuania","Lithuanian President Gitanas Nausėda"),
 ("gitanas_nauseda","said_to","bns","he told the Baltic News Service"),
])

doc("10-nigeria-morocco-gas-pipeline", """
ABUJA — Nigeria and Morocco on Thursday signed an agreement to build a gas pipeline along the Atlantic coast of West Africa, a project expected to cost $25 billion.

The deal was signed in Abuja by Nigerian President Musa Adewale and Moroccan Prime Minister Karim Benali. The pipeline will be built by the Nigerian National Petroleum Company and Morocco's National Office of Hydrocarbons and Mines, known as ONHYM.

The Economic Community of West African States, which groups 15 countries in the region, backed the project. ECOWAS Commission President Omar Touray said it would bring power to millions of homes.

Algeria, which supplies gas to Spain through a rival pipeline, criticized the plan. Algerian Energy Minister Mohamed Arkab accused Morocco of using the project to strengthen its claim to Western Sahara. Benali dismissed the accusation.

The Islamic Development Bank said it would help finance the first phase. "This is a corridor of prosperity," Adewale told Arise News.
""", [
 ("abuja","Abuja","Location",["ABUJA","Abuja"]),
 ("nigeria","Nigeria","Country",["Nigeria","Nigerian"]),
 ("morocco","Morocco","Country",["Morocco","Moroccan"]),
 ("west_africa","West Africa","Location",["West Africa"]),
 ("musa_adewale","Musa Adewale","Person",["Musa Adewale","Adewale"]),
 ("karim_benali","Karim Benali","Person",["Karim Benali","Benali"]),
 ("nnpc","Nigerian National Petroleum Company","Organization",["Nigerian National Petroleum Company"]),
 ("onhym","National Office of Hydrocarbons and Mines","Organization",["National Office of Hydrocarbons and Mines","ONHYM"]),
 ("ecowas","Economic Community of West African States","Organization",["Economic Community of West African States"]),
 ("ecowas_commission","ECOWAS Commission","Organization",["ECOWAS Commission"]),
 ("omar_touray","Omar Touray","Person",["Omar Touray"]),
 ("algeria","Algeria","Country",["Algeria","Algerian"]),
 ("spain","Spain","Country",["Spain"]),
 ("mohamed_arkab","Mohamed Arkab","Person",["Mohamed Arkab"]),
 ("western_sahara","Western Sahara","Location",["Western Sahara"]),
 ("isdb","Islamic Development Bank","Organization",["Islamic Development Bank"]),
 ("arise_news","Arise News","Organization",["Arise News"]),
], [
 ("nigeria","agreed_with","morocco","Nigeria and Morocco on Thursday signed an agreement"),
 ("musa_adewale","agreed_with","karim_benali","The deal was signed in Abuja by Nigerian President Musa Adewale and Moroccan Prime Minister Karim Benali"),
 ("musa_adewale","leads","nigeria","Nigerian President Musa Adewale"),
 ("karim_benali","leads","morocco","Moroccan Prime Minister Karim Benali"),
 ("onhym","member_of","morocco","Morocco's National Office of Hydrocarbons and Mines"),
 ("ecowas_commission","member_of","ecowas","ECOWAS Commission"),
 ("omar_touray","leads","ecowas_commission","ECOWAS Commission President Omar Touray"),
 ("algeria","affiliated_with","spain","Algeria, which supplies gas to Spain"),
 ("mohamed_arkab","role_in","algeria","Algerian Energy Minister Mohamed Arkab"),
 ("mohamed_arkab","accused","morocco","Mohamed Arkab accused Morocco"),
 ("karim_benali","denied","mohamed_arkab","Benali dismissed the accusation"),
 ("musa_adewale","said_to","arise_news","Adewale told Arise News"),
])

ok = True
for stem, text, ents, rels in docs:
    words = len(text.split())
    ids = {e[0] for e in ents}
    for e in ents:
        for a in e[3]:
            if a not in text: print(stem, "alias not in text:", a); ok=False
    for r in rels:
        if r[0] not in ids or r[2] not in ids: print(stem, "bad id", r); ok=False
        if r[3] not in text: print(stem, "evidence not in text:", r[3]); ok=False
    print(stem, words, "words", len(ents), "entities", len(rels), "relations")
    open(os.path.join(OUT, stem + ".txt"), "w").write(text)
    gold = {"entities":[{"id":i,"name":n,"type":t,"aliases":a} for i,n,t,a in ents],
            "relations":[{"source":s,"target":t,"type":ty,"evidence":ev} for s,ty,t,ev in rels]}
    open(os.path.join(OUT, stem + ".gold.json"), "w").write(json.dumps(gold, indent=1, ensure_ascii=False)+"\n")
print("OK" if ok else "PROBLEMS")
