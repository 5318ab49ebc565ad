# leaders/africa.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor NELSON_MANDELA
  name   Nelson Mandela; Mandela
  code   ZAFELI -19940509
  code   ZAFGOV 19940510-19990614
  code   ZAFELI 19990615-
  code   ZAFELI
  kind   person
  note   president 10 May 1994 to 14 Jun 1999. Died 5 December 2013.

actor THABO_MBEKI
  name   Thabo Mbeki; Mbeki
  code   ZAFELI -19940509
  code   ZAFGOV 19940510-20080924
  code   ZAFELI 20080925-
  code   ZAFELI
  kind   person
  note   deputy president 10 May 1994 to 14 Jun 1999; president 14 Jun 1999 to 24 Sep 2008

actor KGALEMA_MOTLANTHE
  name   Kgalema Motlanthe; Motlanthe
  code   ZAFELI -20080924
  code   ZAFGOV 20080925-20140525
  code   ZAFELI 20140526-
  code   ZAFELI
  kind   person
  note   president 25 Sep 2008 to 09 May 2009; deputy president 09 May 2009 to 25 May 2014

actor JACOB_ZUMA
  name   Jacob Zuma; Zuma
  code   ZAFELI -19990613
  code   ZAFGOV 19990614-20050614
  code   ZAFELI 20050615-20090508
  code   ZAFGOV 20090509-20180214
  code   ZAFELI 20180215-
  code   ZAFELI
  kind   person
  note   deputy president 14 Jun 1999 to 14 Jun 2005; president 09 May 2009 to 14 Feb 2018

actor CYRIL_RAMAPHOSA
  name   Cyril Ramaphosa; Ramaphosa
  code   ZAFELI -20140525
  code   ZAFGOV 20140526-
  code   ZAFGOV
  kind   person
  note   deputy president 26 May 2014 to 14 Feb 2018; president 15 Feb 2018 to today

actor NKOSAZANA_DLAMINI_ZUMA
  name   Nkosazana Dlamini-Zuma; Dlamini-Zuma; Dlamini Zuma
  code   ZAFELI -19990616
  code   ZAFGOV 19990617-20090510
  code   ZAFELI 20090511-20121014
  code   IGOAFRAFU 20121015-20170314
  code   ZAFELI 20170315-
  code   ZAFELI
  kind   person
  note   foreign minister 17 Jun 1999 to 10 May 2009; AU Commission chair 15 Oct 2012 to 14 Mar 2017

actor MAITE_NKOANA_MASHABANE
  name   Maite Nkoana-Mashabane; Nkoana-Mashabane
  code   ZAFELI -20090509
  code   ZAFGOV 20090510-20180226
  code   ZAFELI 20180227-
  code   ZAFELI
  kind   person
  note   foreign minister 10 May 2009 to 26 Feb 2018

actor LINDIWE_SISULU
  name   Lindiwe Sisulu
  code   ZAFELI -20090510
  code   ZAFGOV 20090511-20120612
  code   ZAFELI 20120613-20180226
  code   ZAFGOV 20180227-20190529
  code   ZAFELI 20190530-
  code   ZAFELI
  kind   person
  note   defence minister 11 May 2009 to 12 Jun 2012; foreign minister 27 Feb 2018 to 29 May 2019

actor NALEDI_PANDOR
  name   Naledi Pandor; Pandor
  code   ZAFELI -20190529
  code   ZAFGOV 20190530-20240619
  code   ZAFELI 20240620-
  code   ZAFELI
  kind   person
  note   foreign minister 30 May 2019 to 19 Jun 2024

actor RONALD_LAMOLA
  name   Ronald Lamola; Lamola
  code   ZAFELI -20240702
  code   ZAFGOV 20240703-
  code   ZAFGOV
  kind   person
  note   foreign minister 03 Jul 2024 to today

actor OMAR_AL_BASHIR
  name   Omar al-Bashir; Omar Hassan al-Bashir; Omar Bashir; al-Bashir; President Bashir
  code   SDNELI -19890629
  code   SDNGOV 19890630-20190411
  code   SDNELI 20190412-
  code   SDNELI
  kind   person
  note   president 30 Jun 1989 to 11 Apr 2019. Toppled by the army on 11 April 2019.

actor AHMED_AWAD_IBN_AUF
  name   Ahmed Awad Ibn Auf; Awad Ibn Auf; Ibn Auf
  code   SDNELI -20141231?
  code   SDNGOV 20150101?-20190412
  code   SDNELI 20190413-
  code   SDNELI
  kind   person
  note   defence minister 01 Jan 2015 (date uncertain) to 11 Apr 2019; head of the military council 11 Apr 2019 to 12 Apr 2019

actor ABDEL_FATTAH_AL_BURHAN
  name   Abdel Fattah al-Burhan; Abdel-Fattah Burhan; Abdel Fattah Burhan; al-Burhan; Burhan
  code   SDNELI -20190411
  code   SDNGOV 20190412-
  code   SDNGOV
  kind   person
  note   head of the military council 12 Apr 2019 to 20 Aug 2019; sovereign council chairman 21 Aug 2019 to today. Army commander; ruling military council, then sovereign council; leads the army-backed government in the war with the RSF from April 2023.

actor MOHAMED_HAMDAN_DAGALO
  name   Mohamed Hamdan Dagalo; Mohamed Hamdan Daglo; Hemedti; Hemeti; Dagalo; Daglo
  code   SDNMIL -20190412
  code   SDNGOV 20190413-20230414
  code   SDNREB 20230415-
  code   SDNREB
  kind   person
  note   deputy head of the military council 13 Apr 2019 to 20 Aug 2019; sovereign council deputy 21 Aug 2019 to 14 Apr 2023; RSF commander at war with the army 15 Apr 2023 to today. RSF commander (SDNMIL otherwise, as dev/README codes the RSF in 2019); removed as council deputy in May 2023.

actor ABDALLA_HAMDOK
  name   Abdalla Hamdok; Abdallah Hamdok; Hamdok
  code   SDNELI -20190820
  code   SDNGOV 20190821-20211025
  code   SDNELI 20211026-20211120
  code   SDNGOV 20211121-20220102
  code   SDNELI 20220103-
  code   SDNELI
  kind   person
  note   prime minister 21 Aug 2019 to 25 Oct 2021; prime minister 21 Nov 2021 to 02 Jan 2022. Detained in the coup of 25 October 2021, reinstated 21 November 2021, resigned 2 January 2022.

actor KAMIL_IDRIS
  name   Kamil Idris
  code   SDNELI -20250530?
  code   SDNGOV 20250531?-
  code   SDNGOV
  kind   person
  note   prime minister 31 May 2025 (date uncertain) to today. Appointed by al-Burhan in May 2025 (date uncertain).

actor SALVA_KIIR
  name   Salva Kiir; Salva Kiir Mayardit; Kiir
  code   SSDELI -20050810
  code   SSDGOV 20050811-
  code   SSDGOV
  kind   person
  note   president of Southern Sudan 11 Aug 2005 to 08 Jul 2011; president 09 Jul 2011 to today

actor RIEK_MACHAR
  name   Riek Machar; Machar
  code   SSDELI -20050810?
  code   SSDGOV 20050811?-20130723
  code   SSDELI 20130724-20160425
  code   SSDGOV 20160426-20160725
  code   SSDELI 20160726-20200221
  code   SSDGOV 20200222-20250326?
  code   SSDELI 20250327?-
  code   SSDELI
  kind   person
  note   vice president 11 Aug 2005 (date uncertain) to 23 Jul 2013; first vice president 26 Apr 2016 to 25 Jul 2016; first vice president 22 Feb 2020 to 26 Mar 2025 (date uncertain). Detained in March 2025 (uncertain date).

actor MELES_ZENAWI
  name   Meles Zenawi; Meles
  code   ETHELI -19950822
  code   ETHGOV 19950823-20120820
  code   ETHELI 20120821-
  code   ETHELI
  kind   person
  note   prime minister 23 Aug 1995 to 20 Aug 2012. Died 20 August 2012.

actor HAILEMARIAM_DESALEGN
  name   Hailemariam Desalegn; Hailemariam
  code   ETHELI -20101028
  code   ETHGOV 20101029-20180402
  code   ETHELI 20180403-
  code   ETHELI
  kind   person
  note   foreign minister 29 Oct 2010 to 20 Sep 2012; prime minister 20 Aug 2012 to 02 Apr 2018

actor ABIY_AHMED
  name   Abiy Ahmed; Abiy Ahmed Ali; Abiy
  code   ETHELI -20180401
  code   ETHGOV 20180402-
  code   ETHGOV
  kind   person
  note   prime minister 02 Apr 2018 to today

actor GIRMA_WOLDE_GIORGIS
  name   Girma Wolde-Giorgis
  code   ETHELI -20011007
  code   ETHGOV 20011008-20131007
  code   ETHELI 20131008-
  code   ETHELI
  kind   person
  note   president 08 Oct 2001 to 07 Oct 2013

actor MULATU_TESHOME
  name   Mulatu Teshome
  code   ETHELI -20131006
  code   ETHGOV 20131007-20181025
  code   ETHELI 20181026-
  code   ETHELI
  kind   person
  note   president 07 Oct 2013 to 25 Oct 2018

actor SAHLE_WORK_ZEWDE
  name   Sahle-Work Zewde
  code   ETHELI -20181024
  code   ETHGOV 20181025-20241007
  code   ETHELI 20241008-
  code   ETHELI
  kind   person
  note   president 25 Oct 2018 to 07 Oct 2024

actor TAYE_ATSKE_SELASSIE
  name   Taye Atske Selassie
  code   ETHELI -20240206
  code   ETHGOV 20240207-
  code   ETHGOV
  kind   person
  note   foreign minister 07 Feb 2024 to 07 Oct 2024; president 07 Oct 2024 to today

actor TEDROS_ADHANOM_GHEBREYESUS
  name   Tedros Adhanom Ghebreyesus; Tedros Adhanom; Tedros
  code   ETHELI -20051016
  code   ETHGOV 20051017-20161101
  code   ETHELI 20161102-20170630
  code   IGOUNOWHO 20170701-
  code   IGOUNOWHO
  kind   person
  note   health minister 17 Oct 2005 to 29 Nov 2012; foreign minister 29 Nov 2012 to 01 Nov 2016; WHO director-general 01 Jul 2017 to today

actor DEMEKE_MEKONNEN
  name   Demeke Mekonnen
  code   ETHELI -20121128
  code   ETHGOV 20121129-20241007?
  code   ETHELI 20241008?-
  code   ETHELI
  kind   person
  note   deputy prime minister 29 Nov 2012 to 07 Oct 2024 (date uncertain); foreign minister 14 Nov 2019 (date uncertain) to 07 Feb 2024

actor DEBRETSION_GEBREMICHAEL
  name   Debretsion Gebremichael; Debretsion
  code   ETHPTY -20201103
  code   ETHREB 20201104-20221102
  code   ETHPTY 20221103-
  code   ETHPTY
  kind   person
  note   TPLF leader at war 04 Nov 2020 to 02 Nov 2022. TPLF chairman from 2018: coded as the party (ETHPTY) outside the 2020-2022 war, REB during it, like the TPLF itself (armed_groups.tac).

actor GETACHEW_REDA
  name   Getachew Reda
  code   ETHELI -20230322
  code   ETHGOV 20230323-20250408?
  code   ETHELI 20250409?-
  code   ETHELI
  kind   person
  note   Tigray interim administration head 23 Mar 2023 to 08 Apr 2025 (date uncertain). Coded GOV while heading the federal-backed interim administration.

actor ISAIAS_AFWERKI
  name   Isaias Afwerki; Isaias Afewerki; Isaias
  code   ERIELI -19930523
  code   ERIGOV 19930524-
  code   ERIGOV
  kind   person
  note   president 24 May 1993 to today

actor HASSAN_SHEIKH_MOHAMUD
  name   Hassan Sheikh Mohamud
  code   SOMELI -20120915
  code   SOMGOV 20120916-20170216
  code   SOMELI 20170217-20220522
  code   SOMGOV 20220523-
  code   SOMGOV
  kind   person
  note   president 16 Sep 2012 to 16 Feb 2017; president 23 May 2022 to today

actor MOHAMED_ABDULLAHI_FARMAJO
  name   Mohamed Abdullahi Farmajo; Mohamed Abdullahi Mohamed; Farmajo
  code   SOMELI -20101031
  code   SOMGOV 20101101-20110619
  code   SOMELI 20110620-20170215
  code   SOMGOV 20170216-20220523
  code   SOMELI 20220524-
  code   SOMELI
  kind   person
  note   prime minister 01 Nov 2010 to 19 Jun 2011; president 16 Feb 2017 to 23 May 2022

actor ISMAIL_OMAR_GUELLEH
  name   Ismail Omar Guelleh; Guelleh
  code   DJIELI -19990507
  code   DJIGOV 19990508-
  code   DJIGOV
  kind   person
  note   president 08 May 1999 to today

actor MAHMOUD_ALI_YOUSSOUF
  name   Mahmoud Ali Youssouf
  code   DJIELI -20050703
  code   DJIGOV 20050704-20250214
  code   IGOAFRAFU 20250215-
  code   IGOAFRAFU
  kind   person
  note   foreign minister 04 Jul 2005 to 15 Feb 2025; AU Commission chair 15 Feb 2025 to today

actor MOUSSA_FAKI_MAHAMAT
  name   Moussa Faki Mahamat; Moussa Faki
  code   TCDELI -20030623
  code   TCDGOV 20030624-20050204
  code   TCDELI 20050205-20080422
  code   TCDGOV 20080423-20170130
  code   TCDELI 20170131-20170313
  code   IGOAFRAFU 20170314-20250215
  code   TCDELI 20250216-
  code   TCDELI
  kind   person
  note   prime minister 24 Jun 2003 to 04 Feb 2005; foreign minister 23 Apr 2008 to 30 Jan 2017; AU Commission chair 14 Mar 2017 to 15 Feb 2025

actor ALPHA_OUMAR_KONARE
  name   Alpha Oumar Konaré; Alpha Oumar Konare
  code   MLIELI -19920607
  code   MLIGOV 19920608-20020608
  code   MLIELI 20020609-20030915
  code   IGOAFRAFU 20030916-20080428
  code   MLIELI 20080429-
  code   MLIELI
  kind   person
  note   president 08 Jun 1992 to 08 Jun 2002; AU Commission chair 16 Sep 2003 to 28 Apr 2008

actor JEAN_PING
  name   Jean Ping
  code   GABELI -19990124
  code   GABGOV 19990125-20080206
  code   GABELI 20080207-20080427
  code   IGOAFRAFU 20080428-20121015
  code   GABELI 20121016-
  code   GABELI
  kind   person
  note   foreign minister 25 Jan 1999 to 06 Feb 2008; AU Commission chair 28 Apr 2008 to 15 Oct 2012

actor MWAI_KIBAKI
  name   Mwai Kibaki; Kibaki
  code   KENELI -20021229
  code   KENGOV 20021230-20130409
  code   KENELI 20130410-
  code   KENELI
  kind   person
  note   president 30 Dec 2002 to 09 Apr 2013

actor UHURU_KENYATTA
  name   Uhuru Kenyatta; Kenyatta
  code   KENELI -20130408
  code   KENGOV 20130409-20220913
  code   KENELI 20220914-
  code   KENELI
  kind   person
  note   president 09 Apr 2013 to 13 Sep 2022

actor WILLIAM_RUTO
  name   William Ruto; Ruto
  code   KENELI -20130408
  code   KENGOV 20130409-
  code   KENGOV
  kind   person
  note   deputy president 09 Apr 2013 to 13 Sep 2022; president 13 Sep 2022 to today

actor RAILA_ODINGA
  name   Raila Odinga; Odinga
  code   KENELI -20080416
  code   KENGOV 20080417-20130409
  code   KENELI 20130410-
  code   KENELI
  kind   person
  note   prime minister 17 Apr 2008 to 09 Apr 2013. Opposition leader; died October 2025.

actor YOWERI_MUSEVENI
  name   Yoweri Museveni; Museveni
  code   UGAELI -19860128
  code   UGAGOV 19860129-
  code   UGAGOV
  kind   person
  note   president 29 Jan 1986 to today

actor BOBI_WINE
  name   Bobi Wine; Robert Kyagulanyi
  code   UGAOPP
  kind   person
  note   Opposition leader.

actor PAUL_KAGAME
  name   Paul Kagame; Kagame
  code   RWAELI -19940718
  code   RWAGOV 19940719-
  code   RWAGOV
  kind   person
  note   vice president 19 Jul 1994 to 22 Mar 2000; president 22 Mar 2000 to today

actor JAKAYA_KIKWETE
  name   Jakaya Kikwete; Kikwete
  code   TZAELI -19951127
  code   TZAGOV 19951128-20151105
  code   TZAELI 20151106-
  code   TZAELI
  kind   person
  note   foreign minister 28 Nov 1995 to 04 Jan 2006 (date uncertain); president 21 Dec 2005 to 05 Nov 2015

actor JOHN_MAGUFULI
  name   John Magufuli; Magufuli
  code   TZAELI -20151104
  code   TZAGOV 20151105-20210317
  code   TZAELI 20210318-
  code   TZAELI
  kind   person
  note   president 05 Nov 2015 to 17 Mar 2021. Died 17 March 2021.

actor SAMIA_SULUHU_HASSAN
  name   Samia Suluhu Hassan; Samia Suluhu; Suluhu Hassan
  code   TZAELI -20151104
  code   TZAGOV 20151105-
  code   TZAGOV
  kind   person
  note   vice president 05 Nov 2015 to 19 Mar 2021; president 19 Mar 2021 to today

actor PIERRE_NKURUNZIZA
  name   Pierre Nkurunziza; Nkurunziza
  code   BDIELI -20050825
  code   BDIGOV 20050826-20200608
  code   BDIELI 20200609-
  code   BDIELI
  kind   person
  note   president 26 Aug 2005 to 08 Jun 2020

actor EVARISTE_NDAYISHIMIYE
  name   Évariste Ndayishimiye; Evariste Ndayishimiye; Ndayishimiye
  code   BDIELI -20200617
  code   BDIGOV 20200618-
  code   BDIGOV
  kind   person
  note   president 18 Jun 2020 to today

actor LAURENT_DESIRE_KABILA
  name   Laurent-Désiré Kabila; Laurent-Desire Kabila; Laurent Kabila
  code   CODELI -19970516
  code   CODGOV 19970517-20010116
  code   CODELI 20010117-
  code   CODELI
  kind   person
  note   president 17 May 1997 to 16 Jan 2001. Assassinated January 2001.

actor JOSEPH_KABILA
  name   Joseph Kabila
  code   CODELI -20010125
  code   CODGOV 20010126-20190124
  code   CODELI 20190125-
  code   CODELI
  kind   person
  note   president 26 Jan 2001 to 24 Jan 2019

actor KABILA
  name   Kabila
  code   CODELI -19970516
  code   CODGOV 19970517-20010116
  code   CODELI 20010117-20010125
  code   CODGOV 20010126-20190124
  code   CODELI 20190125-
  code   CODELI
  kind   person
  note   president 17 May 1997 to 16 Jan 2001; president 26 Jan 2001 to 24 Jan 2019. The bare surname: Laurent-Désiré Kabila and his son Joseph Kabila.

actor FELIX_TSHISEKEDI
  name   Félix Tshisekedi; Felix Tshisekedi; Tshisekedi
  code   CODELI -20190123
  code   CODGOV 20190124-
  code   CODGOV
  kind   person
  note   president 24 Jan 2019 to today

actor PAUL_BIYA
  name   Paul Biya; Biya
  code   CMRELI -19821105
  code   CMRGOV 19821106-
  code   CMRGOV
  kind   person
  note   president 06 Nov 1982 to today

actor IDRISS_DEBY
  name   Idriss Déby; Idriss Deby; Idriss Déby Itno
  code   TCDELI -19901201
  code   TCDGOV 19901202-20210420
  code   TCDELI 20210421-
  code   TCDELI
  kind   person
  note   president 02 Dec 1990 to 20 Apr 2021. Killed at the front, 20 April 2021.

actor MAHAMAT_IDRISS_DEBY
  name   Mahamat Idriss Déby; Mahamat Idriss Deby; Mahamat Deby; Mahamat Déby
  code   TCDELI -20210419
  code   TCDGOV 20210420-
  code   TCDGOV
  kind   person
  note   head of the military council 20 Apr 2021 to 22 May 2024; president 23 May 2024 to today

actor DEBY
  name   Déby; Deby
  code   TCDELI -19901201
  code   TCDGOV 19901202-
  code   TCDGOV
  kind   person
  note   president 02 Dec 1990 to 20 Apr 2021; president 20 Apr 2021 to today. The bare surname: Idriss Déby and his son Mahamat.

actor FAUSTIN_ARCHANGE_TOUADERA
  name   Faustin-Archange Touadéra; Faustin-Archange Touadera; Touadera; Touadéra
  code   CAFELI -20080121
  code   CAFGOV 20080122-20130117
  code   CAFELI 20130118-20160329
  code   CAFGOV 20160330-
  code   CAFGOV
  kind   person
  note   prime minister 22 Jan 2008 to 17 Jan 2013; president 30 Mar 2016 to today

actor OMAR_BONGO
  name   Omar Bongo
  code   GABELI -19671201
  code   GABGOV 19671202-20090608
  code   GABELI 20090609-
  code   GABELI
  kind   person
  note   president 02 Dec 1967 to 08 Jun 2009

actor ALI_BONGO
  name   Ali Bongo; Ali Bongo Ondimba
  code   GABELI -20091015
  code   GABGOV 20091016-20230830
  code   GABELI 20230831-
  code   GABELI
  kind   person
  note   president 16 Oct 2009 to 30 Aug 2023. Ousted in a coup on 30 August 2023.

actor BRICE_OLIGUI_NGUEMA
  name   Brice Oligui Nguema; Oligui Nguema
  code   GABELI -20230829
  code   GABGOV 20230830-
  code   GABGOV
  kind   person
  note   head of the junta 30 Aug 2023 to 02 May 2025 (date uncertain); president 03 May 2025 (date uncertain) to today

actor DENIS_SASSOU_NGUESSO
  name   Denis Sassou Nguesso; Sassou Nguesso
  code   COGELI -19971024
  code   COGGOV 19971025-
  code   COGGOV
  kind   person
  note   president 25 Oct 1997 to today

actor TEODORO_OBIANG
  name   Teodoro Obiang; Teodoro Obiang Nguema Mbasogo; Obiang
  code   GNQELI -19790802
  code   GNQGOV 19790803-
  code   GNQGOV
  kind   person
  note   president 03 Aug 1979 to today

actor AMADOU_TOUMANI_TOURE
  name   Amadou Toumani Touré; Amadou Toumani Toure; ATT
  code   MLIELI -20020607
  code   MLIGOV 20020608-20120322
  code   MLIELI 20120323-
  code   MLIELI
  kind   person
  note   president 08 Jun 2002 to 22 Mar 2012. Ousted in the coup of 22 March 2012.

actor AMADOU_SANOGO
  name   Amadou Sanogo; Amadou Haya Sanogo; Sanogo
  code   MLIELI -20120321
  code   MLIGOV 20120322-20120412
  code   MLIELI 20120413-
  code   MLIELI
  kind   person
  note   head of the junta 22 Mar 2012 to 12 Apr 2012

actor DIONCOUNDA_TRAORE
  name   Dioncounda Traoré; Dioncounda Traore
  code   MLIELI -20120411
  code   MLIGOV 20120412-20130904
  code   MLIELI 20130905-
  code   MLIELI
  kind   person
  note   interim president 12 Apr 2012 to 04 Sep 2013

actor IBRAHIM_BOUBACAR_KEITA
  name   Ibrahim Boubacar Keïta; Ibrahim Boubacar Keita; IBK; Keita
  code   MLIELI -19940203
  code   MLIGOV 19940204-20000214
  code   MLIELI 20000215-20130903
  code   MLIGOV 20130904-20200818
  code   MLIELI 20200819-
  code   MLIELI
  kind   person
  note   prime minister 04 Feb 1994 to 14 Feb 2000; president 04 Sep 2013 to 18 Aug 2020. Ousted in the coup of 18 August 2020.

actor BAH_N_DAW
  name   Bah N'Daw; Bah Ndaw
  code   MLIELI -20200924
  code   MLIGOV 20200925-20210524
  code   MLIELI 20210525-
  code   MLIELI
  kind   person
  note   transitional president 25 Sep 2020 to 24 May 2021

actor ASSIMI_GOITA
  name   Assimi Goïta; Assimi Goita; Goita; Goïta; Colonel Goita
  code   MLIELI -20200817
  code   MLIGOV 20200818-
  code   MLIGOV
  kind   person
  note   head of the junta 18 Aug 2020 to 24 Sep 2020; transitional vice president 25 Sep 2020 to 23 May 2021; transitional president 24 May 2021 to today. Took power again on 24 May 2021 (sworn in 7 June 2021); given a renewable five-year term in July 2025.

actor CHOGUEL_KOKALLA_MAIGA
  name   Choguel Kokalla Maïga; Choguel Maiga
  code   MLIELI -20210606
  code   MLIGOV 20210607-20241120
  code   MLIELI 20241121-
  code   MLIELI
  kind   person
  note   prime minister 07 Jun 2021 to 20 Nov 2024

actor ABDOULAYE_DIOP
  name   Abdoulaye Diop
  code   MLIELI -20140410?
  code   MLIGOV 20140411?-20170409?
  code   MLIELI 20170410?-20210606
  code   MLIGOV 20210607-
  code   MLIGOV
  kind   person
  note   foreign minister 11 Apr 2014 (date uncertain) to 09 Apr 2017 (date uncertain); foreign minister 07 Jun 2021 to today

actor SADIO_CAMARA
  name   Sadio Camara
  code   MLIELI -20200924?
  code   MLIGOV 20200925?-
  code   MLIGOV
  kind   person
  note   defence minister 25 Sep 2020 (date uncertain) to today

actor ABDOULAYE_MAIGA
  name   Abdoulaye Maïga; Abdoulaye Maiga
  code   MLIELI -20210606?
  code   MLIGOV 20210607?-
  code   MLIGOV
  kind   person
  note   government spokesman 07 Jun 2021 (date uncertain) to today; prime minister 21 Nov 2024 to today

actor BLAISE_COMPAORE
  name   Blaise Compaoré; Blaise Compaore; Compaore
  code   BFAELI -19871014
  code   BFAGOV 19871015-20141031
  code   BFAELI 20141101-
  code   BFAELI
  kind   person
  note   president 15 Oct 1987 to 31 Oct 2014

actor ROCH_MARC_CHRISTIAN_KABORE
  name   Roch Marc Christian Kaboré; Roch Marc Christian Kabore; Kabore
  code   BFAELI -20151228
  code   BFAGOV 20151229-20220124
  code   BFAELI 20220125-
  code   BFAELI
  kind   person
  note   president 29 Dec 2015 to 24 Jan 2022

actor PAUL_HENRI_SANDAOGO_DAMIBA
  name   Paul-Henri Sandaogo Damiba; Damiba
  code   BFAELI -20220123
  code   BFAGOV 20220124-20220930
  code   BFAELI 20221001-
  code   BFAELI
  kind   person
  note   head of the junta 24 Jan 2022 to 30 Sep 2022

actor IBRAHIM_TRAORE
  name   Ibrahim Traoré; Ibrahim Traore; Captain Traore
  code   BFAELI -20220929
  code   BFAGOV 20220930-
  code   BFAGOV
  kind   person
  note   head of the junta 30 Sep 2022 to today

actor MAMADOU_TANDJA
  name   Mamadou Tandja; Tandja
  code   NERELI -19991221
  code   NERGOV 19991222-20100218
  code   NERELI 20100219-
  code   NERELI
  kind   person
  note   president 22 Dec 1999 to 18 Feb 2010

actor MAHAMADOU_ISSOUFOU
  name   Mahamadou Issoufou; Issoufou
  code   NERELI -20110406
  code   NERGOV 20110407-20210402
  code   NERELI 20210403-
  code   NERELI
  kind   person
  note   president 07 Apr 2011 to 02 Apr 2021

actor MOHAMED_BAZOUM
  name   Mohamed Bazoum; Bazoum
  code   NERELI -20160410?
  code   NERGOV 20160411?-20180101?
  code   NERELI 20180102?-20210401
  code   NERGOV 20210402-20230726
  code   NERELI 20230727-
  code   NERELI
  kind   person
  note   foreign minister 11 Apr 2016 (date uncertain) to 01 Jan 2018 (date uncertain); president 02 Apr 2021 to 26 Jul 2023. Detained since the coup of 26 July 2023.

actor ABDOURAHAMANE_TCHIANI
  name   Abdourahamane Tchiani; Abdourahamane Tiani; Tchiani; Tiani
  code   NERELI -20230725
  code   NERGOV 20230726-
  code   NERGOV
  kind   person
  note   head of the junta 26 Jul 2023 to today

actor ALPHA_CONDE
  name   Alpha Condé; Alpha Conde
  code   GINELI -20101220
  code   GINGOV 20101221-20210905
  code   GINELI 20210906-
  code   GINELI
  kind   person
  note   president 21 Dec 2010 to 05 Sep 2021. Ousted on 5 September 2021.

actor MAMADY_DOUMBOUYA
  name   Mamady Doumbouya; Doumbouya
  code   GINELI -20210904
  code   GINGOV 20210905-
  code   GINGOV
  kind   person
  note   head of the junta 05 Sep 2021 to today

actor MOUSSA_DADIS_CAMARA
  name   Moussa Dadis Camara; Dadis Camara
  code   GINELI -20081222
  code   GINGOV 20081223-20091203
  code   GINELI 20091204-
  code   GINELI
  kind   person
  note   head of the junta 23 Dec 2008 to 03 Dec 2009

actor OLUSEGUN_OBASANJO
  name   Olusegun Obasanjo; Obasanjo
  code   NGAELI -19990528
  code   NGAGOV 19990529-20070529
  code   NGAELI 20070530-
  code   NGAELI
  kind   person
  note   president 29 May 1999 to 29 May 2007

actor UMARU_MUSA_YAR_ADUA
  name   Umaru Musa Yar'Adua; Umaru Yar'Adua; Yar'Adua
  code   NGAELI -20070528
  code   NGAGOV 20070529-20100505
  code   NGAELI 20100506-
  code   NGAELI
  kind   person
  note   president 29 May 2007 to 05 May 2010

actor GOODLUCK_JONATHAN
  name   Goodluck Jonathan
  code   NGAELI -20070528
  code   NGAGOV 20070529-20150529
  code   NGAELI 20150530-
  code   NGAELI
  kind   person
  note   vice president 29 May 2007 to 05 May 2010; president 06 May 2010 to 29 May 2015

actor MUHAMMADU_BUHARI
  name   Muhammadu Buhari; Buhari
  code   NGAELI -20150528
  code   NGAGOV 20150529-20230529
  code   NGAELI 20230530-
  code   NGAELI
  kind   person
  note   president 29 May 2015 to 29 May 2023. Military ruler 1983-1985; died July 2025.

actor BOLA_TINUBU
  name   Bola Tinubu; Bola Ahmed Tinubu; Tinubu
  code   NGAELI -20230528
  code   NGAGOV 20230529-
  code   NGAGOV
  kind   person
  note   president 29 May 2023 to today

actor JOHN_KUFUOR
  name   John Kufuor; Kufuor
  code   GHAELI -20010106
  code   GHAGOV 20010107-20090107
  code   GHAELI 20090108-
  code   GHAELI
  kind   person
  note   president 07 Jan 2001 to 07 Jan 2009

actor JOHN_ATTA_MILLS
  name   John Atta Mills; Atta Mills
  code   GHAELI -20090106
  code   GHAGOV 20090107-20120724
  code   GHAELI 20120725-
  code   GHAELI
  kind   person
  note   president 07 Jan 2009 to 24 Jul 2012

actor JOHN_DRAMANI_MAHAMA
  name   John Dramani Mahama; John Mahama; Mahama
  code   GHAELI -20090106
  code   GHAGOV 20090107-20170107
  code   GHAELI 20170108-20250106
  code   GHAGOV 20250107-
  code   GHAGOV
  kind   person
  note   vice president 07 Jan 2009 to 24 Jul 2012; president 24 Jul 2012 to 07 Jan 2017; president 07 Jan 2025 to today

actor NANA_AKUFO_ADDO
  name   Nana Akufo-Addo; Akufo-Addo
  code   GHAELI -20030331?
  code   GHAGOV 20030401?-20070701?
  code   GHAELI 20070702?-20170106
  code   GHAGOV 20170107-20250107
  code   GHAELI 20250108-
  code   GHAELI
  kind   person
  note   foreign minister 01 Apr 2003 (date uncertain) to 01 Jul 2007 (date uncertain); president 07 Jan 2017 to 07 Jan 2025

actor ABDOULAYE_WADE
  name   Abdoulaye Wade
  code   SENELI -20000331
  code   SENGOV 20000401-20120402
  code   SENELI 20120403-
  code   SENELI
  kind   person
  note   president 01 Apr 2000 to 02 Apr 2012

actor MACKY_SALL
  name   Macky Sall; Sall
  code   SENELI -20040420
  code   SENGOV 20040421-20070619
  code   SENELI 20070620-20120401
  code   SENGOV 20120402-20240402
  code   SENELI 20240403-
  code   SENELI
  kind   person
  note   prime minister 21 Apr 2004 to 19 Jun 2007; president 02 Apr 2012 to 02 Apr 2024

actor BASSIROU_DIOMAYE_FAYE
  name   Bassirou Diomaye Faye; Diomaye Faye; Faye
  code   SENELI -20240401
  code   SENGOV 20240402-
  code   SENGOV
  kind   person
  note   president 02 Apr 2024 to today

actor OUSMANE_SONKO
  name   Ousmane Sonko; Sonko
  code   SENELI -20240401
  code   SENGOV 20240402-
  code   SENGOV
  kind   person
  note   prime minister 02 Apr 2024 to today

actor LAURENT_GBAGBO
  name   Laurent Gbagbo; Gbagbo
  code   CIVELI -20001025
  code   CIVGOV 20001026-20110411
  code   CIVELI 20110412-
  code   CIVELI
  kind   person
  note   president 26 Oct 2000 to 11 Apr 2011. Refused to cede after losing the 2010 election; arrested 11 April 2011.

actor ALASSANE_OUATTARA
  name   Alassane Ouattara; Ouattara
  code   CIVELI -20110410
  code   CIVGOV 20110411-
  code   CIVGOV
  kind   person
  note   president 11 Apr 2011 to today

actor JEAN_CLAUDE_KASSI_BROU
  name   Jean-Claude Kassi Brou; Kassi Brou; Jean-Claude Brou
  code   CIVELI -20180228
  code   IGOWAFWAS 20180301-20220716
  code   CIVELI 20220717-
  code   CIVELI
  kind   person
  note   ECOWAS Commission president 01 Mar 2018 to 16 Jul 2022

actor OMAR_ALIEU_TOURAY
  name   Omar Alieu Touray; Omar Touray
  code   GMBELI -20220715
  code   IGOWAFWAS 20220716-
  code   IGOWAFWAS
  kind   person
  note   ECOWAS Commission president 16 Jul 2022 to today

actor YAHYA_JAMMEH
  name   Yahya Jammeh; Jammeh
  code   GMBELI -19940721
  code   GMBGOV 19940722-20170119
  code   GMBELI 20170120-
  code   GMBELI
  kind   person
  note   president 22 Jul 1994 to 19 Jan 2017

actor ADAMA_BARROW
  name   Adama Barrow; Barrow
  code   GMBELI -20170118
  code   GMBGOV 20170119-
  code   GMBGOV
  kind   person
  note   president 19 Jan 2017 to today

actor ELLEN_JOHNSON_SIRLEAF
  name   Ellen Johnson Sirleaf; Johnson Sirleaf; Sirleaf
  code   LBRELI -20060115
  code   LBRGOV 20060116-20180122
  code   LBRELI 20180123-
  code   LBRELI
  kind   person
  note   president 16 Jan 2006 to 22 Jan 2018

actor CHARLES_TAYLOR
  name   Charles Taylor
  code   LBRELI -19970801
  code   LBRGOV 19970802-20030811
  code   LBRELI 20030812-
  code   LBRELI
  kind   person
  note   president 02 Aug 1997 to 11 Aug 2003

actor GEORGE_WEAH
  name   George Weah; Weah
  code   LBRELI -20180121
  code   LBRGOV 20180122-20240122
  code   LBRELI 20240123-
  code   LBRELI
  kind   person
  note   president 22 Jan 2018 to 22 Jan 2024

actor JOSEPH_BOAKAI
  name   Joseph Boakai; Boakai
  code   LBRELI -20240121
  code   LBRGOV 20240122-
  code   LBRGOV
  kind   person
  note   president 22 Jan 2024 to today

actor JULIUS_MAADA_BIO
  name   Julius Maada Bio; Maada Bio
  code   SLEELI -20180403
  code   SLEGOV 20180404-
  code   SLEGOV
  kind   person
  note   president 04 Apr 2018 to today

actor FAURE_GNASSINGBE
  name   Faure Gnassingbé; Faure Gnassingbe; Gnassingbe
  code   TGOELI -20050503
  code   TGOGOV 20050504-
  code   TGOGOV
  kind   person
  note   president 04 May 2005 to today; council of ministers president 03 May 2025 (date uncertain) to today

actor ROBERT_MUGABE
  name   Robert Mugabe; Mugabe
  code   ZWEELI -19871230
  code   ZWEGOV 19871231-20171121
  code   ZWEELI 20171122-
  code   ZWEELI
  kind   person
  note   president 31 Dec 1987 to 21 Nov 2017. Resigned 21 November 2017 after the army takeover; died 6 September 2019.

actor EMMERSON_MNANGAGWA
  name   Emmerson Mnangagwa; Mnangagwa
  code   ZWEELI -20090212
  code   ZWEGOV 20090213-20130911
  code   ZWEELI 20130912-20141211
  code   ZWEGOV 20141212-20171106
  code   ZWEELI 20171107-20171123
  code   ZWEGOV 20171124-
  code   ZWEGOV
  kind   person
  note   defence minister 13 Feb 2009 to 11 Sep 2013; vice president 12 Dec 2014 to 06 Nov 2017; president 24 Nov 2017 to today

actor MORGAN_TSVANGIRAI
  name   Morgan Tsvangirai; Tsvangirai
  code   ZWEOPP -20090210
  code   ZWEGOV 20090211-20130822
  code   ZWEOPP 20130823-
  code   ZWEOPP
  kind   person
  note   prime minister 11 Feb 2009 to 22 Aug 2013. Opposition leader; died 14 February 2018.

actor JOSE_EDUARDO_DOS_SANTOS
  name   José Eduardo dos Santos; Jose Eduardo dos Santos; dos Santos
  code   AGOELI -19790920
  code   AGOGOV 19790921-20170926
  code   AGOELI 20170927-
  code   AGOELI
  kind   person
  note   president 21 Sep 1979 to 26 Sep 2017

actor JOAO_LOURENCO
  name   João Lourenço; Joao Lourenco; Lourenco
  code   AGOELI -20140422?
  code   AGOGOV 20140423?-
  code   AGOGOV
  kind   person
  note   defence minister 23 Apr 2014 (date uncertain) to 25 Sep 2017; president 26 Sep 2017 to today

actor ARMANDO_GUEBUZA
  name   Armando Guebuza; Guebuza
  code   MOZELI -20050201
  code   MOZGOV 20050202-20150115
  code   MOZELI 20150116-
  code   MOZELI
  kind   person
  note   president 02 Feb 2005 to 15 Jan 2015

actor FILIPE_NYUSI
  name   Filipe Nyusi; Nyusi
  code   MOZELI -20080309?
  code   MOZGOV 20080310?-20140318?
  code   MOZELI 20140319?-20150114
  code   MOZGOV 20150115-20250115
  code   MOZELI 20250116-
  code   MOZELI
  kind   person
  note   defence minister 10 Mar 2008 (date uncertain) to 18 Mar 2014 (date uncertain); president 15 Jan 2015 to 15 Jan 2025

actor DANIEL_CHAPO
  name   Daniel Chapo
  code   MOZELI -20250114
  code   MOZGOV 20250115-
  code   MOZGOV
  kind   person
  note   president 15 Jan 2025 to today

actor HAKAINDE_HICHILEMA
  name   Hakainde Hichilema; Hichilema
  code   ZMBELI -20210823
  code   ZMBGOV 20210824-
  code   ZMBGOV
  kind   person
  note   president 24 Aug 2021 to today

actor NETUMBO_NANDI_NDAITWAH
  name   Netumbo Nandi-Ndaitwah; Nandi-Ndaitwah
  code   NAMELI -20121203?
  code   NAMGOV 20121204?-
  code   NAMGOV
  kind   person
  note   foreign minister 04 Dec 2012 (date uncertain) to 04 Feb 2024; vice president 04 Feb 2024 to 20 Mar 2025; president 21 Mar 2025 to today

actor ANDRY_RAJOELINA
  name   Andry Rajoelina; Rajoelina
  code   MDGELI -20090316
  code   MDGGOV 20090317-20140125
  code   MDGELI 20140126-20190118
  code   MDGGOV 20190119-20251014?
  code   MDGELI 20251015?-
  code   MDGELI
  kind   person
  note   president 17 Mar 2009 to 25 Jan 2014; president 19 Jan 2019 to 14 Oct 2025 (date uncertain). Ousted by the military in October 2025 (reported; uncertain).

actor YUSUF_TUGGAR
  name   Yusuf Tuggar; Tuggar
  code   NGAELI -20230820
  code   NGAGOV 20230821-
  code   NGAGOV
  kind   person
  note   foreign minister 21 Aug 2023 to today

actor GEOFFREY_ONYEAMA
  name   Geoffrey Onyeama; Onyeama
  code   NGAELI -20151110
  code   NGAGOV 20151111-20230529
  code   NGAELI 20230530-
  code   NGAELI
  kind   person
  note   foreign minister 11 Nov 2015 to 29 May 2023

actor GEDION_TIMOTHEWOS
  name   Gedion Timothewos; Gedion
  code   ETHELI -20211005?
  code   ETHGOV 20211006?-
  code   ETHGOV
  kind   person
  note   justice minister 06 Oct 2021 (date uncertain) to 07 Oct 2024; foreign minister 07 Oct 2024 (date uncertain) to today

actor OLIVIER_NDUHUNGIREHE
  name   Olivier Nduhungirehe; Nduhungirehe
  code   RWAELI -20231203?
  code   RWAGOV 20231204?-
  code   RWAGOV
  kind   person
  note   foreign minister 04 Dec 2023 (date uncertain) to today

actor VINCENT_BIRUTA
  name   Vincent Biruta; Biruta
  code   RWAELI -20190303
  code   RWAGOV 20190304-20231204?
  code   RWAELI 20231205?-
  code   RWAELI
  kind   person
  note   foreign minister 04 Mar 2019 to 04 Dec 2023 (date uncertain)

actor LOUISE_MUSHIKIWABO
  name   Louise Mushikiwabo; Mushikiwabo
  code   RWAELI -20091207
  code   RWAGOV 20091208-20181018
  code   RWAELI 20181019-
  code   RWAELI
  kind   person
  note   foreign minister 08 Dec 2009 to 18 Oct 2018

actor SAMUEL_OKUDZETO_ABLAKWA
  name   Samuel Okudzeto Ablakwa; Okudzeto Ablakwa; Ablakwa
  code   GHAELI -20250129?
  code   GHAGOV 20250130?-
  code   GHAGOV
  kind   person
  note   foreign minister 30 Jan 2025 (date uncertain) to today

actor MUSALIA_MUDAVADI
  name   Musalia Mudavadi; Mudavadi
  code   KENELI -20221026
  code   KENGOV 20221027-
  code   KENGOV
  kind   person
  note   prime cabinet secretary 27 Oct 2022 to today; foreign minister 16 Oct 2023 to today

actor ALI_LAMINE_ZEINE
  name   Ali Lamine Zeine; Lamine Zeine
  code   NERELI -20230807?
  code   NERGOV 20230808?-
  code   NERGOV
  kind   person
  note   prime minister 08 Aug 2023 (date uncertain) to today

actor APOLLINAIRE_JOACHIM_KYELEM_DE_TAMBELA
  name   Apollinaire Joachim Kyélem de Tambèla; Kyelem de Tambela
  code   BFAELI -20221020
  code   BFAGOV 20221021-20241206
  code   BFAELI 20241207-
  code   BFAELI
  kind   person
  note   prime minister 21 Oct 2022 to 06 Dec 2024

actor ALI_YOUSSEF_AL_SHARIF
  name   Ali Youssef al-Sharif
  code   SDNELI -20241111?
  code   SDNGOV 20241112?-20250601?
  code   SDNELI 20250602?-
  code   SDNELI
  kind   person
  note   foreign minister 12 Nov 2024 (date uncertain) to 01 Jun 2025 (date uncertain)

actor MARIAM_AL_SADIQ_AL_MAHDI
  name   Mariam al-Sadiq al-Mahdi; Mariam al-Mahdi
  code   SDNELI -20210207
  code   SDNGOV 20210208-20211025
  code   SDNELI 20211026-
  code   SDNELI
  kind   person
  note   foreign minister 08 Feb 2021 to 25 Oct 2021

actor HAMZA_ABDI_BARRE
  name   Hamza Abdi Barre; Hamza Barre
  code   SOMELI -20220624
  code   SOMGOV 20220625-
  code   SOMGOV
  kind   person
  note   prime minister 25 Jun 2022 to today

actor THERESE_KAYIKWAMBA_WAGNER
  name   Thérèse Kayikwamba Wagner; Therese Kayikwamba Wagner; Kayikwamba Wagner
  code   CODELI -20240528
  code   CODGOV 20240529-
  code   CODGOV
  kind   person
  note   foreign minister 29 May 2024 to today

actor JUDITH_SUMINWA
  name   Judith Suminwa; Suminwa
  code   CODELI -20240611
  code   CODGOV 20240612-
  code   CODGOV
  kind   person
  note   prime minister 12 Jun 2024 to today

actor JEJE_ODONGO
  name   Jeje Odongo; Odongo
  code   UGAELI -20210620?
  code   UGAGOV 20210621?-
  code   UGAGOV
  kind   person
  note   foreign minister 21 Jun 2021 (date uncertain) to today

actor HANY_SWEILAM
  name   Hany Sweilam
  code   EGYELI -20220612?
  code   EGYGOV 20220613?-
  code   EGYGOV
  kind   person
  note   irrigation minister 13 Jun 2022 (date uncertain) to today. Egypt's negotiator on the Nile dam dispute.

actor MOHAMED_OULD_GHAZOUANI
  name   Mohamed Ould Ghazouani; Ghazouani
  code   MRTELI -20181031?
  code   MRTGOV 20181101?-20190315?
  code   MRTELI 20190316?-20190731
  code   MRTGOV 20190801-
  code   MRTGOV
  kind   person
  note   defence minister 01 Nov 2018 (date uncertain) to 15 Mar 2019 (date uncertain); president 01 Aug 2019 to today

actor MOHAMED_OULD_ABDEL_AZIZ
  name   Mohamed Ould Abdel Aziz; Abdel Aziz
  code   MRTELI -20080805
  code   MRTGOV 20080806-20090415
  code   MRTELI 20090416-20090804
  code   MRTGOV 20090805-20190801
  code   MRTELI 20190802-
  code   MRTELI
  kind   person
  note   head of the junta 06 Aug 2008 to 15 Apr 2009; president 05 Aug 2009 to 01 Aug 2019

actor UMARO_SISSOCO_EMBALO
  name   Umaro Sissoco Embaló; Umaro Sissoco Embalo; Embalo
  code   GNBELI -20200226
  code   GNBGOV 20200227-20251126?
  code   GNBELI 20251127?-
  code   GNBELI
  kind   person
  note   president 27 Feb 2020 to 26 Nov 2025 (date uncertain). Removed by the military in November 2025 (reported; uncertain).

actor PATRICE_TALON
  name   Patrice Talon
  code   BENELI -20160405
  code   BENGOV 20160406-
  code   BENGOV
  kind   person
  note   president 06 Apr 2016 to today

actor THOMAS_BONI_YAYI
  name   Thomas Boni Yayi; Boni Yayi
  code   BENELI -20060405
  code   BENGOV 20060406-20160406
  code   BENELI 20160407-
  code   BENELI
  kind   person
  note   president 06 Apr 2006 to 06 Apr 2016

actor EDGAR_LUNGU
  name   Edgar Lungu; Lungu
  code   ZMBELI -20150124
  code   ZMBGOV 20150125-20210824
  code   ZMBELI 20210825-
  code   ZMBELI
  kind   person
  note   president 25 Jan 2015 to 24 Aug 2021. Died June 2025.

actor MICHAEL_SATA
  name   Michael Sata; Sata
  code   ZMBELI -20110922
  code   ZMBGOV 20110923-20141028
  code   ZMBELI 20141029-
  code   ZMBELI
  kind   person
  note   president 23 Sep 2011 to 28 Oct 2014. Died in office.

actor LAZARUS_CHAKWERA
  name   Lazarus Chakwera; Chakwera
  code   MWIELI -20200627
  code   MWIGOV 20200628-20251004?
  code   MWIELI 20251005?-
  code   MWIELI
  kind   person
  note   president 28 Jun 2020 to 04 Oct 2025 (date uncertain)

actor PETER_MUTHARIKA
  name   Peter Mutharika; Mutharika
  code   MWIELI -20090614?
  code   MWIGOV 20090615?-20120425?
  code   MWIELI 20120426?-20140530
  code   MWIGOV 20140531-20200628
  code   MWIELI 20200629-20251003?
  code   MWIGOV 20251004?-
  code   MWIGOV
  kind   person
  note   justice, then education, then foreign minister 15 Jun 2009 (date uncertain) to 25 Apr 2012 (date uncertain); president 31 May 2014 to 28 Jun 2020; president 04 Oct 2025 (date uncertain) to today. Won the September 2025 election (reported; uncertain).

actor MOKGWEETSI_MASISI
  name   Mokgweetsi Masisi; Masisi
  code   BWAELI -20180331
  code   BWAGOV 20180401-20241101
  code   BWAELI 20241102-
  code   BWAELI
  kind   person
  note   president 01 Apr 2018 to 01 Nov 2024

actor DUMA_BOKO
  name   Duma Boko; Boko
  code   BWAELI -20241031
  code   BWAGOV 20241101-
  code   BWAGOV
  kind   person
  note   president 01 Nov 2024 to today

actor HAGE_GEINGOB
  name   Hage Geingob; Geingob
  code   NAMELI -19900320
  code   NAMGOV 19900321-20020828
  code   NAMELI 20020829-20121203
  code   NAMGOV 20121204-20240204
  code   NAMELI 20240205-
  code   NAMELI
  kind   person
  note   prime minister 21 Mar 1990 to 28 Aug 2002; prime minister 04 Dec 2012 to 21 Mar 2015; president 21 Mar 2015 to 04 Feb 2024. Prime minister 1990-2002 and 2012-2015; died 4 February 2024.

actor NANGOLO_MBUMBA
  name   Nangolo Mbumba; Mbumba
  code   NAMELI -20240203
  code   NAMGOV 20240204-20250321
  code   NAMELI 20250322-
  code   NAMELI
  kind   person
  note   president 04 Feb 2024 to 21 Mar 2025

actor KING_MSWATI_III
  name   King Mswati III; Mswati III; Mswati
  code   SWZELI -19860424
  code   SWZGOV 19860425-
  code   SWZGOV
  kind   person
  note   king 25 Apr 1986 to today

actor SAM_MATEKANE
  name   Sam Matekane; Matekane
  code   LSOELI -20221027
  code   LSOGOV 20221028-
  code   LSOGOV
  kind   person
  note   prime minister 28 Oct 2022 to today

actor AZALI_ASSOUMANI
  name   Azali Assoumani; Azali
  code   COMELI -19990429
  code   COMGOV 19990430-20020121
  code   COMELI 20020122-20020525
  code   COMGOV 20020526-20060526
  code   COMELI 20060527-20160525
  code   COMGOV 20160526-
  code   COMGOV
  kind   person
  note   president 30 Apr 1999 to 21 Jan 2002; president 26 May 2002 to 26 May 2006; president 26 May 2016 to today. Head of the 1999 junta.

actor NAVIN_RAMGOOLAM
  name   Navin Ramgoolam; Ramgoolam
  code   MUSELI -19951226
  code   MUSGOV 19951227-20000917
  code   MUSELI 20000918-20050704
  code   MUSGOV 20050705-20141217
  code   MUSELI 20141218-20241112
  code   MUSGOV 20241113-
  code   MUSGOV
  kind   person
  note   prime minister 27 Dec 1995 to 17 Sep 2000; prime minister 05 Jul 2005 to 17 Dec 2014; prime minister 13 Nov 2024 to today

actor PRAVIND_JUGNAUTH
  name   Pravind Jugnauth; Jugnauth
  code   MUSELI -20170122
  code   MUSGOV 20170123-20241113
  code   MUSELI 20241114-
  code   MUSELI
  kind   person
  note   prime minister 23 Jan 2017 to 13 Nov 2024

actor WAVEL_RAMKALAWAN
  name   Wavel Ramkalawan; Ramkalawan
  code   SYCELI -20201025
  code   SYCGOV 20201026-20251026?
  code   SYCELI 20251027?-
  code   SYCELI
  kind   person
  note   president 26 Oct 2020 to 26 Oct 2025 (date uncertain). Lost the October 2025 runoff to Patrick Herminie (reported; uncertain).

actor JOSE_MARIA_NEVES
  name   José Maria Neves; Jose Maria Neves
  code   CPVELI -20010131
  code   CPVGOV 20010201-20160422
  code   CPVELI 20160423-20211108
  code   CPVGOV 20211109-
  code   CPVGOV
  kind   person
  note   prime minister 01 Feb 2001 to 22 Apr 2016; president 09 Nov 2021 to today

actor CARLOS_VILA_NOVA
  name   Carlos Vila Nova
  code   STPELI -20211001
  code   STPGOV 20211002-
  code   STPGOV
  kind   person
  note   president 02 Oct 2021 to today

actor PAUL_MALONG
  name   Paul Malong; Malong
  code   SSDELI -20140422
  code   SSDMIL 20140423-20170509
  code   SSDELI 20170510-
  code   SSDELI
  kind   person
  note   army chief 23 Apr 2014 to 09 May 2017

actor NOSIVIWE_MAPISA_NQAKULA
  name   Nosiviwe Mapisa-Nqakula; Mapisa-Nqakula
  code   ZAFELI -20120611
  code   ZAFGOV 20120612-20210805
  code   ZAFELI 20210806-
  code   ZAFELI
  kind   person
  note   defence minister 12 Jun 2012 to 05 Aug 2021

actor THANDI_MODISE
  name   Thandi Modise; Modise
  code   ZAFELI -20210804
  code   ZAFGOV 20210805-20240619
  code   ZAFELI 20240620-
  code   ZAFELI
  kind   person
  note   defence minister 05 Aug 2021 to 19 Jun 2024

actor ANGIE_MOTSHEKGA
  name   Angie Motshekga; Motshekga
  code   ZAFELI -20240702
  code   ZAFGOV 20240703-
  code   ZAFGOV
  kind   person
  note   defence minister 03 Jul 2024 to today

# ---- Algeria

actor ABDELKADER_BENSALAH
  name   Abdelkader Bensalah; Bensalah
  code   DZAELI -20190408
  code   DZAGOV 20190409-20191219
  code   DZAELI 20191220-
  code   DZAELI
  kind   person
  note   interim head of state 09 Apr 2019 to 19 Dec 2019. Council of the Nation president 2002-2019; died 22 September 2021.

# ---- Benin

actor MATHIEU_KEREKOU
  name   Mathieu Kérékou; Kérékou
  code   BENELI -19960403
  code   BENGOV 19960404-20060406
  code   BENELI 20060407-
  code   BENELI
  kind   person
  note   president 04 Apr 1996 to 06 Apr 2006. Military ruler 1972-1991; died 14 October 2015.

# ---- Botswana

actor FESTUS_MOGAE
  name   Festus Mogae; Mogae
  code   BWAELI -19980331
  code   BWAGOV 19980401-20080401
  code   BWAELI 20080402-
  code   BWAELI
  kind   person
  note   president 01 Apr 1998 to 01 Apr 2008

actor IAN_KHAMA
  name   Ian Khama; Seretse Khama Ian Khama; Khama
  code   BWAELI -19980712?
  code   BWAGOV 19980713?-20180401
  code   BWAELI 20180402-
  code   BWAELI
  kind   person
  note   vice president 13 Jul 1998 (date uncertain) to 31 Mar 2008; president 01 Apr 2008 to 01 Apr 2018

# ---- Burkina Faso

actor ISAAC_ZIDA
  name   Isaac Zida; Yacouba Isaac Zida
  code   BFAELI -20141031
  code   BFAGOV 20141101-20141117
  code   BFAELI 20141118-20141118
  code   BFAGOV 20141119-20160106
  code   BFAELI 20160107-
  code   BFAELI
  kind   person
  note   head of the junta 01 Nov 2014 to 17 Nov 2014; prime minister 19 Nov 2014 to 06 Jan 2016. Military-led transition after Compaoré fled.

actor MICHEL_KAFANDO
  name   Michel Kafando; Kafando
  code   BFAELI -20141117
  code   BFAGOV 20141118-20151229
  code   BFAELI 20151230-
  code   BFAELI
  kind   person
  note   transitional president 18 Nov 2014 to 29 Dec 2015. Held in the coup of 16-23 September 2015 and reinstated.

# ---- Burundi

actor PIERRE_BUYOYA
  name   Pierre Buyoya; Buyoya
  code   BDIELI -19960724
  code   BDIGOV 19960725-20030430
  code   BDIELI 20030501-
  code   BDIELI
  kind   person
  note   president 25 Jul 1996 to 30 Apr 2003. Also military ruler 1987-1993; died 17 December 2020.

actor DOMITIEN_NDAYIZEYE
  name   Domitien Ndayizeye; Ndayizeye
  code   BDIELI -20011031?
  code   BDIGOV 20011101?-20050826
  code   BDIELI 20050827-
  code   BDIELI
  kind   person
  note   vice president 01 Nov 2001 (date uncertain) to 30 Apr 2003; president 30 Apr 2003 to 26 Aug 2005

# ---- Cape Verde

actor ANTONIO_MASCARENHAS_MONTEIRO
  name   António Mascarenhas Monteiro; Mascarenhas Monteiro
  code   CPVELI -19910321
  code   CPVGOV 19910322-20010322
  code   CPVELI 20010323-
  code   CPVELI
  kind   person
  note   president 22 Mar 1991 to 22 Mar 2001

actor PEDRO_PIRES
  name   Pedro Pires; Pedro Verona Pires
  code   CPVELI -19750714
  code   CPVGOV 19750715-19910404
  code   CPVELI 19910405-20010321
  code   CPVGOV 20010322-20110909
  code   CPVELI 20110910-
  code   CPVELI
  kind   person
  note   prime minister 15 Jul 1975 to 04 Apr 1991; president 22 Mar 2001 to 09 Sep 2011

actor JORGE_CARLOS_FONSECA
  name   Jorge Carlos Fonseca
  code   CPVELI -19910403?
  code   CPVGOV 19910404?-19930101?
  code   CPVELI 19930102?-20110908
  code   CPVGOV 20110909-20211109
  code   CPVELI 20211110-
  code   CPVELI
  kind   person
  note   foreign minister 04 Apr 1991 (date uncertain) to 01 Jan 1993 (date uncertain); president 09 Sep 2011 to 09 Nov 2021

# ---- Central African Republic

actor ANGE_FELIX_PATASSE
  name   Ange-Félix Patassé; Patassé
  code   CAFELI -19931021
  code   CAFGOV 19931022-20030315
  code   CAFELI 20030316-
  code   CAFELI
  kind   person
  note   president 22 Oct 1993 to 15 Mar 2003. Ousted by Bozizé on 15 March 2003; died 5 April 2011.

actor FRANCOIS_BOZIZE
  name   François Bozizé; Bozizé
  code   CAFELI -20030314
  code   CAFGOV 20030315-20130324
  code   CAFELI 20130325-
  code   CAFELI
  kind   person
  note   president 15 Mar 2003 to 24 Mar 2013. Ousted by the Séléka on 24 March 2013; later led the CPC rebel coalition.

actor MICHEL_DJOTODIA
  name   Michel Djotodia; Djotodia
  code   CAFELI -20130323
  code   CAFGOV 20130324-20140110
  code   CAFELI 20140111-
  code   CAFELI
  kind   person
  note   president 24 Mar 2013 to 10 Jan 2014. Séléka leader; resigned 10 January 2014.

actor ALEXANDRE_FERDINAND_NGUENDET
  name   Alexandre-Ferdinand Nguendet; Nguendet
  code   CAFELI -20140109
  code   CAFGOV 20140110-20140123
  code   CAFELI 20140124-
  code   CAFELI
  kind   person
  note   acting president 10 Jan 2014 to 23 Jan 2014

actor CATHERINE_SAMBA_PANZA
  name   Catherine Samba-Panza; Samba-Panza
  code   CAFELI -20140122
  code   CAFGOV 20140123-20160330
  code   CAFELI 20160331-
  code   CAFELI
  kind   person
  note   transitional president 23 Jan 2014 to 30 Mar 2016

# ---- Comoros

actor HAMADA_MADI_BOLERO
  name   Hamada Madi Boléro; Hamada Madi
  code   COMELI -20001128?
  code   COMGOV 20001129?-20020526
  code   COMELI 20020527-
  code   COMELI
  kind   person
  note   prime minister 29 Nov 2000 (date uncertain) to 21 Jan 2002; interim president 21 Jan 2002 to 26 May 2002

actor AHMED_ABDALLAH_SAMBI
  name   Ahmed Abdallah Sambi; Abdallah Sambi
  code   COMELI -20060525
  code   COMGOV 20060526-20110526
  code   COMELI 20110527-
  code   COMELI
  kind   person
  note   president 26 May 2006 to 26 May 2011

actor IKILILOU_DHOININE
  name   Ikililou Dhoinine; Dhoinine
  code   COMELI -20060525?
  code   COMGOV 20060526?-20160526
  code   COMELI 20160527-
  code   COMELI
  kind   person
  note   vice president 26 May 2006 (date uncertain) to 26 May 2011; president 26 May 2011 to 26 May 2016

# ---- Ivory Coast

actor ROBERT_GUEI
  name   Robert Guéï; Guéï
  code   CIVELI -19991223
  code   CIVGOV 19991224-20001026
  code   CIVELI 20001027-
  code   CIVELI
  kind   person
  note   head of the junta 24 Dec 1999 to 26 Oct 2000. Killed 19 September 2002.

actor HENRI_KONAN_BEDIE
  name   Henri Konan Bédié; Konan Bédié; Bédié
  code   CIVELI -19931206
  code   CIVGOV 19931207-19991224
  code   CIVELI 19991225-
  code   CIVELI
  kind   person
  note   president 07 Dec 1993 to 24 Dec 1999. Ousted in the coup of 24 December 1999; opposition leader; died 1 August 2023.

# ---- Gabon

actor ROSE_FRANCINE_ROGOMBE
  name   Rose Francine Rogombé; Rogombé
  code   GABELI -20090609
  code   GABGOV 20090610-20091016
  code   GABELI 20091017-
  code   GABELI
  kind   person
  note   interim president 10 Jun 2009 to 16 Oct 2009. Senate president; died 10 April 2015.

# ---- Ghana

actor JERRY_RAWLINGS
  name   Jerry Rawlings; Jerry John Rawlings; Rawlings
  code   GHAELI -19930106
  code   GHAGOV 19930107-20010107
  code   GHAELI 20010108-
  code   GHAELI
  kind   person
  note   president 07 Jan 1993 to 07 Jan 2001. Military ruler 1979 and 1981-1993; died 12 November 2020.

# ---- Guinea

actor LANSANA_CONTE
  name   Lansana Conté
  code   GINELI -19840402
  code   GINGOV 19840403-20081222
  code   GINELI 20081223-
  code   GINELI
  kind   person
  note   president 03 Apr 1984 to 22 Dec 2008. Died in office 22 December 2008.

actor SEKOUBA_KONATE
  name   Sékouba Konaté
  code   GINELI -20081223?
  code   GINGOV 20081224?-20101221
  code   GINELI 20101222-
  code   GINELI
  kind   person
  note   defence minister 24 Dec 2008 (date uncertain) to 15 Jan 2010; acting head of state 04 Dec 2009 (date uncertain) to 14 Jan 2010; interim president 15 Jan 2010 to 21 Dec 2010. Junta defence minister; acting head after the attempt on Dadis Camara (3 December 2009), interim president from 15 January 2010.

# ---- Guinea-Bissau

actor KUMBA_IALA
  name   Kumba Ialá; Kumba Yala; Ialá
  code   GNBELI -20000216
  code   GNBGOV 20000217-20030914
  code   GNBELI 20030915-
  code   GNBELI
  kind   person
  note   president 17 Feb 2000 to 14 Sep 2003. Ousted in the coup of 14 September 2003; died 4 April 2014.

actor VERISSIMO_CORREIA_SEABRA
  name   Veríssimo Correia Seabra
  code   GNBELI -20030913
  code   GNBGOV 20030914-20030928
  code   GNBELI 20030929-
  code   GNBELI
  kind   person
  note   head of the junta 14 Sep 2003 to 28 Sep 2003. Army chief; killed 6 October 2004.

actor HENRIQUE_ROSA
  name   Henrique Rosa
  code   GNBELI -20030927
  code   GNBGOV 20030928-20051001
  code   GNBELI 20051002-
  code   GNBELI
  kind   person
  note   interim president 28 Sep 2003 to 01 Oct 2005

actor JOAO_BERNARDO_VIEIRA
  name   João Bernardo Vieira; Nino Vieira
  code   GNBELI -20050930
  code   GNBGOV 20051001-20090302
  code   GNBELI 20090303-
  code   GNBELI
  kind   person
  note   president 01 Oct 2005 to 02 Mar 2009. Also ruler 1980-1999; assassinated 2 March 2009.

actor RAIMUNDO_PEREIRA
  name   Raimundo Pereira
  code   GNBELI -20090302
  code   GNBGOV 20090303-20090908
  code   GNBELI 20090909-20120108
  code   GNBGOV 20120109-20120412
  code   GNBELI 20120413-
  code   GNBELI
  kind   person
  note   interim president 03 Mar 2009 to 08 Sep 2009; interim president 09 Jan 2012 to 12 Apr 2012. Parliament speaker; deposed in the coup of 12 April 2012.

actor MALAM_BACAI_SANHA
  name   Malam Bacai Sanhá; Bacai Sanhá
  code   GNBELI -19990513
  code   GNBGOV 19990514-20000217
  code   GNBELI 20000218-20090907
  code   GNBGOV 20090908-20120109
  code   GNBELI 20120110-
  code   GNBELI
  kind   person
  note   interim president 14 May 1999 to 17 Feb 2000; president 08 Sep 2009 to 09 Jan 2012. Died in office 9 January 2012.

actor MANUEL_SERIFO_NHAMADJO
  name   Manuel Serifo Nhamadjo; Serifo Nhamadjo; Nhamadjo
  code   GNBELI -20120510
  code   GNBGOV 20120511-20140623
  code   GNBELI 20140624-
  code   GNBELI
  kind   person
  note   transitional president 11 May 2012 to 23 Jun 2014

actor JOSE_MARIO_VAZ
  name   José Mário Vaz; Jomav
  code   GNBELI -20140622
  code   GNBGOV 20140623-20200227
  code   GNBELI 20200228-
  code   GNBELI
  kind   person
  note   president 23 Jun 2014 to 27 Feb 2020

actor HORTA_INTA_A
  name   Horta N'Tam; Horta Inta-A; Horta N'Tam Na Man
  code   GNBELI -20251126?
  code   GNBGOV 20251127?-
  code   GNBGOV
  kind   person
  note   transitional president 27 Nov 2025 (date uncertain) to today. Army general sworn in after the military removed Embaló in November 2025 (reported; date uncertain).

# ---- Kenya

actor DANIEL_ARAP_MOI
  name   Daniel arap Moi; Daniel Moi; arap Moi
  code   KENELI -19781013
  code   KENGOV 19781014-20021230
  code   KENELI 20021231-
  code   KENELI
  kind   person
  note   president 14 Oct 1978 to 30 Dec 2002. Died 4 February 2020.

# ---- Lesotho

actor KING_LETSIE_III
  name   Letsie III; King Letsie III; King Letsie
  code   LSOELI -19960206
  code   LSOGOV 19960207-
  code   LSOGOV
  kind   person
  note   king 07 Feb 1996 to today. Also king 1990-1995.

# ---- Liberia

actor MOSES_BLAH
  name   Moses Blah
  code   LBRELI -20000723?
  code   LBRGOV 20000724?-20031014
  code   LBRELI 20031015-
  code   LBRELI
  kind   person
  note   vice president 24 Jul 2000 (date uncertain) to 11 Aug 2003; president 11 Aug 2003 to 14 Oct 2003. Died 1 April 2013.

actor GYUDE_BRYANT
  name   Gyude Bryant; Charles Gyude Bryant
  code   LBRELI -20031013
  code   LBRGOV 20031014-20060116
  code   LBRELI 20060117-
  code   LBRELI
  kind   person
  note   transitional government chairman 14 Oct 2003 to 16 Jan 2006. Died 16 April 2014.

# ---- Libya

actor MUSTAFA_ABDUL_JALIL
  name   Mustafa Abdul Jalil; Mustafa Abdel Jalil; Abdul Jalil
  code   LBYELI -20061231?
  code   LBYGOV 20070101?-20110221?
  code   LBYELI 20110222?-20110304
  code   LBYGOV 20110305-20120808
  code   LBYELI 20120809-
  code   LBYELI
  kind   person
  note   justice minister 01 Jan 2007 (date uncertain) to 21 Feb 2011 (date uncertain); National Transitional Council chairman 05 Mar 2011 to 08 Aug 2012. Defected from Gaddafi in February 2011.

actor MOHAMED_MAGARIAF
  name   Mohamed Magariaf; Mohammed al-Magariaf; Magariaf
  code   LBYELI -20120808
  code   LBYGOV 20120809-20130528
  code   LBYELI 20130529-
  code   LBYELI
  kind   person
  note   General National Congress president 09 Aug 2012 to 28 May 2013

actor NOURI_ABUSAHMAIN
  name   Nouri Abusahmain; Nouri Abu Sahmain; Abusahmain
  code   LBYELI -20130624
  code   LBYGOV 20130625-20140804
  code   LBYELI 20140805-
  code   LBYELI
  kind   person
  note   General National Congress president 25 Jun 2013 to 04 Aug 2014. The GNC kept sitting in Tripoli after August 2014 without international recognition.

# ---- Madagascar

actor DIDIER_RATSIRAKA
  name   Didier Ratsiraka; Ratsiraka
  code   MDGELI -19970208
  code   MDGGOV 19970209-20020705
  code   MDGELI 20020706-
  code   MDGELI
  kind   person
  note   president 09 Feb 1997 to 05 Jul 2002. Also ruler 1975-1993; left for exile in July 2002; died 28 March 2021.

actor MARC_RAVALOMANANA
  name   Marc Ravalomanana; Ravalomanana
  code   MDGELI -20020505
  code   MDGGOV 20020506-20090317
  code   MDGELI 20090318-
  code   MDGELI
  kind   person
  note   president 06 May 2002 to 17 Mar 2009. Forced out by Rajoelina on 17 March 2009; opposition leader.

actor HERY_RAJAONARIMAMPIANINA
  name   Hery Rajaonarimampianina; Rajaonarimampianina
  code   MDGELI -20101231?
  code   MDGGOV 20110101?-20130531?
  code   MDGELI 20130601?-20140124
  code   MDGGOV 20140125-20180907
  code   MDGELI 20180908-
  code   MDGELI
  kind   person
  note   finance minister 01 Jan 2011 (date uncertain) to 31 May 2013 (date uncertain); president 25 Jan 2014 to 07 Sep 2018

actor RIVO_RAKOTOVAO
  name   Rivo Rakotovao
  code   MDGELI -20180906
  code   MDGGOV 20180907-20190119
  code   MDGELI 20190120-
  code   MDGELI
  kind   person
  note   acting president 07 Sep 2018 to 19 Jan 2019. Senate president.

actor MICHAEL_RANDRIANIRINA
  name   Michael Randrianirina; Randrianirina
  code   MDGELI -20251016?
  code   MDGGOV 20251017?-
  code   MDGGOV
  kind   person
  note   president 17 Oct 2025 (date uncertain) to today. Colonel who took power after the October 2025 protests (reported; date uncertain).

# ---- Malawi

actor BAKILI_MULUZI
  name   Bakili Muluzi; Muluzi
  code   MWIELI -19940520
  code   MWIGOV 19940521-20040524
  code   MWIELI 20040525-
  code   MWIELI
  kind   person
  note   president 21 May 1994 to 24 May 2004

actor BINGU_WA_MUTHARIKA
  name   Bingu wa Mutharika; Bingu Mutharika
  code   MWIELI -20040523
  code   MWIGOV 20040524-20120405
  code   MWIELI 20120406-
  code   MWIELI
  kind   person
  note   president 24 May 2004 to 05 Apr 2012. Died in office 5 April 2012.

actor JOYCE_BANDA
  name   Joyce Banda
  code   MWIELI -20061031?
  code   MWIGOV 20061101?-20140531
  code   MWIELI 20140601-
  code   MWIELI
  kind   person
  note   foreign minister 01 Nov 2006 (date uncertain) to 29 May 2009 (date uncertain); vice president 29 May 2009 to 07 Apr 2012; president 07 Apr 2012 to 31 May 2014

# ---- Mauritania

actor MAAOUYA_OULD_SIDAHMED_TAYA
  name   Maaouya Ould Sid'Ahmed Taya; Ould Taya
  code   MRTELI -19841211
  code   MRTGOV 19841212-20050803
  code   MRTELI 20050804-
  code   MRTELI
  kind   person
  note   president 12 Dec 1984 to 03 Aug 2005. Ousted in the coup of 3 August 2005.

actor ELY_OULD_MOHAMED_VALL
  name   Ely Ould Mohamed Vall; Ely Ould Mohamed Fall
  code   MRTELI -20050802
  code   MRTGOV 20050803-20070419
  code   MRTELI 20070420-
  code   MRTELI
  kind   person
  note   head of the junta 03 Aug 2005 to 19 Apr 2007. Died 5 May 2017.

actor SIDI_OULD_CHEIKH_ABDALLAHI
  name   Sidi Ould Cheikh Abdallahi; Sidi Mohamed Ould Cheikh Abdallahi
  code   MRTELI -20070418
  code   MRTGOV 20070419-20080806
  code   MRTELI 20080807-
  code   MRTELI
  kind   person
  note   president 19 Apr 2007 to 06 Aug 2008. Ousted in the coup of 6 August 2008; died 22 November 2020.

actor BA_MAMADOU_MBARE
  name   Ba Mamadou Mbaré; Ba Mamadou dit M'Baré
  code   MRTELI -20090414
  code   MRTGOV 20090415-20090805
  code   MRTELI 20090806-
  code   MRTELI
  kind   person
  note   interim president 15 Apr 2009 to 05 Aug 2009. Senate president; died 29 January 2013.

# ---- Mauritius

actor CASSAM_UTEEM
  name   Cassam Uteem
  code   MUSELI -19920629
  code   MUSGOV 19920630-20020215
  code   MUSELI 20020216-
  code   MUSELI
  kind   person
  note   president 30 Jun 1992 to 15 Feb 2002

actor KARL_OFFMANN
  name   Karl Offmann
  code   MUSELI -20020224
  code   MUSGOV 20020225-20031001
  code   MUSELI 20031002-
  code   MUSELI
  kind   person
  note   president 25 Feb 2002 to 01 Oct 2003

actor ANEROOD_JUGNAUTH
  name   Anerood Jugnauth; Sir Anerood Jugnauth
  code   MUSELI -20000916
  code   MUSGOV 20000917-20030930
  code   MUSELI 20031001-20031006
  code   MUSGOV 20031007-20120331
  code   MUSELI 20120401-20141216
  code   MUSGOV 20141217-20170123
  code   MUSELI 20170124-
  code   MUSELI
  kind   person
  note   prime minister 17 Sep 2000 to 30 Sep 2003; president 07 Oct 2003 to 31 Mar 2012; prime minister 17 Dec 2014 to 23 Jan 2017. Also prime minister 1982-1995; died 3 June 2021.

actor KAILASH_PURRYAG
  name   Kailash Purryag
  code   MUSELI -20120720
  code   MUSGOV 20120721-20150529
  code   MUSELI 20150530-
  code   MUSELI
  kind   person
  note   president 21 Jul 2012 to 29 May 2015

actor AMEENAH_GURIB_FAKIM
  name   Ameenah Gurib-Fakim; Gurib-Fakim
  code   MUSELI -20150604
  code   MUSGOV 20150605-20180323
  code   MUSELI 20180324-
  code   MUSELI
  kind   person
  note   president 05 Jun 2015 to 23 Mar 2018

actor PRITHVIRAJSING_ROOPUN
  name   Prithvirajsing Roopun; Pradeep Roopun
  code   MUSELI -20191201
  code   MUSGOV 20191202-20241206?
  code   MUSELI 20241207?-
  code   MUSELI
  kind   person
  note   president 02 Dec 2019 to 06 Dec 2024 (date uncertain)

actor DHARAM_GOKHOOL
  name   Dharam Gokhool
  code   MUSELI -20241205?
  code   MUSGOV 20241206?-
  code   MUSGOV
  kind   person
  note   president 06 Dec 2024 (date uncertain) to today

# ---- Mozambique

actor JOAQUIM_CHISSANO
  name   Joaquim Chissano; Chissano
  code   MOZELI -19861105
  code   MOZGOV 19861106-20050202
  code   MOZELI 20050203-
  code   MOZELI
  kind   person
  note   president 06 Nov 1986 to 02 Feb 2005

# ---- Namibia

actor SAM_NUJOMA
  name   Sam Nujoma; Nujoma
  code   NAMELI -19900320
  code   NAMGOV 19900321-20050321
  code   NAMELI 20050322-
  code   NAMELI
  kind   person
  note   president 21 Mar 1990 to 21 Mar 2005. Died 8 February 2025.

actor HIFIKEPUNYE_POHAMBA
  name   Hifikepunye Pohamba; Pohamba
  code   NAMELI -20050320
  code   NAMGOV 20050321-20150321
  code   NAMELI 20150322-
  code   NAMELI
  kind   person
  note   president 21 Mar 2005 to 21 Mar 2015

# ---- Niger

actor SALOU_DJIBO
  name   Salou Djibo
  code   NERELI -20100217
  code   NERGOV 20100218-20110407
  code   NERELI 20110408-
  code   NERELI
  kind   person
  note   head of the junta 18 Feb 2010 to 07 Apr 2011

# ---- Rwanda

actor PASTEUR_BIZIMUNGU
  name   Pasteur Bizimungu; Bizimungu
  code   RWAELI -19940718
  code   RWAGOV 19940719-20000323
  code   RWAELI 20000324-
  code   RWAELI
  kind   person
  note   president 19 Jul 1994 to 23 Mar 2000

# ---- Sao Tome and Principe

actor MIGUEL_TROVOADA
  name   Miguel Trovoada
  code   STPELI -19910402
  code   STPGOV 19910403-20010903
  code   STPELI 20010904-
  code   STPELI
  kind   person
  note   president 03 Apr 1991 to 03 Sep 2001

actor FRADIQUE_DE_MENEZES
  name   Fradique de Menezes; Fradique Menezes
  code   STPELI -20010902
  code   STPGOV 20010903-20110903
  code   STPELI 20110904-
  code   STPELI
  kind   person
  note   president 03 Sep 2001 to 03 Sep 2011. Briefly deposed in the coup of 16-23 July 2003.

actor MANUEL_PINTO_DA_COSTA
  name   Manuel Pinto da Costa; Pinto da Costa
  code   STPELI -20110902
  code   STPGOV 20110903-20160903
  code   STPELI 20160904-
  code   STPELI
  kind   person
  note   president 03 Sep 2011 to 03 Sep 2016. Also president 1975-1991.

actor EVARISTO_CARVALHO
  name   Evaristo Carvalho
  code   STPELI -20160902
  code   STPGOV 20160903-20211002
  code   STPELI 20211003-
  code   STPELI
  kind   person
  note   president 03 Sep 2016 to 02 Oct 2021. Died 28 June 2022.

# ---- Senegal

actor ABDOU_DIOUF
  name   Abdou Diouf; Diouf
  code   SENELI -19801231
  code   SENGOV 19810101-20000401
  code   SENELI 20000402-
  code   SENELI
  kind   person
  note   president 01 Jan 1981 to 01 Apr 2000. Francophonie secretary-general 2003-2014.

# ---- Seychelles

actor FRANCE_ALBERT_RENE
  name   France-Albert René; Albert René
  code   SYCELI -19770604
  code   SYCGOV 19770605-20040416
  code   SYCELI 20040417-
  code   SYCELI
  kind   person
  note   president 05 Jun 1977 to 16 Apr 2004. Died 27 February 2019.

actor JAMES_MICHEL
  name   James Michel; James Alix Michel
  code   SYCELI -19960731?
  code   SYCGOV 19960801?-20161016
  code   SYCELI 20161017-
  code   SYCELI
  kind   person
  note   vice president 01 Aug 1996 (date uncertain) to 16 Apr 2004; president 16 Apr 2004 to 16 Oct 2016

actor DANNY_FAURE
  name   Danny Faure
  code   SYCELI -20100630?
  code   SYCGOV 20100701?-20201026
  code   SYCELI 20201027-
  code   SYCELI
  kind   person
  note   vice president 01 Jul 2010 (date uncertain) to 16 Oct 2016; president 16 Oct 2016 to 26 Oct 2020

actor PATRICK_HERMINIE
  name   Patrick Herminie; Herminie
  code   SYCELI -20251025?
  code   SYCGOV 20251026?-
  code   SYCGOV
  kind   person
  note   president 26 Oct 2025 (date uncertain) to today. Won the October 2025 runoff (reported; date uncertain).

# ---- Sierra Leone

actor AHMAD_TEJAN_KABBAH
  name   Ahmad Tejan Kabbah; Tejan Kabbah; Kabbah
  code   SLEELI -19980309
  code   SLEGOV 19980310-20070917
  code   SLEELI 20070918-
  code   SLEELI
  kind   person
  note   president 10 Mar 1998 to 17 Sep 2007. Also president 1996-1997; died 13 March 2014.

actor ERNEST_BAI_KOROMA
  name   Ernest Bai Koroma; Ernest Koroma
  code   SLEELI -20070916
  code   SLEGOV 20070917-20180404
  code   SLEELI 20180405-
  code   SLEELI
  kind   person
  note   president 17 Sep 2007 to 04 Apr 2018

# ---- Somalia

actor ABDIQASIM_SALAD_HASSAN
  name   Abdiqasim Salad Hassan; Abdikassim Salad Hassan
  code   SOMELI -20000826
  code   SOMGOV 20000827-20041014
  code   SOMELI 20041015-
  code   SOMELI
  kind   person
  note   president of the Transitional National Government 27 Aug 2000 to 14 Oct 2004

actor ABDULLAHI_YUSUF_AHMED
  name   Abdullahi Yusuf Ahmed; Abdullahi Yusuf
  code   SOMELI -20041013
  code   SOMGOV 20041014-20081229
  code   SOMELI 20081230-
  code   SOMELI
  kind   person
  note   president 14 Oct 2004 to 29 Dec 2008. Puntland leader before; died 23 March 2012.

actor ADAN_MOHAMED_NUUR_MADOBE
  name   Adan Mohamed Nuur Madobe; Aden Madobe
  code   SOMELI -20081228
  code   SOMGOV 20081229-20090131
  code   SOMELI 20090201-
  code   SOMELI
  kind   person
  note   acting president 29 Dec 2008 to 31 Jan 2009. Parliament speaker.

actor SHARIF_SHEIKH_AHMED
  name   Sharif Sheikh Ahmed; Sheikh Sharif Sheikh Ahmed; Sheikh Sharif
  code   SOMELI -20090130
  code   SOMGOV 20090131-20120820
  code   SOMELI 20120821-
  code   SOMELI
  kind   person
  note   president 31 Jan 2009 to 20 Aug 2012. Islamic Courts Union leader before 2009.

# ---- Tanzania

actor BENJAMIN_MKAPA
  name   Benjamin Mkapa; Mkapa
  code   TZAELI -19951122
  code   TZAGOV 19951123-20051221
  code   TZAELI 20051222-
  code   TZAELI
  kind   person
  note   president 23 Nov 1995 to 21 Dec 2005. Died 24 July 2020.

# ---- Togo

actor GNASSINGBE_EYADEMA
  name   Gnassingbé Eyadéma; Eyadéma
  code   TGOELI -19670413
  code   TGOGOV 19670414-20050205
  code   TGOELI 20050206-
  code   TGOELI
  kind   person
  note   president 14 Apr 1967 to 05 Feb 2005. Died in office 5 February 2005.

actor ABASS_BONFOH
  name   Abass Bonfoh; Bonfoh
  code   TGOELI -20050224
  code   TGOGOV 20050225-20050504
  code   TGOELI 20050505-
  code   TGOELI
  kind   person
  note   interim president 25 Feb 2005 to 04 May 2005. National Assembly speaker.

# ---- Tunisia

actor FOUAD_MEBAZAA
  name   Fouad Mebazaa; Mebazaa
  code   TUNELI -20110114
  code   TUNGOV 20110115-20111213
  code   TUNELI 20111214-
  code   TUNELI
  kind   person
  note   interim president 15 Jan 2011 to 13 Dec 2011

actor MOHAMED_ENNACEUR
  name   Mohamed Ennaceur; Ennaceur
  code   TUNELI -20190724
  code   TUNGOV 20190725-20191023
  code   TUNELI 20191024-
  code   TUNELI
  kind   person
  note   interim president 25 Jul 2019 to 23 Oct 2019. Parliament speaker.

# ---- Zambia

actor FREDERICK_CHILUBA
  name   Frederick Chiluba; Chiluba
  code   ZMBELI -19911101
  code   ZMBGOV 19911102-20020102
  code   ZMBELI 20020103-
  code   ZMBELI
  kind   person
  note   president 02 Nov 1991 to 02 Jan 2002. Died 18 June 2011.

actor LEVY_MWANAWASA
  name   Levy Mwanawasa; Mwanawasa
  code   ZMBELI -20020101
  code   ZMBGOV 20020102-20080819
  code   ZMBELI 20080820-
  code   ZMBELI
  kind   person
  note   president 02 Jan 2002 to 19 Aug 2008. Died in office 19 August 2008.

actor RUPIAH_BANDA
  name   Rupiah Banda
  code   ZMBELI -20061008
  code   ZMBGOV 20061009-20110923
  code   ZMBELI 20110924-
  code   ZMBELI
  kind   person
  note   vice president 09 Oct 2006 to 19 Aug 2008; president 19 Aug 2008 to 23 Sep 2011. Acting president from 19 August 2008, elected 30 October 2008; died 11 March 2022.

actor GUY_SCOTT
  name   Guy Scott
  code   ZMBELI -20110928
  code   ZMBGOV 20110929-20150125
  code   ZMBELI 20150126-
  code   ZMBELI
  kind   person
  note   vice president 29 Sep 2011 to 28 Oct 2014; acting president 29 Oct 2014 to 25 Jan 2015

# ---- Heads of state: fixes

actor NEGASSO_GIDADA
  name   Negasso Gidada
  code   ETHELI -19950821
  code   ETHGOV 19950822-20011008
  code   ETHELI 20011009-
  code   ETHELI
  kind   person
  note   president 22 Aug 1995 to 08 Oct 2001. Died 27 April 2023.

actor MONIQUE_OHSAN_BELLEPEAU
  name   Monique Ohsan Bellepeau; Monique Ohsan-Bellepeau
  code   MUSELI -20101112?
  code   MUSGOV 20101113?-20160415?
  code   MUSELI 20160416?-
  code   MUSELI
  kind   person
  note   vice president 13 Nov 2010 (date uncertain) to 15 Apr 2016 (date uncertain); acting president 31 Mar 2012 to 21 Jul 2012; acting president 29 May 2015 to 05 Jun 2015

actor BARLEN_VYAPOORY
  name   Barlen Vyapoory
  code   MUSELI -20161113?
  code   MUSGOV 20161114?-20191202
  code   MUSELI 20191203-
  code   MUSELI
  kind   person
  note   vice president 14 Nov 2016 (date uncertain) to 02 Dec 2019; acting president 23 Mar 2018 to 02 Dec 2019

# ---- Algeria

actor AHMED_BENBITOUR
  name   Ahmed Benbitour; Benbitour
  code   DZAELI -19991222
  code   DZAGOV 19991223-20000826
  code   DZAELI 20000827-
  code   DZAELI
  kind   person
  note   prime minister 23 Dec 1999 to 26 Aug 2000

actor ALI_BENFLIS
  name   Ali Benflis; Benflis
  code   DZAELI -20000825
  code   DZAGOV 20000826-20030505
  code   DZAELI 20030506-
  code   DZAELI
  kind   person
  note   prime minister 26 Aug 2000 to 05 May 2003. Opposition presidential candidate 2004, 2014 and 2019.

actor AHMED_OUYAHIA
  name   Ahmed Ouyahia; Ouyahia
  code   DZAELI -20030504
  code   DZAGOV 20030505-20060524
  code   DZAELI 20060525-20080622
  code   DZAGOV 20080623-20120903
  code   DZAELI 20120904-20170814
  code   DZAGOV 20170815-20190311
  code   DZAELI 20190312-
  code   DZAELI
  kind   person
  note   prime minister 05 May 2003 to 24 May 2006; prime minister 23 Jun 2008 to 03 Sep 2012; prime minister 15 Aug 2017 to 11 Mar 2019. Also prime minister 1995-1998; jailed for corruption from June 2019.

actor ABDELAZIZ_BELKHADEM
  name   Abdelaziz Belkhadem; Belkhadem
  code   DZAELI -20000825
  code   DZAGOV 20000826-20050501
  code   DZAELI 20050502-20060523
  code   DZAGOV 20060524-20080623
  code   DZAELI 20080624-
  code   DZAELI
  kind   person
  note   foreign minister 26 Aug 2000 to 01 May 2005; prime minister 24 May 2006 to 23 Jun 2008

actor ABDELMALEK_SELLAL
  name   Abdelmalek Sellal; Sellal
  code   DZAELI -20120902
  code   DZAGOV 20120903-20170524
  code   DZAELI 20170525-
  code   DZAELI
  kind   person
  note   prime minister 03 Sep 2012 to 24 May 2017. On leave to run Bouteflika's campaign 13 March to 28 April 2014; jailed for corruption from June 2019.

actor NOUREDDINE_BEDOUI
  name   Noureddine Bedoui; Bedoui
  code   DZAELI -20150513?
  code   DZAGOV 20150514?-20191219
  code   DZAELI 20191220-
  code   DZAELI
  kind   person
  note   interior minister 14 May 2015 (date uncertain) to 11 Mar 2019; prime minister 11 Mar 2019 to 19 Dec 2019

actor ABDELAZIZ_DJERAD
  name   Abdelaziz Djerad; Djerad
  code   DZAELI -20191227
  code   DZAGOV 20191228-20210630
  code   DZAELI 20210701-
  code   DZAELI
  kind   person
  note   prime minister 28 Dec 2019 to 30 Jun 2021

actor AYMEN_BENABDERRAHMANE
  name   Aymen Benabderrahmane; Benabderrahmane
  code   DZAELI -20200622?
  code   DZAGOV 20200623?-20231111
  code   DZAELI 20231112-
  code   DZAELI
  kind   person
  note   finance minister 23 Jun 2020 (date uncertain) to 30 Jun 2021; prime minister 30 Jun 2021 to 11 Nov 2023

actor NADIR_LARBAOUI
  name   Nadir Larbaoui; Larbaoui
  code   DZAELI -20231110
  code   DZAGOV 20231111-20250828?
  code   DZAELI 20250829?-
  code   DZAELI
  kind   person
  note   prime minister 11 Nov 2023 to 28 Aug 2025 (date uncertain)

actor SIFI_GHRIEB
  name   Sifi Ghrieb; Ghrieb
  code   DZAELI -20250827?
  code   DZAGOV 20250828?-
  code   DZAGOV
  kind   person
  note   prime minister 28 Aug 2025 (date uncertain) to today. Acting from late August 2025, confirmed in September 2025 (dates uncertain).

actor MOHAMED_BEDJAOUI
  name   Mohamed Bedjaoui
  code   DZAELI -20050430
  code   DZAGOV 20050501-20070604
  code   DZAELI 20070605-
  code   DZAELI
  kind   person
  note   foreign minister 01 May 2005 to 04 Jun 2007. ICJ president 1994-1997.

actor MOURAD_MEDELCI
  name   Mourad Medelci; Medelci
  code   DZAELI -20070603
  code   DZAGOV 20070604-20130911
  code   DZAELI 20130912-
  code   DZAELI
  kind   person
  note   foreign minister 04 Jun 2007 to 11 Sep 2013. Died 28 January 2019.

actor ABDELKADER_MESSAHEL
  name   Abdelkader Messahel; Messahel
  code   DZAELI -20170524
  code   DZAGOV 20170525-20190311
  code   DZAELI 20190312-
  code   DZAELI
  kind   person
  note   foreign minister 25 May 2017 to 11 Mar 2019

actor AHMED_GAID_SALAH
  name   Ahmed Gaïd Salah; Gaid Salah; Gaïd Salah
  code   DZAELI -20040802
  code   DZAMIL 20040803-20130910
  code   DZAGOV 20130911-20191223
  code   DZAELI 20191224-
  code   DZAELI
  kind   person
  note   army chief of staff 03 Aug 2004 to 10 Sep 2013; deputy defence minister 11 Sep 2013 to 23 Dec 2019. Army chief of staff 2004-2019 and the power behind the 2019 transition; died 23 December 2019.

actor SAID_CHANEGRIHA
  name   Saïd Chanegriha; Said Chengriha; Chanegriha; Chengriha
  code   DZAELI -20191222
  code   DZAMIL 20191223-20241031
  code   DZAGOV 20241101?-
  code   DZAGOV
  kind   person
  note   army chief of staff 23 Dec 2019 to 31 Oct 2024; minister delegate for defence 01 Nov 2024 (date uncertain) to today. Army chief of staff from December 2019; also minister delegate to the defence minister from November 2024 (date uncertain).

# ---- Morocco

actor ABDERRAHMANE_YOUSSOUFI
  name   Abderrahmane Youssoufi; Youssoufi
  code   MARELI -19980313
  code   MARGOV 19980314-20021009
  code   MARELI 20021010-
  code   MARELI
  kind   person
  note   prime minister 14 Mar 1998 to 09 Oct 2002. Died 29 May 2020.

actor DRISS_JETTOU
  name   Driss Jettou; Jettou
  code   MARELI -20021008
  code   MARGOV 20021009-20070919
  code   MARELI 20070920-
  code   MARELI
  kind   person
  note   prime minister 09 Oct 2002 to 19 Sep 2007

actor ABBAS_EL_FASSI
  name   Abbas El Fassi; Abbas al-Fassi
  code   MARELI -20070918
  code   MARGOV 20070919-20111129
  code   MARELI 20111130-
  code   MARELI
  kind   person
  note   prime minister 19 Sep 2007 to 29 Nov 2011

actor MOHAMED_BENAISSA
  name   Mohamed Benaissa
  code   MARELI -19990405?
  code   MARGOV 19990406?-20071015
  code   MARELI 20071016-
  code   MARELI
  kind   person
  note   foreign minister 06 Apr 1999 (date uncertain) to 15 Oct 2007

actor TAIEB_FASSI_FIHRI
  name   Taieb Fassi Fihri; Taïeb Fassi-Fihri; Fassi Fihri
  code   MARELI -20071014
  code   MARGOV 20071015-20120103
  code   MARELI 20120104-
  code   MARELI
  kind   person
  note   foreign minister 15 Oct 2007 to 03 Jan 2012

actor SALAHEDDINE_MEZOUAR
  name   Salaheddine Mezouar; Mezouar
  code   MARELI -20131009
  code   MARGOV 20131010-20170405
  code   MARELI 20170406-
  code   MARELI
  kind   person
  note   foreign minister 10 Oct 2013 to 05 Apr 2017

actor ABDELLATIF_LOUDIYI
  name   Abdellatif Loudiyi; Loudiyi
  code   MARELI -20100728?
  code   MARGOV 20100729?-
  code   MARGOV
  kind   person
  note   minister delegate for national defence 29 Jul 2010 (date uncertain) to today. The king holds the defence portfolio.

# ---- Tunisia

actor MOHAMED_GHANNOUCHI
  name   Mohamed Ghannouchi
  code   TUNELI -19991116
  code   TUNGOV 19991117-20110227
  code   TUNELI 20110228-
  code   TUNELI
  kind   person
  note   prime minister 17 Nov 1999 to 27 Feb 2011

actor HAMADI_JEBALI
  name   Hamadi Jebali; Jebali
  code   TUNELI -20111223
  code   TUNGOV 20111224-20130314
  code   TUNELI 20130315-
  code   TUNELI
  kind   person
  note   prime minister 24 Dec 2011 to 14 Mar 2013

actor ALI_LAARAYEDH
  name   Ali Laarayedh; Ali Larayedh; Laarayedh
  code   TUNELI -20111223
  code   TUNGOV 20111224-20140129
  code   TUNELI 20140130-
  code   TUNELI
  kind   person
  note   interior minister 24 Dec 2011 to 14 Mar 2013; prime minister 14 Mar 2013 to 29 Jan 2014

actor MEHDI_JOMAA
  name   Mehdi Jomaa; Jomaa
  code   TUNELI -20140128
  code   TUNGOV 20140129-20150206
  code   TUNELI 20150207-
  code   TUNELI
  kind   person
  note   prime minister 29 Jan 2014 to 06 Feb 2015

actor HABIB_ESSID
  name   Habib Essid; Essid
  code   TUNELI -20150205
  code   TUNGOV 20150206-20160827
  code   TUNELI 20160828-
  code   TUNELI
  kind   person
  note   prime minister 06 Feb 2015 to 27 Aug 2016

actor YOUSSEF_CHAHED
  name   Youssef Chahed; Chahed
  code   TUNELI -20160826
  code   TUNGOV 20160827-20200227
  code   TUNELI 20200228-
  code   TUNELI
  kind   person
  note   prime minister 27 Aug 2016 to 27 Feb 2020

actor ELYES_FAKHFAKH
  name   Elyes Fakhfakh; Fakhfakh
  code   TUNELI -20200226
  code   TUNGOV 20200227-20200902
  code   TUNELI 20200903-
  code   TUNELI
  kind   person
  note   prime minister 27 Feb 2020 to 02 Sep 2020

actor HICHEM_MECHICHI
  name   Hichem Mechichi; Mechichi
  code   TUNELI -20200901
  code   TUNGOV 20200902-20210725
  code   TUNELI 20210726-
  code   TUNELI
  kind   person
  note   prime minister 02 Sep 2020 to 25 Jul 2021. Dismissed by Saied on 25 July 2021.

actor NAJLA_BOUDEN
  name   Najla Bouden; Najla Bouden Romdhane
  code   TUNELI -20211010
  code   TUNGOV 20211011-20230801
  code   TUNELI 20230802-
  code   TUNELI
  kind   person
  note   prime minister 11 Oct 2021 to 01 Aug 2023

actor AHMED_HACHANI
  name   Ahmed Hachani; Hachani
  code   TUNELI -20230731
  code   TUNGOV 20230801-20240807
  code   TUNELI 20240808-
  code   TUNELI
  kind   person
  note   prime minister 01 Aug 2023 to 07 Aug 2024

actor KAMEL_MADDOURI
  name   Kamel Maddouri; Kamel Madouri; Maddouri
  code   TUNELI -20240806
  code   TUNGOV 20240807-20250320
  code   TUNELI 20250321-
  code   TUNELI
  kind   person
  note   prime minister 07 Aug 2024 to 20 Mar 2025

actor SARRA_ZAAFRANI_ZENZRI
  name   Sarra Zaafrani Zenzri; Sara Zaafrani Zenzri; Zaafrani Zenzri
  code   TUNELI -20250320
  code   TUNGOV 20250321-
  code   TUNGOV
  kind   person
  note   prime minister 21 Mar 2025 to today

actor HABIB_BEN_YAHIA
  name   Habib Ben Yahia
  code   TUNELI -19991116?
  code   TUNGOV 19991117?-20041110?
  code   TUNELI 20041111?-
  code   TUNELI
  kind   person
  note   foreign minister 17 Nov 1999 (date uncertain) to 10 Nov 2004 (date uncertain)

actor ABDELWAHAB_ABDALLAH
  name   Abdelwahab Abdallah
  code   TUNELI -20050816?
  code   TUNGOV 20050817?-20100114
  code   TUNELI 20100115-
  code   TUNELI
  kind   person
  note   foreign minister 17 Aug 2005 (date uncertain) to 14 Jan 2010

actor KAMEL_MORJANE
  name   Kamel Morjane; Morjane
  code   TUNELI -20050816?
  code   TUNGOV 20050817?-20110127
  code   TUNELI 20110128-
  code   TUNELI
  kind   person
  note   defence minister 17 Aug 2005 (date uncertain) to 14 Jan 2010; foreign minister 14 Jan 2010 to 27 Jan 2011

actor RAFIK_ABDESSALEM
  name   Rafik Abdessalem; Rafik Abdessalem Bouchlaka
  code   TUNELI -20111223
  code   TUNGOV 20111224-20130314
  code   TUNELI 20130315-
  code   TUNELI
  kind   person
  note   foreign minister 24 Dec 2011 to 14 Mar 2013

actor OTHMAN_JERANDI
  name   Othman Jerandi; Jerandi
  code   TUNELI -20130313
  code   TUNGOV 20130314-20140129
  code   TUNELI 20140130-20200723?
  code   TUNGOV 20200724?-20230207
  code   TUNELI 20230208-
  code   TUNELI
  kind   person
  note   foreign minister 14 Mar 2013 to 29 Jan 2014; foreign minister 24 Jul 2020 (date uncertain) to 07 Feb 2023

actor MONGI_HAMDI
  name   Mongi Hamdi
  code   TUNELI -20140128
  code   TUNGOV 20140129-20150206
  code   TUNELI 20150207-
  code   TUNELI
  kind   person
  note   foreign minister 29 Jan 2014 to 06 Feb 2015

actor TAIEB_BACCOUCHE
  name   Taïeb Baccouche; Baccouche
  code   TUNELI -20150205
  code   TUNGOV 20150206-20160112
  code   TUNELI 20160113-
  code   TUNELI
  kind   person
  note   foreign minister 06 Feb 2015 to 12 Jan 2016. Arab Maghreb Union secretary-general from 2016.

actor KHEMAIES_JHINAOUI
  name   Khemaies Jhinaoui; Jhinaoui
  code   TUNELI -20160111
  code   TUNGOV 20160112-20191029
  code   TUNELI 20191030-
  code   TUNELI
  kind   person
  note   foreign minister 12 Jan 2016 to 29 Oct 2019

actor NOUREDDINE_ERRAY
  name   Noureddine Erray
  code   TUNELI -20200226
  code   TUNGOV 20200227-20200724?
  code   TUNELI 20200725?-
  code   TUNELI
  kind   person
  note   foreign minister 27 Feb 2020 to 24 Jul 2020 (date uncertain)

# ---- Libya

actor MUBARAK_AL_SHAMIKH
  name   Mubarak al-Shamikh; Mubarak Abdullah al-Shamikh
  code   LBYELI -20000229?
  code   LBYGOV 20000301?-20030614
  code   LBYELI 20030615-
  code   LBYELI
  kind   person
  note   general people's committee secretary 01 Mar 2000 (date uncertain) to 14 Jun 2003. Gaddafi-era prime minister.

actor SHUKRI_GHANEM
  name   Shukri Ghanem; Ghanem
  code   LBYELI -20030613
  code   LBYGOV 20030614-20060305
  code   LBYELI 20060306-
  code   LBYELI
  kind   person
  note   general people's committee secretary 14 Jun 2003 to 05 Mar 2006. Gaddafi-era prime minister, then oil chief; died 29 April 2012.

actor BAGHDADI_MAHMUDI
  name   Baghdadi Mahmudi; al-Baghdadi al-Mahmudi; Baghdadi al-Mahmoudi
  code   LBYELI -20060304
  code   LBYGOV 20060305-20110823
  code   LBYELI 20110824-
  code   LBYELI
  kind   person
  note   general people's committee secretary 05 Mar 2006 to 23 Aug 2011. Gaddafi's last prime minister.

actor MAHMOUD_JIBRIL
  name   Mahmoud Jibril
  code   LBYELI -20110304
  code   LBYGOV 20110305-20111023
  code   LBYELI 20111024-
  code   LBYELI
  kind   person
  note   National Transitional Council executive chairman 05 Mar 2011 to 23 Oct 2011. Died 5 April 2020.

actor ABDURRAHIM_EL_KEIB
  name   Abdurrahim El-Keib; Abdel Rahim al-Kib; al-Keib
  code   LBYELI -20111123
  code   LBYGOV 20111124-20121114
  code   LBYELI 20121115-
  code   LBYELI
  kind   person
  note   prime minister 24 Nov 2011 to 14 Nov 2012. Died 21 April 2020.

actor ALI_ZEIDAN
  name   Ali Zeidan; Zeidan
  code   LBYELI -20121113
  code   LBYGOV 20121114-20140311
  code   LBYELI 20140312-
  code   LBYELI
  kind   person
  note   prime minister 14 Nov 2012 to 11 Mar 2014

actor ABDULLAH_AL_THINNI
  name   Abdullah al-Thinni; Abdullah al-Thani; al-Thinni
  code   LBYELI -20130731?
  code   LBYGOV 20130801?-20210315
  code   LBYELI 20210316-
  code   LBYELI
  kind   person
  note   defence minister 01 Aug 2013 (date uncertain) to 11 Mar 2014; prime minister 11 Mar 2014 to 15 Mar 2021. From September 2014 head of the eastern government backed by the House of Representatives.

actor FATHI_BASHAGHA
  name   Fathi Bashagha; Bashagha
  code   LBYELI -20181006
  code   LBYGOV 20181007-20210315
  code   LBYELI 20210316-20220228
  code   LBYGOV 20220301-20230516
  code   LBYELI 20230517-
  code   LBYELI
  kind   person
  note   interior minister 07 Oct 2018 to 15 Mar 2021; prime minister 01 Mar 2022 to 16 May 2023. Prime minister named by the eastern-based House of Representatives, never seated in Tripoli; suspended May 2023.

actor OSAMA_HAMMAD
  name   Osama Hammad; Osama Hamad
  code   LBYELI -20230515?
  code   LBYGOV 20230516?-
  code   LBYGOV
  kind   person
  note   prime minister 16 May 2023 (date uncertain) to today. Heads the eastern government named by the House of Representatives (date uncertain).

actor ABDEL_RAHMAN_SHALGHAM
  name   Abdel Rahman Shalgham; Abdurrahman Shalgham; Shalgham
  code   LBYELI -20000229?
  code   LBYGOV 20000301?-20090304
  code   LBYELI 20090305-
  code   LBYELI
  kind   person
  note   foreign minister 01 Mar 2000 (date uncertain) to 04 Mar 2009. UN ambassador from 2009; defected in February 2011.

actor MOUSSA_KOUSSA
  name   Moussa Koussa; Musa Kusa; Koussa
  code   LBYELI -19931231?
  code   LBYGOV 19940101?-20110330
  code   LBYELI 20110331-
  code   LBYELI
  kind   person
  note   intelligence chief 01 Jan 1994 (date uncertain) to 03 Mar 2009; foreign minister 04 Mar 2009 to 30 Mar 2011. Defected on 30 March 2011.

actor ABDUL_ATI_AL_OBEIDI
  name   Abdul Ati al-Obeidi; Abdelati Obeidi
  code   LBYELI -20110330?
  code   LBYGOV 20110331?-20110823
  code   LBYELI 20110824-
  code   LBYELI
  kind   person
  note   foreign minister 31 Mar 2011 (date uncertain) to 23 Aug 2011

actor ASHOUR_BIN_KHAYAL
  name   Ashour Bin Khayal
  code   LBYELI -20111121
  code   LBYGOV 20111122-20121114
  code   LBYELI 20121115-
  code   LBYELI
  kind   person
  note   foreign minister 22 Nov 2011 to 14 Nov 2012

actor MOHAMED_TAHA_SIALA
  name   Mohamed Taha Siala; Mohamed Siala
  code   LBYELI -20160329?
  code   LBYGOV 20160330?-20210315
  code   LBYELI 20210316-
  code   LBYELI
  kind   person
  note   foreign minister 30 Mar 2016 (date uncertain) to 15 Mar 2021. Foreign minister of the Government of National Accord.

actor NAJLA_MANGOUSH
  name   Najla Mangoush; Najla el-Mangoush; Mangoush
  code   LBYELI -20210314
  code   LBYGOV 20210315-20230827
  code   LBYELI 20230828-
  code   LBYELI
  kind   person
  note   foreign minister 15 Mar 2021 to 27 Aug 2023. Suspended after meeting Israel's foreign minister in August 2023.

# ---- Cameroon

actor PETER_MAFANY_MUSONGE
  name   Peter Mafany Musonge; Mafany Musonge
  code   CMRELI -19960918
  code   CMRGOV 19960919-20041208
  code   CMRELI 20041209-
  code   CMRELI
  kind   person
  note   prime minister 19 Sep 1996 to 08 Dec 2004

actor EPHRAIM_INONI
  name   Ephraïm Inoni; Inoni
  code   CMRELI -20041207
  code   CMRGOV 20041208-20090630
  code   CMRELI 20090701-
  code   CMRELI
  kind   person
  note   prime minister 08 Dec 2004 to 30 Jun 2009

actor PHILEMON_YANG
  name   Philémon Yang; Philemon Yang
  code   CMRELI -20090629
  code   CMRGOV 20090630-20190104
  code   CMRELI 20190105-
  code   CMRELI
  kind   person
  note   prime minister 30 Jun 2009 to 04 Jan 2019. UN General Assembly president September 2024 to September 2025.

actor JOSEPH_DION_NGUTE
  name   Joseph Dion Ngute; Dion Ngute
  code   CMRELI -20190103
  code   CMRGOV 20190104-
  code   CMRGOV
  kind   person
  note   prime minister 04 Jan 2019 to today

actor HENRI_EYEBE_AYISSI
  name   Henri Eyebe Ayissi; Eyebe Ayissi
  code   CMRELI -20070906
  code   CMRGOV 20070907-20111209
  code   CMRELI 20111210-
  code   CMRELI
  kind   person
  note   foreign minister 07 Sep 2007 to 09 Dec 2011

actor PIERRE_MOUKOKO_MBONJO
  name   Pierre Moukoko Mbonjo; Moukoko Mbonjo
  code   CMRELI -20111208
  code   CMRGOV 20111209-20151002
  code   CMRELI 20151003-
  code   CMRELI
  kind   person
  note   foreign minister 09 Dec 2011 to 02 Oct 2015

actor LEJEUNE_MBELLA_MBELLA
  name   Lejeune Mbella Mbella; Mbella Mbella
  code   CMRELI -20151001
  code   CMRGOV 20151002-
  code   CMRGOV
  kind   person
  note   foreign minister 02 Oct 2015 to today

actor JOSEPH_BETI_ASSOMO
  name   Joseph Beti Assomo; Beti Assomo
  code   CMRELI -20151001
  code   CMRGOV 20151002-
  code   CMRGOV
  kind   person
  note   minister delegate for defence 02 Oct 2015 to today. The president holds the defence portfolio.

actor EDGARD_ALAIN_MEBE_NGOO
  name   Edgard Alain Mebe Ngo'o; Mebe Ngo'o
  code   CMRELI -20090629
  code   CMRGOV 20090630-20151002
  code   CMRELI 20151003-
  code   CMRELI
  kind   person
  note   minister delegate for defence 30 Jun 2009 to 02 Oct 2015

# ---- DR Congo

actor ANTOINE_GIZENGA
  name   Antoine Gizenga; Gizenga
  code   CODELI -20061229
  code   CODGOV 20061230-20081010
  code   CODELI 20081011-
  code   CODELI
  kind   person
  note   prime minister 30 Dec 2006 to 10 Oct 2008. Died 24 February 2019.

actor ADOLPHE_MUZITO
  name   Adolphe Muzito; Muzito
  code   CODELI -20081009
  code   CODGOV 20081010-20120306
  code   CODELI 20120307-
  code   CODELI
  kind   person
  note   prime minister 10 Oct 2008 to 06 Mar 2012

actor AUGUSTIN_MATATA_PONYO
  name   Augustin Matata Ponyo; Matata Ponyo
  code   CODELI -20120417
  code   CODGOV 20120418-20161117
  code   CODELI 20161118-
  code   CODELI
  kind   person
  note   prime minister 18 Apr 2012 to 17 Nov 2016

actor SAMY_BADIBANGA
  name   Samy Badibanga; Badibanga
  code   CODELI -20161116
  code   CODGOV 20161117-20170407
  code   CODELI 20170408-
  code   CODELI
  kind   person
  note   prime minister 17 Nov 2016 to 07 Apr 2017

actor BRUNO_TSHIBALA
  name   Bruno Tshibala
  code   CODELI -20170406
  code   CODGOV 20170407-20190826
  code   CODELI 20190827-
  code   CODELI
  kind   person
  note   prime minister 07 Apr 2017 to 26 Aug 2019

actor SYLVESTRE_ILUNGA
  name   Sylvestre Ilunga Ilunkamba; Sylvestre Ilunga; Ilunkamba
  code   CODELI -20190519
  code   CODGOV 20190520-20210427
  code   CODELI 20210428-
  code   CODELI
  kind   person
  note   prime minister 20 May 2019 to 27 Apr 2021. Appointed 20 May 2019; his government was seated on 26 August 2019.

actor JEAN_MICHEL_SAMA_LUKONDE
  name   Jean-Michel Sama Lukonde; Sama Lukonde
  code   CODELI -20210214
  code   CODGOV 20210215-20240612
  code   CODELI 20240613-
  code   CODELI
  kind   person
  note   prime minister 15 Feb 2021 to 12 Jun 2024

actor RAYMOND_TSHIBANDA
  name   Raymond Tshibanda
  code   CODELI -20120427?
  code   CODGOV 20120428?-20161219
  code   CODELI 20161220-
  code   CODELI
  kind   person
  note   foreign minister 28 Apr 2012 (date uncertain) to 19 Dec 2016

actor LEONARD_SHE_OKITUNDU
  name   Léonard She Okitundu; She Okitundu
  code   CODELI -20161218
  code   CODGOV 20161219-20190826
  code   CODELI 20190827-
  code   CODELI
  kind   person
  note   foreign minister 19 Dec 2016 to 26 Aug 2019

actor MARIE_TUMBA_NZEZA
  name   Marie Tumba Nzeza; Tumba Nzeza
  code   CODELI -20190825
  code   CODGOV 20190826-20210412
  code   CODELI 20210413-
  code   CODELI
  kind   person
  note   foreign minister 26 Aug 2019 to 12 Apr 2021

actor CHRISTOPHE_LUTUNDULA
  name   Christophe Lutundula; Lutundula
  code   CODELI -20210411
  code   CODGOV 20210412-20240529
  code   CODELI 20240530-
  code   CODELI
  kind   person
  note   foreign minister 12 Apr 2021 to 29 May 2024

actor JEAN_PIERRE_BEMBA
  name   Jean-Pierre Bemba; Bemba
  code   CODELI -20030629
  code   CODGOV 20030630-20061206
  code   CODELI 20061207-20230322
  code   CODGOV 20230323-20240529
  code   CODELI 20240530-
  code   CODELI
  kind   person
  note   vice president 30 Jun 2003 to 06 Dec 2006; defence minister 23 Mar 2023 to 29 May 2024. MLC leader; ICC detention 2008-2018 (war-crimes conviction overturned 2018); transport minister from 2024.

# ---- Republic of the Congo

actor ISIDORE_MVOUBA
  name   Isidore Mvouba; Mvouba
  code   COGELI -20050106
  code   COGGOV 20050107-20090915
  code   COGELI 20090916-
  code   COGELI
  kind   person
  note   prime minister 07 Jan 2005 to 15 Sep 2009

actor CLEMENT_MOUAMBA
  name   Clément Mouamba; Mouamba
  code   COGELI -20160422
  code   COGGOV 20160423-20210512
  code   COGELI 20210513-
  code   COGELI
  kind   person
  note   prime minister 23 Apr 2016 to 12 May 2021. Died 29 October 2021.

actor ANATOLE_COLLINET_MAKOSSO
  name   Anatole Collinet Makosso; Collinet Makosso
  code   COGELI -20210511
  code   COGGOV 20210512-
  code   COGGOV
  kind   person
  note   prime minister 12 May 2021 to today

actor RODOLPHE_ADADA
  name   Rodolphe Adada; Adada
  code   COGELI -19971101?
  code   COGGOV 19971102?-20070303
  code   COGELI 20070304-
  code   COGELI
  kind   person
  note   foreign minister 02 Nov 1997 (date uncertain) to 03 Mar 2007. Head of UNAMID 2007-2009.

actor BASILE_IKOUEBE
  name   Basile Ikouébé; Ikouébé
  code   COGELI -20070302
  code   COGGOV 20070303-20150810
  code   COGELI 20150811-
  code   COGELI
  kind   person
  note   foreign minister 03 Mar 2007 to 10 Aug 2015

actor JEAN_CLAUDE_GAKOSSO
  name   Jean-Claude Gakosso; Gakosso
  code   COGELI -20150809
  code   COGGOV 20150810-
  code   COGGOV
  kind   person
  note   foreign minister 10 Aug 2015 to today

# ---- Ivory Coast

actor PASCAL_AFFI_NGUESSAN
  name   Pascal Affi N'Guessan; Affi N'Guessan
  code   CIVELI -20001026
  code   CIVGOV 20001027-20030210
  code   CIVELI 20030211-
  code   CIVELI
  kind   person
  note   prime minister 27 Oct 2000 to 10 Feb 2003

actor SEYDOU_DIARRA
  name   Seydou Diarra
  code   CIVELI -20000117?
  code   CIVGOV 20000118?-20001024
  code   CIVELI 20001025-20030209
  code   CIVGOV 20030210-20051207
  code   CIVELI 20051208-
  code   CIVELI
  kind   person
  note   prime minister 18 Jan 2000 (date uncertain) to 24 Oct 2000; prime minister 10 Feb 2003 to 07 Dec 2005. Died 19 November 2020.

actor CHARLES_KONAN_BANNY
  name   Charles Konan Banny; Konan Banny
  code   CIVELI -20051206
  code   CIVGOV 20051207-20070404
  code   CIVELI 20070405-
  code   CIVELI
  kind   person
  note   prime minister 07 Dec 2005 to 04 Apr 2007. Died 10 September 2021.

actor GUILLAUME_SORO
  name   Guillaume Soro; Soro
  code   CIVELI -20070403
  code   CIVGOV 20070404-20120313
  code   CIVELI 20120314-
  code   CIVELI
  kind   person
  note   prime minister 04 Apr 2007 to 13 Mar 2012. Forces Nouvelles rebel leader before; National Assembly speaker 2012-2019; in exile from 2019.

actor JEANNOT_AHOUSSOU_KOUADIO
  name   Jeannot Ahoussou-Kouadio; Ahoussou-Kouadio
  code   CIVELI -20120312
  code   CIVGOV 20120313-20121121
  code   CIVELI 20121122-
  code   CIVELI
  kind   person
  note   prime minister 13 Mar 2012 to 21 Nov 2012

actor DANIEL_KABLAN_DUNCAN
  name   Daniel Kablan Duncan; Kablan Duncan
  code   CIVELI -20110531
  code   CIVGOV 20110601-20200713
  code   CIVELI 20200714-
  code   CIVELI
  kind   person
  note   foreign minister 01 Jun 2011 to 21 Nov 2012; prime minister 21 Nov 2012 to 10 Jan 2017; vice president 10 Jan 2017 to 13 Jul 2020. Also prime minister 1993-1999.

actor AMADOU_GON_COULIBALY
  name   Amadou Gon Coulibaly; Gon Coulibaly
  code   CIVELI -20170109
  code   CIVGOV 20170110-20200708
  code   CIVELI 20200709-
  code   CIVELI
  kind   person
  note   prime minister 10 Jan 2017 to 08 Jul 2020. Died in office 8 July 2020.

actor HAMED_BAKAYOKO
  name   Hamed Bakayoko
  code   CIVELI -20110531?
  code   CIVGOV 20110601?-20210310
  code   CIVELI 20210311-
  code   CIVELI
  kind   person
  note   interior minister 01 Jun 2011 (date uncertain) to 19 Jul 2017 (date uncertain); defence minister 19 Jul 2017 to 10 Mar 2021; prime minister 08 Jul 2020 to 10 Mar 2021. Acting prime minister from 8 July 2020, appointed 30 July 2020; died in office 10 March 2021.

actor PATRICK_ACHI
  name   Patrick Achi
  code   CIVELI -20210307
  code   CIVGOV 20210308-20231006
  code   CIVELI 20231007-
  code   CIVELI
  kind   person
  note   prime minister 08 Mar 2021 to 06 Oct 2023. Acting from 8 March 2021, appointed 26 March 2021.

actor ROBERT_BEUGRE_MAMBE
  name   Robert Beugré Mambé; Beugré Mambé
  code   CIVELI -20231015
  code   CIVGOV 20231016-
  code   CIVGOV
  kind   person
  note   prime minister 16 Oct 2023 to today

actor TENE_BIRAHIMA_OUATTARA
  name   Téné Birahima Ouattara
  code   CIVELI -20210405?
  code   CIVGOV 20210406?-
  code   CIVGOV
  kind   person
  note   defence minister 06 Apr 2021 (date uncertain) to today. The president's brother.

actor LEON_KACOU_ADOM
  name   Léon Kacou Adom; Kacou Adom
  code   CIVELI -20230418?
  code   CIVGOV 20230419?-
  code   CIVGOV
  kind   person
  note   foreign minister 19 Apr 2023 (date uncertain) to today

actor KANDIA_CAMARA
  name   Kandia Camara
  code   CIVELI -20210405?
  code   CIVGOV 20210406?-20230419?
  code   CIVELI 20230420?-
  code   CIVELI
  kind   person
  note   foreign minister 06 Apr 2021 (date uncertain) to 19 Apr 2023 (date uncertain)

actor MARCEL_AMON_TANOH
  name   Marcel Amon-Tanoh; Amon-Tanoh
  code   CIVELI -20160711?
  code   CIVGOV 20160712?-20200318?
  code   CIVELI 20200319?-
  code   CIVELI
  kind   person
  note   foreign minister 12 Jul 2016 (date uncertain) to 18 Mar 2020 (date uncertain)

# ---- Senegal

actor MOUSTAPHA_NIASSE
  name   Moustapha Niasse; Niasse
  code   SENELI -20000404
  code   SENGOV 20000405-20010303
  code   SENELI 20010304-
  code   SENELI
  kind   person
  note   prime minister 05 Apr 2000 to 03 Mar 2001. National Assembly president 2012-2022.

actor MAME_MADIOR_BOYE
  name   Mame Madior Boye
  code   SENELI -20010302
  code   SENGOV 20010303-20021104
  code   SENELI 20021105-
  code   SENELI
  kind   person
  note   prime minister 03 Mar 2001 to 04 Nov 2002

actor IDRISSA_SECK
  name   Idrissa Seck
  code   SENELI -20021103
  code   SENGOV 20021104-20040421
  code   SENELI 20040422-
  code   SENELI
  kind   person
  note   prime minister 04 Nov 2002 to 21 Apr 2004

actor CHEIKH_HADJIBOU_SOUMARE
  name   Cheikh Hadjibou Soumaré
  code   SENELI -20070618
  code   SENGOV 20070619-20090430
  code   SENELI 20090501-
  code   SENELI
  kind   person
  note   prime minister 19 Jun 2007 to 30 Apr 2009

actor SOULEYMANE_NDENE_NDIAYE
  name   Souleymane Ndéné Ndiaye
  code   SENELI -20090429
  code   SENGOV 20090430-20120404
  code   SENELI 20120405-
  code   SENELI
  kind   person
  note   prime minister 30 Apr 2009 to 04 Apr 2012

actor ABDOUL_MBAYE
  name   Abdoul Mbaye
  code   SENELI -20120403
  code   SENGOV 20120404-20130901
  code   SENELI 20130902-
  code   SENELI
  kind   person
  note   prime minister 04 Apr 2012 to 01 Sep 2013

actor AMINATA_TOURE
  name   Aminata Touré; Mimi Touré
  code   SENELI -20130831
  code   SENGOV 20130901-20140704
  code   SENELI 20140705-
  code   SENELI
  kind   person
  note   prime minister 01 Sep 2013 to 04 Jul 2014

actor MAHAMMED_BOUN_ABDALLAH_DIONNE
  name   Mahammed Boun Abdallah Dionne; Mahammed Dionne; Boun Abdallah Dionne
  code   SENELI -20140705
  code   SENGOV 20140706-20190514
  code   SENELI 20190515-
  code   SENELI
  kind   person
  note   prime minister 06 Jul 2014 to 14 May 2019. The post was abolished from May 2019 to September 2022.

actor AMADOU_BA
  name   Amadou Ba
  code   SENELI -20190406?
  code   SENGOV 20190407?-20201101?
  code   SENELI 20201102?-20220916
  code   SENGOV 20220917-20240306
  code   SENELI 20240307-
  code   SENELI
  kind   person
  note   foreign minister 07 Apr 2019 (date uncertain) to 01 Nov 2020 (date uncertain); prime minister 17 Sep 2022 to 06 Mar 2024

actor SIDIKI_KABA
  name   Sidiki Kaba
  code   SENELI -20170905?
  code   SENGOV 20170906?-20220917?
  code   SENELI 20220918?-20240305
  code   SENGOV 20240306-20240402
  code   SENELI 20240403-
  code   SENELI
  kind   person
  note   foreign minister 06 Sep 2017 (date uncertain) to 07 Apr 2019 (date uncertain); armed forces minister 07 Apr 2019 (date uncertain) to 17 Sep 2022 (date uncertain); prime minister 06 Mar 2024 to 02 Apr 2024

actor CHEIKH_TIDIANE_GADIO
  name   Cheikh Tidiane Gadio; Tidiane Gadio
  code   SENELI -20000404?
  code   SENGOV 20000405?-20091001?
  code   SENELI 20091002?-
  code   SENELI
  kind   person
  note   foreign minister 05 Apr 2000 (date uncertain) to 01 Oct 2009 (date uncertain)

actor MANKEUR_NDIAYE
  name   Mankeur Ndiaye
  code   SENELI -20121028?
  code   SENGOV 20121029?-20170906?
  code   SENELI 20170907?-
  code   SENELI
  kind   person
  note   foreign minister 29 Oct 2012 (date uncertain) to 06 Sep 2017 (date uncertain)

actor YASSINE_FALL
  name   Yassine Fall
  code   SENELI -20240404?
  code   SENGOV 20240405?-20250906?
  code   SENELI 20250907?-
  code   SENELI
  kind   person
  note   foreign minister 05 Apr 2024 (date uncertain) to 06 Sep 2025 (date uncertain)

# ---- Mali

actor MANDE_SIDIBE
  name   Mandé Sidibé
  code   MLIELI -20000220
  code   MLIGOV 20000221-20020318
  code   MLIELI 20020319-
  code   MLIELI
  kind   person
  note   prime minister 21 Feb 2000 to 18 Mar 2002

actor AHMED_MOHAMED_AG_HAMANI
  name   Ahmed Mohamed ag Hamani; Ag Hamani
  code   MLIELI -20020608
  code   MLIGOV 20020609-20040429
  code   MLIELI 20040430-
  code   MLIELI
  kind   person
  note   prime minister 09 Jun 2002 to 29 Apr 2004

actor OUSMANE_ISSOUFI_MAIGA
  name   Ousmane Issoufi Maïga
  code   MLIELI -20040428
  code   MLIGOV 20040429-20070928
  code   MLIELI 20070929-
  code   MLIELI
  kind   person
  note   prime minister 29 Apr 2004 to 28 Sep 2007

actor MODIBO_SIDIBE
  name   Modibo Sidibé
  code   MLIELI -19970915?
  code   MLIGOV 19970916?-20020318?
  code   MLIELI 20020319?-20070927
  code   MLIGOV 20070928-20110403
  code   MLIELI 20110404-
  code   MLIELI
  kind   person
  note   foreign minister 16 Sep 1997 (date uncertain) to 18 Mar 2002 (date uncertain); prime minister 28 Sep 2007 to 03 Apr 2011

actor CISSE_MARIAM_KAIDAMA_SIDIBE
  name   Cissé Mariam Kaïdama Sidibé; Mariam Kaïdama Sidibé
  code   MLIELI -20110402
  code   MLIGOV 20110403-20120322
  code   MLIELI 20120323-
  code   MLIELI
  kind   person
  note   prime minister 03 Apr 2011 to 22 Mar 2012

actor CHEICK_MODIBO_DIARRA
  name   Cheick Modibo Diarra
  code   MLIELI -20120416
  code   MLIGOV 20120417-20121211
  code   MLIELI 20121212-
  code   MLIELI
  kind   person
  note   prime minister 17 Apr 2012 to 11 Dec 2012. Forced to resign by the junta on 11 December 2012.

actor DJANGO_SISSOKO
  name   Django Sissoko; Diango Cissoko
  code   MLIELI -20121210
  code   MLIGOV 20121211-20130905
  code   MLIELI 20130906-
  code   MLIELI
  kind   person
  note   prime minister 11 Dec 2012 to 05 Sep 2013

actor OUMAR_TATAM_LY
  name   Oumar Tatam Ly; Tatam Ly
  code   MLIELI -20130904
  code   MLIGOV 20130905-20140405
  code   MLIELI 20140406-
  code   MLIELI
  kind   person
  note   prime minister 05 Sep 2013 to 05 Apr 2014

actor MOUSSA_MARA
  name   Moussa Mara
  code   MLIELI -20140404
  code   MLIGOV 20140405-20150109
  code   MLIELI 20150110-
  code   MLIELI
  kind   person
  note   prime minister 05 Apr 2014 to 09 Jan 2015

actor MODIBO_KEITA_PM
  name   Modibo Keïta
  code   MLIELI -20020317
  code   MLIGOV 20020318-20020608
  code   MLIELI 20020609-20150108
  code   MLIGOV 20150109-20170408
  code   MLIELI 20170409-
  code   MLIELI
  kind   person
  note   prime minister 18 Mar 2002 to 08 Jun 2002; prime minister 09 Jan 2015 to 08 Apr 2017. Also the name of Mali's first president (1960-1968). Died 2 October 2021.

actor ABDOULAYE_IDRISSA_MAIGA
  name   Abdoulaye Idrissa Maïga
  code   MLIELI -20160904?
  code   MLIGOV 20160905?-20171230
  code   MLIELI 20171231-
  code   MLIELI
  kind   person
  note   defence minister 05 Sep 2016 (date uncertain) to 08 Apr 2017; prime minister 08 Apr 2017 to 30 Dec 2017

actor SOUMEYLOU_BOUBEYE_MAIGA
  name   Soumeylou Boubèye Maïga; Boubèye Maïga
  code   MLIELI -20110405
  code   MLIGOV 20110406-20120322
  code   MLIELI 20120323-20130904?
  code   MLIGOV 20130905?-20140527?
  code   MLIELI 20140528?-20171229
  code   MLIGOV 20171230-20190422
  code   MLIELI 20190423-
  code   MLIELI
  kind   person
  note   foreign minister 06 Apr 2011 to 22 Mar 2012; defence minister 05 Sep 2013 (date uncertain) to 27 May 2014 (date uncertain); prime minister 30 Dec 2017 to 22 Apr 2019. Died in detention 21 March 2022.

actor BOUBOU_CISSE
  name   Boubou Cissé
  code   MLIELI -20190421
  code   MLIGOV 20190422-20200818
  code   MLIELI 20200819-
  code   MLIELI
  kind   person
  note   prime minister 22 Apr 2019 to 18 Aug 2020

actor MOCTAR_OUANE
  name   Moctar Ouane
  code   MLIELI -20040501
  code   MLIGOV 20040502-20110406
  code   MLIELI 20110407-20200926
  code   MLIGOV 20200927-20210524
  code   MLIELI 20210525-
  code   MLIELI
  kind   person
  note   foreign minister 02 May 2004 to 06 Apr 2011; prime minister 27 Sep 2020 to 24 May 2021. Detained in the coup of 24 May 2021.

actor TIEBILE_DRAME
  name   Tiébilé Dramé; Tiebile Drame
  code   MLIELI -20190504?
  code   MLIGOV 20190505?-20200818
  code   MLIELI 20200819-
  code   MLIELI
  kind   person
  note   foreign minister 05 May 2019 (date uncertain) to 18 Aug 2020

# ---- Burkina Faso

actor KADRE_DESIRE_OUEDRAOGO
  name   Kadré Désiré Ouédraogo
  code   BFAELI -19960205
  code   BFAGOV 19960206-20001107
  code   BFAELI 20001108-
  code   BFAELI
  kind   person
  note   prime minister 06 Feb 1996 to 07 Nov 2000. ECOWAS Commission president 2012-2016.

actor PARAMANGA_ERNEST_YONLI
  name   Paramanga Ernest Yonli; Ernest Yonli
  code   BFAELI -20001106
  code   BFAGOV 20001107-20070604
  code   BFAELI 20070605-
  code   BFAELI
  kind   person
  note   prime minister 07 Nov 2000 to 04 Jun 2007

actor TERTIUS_ZONGO
  name   Tertius Zongo
  code   BFAELI -20070603
  code   BFAGOV 20070604-20110418
  code   BFAELI 20110419-
  code   BFAELI
  kind   person
  note   prime minister 04 Jun 2007 to 18 Apr 2011

actor LUC_ADOLPHE_TIAO
  name   Luc-Adolphe Tiao
  code   BFAELI -20110417
  code   BFAGOV 20110418-20141102
  code   BFAELI 20141103-
  code   BFAELI
  kind   person
  note   prime minister 18 Apr 2011 to 02 Nov 2014

actor PAUL_KABA_THIEBA
  name   Paul Kaba Thiéba
  code   BFAELI -20160106
  code   BFAGOV 20160107-20190121
  code   BFAELI 20190122-
  code   BFAELI
  kind   person
  note   prime minister 07 Jan 2016 to 21 Jan 2019

actor CHRISTOPHE_DABIRE
  name   Christophe Dabiré; Christophe Joseph Marie Dabiré
  code   BFAELI -20190120
  code   BFAGOV 20190121-20211210
  code   BFAELI 20211211-
  code   BFAELI
  kind   person
  note   prime minister 21 Jan 2019 to 10 Dec 2021

actor LASSINA_ZERBO
  name   Lassina Zerbo
  code   BFAELI -20211209
  code   BFAGOV 20211210-20220124
  code   BFAELI 20220125-
  code   BFAELI
  kind   person
  note   prime minister 10 Dec 2021 to 24 Jan 2022. CTBTO executive secretary 2013-2021.

actor ALBERT_OUEDRAOGO
  name   Albert Ouédraogo
  code   BFAELI -20220302
  code   BFAGOV 20220303-20220930?
  code   BFAELI 20221001?-
  code   BFAELI
  kind   person
  note   prime minister 03 Mar 2022 to 30 Sep 2022 (date uncertain)

actor JEAN_EMMANUEL_OUEDRAOGO
  name   Jean Emmanuel Ouédraogo; Rimtalba Jean Emmanuel Ouédraogo
  code   BFAELI -20221024?
  code   BFAGOV 20221025?-
  code   BFAGOV
  kind   person
  note   information minister 25 Oct 2022 (date uncertain) to 07 Dec 2024; prime minister 07 Dec 2024 to today

actor ALPHA_BARRY
  name   Alpha Barry
  code   BFAELI -20160111?
  code   BFAGOV 20160112?-20210110?
  code   BFAELI 20210111?-
  code   BFAELI
  kind   person
  note   foreign minister 12 Jan 2016 (date uncertain) to 10 Jan 2021 (date uncertain)

actor DJIBRILL_BASSOLE
  name   Djibrill Bassolé; Bassolé
  code   BFAELI -20070609?
  code   BFAGOV 20070610?-20080701?
  code   BFAELI 20080702?-20110420?
  code   BFAGOV 20110421?-20141031
  code   BFAELI 20141101-
  code   BFAELI
  kind   person
  note   foreign minister 10 Jun 2007 (date uncertain) to 01 Jul 2008 (date uncertain); foreign minister 21 Apr 2011 (date uncertain) to 31 Oct 2014. Joint AU-UN mediator for Darfur 2008-2011.

actor KARAMOKO_JEAN_MARIE_TRAORE
  name   Karamoko Jean-Marie Traoré
  code   BFAELI -20230524?
  code   BFAGOV 20230525?-
  code   BFAGOV
  kind   person
  note   foreign minister 25 May 2023 (date uncertain) to today

# ---- Niger

actor HAMA_AMADOU
  name   Hama Amadou
  code   NERELI -19991231
  code   NERGOV 20000101-20070607
  code   NERELI 20070608-
  code   NERELI
  kind   person
  note   prime minister 01 Jan 2000 to 07 Jun 2007. Opposition leader later; died 9 January 2024.

actor SEYNI_OUMAROU
  name   Seyni Oumarou
  code   NERELI -20070606
  code   NERGOV 20070607-20090923
  code   NERELI 20090924-
  code   NERELI
  kind   person
  note   prime minister 07 Jun 2007 to 23 Sep 2009

actor MAHAMADOU_DANDA
  name   Mahamadou Danda
  code   NERELI -20100222
  code   NERGOV 20100223-20110407
  code   NERELI 20110408-
  code   NERELI
  kind   person
  note   prime minister 23 Feb 2010 to 07 Apr 2011

actor BRIGI_RAFINI
  name   Brigi Rafini; Rafini
  code   NERELI -20110406
  code   NERGOV 20110407-20210403
  code   NERELI 20210404-
  code   NERELI
  kind   person
  note   prime minister 07 Apr 2011 to 03 Apr 2021

actor OUHOUMOUDOU_MAHAMADOU
  name   Ouhoumoudou Mahamadou
  code   NERELI -20210402
  code   NERGOV 20210403-20230726
  code   NERELI 20230727-
  code   NERELI
  kind   person
  note   prime minister 03 Apr 2021 to 26 Jul 2023

actor HASSOUMI_MASSAOUDOU
  name   Hassoumi Massaoudou; Massaoudou
  code   NERELI -20210406?
  code   NERGOV 20210407?-20230726
  code   NERELI 20230727-
  code   NERELI
  kind   person
  note   foreign minister 07 Apr 2021 (date uncertain) to 26 Jul 2023

actor BAKARY_YAOU_SANGARE
  name   Bakary Yaou Sangaré
  code   NERELI -20230809?
  code   NERGOV 20230810?-
  code   NERGOV
  kind   person
  note   foreign minister 10 Aug 2023 (date uncertain) to today

actor SALIFOU_MODY
  name   Salifou Mody
  code   NERELI -20230809?
  code   NERGOV 20230810?-
  code   NERGOV
  kind   person
  note   defence minister 10 Aug 2023 (date uncertain) to today

# ---- Chad

actor NAGOUM_YAMASSOUM
  name   Nagoum Yamassoum
  code   TCDELI -19991212
  code   TCDGOV 19991213-20020612
  code   TCDELI 20020613-
  code   TCDELI
  kind   person
  note   prime minister 13 Dec 1999 to 12 Jun 2002

actor HAROUN_KABADI
  name   Haroun Kabadi
  code   TCDELI -20020611
  code   TCDGOV 20020612-20030624
  code   TCDELI 20030625-
  code   TCDELI
  kind   person
  note   prime minister 12 Jun 2002 to 24 Jun 2003

actor PASCAL_YOADIMNADJI
  name   Pascal Yoadimnadji
  code   TCDELI -20050203
  code   TCDGOV 20050204-20070223
  code   TCDELI 20070224-
  code   TCDELI
  kind   person
  note   prime minister 04 Feb 2005 to 23 Feb 2007. Died in office 23 February 2007.

actor DELWA_KASSIRE_KOUMAKOYE
  name   Delwa Kassiré Koumakoye; Kassiré Koumakoye
  code   TCDELI -20070225
  code   TCDGOV 20070226-20080416
  code   TCDELI 20080417-
  code   TCDELI
  kind   person
  note   prime minister 26 Feb 2007 to 16 Apr 2008

actor YOUSSOUF_SALEH_ABBAS
  name   Youssouf Saleh Abbas
  code   TCDELI -20080415
  code   TCDGOV 20080416-20100305
  code   TCDELI 20100306-
  code   TCDELI
  kind   person
  note   prime minister 16 Apr 2008 to 05 Mar 2010

actor EMMANUEL_NADINGAR
  name   Emmanuel Nadingar
  code   TCDELI -20100304
  code   TCDGOV 20100305-20130121
  code   TCDELI 20130122-
  code   TCDELI
  kind   person
  note   prime minister 05 Mar 2010 to 21 Jan 2013

actor JOSEPH_DJIMRANGAR_DADNADJI
  name   Joseph Djimrangar Dadnadji
  code   TCDELI -20130120
  code   TCDGOV 20130121-20131121
  code   TCDELI 20131122-
  code   TCDELI
  kind   person
  note   prime minister 21 Jan 2013 to 21 Nov 2013

actor KALZEUBET_PAHIMI_DEUBET
  name   Kalzeubet Pahimi Deubet
  code   TCDELI -20131120
  code   TCDGOV 20131121-20160213
  code   TCDELI 20160214-
  code   TCDELI
  kind   person
  note   prime minister 21 Nov 2013 to 13 Feb 2016

actor ALBERT_PAHIMI_PADACKE
  name   Albert Pahimi Padacké; Pahimi Padacké
  code   TCDELI -20160214
  code   TCDGOV 20160215-20180503
  code   TCDELI 20180504-20210425
  code   TCDGOV 20210426-20221012
  code   TCDELI 20221013-
  code   TCDELI
  kind   person
  note   prime minister 15 Feb 2016 to 03 May 2018; prime minister 26 Apr 2021 to 12 Oct 2022. The post was abolished from May 2018 to April 2021.

actor SALEH_KEBZABO
  name   Saleh Kebzabo; Kebzabo
  code   TCDELI -20221011
  code   TCDGOV 20221012-20240101
  code   TCDELI 20240102-
  code   TCDELI
  kind   person
  note   prime minister 12 Oct 2022 to 01 Jan 2024

actor SUCCES_MASRA
  name   Succès Masra; Masra
  code   TCDELI -20231231
  code   TCDGOV 20240101-20240522
  code   TCDELI 20240523-
  code   TCDELI
  kind   person
  note   prime minister 01 Jan 2024 to 22 May 2024. Opposition leader; sentenced to prison in August 2025 (reported).

actor ALLAMAYE_HALINA
  name   Allamaye Halina
  code   TCDELI -20240522
  code   TCDGOV 20240523-
  code   TCDGOV
  kind   person
  note   prime minister 23 May 2024 to today

# ---- Guinea

actor LAMINE_SIDIME
  name   Lamine Sidimé
  code   GINELI -19990307
  code   GINGOV 19990308-20040223
  code   GINELI 20040224-
  code   GINELI
  kind   person
  note   prime minister 08 Mar 1999 to 23 Feb 2004

actor CELLOU_DALEIN_DIALLO
  name   Cellou Dalein Diallo; Cellou Diallo
  code   GINELI -20041208
  code   GINGOV 20041209-20060405
  code   GINELI 20060406-
  code   GINELI
  kind   person
  note   prime minister 09 Dec 2004 to 05 Apr 2006. Opposition leader.

actor LANSANA_KOUYATE
  name   Lansana Kouyaté; Kouyaté
  code   GINELI -20070228
  code   GINGOV 20070301-20080520
  code   GINELI 20080521-
  code   GINELI
  kind   person
  note   prime minister 01 Mar 2007 to 20 May 2008

actor AHMED_TIDIANE_SOUARE
  name   Ahmed Tidiane Souaré
  code   GINELI -20080519
  code   GINGOV 20080520-20081224
  code   GINELI 20081225-
  code   GINELI
  kind   person
  note   prime minister 20 May 2008 to 24 Dec 2008

actor KABINE_KOMARA
  name   Kabiné Komara
  code   GINELI -20081229
  code   GINGOV 20081230-20100126
  code   GINELI 20100127-
  code   GINELI
  kind   person
  note   prime minister 30 Dec 2008 to 26 Jan 2010

actor JEAN_MARIE_DORE
  name   Jean-Marie Doré
  code   GINELI -20100125
  code   GINGOV 20100126-20101224
  code   GINELI 20101225-
  code   GINELI
  kind   person
  note   prime minister 26 Jan 2010 to 24 Dec 2010. Died 29 January 2016.

actor MOHAMED_SAID_FOFANA
  name   Mohamed Saïd Fofana
  code   GINELI -20101223
  code   GINGOV 20101224-20151229
  code   GINELI 20151230-
  code   GINELI
  kind   person
  note   prime minister 24 Dec 2010 to 29 Dec 2015

actor MAMADY_YOULA
  name   Mamady Youla
  code   GINELI -20151228
  code   GINGOV 20151229-20180524
  code   GINELI 20180525-
  code   GINELI
  kind   person
  note   prime minister 29 Dec 2015 to 24 May 2018

actor IBRAHIMA_KASSORY_FOFANA
  name   Ibrahima Kassory Fofana; Kassory Fofana
  code   GINELI -20180523
  code   GINGOV 20180524-20210905
  code   GINELI 20210906-
  code   GINELI
  kind   person
  note   prime minister 24 May 2018 to 05 Sep 2021

actor MOHAMED_BEAVOGUI
  name   Mohamed Béavogui
  code   GINELI -20211005
  code   GINGOV 20211006-20220716
  code   GINELI 20220717-
  code   GINELI
  kind   person
  note   prime minister 06 Oct 2021 to 16 Jul 2022

actor BERNARD_GOUMOU
  name   Bernard Goumou
  code   GINELI -20220715
  code   GINGOV 20220716-20240219
  code   GINELI 20240220-
  code   GINELI
  kind   person
  note   prime minister 16 Jul 2022 to 19 Feb 2024. Acting from 16 July 2022, appointed 20 August 2022.

actor AMADOU_OURY_BAH
  name   Amadou Oury Bah; Bah Oury
  code   GINELI -20240226
  code   GINGOV 20240227-
  code   GINGOV
  kind   person
  note   prime minister 27 Feb 2024 to today

# ---- Madagascar

actor TANTELY_ANDRIANARIVO
  name   Tantely Andrianarivo
  code   MDGELI -19980722
  code   MDGGOV 19980723-20020531?
  code   MDGELI 20020601?-
  code   MDGELI
  kind   person
  note   prime minister 23 Jul 1998 to 31 May 2002 (date uncertain)

actor JACQUES_SYLLA
  name   Jacques Sylla
  code   MDGELI -20020530?
  code   MDGGOV 20020531?-20070120
  code   MDGELI 20070121-
  code   MDGELI
  kind   person
  note   prime minister 31 May 2002 (date uncertain) to 20 Jan 2007. Died 26 December 2009.

actor CHARLES_RABEMANANJARA
  name   Charles Rabemananjara
  code   MDGELI -20070119
  code   MDGGOV 20070120-20090317
  code   MDGELI 20090318-
  code   MDGELI
  kind   person
  note   prime minister 20 Jan 2007 to 17 Mar 2009

actor MONJA_ROINDEFO
  name   Monja Roindefo
  code   MDGELI -20090316
  code   MDGGOV 20090317-20091010?
  code   MDGELI 20091011?-
  code   MDGELI
  kind   person
  note   prime minister 17 Mar 2009 to 10 Oct 2009 (date uncertain)

actor ALBERT_CAMILLE_VITAL
  name   Albert Camille Vital; Camille Vital
  code   MDGELI -20091219
  code   MDGGOV 20091220-20111028
  code   MDGELI 20111029-
  code   MDGELI
  kind   person
  note   prime minister 20 Dec 2009 to 28 Oct 2011

actor OMER_BERIZIKY
  name   Omer Beriziky
  code   MDGELI -20111101
  code   MDGGOV 20111102-20140416
  code   MDGELI 20140417-
  code   MDGELI
  kind   person
  note   prime minister 02 Nov 2011 to 16 Apr 2014

actor ROGER_KOLO
  name   Roger Kolo; Kolo Roger
  code   MDGELI -20140415
  code   MDGGOV 20140416-20150117
  code   MDGELI 20150118-
  code   MDGELI
  kind   person
  note   prime minister 16 Apr 2014 to 17 Jan 2015

actor JEAN_RAVELONARIVO
  name   Jean Ravelonarivo
  code   MDGELI -20150116
  code   MDGGOV 20150117-20160410
  code   MDGELI 20160411-
  code   MDGELI
  kind   person
  note   prime minister 17 Jan 2015 to 10 Apr 2016

actor OLIVIER_MAHAFALY_SOLONANDRASANA
  name   Olivier Mahafaly Solonandrasana; Olivier Mahafaly
  code   MDGELI -20160409
  code   MDGGOV 20160410-20180604
  code   MDGELI 20180605-
  code   MDGELI
  kind   person
  note   prime minister 10 Apr 2016 to 04 Jun 2018

actor CHRISTIAN_NTSAY
  name   Christian Ntsay; Ntsay
  code   MDGELI -20180605
  code   MDGGOV 20180606-20250929?
  code   MDGELI 20250930?-
  code   MDGELI
  kind   person
  note   prime minister 06 Jun 2018 to 29 Sep 2025 (date uncertain). Dismissed with his government in the protests of September-October 2025 (date uncertain).

# ---- Mozambique

actor PASCOAL_MOCUMBI
  name   Pascoal Mocumbi
  code   MOZELI -19941215
  code   MOZGOV 19941216-20040217
  code   MOZELI 20040218-
  code   MOZELI
  kind   person
  note   prime minister 16 Dec 1994 to 17 Feb 2004

actor LUISA_DIOGO
  name   Luísa Diogo
  code   MOZELI -20040216
  code   MOZGOV 20040217-20100116
  code   MOZELI 20100117-
  code   MOZELI
  kind   person
  note   prime minister 17 Feb 2004 to 16 Jan 2010

actor AIRES_ALI
  name   Aires Ali
  code   MOZELI -20100115
  code   MOZGOV 20100116-20121008
  code   MOZELI 20121009-
  code   MOZELI
  kind   person
  note   prime minister 16 Jan 2010 to 08 Oct 2012

actor ALBERTO_VAQUINA
  name   Alberto Vaquina
  code   MOZELI -20121007
  code   MOZGOV 20121008-20150117
  code   MOZELI 20150118-
  code   MOZELI
  kind   person
  note   prime minister 08 Oct 2012 to 17 Jan 2015

actor CARLOS_AGOSTINHO_DO_ROSARIO
  name   Carlos Agostinho do Rosário
  code   MOZELI -20150116
  code   MOZGOV 20150117-20220303
  code   MOZELI 20220304-
  code   MOZELI
  kind   person
  note   prime minister 17 Jan 2015 to 03 Mar 2022

actor ADRIANO_MALEIANE
  name   Adriano Maleiane
  code   MOZELI -20220302
  code   MOZGOV 20220303-20250117?
  code   MOZELI 20250118?-
  code   MOZELI
  kind   person
  note   prime minister 03 Mar 2022 to 17 Jan 2025 (date uncertain)

actor MARIA_BENVINDA_LEVI
  name   Maria Benvinda Levi; Benvinda Levi
  code   MOZELI -20250116?
  code   MOZGOV 20250117?-
  code   MOZGOV
  kind   person
  note   prime minister 17 Jan 2025 (date uncertain) to today

# ---- Namibia

actor THEO_BEN_GURIRAB
  name   Theo-Ben Gurirab; Gurirab
  code   NAMELI -19900320
  code   NAMGOV 19900321-20050321
  code   NAMELI 20050322-
  code   NAMELI
  kind   person
  note   foreign minister 21 Mar 1990 to 28 Aug 2002; prime minister 28 Aug 2002 to 21 Mar 2005. UN General Assembly president 1999-2000; died 14 July 2018.

actor NAHAS_ANGULA
  name   Nahas Angula
  code   NAMELI -20050320
  code   NAMGOV 20050321-20150320
  code   NAMELI 20150321-
  code   NAMELI
  kind   person
  note   prime minister 21 Mar 2005 to 04 Dec 2012; defence minister 05 Dec 2012 to 20 Mar 2015

actor SAARA_KUUGONGELWA
  name   Saara Kuugongelwa-Amadhila; Saara Kuugongelwa; Kuugongelwa-Amadhila
  code   NAMELI -20150320
  code   NAMGOV 20150321-20250321
  code   NAMELI 20250322-
  code   NAMELI
  kind   person
  note   prime minister 21 Mar 2015 to 21 Mar 2025

actor ELIJAH_NGURARE
  name   Elijah Ngurare; Ngurare
  code   NAMELI -20250320
  code   NAMGOV 20250321-
  code   NAMGOV
  kind   person
  note   prime minister 21 Mar 2025 to today

# ---- Rwanda

actor BERNARD_MAKUZA
  name   Bernard Makuza; Makuza
  code   RWAELI -20000307
  code   RWAGOV 20000308-20111007
  code   RWAELI 20111008-
  code   RWAELI
  kind   person
  note   prime minister 08 Mar 2000 to 07 Oct 2011

actor PIERRE_HABUMUREMYI
  name   Pierre Habumuremyi; Habumuremyi
  code   RWAELI -20111006
  code   RWAGOV 20111007-20140724
  code   RWAELI 20140725-
  code   RWAELI
  kind   person
  note   prime minister 07 Oct 2011 to 24 Jul 2014

actor ANASTASE_MUREKEZI
  name   Anastase Murekezi; Murekezi
  code   RWAELI -20140723
  code   RWAGOV 20140724-20170830
  code   RWAELI 20170831-
  code   RWAELI
  kind   person
  note   prime minister 24 Jul 2014 to 30 Aug 2017

actor EDOUARD_NGIRENTE
  name   Édouard Ngirente; Ngirente
  code   RWAELI -20170829
  code   RWAGOV 20170830-20250723?
  code   RWAELI 20250724?-
  code   RWAELI
  kind   person
  note   prime minister 30 Aug 2017 to 23 Jul 2025 (date uncertain)

actor JUSTIN_NSENGIYUMVA
  name   Justin Nsengiyumva; Nsengiyumva
  code   RWAELI -20250722?
  code   RWAGOV 20250723?-
  code   RWAGOV
  kind   person
  note   prime minister 23 Jul 2025 (date uncertain) to today

actor CHARLES_MURIGANDE
  name   Charles Murigande; Murigande
  code   RWAELI -20021031?
  code   RWAGOV 20021101?-20080301?
  code   RWAELI 20080302?-
  code   RWAELI
  kind   person
  note   foreign minister 01 Nov 2002 (date uncertain) to 01 Mar 2008 (date uncertain)

actor ROSEMARY_MUSEMINALI
  name   Rosemary Museminali; Museminali
  code   RWAELI -20080229?
  code   RWAGOV 20080301?-20091208
  code   RWAELI 20091209-
  code   RWAELI
  kind   person
  note   foreign minister 01 Mar 2008 (date uncertain) to 08 Dec 2009

# ---- Tanzania

actor FREDERICK_SUMAYE
  name   Frederick Sumaye; Sumaye
  code   TZAELI -19951127
  code   TZAGOV 19951128-20051230
  code   TZAELI 20051231-
  code   TZAELI
  kind   person
  note   prime minister 28 Nov 1995 to 30 Dec 2005

actor EDWARD_LOWASSA
  name   Edward Lowassa; Lowassa
  code   TZAELI -20051229
  code   TZAGOV 20051230-20080207
  code   TZAELI 20080208-
  code   TZAELI
  kind   person
  note   prime minister 30 Dec 2005 to 07 Feb 2008. Opposition presidential candidate 2015; died 10 February 2024.

actor MIZENGO_PINDA
  name   Mizengo Pinda; Pinda
  code   TZAELI -20080208
  code   TZAGOV 20080209-20151120
  code   TZAELI 20151121-
  code   TZAELI
  kind   person
  note   prime minister 09 Feb 2008 to 20 Nov 2015

actor KASSIM_MAJALIWA
  name   Kassim Majaliwa; Majaliwa
  code   TZAELI -20151119
  code   TZAGOV 20151120-20251113?
  code   TZAELI 20251114?-
  code   TZAELI
  kind   person
  note   prime minister 20 Nov 2015 to 13 Nov 2025 (date uncertain)

actor MWIGULU_NCHEMBA
  name   Mwigulu Nchemba; Nchemba
  code   TZAELI -20210330?
  code   TZAGOV 20210331?-
  code   TZAGOV
  kind   person
  note   finance minister 31 Mar 2021 (date uncertain) to 13 Nov 2025 (date uncertain); prime minister 13 Nov 2025 (date uncertain) to today

actor BERNARD_MEMBE
  name   Bernard Membe; Membe
  code   TZAELI -20070103?
  code   TZAGOV 20070104?-20151120?
  code   TZAELI 20151121?-
  code   TZAELI
  kind   person
  note   foreign minister 04 Jan 2007 (date uncertain) to 20 Nov 2015 (date uncertain). Died 12 May 2023.

# ---- Uganda

actor APOLO_NSIBAMBI
  name   Apolo Nsibambi; Nsibambi
  code   UGAELI -19990404
  code   UGAGOV 19990405-20110524
  code   UGAELI 20110525-
  code   UGAELI
  kind   person
  note   prime minister 05 Apr 1999 to 24 May 2011. Died 28 May 2019.

actor AMAMA_MBABAZI
  name   Amama Mbabazi; Mbabazi
  code   UGAELI -20110523
  code   UGAGOV 20110524-20140918
  code   UGAELI 20140919-
  code   UGAELI
  kind   person
  note   prime minister 24 May 2011 to 18 Sep 2014

actor RUHAKANA_RUGUNDA
  name   Ruhakana Rugunda; Rugunda
  code   UGAELI -20140917
  code   UGAGOV 20140918-20210614
  code   UGAELI 20210615-
  code   UGAELI
  kind   person
  note   prime minister 18 Sep 2014 to 14 Jun 2021

actor ROBINAH_NABBANJA
  name   Robinah Nabbanja; Nabbanja
  code   UGAELI -20210613
  code   UGAGOV 20210614-
  code   UGAGOV
  kind   person
  note   prime minister 14 Jun 2021 to today

actor SAM_KUTESA
  name   Sam Kutesa; Sam Kahamba Kutesa; Kutesa
  code   UGAELI -20050131?
  code   UGAGOV 20050201?-20210608?
  code   UGAELI 20210609?-
  code   UGAELI
  kind   person
  note   foreign minister 01 Feb 2005 (date uncertain) to 08 Jun 2021 (date uncertain). UN General Assembly president 2014-2015.

# ---- Angola

actor FERNANDO_DA_PIEDADE_DIAS_DOS_SANTOS
  name   Fernando da Piedade Dias dos Santos; Nandó
  code   AGOELI -20021205
  code   AGOGOV 20021206-20080930
  code   AGOELI 20081001-20100204
  code   AGOGOV 20100205-20120926
  code   AGOELI 20120927-
  code   AGOELI
  kind   person
  note   prime minister 06 Dec 2002 to 30 Sep 2008; vice president 05 Feb 2010 to 26 Sep 2012. National Assembly president 2008-2010 and 2012-2017.

actor ANTONIO_PAULO_KASSOMA
  name   António Paulo Kassoma; Paulo Kassoma
  code   AGOELI -20080929
  code   AGOGOV 20080930-20100205
  code   AGOELI 20100206-
  code   AGOELI
  kind   person
  note   prime minister 30 Sep 2008 to 05 Feb 2010. The post was abolished by the 2010 constitution.

actor MANUEL_VICENTE
  name   Manuel Vicente
  code   AGOELI -20120925
  code   AGOGOV 20120926-20170926
  code   AGOELI 20170927-
  code   AGOELI
  kind   person
  note   vice president 26 Sep 2012 to 26 Sep 2017

actor BORNITO_DE_SOUSA
  name   Bornito de Sousa
  code   AGOELI -20170925
  code   AGOGOV 20170926-20220915
  code   AGOELI 20220916-
  code   AGOELI
  kind   person
  note   vice president 26 Sep 2017 to 15 Sep 2022

actor GEORGES_CHIKOTI
  name   Georges Chikoti; Georges Rebelo Chikoti
  code   AGOELI -20100204?
  code   AGOGOV 20100205?-20170926?
  code   AGOELI 20170927?-
  code   AGOELI
  kind   person
  note   foreign minister 05 Feb 2010 (date uncertain) to 26 Sep 2017 (date uncertain). OACPS secretary-general 2020-2025.

actor MANUEL_AUGUSTO
  name   Manuel Domingos Augusto
  code   AGOELI -20170925?
  code   AGOGOV 20170926?-20200406?
  code   AGOELI 20200407?-
  code   AGOELI
  kind   person
  note   foreign minister 26 Sep 2017 (date uncertain) to 06 Apr 2020 (date uncertain)

actor TETE_ANTONIO
  name   Téte António
  code   AGOELI -20200405?
  code   AGOGOV 20200406?-
  code   AGOGOV
  kind   person
  note   foreign minister 06 Apr 2020 (date uncertain) to today

# ---- Central African Republic

actor ANICET_GEORGES_DOLOGUELE
  name   Anicet-Georges Dologuélé; Dologuélé
  code   CAFELI -19990103
  code   CAFGOV 19990104-20010401
  code   CAFELI 20010402-
  code   CAFELI
  kind   person
  note   prime minister 04 Jan 1999 to 01 Apr 2001. Opposition leader later.

actor MARTIN_ZIGUELE
  name   Martin Ziguélé; Ziguélé
  code   CAFELI -20010331
  code   CAFGOV 20010401-20030315
  code   CAFELI 20030316-
  code   CAFELI
  kind   person
  note   prime minister 01 Apr 2001 to 15 Mar 2003

actor ABEL_GOUMBA
  name   Abel Goumba
  code   CAFELI -20030322
  code   CAFGOV 20030323-20031212
  code   CAFELI 20031213-
  code   CAFELI
  kind   person
  note   prime minister 23 Mar 2003 to 12 Dec 2003. Died 11 May 2009.

actor CELESTIN_GAOMBALET
  name   Célestin Gaombalet
  code   CAFELI -20031211
  code   CAFGOV 20031212-20050613
  code   CAFELI 20050614-
  code   CAFELI
  kind   person
  note   prime minister 12 Dec 2003 to 13 Jun 2005

actor ELIE_DOTE
  name   Élie Doté
  code   CAFELI -20050612
  code   CAFGOV 20050613-20080118
  code   CAFELI 20080119-
  code   CAFELI
  kind   person
  note   prime minister 13 Jun 2005 to 18 Jan 2008

actor NICOLAS_TIANGAYE
  name   Nicolas Tiangaye; Tiangaye
  code   CAFELI -20130116
  code   CAFGOV 20130117-20140110
  code   CAFELI 20140111-
  code   CAFELI
  kind   person
  note   prime minister 17 Jan 2013 to 10 Jan 2014

actor ANDRE_NZAPAYEKE
  name   André Nzapayéké; Nzapayéké
  code   CAFELI -20140124
  code   CAFGOV 20140125-20140810
  code   CAFELI 20140811-
  code   CAFELI
  kind   person
  note   prime minister 25 Jan 2014 to 10 Aug 2014

actor MAHAMAT_KAMOUN
  name   Mahamat Kamoun
  code   CAFELI -20140809
  code   CAFGOV 20140810-20160402
  code   CAFELI 20160403-
  code   CAFELI
  kind   person
  note   prime minister 10 Aug 2014 to 02 Apr 2016

actor SIMPLICE_SARANDJI
  name   Simplice Sarandji; Sarandji
  code   CAFELI -20160401
  code   CAFGOV 20160402-20190225
  code   CAFELI 20190226-
  code   CAFELI
  kind   person
  note   prime minister 02 Apr 2016 to 25 Feb 2019

actor FIRMIN_NGREBADA
  name   Firmin Ngrébada; Ngrébada
  code   CAFELI -20190224
  code   CAFGOV 20190225-20210611
  code   CAFELI 20210612-
  code   CAFELI
  kind   person
  note   prime minister 25 Feb 2019 to 11 Jun 2021

actor HENRI_MARIE_DONDRA
  name   Henri-Marie Dondra; Dondra
  code   CAFELI -20210610
  code   CAFGOV 20210611-20220207
  code   CAFELI 20220208-
  code   CAFELI
  kind   person
  note   prime minister 11 Jun 2021 to 07 Feb 2022

actor FELIX_MOLOUA
  name   Félix Moloua; Moloua
  code   CAFELI -20220206
  code   CAFGOV 20220207-
  code   CAFGOV
  kind   person
  note   prime minister 07 Feb 2022 to today

# ---- Somalia

actor ALI_MOHAMED_GEDI
  name   Ali Mohamed Gedi; Ali Mohamed Ghedi
  code   SOMELI -20041102
  code   SOMGOV 20041103-20071029
  code   SOMELI 20071030-
  code   SOMELI
  kind   person
  note   prime minister 03 Nov 2004 to 29 Oct 2007

actor NUR_HASSAN_HUSSEIN
  name   Nur Hassan Hussein; Nur Adde
  code   SOMELI -20071121
  code   SOMGOV 20071122-20090214
  code   SOMELI 20090215-
  code   SOMELI
  kind   person
  note   prime minister 22 Nov 2007 to 14 Feb 2009. Died 1 April 2020.

actor OMAR_ABDIRASHID_ALI_SHARMARKE
  name   Omar Abdirashid Ali Sharmarke; Omar Sharmarke
  code   SOMELI -20090213
  code   SOMGOV 20090214-20100924
  code   SOMELI 20100925-20141223
  code   SOMGOV 20141224-20170301
  code   SOMELI 20170302-
  code   SOMELI
  kind   person
  note   prime minister 14 Feb 2009 to 24 Sep 2010; prime minister 24 Dec 2014 to 01 Mar 2017

actor ABDIWELI_MOHAMED_ALI
  name   Abdiweli Mohamed Ali; Abdiweli Gaas
  code   SOMELI -20110618
  code   SOMGOV 20110619-20121017
  code   SOMELI 20121018-
  code   SOMELI
  kind   person
  note   prime minister 19 Jun 2011 to 17 Oct 2012. President of Puntland 2014-2019.

actor ABDI_FARAH_SHIRDON
  name   Abdi Farah Shirdon; Abdi Farah Saacid
  code   SOMELI -20121016
  code   SOMGOV 20121017-20131221
  code   SOMELI 20131222-
  code   SOMELI
  kind   person
  note   prime minister 17 Oct 2012 to 21 Dec 2013

actor ABDIWELI_SHEIKH_AHMED
  name   Abdiweli Sheikh Ahmed
  code   SOMELI -20131220
  code   SOMGOV 20131221-20141224
  code   SOMELI 20141225-
  code   SOMELI
  kind   person
  note   prime minister 21 Dec 2013 to 24 Dec 2014

actor HASSAN_ALI_KHAIRE
  name   Hassan Ali Khaire; Hassan Khaire
  code   SOMELI -20170228
  code   SOMGOV 20170301-20200725
  code   SOMELI 20200726-
  code   SOMELI
  kind   person
  note   prime minister 01 Mar 2017 to 25 Jul 2020

actor MOHAMED_HUSSEIN_ROBLE
  name   Mohamed Hussein Roble
  code   SOMELI -20200917
  code   SOMGOV 20200918-20220625
  code   SOMELI 20220626-
  code   SOMELI
  kind   person
  note   prime minister 18 Sep 2020 to 25 Jun 2022

# ---- Mauritania

actor CHEIKH_EL_AVIA_OULD_MOHAMED_KHOUNA
  name   Cheikh El Avia Ould Mohamed Khouna
  code   MRTELI -19981115
  code   MRTGOV 19981116-20030706
  code   MRTELI 20030707-
  code   MRTELI
  kind   person
  note   prime minister 16 Nov 1998 to 06 Jul 2003

actor SGHAIR_OULD_MBAREK
  name   Sghair Ould M'Bareck
  code   MRTELI -20030705
  code   MRTGOV 20030706-20050807
  code   MRTELI 20050808-
  code   MRTELI
  kind   person
  note   prime minister 06 Jul 2003 to 07 Aug 2005

actor SIDI_MOHAMED_OULD_BOUBACAR
  name   Sidi Mohamed Ould Boubacar
  code   MRTELI -20050806
  code   MRTGOV 20050807-20070420
  code   MRTELI 20070421-
  code   MRTELI
  kind   person
  note   prime minister 07 Aug 2005 to 20 Apr 2007

actor ZEINE_OULD_ZEIDANE
  name   Zeine Ould Zeidane
  code   MRTELI -20070419
  code   MRTGOV 20070420-20080506
  code   MRTELI 20080507-
  code   MRTELI
  kind   person
  note   prime minister 20 Apr 2007 to 06 May 2008

actor YAHYA_OULD_AHMED_EL_WAGHEF
  name   Yahya Ould Ahmed El Waghef
  code   MRTELI -20080505
  code   MRTGOV 20080506-20080806
  code   MRTELI 20080807-
  code   MRTELI
  kind   person
  note   prime minister 06 May 2008 to 06 Aug 2008

actor MOULAYE_OULD_MOHAMED_LAGHDAF
  name   Moulaye Ould Mohamed Laghdaf
  code   MRTELI -20080813
  code   MRTGOV 20080814-20140820
  code   MRTELI 20140821-
  code   MRTELI
  kind   person
  note   prime minister 14 Aug 2008 to 20 Aug 2014

actor YAHYA_OULD_HADEMINE
  name   Yahya Ould Hademine
  code   MRTELI -20140819
  code   MRTGOV 20140820-20181029
  code   MRTELI 20181030-
  code   MRTELI
  kind   person
  note   prime minister 20 Aug 2014 to 29 Oct 2018

actor MOHAMED_SALEM_OULD_BECHIR
  name   Mohamed Salem Ould Béchir
  code   MRTELI -20181028
  code   MRTGOV 20181029-20190803
  code   MRTELI 20190804-
  code   MRTELI
  kind   person
  note   prime minister 29 Oct 2018 to 03 Aug 2019

actor ISMAIL_OULD_BEDDE_OULD_CHEIKH_SIDIYA
  name   Ismail Ould Bedde Ould Cheikh Sidiya; Ismail Ould Cheikh Sidiya
  code   MRTELI -20190802
  code   MRTGOV 20190803-20200806
  code   MRTELI 20200807-
  code   MRTELI
  kind   person
  note   prime minister 03 Aug 2019 to 06 Aug 2020

actor MOHAMED_OULD_BILAL
  name   Mohamed Ould Bilal; Mohamed Ould Bilal Messoud
  code   MRTELI -20200805
  code   MRTGOV 20200806-20240802
  code   MRTELI 20240803-
  code   MRTELI
  kind   person
  note   prime minister 06 Aug 2020 to 02 Aug 2024

actor MOKHTAR_OULD_DJAY
  name   Mokhtar Ould Djay; Moctar Ould Diay
  code   MRTELI -20240801
  code   MRTGOV 20240802-
  code   MRTGOV
  kind   person
  note   prime minister 02 Aug 2024 to today

# ---- Mauritius

actor PAUL_BERENGER
  name   Paul Bérenger; Bérenger
  code   MUSELI -20030929
  code   MUSGOV 20030930-20050705
  code   MUSELI 20050706-
  code   MUSELI
  kind   person
  note   prime minister 30 Sep 2003 to 05 Jul 2005

# ---- Togo

actor AGBEYOME_KODJO
  name   Agbéyomé Kodjo
  code   TGOELI -20000828
  code   TGOGOV 20000829-20020627
  code   TGOELI 20020628-
  code   TGOELI
  kind   person
  note   prime minister 29 Aug 2000 to 27 Jun 2002. Opposition candidate 2020; died 2 March 2025.

actor KOFFI_SAMA
  name   Koffi Sama
  code   TGOELI -20020626
  code   TGOGOV 20020627-20050609
  code   TGOELI 20050610-
  code   TGOELI
  kind   person
  note   prime minister 27 Jun 2002 to 09 Jun 2005

actor EDEM_KODJO
  name   Edem Kodjo
  code   TGOELI -20050608
  code   TGOGOV 20050609-20060920
  code   TGOELI 20060921-
  code   TGOELI
  kind   person
  note   prime minister 09 Jun 2005 to 20 Sep 2006. OAU secretary-general 1978-1983; died 11 April 2020.

actor YAWOVI_AGBOYIBO
  name   Yawovi Agboyibo
  code   TGOELI -20060919
  code   TGOGOV 20060920-20071203
  code   TGOELI 20071204-
  code   TGOELI
  kind   person
  note   prime minister 20 Sep 2006 to 03 Dec 2007. Died 30 May 2020.

actor KOMLAN_MALLY
  name   Komlan Mally
  code   TGOELI -20071202
  code   TGOGOV 20071203-20080907
  code   TGOELI 20080908-
  code   TGOELI
  kind   person
  note   prime minister 03 Dec 2007 to 07 Sep 2008

actor GILBERT_HOUNGBO
  name   Gilbert Houngbo; Houngbo
  code   TGOELI -20080906
  code   TGOGOV 20080907-20120723
  code   TGOELI 20120724-
  code   TGOELI
  kind   person
  note   prime minister 07 Sep 2008 to 23 Jul 2012. IFAD president 2017-2022; ILO director-general from 1 October 2022.

actor KWESI_AHOOMEY_ZUNU
  name   Kwesi Ahoomey-Zunu; Ahoomey-Zunu
  code   TGOELI -20120722
  code   TGOGOV 20120723-20150605
  code   TGOELI 20150606-
  code   TGOELI
  kind   person
  note   prime minister 23 Jul 2012 to 05 Jun 2015

actor KOMI_SELOM_KLASSOU
  name   Komi Sélom Klassou; Sélom Klassou
  code   TGOELI -20150604
  code   TGOGOV 20150605-20200928
  code   TGOELI 20200929-
  code   TGOELI
  kind   person
  note   prime minister 05 Jun 2015 to 28 Sep 2020

actor VICTOIRE_TOMEGAH_DOGBE
  name   Victoire Tomégah Dogbé; Tomégah Dogbé
  code   TGOELI -20200927
  code   TGOGOV 20200928-20250503?
  code   TGOELI 20250504?-
  code   TGOELI
  kind   person
  note   prime minister 28 Sep 2020 to 03 May 2025 (date uncertain). The office ended with the 2025 constitution, under which Faure Gnassingbé heads the government (date uncertain).

actor ROBERT_DUSSEY
  name   Robert Dussey; Dussey
  code   TGOELI -20130916?
  code   TGOGOV 20130917?-
  code   TGOGOV
  kind   person
  note   foreign minister 17 Sep 2013 (date uncertain) to today

# ---- Cape Verde

actor GUALBERTO_DO_ROSARIO
  name   Gualberto do Rosário
  code   CPVELI -20000728
  code   CPVGOV 20000729-20010201
  code   CPVELI 20010202-
  code   CPVELI
  kind   person
  note   prime minister 29 Jul 2000 to 01 Feb 2001

actor CARLOS_VEIGA
  name   Carlos Veiga
  code   CPVELI -19910403
  code   CPVGOV 19910404-20000729
  code   CPVELI 20000730-
  code   CPVELI
  kind   person
  note   prime minister 04 Apr 1991 to 29 Jul 2000

actor ULISSES_CORREIA_E_SILVA
  name   Ulisses Correia e Silva
  code   CPVELI -20160421
  code   CPVGOV 20160422-
  code   CPVGOV
  kind   person
  note   prime minister 22 Apr 2016 to today

# ---- Lesotho

actor PAKALITHA_MOSISILI
  name   Pakalitha Mosisili; Mosisili
  code   LSOELI -19980528
  code   LSOGOV 19980529-20120608
  code   LSOELI 20120609-20150316
  code   LSOGOV 20150317-20170616
  code   LSOELI 20170617-
  code   LSOELI
  kind   person
  note   prime minister 29 May 1998 to 08 Jun 2012; prime minister 17 Mar 2015 to 16 Jun 2017

actor TOM_THABANE
  name   Tom Thabane; Motsoahae Thomas Thabane; Thabane
  code   LSOELI -20120607
  code   LSOGOV 20120608-20150317
  code   LSOELI 20150318-20170615
  code   LSOGOV 20170616-20200520
  code   LSOELI 20200521-
  code   LSOELI
  kind   person
  note   prime minister 08 Jun 2012 to 17 Mar 2015; prime minister 16 Jun 2017 to 20 May 2020. Briefly fled to South Africa during the attempted coup of 30 August 2014.

actor MOEKETSI_MAJORO
  name   Moeketsi Majoro; Majoro
  code   LSOELI -20200519
  code   LSOGOV 20200520-20221028
  code   LSOELI 20221029-
  code   LSOELI
  kind   person
  note   prime minister 20 May 2020 to 28 Oct 2022

# ---- Eswatini

actor BARNABAS_SIBUSISO_DLAMINI
  name   Barnabas Sibusiso Dlamini; Sibusiso Dlamini
  code   SWZELI -19960725
  code   SWZGOV 19960726-20030929
  code   SWZELI 20030930-20081022
  code   SWZGOV 20081023-20180904
  code   SWZELI 20180905-
  code   SWZELI
  kind   person
  note   prime minister 26 Jul 1996 to 29 Sep 2003; prime minister 23 Oct 2008 to 04 Sep 2018.

actor THEMBA_DLAMINI
  name   Themba Dlamini; Absalom Themba Dlamini
  code   SWZELI -20031113
  code   SWZGOV 20031114-20081016
  code   SWZELI 20081017-
  code   SWZELI
  kind   person
  note   prime minister 14 Nov 2003 to 16 Oct 2008

actor AMBROSE_DLAMINI
  name   Ambrose Dlamini
  code   SWZELI -20181026
  code   SWZGOV 20181027-20201213
  code   SWZELI 20201214-
  code   SWZELI
  kind   person
  note   prime minister 27 Oct 2018 to 13 Dec 2020. Died in office 13 December 2020.

actor CLEOPAS_DLAMINI
  name   Cleopas Sipho Dlamini; Cleopas Dlamini
  code   SWZELI -20210715
  code   SWZGOV 20210716-
  code   SWZGOV
  kind   person
  note   prime minister 16 Jul 2021 to today. Appointed July 2021 after Themba Masuku acted.

# ---- Djibouti

actor DILEITA_MOHAMED_DILEITA
  name   Dileita Mohamed Dileita
  code   DJIELI -20010303
  code   DJIGOV 20010304-20130401
  code   DJIELI 20130402-
  code   DJIELI
  kind   person
  note   prime minister 04 Mar 2001 to 01 Apr 2013

actor ABDOULKADER_KAMIL_MOHAMED
  name   Abdoulkader Kamil Mohamed
  code   DJIELI -20130331
  code   DJIGOV 20130401-
  code   DJIGOV
  kind   person
  note   prime minister 01 Apr 2013 to today

# ---- Equatorial Guinea

actor TEODORO_NGUEMA_OBIANG_MANGUE
  name   Teodoro Nguema Obiang Mangue; Teodorin Obiang; Teodorín
  code   GNQELI -20120520
  code   GNQGOV 20120521-
  code   GNQGOV
  kind   person
  note   vice president 21 May 2012 to today. The president's son; vice president from May 2012 (second vice president until June 2016).

# ---- Burundi

actor ALAIN_GUILLAUME_BUNYONI
  name   Alain-Guillaume Bunyoni; Bunyoni
  code   BDIELI -20200622
  code   BDIGOV 20200623-20220907
  code   BDIELI 20220908-
  code   BDIELI
  kind   person
  note   prime minister 23 Jun 2020 to 07 Sep 2022. Sentenced to life for plotting against the president in December 2023.

actor GERVAIS_NDIRAKOBUCA
  name   Gervais Ndirakobuca
  code   BDIELI -20220906?
  code   BDIGOV 20220907?-
  code   BDIGOV
  kind   person
  note   prime minister 07 Sep 2022 (date uncertain) to today

# ---- Gabon

actor JEAN_EYEGHE_NDONG
  name   Jean Eyeghé Ndong
  code   GABELI -20060119
  code   GABGOV 20060120-20090717
  code   GABELI 20090718-
  code   GABELI
  kind   person
  note   prime minister 20 Jan 2006 to 17 Jul 2009

actor PAUL_BIYOGHE_MBA
  name   Paul Biyoghé Mba
  code   GABELI -20090716
  code   GABGOV 20090717-20120227
  code   GABELI 20120228-
  code   GABELI
  kind   person
  note   prime minister 17 Jul 2009 to 27 Feb 2012

actor RAYMOND_NDONG_SIMA
  name   Raymond Ndong Sima
  code   GABELI -20120226
  code   GABGOV 20120227-20140124
  code   GABELI 20140125-20230906
  code   GABGOV 20230907-20250505?
  code   GABELI 20250506?-
  code   GABELI
  kind   person
  note   prime minister 27 Feb 2012 to 24 Jan 2014; prime minister 07 Sep 2023 to 05 May 2025 (date uncertain). Named by the junta in September 2023; the post was abolished by the 2024 constitution (date uncertain).

actor DANIEL_ONA_ONDO
  name   Daniel Ona Ondo
  code   GABELI -20140123
  code   GABGOV 20140124-20160928
  code   GABELI 20160929-
  code   GABELI
  kind   person
  note   prime minister 24 Jan 2014 to 28 Sep 2016

actor EMMANUEL_ISSOZE_NGONDET
  name   Emmanuel Issoze-Ngondet
  code   GABELI -20120227?
  code   GABGOV 20120228?-20190112
  code   GABELI 20190113-
  code   GABELI
  kind   person
  note   foreign minister 28 Feb 2012 (date uncertain) to 27 Sep 2016; prime minister 28 Sep 2016 to 12 Jan 2019

actor JULIEN_NKOGHE_BEKALE
  name   Julien Nkoghe Bekale
  code   GABELI -20190111
  code   GABGOV 20190112-20200716
  code   GABELI 20200717-
  code   GABELI
  kind   person
  note   prime minister 12 Jan 2019 to 16 Jul 2020

actor ROSE_CHRISTIANE_OSSOUKA_RAPONDA
  name   Rose Christiane Ossouka Raponda; Ossouka Raponda
  code   GABELI -20190211?
  code   GABGOV 20190212?-20230830
  code   GABELI 20230831-
  code   GABELI
  kind   person
  note   defence minister 12 Feb 2019 (date uncertain) to 15 Jul 2020; prime minister 16 Jul 2020 to 09 Jan 2023; vice president 09 Jan 2023 to 30 Aug 2023

actor ALAIN_CLAUDE_BILIE_BY_NZE
  name   Alain Claude Bilie-By-Nze; Bilie-By-Nze
  code   GABELI -20230108
  code   GABGOV 20230109-20230830
  code   GABELI 20230831-
  code   GABELI
  kind   person
  note   prime minister 09 Jan 2023 to 30 Aug 2023

actor JEAN_FRANCOIS_NTOUTOUME_EMANE
  name   Jean-François Ntoutoume Emane
  code   GABELI -19990122
  code   GABGOV 19990123-20060120
  code   GABELI 20060121-
  code   GABELI
  kind   person
  note   prime minister 23 Jan 1999 to 20 Jan 2006

# ---- Nigeria: ministers

actor SULE_LAMIDO
  name   Sule Lamido
  code   NGAELI -19990628?
  code   NGAGOV 19990629?-20030728?
  code   NGAELI 20030729?-
  code   NGAELI
  kind   person
  note   foreign minister 29 Jun 1999 (date uncertain) to 28 Jul 2003 (date uncertain). Governor of Jigawa 2007-2015.

actor OLUYEMI_ADENIJI
  name   Oluyemi Adeniji
  code   NGAELI -20030727?
  code   NGAGOV 20030728?-20060627?
  code   NGAELI 20060628?-
  code   NGAELI
  kind   person
  note   foreign minister 28 Jul 2003 (date uncertain) to 27 Jun 2006 (date uncertain). Died 19 September 2017.

actor JOY_OGWU
  name   Joy Ogwu
  code   NGAELI -20060626?
  code   NGAGOV 20060627?-20070529
  code   NGAELI 20070530-
  code   NGAELI
  kind   person
  note   foreign minister 27 Jun 2006 (date uncertain) to 29 May 2007. UN ambassador 2008-2017.

actor OJO_MADUEKWE
  name   Ojo Maduekwe; Maduekwe
  code   NGAELI -20070725?
  code   NGAGOV 20070726?-20100317
  code   NGAELI 20100318-
  code   NGAELI
  kind   person
  note   foreign minister 26 Jul 2007 (date uncertain) to 17 Mar 2010. Died 29 June 2016.

actor HENRY_ODEIN_AJUMOGOBIA
  name   Henry Odein Ajumogobia; Odein Ajumogobia
  code   NGAELI -20100405?
  code   NGAGOV 20100406?-20110529?
  code   NGAELI 20110530?-
  code   NGAELI
  kind   person
  note   foreign minister 06 Apr 2010 (date uncertain) to 29 May 2011 (date uncertain)

actor OLUGBENGA_ASHIRU
  name   Olugbenga Ashiru
  code   NGAELI -20110710?
  code   NGAGOV 20110711?-20130911?
  code   NGAELI 20130912?-
  code   NGAELI
  kind   person
  note   foreign minister 11 Jul 2011 (date uncertain) to 11 Sep 2013 (date uncertain). Died 23 April 2023.

actor AMINU_WALI
  name   Aminu Bashir Wali; Aminu Wali
  code   NGAELI -20140304?
  code   NGAGOV 20140305?-20150529
  code   NGAELI 20150530-
  code   NGAELI
  kind   person
  note   foreign minister 05 Mar 2014 (date uncertain) to 29 May 2015

actor THEOPHILUS_DANJUMA
  name   Theophilus Danjuma; T. Y. Danjuma
  code   NGAELI -19990628?
  code   NGAGOV 19990629?-20030528?
  code   NGAELI 20030529?-
  code   NGAELI
  kind   person
  note   defence minister 29 Jun 1999 (date uncertain) to 28 May 2003 (date uncertain)

actor RABIU_KWANKWASO
  name   Rabiu Musa Kwankwaso; Rabiu Kwankwaso; Kwankwaso
  code   NGAELI -20030727?
  code   NGAGOV 20030728?-20070529?
  code   NGAELI 20070530?-
  code   NGAELI
  kind   person
  note   defence minister 28 Jul 2003 (date uncertain) to 29 May 2007 (date uncertain). Governor of Kano 1999-2003 and 2011-2015; presidential candidate 2023.

actor MANSUR_DAN_ALI
  name   Mansur Dan Ali; Mansur Mohammed Dan-Ali
  code   NGAELI -20151110
  code   NGAGOV 20151111-20190529
  code   NGAELI 20190530-
  code   NGAELI
  kind   person
  note   defence minister 11 Nov 2015 to 29 May 2019

actor BASHIR_SALIHI_MAGASHI
  name   Bashir Salihi Magashi; Bashir Magashi
  code   NGAELI -20190820
  code   NGAGOV 20190821-20230529
  code   NGAELI 20230530-
  code   NGAELI
  kind   person
  note   defence minister 21 Aug 2019 to 29 May 2023

actor MOHAMMED_BADARU_ABUBAKAR
  name   Mohammed Badaru Abubakar; Badaru Abubakar
  code   NGAELI -20230820
  code   NGAGOV 20230821-20251201?
  code   NGAELI 20251202?-
  code   NGAELI
  kind   person
  note   defence minister 21 Aug 2023 to 01 Dec 2025 (date uncertain). Resigned in December 2025 (reported; date uncertain).

actor CHRISTOPHER_MUSA
  name   Christopher Musa; Christopher Gwabin Musa
  code   NGAELI -20230618?
  code   NGAMIL 20230619?-20251030?
  code   NGAELI 20251031?-20251203?
  code   NGAGOV 20251204?-
  code   NGAGOV
  kind   person
  note   chief of defence staff 19 Jun 2023 (date uncertain) to 30 Oct 2025 (date uncertain); defence minister 04 Dec 2025 (date uncertain) to today. Chief of defence staff from June 2023; named defence minister in December 2025 (reported; dates uncertain).

# ---- Ethiopia: ministers

actor SEYOUM_MESFIN
  name   Seyoum Mesfin
  code   ETHELI -19910531?
  code   ETHGOV 19910601?-20101029
  code   ETHELI 20101030-
  code   ETHELI
  kind   person
  note   foreign minister 01 Jun 1991 (date uncertain) to 29 Oct 2010. Ambassador to China after 2010.

actor WORKNEH_GEBEYEHU
  name   Workneh Gebeyehu
  code   ETHELI -20161031?
  code   ETHGOV 20161101?-20190418?
  code   ETHELI 20190419?-
  code   ETHELI
  kind   person
  note   foreign minister 01 Nov 2016 (date uncertain) to 18 Apr 2019 (date uncertain). IGAD executive secretary from 2019.

actor GEDU_ANDARGACHEW
  name   Gedu Andargachew
  code   ETHELI -20190417?
  code   ETHGOV 20190418?-20191114?
  code   ETHELI 20191115?-
  code   ETHELI
  kind   person
  note   foreign minister 18 Apr 2019 (date uncertain) to 14 Nov 2019 (date uncertain)

actor LEMMA_MEGERSA
  name   Lemma Megersa
  code   ETHELI -20190417?
  code   ETHGOV 20190418?-20201103?
  code   ETHELI 20201104?-
  code   ETHELI
  kind   person
  note   defence minister 18 Apr 2019 (date uncertain) to 03 Nov 2020 (date uncertain)

actor ABRAHAM_BELAY
  name   Abraham Belay
  code   ETHELI -20211005?
  code   ETHGOV 20211006?-20240207?
  code   ETHELI 20240208?-
  code   ETHELI
  kind   person
  note   defence minister 06 Oct 2021 (date uncertain) to 07 Feb 2024 (date uncertain)

# ---- Kenya: ministers

actor KALONZO_MUSYOKA
  name   Kalonzo Musyoka; Kalonzo
  code   KENELI -20021231?
  code   KENGOV 20030101?-20040630?
  code   KENELI 20040701?-20080107
  code   KENGOV 20080108-20130409
  code   KENELI 20130410-
  code   KENELI
  kind   person
  note   foreign minister 01 Jan 2003 (date uncertain) to 30 Jun 2004 (date uncertain); vice president 08 Jan 2008 to 09 Apr 2013. Opposition leader (Wiper).

actor RAPHAEL_TUJU
  name   Raphael Tuju
  code   KENELI -20051206?
  code   KENGOV 20051207?-20080108?
  code   KENELI 20080109?-
  code   KENELI
  kind   person
  note   foreign minister 07 Dec 2005 (date uncertain) to 08 Jan 2008 (date uncertain)

actor MOSES_WETANGULA
  name   Moses Wetangula; Moses Wetang'ula; Wetangula
  code   KENELI -20080416?
  code   KENGOV 20080417?-20121101?
  code   KENELI 20121102?-
  code   KENELI
  kind   person
  note   foreign minister 17 Apr 2008 (date uncertain) to 01 Nov 2012 (date uncertain). Stepped aside October 2010 to August 2011 (uncertain); National Assembly speaker from 2022.

actor AMINA_MOHAMED
  name   Amina Mohamed
  code   KENELI -20130514
  code   KENGOV 20130515-20180126
  code   KENELI 20180127-
  code   KENELI
  kind   person
  note   foreign minister 15 May 2013 to 26 Jan 2018

actor MONICA_JUMA
  name   Monica Juma
  code   KENELI -20180125
  code   KENGOV 20180126-20221027
  code   KENELI 20221028-
  code   KENELI
  kind   person
  note   foreign minister 26 Jan 2018 to 14 Jan 2020; defence minister 14 Jan 2020 to 27 Oct 2022

actor RAYCHELLE_OMAMO
  name   Raychelle Omamo
  code   KENELI -20130514
  code   KENGOV 20130515-20221027
  code   KENELI 20221028-
  code   KENELI
  kind   person
  note   defence minister 15 May 2013 to 14 Jan 2020; foreign minister 14 Jan 2020 to 27 Oct 2022

actor ALFRED_MUTUA
  name   Alfred Mutua
  code   KENELI -20221026
  code   KENGOV 20221027-20231016?
  code   KENELI 20231017?-
  code   KENELI
  kind   person
  note   foreign minister 27 Oct 2022 to 16 Oct 2023 (date uncertain)

actor YUSUF_HAJI
  name   Yusuf Haji
  code   KENELI -20080416?
  code   KENGOV 20080417?-20130409
  code   KENELI 20130410-
  code   KENELI
  kind   person
  note   defence minister 17 Apr 2008 (date uncertain) to 09 Apr 2013. Died 15 February 2021.

actor ADEN_DUALE
  name   Aden Duale; Duale
  code   KENELI -20221026
  code   KENGOV 20221027-20240711?
  code   KENELI 20240712?-
  code   KENELI
  kind   person
  note   defence minister 27 Oct 2022 to 11 Jul 2024 (date uncertain)

actor SOIPAN_TUYA
  name   Soipan Tuya; Roselinda Soipan Tuya
  code   KENELI -20240807?
  code   KENGOV 20240808?-
  code   KENGOV
  kind   person
  note   defence minister 08 Aug 2024 (date uncertain) to today

# ---- Sudan and South Sudan: ministers

actor MUSTAFA_OSMAN_ISMAIL
  name   Mustafa Osman Ismail
  code   SDNELI -19980131?
  code   SDNGOV 19980201?-20050920?
  code   SDNELI 20050921?-
  code   SDNELI
  kind   person
  note   foreign minister 01 Feb 1998 (date uncertain) to 20 Sep 2005 (date uncertain)

actor LAM_AKOL
  name   Lam Akol
  code   SDNELI -20050919?
  code   SDNGOV 20050920?-20071029?
  code   SDNELI 20071030?-
  code   SDNELI
  kind   person
  note   foreign minister 20 Sep 2005 (date uncertain) to 29 Oct 2007 (date uncertain)

actor DENG_ALOR
  name   Deng Alor; Deng Alor Kuol
  code   SDNELI -20071028?
  code   SDNGOV 20071029?-20100614?
  code   SDNELI 20100615?-20110708
  code   SSDELI 20110709-20160808?
  code   SSDGOV 20160809?-20180301?
  code   SSDELI 20180302?-
  code   SSDELI
  kind   person
  note   foreign minister 29 Oct 2007 (date uncertain) to 14 Jun 2010 (date uncertain); foreign minister 09 Aug 2016 (date uncertain) to 01 Mar 2018 (date uncertain). Sudan's foreign minister 2007-2010; South Sudan's 2016-2018 (dates uncertain). A South Sudanese from independence (9 July 2011), so his elite code after it is SSDELI.

actor ALI_KARTI
  name   Ali Karti
  code   SDNELI -20100613?
  code   SDNGOV 20100614?-20150607?
  code   SDNELI 20150608?-
  code   SDNELI
  kind   person
  note   foreign minister 14 Jun 2010 (date uncertain) to 07 Jun 2015 (date uncertain). Leader of the Islamic Movement from 2020.

actor IBRAHIM_GHANDOUR
  name   Ibrahim Ghandour
  code   SDNELI -20150606?
  code   SDNGOV 20150607?-20180419
  code   SDNELI 20180420-
  code   SDNELI
  kind   person
  note   foreign minister 07 Jun 2015 (date uncertain) to 19 Apr 2018

actor ASMA_MOHAMED_ABDALLA
  name   Asma Mohamed Abdalla
  code   SDNELI -20190907
  code   SDNGOV 20190908-20200709
  code   SDNELI 20200710-
  code   SDNELI
  kind   person
  note   foreign minister 08 Sep 2019 to 09 Jul 2020

actor ABDEL_RAHIM_MOHAMMED_HUSSEIN
  name   Abdel Rahim Mohammed Hussein
  code   SDNELI -20050919?
  code   SDNGOV 20050920?-20150601?
  code   SDNELI 20150602?-
  code   SDNELI
  kind   person
  note   defence minister 20 Sep 2005 (date uncertain) to 01 Jun 2015 (date uncertain). Indicted by the ICC (Darfur).

actor BAKRI_HASSAN_SALEH
  name   Bakri Hassan Saleh
  code   SDNELI -20131207
  code   SDNGOV 20131208-20190223
  code   SDNELI 20190224-
  code   SDNELI
  kind   person
  note   first vice president 08 Dec 2013 to 23 Feb 2019; prime minister 01 Mar 2017 to 10 Sep 2018

actor MOTAZZ_MOUSSA
  name   Motazz Moussa
  code   SDNELI -20180909
  code   SDNGOV 20180910-20190223
  code   SDNELI 20190224-
  code   SDNELI
  kind   person
  note   prime minister 10 Sep 2018 to 23 Feb 2019

actor MOHAMED_TAHIR_AYALA
  name   Mohamed Tahir Ayala
  code   SDNELI -20190222
  code   SDNGOV 20190223-20190411
  code   SDNELI 20190412-
  code   SDNELI
  kind   person
  note   prime minister 23 Feb 2019 to 11 Apr 2019

actor ALI_OSMAN_TAHA
  name   Ali Osman Taha; Ali Osman Mohamed Taha
  code   SDNELI -19980228?
  code   SDNGOV 19980301?-20131208
  code   SDNELI 20131209-
  code   SDNELI
  kind   person
  note   first vice president 01 Mar 1998 (date uncertain) to 09 Jul 2005; vice president 10 Jul 2005 to 08 Jul 2011; first vice president 09 Jul 2011 (date uncertain) to 08 Dec 2013

actor BARNABA_MARIAL_BENJAMIN
  name   Barnaba Marial Benjamin
  code   SSDELI -20130730?
  code   SSDGOV 20130731?-20160809?
  code   SSDELI 20160810?-
  code   SSDELI
  kind   person
  note   foreign minister 31 Jul 2013 (date uncertain) to 09 Aug 2016 (date uncertain)

# ---- Ghana: ministers

actor HACKMAN_OWUSU_AGYEMANG
  name   Hackman Owusu-Agyemang
  code   GHAELI -20010131?
  code   GHAGOV 20010201?-20030401?
  code   GHAELI 20030402?-
  code   GHAELI
  kind   person
  note   foreign minister 01 Feb 2001 (date uncertain) to 01 Apr 2003 (date uncertain)

actor AKWASI_OSEI_ADJEI
  name   Akwasi Osei-Adjei
  code   GHAELI -20070630?
  code   GHAGOV 20070701?-20090107
  code   GHAELI 20090108-
  code   GHAELI
  kind   person
  note   foreign minister 01 Jul 2007 (date uncertain) to 07 Jan 2009

actor MUHAMMAD_MUMUNI
  name   Muhammad Mumuni
  code   GHAELI -20090131?
  code   GHAGOV 20090201?-20130107
  code   GHAELI 20130108-
  code   GHAELI
  kind   person
  note   foreign minister 01 Feb 2009 (date uncertain) to 07 Jan 2013

actor HANNA_TETTEH
  name   Hanna Tetteh; Hanna Serwaa Tetteh
  code   GHAELI -20130131?
  code   GHAGOV 20130201?-20170107
  code   GHAELI 20170108-
  code   GHAELI
  kind   person
  note   foreign minister 01 Feb 2013 (date uncertain) to 07 Jan 2017. UN envoy for Libya from 2025.

actor SHIRLEY_AYORKOR_BOTCHWEY
  name   Shirley Ayorkor Botchwey; Ayorkor Botchwey
  code   GHAELI -20170131?
  code   GHAGOV 20170201?-20250107
  code   GHAELI 20250108-
  code   GHAELI
  kind   person
  note   foreign minister 01 Feb 2017 (date uncertain) to 07 Jan 2025. Commonwealth secretary-general from 1 April 2025.

actor DOMINIC_NITIWUL
  name   Dominic Nitiwul
  code   GHAELI -20170131?
  code   GHAGOV 20170201?-20250107
  code   GHAELI 20250108-
  code   GHAELI
  kind   person
  note   defence minister 01 Feb 2017 (date uncertain) to 07 Jan 2025

actor EDWARD_OMANE_BOAMAH
  name   Edward Omane Boamah; Omane Boamah
  code   GHAELI -20250129?
  code   GHAGOV 20250130?-20250806
  code   GHAELI 20250807-
  code   GHAELI
  kind   person
  note   defence minister 30 Jan 2025 (date uncertain) to 06 Aug 2025. Killed in a military helicopter crash on 6 August 2025.

# ---- Tanzania: ministers

actor ASHA_ROSE_MIGIRO
  name   Asha-Rose Migiro; Migiro
  code   TZAELI -20060103?
  code   TZAGOV 20060104?-20070205
  code   TZAELI 20070206-
  code   TZAELI
  kind   person
  note   foreign minister 04 Jan 2006 (date uncertain) to 05 Feb 2007. UN deputy secretary-general 2007-2012.

actor AUGUSTINE_MAHIGA
  name   Augustine Mahiga; Mahiga
  code   TZAELI -20151211?
  code   TZAGOV 20151212?-20190303
  code   TZAELI 20190304-
  code   TZAELI
  kind   person
  note   foreign minister 12 Dec 2015 (date uncertain) to 03 Mar 2019. Died 1 May 2020.

actor PALAMAGAMBA_KABUDI
  name   Palamagamba Kabudi; Kabudi
  code   TZAELI -20190302
  code   TZAGOV 20190303-20210331
  code   TZAELI 20210401-
  code   TZAELI
  kind   person
  note   foreign minister 03 Mar 2019 to 31 Mar 2021

actor LIBERATA_MULAMULA
  name   Liberata Mulamula; Mulamula
  code   TZAELI -20210330
  code   TZAGOV 20210331-20221003?
  code   TZAELI 20221004?-
  code   TZAELI
  kind   person
  note   foreign minister 31 Mar 2021 to 03 Oct 2022 (date uncertain)

actor STERGOMENA_TAX
  name   Stergomena Tax; Stergomena Lawrence Tax
  code   TZAELI -20210330
  code   TZAGOV 20210331-20230830?
  code   TZAELI 20230831?-
  code   TZAELI
  kind   person
  note   defence minister 31 Mar 2021 to 03 Oct 2022 (date uncertain); foreign minister 03 Oct 2022 (date uncertain) to 30 Aug 2023 (date uncertain). SADC executive secretary 2013-2021.

actor JANUARY_MAKAMBA
  name   January Makamba
  code   TZAELI -20230829?
  code   TZAGOV 20230830?-20240721?
  code   TZAELI 20240722?-
  code   TZAELI
  kind   person
  note   foreign minister 30 Aug 2023 (date uncertain) to 21 Jul 2024 (date uncertain)

actor MAHMOUD_THABIT_KOMBO
  name   Mahmoud Thabit Kombo
  code   TZAELI -20240720?
  code   TZAGOV 20240721?-
  code   TZAGOV
  kind   person
  note   foreign minister 21 Jul 2024 (date uncertain) to today

# ---- Rwanda and Uganda: ministers

actor JAMES_KABAREBE
  name   James Kabarebe; Kabarebe
  code   RWAELI -20011231?
  code   RWAMIL 20020101?-20100405?
  code   RWAGOV 20100406?-20181018
  code   RWAELI 20181019-
  code   RWAELI
  kind   person
  note   army chief 01 Jan 2002 (date uncertain) to 06 Apr 2010 (date uncertain); defence minister 06 Apr 2010 (date uncertain) to 18 Oct 2018. Army chief of staff before (dates uncertain); presidential adviser after 2018.

actor ALBERT_MURASIRA
  name   Albert Murasira
  code   RWAELI -20181017
  code   RWAGOV 20181018-20230605?
  code   RWAELI 20230606?-
  code   RWAELI
  kind   person
  note   defence minister 18 Oct 2018 to 05 Jun 2023 (date uncertain)

actor JUVENAL_MARIZAMUNDA
  name   Juvénal Marizamunda; Marizamunda
  code   RWAELI -20230604?
  code   RWAGOV 20230605?-
  code   RWAGOV
  kind   person
  note   defence minister 05 Jun 2023 (date uncertain) to today

actor CRISPUS_KIYONGA
  name   Crispus Kiyonga; Kiyonga
  code   UGAELI -20060531?
  code   UGAGOV 20060601?-20160606?
  code   UGAELI 20160607?-
  code   UGAELI
  kind   person
  note   defence minister 01 Jun 2006 (date uncertain) to 06 Jun 2016 (date uncertain)

actor ADOLF_MWESIGE
  name   Adolf Mwesige
  code   UGAELI -20160605?
  code   UGAGOV 20160606?-20210608?
  code   UGAELI 20210609?-
  code   UGAELI
  kind   person
  note   defence minister 06 Jun 2016 (date uncertain) to 08 Jun 2021 (date uncertain)

actor VINCENT_SSEMPIJJA
  name   Vincent Ssempijja; Ssempijja
  code   UGAELI -20210607?
  code   UGAGOV 20210608?-20240321?
  code   UGAELI 20240322?-
  code   UGAELI
  kind   person
  note   defence minister 08 Jun 2021 (date uncertain) to 21 Mar 2024 (date uncertain)

actor JACOB_OBOTH_OBOTH
  name   Jacob Oboth-Oboth; Oboth-Oboth
  code   UGAELI -20240320?
  code   UGAGOV 20240321?-
  code   UGAGOV
  kind   person
  note   defence minister 21 Mar 2024 (date uncertain) to today

actor MUHOOZI_KAINERUGABA
  name   Muhoozi Kainerugaba; Muhoozi
  code   UGAMIL -20240320
  code   UGAMIL 20240321-
  code   UGAMIL
  kind   person
  note   chief of defence forces 21 Mar 2024 to today. Museveni's son; an army officer throughout (special forces commander, land forces commander 2021-2022), so coded UGAMIL before and during the office.

# ---- Zimbabwe: ministers

actor STAN_MUDENGE
  name   Stan Mudenge; Stanislaus Mudenge
  code   ZWEELI -19950331?
  code   ZWEGOV 19950401?-20050416?
  code   ZWEELI 20050417?-
  code   ZWEELI
  kind   person
  note   foreign minister 01 Apr 1995 (date uncertain) to 16 Apr 2005 (date uncertain). Died 4 October 2012.

actor SIMBARASHE_MUMBENGEGWI
  name   Simbarashe Mumbengegwi; Mumbengegwi
  code   ZWEELI -20050415?
  code   ZWEGOV 20050416?-20171127
  code   ZWEELI 20171128-
  code   ZWEELI
  kind   person
  note   foreign minister 16 Apr 2005 (date uncertain) to 27 Nov 2017

actor SIBUSISO_MOYO
  name   Sibusiso Moyo; SB Moyo
  code   ZWEELI -20171129
  code   ZWEGOV 20171130-20210120
  code   ZWEELI 20210121-
  code   ZWEELI
  kind   person
  note   foreign minister 30 Nov 2017 to 20 Jan 2021. Announced the army takeover of November 2017; died in office 20 January 2021.

actor FREDERICK_SHAVA
  name   Frederick Shava
  code   ZWEELI -20210303?
  code   ZWEGOV 20210304?-20230912?
  code   ZWEELI 20230913?-
  code   ZWEELI
  kind   person
  note   foreign minister 04 Mar 2021 (date uncertain) to 12 Sep 2023 (date uncertain)

actor AMON_MURWIRA
  name   Amon Murwira; Murwira
  code   ZWEELI -20230911?
  code   ZWEGOV 20230912?-
  code   ZWEGOV
  kind   person
  note   foreign minister 12 Sep 2023 (date uncertain) to today

actor SYDNEY_SEKERAMAYI
  name   Sydney Sekeramayi; Sekeramayi
  code   ZWEELI -20010630?
  code   ZWEGOV 20010701?-20090213?
  code   ZWEELI 20090214?-20130910?
  code   ZWEGOV 20130911?-20170909?
  code   ZWEELI 20170910?-
  code   ZWEELI
  kind   person
  note   defence minister 01 Jul 2001 (date uncertain) to 13 Feb 2009 (date uncertain); defence minister 11 Sep 2013 (date uncertain) to 09 Sep 2017 (date uncertain)

actor CONSTANTINO_CHIWENGA
  name   Constantino Chiwenga; Chiwenga
  code   ZWEELI -20031231?
  code   ZWEMIL 20040101?-20171227
  code   ZWEGOV 20171228-
  code   ZWEGOV
  kind   person
  note   army chief 01 Jan 2004 (date uncertain) to 27 Dec 2017; vice president 28 Dec 2017 to today. Commander of the defence forces who led the November 2017 takeover.

actor OPPAH_MUCHINGURI
  name   Oppah Muchinguri; Oppah Muchinguri-Kashiri
  code   ZWEELI -20180906?
  code   ZWEGOV 20180907?-20230912?
  code   ZWEELI 20230913?-
  code   ZWEELI
  kind   person
  note   defence minister 07 Sep 2018 (date uncertain) to 12 Sep 2023 (date uncertain)

# ---- South Africa: ministers

actor MOSIUOA_LEKOTA
  name   Mosiuoa Lekota; Terror Lekota; Lekota
  code   ZAFELI -19990616
  code   ZAFGOV 19990617-20080925
  code   ZAFELI 20080926-
  code   ZAFELI
  kind   person
  note   defence minister 17 Jun 1999 to 25 Sep 2008. Founded COPE in 2008.

actor CHARLES_NQAKULA
  name   Charles Nqakula
  code   ZAFELI -20080924
  code   ZAFGOV 20080925-20090510
  code   ZAFELI 20090511-
  code   ZAFELI
  kind   person
  note   defence minister 25 Sep 2008 to 10 May 2009

# ---- Zambia: ministers

actor HARRY_KALABA
  name   Harry Kalaba
  code   ZMBELI -20140731?
  code   ZMBGOV 20140801?-20180501?
  code   ZMBELI 20180502?-
  code   ZMBELI
  kind   person
  note   foreign minister 01 Aug 2014 (date uncertain) to 01 May 2018 (date uncertain)

actor STANLEY_KAKUBO
  name   Stanley Kakubo
  code   ZMBELI -20210908?
  code   ZMBGOV 20210909?-20230608?
  code   ZMBELI 20230609?-
  code   ZMBELI
  kind   person
  note   foreign minister 09 Sep 2021 (date uncertain) to 08 Jun 2023 (date uncertain)

# ---- Mali: ministers

actor KAMISSA_CAMARA
  name   Kamissa Camara
  code   MLIELI -20180908?
  code   MLIGOV 20180909?-20190505?
  code   MLIELI 20190506?-
  code   MLIELI
  kind   person
  note   foreign minister 09 Sep 2018 (date uncertain) to 05 May 2019 (date uncertain)

# ---- Chad: ministers

actor MAHAMAT_ZENE_CHERIF
  name   Mahamat Zene Chérif; Chérif Mahamat Zene
  code   TCDELI -20180506?
  code   TCDGOV 20180507?-20210502?
  code   TCDELI 20210503?-
  code   TCDELI
  kind   person
  note   foreign minister 07 May 2018 (date uncertain) to 02 May 2021 (date uncertain)

# ---- Angola, Mozambique, Eritrea, Tanzania: ministers

actor OLDEMIRO_BALOI
  name   Oldemiro Balói; Oldemiro Baloi
  code   MOZELI -20080309?
  code   MOZGOV 20080310?-20170305?
  code   MOZELI 20170306?-
  code   MOZELI
  kind   person
  note   foreign minister 10 Mar 2008 (date uncertain) to 05 Mar 2017 (date uncertain)

actor VERONICA_MACAMO
  name   Verónica Macamo
  code   MOZELI -20200116?
  code   MOZGOV 20200117?-20250117?
  code   MOZELI 20250118?-
  code   MOZELI
  kind   person
  note   foreign minister 17 Jan 2020 (date uncertain) to 17 Jan 2025 (date uncertain)

actor ATANASIO_MTUMUKE
  name   Atanásio Mtumuke
  code   MOZELI -20150118?
  code   MOZGOV 20150119?-20190117?
  code   MOZELI 20190118?-
  code   MOZELI
  kind   person
  note   defence minister 19 Jan 2015 (date uncertain) to 17 Jan 2019 (date uncertain)

actor CRISTOVAO_CHUME
  name   Cristóvão Chume
  code   MOZELI -20220302?
  code   MOZGOV 20220303?-20250117?
  code   MOZELI 20250118?-
  code   MOZELI
  kind   person
  note   defence minister 03 Mar 2022 (date uncertain) to 17 Jan 2025 (date uncertain)

actor OSMAN_SALEH
  name   Osman Saleh Mohammed; Osman Saleh
  code   ERIELI -20070331?
  code   ERIGOV 20070401?-
  code   ERIGOV
  kind   person
  note   foreign minister 01 Apr 2007 (date uncertain) to today

actor ALI_SAID_ABDELLA
  name   Ali Said Abdella
  code   ERIELI -20000229?
  code   ERIGOV 20000301?-20050828
  code   ERIELI 20050829-
  code   ERIELI
  kind   person
  note   foreign minister 01 Mar 2000 (date uncertain) to 28 Aug 2005. Died in office 28 August 2005.

actor HUSSEIN_MWINYI
  name   Hussein Mwinyi; Hussein Ali Mwinyi
  code   TZAELI -20080211?
  code   TZAGOV 20080212?-20120504?
  code   TZAELI 20120505?-20140119?
  code   TZAGOV 20140120?-20200701?
  code   TZAELI 20200702?-20201102
  code   TZAGOV 20201103-
  code   TZAGOV
  kind   person
  note   defence minister 12 Feb 2008 (date uncertain) to 04 May 2012 (date uncertain); defence minister 20 Jan 2014 (date uncertain) to 01 Jul 2020 (date uncertain); president of Zanzibar 03 Nov 2020 to today. President of Zanzibar from 3 November 2020, coded TZAGOV as a semi-autonomous government of Tanzania. Son of former president Ali Hassan Mwinyi.

actor YOUSSOUF_BAKAYOKO
  name   Youssouf Bakayoko
  code   CIVELI -20051231?
  code   CIVGOV 20060101?-20101204?
  code   CIVELI 20101205?-
  code   CIVELI
  kind   person
  note   foreign minister 01 Jan 2006 (date uncertain) to 04 Dec 2010 (date uncertain). Electoral commission president 2010-2020.

actor CHARLES_KOFFI_DIBY
  name   Charles Koffi Diby; Koffi Diby
  code   CIVELI -20121121?
  code   CIVGOV 20121122?-20160112?
  code   CIVELI 20160113?-
  code   CIVELI
  kind   person
  note   foreign minister 22 Nov 2012 (date uncertain) to 12 Jan 2016 (date uncertain). Died 7 December 2019.

# ---- Namibia, Botswana, Senegal: foreign ministers

actor HIDIPO_HAMUTENYA
  name   Hidipo Hamutenya; Hamutenya
  code   NAMELI -20020827?
  code   NAMGOV 20020828?-20040601?
  code   NAMELI 20040602?-
  code   NAMELI
  kind   person
  note   foreign minister 28 Aug 2002 (date uncertain) to 01 Jun 2004 (date uncertain). Founded the opposition RDP in 2007; died 6 July 2016.

actor MARCO_HAUSIKU
  name   Marco Hausiku
  code   NAMELI -20040531?
  code   NAMGOV 20040601?-20100321?
  code   NAMELI 20100322?-
  code   NAMELI
  kind   person
  note   foreign minister 01 Jun 2004 (date uncertain) to 21 Mar 2010 (date uncertain)

actor UTONI_NUJOMA
  name   Utoni Nujoma
  code   NAMELI -20100320?
  code   NAMGOV 20100321?-20121204?
  code   NAMELI 20121205?-
  code   NAMELI
  kind   person
  note   foreign minister 21 Mar 2010 (date uncertain) to 04 Dec 2012 (date uncertain). Son of Sam Nujoma.

actor MOMPATI_MERAFHE
  name   Mompati Merafhe; Merafhe
  code   BWAELI -19931231?
  code   BWAGOV 19940101?-20090101?
  code   BWAELI 20090102?-
  code   BWAELI
  kind   person
  note   foreign minister 01 Jan 1994 (date uncertain) to 01 Apr 2008; vice president 01 Apr 2008 to 01 Jan 2009 (date uncertain). Died 31 January 2015.

actor PHANDU_SKELEMANI
  name   Phandu Skelemani; Skelemani
  code   BWAELI -20080331?
  code   BWAGOV 20080401?-20141101?
  code   BWAELI 20141102?-
  code   BWAELI
  kind   person
  note   foreign minister 01 Apr 2008 (date uncertain) to 01 Nov 2014 (date uncertain)

actor PELONOMI_VENSON_MOITOI
  name   Pelonomi Venson-Moitoi; Venson-Moitoi
  code   BWAELI -20141031?
  code   BWAGOV 20141101?-20180401?
  code   BWAELI 20180402?-
  code   BWAELI
  kind   person
  note   foreign minister 01 Nov 2014 (date uncertain) to 01 Apr 2018 (date uncertain)

actor UNITY_DOW
  name   Unity Dow
  code   BWAELI -20180331?
  code   BWAGOV 20180401?-20191101?
  code   BWAELI 20191102?-
  code   BWAELI
  kind   person
  note   foreign minister 01 Apr 2018 (date uncertain) to 01 Nov 2019 (date uncertain)

actor LEMOGANG_KWAPE
  name   Lemogang Kwape; Kwape
  code   BWAELI -20191031?
  code   BWAGOV 20191101?-20241101?
  code   BWAELI 20241102?-
  code   BWAELI
  kind   person
  note   foreign minister 01 Nov 2019 (date uncertain) to 01 Nov 2024 (date uncertain)

actor MADICKE_NIANG
  name   Madické Niang
  code   SENELI -20090930?
  code   SENGOV 20091001?-20120404
  code   SENELI 20120405-
  code   SENELI
  kind   person
  note   foreign minister 01 Oct 2009 (date uncertain) to 04 Apr 2012

actor AISSATA_TALL_SALL
  name   Aïssata Tall Sall
  code   SENELI -20201031?
  code   SENGOV 20201101?-20240404?
  code   SENELI 20240405?-
  code   SENELI
  kind   person
  note   foreign minister 01 Nov 2020 (date uncertain) to 09 Oct 2023 (date uncertain); justice minister 10 Oct 2023 (date uncertain) to 04 Apr 2024 (date uncertain). Swapped offices with Ismaïla Madior Fall in October 2023.

# ==== Foreign and defence ministers of the states that were thin (issue #4 item 3).
# States without a defence minister of their own say so in their section heading;
# ministers whose dates we could not place to the month are left out.
# ---- Foreign and defence ministers (issue #4): Angola
actor JOAO_BERNARDO_DE_MIRANDA
  name   João Bernardo de Miranda; Joao Bernardo de Miranda
  code   AGOELI -19981231?
  code   AGOGOV 19990101?-20081001?
  code   AGOELI 20081002?-
  code   AGOELI
  kind   person
  note   foreign minister 01 Jan 1999 (date uncertain) to 01 Oct 2008 (date uncertain). Start month uncertain (early 1999).

actor ASSUNCAO_DOS_ANJOS
  name   Assunção dos Anjos; Assuncao dos Anjos
  code   AGOELI -20081001?
  code   AGOGOV 20081002?-20100204?
  code   AGOELI 20100205?-
  code   AGOELI
  kind   person
  note   foreign minister 02 Oct 2008 (date uncertain) to 04 Feb 2010 (date uncertain)

actor CANDIDO_VAN_DUNEM
  name   Cândido Pereira dos Santos Van-Dúnem; Cândido Van-Dúnem; Candido Van-Dunem
  code   AGOELI -20100204?
  code   AGOGOV 20100205?-20140422?
  code   AGOELI 20140423?-
  code   AGOELI
  kind   person
  note   defence minister 05 Feb 2010 (date uncertain) to 22 Apr 2014 (date uncertain)


# ---- Burundi
actor ANTOINETTE_BATUMUBWIRA
  name   Antoinette Batumubwira
  code   BDIELI -20050829?
  code   BDIGOV 20050830?-20071109?
  code   BDIELI 20071110?-
  code   BDIELI
  kind   person
  note   foreign minister 30 Aug 2005 (date uncertain) to 09 Nov 2007 (date uncertain)

actor AUGUSTIN_NSANZE
  name   Augustin Nsanze
  code   BDIELI -20071109?
  code   BDIGOV 20071110?-20111107?
  code   BDIELI 20111108?-
  code   BDIELI
  kind   person
  note   foreign minister 10 Nov 2007 (date uncertain) to 07 Nov 2011 (date uncertain)

actor ALBERT_SHINGIRO
  name   Albert Shingiro
  code   BDIELI -20200627
  code   BDIGOV 20200628-20250805?
  code   BDIELI 20250806?-
  code   BDIELI
  kind   person
  note   foreign minister 28 Jun 2020 to 05 Aug 2025 (date uncertain). End uncertain: left with the government formed after the 2025 legislative elections.

actor PONTIEN_GACIYUBWENGE
  name   Pontien Gaciyubwenge; Gaciyubwenge
  code   BDIELI -20100829?
  code   BDIGOV 20100830?-20150518?
  code   BDIELI 20150519?-
  code   BDIELI
  kind   person
  note   defence minister 30 Aug 2010 (date uncertain) to 18 May 2015 (date uncertain). Replaced after the failed coup of May 2015.

actor EMMANUEL_NTAHOMVUKIYE
  name   Emmanuel Ntahomvukiye
  code   BDIELI -20150517?
  code   BDIGOV 20150518?-20200627?
  code   BDIELI 20200628?-
  code   BDIELI
  kind   person
  note   defence minister 18 May 2015 (date uncertain) to 27 Jun 2020 (date uncertain)

actor ALAIN_TRIBERT_MUTABAZI
  name   Alain Tribert Mutabazi
  code   BDIELI -20200627
  code   BDIGOV 20200628-
  code   BDIGOV
  kind   person
  note   defence minister 28 Jun 2020 to today. In office as of our last information (2025).


# ---- Benin (the president keeps defence; a minister delegate runs it)
actor JEAN_MARIE_EHOUZOU
  name   Jean-Marie Ehouzou; Jean Marie Ehouzou
  code   BENELI -20081021?
  code   BENGOV 20081022?-20110527?
  code   BENELI 20110528?-
  code   BENELI
  kind   person
  note   foreign minister 22 Oct 2008 (date uncertain) to 27 May 2011 (date uncertain)

actor NASSIROU_BAKO_ARIFARI
  name   Nassirou Bako Arifari; Nassirou Bako-Arifari
  code   BENELI -20110527?
  code   BENGOV 20110528?-20150617?
  code   BENELI 20150618?-
  code   BENELI
  kind   person
  note   foreign minister 28 May 2011 (date uncertain) to 17 Jun 2015 (date uncertain)

actor SALIOU_AKADIRI
  name   Saliou Akadiri
  code   BENELI -20150617?
  code   BENGOV 20150618?-20160405
  code   BENELI 20160406-
  code   BENELI
  kind   person
  note   foreign minister 18 Jun 2015 (date uncertain) to 05 Apr 2016

actor AURELIEN_AGBENONCI
  name   Aurélien Agbénonci; Aurelien Agbenonci; Agbénonci
  code   BENELI -20160405
  code   BENGOV 20160406-20210524?
  code   BENELI 20210525?-
  code   BENELI
  kind   person
  note   foreign minister 06 Apr 2016 to 24 May 2021 (date uncertain)

actor OLUSHEGUN_ADJADI_BAKARI
  name   Olushegun Adjadi Bakari; Shegun Adjadi Bakari; Adjadi Bakari
  code   BENELI -20210524?
  code   BENGOV 20210525?-
  code   BENGOV
  kind   person
  note   foreign minister 25 May 2021 (date uncertain) to today. In office as of our last information.


# ---- Central African Republic
actor ANTOINE_GAMBI
  name   Antoine Gambi
  code   CAFELI -20090118?
  code   CAFGOV 20090119?-20130324
  code   CAFELI 20130325-
  code   CAFELI
  kind   person
  note   foreign minister 19 Jan 2009 (date uncertain) to 24 Mar 2013. Left office when the Séléka took Bangui.

actor CHARLES_ARMEL_DOUBANE
  name   Charles Armel Doubane
  code   CAFELI -20160410?
  code   CAFGOV 20160411?-20181211?
  code   CAFELI 20181212?-
  code   CAFELI
  kind   person
  note   foreign minister 11 Apr 2016 (date uncertain) to 11 Dec 2018 (date uncertain)

actor SYLVIE_BAIPO_TEMON
  name   Sylvie Baïpo-Temon; Sylvie Baipo-Temon; Sylvie Baipo Temon; Baïpo-Temon
  code   CAFELI -20181211?
  code   CAFGOV 20181212?-
  code   CAFGOV
  kind   person
  note   foreign minister 12 Dec 2018 (date uncertain) to today

actor MARIE_NOELLE_KOYARA
  name   Marie-Noëlle Koyara; Marie-Noelle Koyara; Marie Noëlle Koyara
  code   CAFELI -20160410?
  code   CAFGOV 20160411?-20210610?
  code   CAFELI 20210611?-
  code   CAFELI
  kind   person
  note   defence minister 11 Apr 2016 (date uncertain) to 10 Jun 2021 (date uncertain)

actor CLAUDE_RAMEAUX_BIREAU
  name   Claude Rameaux Bireau; Rameaux Bireau
  code   CAFELI -20210610?
  code   CAFGOV 20210611?-
  code   CAFGOV
  kind   person
  note   defence minister 11 Jun 2021 (date uncertain) to today. In office as of our last information.


# ---- Gambia (the president is minister of defence)
actor MAMADOU_TANGARA
  name   Mamadou Tangara
  code   GMBELI -20180625?
  code   GMBGOV 20180626?-
  code   GMBGOV
  kind   person
  note   foreign minister 26 Jun 2018 (date uncertain) to today. In office as of our last information; hosted the OIC summit in Banjul, May 2024.


# ---- Guinea
actor MOHAMED_DIANE
  name   Mohamed Diané; Mohamed Diane
  code   GINELI -20160103?
  code   GINGOV 20160104?-20210905
  code   GINELI 20210906-
  code   GINELI
  kind   person
  note   defence minister 04 Jan 2016 (date uncertain) to 05 Sep 2021. Minister of state at the presidency in charge of defence until the coup of 5 Sep 2021.

actor MORISSANDA_KOUYATE
  name   Morissanda Kouyaté; Morissanda Kouyate
  code   GINELI -20211026?
  code   GINGOV 20211027?-
  code   GINGOV
  kind   person
  note   foreign minister 27 Oct 2021 (date uncertain) to today. In office as of our last information.


# ---- Liberia
actor MONIE_CAPTAN
  name   Monie Captan; Monie R. Captan
  code   LBRELI -19960831?
  code   LBRGOV 19960901?-20031013?
  code   LBRELI 20031014?-
  code   LBRELI
  kind   person
  note   foreign minister 01 Sep 1996 (date uncertain) to 13 Oct 2003 (date uncertain). Foreign minister under Charles Taylor; start date uncertain (1996).

actor THOMAS_NIMELY
  name   Thomas Nimely; Thomas Yaya Nimely
  code   LBRELI -20031013?
  code   LBRGOV 20031014?-20060115
  code   LBRELI 20060116-
  code   LBRELI
  kind   person
  note   foreign minister 14 Oct 2003 (date uncertain) to 15 Jan 2006. Transitional government of Gyude Bryant.

actor GEORGE_WALLACE_LBR
  name   George Wallace; George W. Wallace
  code   LBRELI -20060115?
  code   LBRGOV 20060116?-20070930?
  code   LBRELI 20071001?-
  code   LBRELI
  kind   person
  note   foreign minister 16 Jan 2006 (date uncertain) to 30 Sep 2007 (date uncertain)

actor OLUBANKE_KING_AKERELE
  name   Olubanke King-Akerele; Olubanke King Akerele; King-Akerele
  code   LBRELI -20070930?
  code   LBRGOV 20071001?-20100331?
  code   LBRELI 20100401?-
  code   LBRELI
  kind   person
  note   foreign minister 01 Oct 2007 (date uncertain) to 31 Mar 2010 (date uncertain)

actor TOGA_MCINTOSH
  name   Toga McIntosh; Toga Gayewea McIntosh
  code   LBRELI -20100331?
  code   LBRGOV 20100401?-20120131?
  code   LBRELI 20120201?-
  code   LBRELI
  kind   person
  note   foreign minister 01 Apr 2010 (date uncertain) to 31 Jan 2012 (date uncertain)

actor AUGUSTINE_NGAFUAN
  name   Augustine Ngafuan; Augustine Kpehe Ngafuan; Ngafuan
  code   LBRELI -20120131?
  code   LBRGOV 20120201?-20151231?
  code   LBRELI 20160101?-
  code   LBRELI
  kind   person
  note   foreign minister 01 Feb 2012 (date uncertain) to 31 Dec 2015 (date uncertain). Finance minister before (2008-2012), dates of that office not coded.

actor MARJON_KAMARA
  name   Marjon Kamara; Marjon V. Kamara
  code   LBRELI -20160131?
  code   LBRGOV 20160201?-20180122
  code   LBRELI 20180123-
  code   LBRELI
  kind   person
  note   foreign minister 01 Feb 2016 (date uncertain) to 22 Jan 2018

actor GBEHZOHNGAR_FINDLEY
  name   Gbehzohngar Findley; Gbehzohngar Milton Findley
  code   LBRELI -20180122?
  code   LBRGOV 20180123?-20200131?
  code   LBRELI 20200201?-
  code   LBRELI
  kind   person
  note   foreign minister 23 Jan 2018 (date uncertain) to 31 Jan 2020 (date uncertain)

actor DEE_MAXWELL_KEMAYAH
  name   Dee-Maxwell Saah Kemayah; Dee-Maxwell Kemayah; Kemayah
  code   LBRELI -20200131?
  code   LBRGOV 20200201?-20240122
  code   LBRELI 20240123-
  code   LBRELI
  kind   person
  note   foreign minister 01 Feb 2020 (date uncertain) to 22 Jan 2024

actor SARA_BEYSOLOW_NYANTI
  name   Sara Beysolow Nyanti; Sara Nyanti
  code   LBRELI -20240122?
  code   LBRGOV 20240123?-
  code   LBRGOV
  kind   person
  note   foreign minister 23 Jan 2024 (date uncertain) to today. In office as of our last information.

actor BROWNIE_SAMUKAI
  name   Brownie Samukai; Brownie J. Samukai; Samukai
  code   LBRELI -20060115?
  code   LBRGOV 20060116?-20180122
  code   LBRELI 20180123-
  code   LBRELI
  kind   person
  note   defence minister 16 Jan 2006 (date uncertain) to 22 Jan 2018

actor DANIEL_ZIANKAHN
  name   Daniel Ziankahn; Ziankahn
  code   LBRELI -20180122?
  code   LBRGOV 20180123?-20240122
  code   LBRELI 20240123-
  code   LBRELI
  kind   person
  note   defence minister 23 Jan 2018 (date uncertain) to 22 Jan 2024


# ---- Lesotho (the prime minister has often kept defence)
actor TSELISO_MOKHOSI
  name   Tšeliso Mokhosi; Tseliso Mokhosi; Mokhosi
  code   LSOELI -20150316?
  code   LSOGOV 20150317?-20170615?
  code   LSOELI 20170616?-
  code   LSOELI
  kind   person
  note   defence minister 17 Mar 2015 (date uncertain) to 15 Jun 2017 (date uncertain). Mosisili's second coalition government.

actor LEJONE_MPOTJOANE
  name   Lejone Mpotjoane
  code   LSOELI -20221103?
  code   LSOGOV 20221104?-
  code   LSOGOV
  kind   person
  note   foreign minister 04 Nov 2022 (date uncertain) to today. In office as of our last information.


# ---- Madagascar
actor MARCEL_RANJEVA
  name   Marcel Ranjeva
  code   MDGELI -20020531?
  code   MDGGOV 20020601?-20090317
  code   MDGELI 20090318-
  code   MDGELI
  kind   person
  note   foreign minister 01 Jun 2002 (date uncertain) to 17 Mar 2009. Left with Ravalomanana.


# ---- Mauritania
actor ISMAIL_OULD_CHEIKH_AHMED
  name   Ismail Ould Cheikh Ahmed; Ismaïl Ould Cheikh Ahmed
  code   MRTELI -20181028?
  code   MRTGOV 20181029?-20200808?
  code   MRTELI 20200809?-
  code   MRTELI
  kind   person
  note   foreign minister 29 Oct 2018 (date uncertain) to 08 Aug 2020 (date uncertain). UN special envoy for Yemen 2015-2018 (not a Mauritanian office).

actor MOHAMED_SALEM_OULD_MERZOUG
  name   Mohamed Salem Ould Merzoug; Ould Merzoug
  code   MRTELI -20200808?
  code   MRTGOV 20200809?-
  code   MRTGOV
  kind   person
  note   foreign minister 09 Aug 2020 (date uncertain) to today. In office as of our last information.


# ---- Mauritius (no defence ministry: the prime minister holds defence and home affairs)
actor ARVIN_BOOLELL
  name   Arvin Boolell; Boolell
  code   MUSELI -20050706?
  code   MUSGOV 20050707?-20141216?
  code   MUSELI 20141217?-20241121?
  code   MUSGOV 20241122?-
  code   MUSGOV
  kind   person
  note   agro-industry minister 07 Jul 2005 (date uncertain) to 31 Aug 2008 (date uncertain); foreign minister 01 Sep 2008 (date uncertain) to 16 Dec 2014 (date uncertain); agro-industry minister 22 Nov 2024 (date uncertain) to today. Dates of the agro-industry offices uncertain; in Ramgoolam's 2024 government.

actor DHANANJAY_RAMFUL
  name   Dhananjay Ramful
  code   MUSELI -20241121?
  code   MUSGOV 20241122?-
  code   MUSGOV
  kind   person
  note   foreign minister 22 Nov 2024 (date uncertain) to today. In office as of our last information.


# ---- Malawi
actor EISENHOWER_MKAKA
  name   Eisenhower Mkaka; Eisenhower Nduwa Mkaka; Mkaka
  code   MWIELI -20200707?
  code   MWIGOV 20200708?-20220207?
  code   MWIELI 20220208?-
  code   MWIELI
  kind   person
  note   foreign minister 08 Jul 2020 (date uncertain) to 07 Feb 2022 (date uncertain)

actor NANCY_TEMBO
  name   Nancy Tembo
  code   MWIELI -20220207?
  code   MWIGOV 20220208?-20251003?
  code   MWIELI 20251004?-
  code   MWIELI
  kind   person
  note   foreign minister 08 Feb 2022 (date uncertain) to 03 Oct 2025 (date uncertain). Left with the Chakwera government after the September 2025 election.


# ---- Namibia

# ---- Senegal
actor BIRAME_DIOP
  name   Birame Diop; General Birame Diop
  code   SENELI -20240404
  code   SENGOV 20240405-
  code   SENGOV
  kind   person
  note   defence minister 05 Apr 2024 to today. Minister of the armed forces; in office as of our last information.

actor CHEIKH_NIANG
  name   Cheikh Niang
  code   SENELI -20250905?
  code   SENGOV 20250906?-
  code   SENGOV
  kind   person
  note   foreign minister 06 Sep 2025 (date uncertain) to today. Ambassador to the UN before; in office as of our last information.


# ---- Sierra Leone
actor ZAINAB_BANGURA
  name   Zainab Bangura; Zainab Hawa Bangura
  code   SLEELI -20071014?
  code   SLEGOV 20071015?-20120621?
  code   SLEELI 20120622?-
  code   SLEELI
  kind   person
  note   foreign minister 15 Oct 2007 (date uncertain) to 30 Nov 2010 (date uncertain); health minister 01 Dec 2010 (date uncertain) to 21 Jun 2012 (date uncertain). UN special representative on sexual violence in conflict 2012-2017.

actor TIMOTHY_MUSA_KABBA
  name   Timothy Musa Kabba; Timothy Kabba
  code   SLEELI -20230719?
  code   SLEGOV 20230720?-
  code   SLEGOV
  kind   person
  note   foreign minister 20 Jul 2023 (date uncertain) to today. In office as of our last information.


# ---- Somalia
actor FOWSIYO_YUSUF_HAJI_ADAN
  name   Fowsiyo Yusuf Haji Adan; Fawzia Yusuf Haji Adam; Fowsiyo Yusuf Haji Aadan
  code   SOMELI -20121103
  code   SOMGOV 20121104-20140117
  code   SOMELI 20140118-
  code   SOMELI
  kind   person
  note   foreign minister 04 Nov 2012 to 17 Jan 2014. Also deputy prime minister; Somalia's first woman foreign minister.


# ---- South Sudan
actor KUOL_MANYANG_JUUK
  name   Kuol Manyang Juuk; Kuol Manyang
  code   SSDELI -20130730?
  code   SSDGOV 20130731?-20200311?
  code   SSDELI 20200312?-
  code   SSDELI
  kind   person
  note   defence minister 31 Jul 2013 (date uncertain) to 11 Mar 2020 (date uncertain)

actor ANGELINA_TENY
  name   Angelina Teny; Angelina Jany Teny
  code   SSDELI -20200311?
  code   SSDGOV 20200312?-20230303?
  code   SSDELI 20230304?-
  code   SSDELI
  kind   person
  note   defence minister 12 Mar 2020 (date uncertain) to 03 Mar 2023 (date uncertain). Dismissed by Kiir in March 2023; SPLM-IO.


# ---- Eswatini (defence stays with the king and the prime minister)
actor THULISILE_DLADLA
  name   Thulisile Dladla; Thuli Dladla
  code   SWZELI -20181105?
  code   SWZGOV 20181106?-20231030?
  code   SWZELI 20231031?-
  code   SWZELI
  kind   person
  note   foreign minister 06 Nov 2018 (date uncertain) to 30 Oct 2023 (date uncertain)

actor PHOLILE_SHAKANTU
  name   Pholile Shakantu; Pholile Dlamini-Shakantu
  code   SWZELI -20231102?
  code   SWZGOV 20231103?-
  code   SWZGOV
  kind   person
  note   foreign minister 03 Nov 2023 (date uncertain) to today. In office as of our last information.


# ---- Seychelles (the president keeps defence)
actor JEAN_PAUL_ADAM
  name   Jean-Paul Adam
  code   SYCELI -20100630?
  code   SYCGOV 20100701?-20161027?
  code   SYCELI 20161028?-
  code   SYCELI
  kind   person
  note   foreign minister 01 Jul 2010 (date uncertain) to 31 Mar 2015 (date uncertain); finance minister 01 Apr 2015 (date uncertain) to 27 Oct 2016 (date uncertain). Dates uncertain. Later at the UN Economic Commission for Africa.

actor SYLVESTRE_RADEGONDE
  name   Sylvestre Radegonde; Radegonde
  code   SYCELI -20201102?
  code   SYCGOV 20201103?-20251025?
  code   SYCELI 20251026?-
  code   SYCELI
  kind   person
  note   foreign minister 03 Nov 2020 (date uncertain) to 25 Oct 2025 (date uncertain). Left with Ramkalawan's government after the October 2025 election.


# ---- Tunisia: defence ministers
actor ABDELKARIM_ZBIDI
  name   Abdelkarim Zbidi; Abdelkrim Zbidi; Zbidi
  code   TUNELI -20110126
  code   TUNGOV 20110127-20130312?
  code   TUNELI 20130313?-20170911?
  code   TUNGOV 20170912?-20190808?
  code   TUNELI 20190809?-
  code   TUNELI
  kind   person
  note   defence minister 27 Jan 2011 to 12 Mar 2013 (date uncertain); defence minister 12 Sep 2017 (date uncertain) to 08 Aug 2019 (date uncertain). Resigned in 2019 to run for president.

actor FARHAT_HORCHANI
  name   Farhat Horchani; Horchani
  code   TUNELI -20150205
  code   TUNGOV 20150206-20170911?
  code   TUNELI 20170912?-
  code   TUNELI
  kind   person
  note   defence minister 06 Feb 2015 to 11 Sep 2017 (date uncertain)

actor IMED_MEMMICHE
  name   Imed Memmiche; Imed Memmich
  code   TUNELI -20211010
  code   TUNGOV 20211011-20240824
  code   TUNELI 20240825-
  code   TUNELI
  kind   person
  note   defence minister 11 Oct 2021 to 24 Aug 2024

actor KHALED_SEHILI
  name   Khaled Sehili; Khaled Shili
  code   TUNELI -20240824
  code   TUNGOV 20240825-
  code   TUNGOV
  kind   person
  note   defence minister 25 Aug 2024 to today. In office as of our last information.


# ---- Zambia
actor JOSEPH_MALANJI
  name   Joseph Malanji; Malanji
  code   ZMBELI -20180214?
  code   ZMBGOV 20180215?-20210512?
  code   ZMBELI 20210513?-
  code   ZMBELI
  kind   person
  note   foreign minister 15 Feb 2018 (date uncertain) to 12 May 2021 (date uncertain)

actor AMBROSE_LUFUMA
  name   Ambrose Lufuma; Lufuma
  code   ZMBELI -20210912?
  code   ZMBGOV 20210913?-
  code   ZMBGOV
  kind   person
  note   defence minister 13 Sep 2021 (date uncertain) to today. In office as of our last information.



# ---- DR Congo: defence ministers
actor AIME_NGOY_MUKENA
  name   Aimé Ngoy Mukena; Aime Ngoy Mukena; Ngoy Mukena
  code   CODELI -20190825
  code   CODGOV 20190826-20210411
  code   CODELI 20210412-
  code   CODELI
  kind   person
  note   defence minister 26 Aug 2019 to 11 Apr 2021. Ilunga government.

actor GILBERT_KABANDA
  name   Gilbert Kabanda
  code   CODELI -20210411
  code   CODGOV 20210412-20230322
  code   CODELI 20230323-
  code   CODELI
  kind   person
  note   defence minister 12 Apr 2021 to 22 Mar 2023. Sama Lukonde government, until the reshuffle of March 2023.

actor GUY_KABOMBO_MUADIAMVITA
  name   Guy Kabombo Muadiamvita; Guy Kabombo
  code   CODELI -20240528?
  code   CODGOV 20240529?-
  code   CODGOV
  kind   person
  note   defence minister 29 May 2024 (date uncertain) to today. Suminwa government; in office as of our last information.


# ---- Libya: defence ministers (since 2021 the prime minister Dbeibah keeps defence)
actor OSAMA_AL_JUWAILI
  name   Osama al-Juwaili; Usama al-Juwaili; Osama Juwaili
  code   LBYELI -20111121
  code   LBYGOV 20111122-20121114
  code   LBYELI 20121115-
  code   LBYELI
  kind   person
  note   defence minister 22 Nov 2011 to 14 Nov 2012. Zintan commander; later commander of the western military region under the Tripoli government (dates not coded).

actor MOHAMMED_AL_BARGHATHI
  name   Mohammed al-Barghathi; Mohammed Mahmoud al-Barghathi; Mohamed al-Bargathi
  code   LBYELI -20121113
  code   LBYGOV 20121114-20130627?
  code   LBYELI 20130628?-
  code   LBYELI
  kind   person
  note   defence minister 14 Nov 2012 to 27 Jun 2013 (date uncertain). Dismissed after the Benghazi clashes of June 2013 (end date uncertain).

actor SALAH_EDDINE_AL_NAMROUSH
  name   Salah al-Din al-Namroush; Salaheddine al-Namroush; Salah Eddine al-Namroush; Salah al-Namroush
  code   LBYELI -20200824?
  code   LBYGOV 20200825?-20210315
  code   LBYELI 20210316-
  code   LBYELI
  kind   person
  note   defence minister 25 Aug 2020 (date uncertain) to 15 Mar 2021. Government of National Accord; deputy defence minister before (not coded).


# ---- Tunisia: more defence ministers
actor RACHID_SABBAGH
  name   Rachid Sabbagh; Rachid Sabagh
  code   TUNELI -20130312
  code   TUNGOV 20130313-20140128
  code   TUNELI 20140129-
  code   TUNELI
  kind   person
  note   defence minister 13 Mar 2013 to 28 Jan 2014. Larayedh government.

actor GHAZI_JERIBI
  name   Ghazi Jeribi; Ghazi Jribi
  code   TUNELI -20140128
  code   TUNGOV 20140129-20150205
  code   TUNELI 20150206-20160826
  code   TUNGOV 20160827-20200226?
  code   TUNELI 20200227?-
  code   TUNELI
  kind   person
  note   defence minister 29 Jan 2014 to 05 Feb 2015; justice minister 27 Aug 2016 to 26 Feb 2020 (date uncertain). Jomaa government; justice minister under Chahed.

actor IMED_HAZGUI
  name   Imed Hazgui
  code   TUNELI -20200226
  code   TUNGOV 20200227-20200901
  code   TUNELI 20200902-
  code   TUNELI
  kind   person
  note   defence minister 27 Feb 2020 to 01 Sep 2020. Fakhfakh government.

actor IBRAHIM_BARTAGI
  name   Ibrahim Bartagi; Brahim Bartagi
  code   TUNELI -20200901
  code   TUNGOV 20200902-20210726
  code   TUNELI 20210727-
  code   TUNELI
  kind   person
  note   defence minister 02 Sep 2020 to 26 Jul 2021. Dismissed by Kais Saied on 26 July 2021.


# ---- Burkina Faso
actor ROSINE_SORI_COULIBALY
  name   Rosine Sori-Coulibaly; Rosine Coulibaly
  code   BFAELI -20160111?
  code   BFAGOV 20160112?-20190124?
  code   BFAELI 20190125?-20210109?
  code   BFAGOV 20210110?-20220124
  code   BFAELI 20220125-
  code   BFAELI
  kind   person
  note   finance minister 12 Jan 2016 (date uncertain) to 24 Jan 2019 (date uncertain); foreign minister 10 Jan 2021 (date uncertain) to 24 Jan 2022. Out of office with the coup of January 2022.

actor OLIVIA_ROUAMBA
  name   Olivia Rouamba; Olivia Ragnaghnewendé Rouamba
  code   BFAELI -20220304?
  code   BFAGOV 20220305?-20230524?
  code   BFAELI 20230525?-
  code   BFAELI
  kind   person
  note   foreign minister 05 Mar 2022 (date uncertain) to 24 May 2023 (date uncertain)

actor KASSOUM_COULIBALY
  name   Kassoum Coulibaly
  code   BFAELI -20221024?
  code   BFAGOV 20221025?-20241207?
  code   BFAELI 20241208?-
  code   BFAELI
  kind   person
  note   defence minister 25 Oct 2022 (date uncertain) to 07 Dec 2024 (date uncertain). Colonel-major, Traoré's junta.

actor CELESTIN_SIMPORE
  name   Célestin Simporé; Celestin Simpore
  code   BFAELI -20241207?
  code   BFAGOV 20241208?-
  code   BFAGOV
  kind   person
  note   defence minister 08 Dec 2024 (date uncertain) to today. Army chief of staff before (not coded); in office as of our last information.


# ---- Niger
actor ALKASSOUM_INDATTOU
  name   Alkassoum Indattou
  code   NERELI -20210406?
  code   NERGOV 20210407?-20230726
  code   NERELI 20230727-
  code   NERELI
  kind   person
  note   defence minister 07 Apr 2021 (date uncertain) to 26 Jul 2023. Bazoum government, until the coup.


# ---- Gambia
actor OUSAINOU_DARBOE
  name   Ousainou Darboe; Lawyer Ousainou Darboe; Darboe
  code   GMBELI -20170131?
  code   GMBGOV 20170201?-20190315?
  code   GMBELI 20190316?-
  code   GMBELI
  kind   person
  note   foreign minister 01 Feb 2017 (date uncertain) to 25 Jun 2018 (date uncertain); vice president 26 Jun 2018 (date uncertain) to 15 Mar 2019 (date uncertain). UDP leader; presidential candidate 2021.


# ---- Cape Verde
actor LUIS_FILIPE_TAVARES
  name   Luís Filipe Tavares; Luis Filipe Tavares
  code   CPVELI -20160421
  code   CPVGOV 20160422-20210519?
  code   CPVELI 20210520?-
  code   CPVELI
  kind   person
  note   foreign minister 22 Apr 2016 to 19 May 2021 (date uncertain). Also defence minister part of that time (dates uncertain).


# ---- Namibia
actor ERKKI_NGHIMTINA
  name   Erkki Nghimtina; Nghimtina
  code   NAMELI -19961231?
  code   NAMGOV 19970101?-20150320?
  code   NAMELI 20150321?-
  code   NAMELI
  kind   person
  note   defence minister 01 Jan 1997 (date uncertain) to 04 Dec 2012; works and transport minister 05 Dec 2012 to 20 Mar 2015 (date uncertain). Start year uncertain (about 1997); in office from 2000.


# ---- Togo
actor KPATCHA_GNASSINGBE
  name   Kpatcha Gnassingbé; Kpatcha Gnassingbe; Kpatcha
  code   TGOELI -20050619?
  code   TGOGOV 20050620?-20071213?
  code   TGOELI 20071214?-
  code   TGOELI
  kind   person
  note   defence minister 20 Jun 2005 (date uncertain) to 13 Dec 2007 (date uncertain). The president's half-brother; arrested in April 2009 and convicted of plotting a coup in 2011.

actor ELLIOTT_OHIN
  name   Elliott Ohin; Elliot Ohin
  code   TGOELI -20100527?
  code   TGOGOV 20100528?-20130916?
  code   TGOELI 20130917?-
  code   TGOELI
  kind   person
  note   foreign minister 28 May 2010 (date uncertain) to 16 Sep 2013 (date uncertain)


# ---- Equatorial Guinea
actor AGAPITO_MBA_MOKUY
  name   Agapito Mba Mokuy; Mba Mokuy
  code   GNQELI -20120520?
  code   GNQGOV 20120521?-20180621?
  code   GNQELI 20180622?-
  code   GNQELI
  kind   person
  note   foreign minister 21 May 2012 (date uncertain) to 21 Jun 2018 (date uncertain). Candidate for AU Commission chair in 2016.


# ---- Gabon
actor MICHAEL_MOUSSA_ADAMO
  name   Michael Moussa Adamo; Moussa Adamo
  code   GABELI -20200715?
  code   GABGOV 20200716?-20230830
  code   GABELI 20230831-
  code   GABELI
  kind   person
  note   defence minister 16 Jul 2020 (date uncertain) to 09 Mar 2022 (date uncertain); foreign minister 10 Mar 2022 (date uncertain) to 30 Aug 2023. Moved from defence to foreign affairs in 2022 (date uncertain); out of office with the coup of 30 August 2023.


# ---- Senegal
actor ISMAILA_MADIOR_FALL
  name   Ismaïla Madior Fall; Ismaila Madior Fall
  code   SENELI -20170905?
  code   SENGOV 20170906?-20190406?
  code   SENELI 20190407?-20220916?
  code   SENGOV 20220917?-20240404?
  code   SENELI 20240405?-
  code   SENELI
  kind   person
  note   justice minister 06 Sep 2017 (date uncertain) to 06 Apr 2019 (date uncertain); justice minister 17 Sep 2022 (date uncertain) to 09 Oct 2023 (date uncertain); foreign minister 10 Oct 2023 (date uncertain) to 04 Apr 2024 (date uncertain). Constitutional lawyer.


# ---- Lesotho
actor LESEGO_MAKGOTHI
  name   Lesego Makgothi; Makgothi
  code   LSOELI -20170622?
  code   LSOGOV 20170623?-20200519?
  code   LSOELI 20200520?-
  code   LSOELI
  kind   person
  note   foreign minister 23 Jun 2017 (date uncertain) to 19 May 2020 (date uncertain). Thabane's second government.


# ---- Cameroon: minister delegate for defence before Mebe Ngo'o
actor REMY_ZE_MEKA
  name   Rémy Ze Meka; Remy Ze Meka
  code   CMRELI -20041207
  code   CMRGOV 20041208-20090629
  code   CMRELI 20090630-
  code   CMRELI
  kind   person
  note   minister delegate for defence 08 Dec 2004 to 29 Jun 2009. The president holds the defence portfolio.


# ---- Burundi
actor EZECHIEL_NIBIGIRA
  name   Ezéchiel Nibigira; Ezechiel Nibigira; Nibigira
  code   BDIELI -20180418?
  code   BDIGOV 20180419?-20200627?
  code   BDIELI 20200628?-
  code   BDIELI
  kind   person
  note   foreign minister 19 Apr 2018 (date uncertain) to 27 Jun 2020 (date uncertain). Start date uncertain (April 2018).

