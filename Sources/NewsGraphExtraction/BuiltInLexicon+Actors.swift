// swift-format-ignore-file
// Generated from a compact table; edit the lines, they are the data.
// Format: LEXICON.md ([actors] section: name<TAB>kind<TAB>alias|alias).

extension BuiltInLexicon {
    /// Built-in countries.
    static let countries = #"""
[actors]
Afghanistan	Country	Afghan|Afghans
Albania	Country	Albanian|Albanians
Algeria	Country	Algerian|Algerians
Angola	Country	Angolan
Argentina	Country	Argentine|Argentinian|Argentines
Armenia	Country	Armenian|Armenians
Australia	Country	Australian|Australians
Austria	Country	Austrian|Austrians
Azerbaijan	Country	Azerbaijani|Azeri
Bahrain	Country	Bahraini
Bangladesh	Country	Bangladeshi
Belarus	Country	Belarusian
Belgium	Country	Belgian
Bolivia	Country	Bolivian
Bosnia and Herzegovina	Country	Bosnia|Bosnian
Brazil	Country	Brazilian|Brazilians
Bulgaria	Country	Bulgarian
Burkina Faso	Country	Burkinabe
Cambodia	Country	Cambodian
Cameroon	Country	Cameroonian
Canada	Country	Canadian|Canadians
Chad	Country	Chadian
Chile	Country	Chilean
China	Country	Chinese|People's Republic of China|PRC
Colombia	Country	Colombian|Colombians
Croatia	Country	Croatian
Cuba	Country	Cuban|Cubans
Cyprus	Country	Cypriot
Czech Republic	Country	Czech|Czechia
Democratic Republic of the Congo	Country	DRC|Congolese|Congo|DR Congo|Democratic Republic of Congo
Denmark	Country	Danish|Dane|Danes
Djibouti	Country	Djiboutian
Ecuador	Country	Ecuadorian
Egypt	Country	Egyptian|Egyptians
El Salvador	Country	Salvadoran
Eritrea	Country	Eritrean
Estonia	Country	Estonian
Ethiopia	Country	Ethiopian|Ethiopians
Finland	Country	Finnish|Finn|Finns
France	Country	French|Frenchman
Georgia	Country	Georgian|Georgians
Germany	Country	German|Germans
Ghana	Country	Ghanaian
Greece	Country	Greek|Greeks
Guatemala	Country	Guatemalan
Haiti	Country	Haitian|Haitians
Honduras	Country	Honduran
Hungary	Country	Hungarian
Iceland	Country	Icelandic
India	Country	Indian|Indians
Indonesia	Country	Indonesian|Indonesians
Iran	Country	Iranian|Iranians|Islamic Republic of Iran
Iraq	Country	Iraqi|Iraqis
Ireland	Country	Irish
Israel	Country	Israeli|Israelis
Italy	Country	Italian|Italians
Ivory Coast	Country	Ivorian|Cote d'Ivoire
Jamaica	Country	Jamaican
Japan	Country	Japanese
Jordan	Country	Jordanian|Jordanians
Kazakhstan	Country	Kazakh
Kenya	Country	Kenyan|Kenyans
Kosovo	Country	Kosovar
Kuwait	Country	Kuwaiti
Kyrgyzstan	Country	Kyrgyz
Laos	Country	Lao|Laotian
Latvia	Country	Latvian
Lebanon	Country	Lebanese
Libya	Country	Libyan|Libyans
Lithuania	Country	Lithuanian
Luxembourg	Country	Luxembourgish
Malaysia	Country	Malaysian
Mali	Country	Malian
Malta	Country	Maltese
Mexico	Country	Mexican|Mexicans
Moldova	Country	Moldovan
Mongolia	Country	Mongolian
Montenegro	Country	Montenegrin
Morocco	Country	Moroccan|Moroccans
Mozambique	Country	Mozambican
Myanmar	Country	Burma|Burmese
Namibia	Country	Namibian
Nepal	Country	Nepali|Nepalese
Netherlands	Country	Dutch|Holland
New Zealand	Country	New Zealander
Nicaragua	Country	Nicaraguan
Niger	Country	Nigerien
Nigeria	Country	Nigerian|Nigerians
North Korea	Country	North Korean|North Koreans|DPRK
North Macedonia	Country	Macedonia|Macedonian
Norway	Country	Norwegian
Oman	Country	Omani
Pakistan	Country	Pakistani|Pakistanis
Palestine	Country	Palestinian|Palestinians|Palestinian Territories
Panama	Country	Panamanian
Paraguay	Country	Paraguayan
Peru	Country	Peruvian
Philippines	Country	Filipino|Philippine|Filipinos
Poland	Country	Polish|Pole|Poles
Portugal	Country	Portuguese
Qatar	Country	Qatari|Qataris
Romania	Country	Romanian
Russia	Country	Russian|Russians|Russian Federation
Rwanda	Country	Rwandan
Saudi Arabia	Country	Saudi|Saudis|Kingdom of Saudi Arabia
Senegal	Country	Senegalese
Serbia	Country	Serbian|Serb|Serbs
Singapore	Country	Singaporean
Slovakia	Country	Slovak
Slovenia	Country	Slovenian
Somalia	Country	Somali|Somalis
South Africa	Country	South African|South Africans
South Korea	Country	South Korean|South Koreans|Republic of Korea|ROK
South Sudan	Country	South Sudanese
Spain	Country	Spanish|Spaniard|Spaniards
Sri Lanka	Country	Sri Lankan
Sudan	Country	Sudanese
Sweden	Country	Swedish|Swede|Swedes
Switzerland	Country	Swiss
Syria	Country	Syrian|Syrians
Taiwan	Country	Taiwanese
Tajikistan	Country	Tajik
Tanzania	Country	Tanzanian
Thailand	Country	Thai
Tunisia	Country	Tunisian
Turkey	Country	Turkish|Turks|Turkiye
Turkmenistan	Country	Turkmen
Uganda	Country	Ugandan
Ukraine	Country	Ukrainian|Ukrainians
United Arab Emirates	Country	UAE|Emirati|Emiratis
United Kingdom	Country	UK|U.K.|Britain|British|Great Britain|Briton|Britons
United States	Country	US|U.S.|USA|U.S.A.|America|American|Americans|United States of America
Uruguay	Country	Uruguayan
Uzbekistan	Country	Uzbek
Venezuela	Country	Venezuelan|Venezuelans
Vietnam	Country	Vietnamese
Yemen	Country	Yemeni|Yemenis
Zambia	Country	Zambian
Zimbabwe	Country	Zimbabwean
Benin	Country	Beninese
Togo	Country	Togolese
Guinea	Country	Guinean
Guinea-Bissau	Country	Bissau-Guinean
Liberia	Country	Liberian
Sierra Leone	Country	Sierra Leonean
Gambia	Country	Gambian|The Gambia
Madagascar	Country	Malagasy
Malawi	Country	Malawian
Botswana	Country	Botswanan
Lesotho	Country	Basotho
Eswatini	Country	Swaziland|Swazi
Mauritania	Country	Mauritanian
Burundi	Country	Burundian
Central African Republic	Country	Central African
Republic of the Congo	Country	Congo-Brazzaville
Gabon	Country	Gabonese
Equatorial Guinea	Country	Equatoguinean
Cape Verde	Country	Cabo Verde|Cape Verdean
Comoros	Country	Comoran
Seychelles	Country	Seychellois
Mauritius	Country	Mauritian
Sao Tome and Principe	Country	São Tomé and Príncipe
Bhutan	Country	Bhutanese
Maldives	Country	Maldivian
Brunei	Country	Bruneian
Timor-Leste	Country	East Timor|Timorese
Papua New Guinea	Country	Papua New Guinean
Fiji	Country	Fijian
Samoa	Country	Samoan
Tonga	Country	Tongan
Vanuatu	Country	Vanuatuan
Solomon Islands	Country	
Kiribati	Country	
Tuvalu	Country	
Nauru	Country	Nauruan
Palau	Country	Palauan
Marshall Islands	Country	Marshallese
Micronesia	Country	Micronesian
Bahamas	Country	Bahamian
Barbados	Country	Barbadian
Trinidad and Tobago	Country	Trinidadian
Dominican Republic	Country	Dominican
Dominica	Country	
Grenada	Country	Grenadian
Saint Lucia	Country	
Saint Vincent and the Grenadines	Country	
Saint Kitts and Nevis	Country	
Antigua and Barbuda	Country	
Costa Rica	Country	Costa Rican
Belize	Country	Belizean
Guyana	Country	Guyanese
Suriname	Country	Surinamese
Andorra	Country	Andorran
Monaco	Country	Monegasque
Liechtenstein	Country	
San Marino	Country	
Vatican	Country	Holy See|Vatican City
"""#

    /// Built-in places.
    static let places = #"""
[actors]
Washington	Location	Washington, D.C.|Washington D.C.	United States
New York	Location	New York City|NYC	United States
London	Location		United Kingdom
Paris	Location		France
Berlin	Location		Germany
Brussels	Location		Belgium
Moscow	Location		Russia
Beijing	Location		China
Tokyo	Location		Japan
Seoul	Location		South Korea
Pyongyang	Location		North Korea
Tehran	Location		Iran
Baghdad	Location		Iraq
Damascus	Location		Syria
Beirut	Location		Lebanon
Kabul	Location		Afghanistan
Islamabad	Location		Pakistan
New Delhi	Location		India
Mumbai	Location		India
Doha	Location		Qatar
Riyadh	Location		Saudi Arabia
Abu Dhabi	Location		United Arab Emirates
Dubai	Location		United Arab Emirates
Cairo	Location		Egypt
Ankara	Location		Turkey
Istanbul	Location		Turkey
Jerusalem	Location		Israel
Tel Aviv	Location		Israel
Gaza	Location	Gaza Strip
West Bank	Location	
Kyiv	Location	Kiev	Ukraine
Odessa	Location	Odesa	Ukraine
Mariupol	Location		Ukraine
Crimea	Location	
Donbas	Location	Donbass
Minsk	Location		Belarus
Warsaw	Location		Poland
Vienna	Location		Austria
Geneva	Location		Switzerland
Rome	Location		Italy
Madrid	Location		Spain
Lisbon	Location		Portugal
Athens	Location		Greece
Stockholm	Location		Sweden
Oslo	Location		Norway
Copenhagen	Location		Denmark
Helsinki	Location		Finland
Amsterdam	Location		Netherlands
The Hague	Location		Netherlands
Stuttgart	Location		Germany
Munich	Location		Germany
Frankfurt	Location		Germany
Hamburg	Location		Germany
Ottawa	Location		Canada
Toronto	Location		Canada
Montreal	Location		Canada
Vancouver	Location		Canada
Mexico City	Location		Mexico
Havana	Location		Cuba
Caracas	Location		Venezuela
Bogota	Location	Bogotá	Colombia
Lima	Location		Peru
Santiago	Location		Chile
Buenos Aires	Location		Argentina
Brasilia	Location	Brasília	Brazil
Sao Paulo	Location	São Paulo	Brazil
Rio de Janeiro	Location		Brazil
Nairobi	Location		Kenya
Addis Ababa	Location		Ethiopia
Mogadishu	Location		Somalia
Lagos	Location		Nigeria
Abuja	Location		Nigeria
Johannesburg	Location		South Africa
Pretoria	Location		South Africa
Cape Town	Location		South Africa
Khartoum	Location		Sudan
Tripoli	Location		Libya
Tunis	Location		Tunisia
Algiers	Location		Algeria
Rabat	Location		Morocco
Sanaa	Location	Sana'a	Yemen
Aden	Location		Yemen
Hodeidah	Location		Yemen
Muscat	Location		Oman
Kuwait City	Location		Kuwait
Manama	Location		Bahrain
Amman	Location		Jordan
Mosul	Location		Iraq
Basra	Location		Iraq
Erbil	Location		Iraq
Raqqa	Location		Syria
Aleppo	Location		Syria
Idlib	Location		Syria
Homs	Location		Syria
Kandahar	Location		Afghanistan
Bangkok	Location		Thailand
Hanoi	Location		Vietnam
Jakarta	Location		Indonesia
Manila	Location		Philippines
Kuala Lumpur	Location		Malaysia
Singapore City	Location	
Hong Kong	Location		China
Shanghai	Location		China
Taipei	Location		Taiwan
Canberra	Location		Australia
Sydney	Location		Australia
Melbourne	Location		Australia
Wellington	Location		New Zealand
Los Angeles	Location		United States
Chicago	Location		United States
San Francisco	Location		United States
Houston	Location		United States
Miami	Location		United States
Boston	Location		United States
Seattle	Location		United States
Atlanta	Location		United States
Middle East	Location	Mideast
Europe	Location	
Asia	Location	
Africa	Location	
East Africa	Location	
West Africa	Location	
North Africa	Location	
Sahel	Location	
Latin America	Location	
South America	Location	
North America	Location	
Central America	Location	
Caribbean	Location	
Balkans	Location	
Caucasus	Location	
Central Asia	Location	
Southeast Asia	Location	
Gulf region	Location	Gulf
Persian Gulf	Location	
Black Sea	Location	
Baltic Sea	Location	
Mediterranean	Location	Mediterranean Sea
Red Sea	Location	
South China Sea	Location	
East China Sea	Location	
Sea of Azov	Location	
Kerch Strait	Location	
Strait of Hormuz	Location	
Arctic	Location	
Pacific	Location	Pacific Ocean
Atlantic	Location	Atlantic Ocean
Indian Ocean	Location	
Siberia	Location	
Kashmir	Location	
Tibet	Location	
Xinjiang	Location	
Kurdistan	Location	
Darfur	Location	
Virginia	Location	
Maryland	Location	
California	Location	
Texas	Location	
Florida	Location	
Wales	Location	
Scotland	Location	
England	Location	
Northern Ireland	Location	
Bavaria	Location	
Catalonia	Location	
Quebec	Location	
Ontario	Location	
Zurich	Location	Zürich	Switzerland
Kathmandu	Location		Nepal
Lusaka	Location		Zambia
Harare	Location		Zimbabwe
Kampala	Location		Uganda
Kigali	Location		Rwanda
Dakar	Location		Senegal
Accra	Location		Ghana
Kinshasa	Location		Democratic Republic of the Congo
Luanda	Location		Angola
Maputo	Location		Mozambique
Bamako	Location		Mali
Niamey	Location		Niger
Juba	Location		South Sudan
Asmara	Location		Eritrea
Dhaka	Location		Bangladesh
Colombo	Location		Sri Lanka
Karachi	Location		Pakistan
Lahore	Location		Pakistan
Kolkata	Location		India
Bangalore	Location	Bengaluru	India
Hyderabad	Location		India
Chennai	Location		India
Yangon	Location		Myanmar
Naypyidaw	Location		Myanmar
Phnom Penh	Location		Cambodia
Vientiane	Location		Laos
Ulaanbaatar	Location		Mongolia
Tashkent	Location		Uzbekistan
Astana	Location		Kazakhstan
Almaty	Location		Kazakhstan
Bishkek	Location		Kyrgyzstan
Dushanbe	Location		Tajikistan
Baku	Location		Azerbaijan
Yerevan	Location		Armenia
Tbilisi	Location		Georgia
Chisinau	Location		Moldova
Bucharest	Location		Romania
Sofia	Location		Bulgaria
Belgrade	Location		Serbia
Zagreb	Location		Croatia
Sarajevo	Location		Bosnia and Herzegovina
Budapest	Location		Hungary
Prague	Location		Czech Republic
Bratislava	Location		Slovakia
Ljubljana	Location		Slovenia
Vilnius	Location		Lithuania
Riga	Location		Latvia
Tallinn	Location		Estonia
Dublin	Location		Ireland
Edinburgh	Location		United Kingdom
Manchester	Location		United Kingdom
Milan	Location		Italy
Barcelona	Location		Spain
Marseille	Location		France
Lyon	Location		France
Strasbourg	Location		France
Luxembourg City	Location	
Bern	Location		Switzerland
Lausanne	Location		Switzerland
St. Petersburg	Location	Saint Petersburg	Russia
Sevastopol	Location	
Kharkiv	Location		Ukraine
Lviv	Location		Ukraine
Kherson	Location		Ukraine
Donetsk	Location	
Luhansk	Location	
Bakhmut	Location	
Zaporizhzhia	Location	
Quito	Location		Ecuador
La Paz	Location		Bolivia
Asuncion	Location	Asunción	Paraguay
Montevideo	Location		Uruguay
Panama City	Location		Panama
San Jose	Location	San José	Costa Rica
Managua	Location		Nicaragua
Tegucigalpa	Location		Honduras
Guatemala City	Location		Guatemala
San Salvador	Location		El Salvador
Port-au-Prince	Location		Haiti
Kingston	Location	
Santo Domingo	Location		Dominican Republic
Jeddah	Location		Saudi Arabia
Mecca	Location		Saudi Arabia
Medina	Location		Saudi Arabia
Kirkuk	Location		Iraq
Fallujah	Location		Iraq
Ramadi	Location	
Tikrit	Location	
Benghazi	Location		Libya
Misrata	Location	
Marib	Location	
Taiz	Location	
Herat	Location		Afghanistan
Mazar-i-Sharif	Location	
Jalalabad	Location		Afghanistan
Peshawar	Location		Pakistan
Quetta	Location		Pakistan
Osaka	Location		Japan
Busan	Location		South Korea
Guangzhou	Location		China
Shenzhen	Location		China
Wuhan	Location		China
Chongqing	Location		China
Macau	Location	Macao
Auckland	Location		New Zealand
Perth	Location		Australia
Brisbane	Location		Australia
Philadelphia	Location		United States
Detroit	Location		United States
Dallas	Location		United States
Denver	Location		United States
Phoenix	Location	
New Orleans	Location		United States
Las Vegas	Location		United States
Pittsburgh	Location		United States
Sahara	Location	
Western Sahara	Location	
Horn of Africa	Location	
Sub-Saharan Africa	Location	
Southern Africa	Location	
Central Africa	Location	
Middle East and North Africa	Location	MENA
Indo-Pacific	Location	
Asia-Pacific	Location	Asia Pacific
Scandinavia	Location	
Baltics	Location	Baltic states
Eastern Europe	Location	
Western Europe	Location	
Himalayas	Location	
Amazon	Location	
Nile	Location	
Euphrates	Location	
Golan Heights	Location	
Sinai	Location	Sinai Peninsula
Korean Peninsula	Location	
Taiwan Strait	Location	
Spratly Islands	Location	Spratlys
Paracel Islands	Location	Paracels
Arabian Sea	Location	
Caspian Sea	Location	
Aegean Sea	Location	Aegean
North Sea	Location	
Gulf of Aden	Location	
Gulf of Mexico	Location	
Bab el-Mandeb	Location	
Suez Canal	Location	
Panama Canal	Location	
# capitals completing the list above (datelines name the home country)
Tirana	Location		Albania
Porto-Novo	Location		Benin
Thimphu	Location		Bhutan
Gaborone	Location		Botswana
Ouagadougou	Location		Burkina Faso
Gitega	Location		Burundi
Yaounde	Location		Cameroon
Bangui	Location		Central African Republic
N'Djamena	Location		Chad
Brazzaville	Location		Republic of the Congo
Nicosia	Location		Cyprus
Libreville	Location		Gabon
Banjul	Location		Gambia
Conakry	Location		Guinea
Bissau	Location		Guinea-Bissau
Reykjavik	Location		Iceland
Abidjan	Location		Ivory Coast
Pristina	Location		Kosovo
Maseru	Location		Lesotho
Monrovia	Location		Liberia
Antananarivo	Location		Madagascar
Lilongwe	Location		Malawi
Valletta	Location		Malta
Nouakchott	Location		Mauritania
Podgorica	Location		Montenegro
Windhoek	Location		Namibia
Skopje	Location		North Macedonia
Port Moresby	Location		Papua New Guinea
Freetown	Location		Sierra Leone
Paramaribo	Location		Suriname
Dodoma	Location		Tanzania
Dar es Salaam	Location		Tanzania
Lome	Location		Togo
Ashgabat	Location		Turkmenistan
"""#

    /// Built-in organizations.
    static let organizations = #"""
[actors]
United Nations	Organization	UN|U.N.
UN Security Council	Organization	Security Council|United Nations Security Council|U.N. Security Council
North Atlantic Treaty Organization	Organization	NATO
European Union	Organization	EU|E.U.
European Commission	Organization	
African Union	Organization	AU
Arab League	Organization	
Organization of American States	Organization	OAS
Association of Southeast Asian Nations	Organization	ASEAN
Group of 20	Organization	G-20|G20
Group of Seven	Organization	G-7|G7
World Health Organization	Organization	WHO
World Trade Organization	Organization	WTO
International Monetary Fund	Organization	IMF
World Bank	Organization	
International Criminal Court	Organization	ICC
International Court of Justice	Organization	ICJ
International Atomic Energy Agency	Organization	IAEA
Organization of the Petroleum Exporting Countries	Organization	OPEC
Red Cross	Organization	International Committee of the Red Cross|ICRC
Amnesty International	Organization	
Human Rights Watch	Organization	
Global Coalition	Organization	Global Coalition to Defeat ISIS
Islamic State	Organization	ISIS|ISIL|IS|Daesh|Islamic State of Iraq and Syria
al-Qaida	Organization	al-Qaeda|al Qaeda|Al-Qaida|Al-Qaeda|al Qaida
al-Shabaab	Organization	Al-Shabaab|al Shabaab|Shabaab
Taliban	Organization	
Hezbollah	Organization	Hizbollah
Hamas	Organization	
Kataib Hezbollah	Organization	Kata'ib Hezbollah
Ansarallah	Organization	Houthis|Houthi|Ansar Allah
Boko Haram	Organization	
Syrian Democratic Forces	Organization	SDF
People's Protection Units	Organization	YPG
Kurdistan Workers' Party	Organization	PKK
Islamic Revolutionary Guard Corps	Organization	IRGC|Revolutionary Guards|Iranian Revolutionary Guard Corps|Revolutionary Guard Corps|Revolutionary Guard
Quds Force	Organization	
Wagner Group	Organization	Wagner
Pentagon	Organization	Department of Defense|Defense Department|DoD|U.S. Department of Defense
US State Department	Organization	State Department|Department of State
US Treasury Department	Organization	Treasury Department|Department of the Treasury|Treasury
US Justice Department	Organization	Justice Department|Department of Justice
White House	Organization	
US Congress	Organization	Congress
US Senate	Organization	Senate
US House of Representatives	Organization	House of Representatives
Central Intelligence Agency	Organization	CIA
Federal Bureau of Investigation	Organization	FBI
National Security Agency	Organization	NSA
Federal Reserve	Organization	
Securities and Exchange Commission	Organization	SEC
Federal Trade Commission	Organization	FTC
Supreme Court	Organization	
Kremlin	Organization	
Federal Security Service	Organization	FSB|Russian Federal Security Service
US Army	Organization	Army|U.S. Army
US Navy	Organization	Navy|U.S. Navy
US Air Force	Organization	Air Force|U.S. Air Force
US Marine Corps	Organization	Marine Corps|U.S. Marine Corps|Marines
US Africa Command	Organization	AFRICOM|Africa Command|U.S. Africa Command|United States Africa Command
US Central Command	Organization	CENTCOM|Central Command|U.S. Central Command
DoD News	Organization	
Defense Media Activity	Organization	
Reuters	Organization	
Associated Press	Organization	AP
Agence France-Presse	Organization	AFP
NBC News	Organization	NBC
CNN	Organization	
BBC	Organization	BBC News
Fox News	Organization	
CBS News	Organization	CBS
ABC News	Organization	ABC
Al Jazeera	Organization	
The New York Times	Organization	New York Times
The Washington Post	Organization	Washington Post
The Wall Street Journal	Organization	Wall Street Journal
Bloomberg News	Organization	Bloomberg
Voice of America	Organization	VOA|VOA News
Xinhua	Organization	
TASS	Organization	
RIA Novosti	Organization	
Interfax	Organization	
Al Arabiya	Organization	
Financial Times	Organization	
The Guardian	Organization	
Rosneft	Organization	Rosneft Oil
Petroleos de Venezuela	Organization	PdVSA|PDVSA
Gazprom	Organization	
Lockheed Martin	Organization	
Boeing	Organization	
Airbus	Organization	
Economic Community of West African States	Organization	ECOWAS
Southern African Development Community	Organization	SADC
Gulf Cooperation Council	Organization	GCC
Shanghai Cooperation Organisation	Organization	SCO|Shanghai Cooperation Organization
BRICS	Organization	
Organisation of Islamic Cooperation	Organization	OIC|Organization of Islamic Cooperation
Organisation for the Prohibition of Chemical Weapons	Organization	OPCW|Organization for the Prohibition of Chemical Weapons
Organization for Security and Co-operation in Europe	Organization	OSCE
Organisation for Economic Co-operation and Development	Organization	OECD
Council of Europe	Organization	
European Central Bank	Organization	ECB
European Parliament	Organization	
UN General Assembly	Organization	General Assembly|United Nations General Assembly|U.N. General Assembly
UN Human Rights Council	Organization	Human Rights Council|United Nations Human Rights Council
UNICEF	Organization	United Nations Children's Fund
UNHCR	Organization	UN refugee agency|United Nations High Commissioner for Refugees
World Food Programme	Organization	WFP|World Food Program
International Organization for Migration	Organization	IOM
Doctors Without Borders	Organization	MSF|Medecins Sans Frontieres|Médecins Sans Frontières
FIFA	Organization	
NASA	Organization	National Aeronautics and Space Administration
European Space Agency	Organization	ESA
JAXA	Organization	Japan Aerospace Exploration Agency
Roscosmos	Organization	
China National Space Administration	Organization	CNSA
International Olympic Committee	Organization	IOC
World Anti-Doping Agency	Organization	WADA
Court of Arbitration for Sport	Organization	CAS
UEFA	Organization	
Food and Drug Administration	Organization	FDA|U.S. Food and Drug Administration
Department of Homeland Security	Organization	Homeland Security Department|DHS
Environmental Protection Agency	Organization	EPA
Centers for Disease Control and Prevention	Organization	CDC
National Cyber Security Centre	Organization	NCSC
GRU	Organization	
Mossad	Organization	
MI6	Organization	
MI5	Organization	
Microsoft	Organization	
Google	Organization	
Alphabet	Organization	Alphabet Inc.
Apple	Organization	Apple Inc.
Amazon.com	Organization	
Meta	Organization	Facebook
Tesla	Organization	
Goldman Sachs	Organization	
JPMorgan Chase	Organization	JPMorgan|JP Morgan
Morgan Stanley	Organization	
Saudi Aramco	Organization	Aramco
ExxonMobil	Organization	Exxon Mobil|Exxon
Shell	Organization	Royal Dutch Shell
BP	Organization	
Huawei	Organization	
Samsung	Organization	
Toyota	Organization	
Volkswagen	Organization	
New York Stock Exchange	Organization	NYSE
Nasdaq	Organization	
CNBC	Organization	
NPR	Organization	
PBS	Organization	
Sky News	Organization	
Deutsche Welle	Organization	DW
France 24	Organization	
Kyodo	Organization	Kyodo News
Yonhap	Organization	
Politico	Organization	
Axios	Organization	
Maersk	Organization	A.P. Moller-Maersk|A.P. Moller - Maersk
Mediterranean Shipping Company	Organization	MSC
CMA CGM	Organization	
Hapag-Lloyd	Organization	
COSCO	Organization	COSCO Shipping
Hyundai	Organization	
Pemex	Organization	
Petrobras	Organization	
Ecopetrol	Organization	
TotalEnergies	Organization	
Chevron	Organization	
Nvidia	Organization	
TSMC	Organization	Taiwan Semiconductor Manufacturing Company
ByteDance	Organization	
TikTok	Organization	
Rheinmetall	Organization	
BAE Systems	Organization	
Raytheon	Organization	RTX
Catholic Church	Organization	
Baghdad International Airport	Facility	
Great Hall of the People	Facility	
"""#

    /// Built-in people.
    static let people = #"""
[actors]
Donald Trump	Person	Trump|Donald J. Trump	United States
Joe Biden	Person	Biden	United States
Barack Obama	Person	Obama	United States
Vladimir Putin	Person	Putin	Russia
Xi Jinping	Person		China
Volodymyr Zelensky	Person	Zelensky|Zelenskyy	Ukraine
Emmanuel Macron	Person	Macron	France
Angela Merkel	Person	Merkel	Germany
Recep Tayyip Erdogan	Person	Erdogan	Turkey
Ali Khamenei	Person	Khamenei|Ayatollah Ali Khamenei	Iran
Hassan Rouhani	Person	Rouhani	Iran
Kim Jong Un	Person	Kim Jong-un	North Korea
Benjamin Netanyahu	Person	Netanyahu	Israel
Bashar al-Assad	Person	Assad	Syria
Nicolas Maduro	Person	Maduro|Nicolás Maduro	Venezuela
Juan Guaido	Person	Guaido|Juan Guaidó	Venezuela
Justin Trudeau	Person	Trudeau	Canada
Enrique Pena Nieto	Person	Enrique Peña Nieto|Pena Nieto|Peña Nieto	Mexico
Mike Pompeo	Person	Pompeo|Michael R. Pompeo|Michael Pompeo	United States
Jim Mattis	Person	Mattis|James Mattis	United States
Mark Esper	Person	Esper	United States
Steven Mnuchin	Person	Mnuchin	United States
Qassem Soleimani	Person	Soleimani|Qasem Soleimani	Iran
Narendra Modi	Person	Modi	India
Boris Johnson	Person	Boris Johnson	United Kingdom
"""#

}
