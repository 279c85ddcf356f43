// swift-format-ignore-file
// Generated from a compact table; edit the lines, they are the data.
// Format: LEXICON.md ([actors] section: name<TAB>kind<TAB>alias|alias).

extension BuiltInLexicon {
    /// Built-in places that GeoNames capitals and large cities (`capitalsAndCities`) do not
    /// cover: regions, seas, rivers, and cities whose news spelling or notability the tables
    /// lack. Typed by hand.
    static let places = #"""
[actors]
Washington	Location	Washington, D.C.|Washington D.C.	United States
New York	Location	New York City|NYC	United States
Paris	Location		France
Berlin	Location		Germany
Tel Aviv	Location		Israel
Gaza	Location	Gaza Strip
West Bank	Location	
Kyiv	Location	Kiev	Ukraine
Odessa	Location	Odesa	Ukraine
Mariupol	Location		Ukraine
Crimea	Location	
Donbas	Location	Donbass
Geneva	Location		Switzerland
The Hague	Location		Netherlands
Stuttgart	Location		Germany
Frankfurt	Location		Germany
Vancouver	Location		Canada
Santiago	Location		Chile
Tripoli	Location		Libya
Sanaa	Location	Sana'a	Yemen
Hodeidah	Location		Yemen
Muscat	Location		Oman
Basra	Location		Iraq
Raqqa	Location		Syria
Idlib	Location		Syria
Homs	Location		Syria
Kandahar	Location		Afghanistan
Manila	Location		Philippines
Singapore City	Location	
Hong Kong	Location		China
Shanghai	Location		China
Sydney	Location		Australia
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
Americas	Location	
Caribbean	Location	
Balkans	Location	
Caucasus	Location	
Central Asia	Location	
Southeast Asia	Location	
South Asia	Location	
East Asia	Location	
Western Hemisphere	Location	
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
Bangalore	Location	Bengaluru	India
Naypyidaw	Location		Myanmar
Ulaanbaatar	Location		Mongolia
Sofia	Location		Bulgaria
Edinburgh	Location		United Kingdom
Manchester	Location		United Kingdom
Milan	Location		Italy
Marseille	Location		France
Lyon	Location		France
Strasbourg	Location		France
Luxembourg City	Location	
Lausanne	Location		Switzerland
St. Petersburg	Location	Saint Petersburg	Russia
Sevastopol	Location	
Lviv	Location		Ukraine
Kherson	Location		Ukraine
Donetsk	Location	
Luhansk	Location	
Bakhmut	Location	
Zaporizhzhia	Location	
San Jose	Location	San José	Costa Rica
Kingston	Location	
Mecca	Location		Saudi Arabia
Medina	Location		Saudi Arabia
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
Macau	Location	Macao
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
# a former state, which news still names as one ("the Soviet Union collapsed"); ISO 3166-1 no longer lists it
Soviet Union	Country	USSR|U.S.S.R.|Soviet
# capitals completing the list above (datelines name the home country)
Reykjavik	Location		Iceland
Valletta	Location		Malta
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
Freedom House	Organization	
Chatham House	Organization	Royal Institute of International Affairs
Penguin Random House	Organization	Random House
Global Coalition	Organization	Global Coalition to Defeat ISIS
Islamic State	Organization	ISIS|ISIL|IS|Daesh|Islamic State of Iraq and Syria
al-Qaida	Organization	al-Qaeda|al Qaeda|Al-Qaida|Al-Qaeda|al Qaida|al-Qa'ida|al-Qa’ida|Al-Qa'ida|Al-Qa’ida
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
Pentagon	Organization	Department of Defense|Defense Department|DoD|U.S. Department of Defense	United States
US State Department	Organization	State Department|Department of State	United States
US Treasury Department	Organization	Treasury Department|Department of the Treasury|Treasury	United States
US Justice Department	Organization	Justice Department|Department of Justice	United States
White House	Organization		United States
Blue House	Organization	Cheong Wa Dae	South Korea
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
Kremlin	Organization		Russia
Federal Security Service	Organization	FSB|Russian Federal Security Service	Russia
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
UNHCR	Organization	United Nations High Commissioner for Refugees
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
