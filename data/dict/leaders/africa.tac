# leaders/africa.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range); the
# undated default <country>ELI covers the time before and after office. A date
# followed by ? is uncertain (the note says so); an open end means in office
# as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor NELSON_MANDELA
  name   Nelson Mandela; Mandela
  code   ZAFGOV 19940510-19990614
  code   ZAFELI
  kind   person
  note   president 10 May 1994 to 14 Jun 1999. Died 5 December 2013.

actor THABO_MBEKI
  name   Thabo Mbeki; Mbeki
  code   ZAFGOV 19940510-20080924
  code   ZAFELI
  kind   person
  note   deputy president 10 May 1994 to 14 Jun 1999; president 14 Jun 1999 to 24 Sep 2008

actor KGALEMA_MOTLANTHE
  name   Kgalema Motlanthe; Motlanthe
  code   ZAFGOV 20080925-20140525
  code   ZAFELI
  kind   person
  note   president 25 Sep 2008 to 09 May 2009; deputy president 09 May 2009 to 25 May 2014

actor JACOB_ZUMA
  name   Jacob Zuma; Zuma
  code   ZAFGOV 19990614-20050614
  code   ZAFGOV 20090509-20180214
  code   ZAFELI
  kind   person
  note   deputy president 14 Jun 1999 to 14 Jun 2005; president 09 May 2009 to 14 Feb 2018

actor CYRIL_RAMAPHOSA
  name   Cyril Ramaphosa; Ramaphosa
  code   ZAFGOV 20140526-
  code   ZAFELI
  kind   person
  note   deputy president 26 May 2014 to 14 Feb 2018; president 15 Feb 2018 to today

actor NKOSAZANA_DLAMINI_ZUMA
  name   Nkosazana Dlamini-Zuma; Dlamini-Zuma; Dlamini Zuma
  code   ZAFGOV 19990617-20090510
  code   IGOAFRAFU 20121015-20170314
  code   ZAFELI
  kind   person
  note   foreign minister 17 Jun 1999 to 10 May 2009; AU Commission chair 15 Oct 2012 to 14 Mar 2017

actor MAITE_NKOANA_MASHABANE
  name   Maite Nkoana-Mashabane; Nkoana-Mashabane
  code   ZAFGOV 20090510-20180226
  code   ZAFELI
  kind   person
  note   foreign minister 10 May 2009 to 26 Feb 2018

actor LINDIWE_SISULU
  name   Lindiwe Sisulu
  code   ZAFGOV 20180227-20190529
  code   ZAFELI
  kind   person
  note   foreign minister 27 Feb 2018 to 29 May 2019

actor NALEDI_PANDOR
  name   Naledi Pandor; Pandor
  code   ZAFGOV 20190530-20240619
  code   ZAFELI
  kind   person
  note   foreign minister 30 May 2019 to 19 Jun 2024

actor RONALD_LAMOLA
  name   Ronald Lamola; Lamola
  code   ZAFGOV 20240703-
  code   ZAFELI
  kind   person
  note   foreign minister 03 Jul 2024 to today

actor OMAR_AL_BASHIR
  name   Omar al-Bashir; Omar Hassan al-Bashir; Omar Bashir; al-Bashir; President Bashir
  code   SDNGOV 19890630-20190411
  code   SDNELI
  kind   person
  note   president 30 Jun 1989 to 11 Apr 2019. Toppled by the army on 11 April 2019.

actor AHMED_AWAD_IBN_AUF
  name   Ahmed Awad Ibn Auf; Awad Ibn Auf; Ibn Auf
  code   SDNGOV 20150101?-20190412
  code   SDNELI
  kind   person
  note   defence minister 01 Jan 2015 (date uncertain) to 11 Apr 2019; head of the military council 11 Apr 2019 to 12 Apr 2019

actor ABDEL_FATTAH_AL_BURHAN
  name   Abdel Fattah al-Burhan; Abdel-Fattah Burhan; Abdel Fattah Burhan; al-Burhan; Burhan
  code   SDNGOV 20190412-
  code   SDNELI
  kind   person
  note   head of the military council 12 Apr 2019 to 20 Aug 2019; sovereign council chairman 21 Aug 2019 to today. Army commander; ruling military council, then sovereign council; leads the army-backed government in the war with the RSF from April 2023.

actor MOHAMED_HAMDAN_DAGALO
  name   Mohamed Hamdan Dagalo; Mohamed Hamdan Daglo; Hemedti; Hemeti; Dagalo; Daglo
  code   SDNGOV 20190413-20230414
  code   SDNREB 20230415-
  code   SDNMIL
  kind   person
  note   deputy head of the military council 13 Apr 2019 to 20 Aug 2019; sovereign council deputy 21 Aug 2019 to 14 Apr 2023; RSF commander at war with the army 15 Apr 2023 to today. RSF commander (SDNMIL otherwise, as dev/README codes the RSF in 2019); removed as council deputy in May 2023.

actor ABDALLA_HAMDOK
  name   Abdalla Hamdok; Abdallah Hamdok; Hamdok
  code   SDNGOV 20190821-20211025
  code   SDNGOV 20211121-20220102
  code   SDNELI
  kind   person
  note   prime minister 21 Aug 2019 to 25 Oct 2021; prime minister 21 Nov 2021 to 02 Jan 2022. Detained in the coup of 25 October 2021, reinstated 21 November 2021, resigned 2 January 2022.

actor KAMIL_IDRIS
  name   Kamil Idris
  code   SDNGOV 20250531?-
  code   SDNELI
  kind   person
  note   prime minister 31 May 2025 (date uncertain) to today. Appointed by al-Burhan in May 2025 (date uncertain).

actor SALVA_KIIR
  name   Salva Kiir; Salva Kiir Mayardit; Kiir
  code   SSDGOV 20050811-
  code   SSDELI
  kind   person
  note   president of Southern Sudan 11 Aug 2005 to 08 Jul 2011; president 09 Jul 2011 to today

actor RIEK_MACHAR
  name   Riek Machar; Machar
  code   SSDGOV 20050811?-20130723
  code   SSDGOV 20160426-20160725
  code   SSDGOV 20200222-20250326?
  code   SSDELI
  kind   person
  note   vice president 11 Aug 2005 (date uncertain) to 23 Jul 2013; first vice president 26 Apr 2016 to 25 Jul 2016; first vice president 22 Feb 2020 to 26 Mar 2025 (date uncertain). Detained in March 2025 (uncertain date).

actor MELES_ZENAWI
  name   Meles Zenawi; Meles
  code   ETHGOV 19950823-20120820
  code   ETHELI
  kind   person
  note   prime minister 23 Aug 1995 to 20 Aug 2012. Died 20 August 2012.

actor HAILEMARIAM_DESALEGN
  name   Hailemariam Desalegn; Hailemariam
  code   ETHGOV 20101029-20180402
  code   ETHELI
  kind   person
  note   foreign minister 29 Oct 2010 to 20 Sep 2012; prime minister 20 Aug 2012 to 02 Apr 2018

actor ABIY_AHMED
  name   Abiy Ahmed; Abiy Ahmed Ali; Abiy
  code   ETHGOV 20180402-
  code   ETHELI
  kind   person
  note   prime minister 02 Apr 2018 to today

actor GIRMA_WOLDE_GIORGIS
  name   Girma Wolde-Giorgis
  code   ETHGOV 20011008-20131007
  code   ETHELI
  kind   person
  note   president 08 Oct 2001 to 07 Oct 2013

actor MULATU_TESHOME
  name   Mulatu Teshome
  code   ETHGOV 20131007-20181025
  code   ETHELI
  kind   person
  note   president 07 Oct 2013 to 25 Oct 2018

actor SAHLE_WORK_ZEWDE
  name   Sahle-Work Zewde
  code   ETHGOV 20181025-20241007
  code   ETHELI
  kind   person
  note   president 25 Oct 2018 to 07 Oct 2024

actor TAYE_ATSKE_SELASSIE
  name   Taye Atske Selassie
  code   ETHGOV 20240207-
  code   ETHELI
  kind   person
  note   foreign minister 07 Feb 2024 to 07 Oct 2024; president 07 Oct 2024 to today

actor TEDROS_ADHANOM_GHEBREYESUS
  name   Tedros Adhanom Ghebreyesus; Tedros Adhanom; Tedros
  code   ETHGOV 20051017-20161101
  code   IGOUNOWHO 20170701-
  code   ETHELI
  kind   person
  note   health minister 17 Oct 2005 to 29 Nov 2012; foreign minister 29 Nov 2012 to 01 Nov 2016; WHO director-general 01 Jul 2017 to today

actor DEMEKE_MEKONNEN
  name   Demeke Mekonnen
  code   ETHGOV 20121129-20241007?
  code   ETHELI
  kind   person
  note   deputy prime minister 29 Nov 2012 to 07 Oct 2024 (date uncertain); foreign minister 14 Nov 2019 (date uncertain) to 07 Feb 2024

actor DEBRETSION_GEBREMICHAEL
  name   Debretsion Gebremichael; Debretsion
  code   ETHREB 20201104-20221102
  code   ETHPTY
  kind   person
  note   TPLF leader at war 04 Nov 2020 to 02 Nov 2022. TPLF chairman from 2018: coded as the party (ETHPTY) outside the 2020-2022 war, REB during it, like the TPLF itself (armed_groups.tac).

actor GETACHEW_REDA
  name   Getachew Reda
  code   ETHGOV 20230323-20250408?
  code   ETHELI
  kind   person
  note   Tigray interim administration head 23 Mar 2023 to 08 Apr 2025 (date uncertain). Coded GOV while heading the federal-backed interim administration.

actor ISAIAS_AFWERKI
  name   Isaias Afwerki; Isaias Afewerki; Isaias
  code   ERIGOV 19930524-
  code   ERIELI
  kind   person
  note   president 24 May 1993 to today

actor HASSAN_SHEIKH_MOHAMUD
  name   Hassan Sheikh Mohamud
  code   SOMGOV 20120916-20170216
  code   SOMGOV 20220523-
  code   SOMELI
  kind   person
  note   president 16 Sep 2012 to 16 Feb 2017; president 23 May 2022 to today

actor MOHAMED_ABDULLAHI_FARMAJO
  name   Mohamed Abdullahi Farmajo; Mohamed Abdullahi Mohamed; Farmajo
  code   SOMGOV 20170216-20220523
  code   SOMELI
  kind   person
  note   president 16 Feb 2017 to 23 May 2022

actor ISMAIL_OMAR_GUELLEH
  name   Ismail Omar Guelleh; Guelleh
  code   DJIGOV 19990508-
  code   DJIELI
  kind   person
  note   president 08 May 1999 to today

actor MAHMOUD_ALI_YOUSSOUF
  name   Mahmoud Ali Youssouf
  code   DJIGOV 20050704-20250214
  code   IGOAFRAFU 20250215-
  code   DJIELI
  kind   person
  note   foreign minister 04 Jul 2005 to 15 Feb 2025; AU Commission chair 15 Feb 2025 to today

actor MOUSSA_FAKI_MAHAMAT
  name   Moussa Faki Mahamat; Moussa Faki
  code   TCDGOV 20030624-20050204
  code   TCDGOV 20080423-20170130
  code   IGOAFRAFU 20170314-20250215
  code   TCDELI
  kind   person
  note   prime minister 24 Jun 2003 to 04 Feb 2005; foreign minister 23 Apr 2008 to 30 Jan 2017; AU Commission chair 14 Mar 2017 to 15 Feb 2025

actor ALPHA_OUMAR_KONARE
  name   Alpha Oumar Konaré; Alpha Oumar Konare
  code   MLIGOV 19920608-20020608
  code   IGOAFRAFU 20030916-20080428
  code   MLIELI
  kind   person
  note   president 08 Jun 1992 to 08 Jun 2002; AU Commission chair 16 Sep 2003 to 28 Apr 2008

actor JEAN_PING
  name   Jean Ping
  code   GABGOV 19990125-20080206
  code   IGOAFRAFU 20080428-20121015
  code   GABELI
  kind   person
  note   foreign minister 25 Jan 1999 to 06 Feb 2008; AU Commission chair 28 Apr 2008 to 15 Oct 2012

actor MWAI_KIBAKI
  name   Mwai Kibaki; Kibaki
  code   KENGOV 20021230-20130409
  code   KENELI
  kind   person
  note   president 30 Dec 2002 to 09 Apr 2013

actor UHURU_KENYATTA
  name   Uhuru Kenyatta; Kenyatta
  code   KENGOV 20130409-20220913
  code   KENELI
  kind   person
  note   president 09 Apr 2013 to 13 Sep 2022

actor WILLIAM_RUTO
  name   William Ruto; Ruto
  code   KENGOV 20130409-
  code   KENELI
  kind   person
  note   deputy president 09 Apr 2013 to 13 Sep 2022; president 13 Sep 2022 to today

actor RAILA_ODINGA
  name   Raila Odinga; Odinga
  code   KENGOV 20080417-20130409
  code   KENELI
  kind   person
  note   prime minister 17 Apr 2008 to 09 Apr 2013. Opposition leader; died October 2025.

actor YOWERI_MUSEVENI
  name   Yoweri Museveni; Museveni
  code   UGAGOV 19860129-
  code   UGAELI
  kind   person
  note   president 29 Jan 1986 to today

actor BOBI_WINE
  name   Bobi Wine; Robert Kyagulanyi
  code   UGAOPP
  kind   person
  note   Opposition leader.

actor PAUL_KAGAME
  name   Paul Kagame; Kagame
  code   RWAGOV 19940719-
  code   RWAELI
  kind   person
  note   vice president 19 Jul 1994 to 22 Mar 2000; president 22 Mar 2000 to today

actor JAKAYA_KIKWETE
  name   Jakaya Kikwete; Kikwete
  code   TZAGOV 20051221-20151105
  code   TZAELI
  kind   person
  note   president 21 Dec 2005 to 05 Nov 2015

actor JOHN_MAGUFULI
  name   John Magufuli; Magufuli
  code   TZAGOV 20151105-20210317
  code   TZAELI
  kind   person
  note   president 05 Nov 2015 to 17 Mar 2021. Died 17 March 2021.

actor SAMIA_SULUHU_HASSAN
  name   Samia Suluhu Hassan; Samia Suluhu; Suluhu Hassan
  code   TZAGOV 20151105-
  code   TZAELI
  kind   person
  note   vice president 05 Nov 2015 to 19 Mar 2021; president 19 Mar 2021 to today

actor PIERRE_NKURUNZIZA
  name   Pierre Nkurunziza; Nkurunziza
  code   BDIGOV 20050826-20200608
  code   BDIELI
  kind   person
  note   president 26 Aug 2005 to 08 Jun 2020

actor EVARISTE_NDAYISHIMIYE
  name   Évariste Ndayishimiye; Evariste Ndayishimiye; Ndayishimiye
  code   BDIGOV 20200618-
  code   BDIELI
  kind   person
  note   president 18 Jun 2020 to today

actor LAURENT_DESIRE_KABILA
  name   Laurent-Désiré Kabila; Laurent-Desire Kabila; Laurent Kabila
  code   CODGOV 19970517-20010116
  code   CODELI
  kind   person
  note   president 17 May 1997 to 16 Jan 2001. Assassinated January 2001.

actor JOSEPH_KABILA
  name   Joseph Kabila
  code   CODGOV 20010126-20190124
  code   CODELI
  kind   person
  note   president 26 Jan 2001 to 24 Jan 2019

actor KABILA
  name   Kabila
  code   CODGOV 19970517-20010116
  code   CODGOV 20010126-20190124
  code   CODELI
  kind   person
  note   president 17 May 1997 to 16 Jan 2001; president 26 Jan 2001 to 24 Jan 2019. The bare surname: Laurent-Désiré Kabila and his son Joseph Kabila.

actor FELIX_TSHISEKEDI
  name   Félix Tshisekedi; Felix Tshisekedi; Tshisekedi
  code   CODGOV 20190124-
  code   CODELI
  kind   person
  note   president 24 Jan 2019 to today

actor PAUL_BIYA
  name   Paul Biya; Biya
  code   CMRGOV 19821106-
  code   CMRELI
  kind   person
  note   president 06 Nov 1982 to today

actor IDRISS_DEBY
  name   Idriss Déby; Idriss Deby; Idriss Déby Itno
  code   TCDGOV 19901202-20210420
  code   TCDELI
  kind   person
  note   president 02 Dec 1990 to 20 Apr 2021. Killed at the front, 20 April 2021.

actor MAHAMAT_IDRISS_DEBY
  name   Mahamat Idriss Déby; Mahamat Idriss Deby; Mahamat Deby; Mahamat Déby
  code   TCDGOV 20210420-
  code   TCDELI
  kind   person
  note   head of the military council 20 Apr 2021 to 22 May 2024; president 23 May 2024 to today

actor DEBY
  name   Déby; Deby
  code   TCDGOV 19901202-
  code   TCDELI
  kind   person
  note   president 02 Dec 1990 to 20 Apr 2021; president 20 Apr 2021 to today. The bare surname: Idriss Déby and his son Mahamat.

actor FAUSTIN_ARCHANGE_TOUADERA
  name   Faustin-Archange Touadéra; Faustin-Archange Touadera; Touadera; Touadéra
  code   CAFGOV 20160330-
  code   CAFELI
  kind   person
  note   president 30 Mar 2016 to today

actor OMAR_BONGO
  name   Omar Bongo
  code   GABGOV 19671202-20090608
  code   GABELI
  kind   person
  note   president 02 Dec 1967 to 08 Jun 2009

actor ALI_BONGO
  name   Ali Bongo; Ali Bongo Ondimba
  code   GABGOV 20091016-20230830
  code   GABELI
  kind   person
  note   president 16 Oct 2009 to 30 Aug 2023. Ousted in a coup on 30 August 2023.

actor BRICE_OLIGUI_NGUEMA
  name   Brice Oligui Nguema; Oligui Nguema
  code   GABGOV 20230830-
  code   GABELI
  kind   person
  note   head of the junta 30 Aug 2023 to 02 May 2025 (date uncertain); president 03 May 2025 (date uncertain) to today

actor DENIS_SASSOU_NGUESSO
  name   Denis Sassou Nguesso; Sassou Nguesso
  code   COGGOV 19971025-
  code   COGELI
  kind   person
  note   president 25 Oct 1997 to today

actor TEODORO_OBIANG
  name   Teodoro Obiang; Teodoro Obiang Nguema Mbasogo; Obiang
  code   GNQGOV 19790803-
  code   GNQELI
  kind   person
  note   president 03 Aug 1979 to today

actor AMADOU_TOUMANI_TOURE
  name   Amadou Toumani Touré; Amadou Toumani Toure; ATT
  code   MLIGOV 20020608-20120322
  code   MLIELI
  kind   person
  note   president 08 Jun 2002 to 22 Mar 2012. Ousted in the coup of 22 March 2012.

actor AMADOU_SANOGO
  name   Amadou Sanogo; Amadou Haya Sanogo; Sanogo
  code   MLIGOV 20120322-20120412
  code   MLIELI
  kind   person
  note   head of the junta 22 Mar 2012 to 12 Apr 2012

actor DIONCOUNDA_TRAORE
  name   Dioncounda Traoré; Dioncounda Traore
  code   MLIGOV 20120412-20130904
  code   MLIELI
  kind   person
  note   interim president 12 Apr 2012 to 04 Sep 2013

actor IBRAHIM_BOUBACAR_KEITA
  name   Ibrahim Boubacar Keïta; Ibrahim Boubacar Keita; IBK; Keita
  code   MLIGOV 19940204-20000214
  code   MLIGOV 20130904-20200818
  code   MLIELI
  kind   person
  note   prime minister 04 Feb 1994 to 14 Feb 2000; president 04 Sep 2013 to 18 Aug 2020. Ousted in the coup of 18 August 2020.

actor BAH_N_DAW
  name   Bah N'Daw; Bah Ndaw
  code   MLIGOV 20200925-20210524
  code   MLIELI
  kind   person
  note   transitional president 25 Sep 2020 to 24 May 2021

actor ASSIMI_GOITA
  name   Assimi Goïta; Assimi Goita; Goita; Goïta; Colonel Goita
  code   MLIGOV 20200818-
  code   MLIELI
  kind   person
  note   head of the junta 18 Aug 2020 to 24 Sep 2020; transitional vice president 25 Sep 2020 to 23 May 2021; transitional president 24 May 2021 to today. Took power again on 24 May 2021 (sworn in 7 June 2021); given a renewable five-year term in July 2025.

actor CHOGUEL_KOKALLA_MAIGA
  name   Choguel Kokalla Maïga; Choguel Maiga
  code   MLIGOV 20210607-20241120
  code   MLIELI
  kind   person
  note   prime minister 07 Jun 2021 to 20 Nov 2024

actor ABDOULAYE_DIOP
  name   Abdoulaye Diop
  code   MLIGOV 20140411?-20170409?
  code   MLIGOV 20210607-
  code   MLIELI
  kind   person
  note   foreign minister 11 Apr 2014 (date uncertain) to 09 Apr 2017 (date uncertain); foreign minister 07 Jun 2021 to today

actor SADIO_CAMARA
  name   Sadio Camara
  code   MLIGOV 20200925?-
  code   MLIELI
  kind   person
  note   defence minister 25 Sep 2020 (date uncertain) to today

actor ABDOULAYE_MAIGA
  name   Abdoulaye Maïga; Abdoulaye Maiga
  code   MLIGOV 20210607?-
  code   MLIELI
  kind   person
  note   government spokesman 07 Jun 2021 (date uncertain) to today; prime minister 21 Nov 2024 to today

actor BLAISE_COMPAORE
  name   Blaise Compaoré; Blaise Compaore; Compaore
  code   BFAGOV 19871015-20141031
  code   BFAELI
  kind   person
  note   president 15 Oct 1987 to 31 Oct 2014

actor ROCH_MARC_CHRISTIAN_KABORE
  name   Roch Marc Christian Kaboré; Roch Marc Christian Kabore; Kabore
  code   BFAGOV 20151229-20220124
  code   BFAELI
  kind   person
  note   president 29 Dec 2015 to 24 Jan 2022

actor PAUL_HENRI_SANDAOGO_DAMIBA
  name   Paul-Henri Sandaogo Damiba; Damiba
  code   BFAGOV 20220124-20220930
  code   BFAELI
  kind   person
  note   head of the junta 24 Jan 2022 to 30 Sep 2022

actor IBRAHIM_TRAORE
  name   Ibrahim Traoré; Ibrahim Traore; Captain Traore
  code   BFAGOV 20220930-
  code   BFAELI
  kind   person
  note   head of the junta 30 Sep 2022 to today

actor MAMADOU_TANDJA
  name   Mamadou Tandja; Tandja
  code   NERGOV 19991222-20100218
  code   NERELI
  kind   person
  note   president 22 Dec 1999 to 18 Feb 2010

actor MAHAMADOU_ISSOUFOU
  name   Mahamadou Issoufou; Issoufou
  code   NERGOV 20110407-20210402
  code   NERELI
  kind   person
  note   president 07 Apr 2011 to 02 Apr 2021

actor MOHAMED_BAZOUM
  name   Mohamed Bazoum; Bazoum
  code   NERGOV 20160411?-20180101?
  code   NERGOV 20210402-20230726
  code   NERELI
  kind   person
  note   foreign minister 11 Apr 2016 (date uncertain) to 01 Jan 2018 (date uncertain); president 02 Apr 2021 to 26 Jul 2023. Detained since the coup of 26 July 2023.

actor ABDOURAHAMANE_TCHIANI
  name   Abdourahamane Tchiani; Abdourahamane Tiani; Tchiani; Tiani
  code   NERGOV 20230726-
  code   NERELI
  kind   person
  note   head of the junta 26 Jul 2023 to today

actor ALPHA_CONDE
  name   Alpha Condé; Alpha Conde
  code   GINGOV 20101221-20210905
  code   GINELI
  kind   person
  note   president 21 Dec 2010 to 05 Sep 2021. Ousted on 5 September 2021.

actor MAMADY_DOUMBOUYA
  name   Mamady Doumbouya; Doumbouya
  code   GINGOV 20210905-
  code   GINELI
  kind   person
  note   head of the junta 05 Sep 2021 to today

actor MOUSSA_DADIS_CAMARA
  name   Moussa Dadis Camara; Dadis Camara
  code   GINGOV 20081223-20091203
  code   GINELI
  kind   person
  note   head of the junta 23 Dec 2008 to 03 Dec 2009

actor OLUSEGUN_OBASANJO
  name   Olusegun Obasanjo; Obasanjo
  code   NGAGOV 19990529-20070529
  code   NGAELI
  kind   person
  note   president 29 May 1999 to 29 May 2007

actor UMARU_MUSA_YAR_ADUA
  name   Umaru Musa Yar'Adua; Umaru Yar'Adua; Yar'Adua
  code   NGAGOV 20070529-20100505
  code   NGAELI
  kind   person
  note   president 29 May 2007 to 05 May 2010

actor GOODLUCK_JONATHAN
  name   Goodluck Jonathan
  code   NGAGOV 20070529-20150529
  code   NGAELI
  kind   person
  note   vice president 29 May 2007 to 05 May 2010; president 06 May 2010 to 29 May 2015

actor MUHAMMADU_BUHARI
  name   Muhammadu Buhari; Buhari
  code   NGAGOV 20150529-20230529
  code   NGAELI
  kind   person
  note   president 29 May 2015 to 29 May 2023. Military ruler 1983-1985; died July 2025.

actor BOLA_TINUBU
  name   Bola Tinubu; Bola Ahmed Tinubu; Tinubu
  code   NGAGOV 20230529-
  code   NGAELI
  kind   person
  note   president 29 May 2023 to today

actor JOHN_KUFUOR
  name   John Kufuor; Kufuor
  code   GHAGOV 20010107-20090107
  code   GHAELI
  kind   person
  note   president 07 Jan 2001 to 07 Jan 2009

actor JOHN_ATTA_MILLS
  name   John Atta Mills; Atta Mills
  code   GHAGOV 20090107-20120724
  code   GHAELI
  kind   person
  note   president 07 Jan 2009 to 24 Jul 2012

actor JOHN_DRAMANI_MAHAMA
  name   John Dramani Mahama; John Mahama; Mahama
  code   GHAGOV 20090107-20170107
  code   GHAGOV 20250107-
  code   GHAELI
  kind   person
  note   vice president 07 Jan 2009 to 24 Jul 2012; president 24 Jul 2012 to 07 Jan 2017; president 07 Jan 2025 to today

actor NANA_AKUFO_ADDO
  name   Nana Akufo-Addo; Akufo-Addo
  code   GHAGOV 20030401?-20070701?
  code   GHAGOV 20170107-20250107
  code   GHAELI
  kind   person
  note   foreign minister 01 Apr 2003 (date uncertain) to 01 Jul 2007 (date uncertain); president 07 Jan 2017 to 07 Jan 2025

actor ABDOULAYE_WADE
  name   Abdoulaye Wade
  code   SENGOV 20000401-20120402
  code   SENELI
  kind   person
  note   president 01 Apr 2000 to 02 Apr 2012

actor MACKY_SALL
  name   Macky Sall; Sall
  code   SENGOV 20040421-20070619
  code   SENGOV 20120402-20240402
  code   SENELI
  kind   person
  note   prime minister 21 Apr 2004 to 19 Jun 2007; president 02 Apr 2012 to 02 Apr 2024

actor BASSIROU_DIOMAYE_FAYE
  name   Bassirou Diomaye Faye; Diomaye Faye; Faye
  code   SENGOV 20240402-
  code   SENELI
  kind   person
  note   president 02 Apr 2024 to today

actor OUSMANE_SONKO
  name   Ousmane Sonko; Sonko
  code   SENGOV 20240402-
  code   SENELI
  kind   person
  note   prime minister 02 Apr 2024 to today

actor LAURENT_GBAGBO
  name   Laurent Gbagbo; Gbagbo
  code   CIVGOV 20001026-20110411
  code   CIVELI
  kind   person
  note   president 26 Oct 2000 to 11 Apr 2011. Refused to cede after losing the 2010 election; arrested 11 April 2011.

actor ALASSANE_OUATTARA
  name   Alassane Ouattara; Ouattara
  code   CIVGOV 20110411-
  code   CIVELI
  kind   person
  note   president 11 Apr 2011 to today

actor JEAN_CLAUDE_KASSI_BROU
  name   Jean-Claude Kassi Brou; Kassi Brou; Jean-Claude Brou
  code   IGOWAFWAS 20180301-20220716
  code   CIVELI
  kind   person
  note   ECOWAS Commission president 01 Mar 2018 to 16 Jul 2022

actor OMAR_ALIEU_TOURAY
  name   Omar Alieu Touray; Omar Touray
  code   IGOWAFWAS 20220716-
  code   GMBELI
  kind   person
  note   ECOWAS Commission president 16 Jul 2022 to today

actor YAHYA_JAMMEH
  name   Yahya Jammeh; Jammeh
  code   GMBGOV 19940722-20170119
  code   GMBELI
  kind   person
  note   president 22 Jul 1994 to 19 Jan 2017

actor ADAMA_BARROW
  name   Adama Barrow; Barrow
  code   GMBGOV 20170119-
  code   GMBELI
  kind   person
  note   president 19 Jan 2017 to today

actor ELLEN_JOHNSON_SIRLEAF
  name   Ellen Johnson Sirleaf; Johnson Sirleaf; Sirleaf
  code   LBRGOV 20060116-20180122
  code   LBRELI
  kind   person
  note   president 16 Jan 2006 to 22 Jan 2018

actor CHARLES_TAYLOR
  name   Charles Taylor
  code   LBRGOV 19970802-20030811
  code   LBRELI
  kind   person
  note   president 02 Aug 1997 to 11 Aug 2003

actor GEORGE_WEAH
  name   George Weah; Weah
  code   LBRGOV 20180122-20240122
  code   LBRELI
  kind   person
  note   president 22 Jan 2018 to 22 Jan 2024

actor JOSEPH_BOAKAI
  name   Joseph Boakai; Boakai
  code   LBRGOV 20240122-
  code   LBRELI
  kind   person
  note   president 22 Jan 2024 to today

actor JULIUS_MAADA_BIO
  name   Julius Maada Bio; Maada Bio
  code   SLEGOV 20180404-
  code   SLEELI
  kind   person
  note   president 04 Apr 2018 to today

actor FAURE_GNASSINGBE
  name   Faure Gnassingbé; Faure Gnassingbe; Gnassingbe
  code   TGOGOV 20050504-
  code   TGOELI
  kind   person
  note   president 04 May 2005 to today; council of ministers president 03 May 2025 (date uncertain) to today

actor ROBERT_MUGABE
  name   Robert Mugabe; Mugabe
  code   ZWEGOV 19871231-20171121
  code   ZWEELI
  kind   person
  note   president 31 Dec 1987 to 21 Nov 2017. Resigned 21 November 2017 after the army takeover; died 6 September 2019.

actor EMMERSON_MNANGAGWA
  name   Emmerson Mnangagwa; Mnangagwa
  code   ZWEGOV 20141212-20171106
  code   ZWEGOV 20171124-
  code   ZWEELI
  kind   person
  note   vice president 12 Dec 2014 to 06 Nov 2017; president 24 Nov 2017 to today

actor MORGAN_TSVANGIRAI
  name   Morgan Tsvangirai; Tsvangirai
  code   ZWEGOV 20090211-20130822
  code   ZWEOPP
  kind   person
  note   prime minister 11 Feb 2009 to 22 Aug 2013. Opposition leader; died 14 February 2018.

actor JOSE_EDUARDO_DOS_SANTOS
  name   José Eduardo dos Santos; Jose Eduardo dos Santos; dos Santos
  code   AGOGOV 19790921-20170926
  code   AGOELI
  kind   person
  note   president 21 Sep 1979 to 26 Sep 2017

actor JOAO_LOURENCO
  name   João Lourenço; Joao Lourenco; Lourenco
  code   AGOGOV 20170926-
  code   AGOELI
  kind   person
  note   president 26 Sep 2017 to today

actor ARMANDO_GUEBUZA
  name   Armando Guebuza; Guebuza
  code   MOZGOV 20050202-20150115
  code   MOZELI
  kind   person
  note   president 02 Feb 2005 to 15 Jan 2015

actor FILIPE_NYUSI
  name   Filipe Nyusi; Nyusi
  code   MOZGOV 20150115-20250115
  code   MOZELI
  kind   person
  note   president 15 Jan 2015 to 15 Jan 2025

actor DANIEL_CHAPO
  name   Daniel Chapo
  code   MOZGOV 20250115-
  code   MOZELI
  kind   person
  note   president 15 Jan 2025 to today

actor HAKAINDE_HICHILEMA
  name   Hakainde Hichilema; Hichilema
  code   ZMBGOV 20210824-
  code   ZMBELI
  kind   person
  note   president 24 Aug 2021 to today

actor NETUMBO_NANDI_NDAITWAH
  name   Netumbo Nandi-Ndaitwah; Nandi-Ndaitwah
  code   NAMGOV 20250321-
  code   NAMELI
  kind   person
  note   president 21 Mar 2025 to today

actor ANDRY_RAJOELINA
  name   Andry Rajoelina; Rajoelina
  code   MDGGOV 20090317-20140125
  code   MDGGOV 20190119-20251014?
  code   MDGELI
  kind   person
  note   president 17 Mar 2009 to 25 Jan 2014; president 19 Jan 2019 to 14 Oct 2025 (date uncertain). Ousted by the military in October 2025 (reported; uncertain).

actor YUSUF_TUGGAR
  name   Yusuf Tuggar; Tuggar
  code   NGAGOV 20230821-
  code   NGAELI
  kind   person
  note   foreign minister 21 Aug 2023 to today

actor GEOFFREY_ONYEAMA
  name   Geoffrey Onyeama; Onyeama
  code   NGAGOV 20151111-20230529
  code   NGAELI
  kind   person
  note   foreign minister 11 Nov 2015 to 29 May 2023

actor GEDION_TIMOTHEWOS
  name   Gedion Timothewos; Gedion
  code   ETHGOV 20211006?-
  code   ETHELI
  kind   person
  note   justice minister 06 Oct 2021 (date uncertain) to 07 Oct 2024; foreign minister 07 Oct 2024 (date uncertain) to today

actor OLIVIER_NDUHUNGIREHE
  name   Olivier Nduhungirehe; Nduhungirehe
  code   RWAGOV 20231204?-
  code   RWAELI
  kind   person
  note   foreign minister 04 Dec 2023 (date uncertain) to today

actor VINCENT_BIRUTA
  name   Vincent Biruta; Biruta
  code   RWAGOV 20190304-20231204?
  code   RWAELI
  kind   person
  note   foreign minister 04 Mar 2019 to 04 Dec 2023 (date uncertain)

actor LOUISE_MUSHIKIWABO
  name   Louise Mushikiwabo; Mushikiwabo
  code   RWAGOV 20091208-20181018
  code   RWAELI
  kind   person
  note   foreign minister 08 Dec 2009 to 18 Oct 2018

actor SAMUEL_OKUDZETO_ABLAKWA
  name   Samuel Okudzeto Ablakwa; Okudzeto Ablakwa; Ablakwa
  code   GHAGOV 20250130?-
  code   GHAELI
  kind   person
  note   foreign minister 30 Jan 2025 (date uncertain) to today

actor MUSALIA_MUDAVADI
  name   Musalia Mudavadi; Mudavadi
  code   KENGOV 20221027-
  code   KENELI
  kind   person
  note   prime cabinet secretary 27 Oct 2022 to today; foreign minister 16 Oct 2023 to today

actor ALI_LAMINE_ZEINE
  name   Ali Lamine Zeine; Lamine Zeine
  code   NERGOV 20230808?-
  code   NERELI
  kind   person
  note   prime minister 08 Aug 2023 (date uncertain) to today

actor APOLLINAIRE_JOACHIM_KYELEM_DE_TAMBELA
  name   Apollinaire Joachim Kyélem de Tambèla; Kyelem de Tambela
  code   BFAGOV 20221021-20241206
  code   BFAELI
  kind   person
  note   prime minister 21 Oct 2022 to 06 Dec 2024

actor ALI_YOUSSEF_AL_SHARIF
  name   Ali Youssef al-Sharif
  code   SDNGOV 20241112?-20250601?
  code   SDNELI
  kind   person
  note   foreign minister 12 Nov 2024 (date uncertain) to 01 Jun 2025 (date uncertain)

actor MARIAM_AL_SADIQ_AL_MAHDI
  name   Mariam al-Sadiq al-Mahdi; Mariam al-Mahdi
  code   SDNGOV 20210208-20211025
  code   SDNELI
  kind   person
  note   foreign minister 08 Feb 2021 to 25 Oct 2021

actor HAMZA_ABDI_BARRE
  name   Hamza Abdi Barre; Hamza Barre
  code   SOMGOV 20220625-
  code   SOMELI
  kind   person
  note   prime minister 25 Jun 2022 to today

actor THERESE_KAYIKWAMBA_WAGNER
  name   Thérèse Kayikwamba Wagner; Therese Kayikwamba Wagner; Kayikwamba Wagner
  code   CODGOV 20240529-
  code   CODELI
  kind   person
  note   foreign minister 29 May 2024 to today

actor JUDITH_SUMINWA
  name   Judith Suminwa; Suminwa
  code   CODGOV 20240612-
  code   CODELI
  kind   person
  note   prime minister 12 Jun 2024 to today

actor JEJE_ODONGO
  name   Jeje Odongo; Odongo
  code   UGAGOV 20210621?-
  code   UGAELI
  kind   person
  note   foreign minister 21 Jun 2021 (date uncertain) to today

actor HANY_SWEILAM
  name   Hany Sweilam
  code   EGYGOV 20220613?-
  code   EGYELI
  kind   person
  note   irrigation minister 13 Jun 2022 (date uncertain) to today. Egypt's negotiator on the Nile dam dispute.

actor MOHAMED_OULD_GHAZOUANI
  name   Mohamed Ould Ghazouani; Ghazouani
  code   MRTGOV 20181101?-20190315?
  code   MRTGOV 20190801-
  code   MRTELI
  kind   person
  note   defence minister 01 Nov 2018 (date uncertain) to 15 Mar 2019 (date uncertain); president 01 Aug 2019 to today

actor MOHAMED_OULD_ABDEL_AZIZ
  name   Mohamed Ould Abdel Aziz; Abdel Aziz
  code   MRTGOV 20080806-20090415
  code   MRTGOV 20090805-20190801
  code   MRTELI
  kind   person
  note   head of the junta 06 Aug 2008 to 15 Apr 2009; president 05 Aug 2009 to 01 Aug 2019

actor UMARO_SISSOCO_EMBALO
  name   Umaro Sissoco Embaló; Umaro Sissoco Embalo; Embalo
  code   GNBGOV 20200227-20251126?
  code   GNBELI
  kind   person
  note   president 27 Feb 2020 to 26 Nov 2025 (date uncertain). Removed by the military in November 2025 (reported; uncertain).

actor PATRICE_TALON
  name   Patrice Talon
  code   BENGOV 20160406-
  code   BENELI
  kind   person
  note   president 06 Apr 2016 to today

actor THOMAS_BONI_YAYI
  name   Thomas Boni Yayi; Boni Yayi
  code   BENGOV 20060406-20160406
  code   BENELI
  kind   person
  note   president 06 Apr 2006 to 06 Apr 2016

actor EDGAR_LUNGU
  name   Edgar Lungu; Lungu
  code   ZMBGOV 20150125-20210824
  code   ZMBELI
  kind   person
  note   president 25 Jan 2015 to 24 Aug 2021. Died June 2025.

actor MICHAEL_SATA
  name   Michael Sata; Sata
  code   ZMBGOV 20110923-20141028
  code   ZMBELI
  kind   person
  note   president 23 Sep 2011 to 28 Oct 2014. Died in office.

actor LAZARUS_CHAKWERA
  name   Lazarus Chakwera; Chakwera
  code   MWIGOV 20200628-20251004?
  code   MWIELI
  kind   person
  note   president 28 Jun 2020 to 04 Oct 2025 (date uncertain)

actor PETER_MUTHARIKA
  name   Peter Mutharika; Mutharika
  code   MWIGOV 20140531-20200628
  code   MWIGOV 20251004?-
  code   MWIELI
  kind   person
  note   president 31 May 2014 to 28 Jun 2020; president 04 Oct 2025 (date uncertain) to today. Won the September 2025 election (reported; uncertain).

actor MOKGWEETSI_MASISI
  name   Mokgweetsi Masisi; Masisi
  code   BWAGOV 20180401-20241101
  code   BWAELI
  kind   person
  note   president 01 Apr 2018 to 01 Nov 2024

actor DUMA_BOKO
  name   Duma Boko; Boko
  code   BWAGOV 20241101-
  code   BWAELI
  kind   person
  note   president 01 Nov 2024 to today

actor HAGE_GEINGOB
  name   Hage Geingob; Geingob
  code   NAMGOV 20121204-20240204
  code   NAMELI
  kind   person
  note   prime minister 04 Dec 2012 to 21 Mar 2015; president 21 Mar 2015 to 04 Feb 2024. Prime minister 1990-2002 and 2012-2015; died 4 February 2024.

actor NANGOLO_MBUMBA
  name   Nangolo Mbumba; Mbumba
  code   NAMGOV 20240204-20250321
  code   NAMELI
  kind   person
  note   president 04 Feb 2024 to 21 Mar 2025

actor KING_MSWATI_III
  name   King Mswati III; Mswati III; Mswati
  code   SWZGOV 19860425-
  code   SWZELI
  kind   person
  note   king 25 Apr 1986 to today

actor SAM_MATEKANE
  name   Sam Matekane; Matekane
  code   LSOGOV 20221028-
  code   LSOELI
  kind   person
  note   prime minister 28 Oct 2022 to today

actor AZALI_ASSOUMANI
  name   Azali Assoumani; Azali
  code   COMGOV 19990430-20020121
  code   COMGOV 20020526-20060526
  code   COMGOV 20160526-
  code   COMELI
  kind   person
  note   president 30 Apr 1999 to 21 Jan 2002; president 26 May 2002 to 26 May 2006; president 26 May 2016 to today. Head of the 1999 junta.

actor NAVIN_RAMGOOLAM
  name   Navin Ramgoolam; Ramgoolam
  code   MUSGOV 20050705-20141217
  code   MUSGOV 20241113-
  code   MUSELI
  kind   person
  note   prime minister 05 Jul 2005 to 17 Dec 2014; prime minister 13 Nov 2024 to today

actor PRAVIND_JUGNAUTH
  name   Pravind Jugnauth; Jugnauth
  code   MUSGOV 20170123-20241113
  code   MUSELI
  kind   person
  note   prime minister 23 Jan 2017 to 13 Nov 2024

actor WAVEL_RAMKALAWAN
  name   Wavel Ramkalawan; Ramkalawan
  code   SYCGOV 20201026-20251026?
  code   SYCELI
  kind   person
  note   president 26 Oct 2020 to 26 Oct 2025 (date uncertain). Lost the October 2025 runoff to Patrick Herminie (reported; uncertain).

actor JOSE_MARIA_NEVES
  name   José Maria Neves; Jose Maria Neves
  code   CPVGOV 20010201-20160422
  code   CPVGOV 20211109-
  code   CPVELI
  kind   person
  note   prime minister 01 Feb 2001 to 22 Apr 2016; president 09 Nov 2021 to today

actor CARLOS_VILA_NOVA
  name   Carlos Vila Nova
  code   STPGOV 20211002-
  code   STPELI
  kind   person
  note   president 02 Oct 2021 to today

actor PAUL_MALONG
  name   Paul Malong; Malong
  code   SSDMIL 20140423-20170509
  code   SSDELI
  kind   person
  note   army chief 23 Apr 2014 to 09 May 2017
