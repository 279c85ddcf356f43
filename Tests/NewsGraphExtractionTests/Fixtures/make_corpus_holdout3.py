import json, os
docs=[]
def doc(stem, text, ents, rels): docs.append((stem, text.strip()+"\n", ents, rels))

doc("21-wto-steel-tariff-dispute", """
GENEVA — The European Union filed a complaint at the World Trade Organization on Friday against new Indian tariffs on steel and aluminium, escalating a dispute that has simmered since talks on a free trade agreement stalled last year.

EU Trade Commissioner Valdis Dombrovskis said the 25 percent duties violated India's commitments and hurt European exporters worth 4 billion euros a year. India's Commerce Ministry rejected the complaint, saying the tariffs were needed to protect domestic producers from a flood of cheap imports.

Under WTO rules, the two sides now have 60 days to settle the dispute through consultations before the EU can ask for a panel to rule on it.

Indian Commerce Minister Piyush Goyal told the Economic Times that New Delhi remained open to talks with Brussels. Germany and Italy, the EU's largest steel producers, urged the European Commission to prepare countermeasures.

Eurofer, the European steel industry association, welcomed the complaint.
""", [
 ("geneva","Geneva","Location",["GENEVA"]),
 ("eu","European Union","Organization",["European Union","EU"]),
 ("wto","World Trade Organization","Organization",["World Trade Organization","WTO"]),
 ("india","India","Country",["Indian","India"]),
 ("valdis_dombrovskis","Valdis Dombrovskis","Person",["Valdis Dombrovskis"]),
 ("india_commerce_ministry","Commerce Ministry","Organization",["Commerce Ministry"]),
 ("piyush_goyal","Piyush Goyal","Person",["Piyush Goyal"]),
 ("economic_times","Economic Times","Organization",["Economic Times"]),
 ("new_delhi","New Delhi","Location",["New Delhi"]),
 ("brussels","Brussels","Location",["Brussels"]),
 ("germany","Germany","Country",["Germany"]),
 ("italy","Italy","Country",["Italy"]),
 ("european_commission","European Commission","Organization",["European Commission"]),
 ("eurofer","Eurofer","Organization",["Eurofer"]),
], [
 ("eu","accused","india","The European Union filed a complaint at the World Trade Organization on Friday against new Indian tariffs"),
 ("valdis_dombrovskis","role_in","eu","EU Trade Commissioner Valdis Dombrovskis"),
 ("india_commerce_ministry","member_of","india","India's Commerce Ministry"),
 ("india_commerce_ministry","denied","eu","India's Commerce Ministry rejected the complaint"),
 ("piyush_goyal","role_in","india","Indian Commerce Minister Piyush Goyal"),
 ("piyush_goyal","said_to","economic_times","Piyush Goyal told the Economic Times"),
 ("germany","member_of","eu","Germany and Italy, the EU's largest steel producers"),
 ("italy","member_of","eu","Germany and Italy, the EU's largest steel producers"),
 ("germany","urged","european_commission","Germany and Italy, the EU's largest steel producers, urged the European Commission"),
 ("italy","urged","european_commission","Germany and Italy, the EU's largest steel producers, urged the European Commission"),
])

doc("22-qatar-mediates-hostage-release", """
DOHA — Hamas released four hostages on Tuesday in exchange for 39 Palestinian prisoners held by Israel, under a deal mediated by Qatar and Egypt, the Qatari Foreign Ministry said.

Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas political leader Ismail Haniyeh in Doha on Monday to settle the final details, a diplomat familiar with the talks told Reuters. Egypt's intelligence chief, Abbas Kamel, held separate talks with Israeli officials in Cairo.

The International Committee of the Red Cross transported the hostages to the Rafah crossing. Israeli Prime Minister Benjamin Netanyahu thanked Qatar but accused Hamas of delaying the handover.

Hamas denied the accusation. U.S. Secretary of State Antony Blinken praised the mediators and urged both sides to extend the truce. The truce, now in its fifth day, has allowed aid trucks to reach the south of the territory, where hospitals have run short of fuel and medicine. Families of the remaining captives held rallies to demand their release.
""", [
 ("doha","Doha","Location",["DOHA","Doha"]),
 ("hamas","Hamas","Organization",["Hamas"]),
 ("palestine","Palestine","Country",["Palestinian"]),
 ("israel","Israel","Country",["Israel","Israeli"]),
 ("qatar","Qatar","Country",["Qatar","Qatari"]),
 ("egypt","Egypt","Country",["Egypt"]),
 ("qatar_foreign_ministry","Qatari Foreign Ministry","Organization",["Qatari Foreign Ministry"]),
 ("mohammed_al_thani","Mohammed bin Abdulrahman Al Thani","Person",["Mohammed bin Abdulrahman Al Thani"]),
 ("ismail_haniyeh","Ismail Haniyeh","Person",["Ismail Haniyeh"]),
 ("reuters","Reuters","Organization",["Reuters"]),
 ("abbas_kamel","Abbas Kamel","Person",["Abbas Kamel"]),
 ("cairo","Cairo","Location",["Cairo"]),
 ("icrc","International Committee of the Red Cross","Organization",["International Committee of the Red Cross"]),
 ("rafah_crossing","Rafah crossing","Facility",["Rafah crossing"]),
 ("benjamin_netanyahu","Benjamin Netanyahu","Person",["Benjamin Netanyahu"]),
 ("us","United States","Country",["U.S."]),
 ("antony_blinken","Antony Blinken","Person",["Antony Blinken"]),
], [
 ("qatar_foreign_ministry","member_of","qatar","the Qatari Foreign Ministry"),
 ("mohammed_al_thani","leads","qatar","Qatari Prime Minister Mohammed bin Abdulrahman Al Thani"),
 ("mohammed_al_thani","met_with","ismail_haniyeh","Mohammed bin Abdulrahman Al Thani met Hamas political leader Ismail Haniyeh"),
 ("ismail_haniyeh","leads","hamas","Hamas political leader Ismail Haniyeh"),
 ("abbas_kamel","role_in","egypt","Egypt's intelligence chief, Abbas Kamel"),
 ("abbas_kamel","met_with","israel","Abbas Kamel, held separate talks with Israeli officials"),
 ("benjamin_netanyahu","leads","israel","Israeli Prime Minister Benjamin Netanyahu"),
 ("benjamin_netanyahu","accused","hamas","accused Hamas of delaying the handover"),
 ("hamas","denied","benjamin_netanyahu","Hamas denied the accusation"),
 ("antony_blinken","role_in","us","U.S. Secretary of State Antony Blinken"),
])

doc("23-un-peacekeepers-congo", """
GOMA, Congo — United Nations peacekeepers clashed with M23 rebels near the town of Sake on Wednesday, killing at least 12 fighters, the U.N. mission in Congo said.

The mission, known as MONUSCO, said its troops had returned fire after rebels attacked a base held by Uruguayan and South African soldiers. M23 spokesman Lawrence Kanyuka accused the peacekeepers of helping Congo's army and warned that the group would defend its positions.

Congolese President Felix Tshisekedi has accused neighboring Rwanda of backing the M23, a charge that Kigali denies. A report by U.N. experts last year said Rwandan troops were fighting alongside the rebels.

The Southern African Development Community has deployed troops to eastern Congo to support the government. Aid agencies, including Doctors Without Borders, said fighting had forced more than 100,000 people to flee toward Goma in the past week. Residents said shells had landed near a market and a school, and that many families were sleeping in churches.
""", [
 ("goma","Goma","Location",["GOMA","Goma"]),
 ("drc","Democratic Republic of the Congo","Country",["Congo","Congolese"]),
 ("un","United Nations","Organization",["United Nations","U.N."]),
 ("m23","M23","Organization",["M23"]),
 ("sake","Sake","Location",["Sake"]),
 ("monusco","MONUSCO","Organization",["MONUSCO"]),
 ("uruguay","Uruguay","Country",["Uruguayan"]),
 ("south_africa","South Africa","Country",["South African"]),
 ("lawrence_kanyuka","Lawrence Kanyuka","Person",["Lawrence Kanyuka"]),
 ("felix_tshisekedi","Felix Tshisekedi","Person",["Felix Tshisekedi"]),
 ("rwanda","Rwanda","Country",["Rwanda","Rwandan"]),
 ("kigali","Kigali","Location",["Kigali"]),
 ("sadc","Southern African Development Community","Organization",["Southern African Development Community"]),
 ("msf","Doctors Without Borders","Organization",["Doctors Without Borders"]),
], [
 ("un","fought","m23","United Nations peacekeepers clashed with M23 rebels"),
 ("un","killed","m23","killing at least 12 fighters"),
 ("monusco","member_of","un","The mission, known as MONUSCO"),
 ("monusco","located_in","drc","the U.N. mission in Congo"),
 ("m23","attacked","monusco","rebels attacked a base held by Uruguayan and South African soldiers"),
 ("lawrence_kanyuka","role_in","m23","M23 spokesman Lawrence Kanyuka"),
 ("lawrence_kanyuka","accused","monusco","Lawrence Kanyuka accused the peacekeepers of helping Congo's army"),
 ("felix_tshisekedi","leads","drc","Congolese President Felix Tshisekedi"),
 ("felix_tshisekedi","accused","rwanda","Felix Tshisekedi has accused neighboring Rwanda of backing the M23"),
 ("rwanda","supports","m23","Rwanda of backing the M23"),
 ("sadc","deployed_to","drc","The Southern African Development Community has deployed troops to eastern Congo"),
])

doc("24-central-bank-rate-decision", """
FRANKFURT — The European Central Bank raised its key interest rate by a quarter point on Thursday, its tenth increase in a row, as it battles inflation that remains well above its 2 percent target.

ECB President Christine Lagarde told reporters that the bank was not yet ready to declare victory, but signalled that borrowing costs were close to their peak. The decision was backed by a majority of the Governing Council, although Italy's central bank governor, Ignazio Visco, had urged a pause, according to people familiar with the discussion.

Germany's finance minister, Christian Lindner, welcomed the move. Italian Prime Minister Giorgia Meloni criticized the ECB, saying higher rates were hurting families with mortgages.

The euro rose 0.4 percent against the dollar after the announcement. The U.S. Federal Reserve left its own rates unchanged last week, and the Bank of England is due to announce its decision next Thursday. Economists expect one more increase in September before a long pause.
""", [
 ("frankfurt","Frankfurt","Location",["FRANKFURT"]),
 ("ecb","European Central Bank","Organization",["European Central Bank","ECB"]),
 ("christine_lagarde","Christine Lagarde","Person",["Christine Lagarde"]),
 ("ecb_governing_council","Governing Council","Organization",["Governing Council"]),
 ("italy","Italy","Country",["Italy","Italian"]),
 ("ignazio_visco","Ignazio Visco","Person",["Ignazio Visco"]),
 ("germany","Germany","Country",["Germany"]),
 ("christian_lindner","Christian Lindner","Person",["Christian Lindner"]),
 ("giorgia_meloni","Giorgia Meloni","Person",["Giorgia Meloni"]),
 ("us","United States","Country",["U.S."]),
 ("federal_reserve","Federal Reserve","Organization",["Federal Reserve"]),
 ("bank_of_england","Bank of England","Organization",["Bank of England"]),
], [
 ("christine_lagarde","leads","ecb","ECB President Christine Lagarde"),
 ("ecb_governing_council","member_of","ecb","a majority of the Governing Council"),
 ("ignazio_visco","role_in","italy","Italy's central bank governor, Ignazio Visco"),
 ("christian_lindner","role_in","germany","Germany's finance minister, Christian Lindner"),
 ("giorgia_meloni","leads","italy","Italian Prime Minister Giorgia Meloni"),
 ("giorgia_meloni","accused","ecb","Giorgia Meloni criticized the ECB"),
 ("federal_reserve","member_of","us","The U.S. Federal Reserve"),
])

doc("25-plane-crash-investigation", """
KATHMANDU, Nepal — Investigators recovered both flight recorders on Monday from the wreckage of a Yeti Airlines plane that crashed near the city of Pokhara, killing all 72 people on board, Nepal's Civil Aviation Authority said.

The ATR 72 turboprop, built by Franco-Italian manufacturer ATR, went down in a river gorge moments before landing at the new Pokhara International Airport. It was Nepal's deadliest air crash in three decades.

France's BEA accident investigation agency said it would help analyze the recorders, and ATR sent a team of technical advisers to Kathmandu. Yeti Airlines spokesman Sudarshan Bartaula told the Kathmandu Post that the aircraft had been fully inspected before the flight.

Prime Minister Pushpa Kamal Dahal ordered a national day of mourning and formed a five-member commission to investigate. The European Union has banned all Nepalese carriers from its airspace since 2013, citing safety concerns. Rescuers said bad weather and steep terrain had slowed the search for remains.
""", [
 ("kathmandu","Kathmandu","Location",["KATHMANDU","Kathmandu"]),
 ("nepal","Nepal","Country",["Nepal","Nepalese"]),
 ("yeti_airlines","Yeti Airlines","Organization",["Yeti Airlines"]),
 ("pokhara","Pokhara","Location",["Pokhara"]),
 ("nepal_caan","Civil Aviation Authority","Organization",["Civil Aviation Authority"]),
 ("atr","ATR","Organization",["ATR"]),
 ("pokhara_international_airport","Pokhara International Airport","Facility",["Pokhara International Airport"]),
 ("france","France","Country",["France"]),
 ("bea","BEA","Organization",["BEA"]),
 ("sudarshan_bartaula","Sudarshan Bartaula","Person",["Sudarshan Bartaula"]),
 ("kathmandu_post","Kathmandu Post","Organization",["Kathmandu Post"]),
 ("pushpa_kamal_dahal","Pushpa Kamal Dahal","Person",["Pushpa Kamal Dahal"]),
 ("eu","European Union","Organization",["European Union"]),
], [
 ("kathmandu","located_in","nepal","KATHMANDU, Nepal"),
 ("nepal_caan","member_of","nepal","Nepal's Civil Aviation Authority"),
 ("bea","member_of","france","France's BEA accident investigation agency"),
 ("atr","deployed_to","kathmandu","ATR sent a team of technical advisers to Kathmandu"),
 ("sudarshan_bartaula","role_in","yeti_airlines","Yeti Airlines spokesman Sudarshan Bartaula"),
 ("sudarshan_bartaula","said_to","kathmandu_post","Sudarshan Bartaula told the Kathmandu Post"),
 ("pushpa_kamal_dahal","leads","nepal","Prime Minister Pushpa Kamal Dahal"),
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
    os.makedirs('/tmp/fx/holdout3', exist_ok=True)
    open(f'/tmp/fx/holdout3/{stem}.txt','w').write(text)
    gold={"entities":[{"id":i,"name":n,"type":t,"aliases":a} for i,n,t,a in ents],
          "relations":[{"source":s,"target":t,"type":ty,"evidence":ev} for s,ty,t,ev in rels]}
    open(f'/tmp/fx/holdout3/{stem}.gold.json','w').write(json.dumps(gold,indent=1,ensure_ascii=False)+"\n")
print("OK" if ok else "PROBLEMS")
