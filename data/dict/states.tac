# states.tac — the names news uses for states and territories, beyond the
# ISO 3166-1 names that scripts/gendict-iso.sh generates at build time:
# short and former names, adjectives and demonyms (kind country, bare code),
# and capitals and seats of government used for their governments (kind
# capital; coded as the bare country, dev/README convention "Washington → USA").
# Government buildings (Kremlin, White House, Downing Street …) stand for the
# executive itself and are coded <country>GOV; see data/dict/CODES.md.
# Written by the tacitus authors from general knowledge (names, capitals).
@source tacitus authors; capitals and names as of 2026-11


# ---- East Asia

actor STATE_CHN
  name   PRC; mainland China; Red China; Chinese
  code   CHN
  kind   country

actor CAPITAL_CHN
  name   Beijing; Peking
  code   CHN
  kind   capital

actor STATE_JPN
  name   Nippon; Japanese
  code   JPN
  kind   country

actor CAPITAL_JPN
  name   Tokyo
  code   JPN
  kind   capital

actor STATE_KOR
  name   S. Korea; ROK; S.Korea; South Korean; South Koreans
  code   KOR
  kind   country

actor CAPITAL_KOR
  name   Seoul
  code   KOR
  kind   capital

actor STATE_PRK
  name   N. Korea; DPRK; N.Korea; North Korean; North Koreans
  code   PRK
  kind   country

actor CAPITAL_PRK
  name   Pyongyang
  code   PRK
  kind   capital

actor STATE_MNG
  name   Mongolian; Mongolians
  code   MNG
  kind   country

actor CAPITAL_MNG
  name   Ulaanbaatar; Ulan Bator
  code   MNG
  kind   capital

actor STATE_TWN
  name   Republic of China; Formosa; Taiwanese
  code   TWN
  kind   country
  note   Republic of China: Taiwan's official name; coded TWN.

actor CAPITAL_TWN
  name   Taipei
  code   TWN
  kind   capital

actor STATE_HKG
  name   Hongkonger; Hongkongers; Hong Konger; Hong Kongers
  code   HKG
  kind   country

actor STATE_MAC
  name   Macau; Macanese
  code   MAC
  kind   country


# ---- South-East Asia

actor STATE_VNM
  name   Vietnamese
  code   VNM
  kind   country

actor CAPITAL_VNM
  name   Hanoi
  code   VNM
  kind   capital

actor STATE_LAO
  name   Lao PDR; Laotian; Laotians; Lao
  code   LAO
  kind   country

actor CAPITAL_LAO
  name   Vientiane
  code   LAO
  kind   capital

actor STATE_KHM
  name   Kampuchea; Cambodian; Cambodians; Khmer
  code   KHM
  kind   country

actor CAPITAL_KHM
  name   Phnom Penh
  code   KHM
  kind   capital

actor STATE_THA
  name   Siam; Thai; Thais
  code   THA
  kind   country

actor CAPITAL_THA
  name   Bangkok
  code   THA
  kind   capital

actor STATE_MMR
  name   Burma; Burmese; Myanmarese
  code   MMR
  kind   country
  note   Burma was renamed Myanmar in 1989; both are used.

actor CAPITAL_MMR
  name   Naypyidaw; Naypyitaw; Nay Pyi Taw
  code   MMR
  kind   capital

actor STATE_MYS
  name   Malaysian; Malaysians
  code   MYS
  kind   country

actor CAPITAL_MYS
  name   Kuala Lumpur; Putrajaya
  code   MYS
  kind   capital

actor STATE_SGP
  name   Singaporean; Singaporeans
  code   SGP
  kind   country

actor STATE_IDN
  name   Indonesian; Indonesians
  code   IDN
  kind   country

actor CAPITAL_IDN
  name   Jakarta
  code   IDN
  kind   capital

actor STATE_PHL
  name   Philippine; Filipino; Filipinos; Filipina
  code   PHL
  kind   country

actor CAPITAL_PHL
  name   Manila
  code   PHL
  kind   capital

actor STATE_BRN
  name   Brunei; Bruneian; Bruneians
  code   BRN
  kind   country

actor CAPITAL_BRN
  name   Bandar Seri Begawan
  code   BRN
  kind   capital

actor STATE_TLS
  name   East Timor; Timorese; East Timorese
  code   TLS
  kind   country

actor CAPITAL_TLS
  name   Dili
  code   TLS
  kind   capital


# ---- South Asia

actor STATE_IND
  name   Bharat; Indian; Indians
  code   IND
  kind   country

actor CAPITAL_IND
  name   New Delhi
  code   IND
  kind   capital

actor STATE_PAK
  name   Pakistani; Pakistanis
  code   PAK
  kind   country

actor CAPITAL_PAK
  name   Islamabad
  code   PAK
  kind   capital

actor STATE_BGD
  name   Bangladeshi; Bangladeshis
  code   BGD
  kind   country

actor CAPITAL_BGD
  name   Dhaka
  code   BGD
  kind   capital

actor STATE_LKA
  name   Ceylon; Sri Lankan; Sri Lankans
  code   LKA
  kind   country

actor CAPITAL_LKA
  name   Colombo
  code   LKA
  kind   capital

actor STATE_NPL
  name   Nepali; Nepalese
  code   NPL
  kind   country

actor CAPITAL_NPL
  name   Kathmandu
  code   NPL
  kind   capital

actor STATE_BTN
  name   Bhutanese
  code   BTN
  kind   country

actor CAPITAL_BTN
  name   Thimphu
  code   BTN
  kind   capital

actor STATE_MDV
  name   Maldivian; Maldivians
  code   MDV
  kind   country

actor STATE_AFG
  name   Afghan; Afghans; Afghani
  code   AFG
  kind   country

actor CAPITAL_AFG
  name   Kabul
  code   AFG
  kind   capital


# ---- Central Asia and the Caucasus

actor STATE_KAZ
  name   Kazakh; Kazakhs; Kazakhstani
  code   KAZ
  kind   country

actor CAPITAL_KAZ
  name   Astana; Nur-Sultan
  code   KAZ
  kind   capital
  note   Astana was named Nur-Sultan from March 2019 to September 2022.

actor STATE_UZB
  name   Uzbek; Uzbeks
  code   UZB
  kind   country

actor CAPITAL_UZB
  name   Tashkent
  code   UZB
  kind   capital

actor STATE_KGZ
  name   Kirghizia; Kyrgyz
  code   KGZ
  kind   country

actor CAPITAL_KGZ
  name   Bishkek
  code   KGZ
  kind   capital

actor STATE_TJK
  name   Tajik; Tajiks
  code   TJK
  kind   country

actor CAPITAL_TJK
  name   Dushanbe
  code   TJK
  kind   capital

actor STATE_TKM
  name   Turkmen
  code   TKM
  kind   country

actor CAPITAL_TKM
  name   Ashgabat; Ashkhabad
  code   TKM
  kind   capital

actor STATE_GEO
  name   Georgian; Georgians
  code   GEO
  kind   country

actor CAPITAL_GEO
  name   Tbilisi
  code   GEO
  kind   capital

actor STATE_ARM
  name   Armenian; Armenians
  code   ARM
  kind   country

actor CAPITAL_ARM
  name   Yerevan
  code   ARM
  kind   capital

actor STATE_AZE
  name   Azerbaijani; Azerbaijanis; Azeri; Azeris
  code   AZE
  kind   country

actor CAPITAL_AZE
  name   Baku
  code   AZE
  kind   capital


# ---- Middle East and North Africa

actor STATE_IRN
  name   Persia; Iranian; Iranians; Persian
  code   IRN
  kind   country

actor CAPITAL_IRN
  name   Tehran; Teheran
  code   IRN
  kind   capital

actor STATE_IRQ
  name   Iraqi; Iraqis
  code   IRQ
  kind   country

actor CAPITAL_IRQ
  name   Baghdad
  code   IRQ
  kind   capital

actor STATE_SYR
  name   Syrian; Syrians
  code   SYR
  kind   country

actor CAPITAL_SYR
  name   Damascus
  code   SYR
  kind   capital

actor STATE_LBN
  name   Lebanese
  code   LBN
  kind   country

actor CAPITAL_LBN
  name   Beirut
  code   LBN
  kind   capital

actor STATE_JOR
  name   Jordanian; Jordanians
  code   JOR
  kind   country

actor CAPITAL_JOR
  name   Amman
  code   JOR
  kind   capital

actor STATE_ISR
  name   Israeli; Israelis
  code   ISR
  kind   country

actor CAPITAL_ISR
  name   Jerusalem; Tel Aviv
  code   ISR
  kind   capital
  note   Israel's government sits in Jerusalem (its status is disputed; the code records who speaks, not a position on it); Tel Aviv hosts the defence ministry and most embassies.

actor STATE_PSE
  name   Palestine; Palestinian territories; Occupied Palestinian Territories; Palestinian Territory; Gaza; Gaza Strip; West Bank; Palestinian; Palestinians; Gazan; Gazans
  code   PSE
  kind   country
  note   The Palestinian territories (Gaza, West Bank) are coded PSE, as in CAMEO's country list.

actor CAPITAL_PSE
  name   Ramallah
  code   PSE
  kind   capital
  note   Ramallah: seat of the Palestinian Authority.

actor STATE_SAU
  name   KSA; Saudi; Saudis; Saudi Arabian
  code   SAU
  kind   country

actor CAPITAL_SAU
  name   Riyadh
  code   SAU
  kind   capital

actor STATE_ARE
  name   UAE; U.A.E.; the Emirates; Emirati; Emiratis
  code   ARE
  kind   country

actor CAPITAL_ARE
  name   Abu Dhabi
  code   ARE
  kind   capital

actor STATE_QAT
  name   Qatari; Qataris
  code   QAT
  kind   country

actor CAPITAL_QAT
  name   Doha
  code   QAT
  kind   capital

actor STATE_BHR
  name   Bahraini; Bahrainis
  code   BHR
  kind   country

actor CAPITAL_BHR
  name   Manama
  code   BHR
  kind   capital

actor STATE_KWT
  name   Kuwaiti; Kuwaitis
  code   KWT
  kind   country

actor CAPITAL_KWT
  name   Kuwait City
  code   KWT
  kind   capital

actor STATE_OMN
  name   Omani; Omanis
  code   OMN
  kind   country

actor CAPITAL_OMN
  name   Muscat
  code   OMN
  kind   capital

actor STATE_YEM
  name   Yemeni; Yemenis
  code   YEM
  kind   country

actor CAPITAL_YEM
  name   Sanaa; Sana'a; Aden
  code   YEM
  kind   capital
  note   Sanaa is held by the Houthis (Ansar Allah) since 2014; Aden is the seat of the recognized government. Both are coded YEM.

actor STATE_TUR
  name   Turkey; Turkish; Turks
  code   TUR
  kind   country
  note   Türkiye is the UN name since June 2022; Turkey stays common in English news.

actor CAPITAL_TUR
  name   Ankara
  code   TUR
  kind   capital

actor STATE_EGY
  name   Egyptian; Egyptians
  code   EGY
  kind   country

actor CAPITAL_EGY
  name   Cairo
  code   EGY
  kind   capital

actor STATE_LBY
  name   Libyan; Libyans
  code   LBY
  kind   country

actor CAPITAL_LBY
  name   Tripoli
  code   LBY
  kind   capital

actor STATE_TUN
  name   Tunisian; Tunisians
  code   TUN
  kind   country

actor CAPITAL_TUN
  name   Tunis
  code   TUN
  kind   capital

actor STATE_DZA
  name   Algerian; Algerians
  code   DZA
  kind   country

actor CAPITAL_DZA
  name   Algiers
  code   DZA
  kind   capital

actor STATE_MAR
  name   Moroccan; Moroccans
  code   MAR
  kind   country

actor CAPITAL_MAR
  name   Rabat
  code   MAR
  kind   capital

actor STATE_ESH
  name   Sahrawi; Sahrawis; Saharawi
  code   ESH
  kind   country


# ---- Europe

actor STATE_GBR
  name   Britain; UK; U.K.; Great Britain; British; Briton; Britons; Brit; Brits
  code   GBR
  kind   country
  note   Britain, the UK and Great Britain all code GBR.

actor CAPITAL_GBR
  name   London
  code   GBR
  kind   capital

actor STATE_IRL
  name   Republic of Ireland; Eire; Irish
  code   IRL
  kind   country

actor CAPITAL_IRL
  name   Dublin
  code   IRL
  kind   capital

actor STATE_FRA
  name   French; Frenchman; Frenchmen
  code   FRA
  kind   country

actor CAPITAL_FRA
  name   Paris
  code   FRA
  kind   capital

actor STATE_DEU
  name   German; Germans
  code   DEU
  kind   country

actor CAPITAL_DEU
  name   Berlin
  code   DEU
  kind   capital

actor STATE_ITA
  name   Italian; Italians
  code   ITA
  kind   country

actor CAPITAL_ITA
  name   Rome
  code   ITA
  kind   capital

actor STATE_ESP
  name   Spanish; Spaniard; Spaniards
  code   ESP
  kind   country

actor CAPITAL_ESP
  name   Madrid
  code   ESP
  kind   capital

actor STATE_PRT
  name   Portuguese
  code   PRT
  kind   country

actor CAPITAL_PRT
  name   Lisbon
  code   PRT
  kind   capital

actor STATE_NLD
  name   Holland; Dutch
  code   NLD
  kind   country

actor CAPITAL_NLD
  name   Amsterdam; The Hague
  code   NLD
  kind   capital
  note   The Hague is the seat of government; Amsterdam is the constitutional capital.

actor STATE_BEL
  name   Belgian; Belgians
  code   BEL
  kind   country

actor STATE_LUX
  name   Luxembourgish; Luxembourger; Luxembourgers
  code   LUX
  kind   country

actor STATE_CHE
  name   Swiss
  code   CHE
  kind   country

actor CAPITAL_CHE
  name   Bern; Berne
  code   CHE
  kind   capital

actor STATE_AUT
  name   Austrian; Austrians
  code   AUT
  kind   country

actor CAPITAL_AUT
  name   Vienna
  code   AUT
  kind   capital

actor STATE_LIE
  name   Liechtensteiner
  code   LIE
  kind   country

actor CAPITAL_LIE
  name   Vaduz
  code   LIE
  kind   capital

actor STATE_MCO
  name   Monegasque
  code   MCO
  kind   country

actor STATE_AND
  name   Andorran
  code   AND
  kind   country

actor STATE_SMR
  name   Sammarinese
  code   SMR
  kind   country

actor STATE_VAT
  name   Vatican; Vatican City
  code   VAT
  kind   country

actor STATE_MLT
  name   Maltese
  code   MLT
  kind   country

actor CAPITAL_MLT
  name   Valletta
  code   MLT
  kind   capital

actor STATE_DNK
  name   Danish; Dane; Danes
  code   DNK
  kind   country

actor CAPITAL_DNK
  name   Copenhagen
  code   DNK
  kind   capital

actor STATE_NOR
  name   Norwegian; Norwegians
  code   NOR
  kind   country

actor CAPITAL_NOR
  name   Oslo
  code   NOR
  kind   capital

actor STATE_SWE
  name   Swedish; Swede; Swedes
  code   SWE
  kind   country

actor CAPITAL_SWE
  name   Stockholm
  code   SWE
  kind   capital

actor STATE_FIN
  name   Finnish; Finn; Finns
  code   FIN
  kind   country

actor CAPITAL_FIN
  name   Helsinki
  code   FIN
  kind   capital

actor STATE_ISL
  name   Icelandic; Icelander; Icelanders
  code   ISL
  kind   country

actor CAPITAL_ISL
  name   Reykjavik
  code   ISL
  kind   capital

actor STATE_EST
  name   Estonian; Estonians
  code   EST
  kind   country

actor CAPITAL_EST
  name   Tallinn
  code   EST
  kind   capital

actor STATE_LVA
  name   Latvian; Latvians
  code   LVA
  kind   country

actor CAPITAL_LVA
  name   Riga
  code   LVA
  kind   capital

actor STATE_LTU
  name   Lithuanian; Lithuanians
  code   LTU
  kind   country

actor CAPITAL_LTU
  name   Vilnius
  code   LTU
  kind   capital

actor STATE_POL
  name   Polish; Pole; Poles
  code   POL
  kind   country

actor CAPITAL_POL
  name   Warsaw
  code   POL
  kind   capital

actor STATE_CZE
  name   Czech; Czechs
  code   CZE
  kind   country

actor CAPITAL_CZE
  name   Prague
  code   CZE
  kind   capital

actor STATE_SVK
  name   Slovak; Slovaks; Slovakian
  code   SVK
  kind   country

actor CAPITAL_SVK
  name   Bratislava
  code   SVK
  kind   capital

actor STATE_HUN
  name   Hungarian; Hungarians
  code   HUN
  kind   country

actor CAPITAL_HUN
  name   Budapest
  code   HUN
  kind   capital

actor STATE_ROU
  name   Rumania; Romanian; Romanians
  code   ROU
  kind   country

actor CAPITAL_ROU
  name   Bucharest
  code   ROU
  kind   capital

actor STATE_BGR
  name   Bulgarian; Bulgarians
  code   BGR
  kind   country

actor STATE_GRC
  name   Greek; Greeks
  code   GRC
  kind   country

actor CAPITAL_GRC
  name   Athens
  code   GRC
  kind   capital

actor STATE_CYP
  name   Cypriot; Cypriots; Greek Cypriot; Greek Cypriots
  code   CYP
  kind   country

actor CAPITAL_CYP
  name   Nicosia
  code   CYP
  kind   capital

actor STATE_SVN
  name   Slovenian; Slovenians; Slovene; Slovenes
  code   SVN
  kind   country

actor CAPITAL_SVN
  name   Ljubljana
  code   SVN
  kind   capital

actor STATE_HRV
  name   Croatian; Croatians; Croat; Croats
  code   HRV
  kind   country

actor CAPITAL_HRV
  name   Zagreb
  code   HRV
  kind   capital

actor STATE_BIH
  name   Bosnia; Bosnia-Herzegovina; Bosnian; Bosnians
  code   BIH
  kind   country

actor CAPITAL_BIH
  name   Sarajevo
  code   BIH
  kind   capital

actor STATE_SRB
  name   Serbian; Serbians; Serb; Serbs
  code   SRB
  kind   country

actor CAPITAL_SRB
  name   Belgrade
  code   SRB
  kind   capital

actor STATE_MNE
  name   Montenegrin; Montenegrins
  code   MNE
  kind   country

actor CAPITAL_MNE
  name   Podgorica
  code   MNE
  kind   capital

actor STATE_MKD
  name   Macedonia; Former Yugoslav Republic of Macedonia; FYROM; Macedonian; Macedonians; North Macedonian
  code   MKD
  kind   country
  note   Macedonia until February 2019 (Prespa agreement), North Macedonia since.

actor CAPITAL_MKD
  name   Skopje
  code   MKD
  kind   capital

actor STATE_ALB
  name   Albanian; Albanians
  code   ALB
  kind   country

actor CAPITAL_ALB
  name   Tirana
  code   ALB
  kind   capital

actor STATE_XKX
  name   Kosovo; Republic of Kosovo; Kosovar; Kosovars; Kosovan
  code   XKX
  kind   country
  note   Kosovo has no ISO 3166-1 entry; XKX is the user-assigned code the EU and IMF use (listed in CODES.md).

actor CAPITAL_XKX
  name   Pristina; Prishtina
  code   XKX
  kind   capital

actor STATE_MDA
  name   Moldovan; Moldovans
  code   MDA
  kind   country

actor CAPITAL_MDA
  name   Chisinau; Kishinev
  code   MDA
  kind   capital

actor STATE_UKR
  name   Ukrainian; Ukrainians
  code   UKR
  kind   country

actor CAPITAL_UKR
  name   Kyiv; Kiev
  code   UKR
  kind   capital

actor STATE_BLR
  name   Byelorussia; Belarusian; Belarusians; Belarussian
  code   BLR
  kind   country

actor CAPITAL_BLR
  name   Minsk
  code   BLR
  kind   capital

actor STATE_RUS
  name   Russia; Russian; Russians
  code   RUS
  kind   country

actor CAPITAL_RUS
  name   Moscow
  code   RUS
  kind   capital


# ---- Sub-Saharan Africa

actor STATE_SDN
  name   Sudanese
  code   SDN
  kind   country

actor CAPITAL_SDN
  name   Khartoum; Port Sudan
  code   SDN
  kind   capital
  note   Port Sudan: seat of the army-led government since the 2023 war moved it from Khartoum.

actor STATE_SSD
  name   South Sudanese
  code   SSD
  kind   country

actor CAPITAL_SSD
  name   Juba
  code   SSD
  kind   capital

actor STATE_ETH
  name   Ethiopian; Ethiopians
  code   ETH
  kind   country

actor STATE_ERI
  name   Eritrean; Eritreans
  code   ERI
  kind   country

actor CAPITAL_ERI
  name   Asmara
  code   ERI
  kind   capital

actor STATE_DJI
  name   Djiboutian; Djiboutians
  code   DJI
  kind   country

actor STATE_SOM
  name   Somali; Somalis; Somalian
  code   SOM
  kind   country

actor CAPITAL_SOM
  name   Mogadishu
  code   SOM
  kind   capital

actor STATE_KEN
  name   Kenyan; Kenyans
  code   KEN
  kind   country

actor CAPITAL_KEN
  name   Nairobi
  code   KEN
  kind   capital

actor STATE_UGA
  name   Ugandan; Ugandans
  code   UGA
  kind   country

actor CAPITAL_UGA
  name   Kampala
  code   UGA
  kind   capital

actor STATE_RWA
  name   Rwandan; Rwandans
  code   RWA
  kind   country

actor CAPITAL_RWA
  name   Kigali
  code   RWA
  kind   capital

actor STATE_BDI
  name   Burundian; Burundians
  code   BDI
  kind   country

actor CAPITAL_BDI
  name   Bujumbura; Gitega
  code   BDI
  kind   capital
  note   Gitega became the political capital in 2019; Bujumbura stays the economic capital.

actor STATE_TZA
  name   Tanzanian; Tanzanians
  code   TZA
  kind   country

actor CAPITAL_TZA
  name   Dodoma
  code   TZA
  kind   capital

actor STATE_COD
  name   DRC; DR Congo; D.R. Congo; DRCongo; Congo-Kinshasa; Zaire; Congolese
  code   COD
  kind   country
  note   'Congo' and 'Congolese' alone are coded as the Democratic Republic of the Congo, the one news means most often; the Republic of the Congo is STATE_COG (Congo-Brazzaville). Zaire: the name until May 1997.

actor CAPITAL_COD
  name   Kinshasa
  code   COD
  kind   capital

actor STATE_COG
  name   Congo-Brazzaville; Congo Republic; Republic of Congo
  code   COG
  kind   country
  note   Republic of the Congo. Bare 'Congo' goes to COD (see STATE_COD).

actor CAPITAL_COG
  name   Brazzaville
  code   COG
  kind   capital

actor STATE_GAB
  name   Gabonese
  code   GAB
  kind   country

actor CAPITAL_GAB
  name   Libreville
  code   GAB
  kind   capital

actor STATE_GNQ
  name   Equatorial Guinean; Equatoguinean
  code   GNQ
  kind   country

actor CAPITAL_GNQ
  name   Malabo
  code   GNQ
  kind   capital

actor STATE_CMR
  name   Cameroonian; Cameroonians
  code   CMR
  kind   country

actor CAPITAL_CMR
  name   Yaounde
  code   CMR
  kind   capital

actor STATE_CAF
  name   Central African; Central Africans
  code   CAF
  kind   country

actor CAPITAL_CAF
  name   Bangui
  code   CAF
  kind   capital

actor STATE_TCD
  name   Chadian; Chadians
  code   TCD
  kind   country

actor CAPITAL_TCD
  name   N'Djamena; Ndjamena
  code   TCD
  kind   capital

actor STATE_NER
  name   Nigerien; Nigeriens
  code   NER
  kind   country

actor CAPITAL_NER
  name   Niamey
  code   NER
  kind   capital

actor STATE_NGA
  name   Nigerian; Nigerians
  code   NGA
  kind   country

actor CAPITAL_NGA
  name   Abuja
  code   NGA
  kind   capital

actor STATE_BEN
  name   Beninese
  code   BEN
  kind   country

actor CAPITAL_BEN
  name   Porto-Novo; Cotonou
  code   BEN
  kind   capital

actor STATE_TGO
  name   Togolese
  code   TGO
  kind   country

actor CAPITAL_TGO
  name   Lome
  code   TGO
  kind   capital

actor STATE_GHA
  name   Ghanaian; Ghanaians
  code   GHA
  kind   country

actor CAPITAL_GHA
  name   Accra
  code   GHA
  kind   capital

actor STATE_BFA
  name   Burkina; Upper Volta; Burkinabe; Burkinabè
  code   BFA
  kind   country

actor CAPITAL_BFA
  name   Ouagadougou
  code   BFA
  kind   capital

actor STATE_MLI
  name   Malian; Malians
  code   MLI
  kind   country

actor CAPITAL_MLI
  name   Bamako
  code   MLI
  kind   capital

actor STATE_SEN
  name   Senegalese
  code   SEN
  kind   country

actor CAPITAL_SEN
  name   Dakar
  code   SEN
  kind   capital

actor STATE_GMB
  name   Gambian; Gambians
  code   GMB
  kind   country

actor CAPITAL_GMB
  name   Banjul
  code   GMB
  kind   capital

actor STATE_GNB
  name   Bissau-Guinean; Bissau-Guineans
  code   GNB
  kind   country

actor CAPITAL_GNB
  name   Bissau
  code   GNB
  kind   capital

actor STATE_GIN
  name   Guinea-Conakry; Guinean; Guineans
  code   GIN
  kind   country

actor CAPITAL_GIN
  name   Conakry
  code   GIN
  kind   capital

actor STATE_SLE
  name   Sierra Leonean; Sierra Leoneans
  code   SLE
  kind   country

actor CAPITAL_SLE
  name   Freetown
  code   SLE
  kind   capital

actor STATE_LBR
  name   Liberian; Liberians
  code   LBR
  kind   country

actor CAPITAL_LBR
  name   Monrovia
  code   LBR
  kind   capital

actor STATE_CIV
  name   Ivory Coast; Ivorian; Ivorians
  code   CIV
  kind   country

actor CAPITAL_CIV
  name   Abidjan; Yamoussoukro
  code   CIV
  kind   capital
  note   Abidjan: seat of government in practice; Yamoussoukro: official capital.

actor STATE_MRT
  name   Mauritanian; Mauritanians
  code   MRT
  kind   country

actor CAPITAL_MRT
  name   Nouakchott
  code   MRT
  kind   capital

actor STATE_CPV
  name   Cape Verde; Cape Verdean; Cape Verdeans
  code   CPV
  kind   country

actor CAPITAL_CPV
  name   Praia
  code   CPV
  kind   capital

actor STATE_STP
  name   Sao Tome; Santomean
  code   STP
  kind   country

actor STATE_AGO
  name   Angolan; Angolans
  code   AGO
  kind   country

actor CAPITAL_AGO
  name   Luanda
  code   AGO
  kind   capital

actor STATE_ZMB
  name   Zambian; Zambians
  code   ZMB
  kind   country

actor CAPITAL_ZMB
  name   Lusaka
  code   ZMB
  kind   capital

actor STATE_ZWE
  name   Zimbabwean; Zimbabweans
  code   ZWE
  kind   country

actor CAPITAL_ZWE
  name   Harare
  code   ZWE
  kind   capital

actor STATE_MWI
  name   Malawian; Malawians
  code   MWI
  kind   country

actor CAPITAL_MWI
  name   Lilongwe
  code   MWI
  kind   capital

actor STATE_MOZ
  name   Mozambican; Mozambicans
  code   MOZ
  kind   country

actor CAPITAL_MOZ
  name   Maputo
  code   MOZ
  kind   capital

actor STATE_ZAF
  name   RSA; South African; South Africans
  code   ZAF
  kind   country

actor CAPITAL_ZAF
  name   Pretoria
  code   ZAF
  kind   capital

actor STATE_NAM
  name   Namibian; Namibians
  code   NAM
  kind   country

actor CAPITAL_NAM
  name   Windhoek
  code   NAM
  kind   capital

actor STATE_BWA
  name   Botswanan; Motswana; Batswana
  code   BWA
  kind   country

actor CAPITAL_BWA
  name   Gaborone
  code   BWA
  kind   capital

actor STATE_LSO
  name   Basotho; Mosotho
  code   LSO
  kind   country

actor CAPITAL_LSO
  name   Maseru
  code   LSO
  kind   capital

actor STATE_SWZ
  name   Swaziland; Swazi; Swazis; Liswati; Emaswati
  code   SWZ
  kind   country
  note   Swaziland until April 2018, Eswatini since.

actor CAPITAL_SWZ
  name   Mbabane
  code   SWZ
  kind   capital

actor STATE_MDG
  name   Malagasy; Madagascan
  code   MDG
  kind   country

actor CAPITAL_MDG
  name   Antananarivo
  code   MDG
  kind   capital

actor STATE_MUS
  name   Mauritian; Mauritians
  code   MUS
  kind   country

actor CAPITAL_MUS
  name   Port Louis
  code   MUS
  kind   capital

actor STATE_SYC
  name   Seychellois
  code   SYC
  kind   country

actor STATE_COM
  name   Comoro Islands; Comorian; Comorians
  code   COM
  kind   country

actor CAPITAL_COM
  name   Moroni
  code   COM
  kind   capital


# ---- Americas

actor STATE_USA
  name   US; U.S.; USA; U.S.A.; America; American; Americans
  code   USA
  kind   country
  note   'US' is case-folded by the matcher like every name; see the report on all-caps acronyms.

actor CAPITAL_USA
  name   Washington
  code   USA
  kind   capital
  note   Washington stands for the US government (dev/README).

actor STATE_CAN
  name   Canadian; Canadians
  code   CAN
  kind   country

actor CAPITAL_CAN
  name   Ottawa
  code   CAN
  kind   capital

actor STATE_MEX
  name   Mexican; Mexicans
  code   MEX
  kind   country

actor CAPITAL_MEX
  name   Mexico City
  code   MEX
  kind   capital

actor STATE_GTM
  name   Guatemalan; Guatemalans
  code   GTM
  kind   country

actor CAPITAL_GTM
  name   Guatemala City
  code   GTM
  kind   capital

actor STATE_BLZ
  name   Belizean; Belizeans
  code   BLZ
  kind   country

actor CAPITAL_BLZ
  name   Belmopan
  code   BLZ
  kind   capital

actor STATE_HND
  name   Honduran; Hondurans
  code   HND
  kind   country

actor CAPITAL_HND
  name   Tegucigalpa
  code   HND
  kind   capital

actor STATE_SLV
  name   Salvadoran; Salvadorans; Salvadorean
  code   SLV
  kind   country

actor CAPITAL_SLV
  name   San Salvador
  code   SLV
  kind   capital

actor STATE_NIC
  name   Nicaraguan; Nicaraguans
  code   NIC
  kind   country

actor CAPITAL_NIC
  name   Managua
  code   NIC
  kind   capital

actor STATE_CRI
  name   Costa Rican; Costa Ricans
  code   CRI
  kind   country

actor CAPITAL_CRI
  name   San Jose
  code   CRI
  kind   capital

actor STATE_PAN
  name   Panamanian; Panamanians
  code   PAN
  kind   country

actor CAPITAL_PAN
  name   Panama City
  code   PAN
  kind   capital

actor STATE_CUB
  name   Cuban; Cubans
  code   CUB
  kind   country

actor CAPITAL_CUB
  name   Havana
  code   CUB
  kind   capital

actor STATE_HTI
  name   Haitian; Haitians
  code   HTI
  kind   country

actor CAPITAL_HTI
  name   Port-au-Prince
  code   HTI
  kind   capital

actor STATE_DOM
  name   Dominican; Dominicans
  code   DOM
  kind   country

actor CAPITAL_DOM
  name   Santo Domingo
  code   DOM
  kind   capital

actor STATE_JAM
  name   Jamaican; Jamaicans
  code   JAM
  kind   country

actor CAPITAL_JAM
  name   Kingston
  code   JAM
  kind   capital

actor STATE_BHS
  name   Bahamian; Bahamians
  code   BHS
  kind   country

actor CAPITAL_BHS
  name   Nassau
  code   BHS
  kind   capital

actor STATE_BRB
  name   Barbadian; Barbadians; Bajan
  code   BRB
  kind   country

actor CAPITAL_BRB
  name   Bridgetown
  code   BRB
  kind   capital

actor STATE_TTO
  name   Trinidad; Trinidadian; Trinidadians; Trinbagonian
  code   TTO
  kind   country

actor CAPITAL_TTO
  name   Port of Spain
  code   TTO
  kind   capital

actor STATE_GRD
  name   Grenadian; Grenadians
  code   GRD
  kind   country

actor STATE_LCA
  name   St Lucia; St. Lucia; Saint Lucian; St Lucian
  code   LCA
  kind   country

actor CAPITAL_LCA
  name   Castries
  code   LCA
  kind   capital

actor STATE_VCT
  name   St Vincent; St. Vincent; Vincentian; Vincentians
  code   VCT
  kind   country

actor CAPITAL_VCT
  name   Kingstown
  code   VCT
  kind   capital

actor STATE_ATG
  name   Antigua; Antiguan; Antiguans
  code   ATG
  kind   country

actor STATE_KNA
  name   St Kitts and Nevis; St. Kitts and Nevis; Kittitian
  code   KNA
  kind   country

actor CAPITAL_KNA
  name   Basseterre
  code   KNA
  kind   capital

actor CAPITAL_DMA
  name   Roseau
  code   DMA
  kind   capital

actor STATE_COL
  name   Colombian; Colombians
  code   COL
  kind   country

actor CAPITAL_COL
  name   Bogota
  code   COL
  kind   capital

actor STATE_VEN
  name   Venezuelan; Venezuelans
  code   VEN
  kind   country

actor CAPITAL_VEN
  name   Caracas
  code   VEN
  kind   capital

actor STATE_ECU
  name   Ecuadorian; Ecuadorians; Ecuadorean
  code   ECU
  kind   country

actor CAPITAL_ECU
  name   Quito
  code   ECU
  kind   capital

actor STATE_PER
  name   Peruvian; Peruvians
  code   PER
  kind   country

actor CAPITAL_PER
  name   Lima
  code   PER
  kind   capital

actor STATE_BOL
  name   Bolivian; Bolivians
  code   BOL
  kind   country

actor CAPITAL_BOL
  name   La Paz; Sucre
  code   BOL
  kind   capital
  note   La Paz is the seat of government; Sucre the constitutional capital.

actor STATE_CHL
  name   Chilean; Chileans
  code   CHL
  kind   country

actor CAPITAL_CHL
  name   Santiago
  code   CHL
  kind   capital

actor STATE_ARG
  name   Argentine; Argentines; Argentinian; Argentinians
  code   ARG
  kind   country

actor CAPITAL_ARG
  name   Buenos Aires
  code   ARG
  kind   capital

actor STATE_URY
  name   Uruguayan; Uruguayans
  code   URY
  kind   country

actor CAPITAL_URY
  name   Montevideo
  code   URY
  kind   capital

actor STATE_PRY
  name   Paraguayan; Paraguayans
  code   PRY
  kind   country

actor CAPITAL_PRY
  name   Asuncion
  code   PRY
  kind   capital

actor STATE_BRA
  name   Brazilian; Brazilians
  code   BRA
  kind   country

actor CAPITAL_BRA
  name   Brasilia
  code   BRA
  kind   capital

actor STATE_GUY
  name   Guyanese
  code   GUY
  kind   country

actor CAPITAL_GUY
  name   Georgetown
  code   GUY
  kind   capital

actor STATE_SUR
  name   Surinam; Surinamese
  code   SUR
  kind   country

actor CAPITAL_SUR
  name   Paramaribo
  code   SUR
  kind   capital

actor STATE_PRI
  name   Puerto Rican; Puerto Ricans
  code   PRI
  kind   country

actor CAPITAL_PRI
  name   San Juan
  code   PRI
  kind   capital

actor STATE_GRL
  name   Greenlandic; Greenlander; Greenlanders
  code   GRL
  kind   country

actor CAPITAL_GRL
  name   Nuuk
  code   GRL
  kind   capital


# ---- Oceania

actor STATE_AUS
  name   Australian; Australians; Aussie; Aussies
  code   AUS
  kind   country

actor CAPITAL_AUS
  name   Canberra
  code   AUS
  kind   capital

actor STATE_NZL
  name   Aotearoa; New Zealander; New Zealanders; Kiwi; Kiwis
  code   NZL
  kind   country

actor CAPITAL_NZL
  name   Wellington
  code   NZL
  kind   capital

actor STATE_PNG
  name   PNG; Papua New Guinean; Papua New Guineans
  code   PNG
  kind   country

actor CAPITAL_PNG
  name   Port Moresby
  code   PNG
  kind   capital

actor STATE_FJI
  name   Fijian; Fijians
  code   FJI
  kind   country

actor CAPITAL_FJI
  name   Suva
  code   FJI
  kind   capital

actor STATE_SLB
  name   the Solomons; Solomon Islander; Solomon Islanders
  code   SLB
  kind   country

actor CAPITAL_SLB
  name   Honiara
  code   SLB
  kind   capital

actor STATE_VUT
  name   Ni-Vanuatu
  code   VUT
  kind   country

actor CAPITAL_VUT
  name   Port Vila
  code   VUT
  kind   capital

actor STATE_WSM
  name   Samoan; Samoans
  code   WSM
  kind   country

actor CAPITAL_WSM
  name   Apia
  code   WSM
  kind   capital

actor STATE_TON
  name   Tongan; Tongans
  code   TON
  kind   country

actor CAPITAL_TON
  name   Nuku'alofa
  code   TON
  kind   capital

actor STATE_KIR
  name   I-Kiribati
  code   KIR
  kind   country

actor CAPITAL_KIR
  name   Tarawa
  code   KIR
  kind   capital

actor STATE_TUV
  name   Tuvaluan; Tuvaluans
  code   TUV
  kind   country

actor CAPITAL_TUV
  name   Funafuti
  code   TUV
  kind   capital

actor STATE_NRU
  name   Nauruan; Nauruans
  code   NRU
  kind   country

actor STATE_MHL
  name   Marshallese
  code   MHL
  kind   country

actor CAPITAL_MHL
  name   Majuro
  code   MHL
  kind   capital

actor STATE_FSM
  name   Micronesia; Micronesian; Micronesians
  code   FSM
  kind   country

actor CAPITAL_FSM
  name   Palikir
  code   FSM
  kind   capital

actor STATE_PLW
  name   Palauan; Palauans
  code   PLW
  kind   country

# ---- Blocs and regions
# "The West" and "Western" are WST (dev/README); "European" is EUR (dev14-05:
# "European leaders" → EURGOV). Other regions carry CAMEO's region codes: the
# dev set codes no unnamed group of states, but a region must still be
# recognized as one so that "South American" is not read as "American" (USA)
# nor "West African" as anything else. Their codes are listed in CODES.md.
# Groups such as "Gulf states" or "Arab countries" contain no state's name and
# are left out: they code nothing, as in the dev set ("Gulf monarchies").

actor BLOC_WEST
  name   the West; Western; Westerners; Western powers; Western countries; Western nations; Western governments; Western allies; Western Europe; Western European
  code   WST
  kind   group
  note   CAMEO's WST: the West as a bloc (dev/README).

actor BLOC_EUROPE
  name   Europe; European; Europeans
  code   EUR
  kind   group
  note   EUR: Europe as a bloc, used like WST (dev/README, dev14-05). The EU itself is IGOEUREEC (organizations.tac).

actor REGION_AFR
  name   Africa; African; Africans; sub-Saharan Africa; sub-Saharan
  code   AFR
  kind   group

actor REGION_WAF
  name   West Africa; West African; West Africans
  code   WAF
  kind   group

actor REGION_EAF
  name   East Africa; East African; East Africans; Horn of Africa
  code   EAF
  kind   group

actor REGION_NAF
  name   North Africa; North African; North Africans; Maghreb
  code   NAF
  kind   group

actor REGION_SAF
  name   Southern Africa; southern African
  code   SAF
  kind   group

actor REGION_CFR
  name   Central Africa
  code   CFR
  kind   group

actor REGION_ASA
  name   Asia; Asian; Asians; Asia-Pacific; East Asia; East Asian
  code   ASA
  kind   group

actor REGION_SAS
  name   South Asia; South Asian; South Asians
  code   SAS
  kind   group

actor REGION_SEA
  name   Southeast Asia; Southeast Asian; South-East Asia; South-East Asian; Southeast Asians
  code   SEA
  kind   group

actor REGION_CAS
  name   Central Asia; Central Asian
  code   CAS
  kind   group

actor REGION_MEA
  name   Middle East; Middle Eastern; Mideast
  code   MEA
  kind   group

actor REGION_LAM
  name   Latin America; Latin American; Latin Americans; Central America; Central American; Central Americans
  code   LAM
  kind   group

actor REGION_SAM
  name   South America; South American; South Americans
  code   SAM
  kind   group

actor REGION_NMR
  name   North America; North American; North Americans
  code   NMR
  kind   group

actor REGION_CRB
  name   Caribbean; Caribbean nations; Caribbean states
  code   CRB
  kind   group

actor REGION_BLK
  name   Balkans; Balkan; Western Balkans
  code   BLK
  kind   group

actor REGION_CAU
  name   Caucasus; South Caucasus; North Caucasus
  code   CAU
  kind   group

actor REGION_SCN
  name   Scandinavia; Scandinavian; Nordic countries; Nordics
  code   SCN
  kind   group

actor REGION_EEU
  name   Eastern Europe; Eastern European; Eastern Europeans; Baltic states; Baltics
  code   EEU
  kind   group

# ---- Seats of government and state institutions
# A building that stands for an executive is coded <country>GOV (it is the
# government speaking, never the country as a whole); legislatures LEG;
# armed forces MIL; intelligence services SPY. See CODES.md.

actor SEAT_RUSGOV
  name   Kremlin; the Kremlin
  code   RUSGOV
  kind   capital
  note   The Russian presidency (Kremlin), coded RUSGOV like the president.

actor SEAT_USAGOV
  name   White House; Oval Office; State Department; Department of State; Pentagon; Department of Defense; Department of War; Treasury Department; US Treasury; Justice Department; Department of Justice; Homeland Security
  code   USAGOV
  kind   capital
  note   US executive buildings and departments. The Pentagon is coded GOV, not MIL: it is a ministry, and dev/README codes ministries GOV. 'Department of War' is the secondary name the Pentagon took by executive order in September 2025.

actor SEAT_GBRGOV
  name   Downing Street; No 10; Number 10; Whitehall; Foreign and Commonwealth Office; Foreign, Commonwealth and Development Office; FCDO; Home Office
  code   GBRGOV
  kind   capital

actor SEAT_FRAGOV
  name   Elysee; Élysée; Elysee Palace; Quai d'Orsay; Matignon
  code   FRAGOV
  kind   capital

actor SEAT_CHNGOV
  name   Zhongnanhai; State Council of China; Chinese State Council
  code   CHNGOV
  kind   capital

actor SEAT_KORGOV
  name   Blue House; Cheong Wa Dae; Yongsan presidential office
  code   KORGOV
  kind   capital
  note   The South Korean presidency: Blue House until May 2022, Yongsan from 2022; the presidency moved back to the Blue House in 2025 (date not certain).

actor SEAT_DEUGOV
  name   German Chancellery; Kanzleramt
  code   DEUGOV
  kind   capital

actor SEAT_JPNGOV
  name   Kantei
  code   JPNGOV
  kind   capital

actor SEAT_INDGOV
  name   South Block; Rashtrapati Bhavan
  code   INDGOV
  kind   capital


# Legislatures with their own names (generic "parliament" is an agent, agents.tac).
actor LEG_USA
  name   Capitol Hill; US Congress; U.S. Congress; US Senate; U.S. Senate; House of Representatives
  code   USALEG
  kind   other
actor LEG_GBR
  name   Westminster; House of Commons; House of Lords
  code   GBRLEG
  kind   other
actor LEG_RUS
  name   Duma; State Duma; Federation Council
  code   RUSLEG
  kind   other
actor LEG_ISR
  name   Knesset
  code   ISRLEG
  kind   other
actor LEG_DEU
  name   Bundestag; Bundesrat
  code   DEULEG
  kind   other
actor LEG_IND
  name   Lok Sabha; Rajya Sabha
  code   INDLEG
  kind   other
actor LEG_CHN
  name   National People's Congress; NPC
  code   CHNLEG
  kind   other
actor LEG_UKR
  name   Verkhovna Rada; Rada
  code   UKRLEG
  kind   other
actor LEG_JPN
  name   National Diet
  code   JPNLEG
  kind   other
actor LEG_TUR
  name   Grand National Assembly
  code   TURLEG
  kind   other
actor LEG_IRN
  name   Majlis; Iranian parliament
  code   IRNLEG
  kind   other
  note   'Majlis' is Iran's parliament in most English news; other states' assemblies share the word.
actor LEG_KOR
  name   National Assembly of South Korea
  code   KORLEG
  kind   other

# Armed forces and security services with their own names.
actor MIL_ISR
  name   IDF; Israel Defense Forces; Israel Defence Forces; Israeli army; Israeli military
  code   ISRMIL
  kind   other
actor MIL_CHN
  name   PLA; People's Liberation Army; PLA Navy; PLA Air Force
  code   CHNMIL
  kind   other
actor MIL_IRN
  name   IRGC; Revolutionary Guards; Islamic Revolutionary Guard Corps; Revolutionary Guard; Quds Force; Basij
  code   IRNMIL
  kind   other
actor MIL_DEU
  name   Bundeswehr
  code   DEUMIL
  kind   other
actor MIL_IRQ
  name   Popular Mobilization Forces; Popular Mobilisation Forces; Hashd al-Shaabi; PMF
  code   IRQMIL
  kind   other
  note   Iraq's Popular Mobilization Forces are a state paramilitary by law since November 2016; coded MIL like Sudan's RSF (dev/README).
actor MIL_RUS
  name   Russian army; Russian military; Russian armed forces; Rosgvardia
  code   RUSMIL
  kind   other
actor MIL_USA
  name   US military; U.S. military; US army; U.S. Army; US Navy; U.S. Navy; US Air Force; U.S. Air Force; US Marines; Marine Corps; CENTCOM; Central Command; US forces; U.S. forces; INDOPACOM
  code   USAMIL
  kind   other
actor MIL_UKR
  name   Ukrainian army; Ukrainian military; Armed Forces of Ukraine
  code   UKRMIL
  kind   other
actor MIL_PAK
  name   ISPR; Inter-Services Public Relations; Pakistan Army; Pakistani army; Pakistani military
  code   PAKMIL
  kind   other
actor MIL_IND
  name   Indian Army; Indian army; Indian Navy; Indian Air Force; IAF
  code   INDMIL
  kind   other
actor SPY_USA
  name   CIA; Central Intelligence Agency; NSA; National Security Agency
  code   USASPY
  kind   other
actor COP_USA
  name   FBI; Federal Bureau of Investigation
  code   USACOP
  kind   other
actor SPY_RUS
  name   FSB; Federal Security Service; SVR; GRU
  code   RUSSPY
  kind   other
actor SPY_ISR
  name   Mossad; Shin Bet
  code   ISRSPY
  kind   other
actor SPY_GBR
  name   MI6; MI5; GCHQ; Secret Intelligence Service
  code   GBRSPY
  kind   other
actor SPY_PAK
  name   ISI; Inter-Services Intelligence
  code   PAKSPY
  kind   other

# ---- State media (dev/README: state-run media are coded GOV)
actor MEDIA_CHNGOV
  name   Xinhua; Xinhua News Agency; CCTV; China Central Television; CGTN; People's Daily; Global Times; China Daily
  code   CHNGOV
  kind   other
  note   State-run Chinese media (dev/README: state media = GOV).
actor MEDIA_PRKGOV
  name   KCNA; Korean Central News Agency; Rodong Sinmun; KCTV
  code   PRKGOV
  kind   other
actor MEDIA_RUSGOV
  name   TASS; ITAR-TASS; RIA Novosti; RIA; Sputnik; RT; Russia Today; Rossiya 24
  code   RUSGOV
  kind   other
actor MEDIA_IRNGOV
  name   IRNA; Islamic Republic News Agency; Press TV; IRIB; Islamic Republic of Iran Broadcasting
  code   IRNGOV
  kind   other
actor MEDIA_IRNMED
  name   Fars; Fars News Agency; Tasnim; Tasnim News Agency; Mehr News Agency; ISNA
  code   IRNMED
  kind   other
  note   Semi-official Iranian agencies: MED, not GOV (they are not the state's own voice).
actor MEDIA_SYRGOV
  name   SANA; Syrian Arab News Agency
  code   SYRGOV
  kind   other
actor MEDIA_SAUGOV
  name   Saudi Press Agency
  code   SAUGOV
  kind   other
actor MEDIA_AREGOV
  name   WAM; Emirates News Agency
  code   AREGOV
  kind   other
actor MEDIA_KWTGOV
  name   KUNA; Kuwait News Agency
  code   KWTGOV
  kind   other
actor MEDIA_QATGOV
  name   QNA; Qatar News Agency
  code   QATGOV
  kind   other
actor MEDIA_EGYGOV
  name   Middle East News Agency; Al-Ahram
  code   EGYGOV
  kind   other
actor MEDIA_TURGOV
  name   Anadolu; Anadolu Agency; TRT
  code   TURGOV
  kind   other
  note   Anadolu and TRT are state-owned.
actor MEDIA_VNMGOV
  name   VNA; Vietnam News Agency
  code   VNMGOV
  kind   other
actor MEDIA_CUBGOV
  name   Granma; Prensa Latina
  code   CUBGOV
  kind   other
actor MEDIA_BLRGOV
  name   BelTA
  code   BLRGOV
  kind   other
actor MEDIA_SDNGOV
  name   SUNA; Sudan News Agency
  code   SDNGOV
  kind   other
actor MEDIA_MYSGOV
  name   Bernama
  code   MYSGOV
  kind   other
actor MEDIA_BGDGOV
  name   BSS; Bangladesh Sangbad Sangstha
  code   BGDGOV
  kind   other
actor MEDIA_QATMED
  name   Al Jazeera; Al-Jazeera
  code   QATMED
  kind   other
actor MEDIA_SAUMED
  name   Al Arabiya; Al-Arabiya
  code   SAUMED
  kind   other
actor MEDIA_GBRMED
  name   BBC
  code   GBRMED
  kind   other

actor SEAT_CANGOV
  name   Global Affairs Canada; Parliament Hill
  code   CANGOV
  kind   capital
  note   Canada's foreign ministry (Global Affairs Canada) and the seat of its government.

actor SOVIET_UNION
  name   Soviet Union; USSR; U.S.S.R.; Soviet; Soviets
  code   RUS
  kind   country
  note   The USSR (to 26 December 1991) is coded as Russia, its successor state in the UN Security Council: modern news mentions it as background to Russian policy. A coder that needs the distinction can re-code by date.
