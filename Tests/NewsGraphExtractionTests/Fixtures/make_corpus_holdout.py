import json, os, sys
sys.argv=['x']
exec(open('/tmp/fx/make.py').read().split("doc(\"01-zambia")[0])  # defines doc(), docs, OUT
doc("11-pakistan-floods-aid", """
ISLAMABAD — Floods triggered by monsoon rains have killed at least 230 people across Pakistan's Sindh province this month, the National Disaster Management Authority said on Wednesday.

Prime Minister Shehbaz Khan visited relief camps near Sukkur and appealed to the international community for help. "Entire villages have disappeared under water," he told state broadcaster PTV.

The United Nations Office for the Coordination of Humanitarian Affairs said 1.2 million people had been displaced. The World Bank approved $300 million in emergency financing for Pakistan, and Saudi Arabia pledged tents and food through the King Salman Humanitarian Aid and Relief Centre.

The Pakistan Army deployed helicopters to Dadu to evacuate stranded families, military spokesman Maj. Gen. Ahmed Sharif said.

Climate Minister Sherry Rahman blamed rich nations for the crisis, saying Pakistan produces less than 1 percent of global emissions. China sent a rescue team of 80 engineers, the Chinese Embassy in Islamabad said.
""", [
 ("islamabad","Islamabad","Location",["ISLAMABAD","Islamabad"]),
 ("pakistan","Pakistan","Country",["Pakistan"]),
 ("sindh","Sindh","Location",["Sindh"]),
 ("ndma","National Disaster Management Authority","Organization",["National Disaster Management Authority"]),
 ("shehbaz_khan","Shehbaz Khan","Person",["Shehbaz Khan"]),
 ("sukkur","Sukkur","Location",["Sukkur"]),
 ("ptv","PTV","Organization",["PTV"]),
 ("ocha","UN Office for the Coordination of Humanitarian Affairs","Organization",["United Nations Office for the Coordination of Humanitarian Affairs"]),
 ("world_bank","World Bank","Organization",["World Bank"]),
 ("saudi_arabia","Saudi Arabia","Country",["Saudi Arabia"]),
 ("ksrelief","King Salman Humanitarian Aid and Relief Centre","Organization",["King Salman Humanitarian Aid and Relief Centre"]),
 ("pakistan_army","Pakistan Army","Organization",["Pakistan Army"]),
 ("dadu","Dadu","Location",["Dadu"]),
 ("ahmed_sharif","Ahmed Sharif","Person",["Ahmed Sharif"]),
 ("sherry_rahman","Sherry Rahman","Person",["Sherry Rahman"]),
 ("china","China","Country",["China","Chinese"]),
 ("chinese_embassy_islamabad","Chinese Embassy","Facility",["Chinese Embassy"]),
], [
 ("sindh","located_in","pakistan","Pakistan's Sindh province"),
 ("shehbaz_khan","leads","pakistan","Prime Minister Shehbaz Khan"),
 ("shehbaz_khan","said_to","ptv","he told state broadcaster PTV"),
 ("world_bank","supports","pakistan","The World Bank approved $300 million in emergency financing for Pakistan"),
 ("saudi_arabia","supports","pakistan","Saudi Arabia pledged tents and food"),
 ("pakistan_army","member_of","pakistan","The Pakistan Army"),
 ("pakistan_army","deployed_to","dadu","The Pakistan Army deployed helicopters to Dadu"),
 ("sherry_rahman","role_in","pakistan","Climate Minister Sherry Rahman"),
 ("china","supports","pakistan","China sent a rescue team of 80 engineers"),
 ("chinese_embassy_islamabad","located_in","islamabad","the Chinese Embassy in Islamabad"),
])

doc("12-brightline-buys-nordvik", """
SAN FRANCISCO — Cloud software maker Brightline Systems agreed to buy cybersecurity firm Nordvik Labs for $6.8 billion in cash, the companies announced on Tuesday, the largest security deal of the year.

Brightline Chief Executive Priya Raman said the purchase would let the company sell threat-detection tools to its 40,000 business customers. Nordvik, founded in Oslo in 2014, will keep its headquarters in Norway, and its chief executive, Erik Haugen, will report to Raman.

Morgan Stanley advised Brightline, while Nordvik was advised by Goldman Sachs. The deal must be cleared by the European Commission and by regulators in Washington.

Nordvik's software was used by the Norwegian Police Security Service to trace a 2023 hacking campaign that Norway's government blamed on China. Beijing has denied any involvement.

Shares of Brightline fell 3 percent on the Nasdaq, according to Reuters. Analysts said the price valued Nordvik at about 20 times its annual revenue, a premium that reflects strong demand for security software.
""", [
 ("san_francisco","San Francisco","Location",["SAN FRANCISCO"]),
 ("brightline","Brightline Systems","Organization",["Brightline Systems","Brightline"]),
 ("nordvik","Nordvik Labs","Organization",["Nordvik Labs","Nordvik"]),
 ("priya_raman","Priya Raman","Person",["Priya Raman","Raman"]),
 ("oslo","Oslo","Location",["Oslo"]),
 ("norway","Norway","Country",["Norway","Norwegian"]),
 ("erik_haugen","Erik Haugen","Person",["Erik Haugen"]),
 ("morgan_stanley","Morgan Stanley","Organization",["Morgan Stanley"]),
 ("goldman_sachs","Goldman Sachs","Organization",["Goldman Sachs"]),
 ("european_commission","European Commission","Organization",["European Commission"]),
 ("washington","Washington","Location",["Washington"]),
 ("pst","Norwegian Police Security Service","Organization",["Norwegian Police Security Service"]),
 ("china","China","Country",["China"]),
 ("beijing","Beijing","Location",["Beijing"]),
 ("nasdaq","Nasdaq","Organization",["Nasdaq"]),
 ("reuters","Reuters","Organization",["Reuters"]),
], [
 ("brightline","merged_with","nordvik","Brightline Systems agreed to buy cybersecurity firm Nordvik Labs"),
 ("priya_raman","leads","brightline","Brightline Chief Executive Priya Raman"),
 ("nordvik","located_in","norway","Nordvik, founded in Oslo in 2014, will keep its headquarters in Norway"),
 ("erik_haugen","leads","nordvik","its chief executive, Erik Haugen"),
 ("morgan_stanley","affiliated_with","brightline","Morgan Stanley advised Brightline"),
 ("goldman_sachs","affiliated_with","nordvik","Nordvik was advised by Goldman Sachs"),
 ("pst","member_of","norway","the Norwegian Police Security Service"),
 ("norway","accused","china","a 2023 hacking campaign that Norway's government blamed on China"),
])

doc("13-brazil-court-upholds-vox-ban", """
BRASILIA — Brazil's Supreme Federal Court on Thursday upheld a ban on the social media platform Vox, ruling that the company had ignored orders to remove accounts that spread false claims about the election.

Justice Helena Prado, who wrote the majority opinion, said Vox had "deliberately defied Brazilian law." The vote was 9-2.

Vox, owned by American billionaire Daniel Kerr, accused the court of censorship and said it would appeal to the Inter-American Commission on Human Rights. Kerr called Prado "a dictator" in a post on the platform.

The Attorney General's Office had asked the court to fine the company 5 million reais a day. President Luiz Ferreira praised the ruling and urged other countries to regulate technology companies.

The U.S. State Department said it was following the case closely. The Brazilian Bar Association backed the decision. The ruling cannot be appealed within the court system, and the platform has been unavailable in the country since August.
""", [
 ("brasilia","Brasilia","Location",["BRASILIA"]),
 ("brazil","Brazil","Country",["Brazil","Brazilian"]),
 ("stf","Supreme Federal Court","Organization",["Supreme Federal Court"]),
 ("vox","Vox","Organization",["Vox"]),
 ("helena_prado","Helena Prado","Person",["Helena Prado","Prado"]),
 ("us","United States","Country",["American","U.S."]),
 ("daniel_kerr","Daniel Kerr","Person",["Daniel Kerr","Kerr"]),
 ("iachr","Inter-American Commission on Human Rights","Organization",["Inter-American Commission on Human Rights"]),
 ("brazil_ago","Attorney General's Office","Organization",["Attorney General's Office"]),
 ("luiz_ferreira","Luiz Ferreira","Person",["Luiz Ferreira"]),
 ("us_state_department","US State Department","Organization",["State Department"]),
 ("oab","Brazilian Bar Association","Organization",["Brazilian Bar Association"]),
], [
 ("stf","member_of","brazil","Brazil's Supreme Federal Court"),
 ("helena_prado","role_in","stf","Justice Helena Prado, who wrote the majority opinion"),
 ("vox","accused","stf","Vox, owned by American billionaire Daniel Kerr, accused the court of censorship"),
 ("luiz_ferreira","leads","brazil","President Luiz Ferreira"),
 ("us_state_department","member_of","us","The U.S. State Department"),
])

doc("14-portugal-snap-election", """
LISBON — Portugal's center-right Democratic Alliance won Sunday's snap parliamentary election but fell short of a majority, official results showed, leaving its leader, Luís Montenegro, to seek partners in a fragmented parliament.

The Socialist Party, which had governed since 2015, came second. Its leader, Pedro Nuno Santos, conceded defeat and said the Socialists would lead the opposition.

The far-right Chega party tripled its share of the vote. Chega leader André Ventura demanded a role in the next government, but Montenegro has repeatedly ruled out a deal with him.

President Marcelo Rebelo de Sousa will meet party leaders this week before asking Montenegro to form a government. European Commission President Ursula von der Leyen congratulated Montenegro in a telephone call.

Turnout was 66 percent, the highest in nearly three decades, the National Elections Commission said. Analysts expect weeks of negotiations before a new cabinet is sworn in, and some warned that a minority government could struggle to pass a budget.
""", [
 ("lisbon","Lisbon","Location",["LISBON"]),
 ("portugal","Portugal","Country",["Portugal"]),
 ("democratic_alliance","Democratic Alliance","Organization",["Democratic Alliance"]),
 ("luis_montenegro","Luís Montenegro","Person",["Luís Montenegro","Montenegro"]),
 ("socialist_party_portugal","Socialist Party","Organization",["Socialist Party","Socialists"]),
 ("pedro_nuno_santos","Pedro Nuno Santos","Person",["Pedro Nuno Santos"]),
 ("chega","Chega","Organization",["Chega"]),
 ("andre_ventura","André Ventura","Person",["André Ventura"]),
 ("marcelo_rebelo_de_sousa","Marcelo Rebelo de Sousa","Person",["Marcelo Rebelo de Sousa"]),
 ("european_commission","European Commission","Organization",["European Commission"]),
 ("ursula_von_der_leyen","Ursula von der Leyen","Person",["Ursula von der Leyen"]),
 ("portugal_cne","National Elections Commission","Organization",["National Elections Commission"]),
], [
 ("luis_montenegro","leads","democratic_alliance","leaving its leader, Luís Montenegro"),
 ("pedro_nuno_santos","leads","socialist_party_portugal","Its leader, Pedro Nuno Santos"),
 ("andre_ventura","leads","chega","Chega leader André Ventura"),
 ("marcelo_rebelo_de_sousa","leads","portugal","President Marcelo Rebelo de Sousa"),
 ("ursula_von_der_leyen","leads","european_commission","European Commission President Ursula von der Leyen"),
])

doc("15-ransomware-australian-ports", """
SYDNEY — A ransomware attack has shut down container terminals at four Australian ports, including Melbourne and Sydney, disrupting about 40 percent of the country's freight, operator DP World Australia said on Saturday.

The Australian Cyber Security Centre said the attack was carried out by LockBit, a Russian-speaking criminal group that has targeted hospitals, banks and government agencies around the world. LockBit did not comment.

Home Affairs Minister Clare O'Neil told ABC radio that the government would not pay a ransom. "We will not reward criminals," she said.

The U.S. Federal Bureau of Investigation and Britain's National Crime Agency are helping Australian investigators, O'Neil said. In February, the two agencies seized LockBit's servers in a joint operation.

DP World, which is owned by the government of Dubai, said it expected to restore operations within days. Port operators said trucks were queuing for kilometres outside the terminals, and retailers warned of empty shelves if the outage lasted more than a week.
""", [
 ("sydney","Sydney","Location",["SYDNEY","Sydney"]),
 ("australia","Australia","Country",["Australian"]),
 ("melbourne","Melbourne","Location",["Melbourne"]),
 ("dp_world_australia","DP World Australia","Organization",["DP World Australia"]),
 ("acsc","Australian Cyber Security Centre","Organization",["Australian Cyber Security Centre"]),
 ("lockbit","LockBit","Organization",["LockBit"]),
 ("russia","Russia","Country",["Russian"]),
 ("clare_oneil","Clare O'Neil","Person",["Clare O'Neil","O'Neil"]),
 ("abc","ABC","Organization",["ABC"]),
 ("us","United States","Country",["U.S."]),
 ("fbi","Federal Bureau of Investigation","Organization",["Federal Bureau of Investigation"]),
 ("uk","United Kingdom","Country",["Britain"]),
 ("nca","National Crime Agency","Organization",["National Crime Agency"]),
 ("dp_world","DP World","Organization",["DP World"]),
 ("dubai","Dubai","Location",["Dubai"]),
], [
 ("lockbit","attacked","dp_world_australia","the attack was carried out by LockBit"),
 ("acsc","member_of","australia","The Australian Cyber Security Centre"),
 ("acsc","accused","lockbit","The Australian Cyber Security Centre said the attack was carried out by LockBit"),
 ("clare_oneil","role_in","australia","Home Affairs Minister Clare O'Neil"),
 ("clare_oneil","said_to","abc","Clare O'Neil told ABC radio"),
 ("fbi","member_of","us","The U.S. Federal Bureau of Investigation"),
 ("nca","member_of","uk","Britain's National Crime Agency"),
 ("fbi","supports","australia","The U.S. Federal Bureau of Investigation and Britain's National Crime Agency are helping Australian investigators"),
 ("nca","supports","australia","Britain's National Crime Agency are helping Australian investigators"),
 ("fbi","affiliated_with","nca","the two agencies seized LockBit's servers in a joint operation"),
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
    os.makedirs('/tmp/fx/holdout', exist_ok=True)
    open(os.path.join('/tmp/fx/holdout', stem + ".txt"), "w").write(text)
    gold = {"entities":[{"id":i,"name":n,"type":t,"aliases":a} for i,n,t,a in ents],
            "relations":[{"source":s,"target":t,"type":ty,"evidence":ev} for s,ty,t,ev in rels]}
    open(os.path.join('/tmp/fx/holdout', stem + ".gold.json"), "w").write(json.dumps(gold, indent=1, ensure_ascii=False)+"\n")
print("OK" if ok else "PROBLEMS")
