# armed_groups.tac — non-state armed groups (kind armed), with date bounds
# where a group's status changed (took power, joined the state, went to war
# with it).
#
# Codes (dev/README): "the country of operation + REB, or IMG + a group code".
# We apply it this way, and CODES.md lists every IMG code:
#   - IMG + group code for the groups dev/README names (Hamas IMGHAM,
#     Hezbollah IMGHEZ, Islamic State IMGISL) and for the two transnational
#     jihadist organizations with branches in many states: the Islamic State's
#     "provinces" are IMGISL, al-Qaeda's named branches (AQAP, AQIM, AQIS) IMGALQ;
#   - every other group: the country where it fights + REB (Taliban AFGREB,
#     al-Shabaab SOMREB, M23 CODREB); criminal cartels and gangs + CRM;
#   - state paramilitaries and state-run private forces: + MIL (Sudan's RSF
#     before its war with the army; Wagner Group / Africa Corps RUSMIL).
# A group that took power is GOV from that day (Taliban 20210815, HTS 20241208).
# Every change is a dated range; the undated default is the code that holds
# on 2026-11-27, used only for an article without a date.
@source tacitus authors; dates from contemporaneous reporting, uncertain ones marked ?

# ---- Middle East

actor HAMAS
  name   Hamas; Harakat al-Muqawama al-Islamiya; Islamic Resistance Movement; Qassam Brigades; al-Qassam Brigades; Izz ad-Din al-Qassam Brigades; Ezzedine al-Qassam Brigades
  code   IMGHAM
  kind   armed
  note   Founded December 1987; governs the Gaza Strip since June 2007. Coded IMGHAM throughout (dev/README), including its Gaza administration.

actor HEZBOLLAH
  name   Hezbollah; Hizbollah; Hizbullah; Hizballah; Hezbullah; Party of God
  code   IMGHEZ
  kind   armed

actor PALESTINIAN_ISLAMIC_JIHAD
  name   Islamic Jihad; Palestinian Islamic Jihad; PIJ; al-Quds Brigades; Saraya al-Quds
  code   PSEREB
  kind   armed

actor AL_AQSA_BRIGADES
  name   al-Aqsa Martyrs' Brigades; Al-Aqsa Martyrs Brigades; Lions' Den
  code   PSEREB
  kind   armed

actor HOUTHIS
  name   Houthis; Houthi; Huthis; Huthi; Houthi rebels; Houthi movement; Ansar Allah; Ansarallah; Ansar Allah movement
  code   YEMREB
  kind   armed
  note   Hold Sanaa since 21 September 2014 and run a de facto administration there; not the recognized government of Yemen, so coded YEMREB throughout (our choice, CODES.md).

actor ISLAMIC_STATE
  name   Islamic State; Islamic State group; ISIS; ISIL; Daesh; Daish; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State in Iraq and Syria; Islamic State in Iraq and the Levant; Islamic State militants; al-Dawla al-Islamiya
  code   IMGISL
  kind   armed
  note   ISIL/ISIS from April 2013; proclaimed a "caliphate" as "Islamic State" on 29 June 2014; lost its last territory at Baghouz, Syria, 23 March 2019. "IS" alone is not a name here: folded to "is" it would match the verb.

actor ISLAMIC_STATE_PROVINCES
  name   ISWAP; Islamic State West Africa Province; Islamic State West Africa; ISKP; ISIS-K; IS-K; Islamic State Khorasan; Islamic State Khorasan Province; Islamic State in the Greater Sahara; ISGS; Islamic State Sahel; Islamic State Sahel Province; Islamic State Central Africa Province; ISCAP; Islamic State Somalia; Sinai Province; Islamic State Sinai Province; Wilayat Sinai; Ansar Beit al-Maqdis
  code   IMGISL
  kind   armed
  note   The Islamic State's "provinces" are coded as the Islamic State. ISWAP split from Boko Haram in 2016; ISKP formed January 2015; ISGS pledged allegiance May 2015; Ansar Beit al-Maqdis became Sinai Province in November 2014.

actor AL_QAEDA
  name   al-Qaeda; al-Qaida; al Qaeda; al Qaida; Al-Qa'ida; al-Qaeda central; AQAP; al-Qaeda in the Arabian Peninsula; Al-Qaeda in the Arabian Peninsula; AQIM; al-Qaeda in the Islamic Maghreb; al-Qaeda in the Islamic Maghreb's; AQIS; al-Qaeda in the Indian Subcontinent; al-Qaeda in Iraq; AQI
  code   IMGALQ
  kind   armed
  note   Al-Qaeda and its named branches. AQAP formed January 2009 (Yemen/Saudi merger); AQIM took the name January 2007 (formerly GSPC, Algeria); AQIS announced September 2014; al-Qaeda in Iraq (2004) became the Islamic State of Iraq in October 2006 and later ISIS (ISLAMIC_STATE).

actor NUSRA_FRONT
  name   Nusra Front; al-Nusra Front; al-Nusra; Jabhat al-Nusra; Jabhat al-Nusra li-Ahl al-Sham; Jabhat Fateh al-Sham; Jabhat Fatah al-Sham; Fateh al-Sham Front
  code   SYRREB
  kind   armed
  note   Al-Qaeda's Syrian branch, announced January 2012; renamed Jabhat Fateh al-Sham on 28 July 2016 (declared split from al-Qaeda); merged into Hayat Tahrir al-Sham on 28 January 2017 (actor HTS).

actor HTS
  name   Hayat Tahrir al-Sham; Hay'at Tahrir al-Sham; Hayat Tahrir al-Cham; HTS; Tahrir al-Sham; Levant Liberation Committee; Organization for the Liberation of the Levant
  code   SYRREB -20241207
  code   SYRGOV 20241208-
  code   SYRGOV
  kind   armed
  note   Formed 28 January 2017 from Jabhat Fateh al-Sham and other factions; led the offensive that took Damascus on 8 December 2024, after which it formed Syria's caretaker government (coded SYRGOV from that day). Announced its own dissolution into the state on 29 January 2025, when Ahmed al-Sharaa was named transitional president; the name still refers to the ruling group.

actor SYRIAN_OPPOSITION_FORCES
  name   Free Syrian Army; FSA; Syrian National Army; Ahrar al-Sham; Jaysh al-Islam; Jaish al-Islam; Syrian rebels
  code   SYRREB
  kind   armed
  note   Armed Syrian opposition factions. After 8 December 2024 most were to merge into the new national army (agreement announced 24 December 2024); dates of individual mergers are not certain, so no change is dated here.

actor SDF
  name   Syrian Democratic Forces; SDF; YPG; People's Protection Units; YPJ; Women's Protection Units; Kurdish-led forces; Kurdish-led Syrian Democratic Forces
  code   SYRREB
  kind   armed
  note   YPG from 2011; SDF (YPG-led alliance) from October 2015. Signed an agreement to integrate into the Syrian state on 10 March 2025; integration was still incomplete in our last information, so no change is dated here.

actor PKK
  name   PKK; Kurdistan Workers' Party; Kurdistan Workers Party; Partiya Karkeren Kurdistane; KCK
  code   TURREB
  kind   armed
  note   Armed struggle since 1984. Announced its dissolution on 12 May 2025 and held a first disarmament ceremony in July 2025 (day uncertain: 11 July 2025?); coded TURREB throughout.

actor KATAIB_HEZBOLLAH
  name   Kataib Hezbollah; Kata'ib Hezbollah; Kataib Hizbollah; Asaib Ahl al-Haq; Asa'ib Ahl al-Haq; Harakat Hezbollah al-Nujaba; al-Nujaba; Islamic Resistance in Iraq
  code   IRQREB
  kind   armed
  note   Iran-aligned Iraqi militias. Their units are formally part of the state Popular Mobilization Forces (IRQMIL, states.tac), but attacks claimed in their own names are coded REB.

actor PESHMERGA
  name   Peshmerga; Kurdish Peshmerga; Kurdistan Regional Government; KRG
  code   IRQMIL
  kind   other
  note   Forces (and government) of Iraq's Kurdistan Region, recognized by Iraq's 2005 constitution. The KRG's civilian government is coded with its forces as IRQMIL: a simplification, noted in CODES.md.

actor MEK
  name   MEK; MKO; People's Mojahedin Organization of Iran; People's Mujahedin of Iran; Mujahedin-e Khalq; Mojahedin-e Khalq
  code   IRNOPP
  kind   armed
  note   Exiled Iranian opposition; disarmed in Iraq in 2003; coded OPP.

actor JAISH_AL_ADL
  name   Jaish al-Adl; Jaysh al-Adl; Jundallah
  code   IRNREB
  kind   armed

actor LNA
  name   Libyan National Army; LNA; Libyan Arab Armed Forces; Haftar's forces
  code   LBYMIL
  kind   armed
  note   Khalifa Haftar's forces in eastern Libya, the army of the eastern (House of Representatives) authorities. Coded MIL as a state force of one of Libya's rival governments (our choice).

# ---- South and Central Asia

actor TALIBAN
  name   Taliban; Taleban; Afghan Taliban; Islamic Emirate of Afghanistan; Islamic Emirate; Taliban government; Taliban administration; Taliban authorities; Taliban-led government
  code   AFGREB -19960926
  code   AFGGOV 19960927-20011207
  code   AFGREB 20011208-20210814
  code   AFGGOV 20210815-
  code   AFGGOV
  kind   armed
  note   Ruled Kabul from 27 September 1996 until it fell on 13 November 2001, and Kandahar until 7 December 2001; insurgency until it took Kabul on 15 August 2021; the de facto government of Afghanistan since.

actor HAQQANI_NETWORK
  name   Haqqani network; Haqqani Network
  code   AFGREB -20210814
  code   AFGGOV 20210815-
  code   AFGGOV
  kind   armed
  note   Part of the Taliban; its leader Sirajuddin Haqqani is interior minister since September 2021.

actor NRF
  name   National Resistance Front; National Resistance Front of Afghanistan; Northern Alliance; United Islamic Front
  code   AFGREB
  kind   armed
  note   Northern Alliance (United Islamic Front) against the Taliban 1996-2001; National Resistance Front (Ahmad Massoud) since August 2021.

actor TTP
  name   Tehreek-e-Taliban Pakistan; Tehrik-i-Taliban Pakistan; Tehrik-e-Taliban Pakistan; TTP; Pakistani Taliban
  code   PAKREB
  kind   armed

actor BLA
  name   Balochistan Liberation Army; Baloch Liberation Army; BLA; Balochistan Liberation Front; BLF
  code   PAKREB
  kind   armed

actor KASHMIR_MILITANTS
  name   Lashkar-e-Taiba; Lashkar-e-Tayyiba; Jaish-e-Mohammed; Jaish-e-Muhammad; Hizbul Mujahideen; Hizb-ul-Mujahideen; The Resistance Front; TRF
  code   INDREB
  kind   armed
  note   Groups fighting in Indian-administered Kashmir (and behind the 2008 Mumbai and 2025 Pahalgam attacks), coded by the country of operation as dev/README prescribes; India's government holds them to be Pakistan-based.

actor MAOISTS_INDIA
  name   Naxalites; Naxals; Communist Party of India (Maoist); CPI (Maoist)
  code   INDREB
  kind   armed

# ---- South-East and East Asia

actor MYANMAR_RESISTANCE
  name   People's Defence Force; People's Defense Force; PDF; Arakan Army; Kachin Independence Army; Karen National Union; KNU; Karen National Liberation Army; KNLA; MNDAA; Myanmar National Democratic Alliance Army; TNLA; Ta'ang National Liberation Army; Three Brotherhood Alliance; Brotherhood Alliance; Chin National Front
  code   MMRREB
  kind   armed
  note   The National Unity Government's People's Defence Force (formed May 2021) and the ethnic armed organizations.

actor TATMADAW
  name   Tatmadaw; Myanmar military; Myanmar army; Myanmar junta; State Administration Council
  code   MMRGOV -20110329
  code   MMRMIL 20110330-20210131
  code   MMRGOV 20210201-
  code   MMRGOV
  kind   other
  note   Myanmar's armed forces: ruling junta (SPDC) until the nominally civilian government took office on 30 March 2011; seized power again on 1 February 2021 (State Administration Council, renamed in July 2025 when a nominally civilian interim government was formed, date uncertain). A ruling junta is GOV (dev/README).

actor PHILIPPINE_REBELS
  name   Abu Sayyaf; Abu Sayyaf Group; New People's Army; NPA; Moro Islamic Liberation Front; MILF; Maute group; Bangsamoro Islamic Freedom Fighters; BIFF
  code   PHLREB
  kind   armed
  note   MILF signed a peace agreement in 2014 and leads the Bangsamoro transitional authority since February 2019; still coded REB when named.

# ---- Africa

actor AL_SHABAAB
  name   al-Shabaab; al-Shabab; Al Shabaab; Al-Shabab; Shabaab; Harakat al-Shabaab al-Mujahideen
  code   SOMREB
  kind   armed
  note   Somali insurgency since 2006; formally al-Qaeda's affiliate since February 2012. Coded by its country of operation (our choice, CODES.md).

actor BOKO_HARAM
  name   Boko Haram; Jama'atu Ahlis Sunna Lidda'awati wal-Jihad; Ansaru
  code   NGAREB
  kind   armed
  note   Insurgency since July 2009; ISWAP split from it in 2016 (ISLAMIC_STATE_PROVINCES).

actor JNIM
  name   JNIM; Jama'at Nusrat al-Islam wal-Muslimin; Jamaat Nusrat al-Islam wal-Muslimin; Group for the Support of Islam and Muslims; Ansar Dine; Katiba Macina; Macina Liberation Front
  code   MLIREB
  kind   armed
  note   Al-Qaeda's Sahel coalition, formed 2 March 2017 (Ansar Dine, Katiba Macina, al-Mourabitoun and AQIM's Sahara branch); fights in Mali, Burkina Faso and Niger; coded by its main country of operation.

actor AZAWAD_REBELS
  name   MNLA; National Movement for the Liberation of Azawad; Azawad Liberation Front; FLA; CMA; Coordination of Azawad Movements; Permanent Strategic Framework; CSP-PSD; Tuareg rebels
  code   MLIREB
  kind   armed
  note   Tuareg-led separatists of northern Mali: MNLA from 2011, CMA from 2014, CSP from 2021, FLA from November 2024 (month uncertain).

actor RSF
  name   Rapid Support Forces; RSF; Janjaweed; Janjaweed militia; Janjaweed militias
  code   SDNMIL -20230414
  code   SDNREB 20230415-
  code   SDNREB
  kind   armed
  note   Sudan's state paramilitary from 2013 (formalized by law in 2017): SDNMIL, as dev/README codes it in 2019. At war with the Sudanese Armed Forces since 15 April 2023, and dissolved by decree of the army's leader (September 2023, day uncertain): coded SDNREB from 15 April 2023. It declared a rival government in 2025.

actor SUDAN_REBELS
  name   SPLM-N; Sudan People's Liberation Movement-North; Justice and Equality Movement; JEM; Sudan Liberation Movement; SLM; SLA; Sudan Liberation Army
  code   SDNREB
  kind   armed

actor SPLM_IO
  name   SPLM-IO; SPLA-IO; Sudan People's Liberation Movement-in-Opposition; SPLM-in-Opposition
  code   SSDREB
  kind   armed
  note   Riek Machar's movement; part of South Sudan's unity government from February 2020, but its forces are still coded REB when named.

actor TPLF
  name   TPLF; Tigray People's Liberation Front; Tigray Defense Forces; Tigray Defence Forces; TDF; Tigrayan forces
  code   ETHPTY -20201103
  code   ETHREB 20201104-20221102
  code   ETHPTY 20221103-
  code   ETHPTY
  kind   armed
  note   Ruling party of Tigray and core of Ethiopia's ruling coalition until 2018 (coded as a party, PTY); at war with the federal government from 4 November 2020 until the Pretoria agreement of 2 November 2022 (REB).

actor ETHIOPIA_REBELS
  name   Fano; Fano militia; Oromo Liberation Army; OLA
  code   ETHREB
  kind   armed

actor M23
  name   M23; March 23 Movement; M23 rebels; AFC/M23; Alliance Fleuve Congo; Congo River Alliance
  code   CODREB
  kind   armed
  note   Formed April 2012, defeated November 2013, resumed fighting late 2021; took Goma in January 2025 and Bukavu in February 2025. Congo River Alliance (AFC) political front since December 2023.

actor CONGO_REBELS
  name   Allied Democratic Forces; CODECO; FDLR; Democratic Forces for the Liberation of Rwanda; Mai-Mai; Mai Mai
  code   CODREB
  kind   armed
  note   The ADF pledged allegiance to the Islamic State in 2019 (ISCAP), but attacks under its own name are coded CODREB.

actor LRA
  name   Lord's Resistance Army; LRA
  code   UGAREB
  kind   armed

actor MOZAMBIQUE_INSURGENTS
  name   Ansar al-Sunna; Ahlu Sunnah Wa-Jama; Islamic State Mozambique; Islamic State Mozambique Province
  code   MOZREB
  kind   armed

actor CAR_REBELS
  name   Seleka; Anti-balaka; Coalition of Patriots for Change
  code   CAFREB
  kind   armed

# ---- Europe and Russia's wars

actor WAGNER
  name   Wagner; Wagner Group; Wagner PMC; PMC Wagner; Wagner mercenaries; Wagner fighters; Africa Corps; Afrika Korps; Russian Africa Corps
  code   RUSMIL
  kind   armed
  note   Russian private military company (from 2014) acting for the Russian state in Ukraine, Syria, Libya, CAR, Mali; its June 2023 mutiny ended with Prigozhin's death on 23 August 2023; its Africa operations passed to the defence ministry's Africa Corps (from late 2023, exact date uncertain). Coded RUSMIL throughout, as a state-run force.

actor DONBAS_SEPARATISTS
  name   Donetsk People's Republic; DPR; DNR; Luhansk People's Republic; Lugansk People's Republic; LPR; LNR; pro-Russian separatists; Russian-backed separatists
  code   UKRREB
  kind   armed
  note   Russian-backed entities in eastern Ukraine from April 2014; annexed by Russia on 30 September 2022 (not recognized by Ukraine or the UN). Coded UKRREB throughout, by country of operation.

actor AZOV
  name   Azov Regiment; Azov Battalion; Azov Brigade
  code   UKRMIL
  kind   armed
  note   Part of Ukraine's National Guard since November 2014.

# ---- Americas

actor FARC
  name   FARC; Revolutionary Armed Forces of Colombia; FARC dissidents; FARC-EP; Estado Mayor Central; Segunda Marquetalia
  code   COLREB
  kind   armed
  note   Signed the peace agreement of 24 November 2016 and disarmed in 2017, becoming a party (Comunes); dissident factions fight on, so the name stays REB.

actor ELN
  name   ELN; National Liberation Army; Ejercito de Liberacion Nacional
  code   COLREB
  kind   armed

actor SHINING_PATH
  name   Shining Path; Sendero Luminoso
  code   PERREB
  kind   armed

actor MEXICAN_CARTELS
  name   Sinaloa cartel; Sinaloa Cartel; Jalisco New Generation Cartel; CJNG; Gulf Cartel; Zetas; Los Zetas
  code   MEXCRM
  kind   armed

actor TREN_DE_ARAGUA
  name   Tren de Aragua; Cartel de los Soles
  code   VENCRM
  kind   armed
  note   Venezuelan criminal networks; the US designated Tren de Aragua a foreign terrorist organization in February 2025.

actor HAITI_GANGS
  name   Viv Ansanm; G9 an Fanmi; 400 Mawozo; Haitian gangs
  code   HTICRM
  kind   armed
