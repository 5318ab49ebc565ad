# organizations.tac — intergovernmental organizations (kind igo) and major
# non-governmental organizations (kind ngo).
#
# Codes: IGO + region + organization, as CAMEO writes them. The codes that
# dev/README gives are used as given (UN IGOUNO, EU IGOEUREEC, NATO IGOWSTNAT,
# AU IGOAFRAFU, Arab League IGOMEAARL, ASEAN IGOSEAASN, ECOWAS IGOWAFWAS,
# GCC IGOMEAGCC, IAEA IGOUNOIAE, ICC IGOUNOICC, World Bank IGOWBK, IMF IGOIMF,
# OAS IGOOAS). Every other code here was formed by us on that pattern and is
# listed in data/dict/CODES.md.
#
# The organs of an organization speak for it: the UN Security Council and the
# General Assembly are IGOUNO, the European Commission is IGOEUREEC. A UN agency
# with its own voice has its own third group (UNHCR IGOUNOHCR).
#
# All-caps acronyms that are also common English words are left out on purpose
# ("WHO", "CARE"): the matcher folds case, so they would match "who", "care".
@source tacitus authors; founding and renaming dates from the organizations' own charters and announcements

# ---- United Nations

actor UN
  name   United Nations; UN; U.N.; UNO; United Nations Organization; UN Secretariat; UN secretary-general; U.N. secretary-general; United Nations secretary-general; UN chief; U.N. chief; UN spokesperson; UN spokesman
  code   IGOUNO
  kind   igo

actor UN_SECURITY_COUNCIL
  name   Security Council; UN Security Council; U.N. Security Council; United Nations Security Council; UNSC
  code   IGOUNO
  kind   igo
  note   An organ of the UN: coded as the UN (dev/README lists IGOUNO only).

actor UN_GENERAL_ASSEMBLY
  name   General Assembly; UN General Assembly; U.N. General Assembly; United Nations General Assembly; UNGA
  code   IGOUNO
  kind   igo

actor UN_HUMAN_RIGHTS
  name   Human Rights Council; UN Human Rights Council; UNHRC; OHCHR; Office of the High Commissioner for Human Rights; UN human rights office; UN rights office; UN High Commissioner for Human Rights; UN human rights chief
  code   IGOUNOHRC
  kind   igo
  note   The Human Rights Council (since June 2006; Commission on Human Rights before) and the High Commissioner's office.

actor UNHCR
  name   UNHCR; UN refugee agency; U.N. refugee agency; UN Refugee Agency; Office of the United Nations High Commissioner for Refugees; UN High Commissioner for Refugees; UN refugee chief
  code   IGOUNOHCR
  kind   igo

actor UNICEF
  name   UNICEF; Unicef; United Nations Children's Fund; UN children's agency; UN children's fund
  code   IGOUNOCEF
  kind   igo

actor WFP
  name   WFP; World Food Programme; World Food Program; UN food agency
  code   IGOUNOWFP
  kind   igo

actor WHO
  name   World Health Organization; World Health Organisation; UN health agency
  code   IGOUNOWHO
  kind   igo
  note   "WHO" itself is not a name here: folded to "who" it would match the pronoun.

actor IAEA
  name   IAEA; International Atomic Energy Agency; UN nuclear watchdog; U.N. nuclear watchdog; UN atomic watchdog; UN nuclear agency
  code   IGOUNOIAE
  kind   igo

actor UNDP
  name   UNDP; United Nations Development Programme; UN Development Programme
  code   IGOUNODEV
  kind   igo

actor UNESCO
  name   UNESCO; Unesco; United Nations Educational, Scientific and Cultural Organization
  code   IGOUNOEDU
  kind   igo

actor FAO
  name   FAO; Food and Agriculture Organization; Food and Agriculture Organisation
  code   IGOUNOFAO
  kind   igo

actor OCHA
  name   OCHA; UN Office for the Coordination of Humanitarian Affairs; UN humanitarian office; UN humanitarian agency; UN aid chief; UN humanitarian chief
  code   IGOUNOHUM
  kind   igo

actor UNRWA
  name   UNRWA; United Nations Relief and Works Agency; UN agency for Palestinian refugees; UN Palestinian refugee agency
  code   IGOUNORWA
  kind   igo

actor ILO
  name   ILO; International Labour Organization; International Labor Organization
  code   IGOUNOILO
  kind   igo

actor UNEP
  name   UNEP; UN Environment Programme; United Nations Environment Programme
  code   IGOUNOENV
  kind   igo

actor IOM
  name   IOM; International Organization for Migration; UN migration agency
  code   IGOUNOIOM
  kind   igo
  note   A UN related organization since September 2016.

actor UN_PEACEKEEPING
  name   UN peacekeepers; U.N. peacekeepers; UN peacekeeping mission; UN peacekeeping force; blue helmets; UNIFIL; MONUSCO; UNMISS; MINUSCA; UNDOF; UNFICYP; UNMIK; MINUSMA; UNAMID; MINUSTAH; UNAMA; UNAMI; UNSMIL
  code   IGOUNOPKO
  kind   igo
  note   UN peace operations and political missions. MINUSMA (Mali) ended 31 December 2023; UNAMID (Darfur) 31 December 2020; MINUSTAH (Haiti) October 2017: a name still codes the mission in historical text.

actor ICJ
  name   ICJ; International Court of Justice; World Court
  code   IGOUNOICJ
  kind   igo

actor ICC
  name   ICC; International Criminal Court; ICC prosecutor; ICC judges
  code   IGOUNOICC
  kind   igo
  note   The ICC is not a UN organ; its code is the one dev/README gives. In operation since 1 July 2002.

actor IMF
  name   IMF; International Monetary Fund
  code   IGOIMF
  kind   igo

actor WORLD_BANK
  name   World Bank; World Bank Group; IBRD; International Bank for Reconstruction and Development
  code   IGOWBK
  kind   igo

actor WTO
  name   WTO; World Trade Organization; World Trade Organisation
  code   IGOWTO
  kind   igo

actor OPCW
  name   OPCW; Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons; chemical weapons watchdog
  code   IGOOPW
  kind   igo

actor INTERPOL
  name   Interpol; International Criminal Police Organization
  code   IGOITP
  kind   igo

# ---- Europe

actor EU
  name   European Union; EU; E.U.; European Commission; EU Commission; Commission of the European Union; European Council; Council of the European Union; Council of the EU; EU Council; European Parliament; EU foreign policy chief; EU foreign ministers; EU leaders; EU member states; eurozone; euro zone; European Central Bank; ECB
  code   IGOEUREEC
  kind   igo
  note   The EU and its institutions (Commission, Council, Parliament, Central Bank) all code IGOEUREEC.

actor EU_BRUSSELS
  name   Brussels
  code   IGOEUREEC
  kind   capital
  note   'Brussels' said/decided: in international news the EU far more often than Belgium, so coded as the EU (our choice; CODES.md). Belgium's government is 'Belgium'/'Belgian'.

actor COUNCIL_OF_EUROPE
  name   Council of Europe; European Court of Human Rights; ECHR; Strasbourg court
  code   IGOEURCOE
  kind   igo

actor OSCE
  name   OSCE; Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe
  code   IGOEUROSC
  kind   igo

actor NATO
  name   NATO; Nato; N.A.T.O.; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Atlantic alliance; North Atlantic alliance; NATO allies; Western alliance; NATO secretary-general
  code   IGOWSTNAT
  kind   igo

actor CIS
  name   CIS; Commonwealth of Independent States
  code   IGOEEUCIS
  kind   igo

actor CSTO
  name   CSTO; Collective Security Treaty Organization; Collective Security Treaty Organisation
  code   IGOEEUCST
  kind   igo

actor EAEU
  name   Eurasian Economic Union; EAEU; EEU
  code   IGOEEUEEU
  kind   igo
  note   In force since 1 January 2015.

actor OECD
  name   OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
  code   IGOOEC
  kind   igo

# ---- Africa

actor AU
  name   African Union; AU; A.U.; AU Commission; African Union Commission; AU Peace and Security Council; African Union Peace and Security Council
  code   IGOAFRAFU
  kind   igo
  note   Launched 9 July 2002, succeeding the OAU (ORG_OAU).

actor OAU
  name   OAU; Organization of African Unity; Organisation of African Unity
  code   IGOAFRAFU
  kind   igo
  note   1963 to 9 July 2002; given the AU's code as its predecessor (a CAMEO convention: the successor keeps the code).

actor ECOWAS
  name   ECOWAS; Ecowas; Economic Community of West African States; ECOWAS Commission; Ecowas Commission; CEDEAO; ECOMOG
  code   IGOWAFWAS
  kind   igo

actor AES
  name   Alliance of Sahel States; AES; Confederation of Sahel States
  code   IGOWAFAES
  kind   igo
  note   Mali, Burkina Faso and Niger: alliance signed 16 September 2023, confederation 6 July 2024; they left ECOWAS in January 2025.

actor SADC
  name   SADC; Southern African Development Community
  code   IGOSAFSAD
  kind   igo

actor EAC
  name   East African Community; EAC
  code   IGOEAFEAC
  kind   igo

actor IGAD
  name   IGAD; Intergovernmental Authority on Development
  code   IGOEAFIGD
  kind   igo

actor ECCAS
  name   ECCAS; Economic Community of Central African States
  code   IGOCAFCAS
  kind   igo

actor AFDB
  name   African Development Bank; AfDB
  code   IGOAFRADB
  kind   igo

# ---- Middle East and the Muslim world

actor ARAB_LEAGUE
  name   Arab League; League of Arab States
  code   IGOMEAARL
  kind   igo

actor GCC
  name   GCC; Gulf Cooperation Council; Cooperation Council for the Arab States of the Gulf; Gulf Co-operation Council
  code   IGOMEAGCC
  kind   igo

actor OIC
  name   OIC; Organisation of Islamic Cooperation; Organization of Islamic Cooperation; Organisation of the Islamic Conference; Organization of the Islamic Conference
  code   IGOMOSOIC
  kind   igo
  note   Renamed from 'Islamic Conference' to 'Islamic Cooperation' on 28 June 2011.

actor OPEC
  name   OPEC; Organization of the Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries; OPEC+; OPEC Plus
  code   IGOOPC
  kind   igo
  note   OPEC+ (OPEC and allied producers led by Russia, since December 2016) is coded as OPEC.

# ---- Asia and the Pacific

actor ASEAN
  name   ASEAN; Asean; Association of Southeast Asian Nations; Association of South East Asian Nations
  code   IGOSEAASN
  kind   igo

actor SCO
  name   SCO; Shanghai Cooperation Organization; Shanghai Cooperation Organisation
  code   IGOASASCO
  kind   igo

actor APEC
  name   APEC; Asia-Pacific Economic Cooperation
  code   IGOASAAPC
  kind   igo

actor SAARC
  name   SAARC; South Asian Association for Regional Cooperation
  code   IGOSASSAA
  kind   igo

actor ADB
  name   Asian Development Bank; ADB
  code   IGOASAADB
  kind   igo

actor AIIB
  name   AIIB; Asian Infrastructure Investment Bank
  code   IGOASAAIB
  kind   igo

actor PIF
  name   Pacific Islands Forum
  code   IGOPACPIF
  kind   igo

# ---- Americas

actor OAS
  name   OAS; Organization of American States; Organisation of American States; OAS General Assembly; OAS Permanent Council
  code   IGOOAS
  kind   igo

actor MERCOSUR
  name   Mercosur; Mercosul; Southern Common Market
  code   IGOSAMMER
  kind   igo

actor CELAC
  name   CELAC; Community of Latin American and Caribbean States
  code   IGOLAMCLC
  kind   igo

actor CARICOM
  name   CARICOM; Caricom; Caribbean Community
  code   IGOCRBCAR
  kind   igo

# ---- Groupings of states

actor G7
  name   G7; G-7; Group of Seven; G8; G-8; Group of Eight; G7 leaders; G7 countries
  code   IGOGSV
  kind   igo
  note   The G8 (with Russia, 1997 to March 2014) is coded as the G7.

actor G20
  name   G20; G-20; Group of 20; Group of Twenty; G20 leaders
  code   IGOGTW
  kind   igo

actor BRICS
  name   BRICS; Brics; BRICS countries; BRICS nations
  code   IGOBRC
  kind   igo
  note   Brazil, Russia, India, China (BRIC, first summit 2009), South Africa from 2011; Egypt, Ethiopia, Iran and the UAE from 1 January 2024, Indonesia from January 2025.

actor NON_ALIGNED
  name   Non-Aligned Movement
  code   IGONAL
  kind   igo

actor COMMONWEALTH
  name   Commonwealth of Nations; Commonwealth Secretariat
  code   IGOCWN
  kind   igo

actor IEA
  name   IEA; International Energy Agency
  code   IGOIEA
  kind   igo

# ---- Non-governmental organizations

actor ICRC
  name   ICRC; International Committee of the Red Cross; Red Cross; Red Crescent; IFRC; International Federation of Red Cross and Red Crescent Societies; Syrian Arab Red Crescent; Palestine Red Crescent; Palestinian Red Crescent
  code   NGOICR
  kind   ngo

actor MSF
  name   MSF; Doctors Without Borders; Medecins Sans Frontieres; Médecins Sans Frontières
  code   NGOMSF
  kind   ngo

actor AMNESTY
  name   Amnesty International
  code   NGOAMN
  kind   ngo

actor HRW
  name   Human Rights Watch; HRW
  code   NGOHRW
  kind   ngo

actor OXFAM
  name   Oxfam
  code   NGOOXF
  kind   ngo

actor SAVE_THE_CHILDREN
  name   Save the Children
  code   NGOSTC
  kind   ngo

actor IRC
  name   International Rescue Committee; IRC
  code   NGOIRC
  kind   ngo

actor NRC
  name   Norwegian Refugee Council
  code   NGONRC
  kind   ngo

actor GREENPEACE
  name   Greenpeace
  code   NGOGRP
  kind   ngo

actor TRANSPARENCY
  name   Transparency International
  code   NGOTRI
  kind   ngo

actor RWB
  name   Reporters Without Borders; Reporters Sans Frontieres
  code   NGORWB
  kind   ngo
  note   Its French acronym RSF is left out: in news RSF is Sudan's Rapid Support Forces (armed_groups.tac).

actor CPJ
  name   Committee to Protect Journalists; CPJ
  code   NGOCPJ
  kind   ngo

actor CRISIS_GROUP
  name   International Crisis Group; Crisis Group
  code   NGOICG
  kind   ngo

actor SOHR
  name   Syrian Observatory for Human Rights; Syrian Observatory; SOHR
  code   NGOSOH
  kind   ngo
  note   A UK-based war monitor reporting on Syria.

actor WHITE_HELMETS
  name   White Helmets; Syria Civil Defence; Syrian Civil Defence
  code   NGOWHT
  kind   ngo

actor WEF
  name   World Economic Forum; WEF
  code   NGOWEF
  kind   ngo

actor IOC
  name   International Olympic Committee; IOC
  code   NGOIOC
  kind   ngo

# ---- Companies that act in international news (kind other, <country>BUS)
# State-owned companies are BUS too: they act as firms (a ministry speaks for
# the state). Codes follow the company's home state.

actor COMPANY_CHN
  name   Huawei; Huawei Technologies; ZTE; ByteDance; TikTok; Alibaba; Tencent; CATL; BYD; China National Petroleum Corporation; CNPC; Sinopec; CNOOC; COSCO
  code   CHNBUS
  kind   other

actor COMPANY_RUS
  name   Gazprom; Rosneft; Lukoil; Rosatom; Novatek; Sberbank; VTB
  code   RUSBUS
  kind   other
  note   Rosatom is a state corporation that also acts as Russia's nuclear regulator abroad; coded BUS like the others.

actor COMPANY_SAU
  name   Aramco; Saudi Aramco; SABIC
  code   SAUBUS
  kind   other

actor COMPANY_VEN
  name   PDVSA; Petroleos de Venezuela; Petróleos de Venezuela
  code   VENBUS
  kind   other

actor COMPANY_USA
  name   Chevron; ExxonMobil; Exxon Mobil; Exxon; Boeing; Lockheed Martin; Raytheon; SpaceX; Starlink; Google; Microsoft; Nvidia; Tesla; OpenAI
  code   USABUS
  kind   other

actor COMPANY_EUR
  name   Airbus
  code   FRABUS
  kind   other
  note   Airbus is registered in the Netherlands and headquartered in Toulouse; coded FRA as its operational seat.

actor COMPANY_OTHER_IRN
  name   National Iranian Oil Company; NIOC
  code   IRNBUS
  kind   other

actor PERSON_MENG_WANZHOU
  name   Meng Wanzhou
  code   CHNBUS
  kind   person
  note   Huawei's chief financial officer; detained in Canada from 1 December 2018 to 24 September 2021.
