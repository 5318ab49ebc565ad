# leaders/oceania.tac — office-holders 2000–2026 of Australia, New Zealand and the
# Pacific states: heads of state and government, foreign and defence ministers.
# Australian and New Zealand prime ministers and several ministers are in
# asia.tac (not repeated here); this file adds the rest. Same conventions as
# americas.tac: every office held is <country>GOV for its dates; <country>ELI
# before and after; the undated default is the code on 2026-11-27. A governor-
# general is coded as the government (the monarch, head of state of the realms,
# is in europe.tac). A date followed by ? is uncertain (the note says so); an
# open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

# Where the offices sit in the small Pacific states (so a missing defence
# minister is not read as a gap): Kiribati, the Marshall Islands, Micronesia,
# Nauru, Palau, Samoa, the Solomon Islands, Tuvalu and Vanuatu have no armed
# forces and no defence minister (the police ministers are not coded here;
# Micronesia, the Marshall Islands and Palau leave defence to the United States
# under their compacts). Kiribati's and Nauru's presidents and Samoa's prime
# ministers have usually held foreign affairs themselves, and so have Fiji's
# prime ministers from 2016 and Tonga's for several terms; their blocks are the
# heads' own. Palau's foreign minister is styled minister of state.

actor JOHN_MOORE_AUS
  name   John Moore
  code   AUSELI -19981020
  code   AUSGOV 19981021-20010126
  code   AUSELI 20010127-
  code   AUSELI
  kind   person
  note   defence minister 21 Oct 1998 to 26 Jan 2001

actor ROBERT_HILL
  name   Robert Hill
  code   AUSELI -20010125
  code   AUSGOV 20010126-20060127
  code   AUSELI 20060128-
  code   AUSELI
  kind   person
  note   defence minister 26 Jan 2001 to 27 Jan 2006. Ambassador to the UN 2006-2009.

actor BRENDAN_NELSON
  name   Brendan Nelson
  code   AUSELI -20060126
  code   AUSGOV 20060127-20071203
  code   AUSELI 20071204-
  code   AUSELI
  kind   person
  note   defence minister 27 Jan 2006 to 03 Dec 2007

actor JOEL_FITZGIBBON
  name   Joel Fitzgibbon
  code   AUSELI -20071202
  code   AUSGOV 20071203-20090609
  code   AUSELI 20090610-
  code   AUSELI
  kind   person
  note   defence minister 03 Dec 2007 to 09 Jun 2009

actor JOHN_FAULKNER
  name   John Faulkner
  code   AUSELI -20090608
  code   AUSGOV 20090609-20100914
  code   AUSELI 20100915-
  code   AUSELI
  kind   person
  note   defence minister 09 Jun 2009 to 14 Sep 2010

actor DAVID_JOHNSTON_AUS
  name   David Johnston
  code   AUSELI -20130917
  code   AUSGOV 20130918-20141223
  code   AUSELI 20141224-
  code   AUSELI
  kind   person
  note   defence minister 18 Sep 2013 to 23 Dec 2014

actor KEVIN_ANDREWS
  name   Kevin Andrews
  code   AUSELI -20141222
  code   AUSGOV 20141223-20150921
  code   AUSELI 20150922-
  code   AUSELI
  kind   person
  note   defence minister 23 Dec 2014 to 21 Sep 2015

actor PETER_HOLLINGWORTH
  name   Peter Hollingworth
  code   AUSELI -20010628
  code   AUSGOV 20010629-20030528
  code   AUSELI 20030529-
  code   AUSELI
  kind   person
  note   governor-general 29 Jun 2001 to 28 May 2003

actor MICHAEL_JEFFERY
  name   Michael Jeffery
  code   AUSELI -20030810
  code   AUSGOV 20030811-20080905
  code   AUSELI 20080906-
  code   AUSELI
  kind   person
  note   governor-general 11 Aug 2003 to 05 Sep 2008

actor QUENTIN_BRYCE
  name   Quentin Bryce
  code   AUSELI -20080904
  code   AUSGOV 20080905-20140328
  code   AUSELI 20140329-
  code   AUSELI
  kind   person
  note   governor-general 05 Sep 2008 to 28 Mar 2014

actor PETER_COSGROVE
  name   Peter Cosgrove; Sir Peter Cosgrove
  code   AUSELI -20140327
  code   AUSGOV 20140328-20190701
  code   AUSELI 20190702-
  code   AUSELI
  kind   person
  note   governor-general 28 Mar 2014 to 01 Jul 2019

actor DAVID_HURLEY
  name   David Hurley
  code   AUSELI -20190630
  code   AUSGOV 20190701-20240701
  code   AUSELI 20240702-
  code   AUSELI
  kind   person
  note   governor-general 01 Jul 2019 to 01 Jul 2024

actor SAM_MOSTYN
  name   Sam Mostyn
  code   AUSELI -20240630
  code   AUSGOV 20240701-
  code   AUSGOV
  kind   person
  note   governor-general 01 Jul 2024 to today

actor BILL_ENGLISH
  name   Bill English
  code   NZLELI -20081118
  code   NZLGOV 20081119-20171026
  code   NZLELI 20171027-
  code   NZLELI
  kind   person
  note   deputy prime minister 19 Nov 2008 to 12 Dec 2016; prime minister 12 Dec 2016 to 26 Oct 2017

actor PHIL_GOFF
  name   Phil Goff
  code   NZLELI -19991209
  code   NZLGOV 19991210-20081119
  code   NZLELI 20081120-
  code   NZLELI
  kind   person
  note   foreign minister 10 Dec 1999 to 19 Oct 2005; defence minister 19 Oct 2005 to 19 Nov 2008. Mayor of Auckland 2016-2022; high commissioner to the UK 2023-2025.

actor MURRAY_MCCULLY
  name   Murray McCully; McCully
  code   NZLELI -20081118
  code   NZLGOV 20081119-20170502
  code   NZLELI 20170503-
  code   NZLELI
  kind   person
  note   foreign minister 19 Nov 2008 to 02 May 2017

actor GERRY_BROWNLEE
  name   Gerry Brownlee
  code   NZLELI -20141213?
  code   NZLGOV 20141214?-20171026
  code   NZLELI 20171027-
  code   NZLELI
  kind   person
  note   defence minister 14 Dec 2014 (date uncertain) to 02 May 2017; foreign minister 02 May 2017 to 26 Oct 2017. Speaker of the House from December 2023 (not coded as government).

actor NANAIA_MAHUTA
  name   Nanaia Mahuta; Mahuta
  code   NZLELI -20201105
  code   NZLGOV 20201106-20231127
  code   NZLELI 20231128-
  code   NZLELI
  kind   person
  note   foreign minister 06 Nov 2020 to 27 Nov 2023

actor MARK_BURTON
  name   Mark Burton
  code   NZLELI -19991209
  code   NZLGOV 19991210-20051019
  code   NZLELI 20051020-
  code   NZLELI
  kind   person
  note   defence minister 10 Dec 1999 to 19 Oct 2005

actor WAYNE_MAPP
  name   Wayne Mapp
  code   NZLELI -20081118
  code   NZLGOV 20081119-20111214
  code   NZLELI 20111215-
  code   NZLELI
  kind   person
  note   defence minister 19 Nov 2008 to 14 Dec 2011

actor JONATHAN_COLEMAN
  name   Jonathan Coleman
  code   NZLELI -20111213
  code   NZLGOV 20111214-20141208
  code   NZLELI 20141209-
  code   NZLELI
  kind   person
  note   defence minister 14 Dec 2011 to 08 Dec 2014

actor RON_MARK
  name   Ron Mark
  code   NZLELI -20171025
  code   NZLGOV 20171026-20201106
  code   NZLELI 20201107-
  code   NZLELI
  kind   person
  note   defence minister 26 Oct 2017 to 06 Nov 2020

actor PEENI_HENARE
  name   Peeni Henare
  code   NZLELI -20201105
  code   NZLGOV 20201106-20220614
  code   NZLELI 20220615-
  code   NZLELI
  kind   person
  note   defence minister 06 Nov 2020 to 14 Jun 2022

actor ANDREW_LITTLE
  name   Andrew Little
  code   NZLELI -20220613
  code   NZLGOV 20220614-20231127
  code   NZLELI 20231128-
  code   NZLELI
  kind   person
  note   defence minister 14 Jun 2022 to 27 Nov 2023

actor JUDITH_COLLINS
  name   Judith Collins
  code   NZLELI -20231126
  code   NZLGOV 20231127-
  code   NZLGOV
  kind   person
  note   defence minister 27 Nov 2023 to today. Announced in 2025 that she would leave politics (date uncertain; treated as in office).

actor MEKERE_MORAUTA
  name   Mekere Morauta; Sir Mekere Morauta; Morauta
  code   PNGELI -19990713
  code   PNGGOV 19990714-20020805
  code   PNGELI 20020806-
  code   PNGELI
  kind   person
  note   prime minister 14 Jul 1999 to 05 Aug 2002. Died 19 December 2020.

actor MICHAEL_SOMARE
  name   Michael Somare; Sir Michael Somare; Somare
  code   PNGELI -20020804
  code   PNGGOV 20020805-20110802
  code   PNGELI 20110803-
  code   PNGELI
  kind   person
  note   prime minister 05 Aug 2002 to 02 Aug 2011. Also prime minister 1975-1980 and 1982-1985. In Asia for surgery from March 2011 (Sam Abal acting); removed by Parliament 2 August 2011 and disputed O'Neill's election until 2012. Died 26 February 2021.

actor SAM_ABAL
  name   Sam Abal
  code   PNGELI -20101212?
  code   PNGGOV 20101213?-20110117?
  code   PNGELI 20110118?-20110403?
  code   PNGGOV 20110404?-20110802?
  code   PNGELI 20110803?-
  code   PNGELI
  kind   person
  note   acting prime minister 13 Dec 2010 (date uncertain) to 17 Jan 2011 (date uncertain); acting prime minister 04 Apr 2011 (date uncertain) to 02 Aug 2011 (date uncertain). Acting while Somare stepped aside and then was ill (dates uncertain).

actor PETER_ONEILL
  name   Peter O'Neill; Peter O'Neil; Peter ONeill
  code   PNGELI -20110801
  code   PNGGOV 20110802-20190530
  code   PNGELI 20190531-
  code   PNGELI
  kind   person
  note   prime minister 02 Aug 2011 to 30 May 2019

actor JAMES_MARAPE
  name   James Marape; Marape
  code   PNGELI -20190529
  code   PNGGOV 20190530-
  code   PNGGOV
  kind   person
  note   prime minister 30 May 2019 to today

actor RIMBINK_PATO
  name   Rimbink Pato
  code   PNGELI -20120808?
  code   PNGGOV 20120809?-20190607?
  code   PNGELI 20190608?-
  code   PNGELI
  kind   person
  note   foreign minister 09 Aug 2012 (date uncertain) to 07 Jun 2019 (date uncertain). Dates uncertain.

actor MAHENDRA_CHAUDHRY
  name   Mahendra Chaudhry
  code   FJIELI -19990518
  code   FJIGOV 19990519-20000527
  code   FJIELI 20000528-
  code   FJIELI
  kind   person
  note   prime minister 19 May 1999 to 27 May 2000. Held hostage in Parliament during the May 2000 coup.

actor LAISENIA_QARASE
  name   Laisenia Qarase; Qarase
  code   FJIELI -20000703
  code   FJIGOV 20000704-20061205
  code   FJIELI 20061206-
  code   FJIELI
  kind   person
  note   prime minister 04 Jul 2000 to 05 Dec 2006. Interim prime minister after the 2000 coup, elected in 2001; overthrown in the December 2006 coup. Died 21 April 2020.

actor KALIOPATE_TAVOLA
  name   Kaliopate Tavola
  code   FJIELI -20000703?
  code   FJIGOV 20000704?-20061205
  code   FJIELI 20061206-
  code   FJIELI
  kind   person
  note   foreign minister 04 Jul 2000 (date uncertain) to 05 Dec 2006. Foreign minister in Qarase's interim and elected governments (start date uncertain) until the December 2006 coup.

actor INOKE_KUBUABOLA
  name   Inoke Kubuabola; Ratu Inoke Kubuabola; Kubuabola
  code   FJIELI -20090831?
  code   FJIGOV 20090901?-20181119?
  code   FJIELI 20181120?-
  code   FJIELI
  kind   person
  note   foreign minister 01 Sep 2009 (date uncertain) to 18 Sep 2016 (date uncertain); defence minister 19 Sep 2016 (date uncertain) to 19 Nov 2018 (date uncertain). Bainimarama took foreign affairs in the September 2016 reshuffle; dates known to the month only.

actor INIA_SERUIRATU
  name   Inia Seruiratu; Inia Batikoto Seruiratu; Seruiratu
  code   FJIELI -20140921?
  code   FJIGOV 20140922?-20221223
  code   FJIELI 20221224-
  code   FJIELI
  kind   person
  note   agriculture and rural development minister 22 Sep 2014 (date uncertain) to 19 Nov 2018 (date uncertain); defence minister 20 Nov 2018 (date uncertain) to 23 Dec 2022. Minister for defence, national security and policing after the 2018 election (start dates known to the month only); leader of the opposition after the change of government in December 2022.

actor FRANK_BAINIMARAMA
  name   Frank Bainimarama; Voreqe Bainimarama; Josaia Voreqe Bainimarama; Bainimarama
  code   FJIELI -19990228?
  code   FJIMIL 19990301?-20061204
  code   FJIGOV 20061205-20221224
  code   FJIELI 20221225-
  code   FJIELI
  kind   person
  note   commander of the armed forces 01 Mar 1999 (date uncertain) to 05 Mar 2014 (date uncertain), coded FJIMIL until the coup; head of state 05 Dec 2006 to 04 Jan 2007; prime minister 05 Jan 2007 to 24 Dec 2022. Led the December 2006 coup.

actor JONA_SENILAGAKALI
  name   Jona Senilagakali
  code   FJIELI -20061204
  code   FJIGOV 20061205-20070104
  code   FJIELI 20070105-
  code   FJIELI
  kind   person
  note   interim prime minister 05 Dec 2006 to 04 Jan 2007

actor SITIVENI_RABUKA
  name   Sitiveni Rabuka; Rabuka
  code   FJIELI -20221223
  code   FJIGOV 20221224-
  code   FJIGOV
  kind   person
  note   prime minister 24 Dec 2022 to today. Led the 1987 coups; also prime minister 1992-1999.

actor KAMISESE_MARA
  name   Kamisese Mara; Ratu Sir Kamisese Mara; Ratu Mara
  code   FJIELI -19940117?
  code   FJIGOV 19940118?-20000529
  code   FJIELI 20000530-
  code   FJIELI
  kind   person
  note   president 18 Jan 1994 (date uncertain) to 29 May 2000. Stepped aside during the May 2000 coup. Died 18 April 2004.

actor JOSEFA_ILOILO
  name   Josefa Iloilo; Ratu Josefa Iloilo
  code   FJIELI -20000712
  code   FJIGOV 20000713-20061205
  code   FJIELI 20061206-20070103
  code   FJIGOV 20070104-20090730
  code   FJIELI 20090731-
  code   FJIELI
  kind   person
  note   president 13 Jul 2000 to 05 Dec 2006; president 04 Jan 2007 to 30 Jul 2009. Died 6 February 2011.

actor EPELI_NAILATIKAU
  name   Epeli Nailatikau; Ratu Epeli Nailatikau
  code   FJIELI -20080417?
  code   FJIGOV 20080418?-20151112
  code   FJIELI 20151113-
  code   FJIELI
  kind   person
  note   vice president 18 Apr 2008 (date uncertain) to 30 Jul 2009; president 30 Jul 2009 to 12 Nov 2015

actor JIOJI_KONROTE
  name   Jioji Konrote
  code   FJIELI -20151111
  code   FJIGOV 20151112-20211112
  code   FJIELI 20211113-
  code   FJIELI
  kind   person
  note   president 12 Nov 2015 to 12 Nov 2021

actor WILIAME_KATONIVERE
  name   Wiliame Katonivere; Ratu Wiliame Katonivere
  code   FJIELI -20211111
  code   FJIGOV 20211112-20241112?
  code   FJIELI 20241113?-
  code   FJIELI
  kind   person
  note   president 12 Nov 2021 to 12 Nov 2024 (date uncertain). Succeeded by Ratu Naiqama Lalabalavu in November 2024 (date uncertain).

actor NAIQAMA_LALABALAVU
  name   Naiqama Lalabalavu; Ratu Naiqama Lalabalavu
  code   FJIELI -20241111?
  code   FJIGOV 20241112?-
  code   FJIGOV
  kind   person
  note   president 12 Nov 2024 (date uncertain) to today. Elected by Parliament in October 2024 (dates uncertain).

actor BARTHOLOMEW_ULUFAALU
  name   Bartholomew Ulufa'alu; Bartholomew Ulufaalu
  code   SLBELI -19970826
  code   SLBGOV 19970827-20000630
  code   SLBELI 20000701-
  code   SLBELI
  kind   person
  note   prime minister 27 Aug 1997 to 30 Jun 2000. Forced out by militia in June 2000.

actor MANASSEH_SOGAVARE
  name   Manasseh Sogavare; Sogavare
  code   SLBELI -20000629
  code   SLBGOV 20000630-20011217
  code   SLBELI 20011218-20060503
  code   SLBGOV 20060504-20071220
  code   SLBELI 20071221-20141208
  code   SLBGOV 20141209-20171115
  code   SLBELI 20171116-20190423
  code   SLBGOV 20190424-20240502
  code   SLBELI 20240503-
  code   SLBELI
  kind   person
  note   prime minister 30 Jun 2000 to 17 Dec 2001; prime minister 04 May 2006 to 20 Dec 2007; prime minister 09 Dec 2014 to 15 Nov 2017; prime minister 24 Apr 2019 to 02 May 2024

actor ALLAN_KEMAKEZA
  name   Allan Kemakeza; Kemakeza
  code   SLBELI -20011216
  code   SLBGOV 20011217-20060420
  code   SLBELI 20060421-
  code   SLBELI
  kind   person
  note   prime minister 17 Dec 2001 to 20 Apr 2006

actor SNYDER_RINI
  name   Snyder Rini
  code   SLBELI -20060419
  code   SLBGOV 20060420-20060504
  code   SLBELI 20060505-
  code   SLBELI
  kind   person
  note   prime minister 20 Apr 2006 to 04 May 2006

actor DEREK_SIKUA
  name   Derek Sikua; Sikua
  code   SLBELI -20071219
  code   SLBGOV 20071220-20100825
  code   SLBELI 20100826-
  code   SLBELI
  kind   person
  note   prime minister 20 Dec 2007 to 25 Aug 2010

actor DANNY_PHILIP
  name   Danny Philip
  code   SLBELI -20100824
  code   SLBGOV 20100825-20111116
  code   SLBELI 20111117-
  code   SLBELI
  kind   person
  note   prime minister 25 Aug 2010 to 16 Nov 2011

actor GORDON_DARCY_LILO
  name   Gordon Darcy Lilo; Darcy Lilo
  code   SLBELI -20111115
  code   SLBGOV 20111116-20141209
  code   SLBELI 20141210-
  code   SLBELI
  kind   person
  note   prime minister 16 Nov 2011 to 09 Dec 2014

actor RICK_HOUENIPWELA
  name   Rick Houenipwela; Rick Hou
  code   SLBELI -20171114
  code   SLBGOV 20171115-20190424
  code   SLBELI 20190425-
  code   SLBELI
  kind   person
  note   prime minister 15 Nov 2017 to 24 Apr 2019

actor MILNER_TOZAKA
  name   Milner Tozaka; Tozaka
  code   SLBELI -20141211?
  code   SLBGOV 20141212?-20190423
  code   SLBELI 20190424-
  code   SLBELI
  kind   person
  note   foreign minister 12 Dec 2014 (date uncertain) to 23 Apr 2019. Foreign minister under Sogavare and Houenipwela (start date known to the month only).

actor PETER_SHANEL_AGOVAKA
  name   Peter Shanel Agovaka; Peter Agovaka; Agovaka
  code   SLBELI -20190423?
  code   SLBGOV 20190424?-
  code   SLBGOV
  kind   person
  note   minister in Sogavare's cabinet 24 Apr 2019 (date uncertain) to 01 May 2024 (date uncertain); foreign minister 02 May 2024 (date uncertain) to today. Foreign minister in Manele's government, in office at our last information; a member of Sogavare's 2019-2024 cabinet before (portfolio and dates uncertain). All dates known to the month only.

actor JEREMIAH_MANELE
  name   Jeremiah Manele; Manele
  code   SLBELI -20190423?
  code   SLBGOV 20190424?-
  code   SLBGOV
  kind   person
  note   foreign minister 24 Apr 2019 (date uncertain) to 02 May 2024; prime minister 02 May 2024 to today. Foreign minister under Sogavare (start date uncertain).

actor BARAK_SOPE
  name   Barak Sopé; Barak Sope
  code   VUTELI -19991124
  code   VUTGOV 19991125-20010413
  code   VUTELI 20010414-
  code   VUTELI
  kind   person
  note   prime minister 25 Nov 1999 to 13 Apr 2001

actor EDWARD_NATAPEI
  name   Edward Natapei; Natapei
  code   VUTELI -20010412
  code   VUTGOV 20010413-20040729
  code   VUTELI 20040730-20080921
  code   VUTGOV 20080922-20101202
  code   VUTELI 20101203-20110615
  code   VUTGOV 20110616-20110626
  code   VUTELI 20110627-
  code   VUTELI
  kind   person
  note   prime minister 13 Apr 2001 to 29 Jul 2004; prime minister 22 Sep 2008 to 02 Dec 2010; prime minister 16 Jun 2011 to 26 Jun 2011. Died 28 July 2015.

actor SERGE_VOHOR
  name   Serge Vohor; Vohor
  code   VUTELI -20040728
  code   VUTGOV 20040729-20041211
  code   VUTELI 20041212-20110423
  code   VUTGOV 20110424-20110513
  code   VUTELI 20110514-
  code   VUTELI
  kind   person
  note   prime minister 29 Jul 2004 to 11 Dec 2004; prime minister 24 Apr 2011 to 13 May 2011. The 2011 term was voided by the courts.

actor HAM_LINI
  name   Ham Lini
  code   VUTELI -20041210
  code   VUTGOV 20041211-20080922
  code   VUTELI 20080923-
  code   VUTELI
  kind   person
  note   prime minister 11 Dec 2004 to 22 Sep 2008

actor SATO_KILMAN
  name   Sato Kilman; Kilman
  code   VUTELI -20101201
  code   VUTGOV 20101202-20110424
  code   VUTELI 20110425-20110512
  code   VUTGOV 20110513-20110616
  code   VUTELI 20110617-20110625
  code   VUTGOV 20110626-20130323
  code   VUTELI 20130324-20150610
  code   VUTGOV 20150611-20160211
  code   VUTELI 20160212-20230903
  code   VUTGOV 20230904-20231006
  code   VUTELI 20231007-
  code   VUTELI
  kind   person
  note   prime minister 02 Dec 2010 to 24 Apr 2011; prime minister 13 May 2011 to 16 Jun 2011; prime minister 26 Jun 2011 to 23 Mar 2013; prime minister 11 Jun 2015 to 11 Feb 2016; prime minister 04 Sep 2023 to 06 Oct 2023. Several 2011 changes came through no-confidence votes and court rulings (dates as recalled, may be off by days).

actor MOANA_CARCASSES
  name   Moana Carcasses; Moana Carcasses Kalosil
  code   VUTELI -20130322
  code   VUTGOV 20130323-20140515
  code   VUTELI 20140516-
  code   VUTELI
  kind   person
  note   prime minister 23 Mar 2013 to 15 May 2014

actor JOE_NATUMAN
  name   Joe Natuman
  code   VUTELI -20140514
  code   VUTGOV 20140515-20150611
  code   VUTELI 20150612-
  code   VUTELI
  kind   person
  note   prime minister 15 May 2014 to 11 Jun 2015

actor CHARLOT_SALWAI
  name   Charlot Salwai; Salwai
  code   VUTELI -20160210
  code   VUTGOV 20160211-20200420
  code   VUTELI 20200421-20231005
  code   VUTGOV 20231006-20250211
  code   VUTELI 20250212-
  code   VUTELI
  kind   person
  note   prime minister 11 Feb 2016 to 20 Apr 2020; prime minister 06 Oct 2023 to 11 Feb 2025

actor BOB_LOUGHMAN
  name   Bob Loughman
  code   VUTELI -20200419
  code   VUTGOV 20200420-20221104
  code   VUTELI 20221105-
  code   VUTELI
  kind   person
  note   prime minister 20 Apr 2020 to 04 Nov 2022

actor ISHMAEL_KALSAKAU
  name   Ishmael Kalsakau; Alatoi Ishmael Kalsakau
  code   VUTELI -20221103
  code   VUTGOV 20221104-20230904
  code   VUTELI 20230905-
  code   VUTELI
  kind   person
  note   prime minister 04 Nov 2022 to 04 Sep 2023

actor JOTHAM_NAPAT
  name   Jotham Napat
  code   VUTELI -20250210
  code   VUTGOV 20250211-
  code   VUTGOV
  kind   person
  note   prime minister 11 Feb 2025 to today

actor MALIETOA_TANUMAFILI_II
  name   Malietoa Tanumafili II; Malietoa Tanumafili
  code   WSMELI -19611231
  code   WSMGOV 19620101-20070511
  code   WSMELI 20070512-
  code   WSMELI
  kind   person
  note   head of state 01 Jan 1962 to 11 May 2007. Head of state from independence; died 11 May 2007.

actor TUI_ATUA_TUPUA_TAMASESE_EFI
  name   Tui Atua Tupua Tamasese Efi; Tupua Tamasese Efi
  code   WSMELI -20070619
  code   WSMGOV 20070620-20170721
  code   WSMELI 20170722-
  code   WSMELI
  kind   person
  note   head of state 20 Jun 2007 to 21 Jul 2017

actor VAALETOA_SUALAUVI_II
  name   Va'aletoa Sualauvi II; Tuimalealiifano Vaaletoa Sualauvi II; Sualauvi II
  code   WSMELI -20170720
  code   WSMGOV 20170721-
  code   WSMGOV
  kind   person
  note   head of state 21 Jul 2017 to today

actor TUILAEPA_SAILELE_MALIELEGAOI
  name   Tuilaepa Sailele Malielegaoi; Tuilaepa Aiono Sailele Malielegaoi; Tuilaepa
  code   WSMELI -19981122
  code   WSMGOV 19981123-20210724
  code   WSMELI 20210725-
  code   WSMELI
  kind   person
  note   prime minister 23 Nov 1998 to 24 Jul 2021. Refused to leave after losing the April 2021 election; the courts recognized Fiamē's government on 23 July 2021.

actor FIAME_NAOMI_MATAAFA
  name   Fiamē Naomi Mata'afa; Fiame Naomi Mataafa; Fiame Naomi Mata'afa; Naomi Mata'afa; Fiame
  code   WSMELI -20160320?
  code   WSMGOV 20160321?-20200917?
  code   WSMELI 20200918?-20210723
  code   WSMGOV 20210724-20250916?
  code   WSMELI 20250917?-
  code   WSMELI
  kind   person
  note   deputy prime minister 21 Mar 2016 (date uncertain) to 17 Sep 2020 (date uncertain); prime minister 24 Jul 2021 to 16 Sep 2025 (date uncertain). Sworn in outside Parliament on 24 May 2021, recognized by the Court of Appeal on 23 July 2021; lost office after the 2025 snap election (end uncertain).

actor LAAULI_LEUATEA_SCHMIDT
  name   La'auli Leuatea Schmidt; Laauli Leuatea Schmidt; La'auli Leuatea Polataivao Schmidt
  code   WSMELI -20250915?
  code   WSMGOV 20250916?-
  code   WSMGOV
  kind   person
  note   prime minister 16 Sep 2025 (date uncertain) to today. Led FAST to victory in the August 2025 snap election (date uncertain).

actor TAUFAAHAU_TUPOU_IV
  name   Taufa'ahau Tupou IV; Tāufaʻāhau Tupou IV; Taufaahau Tupou IV
  code   TONELI -19651215
  code   TONGOV 19651216-20060910
  code   TONELI 20060911-
  code   TONELI
  kind   person
  note   king 16 Dec 1965 to 10 Sep 2006. Died 10 September 2006.

actor GEORGE_TUPOU_V
  name   George Tupou V; King George Tupou V; Siaosi Tupou V
  code   TONELI -20060910
  code   TONGOV 20060911-20120318
  code   TONELI 20120319-
  code   TONELI
  kind   person
  note   king 11 Sep 2006 to 18 Mar 2012. Died 18 March 2012.

actor TUPOU_VI
  name   Tupou VI; King Tupou VI; ʻAhoʻeitu Tupou VI; Aho'eitu Tupou VI; Lavaka Ata Ulukalala; Ulukalala Lavaka Ata
  code   TONELI -20000102
  code   TONGOV 20000103-20060211
  code   TONELI 20060212-20120317
  code   TONGOV 20120318-
  code   TONGOV
  kind   person
  note   prime minister 03 Jan 2000 to 11 Feb 2006; king 18 Mar 2012 to today. High commissioner to Australia 2008-2012 (not coded as government).

actor FELETI_SEVELE
  name   Feleti Sevele; Fred Sevele
  code   TONELI -20060210
  code   TONGOV 20060211-20101222
  code   TONELI 20101223-
  code   TONELI
  kind   person
  note   prime minister 11 Feb 2006 to 22 Dec 2010

actor SIALEATAONGO_TUIVAKANO
  name   Siale'ataongo Tu'ivakano; Sialeataongo Tuivakano; Lord Tu'ivakano; Lord Tuivakano
  code   TONELI -20101221
  code   TONGOV 20101222-20141230
  code   TONELI 20141231-
  code   TONELI
  kind   person
  note   prime minister 22 Dec 2010 to 30 Dec 2014

actor AKILISI_POHIVA
  name   'Akilisi Pohiva; Akilisi Pohiva; ʻAkilisi Pōhiva; Akilisi Pōhiva
  code   TONELI -20141229
  code   TONGOV 20141230-20190912
  code   TONELI 20190913-
  code   TONELI
  kind   person
  note   prime minister 30 Dec 2014 to 12 Sep 2019. Died in office 12 September 2019.

actor POHIVA_TUIONETOA
  name   Pohiva Tu'i'onetoa; Pohiva Tuionetoa; Pōhiva Tuʻiʻonetoa
  code   TONELI -20191007
  code   TONGOV 20191008-20211227
  code   TONELI 20211228-
  code   TONELI
  kind   person
  note   prime minister 08 Oct 2019 to 27 Dec 2021

actor SIAOSI_SOVALENI
  name   Siaosi Sovaleni; Sovaleni
  code   TONELI -20211226
  code   TONGOV 20211227-20241209
  code   TONELI 20241210-
  code   TONELI
  kind   person
  note   prime minister 27 Dec 2021 to 09 Dec 2024. Resigned 9 December 2024.

actor AISAKE_EKE
  name   'Aisake Eke; Aisake Eke; ʻAisake Valu Eke
  code   TONELI -20241223
  code   TONGOV 20241224-
  code   TONGOV
  kind   person
  note   prime minister 24 Dec 2024 to today. An election was held in November 2025; its outcome is after our reliable information.

actor TEBURORO_TITO
  name   Teburoro Tito
  code   KIRELI -19940930
  code   KIRGOV 19941001-20030328
  code   KIRELI 20030329-
  code   KIRELI
  kind   person
  note   president 01 Oct 1994 to 28 Mar 2003. Ambassador to the UN from 2017 (not coded as government).

actor ANOTE_TONG
  name   Anote Tong
  code   KIRELI -20030709
  code   KIRGOV 20030710-20160311
  code   KIRELI 20160312-
  code   KIRELI
  kind   person
  note   president 10 Jul 2003 to 11 Mar 2016

actor TANETI_MAAMAU
  name   Taneti Maamau; Maamau
  code   KIRELI -20160310
  code   KIRGOV 20160311-
  code   KIRGOV
  kind   person
  note   president 11 Mar 2016 to today

actor IONATANA_IONATANA
  name   Ionatana Ionatana
  code   TUVELI -19990426
  code   TUVGOV 19990427-20001208
  code   TUVELI 20001209-
  code   TUVELI
  kind   person
  note   prime minister 27 Apr 1999 to 08 Dec 2000. Died in office 8 December 2000.

actor FAIMALAGA_LUKA
  name   Faimalaga Luka
  code   TUVELI -20010222
  code   TUVGOV 20010223-20011213
  code   TUVELI 20011214-
  code   TUVELI
  kind   person
  note   prime minister 23 Feb 2001 to 13 Dec 2001

actor KOLOA_TALAKE
  name   Koloa Talake
  code   TUVELI -20011212
  code   TUVGOV 20011213-20020802
  code   TUVELI 20020803-
  code   TUVELI
  kind   person
  note   prime minister 13 Dec 2001 to 02 Aug 2002

actor SAUFATU_SOPOANGA
  name   Saufatu Sopoanga
  code   TUVELI -20020801
  code   TUVGOV 20020802-20040827
  code   TUVELI 20040828-
  code   TUVELI
  kind   person
  note   prime minister 02 Aug 2002 to 27 Aug 2004

actor MAATIA_TOAFA
  name   Maatia Toafa
  code   TUVELI -20040826
  code   TUVGOV 20040827-20060814
  code   TUVELI 20060815-20100928
  code   TUVGOV 20100929-20101224
  code   TUVELI 20101225-
  code   TUVELI
  kind   person
  note   prime minister 27 Aug 2004 to 14 Aug 2006; prime minister 29 Sep 2010 to 24 Dec 2010

actor APISAI_IELEMIA
  name   Apisai Ielemia
  code   TUVELI -20060813
  code   TUVGOV 20060814-20100929
  code   TUVELI 20100930-
  code   TUVELI
  kind   person
  note   prime minister 14 Aug 2006 to 29 Sep 2010

actor WILLY_TELAVI
  name   Willy Telavi
  code   TUVELI -20101223
  code   TUVGOV 20101224-20130801
  code   TUVELI 20130802-
  code   TUVELI
  kind   person
  note   prime minister 24 Dec 2010 to 01 Aug 2013

actor ENELE_SOPOAGA
  name   Enele Sopoaga
  code   TUVELI -20130731
  code   TUVGOV 20130801-20190919
  code   TUVELI 20190920-
  code   TUVELI
  kind   person
  note   prime minister 01 Aug 2013 to 19 Sep 2019

actor KAUSEA_NATANO
  name   Kausea Natano
  code   TUVELI -20190918
  code   TUVGOV 20190919-20240226
  code   TUVELI 20240227-
  code   TUVELI
  kind   person
  note   prime minister 19 Sep 2019 to 26 Feb 2024

actor FELETI_TEO
  name   Feleti Teo
  code   TUVELI -20240225
  code   TUVGOV 20240226-
  code   TUVGOV
  kind   person
  note   prime minister 26 Feb 2024 to today

actor TAUKELINA_FINIKASO
  name   Taukelina Finikaso; Finikaso
  code   TUVELI -20130731?
  code   TUVGOV 20130801?-20190918
  code   TUVELI 20190919-
  code   TUVELI
  kind   person
  note   foreign minister 01 Aug 2013 (date uncertain) to 18 Sep 2019. Foreign minister throughout Enele Sopoaga's government (start date uncertain).

actor SIMON_KOFE
  name   Simon Kofe; Kofe
  code   TUVELI -20190918
  code   TUVGOV 20190919-20240225
  code   TUVELI 20240226-
  code   TUVELI
  kind   person
  note   foreign minister 19 Sep 2019 to 25 Feb 2024. Minister of justice, communications and foreign affairs under Kausea Natano; gave the 2021 climate address standing in the sea.

actor RENE_HARRIS
  name   René Harris; Rene Harris
  code   NRUELI -19990626?
  code   NRUGOV 19990627?-20000407?
  code   NRUELI 20000408?-20000419?
  code   NRUGOV 20000420?-20030108?
  code   NRUELI 20030109?-20030807?
  code   NRUGOV 20030808?-20040622
  code   NRUELI 20040623-
  code   NRUELI
  kind   person
  note   president 27 Jun 1999 (date uncertain) to 07 Apr 2000 (date uncertain); president 20 Apr 2000 (date uncertain) to 30 Mar 2001 (date uncertain); president 30 Mar 2001 (date uncertain) to 08 Jan 2003 (date uncertain); president 08 Aug 2003 (date uncertain) to 22 Jun 2004. Several short interruptions by no-confidence votes, 2000-2004 (dates uncertain). Died 2008.

actor BERNARD_DOWIYOGO
  name   Bernard Dowiyogo
  code   NRUELI -20000406?
  code   NRUGOV 20000407?-20000420?
  code   NRUELI 20000421?-20030107?
  code   NRUGOV 20030108?-20030310?
  code   NRUELI 20030311?-
  code   NRUELI
  kind   person
  note   president 07 Apr 2000 (date uncertain) to 20 Apr 2000 (date uncertain); president 08 Jan 2003 (date uncertain) to 10 Mar 2003 (date uncertain). Died in office in Washington in March 2003 (dates uncertain).

actor LUDWIG_SCOTTY
  name   Ludwig Scotty
  code   NRUELI -20030528?
  code   NRUGOV 20030529?-20030808?
  code   NRUELI 20030809?-20040621
  code   NRUGOV 20040622-20071219
  code   NRUELI 20071220-
  code   NRUELI
  kind   person
  note   president 29 May 2003 (date uncertain) to 08 Aug 2003 (date uncertain); president 22 Jun 2004 to 19 Dec 2007

actor MARCUS_STEPHEN
  name   Marcus Stephen
  code   NRUELI -20071218
  code   NRUGOV 20071219-20111110
  code   NRUELI 20111111-
  code   NRUELI
  kind   person
  note   president 19 Dec 2007 to 10 Nov 2011

actor SPRENT_DABWIDO
  name   Sprent Dabwido
  code   NRUELI -20111114
  code   NRUGOV 20111115-20130611
  code   NRUELI 20130612-
  code   NRUELI
  kind   person
  note   president 15 Nov 2011 to 11 Jun 2013

actor BARON_WAQA
  name   Baron Waqa; Waqa
  code   NRUELI -20130610
  code   NRUGOV 20130611-20190827
  code   NRUELI 20190828-
  code   NRUELI
  kind   person
  note   president 11 Jun 2013 to 27 Aug 2019

actor LIONEL_AINGIMEA
  name   Lionel Aingimea; Aingimea
  code   NRUELI -20190826
  code   NRUGOV 20190827-20220929
  code   NRUELI 20220930-
  code   NRUELI
  kind   person
  note   president 27 Aug 2019 to 29 Sep 2022

actor RUSS_KUN
  name   Russ Kun
  code   NRUELI -20220928
  code   NRUGOV 20220929-20231030
  code   NRUELI 20231031-
  code   NRUELI
  kind   person
  note   president 29 Sep 2022 to 30 Oct 2023

actor DAVID_ADEANG
  name   David Adeang; Adeang
  code   NRUELI -20130610?
  code   NRUGOV 20130611?-20190827?
  code   NRUELI 20190828?-20231029
  code   NRUGOV 20231030-
  code   NRUGOV
  kind   person
  note   foreign minister 11 Jun 2013 (date uncertain) to 27 Aug 2019 (date uncertain); president 30 Oct 2023 to today. Justice and finance minister under Waqa (foreign affairs dates uncertain).

actor KUNIWO_NAKAMURA
  name   Kuniwo Nakamura
  code   PLWELI -19921231
  code   PLWGOV 19930101-20010101
  code   PLWELI 20010102-
  code   PLWELI
  kind   person
  note   president 01 Jan 1993 to 01 Jan 2001

actor TOMMY_REMENGESAU
  name   Tommy Remengesau; Tommy Remengesau Jr.; Remengesau
  code   PLWELI -19921231
  code   PLWGOV 19930101-20090115
  code   PLWELI 20090116-20130116
  code   PLWGOV 20130117-20210121
  code   PLWELI 20210122-
  code   PLWELI
  kind   person
  note   vice president 01 Jan 1993 to 01 Jan 2001; president 01 Jan 2001 to 15 Jan 2009; president 17 Jan 2013 to 21 Jan 2021

actor JOHNSON_TORIBIONG
  name   Johnson Toribiong; Toribiong
  code   PLWELI -20090114
  code   PLWGOV 20090115-20130117
  code   PLWELI 20130118-
  code   PLWELI
  kind   person
  note   president 15 Jan 2009 to 17 Jan 2013

actor SURANGEL_WHIPPS
  name   Surangel Whipps Jr.; Surangel Whipps; Whipps
  code   PLWELI -20210120
  code   PLWGOV 20210121-
  code   PLWGOV
  kind   person
  note   president 21 Jan 2021 to today

actor GUSTAV_AITARO
  name   Gustav Aitaro; Gustav N. Aitaro
  code   PLWELI -20210120
  code   PLWGOV 20210121-
  code   PLWGOV
  kind   person
  note   minister of state 21 Jan 2021 to today. Palau's minister of state is its foreign minister (in office at our last information).

actor IMATA_KABUA
  name   Imata Kabua
  code   MHLELI -19970113?
  code   MHLGOV 19970114?-20000110
  code   MHLELI 20000111-
  code   MHLELI
  kind   person
  note   president 14 Jan 1997 (date uncertain) to 10 Jan 2000

actor KESSAI_NOTE
  name   Kessai Note
  code   MHLELI -20000109
  code   MHLGOV 20000110-20080114
  code   MHLELI 20080115-
  code   MHLELI
  kind   person
  note   president 10 Jan 2000 to 14 Jan 2008

actor LITOKWA_TOMEING
  name   Litokwa Tomeing
  code   MHLELI -20080113
  code   MHLGOV 20080114-20091021
  code   MHLELI 20091022-
  code   MHLELI
  kind   person
  note   president 14 Jan 2008 to 21 Oct 2009. Removed by a no-confidence vote.

actor JURELANG_ZEDKAIA
  name   Jurelang Zedkaia
  code   MHLELI -20091101
  code   MHLGOV 20091102-20120110
  code   MHLELI 20120111-
  code   MHLELI
  kind   person
  note   president 02 Nov 2009 to 10 Jan 2012

actor CHRISTOPHER_LOEAK
  name   Christopher Loeak
  code   MHLELI -20120109
  code   MHLGOV 20120110-20160111
  code   MHLELI 20160112-
  code   MHLELI
  kind   person
  note   president 10 Jan 2012 to 11 Jan 2016

actor CASTEN_NEMRA
  name   Casten Nemra
  code   MHLELI -20160110
  code   MHLGOV 20160111-20160128
  code   MHLELI 20160129-
  code   MHLELI
  kind   person
  note   president 11 Jan 2016 to 28 Jan 2016

actor HILDA_HEINE
  name   Hilda Heine
  code   MHLELI -20160127
  code   MHLGOV 20160128-20200113
  code   MHLELI 20200114-20240102
  code   MHLGOV 20240103-
  code   MHLGOV
  kind   person
  note   president 28 Jan 2016 to 13 Jan 2020; president 03 Jan 2024 to today

actor DAVID_KABUA
  name   David Kabua
  code   MHLELI -20200112
  code   MHLGOV 20200113-20240103
  code   MHLELI 20240104-
  code   MHLELI
  kind   person
  note   president 13 Jan 2020 to 03 Jan 2024

actor TONY_DEBRUM
  name   Tony deBrum; Tony de Brum; deBrum
  code   MHLELI -20080113?
  code   MHLGOV 20080114?-20091021?
  code   MHLELI 20091022?-20120109?
  code   MHLGOV 20120110?-20160111?
  code   MHLELI 20160112?-
  code   MHLELI
  kind   person
  note   foreign minister 14 Jan 2008 (date uncertain) to 21 Oct 2009 (date uncertain); minister in assistance to the president 10 Jan 2012 (date uncertain) to 30 Apr 2014 (date uncertain); foreign minister 01 May 2014 (date uncertain) to 11 Jan 2016 (date uncertain). Dates known to the month only. Led the Marshall Islands' climate diplomacy (High Ambition Coalition, Paris 2015). Died 22 August 2017.

actor LEO_FALCAM
  name   Leo Falcam
  code   FSMELI -19990510
  code   FSMGOV 19990511-20030511
  code   FSMELI 20030512-
  code   FSMELI
  kind   person
  note   president 11 May 1999 to 11 May 2003

actor JOSEPH_URUSEMAL
  name   Joseph Urusemal
  code   FSMELI -20030510
  code   FSMGOV 20030511-20070511
  code   FSMELI 20070512-
  code   FSMELI
  kind   person
  note   president 11 May 2003 to 11 May 2007

actor MANNY_MORI
  name   Manny Mori; Emanuel Mori
  code   FSMELI -20070510
  code   FSMGOV 20070511-20150511
  code   FSMELI 20150512-
  code   FSMELI
  kind   person
  note   president 11 May 2007 to 11 May 2015

actor PETER_CHRISTIAN
  name   Peter M. Christian; Peter Christian
  code   FSMELI -20150510
  code   FSMGOV 20150511-20190511
  code   FSMELI 20190512-
  code   FSMELI
  kind   person
  note   president 11 May 2015 to 11 May 2019

actor DAVID_PANUELO
  name   David Panuelo; Panuelo
  code   FSMELI -20190510
  code   FSMGOV 20190511-20230511
  code   FSMELI 20230512-
  code   FSMELI
  kind   person
  note   president 11 May 2019 to 11 May 2023

actor WESLEY_SIMINA
  name   Wesley Simina; Simina
  code   FSMELI -20230510
  code   FSMGOV 20230511-
  code   FSMGOV
  kind   person
  note   president 11 May 2023 to today

actor JOHN_BANI
  name   John Bani
  code   VUTELI -19990323
  code   VUTGOV 19990324-20040324
  code   VUTELI 20040325-
  code   VUTELI
  kind   person
  note   president 24 Mar 1999 to 24 Mar 2004

actor ALFRED_MASENG
  name   Alfred Maseng
  code   VUTELI -20040411?
  code   VUTGOV 20040412?-20040510?
  code   VUTELI 20040511?-
  code   VUTELI
  kind   person
  note   president 12 Apr 2004 (date uncertain) to 10 May 2004 (date uncertain). Removed by the Supreme Court weeks after his election (dates uncertain).

actor KALKOT_MATASKELEKELE
  name   Kalkot Mataskelekele
  code   VUTELI -20040815
  code   VUTGOV 20040816-20090816
  code   VUTELI 20090817-
  code   VUTELI
  kind   person
  note   president 16 Aug 2004 to 16 Aug 2009

actor IOLU_ABIL
  name   Iolu Abil; Iolu Johnson Abil
  code   VUTELI -20090901
  code   VUTGOV 20090902-20140902
  code   VUTELI 20140903-
  code   VUTELI
  kind   person
  note   president 02 Sep 2009 to 02 Sep 2014

actor BALDWIN_LONSDALE
  name   Baldwin Lonsdale
  code   VUTELI -20140921
  code   VUTGOV 20140922-20170617
  code   VUTELI 20170618-
  code   VUTELI
  kind   person
  note   president 22 Sep 2014 to 17 Jun 2017. Died in office 17 June 2017.

actor TALLIS_OBED_MOSES
  name   Tallis Obed Moses
  code   VUTELI -20170705
  code   VUTGOV 20170706-20220723
  code   VUTELI 20220724-
  code   VUTELI
  kind   person
  note   president 06 Jul 2017 to 23 Jul 2022

actor NIKENIKE_VUROBARAVU
  name   Nikenike Vurobaravu
  code   VUTELI -20220722
  code   VUTGOV 20220723-
  code   VUTGOV
  kind   person
  note   president 23 Jul 2022 to today

actor RALPH_REGENVANU
  name   Ralph Regenvanu; Regenvanu
  code   VUTELI -20160210
  code   VUTGOV 20160211-20200419
  code   VUTELI 20200420-20221103?
  code   VUTGOV 20221104?-20250210?
  code   VUTELI 20250211?-
  code   VUTELI
  kind   person
  note   foreign minister 11 Feb 2016 to 19 Apr 2020; climate change minister 04 Nov 2022 (date uncertain) to 10 Feb 2025 (date uncertain). Led the opposition 2020-2022; minister of lands in earlier governments (not coded: dates uncertain); led the campaign for the ICJ climate opinion. Climate ministry dates known to the month only.
