# leaders/europe.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor QUEEN_ELIZABETH
  name   Queen Elizabeth; Queen Elizabeth II; Elizabeth II
  code   GBRELI -19520205
  code   GBRGOV 19520206-20220908
  code   GBRELI 20220909-
  code   GBRELI
  kind   person
  note   queen 06 Feb 1952 to 08 Sep 2022. Died 8 September 2022.

actor KING_CHARLES
  name   King Charles; King Charles III; Charles III; Prince Charles
  code   GBRELI -20220907
  code   GBRGOV 20220908-
  code   GBRGOV
  kind   person
  note   king 08 Sep 2022 to today. Prince of Wales until 8 September 2022 (ELI).

actor TONY_BLAIR
  name   Tony Blair; Blair
  code   GBRELI -19970501
  code   GBRGOV 19970502-20070627
  code   GBRELI 20070628-
  code   GBRELI
  kind   person
  note   prime minister 02 May 1997 to 27 Jun 2007. Quartet envoy to the Middle East 2007-2015 (ELI).

actor GORDON_BROWN
  name   Gordon Brown
  code   GBRELI -19970501
  code   GBRGOV 19970502-20100511
  code   GBRELI 20100512-
  code   GBRELI
  kind   person
  note   chancellor of the exchequer 02 May 1997 to 27 Jun 2007; prime minister 27 Jun 2007 to 11 May 2010

actor DAVID_CAMERON
  name   David Cameron; Cameron; Lord Cameron
  code   GBRELI -20100510
  code   GBRGOV 20100511-20160713
  code   GBRELI 20160714-20231112
  code   GBRGOV 20231113-20240705
  code   GBRELI 20240706-
  code   GBRELI
  kind   person
  note   prime minister 11 May 2010 to 13 Jul 2016; foreign secretary 13 Nov 2023 to 05 Jul 2024

actor THERESA_MAY
  name   Theresa May
  code   GBRELI -20100511
  code   GBRGOV 20100512-20190724
  code   GBRELI 20190725-
  code   GBRELI
  kind   person
  note   home secretary 12 May 2010 to 13 Jul 2016; prime minister 13 Jul 2016 to 24 Jul 2019

actor BORIS_JOHNSON
  name   Boris Johnson
  code   GBRELI -20160712
  code   GBRGOV 20160713-20180709
  code   GBRELI 20180710-20190723
  code   GBRGOV 20190724-20220906
  code   GBRELI 20220907-
  code   GBRELI
  kind   person
  note   foreign secretary 13 Jul 2016 to 09 Jul 2018; prime minister 24 Jul 2019 to 06 Sep 2022

actor LIZ_TRUSS
  name   Liz Truss; Truss
  code   GBRELI -20210914
  code   GBRGOV 20210915-20221025
  code   GBRELI 20221026-
  code   GBRELI
  kind   person
  note   foreign secretary 15 Sep 2021 to 06 Sep 2022; prime minister 06 Sep 2022 to 25 Oct 2022

actor RISHI_SUNAK
  name   Rishi Sunak; Sunak
  code   GBRELI -20200212
  code   GBRGOV 20200213-20220705
  code   GBRELI 20220706-20221024
  code   GBRGOV 20221025-20240705
  code   GBRELI 20240706-
  code   GBRELI
  kind   person
  note   chancellor of the exchequer 13 Feb 2020 to 05 Jul 2022; prime minister 25 Oct 2022 to 05 Jul 2024

actor KEIR_STARMER
  name   Keir Starmer; Sir Keir Starmer; Starmer
  code   GBRELI -20240704
  code   GBRGOV 20240705-
  code   GBRGOV
  kind   person
  note   prime minister 05 Jul 2024 to today

actor ROBIN_COOK
  name   Robin Cook
  code   GBRELI -19970501
  code   GBRGOV 19970502-20010608
  code   GBRELI 20010609-
  code   GBRELI
  kind   person
  note   foreign secretary 02 May 1997 to 08 Jun 2001

actor JACK_STRAW
  name   Jack Straw
  code   GBRELI -20010607
  code   GBRGOV 20010608-20060505
  code   GBRELI 20060506-
  code   GBRELI
  kind   person
  note   foreign secretary 08 Jun 2001 to 05 May 2006

actor MARGARET_BECKETT
  name   Margaret Beckett; Beckett
  code   GBRELI -20060504
  code   GBRGOV 20060505-20070627
  code   GBRELI 20070628-
  code   GBRELI
  kind   person
  note   foreign secretary 05 May 2006 to 27 Jun 2007

actor DAVID_MILIBAND
  name   David Miliband; Miliband
  code   GBRELI -20070627
  code   GBRGOV 20070628-20100511
  code   GBRELI 20100512-
  code   GBRELI
  kind   person
  note   foreign secretary 28 Jun 2007 to 11 May 2010

actor WILLIAM_HAGUE
  name   William Hague; Hague
  code   GBRELI -20100511
  code   GBRGOV 20100512-20140714
  code   GBRELI 20140715-
  code   GBRELI
  kind   person
  note   foreign secretary 12 May 2010 to 14 Jul 2014

actor PHILIP_HAMMOND
  name   Philip Hammond; Hammond
  code   GBRELI -20111013
  code   GBRGOV 20111014-20190724
  code   GBRELI 20190725-
  code   GBRELI
  kind   person
  note   defence secretary 14 Oct 2011 to 15 Jul 2014; foreign secretary 15 Jul 2014 to 13 Jul 2016; chancellor of the exchequer 13 Jul 2016 to 24 Jul 2019

actor JEREMY_HUNT
  name   Jeremy Hunt
  code   GBRELI -20180708
  code   GBRGOV 20180709-20190724
  code   GBRELI 20190725-20221013
  code   GBRGOV 20221014-20240705
  code   GBRELI 20240706-
  code   GBRELI
  kind   person
  note   foreign secretary 09 Jul 2018 to 24 Jul 2019; chancellor of the exchequer 14 Oct 2022 to 05 Jul 2024

actor DOMINIC_RAAB
  name   Dominic Raab; Raab
  code   GBRELI -20190723
  code   GBRGOV 20190724-20230421
  code   GBRELI 20230422-
  code   GBRELI
  kind   person
  note   foreign secretary 24 Jul 2019 to 15 Sep 2021; deputy prime minister 15 Sep 2021 to 21 Apr 2023

actor JAMES_CLEVERLY
  name   James Cleverly; Cleverly
  code   GBRELI -20220905
  code   GBRGOV 20220906-20240705
  code   GBRELI 20240706-
  code   GBRELI
  kind   person
  note   foreign secretary 06 Sep 2022 to 13 Nov 2023; home secretary 13 Nov 2023 to 05 Jul 2024

actor DAVID_LAMMY
  name   David Lammy; Lammy
  code   GBRELI -20240704
  code   GBRGOV 20240705-
  code   GBRGOV
  kind   person
  note   foreign secretary 05 Jul 2024 to 05 Sep 2025 (date uncertain); deputy prime minister 05 Sep 2025 (date uncertain) to today. Moved in the reshuffle of 5 September 2025 (reported; uncertain).

actor YVETTE_COOPER
  name   Yvette Cooper
  code   GBRELI -20240704
  code   GBRGOV 20240705-
  code   GBRGOV
  kind   person
  note   home secretary 05 Jul 2024 to 05 Sep 2025 (date uncertain); foreign secretary 05 Sep 2025 (date uncertain) to today. Reshuffle of 5 September 2025 (reported; uncertain).

actor GEOFF_HOON
  name   Geoff Hoon; Hoon
  code   GBRELI -19991010
  code   GBRGOV 19991011-20050506
  code   GBRELI 20050507-
  code   GBRELI
  kind   person
  note   defence secretary 11 Oct 1999 to 06 May 2005

actor JOHN_REID
  name   John Reid
  code   GBRELI -20050505
  code   GBRGOV 20050506-20060505
  code   GBRELI 20060506-
  code   GBRELI
  kind   person
  note   defence secretary 06 May 2005 to 05 May 2006

actor DES_BROWNE
  name   Des Browne
  code   GBRELI -20060504
  code   GBRGOV 20060505-20081003
  code   GBRELI 20081004-
  code   GBRELI
  kind   person
  note   defence secretary 05 May 2006 to 03 Oct 2008

actor JOHN_HUTTON
  name   John Hutton
  code   GBRELI -20081002
  code   GBRGOV 20081003-20090605
  code   GBRELI 20090606-
  code   GBRELI
  kind   person
  note   defence secretary 03 Oct 2008 to 05 Jun 2009

actor BOB_AINSWORTH
  name   Bob Ainsworth
  code   GBRELI -20090604
  code   GBRGOV 20090605-20100511
  code   GBRELI 20100512-
  code   GBRELI
  kind   person
  note   defence secretary 05 Jun 2009 to 11 May 2010

actor LIAM_FOX
  name   Liam Fox
  code   GBRELI -20100511
  code   GBRGOV 20100512-20111014
  code   GBRELI 20111015-
  code   GBRELI
  kind   person
  note   defence secretary 12 May 2010 to 14 Oct 2011

actor MICHAEL_FALLON
  name   Michael Fallon; Fallon
  code   GBRELI -20140714
  code   GBRGOV 20140715-20171101
  code   GBRELI 20171102-
  code   GBRELI
  kind   person
  note   defence secretary 15 Jul 2014 to 01 Nov 2017

actor GAVIN_WILLIAMSON
  name   Gavin Williamson
  code   GBRELI -20171101
  code   GBRGOV 20171102-20190501
  code   GBRELI 20190502-
  code   GBRELI
  kind   person
  note   defence secretary 02 Nov 2017 to 01 May 2019

actor PENNY_MORDAUNT
  name   Penny Mordaunt; Mordaunt
  code   GBRELI -20190430
  code   GBRGOV 20190501-20190724
  code   GBRELI 20190725-
  code   GBRELI
  kind   person
  note   defence secretary 01 May 2019 to 24 Jul 2019

actor BEN_WALLACE
  name   Ben Wallace
  code   GBRELI -20190723
  code   GBRGOV 20190724-20230831
  code   GBRELI 20230901-
  code   GBRELI
  kind   person
  note   defence secretary 24 Jul 2019 to 31 Aug 2023

actor GRANT_SHAPPS
  name   Grant Shapps; Shapps
  code   GBRELI -20230830
  code   GBRGOV 20230831-20240705
  code   GBRELI 20240706-
  code   GBRELI
  kind   person
  note   defence secretary 31 Aug 2023 to 05 Jul 2024

actor JOHN_HEALEY
  name   John Healey; Healey
  code   GBRELI -20240704
  code   GBRGOV 20240705-
  code   GBRGOV
  kind   person
  note   defence secretary 05 Jul 2024 to today

actor JACQUES_CHIRAC
  name   Jacques Chirac; Chirac
  code   FRAELI -19950516
  code   FRAGOV 19950517-20070516
  code   FRAELI 20070517-
  code   FRAELI
  kind   person
  note   president 17 May 1995 to 16 May 2007

actor NICOLAS_SARKOZY
  name   Nicolas Sarkozy; Sarkozy
  code   FRAELI -20070515
  code   FRAGOV 20070516-20120515
  code   FRAELI 20120516-
  code   FRAELI
  kind   person
  note   president 16 May 2007 to 15 May 2012

actor FRANCOIS_HOLLANDE
  name   François Hollande; Francois Hollande; Hollande
  code   FRAELI -20120514
  code   FRAGOV 20120515-20170514
  code   FRAELI 20170515-
  code   FRAELI
  kind   person
  note   president 15 May 2012 to 14 May 2017

actor EMMANUEL_MACRON
  name   Emmanuel Macron; Macron
  code   FRAELI -20170513
  code   FRAGOV 20170514-
  code   FRAGOV
  kind   person
  note   president 14 May 2017 to today

actor LIONEL_JOSPIN
  name   Lionel Jospin; Jospin
  code   FRAELI -19970602
  code   FRAGOV 19970603-20020506
  code   FRAELI 20020507-
  code   FRAELI
  kind   person
  note   prime minister 03 Jun 1997 to 06 May 2002

actor JEAN_PIERRE_RAFFARIN
  name   Jean-Pierre Raffarin; Raffarin
  code   FRAELI -20020505
  code   FRAGOV 20020506-20050531
  code   FRAELI 20050601-
  code   FRAELI
  kind   person
  note   prime minister 06 May 2002 to 31 May 2005

actor DOMINIQUE_DE_VILLEPIN
  name   Dominique de Villepin; de Villepin; Villepin
  code   FRAELI -20020506
  code   FRAGOV 20020507-20070517
  code   FRAELI 20070518-
  code   FRAELI
  kind   person
  note   foreign minister 07 May 2002 to 31 Mar 2004; interior minister 31 Mar 2004 to 31 May 2005; prime minister 31 May 2005 to 17 May 2007

actor FRANCOIS_FILLON
  name   François Fillon; Francois Fillon; Fillon
  code   FRAELI -20070516
  code   FRAGOV 20070517-20120515
  code   FRAELI 20120516-
  code   FRAELI
  kind   person
  note   prime minister 17 May 2007 to 15 May 2012

actor JEAN_MARC_AYRAULT
  name   Jean-Marc Ayrault; Ayrault
  code   FRAELI -20120514
  code   FRAGOV 20120515-20140331
  code   FRAELI 20140401-20160210
  code   FRAGOV 20160211-20170517
  code   FRAELI 20170518-
  code   FRAELI
  kind   person
  note   prime minister 15 May 2012 to 31 Mar 2014; foreign minister 11 Feb 2016 to 17 May 2017

actor MANUEL_VALLS
  name   Manuel Valls; Valls
  code   FRAELI -20140330
  code   FRAGOV 20140331-20161206
  code   FRAELI 20161207-
  code   FRAELI
  kind   person
  note   prime minister 31 Mar 2014 to 06 Dec 2016

actor BERNARD_CAZENEUVE
  name   Bernard Cazeneuve; Cazeneuve
  code   FRAELI -20161205
  code   FRAGOV 20161206-20170515
  code   FRAELI 20170516-
  code   FRAELI
  kind   person
  note   prime minister 06 Dec 2016 to 15 May 2017

actor EDOUARD_PHILIPPE
  name   Édouard Philippe; Edouard Philippe
  code   FRAELI -20170514
  code   FRAGOV 20170515-20200703
  code   FRAELI 20200704-
  code   FRAELI
  kind   person
  note   prime minister 15 May 2017 to 03 Jul 2020

actor JEAN_CASTEX
  name   Jean Castex; Castex
  code   FRAELI -20200702
  code   FRAGOV 20200703-20220516
  code   FRAELI 20220517-
  code   FRAELI
  kind   person
  note   prime minister 03 Jul 2020 to 16 May 2022

actor ELISABETH_BORNE
  name   Élisabeth Borne; Elisabeth Borne
  code   FRAELI -20220515
  code   FRAGOV 20220516-20240109
  code   FRAELI 20240110-
  code   FRAELI
  kind   person
  note   prime minister 16 May 2022 to 09 Jan 2024

actor GABRIEL_ATTAL
  name   Gabriel Attal; Attal
  code   FRAELI -20240108
  code   FRAGOV 20240109-20240905
  code   FRAELI 20240906-
  code   FRAELI
  kind   person
  note   prime minister 09 Jan 2024 to 05 Sep 2024

actor MICHEL_BARNIER
  name   Michel Barnier; Barnier
  code   FRAELI -20040330
  code   FRAGOV 20040331-20050602
  code   FRAELI 20050603-20240904
  code   FRAGOV 20240905-20241213
  code   FRAELI 20241214-
  code   FRAELI
  kind   person
  note   foreign minister 31 Mar 2004 to 02 Jun 2005; prime minister 05 Sep 2024 to 13 Dec 2024. EU chief Brexit negotiator 2016-2020 (coded ELI for France then).

actor FRANCOIS_BAYROU
  name   François Bayrou; Francois Bayrou; Bayrou
  code   FRAELI -20241212
  code   FRAGOV 20241213-20250909
  code   FRAELI 20250910-
  code   FRAELI
  kind   person
  note   prime minister 13 Dec 2024 to 09 Sep 2025

actor SEBASTIEN_LECORNU
  name   Sébastien Lecornu; Sebastien Lecornu; Lecornu
  code   FRAELI -20220519
  code   FRAGOV 20220520-
  code   FRAGOV
  kind   person
  note   defence minister 20 May 2022 to 09 Sep 2025; prime minister 09 Sep 2025 to today. Resigned 6 October 2025 and was reappointed 10 October 2025 (reported).

actor HUBERT_VEDRINE
  name   Hubert Védrine; Hubert Vedrine; Vedrine
  code   FRAELI -19970603
  code   FRAGOV 19970604-20020505
  code   FRAELI 20020506-
  code   FRAELI
  kind   person
  note   foreign minister 04 Jun 1997 to 05 May 2002

actor PHILIPPE_DOUSTE_BLAZY
  name   Philippe Douste-Blazy; Douste-Blazy
  code   FRAELI -20050601
  code   FRAGOV 20050602-20070518
  code   FRAELI 20070519-
  code   FRAELI
  kind   person
  note   foreign minister 02 Jun 2005 to 18 May 2007

actor BERNARD_KOUCHNER
  name   Bernard Kouchner; Kouchner
  code   FRAELI -20070517
  code   FRAGOV 20070518-20101114
  code   FRAELI 20101115-
  code   FRAELI
  kind   person
  note   foreign minister 18 May 2007 to 14 Nov 2010

actor MICHELE_ALLIOT_MARIE
  name   Michèle Alliot-Marie; Michele Alliot-Marie; Alliot-Marie
  code   FRAELI -20020506
  code   FRAGOV 20020507-20070518
  code   FRAELI 20070519-20101113
  code   FRAGOV 20101114-20110227
  code   FRAELI 20110228-
  code   FRAELI
  kind   person
  note   defence minister 07 May 2002 to 18 May 2007; foreign minister 14 Nov 2010 to 27 Feb 2011

actor ALAIN_JUPPE
  name   Alain Juppé; Alain Juppe; Juppé; Juppe
  code   FRAELI -20101113
  code   FRAGOV 20101114-20120516
  code   FRAELI 20120517-
  code   FRAELI
  kind   person
  note   defence minister 14 Nov 2010 to 27 Feb 2011; foreign minister 27 Feb 2011 to 16 May 2012

actor LAURENT_FABIUS
  name   Laurent Fabius; Fabius
  code   FRAELI -20120515
  code   FRAGOV 20120516-20160211
  code   FRAELI 20160212-
  code   FRAELI
  kind   person
  note   foreign minister 16 May 2012 to 11 Feb 2016

actor JEAN_YVES_LE_DRIAN
  name   Jean-Yves Le Drian; Le Drian
  code   FRAELI -20120515
  code   FRAGOV 20120516-20220520
  code   FRAELI 20220521-
  code   FRAELI
  kind   person
  note   defence minister 16 May 2012 to 17 May 2017; foreign minister 17 May 2017 to 20 May 2022

actor CATHERINE_COLONNA
  name   Catherine Colonna; Colonna
  code   FRAELI -20220519
  code   FRAGOV 20220520-20240111
  code   FRAELI 20240112-
  code   FRAELI
  kind   person
  note   foreign minister 20 May 2022 to 11 Jan 2024

actor STEPHANE_SEJOURNE
  name   Stéphane Séjourné; Stephane Sejourne; Séjourné; Sejourne
  code   FRAELI -20240110
  code   FRAGOV 20240111-20240921
  code   FRAELI 20240922-
  code   FRAELI
  kind   person
  note   foreign minister 11 Jan 2024 to 21 Sep 2024. European Commission executive vice-president from 1 December 2024.

actor JEAN_NOEL_BARROT
  name   Jean-Noël Barrot; Jean-Noel Barrot; Barrot
  code   FRAELI -20240920
  code   FRAGOV 20240921-
  code   FRAGOV
  kind   person
  note   foreign minister 21 Sep 2024 to today

actor ALAIN_RICHARD
  name   Alain Richard
  code   FRAELI -19970603
  code   FRAGOV 19970604-20020507
  code   FRAELI 20020508-
  code   FRAELI
  kind   person
  note   defence minister 04 Jun 1997 to 07 May 2002

actor HERVE_MORIN
  name   Hervé Morin; Herve Morin
  code   FRAELI -20070517
  code   FRAGOV 20070518-20101114
  code   FRAELI 20101115-
  code   FRAELI
  kind   person
  note   defence minister 18 May 2007 to 14 Nov 2010

actor GERARD_LONGUET
  name   Gérard Longuet; Gerard Longuet
  code   FRAELI -20110226
  code   FRAGOV 20110227-20120516
  code   FRAELI 20120517-
  code   FRAELI
  kind   person
  note   defence minister 27 Feb 2011 to 16 May 2012

actor FLORENCE_PARLY
  name   Florence Parly; Parly
  code   FRAELI -20170620
  code   FRAGOV 20170621-20220520
  code   FRAELI 20220521-
  code   FRAELI
  kind   person
  note   defence minister 21 Jun 2017 to 20 May 2022

actor CATHERINE_VAUTRIN
  name   Catherine Vautrin; Vautrin
  code   FRAELI -20251011?
  code   FRAGOV 20251012?-
  code   FRAGOV
  kind   person
  note   armed forces minister 12 Oct 2025 (date uncertain) to today. Appointed in Lecornu's second government (reported; uncertain).

actor GERHARD_SCHRODER
  name   Gerhard Schröder; Gerhard Schroeder; Schroeder; Schröder
  code   DEUELI -19981026
  code   DEUGOV 19981027-20051122
  code   DEUELI 20051123-
  code   DEUELI
  kind   person
  note   chancellor 27 Oct 1998 to 22 Nov 2005

actor ANGELA_MERKEL
  name   Angela Merkel; Merkel
  code   DEUELI -20051121
  code   DEUGOV 20051122-20211208
  code   DEUELI 20211209-
  code   DEUELI
  kind   person
  note   chancellor 22 Nov 2005 to 08 Dec 2021

actor OLAF_SCHOLZ
  name   Olaf Scholz; Scholz
  code   DEUELI -20180313
  code   DEUGOV 20180314-20250506
  code   DEUELI 20250507-
  code   DEUELI
  kind   person
  note   finance minister 14 Mar 2018 to 08 Dec 2021; chancellor 08 Dec 2021 to 06 May 2025

actor FRIEDRICH_MERZ
  name   Friedrich Merz; Merz
  code   DEUELI -20250505
  code   DEUGOV 20250506-
  code   DEUGOV
  kind   person
  note   chancellor 06 May 2025 to today

actor FRANK_WALTER_STEINMEIER
  name   Frank-Walter Steinmeier; Steinmeier
  code   DEUELI -20051121
  code   DEUGOV 20051122-20091028
  code   DEUELI 20091029-20131216
  code   DEUGOV 20131217-20170127
  code   DEUELI 20170128-20170318
  code   DEUGOV 20170319-
  code   DEUGOV
  kind   person
  note   foreign minister 22 Nov 2005 to 28 Oct 2009; foreign minister 17 Dec 2013 to 27 Jan 2017; president 19 Mar 2017 to today

actor HORST_KOHLER
  name   Horst Köhler; Horst Koehler
  code   DEUELI -20040630
  code   DEUGOV 20040701-20100531
  code   DEUELI 20100601-
  code   DEUELI
  kind   person
  note   president 01 Jul 2004 to 31 May 2010

actor JOACHIM_GAUCK
  name   Joachim Gauck; Gauck
  code   DEUELI -20120317
  code   DEUGOV 20120318-20170318
  code   DEUELI 20170319-
  code   DEUELI
  kind   person
  note   president 18 Mar 2012 to 18 Mar 2017

actor CHRISTIAN_WULFF
  name   Christian Wulff; Wulff
  code   DEUELI -20100629
  code   DEUGOV 20100630-20120217
  code   DEUELI 20120218-
  code   DEUELI
  kind   person
  note   president 30 Jun 2010 to 17 Feb 2012

actor JOSCHKA_FISCHER
  name   Joschka Fischer; Fischer
  code   DEUELI -19981026
  code   DEUGOV 19981027-20051122
  code   DEUELI 20051123-
  code   DEUELI
  kind   person
  note   foreign minister 27 Oct 1998 to 22 Nov 2005

actor GUIDO_WESTERWELLE
  name   Guido Westerwelle; Westerwelle
  code   DEUELI -20091027
  code   DEUGOV 20091028-20131217
  code   DEUELI 20131218-
  code   DEUELI
  kind   person
  note   foreign minister 28 Oct 2009 to 17 Dec 2013

actor SIGMAR_GABRIEL
  name   Sigmar Gabriel
  code   DEUELI -20170126
  code   DEUGOV 20170127-20180314
  code   DEUELI 20180315-
  code   DEUELI
  kind   person
  note   foreign minister 27 Jan 2017 to 14 Mar 2018

actor HEIKO_MAAS
  name   Heiko Maas; Maas
  code   DEUELI -20180313
  code   DEUGOV 20180314-20211208
  code   DEUELI 20211209-
  code   DEUELI
  kind   person
  note   foreign minister 14 Mar 2018 to 08 Dec 2021

actor ANNALENA_BAERBOCK
  name   Annalena Baerbock; Baerbock
  code   DEUELI -20211207
  code   DEUGOV 20211208-20250506
  code   DEUELI 20250507-
  code   DEUELI
  kind   person
  note   foreign minister 08 Dec 2021 to 06 May 2025. President of the UN General Assembly from September 2025 (ELI for Germany).

actor JOHANN_WADEPHUL
  name   Johann Wadephul; Wadephul
  code   DEUELI -20250505
  code   DEUGOV 20250506-
  code   DEUGOV
  kind   person
  note   foreign minister 06 May 2025 to today

actor RUDOLF_SCHARPING
  name   Rudolf Scharping; Scharping
  code   DEUELI -19981026
  code   DEUGOV 19981027-20020718
  code   DEUELI 20020719-
  code   DEUELI
  kind   person
  note   defence minister 27 Oct 1998 to 18 Jul 2002

actor PETER_STRUCK
  name   Peter Struck
  code   DEUELI -20020718
  code   DEUGOV 20020719-20051122
  code   DEUELI 20051123-
  code   DEUELI
  kind   person
  note   defence minister 19 Jul 2002 to 22 Nov 2005

actor FRANZ_JOSEF_JUNG
  name   Franz Josef Jung
  code   DEUELI -20051121
  code   DEUGOV 20051122-20091028
  code   DEUELI 20091029-
  code   DEUELI
  kind   person
  note   defence minister 22 Nov 2005 to 28 Oct 2009

actor KARL_THEODOR_ZU_GUTTENBERG
  name   Karl-Theodor zu Guttenberg; zu Guttenberg; Guttenberg
  code   DEUELI -20091027
  code   DEUGOV 20091028-20110301
  code   DEUELI 20110302-
  code   DEUELI
  kind   person
  note   defence minister 28 Oct 2009 to 01 Mar 2011

actor THOMAS_DE_MAIZIERE
  name   Thomas de Maizière; Thomas de Maiziere; de Maiziere
  code   DEUELI -20110302
  code   DEUGOV 20110303-20131217
  code   DEUELI 20131218-
  code   DEUELI
  kind   person
  note   defence minister 03 Mar 2011 to 17 Dec 2013

actor URSULA_VON_DER_LEYEN
  name   Ursula von der Leyen; von der Leyen
  code   DEUELI -20131216
  code   DEUGOV 20131217-20190717
  code   DEUELI 20190718-20191130
  code   IGOEUREEC 20191201-
  code   IGOEUREEC
  kind   person
  note   defence minister 17 Dec 2013 to 17 Jul 2019; European Commission president 01 Dec 2019 to today

actor ANNEGRET_KRAMP_KARRENBAUER
  name   Annegret Kramp-Karrenbauer; Kramp-Karrenbauer; AKK
  code   DEUELI -20190716
  code   DEUGOV 20190717-20211208
  code   DEUELI 20211209-
  code   DEUELI
  kind   person
  note   defence minister 17 Jul 2019 to 08 Dec 2021

actor CHRISTINE_LAMBRECHT
  name   Christine Lambrecht; Lambrecht
  code   DEUELI -20211207
  code   DEUGOV 20211208-20230119
  code   DEUELI 20230120-
  code   DEUELI
  kind   person
  note   defence minister 08 Dec 2021 to 19 Jan 2023

actor BORIS_PISTORIUS
  name   Boris Pistorius; Pistorius
  code   DEUELI -20230118
  code   DEUGOV 20230119-
  code   DEUGOV
  kind   person
  note   defence minister 19 Jan 2023 to today

actor SILVIO_BERLUSCONI
  name   Silvio Berlusconi; Berlusconi
  code   ITAELI -20010610
  code   ITAGOV 20010611-20060517
  code   ITAELI 20060518-20080507
  code   ITAGOV 20080508-20111116
  code   ITAELI 20111117-
  code   ITAELI
  kind   person
  note   prime minister 11 Jun 2001 to 17 May 2006; prime minister 08 May 2008 to 16 Nov 2011. Died 12 June 2023.

actor ROMANO_PRODI
  name   Romano Prodi; Prodi
  code   ITAELI -19990915
  code   IGOEUREEC 19990916-20041121
  code   ITAELI 20041122-20060516
  code   ITAGOV 20060517-20080508
  code   ITAELI 20080509-
  code   ITAELI
  kind   person
  note   European Commission president 16 Sep 1999 to 21 Nov 2004; prime minister 17 May 2006 to 08 May 2008

actor GIULIANO_AMATO
  name   Giuliano Amato
  code   ITAELI -20000425
  code   ITAGOV 20000426-20010611
  code   ITAELI 20010612-
  code   ITAELI
  kind   person
  note   prime minister 26 Apr 2000 to 11 Jun 2001

actor MARIO_MONTI
  name   Mario Monti; Monti
  code   ITAELI -20111115
  code   ITAGOV 20111116-20130428
  code   ITAELI 20130429-
  code   ITAELI
  kind   person
  note   prime minister 16 Nov 2011 to 28 Apr 2013

actor ENRICO_LETTA
  name   Enrico Letta
  code   ITAELI -20130427
  code   ITAGOV 20130428-20140222
  code   ITAELI 20140223-
  code   ITAELI
  kind   person
  note   prime minister 28 Apr 2013 to 22 Feb 2014

actor MATTEO_RENZI
  name   Matteo Renzi; Renzi
  code   ITAELI -20140221
  code   ITAGOV 20140222-20161212
  code   ITAELI 20161213-
  code   ITAELI
  kind   person
  note   prime minister 22 Feb 2014 to 12 Dec 2016

actor PAOLO_GENTILONI
  name   Paolo Gentiloni; Gentiloni
  code   ITAELI -20141030
  code   ITAGOV 20141031-20180601
  code   ITAELI 20180602-
  code   ITAELI
  kind   person
  note   foreign minister 31 Oct 2014 to 12 Dec 2016; prime minister 12 Dec 2016 to 01 Jun 2018

actor GIUSEPPE_CONTE
  name   Giuseppe Conte
  code   ITAELI -20180531
  code   ITAGOV 20180601-20210213
  code   ITAELI 20210214-
  code   ITAELI
  kind   person
  note   prime minister 01 Jun 2018 to 13 Feb 2021

actor MARIO_DRAGHI
  name   Mario Draghi; Draghi
  code   ITAELI -20111031
  code   IGOEUREEC 20111101-20191031
  code   ITAELI 20191101-20210212
  code   ITAGOV 20210213-20221022
  code   ITAELI 20221023-
  code   ITAELI
  kind   person
  note   European Central Bank president 01 Nov 2011 to 31 Oct 2019; prime minister 13 Feb 2021 to 22 Oct 2022

actor GIORGIA_MELONI
  name   Giorgia Meloni; Meloni
  code   ITAELI -20221021
  code   ITAGOV 20221022-
  code   ITAGOV
  kind   person
  note   prime minister 22 Oct 2022 to today

actor SERGIO_MATTARELLA
  name   Sergio Mattarella; Mattarella
  code   ITAELI -20150202
  code   ITAGOV 20150203-
  code   ITAGOV
  kind   person
  note   president 03 Feb 2015 to today

actor GIORGIO_NAPOLITANO
  name   Giorgio Napolitano; Napolitano
  code   ITAELI -20060514
  code   ITAGOV 20060515-20150114
  code   ITAELI 20150115-
  code   ITAELI
  kind   person
  note   president 15 May 2006 to 14 Jan 2015

actor LUIGI_DI_MAIO
  name   Luigi Di Maio; Di Maio
  code   ITAELI -20190904
  code   ITAGOV 20190905-20221022
  code   ITAELI 20221023-
  code   ITAELI
  kind   person
  note   foreign minister 05 Sep 2019 to 22 Oct 2022

actor ANTONIO_TAJANI
  name   Antonio Tajani; Tajani
  code   ITAELI -20221021
  code   ITAGOV 20221022-
  code   ITAGOV
  kind   person
  note   foreign minister 22 Oct 2022 to today

actor GUIDO_CROSETTO
  name   Guido Crosetto; Crosetto
  code   ITAELI -20221021
  code   ITAGOV 20221022-
  code   ITAGOV
  kind   person
  note   defence minister 22 Oct 2022 to today

actor FEDERICA_MOGHERINI
  name   Federica Mogherini; Mogherini
  code   ITAELI -20140221
  code   ITAGOV 20140222-20141031
  code   IGOEUREEC 20141101-20191130
  code   ITAELI 20191201-
  code   ITAELI
  kind   person
  note   foreign minister 22 Feb 2014 to 31 Oct 2014; EU foreign policy chief 01 Nov 2014 to 30 Nov 2019

actor JOSE_MARIA_AZNAR
  name   José María Aznar; Jose Maria Aznar; Aznar
  code   ESPELI -19960504
  code   ESPGOV 19960505-20040417
  code   ESPELI 20040418-
  code   ESPELI
  kind   person
  note   prime minister 05 May 1996 to 17 Apr 2004

actor JOSE_LUIS_RODRIGUEZ_ZAPATERO
  name   José Luis Rodríguez Zapatero; Jose Luis Rodriguez Zapatero; Zapatero
  code   ESPELI -20040416
  code   ESPGOV 20040417-20111221
  code   ESPELI 20111222-
  code   ESPELI
  kind   person
  note   prime minister 17 Apr 2004 to 21 Dec 2011

actor MARIANO_RAJOY
  name   Mariano Rajoy; Rajoy
  code   ESPELI -20111220
  code   ESPGOV 20111221-20180602
  code   ESPELI 20180603-
  code   ESPELI
  kind   person
  note   prime minister 21 Dec 2011 to 02 Jun 2018

actor PEDRO_SANCHEZ
  name   Pedro Sánchez; Pedro Sanchez
  code   ESPELI -20180601
  code   ESPGOV 20180602-
  code   ESPGOV
  kind   person
  note   prime minister 02 Jun 2018 to today

actor KING_JUAN_CARLOS
  name   King Juan Carlos; Juan Carlos
  code   ESPELI -19751121
  code   ESPGOV 19751122-20140619
  code   ESPELI 20140620-
  code   ESPELI
  kind   person
  note   king 22 Nov 1975 to 19 Jun 2014

actor KING_FELIPE
  name   King Felipe; Felipe VI; King Felipe VI
  code   ESPELI -20140618
  code   ESPGOV 20140619-
  code   ESPGOV
  kind   person
  note   king 19 Jun 2014 to today

actor JOSE_MANUEL_ALBARES
  name   José Manuel Albares; Jose Manuel Albares; Albares
  code   ESPELI -20210711
  code   ESPGOV 20210712-
  code   ESPGOV
  kind   person
  note   foreign minister 12 Jul 2021 to today

actor JOSEP_BORRELL
  name   Josep Borrell; Borrell
  code   ESPELI -20181106
  code   ESPGOV 20181107-20191129
  code   ESPELI 20191130-20191130
  code   IGOEUREEC 20191201-20241130
  code   ESPELI 20241201-
  code   ESPELI
  kind   person
  note   foreign minister 07 Nov 2018 to 29 Nov 2019; EU foreign policy chief 01 Dec 2019 to 30 Nov 2024

actor JAVIER_SOLANA
  name   Javier Solana; Solana
  code   ESPELI -19991017
  code   IGOEUREEC 19991018-20091130
  code   ESPELI 20091201-
  code   ESPELI
  kind   person
  note   EU foreign policy chief 18 Oct 1999 to 30 Nov 2009. NATO secretary-general 1995-1999.

actor ALEKSANDER_KWASNIEWSKI
  name   Aleksander Kwaśniewski; Aleksander Kwasniewski; Kwasniewski
  code   POLELI -19951222
  code   POLGOV 19951223-20051223
  code   POLELI 20051224-
  code   POLELI
  kind   person
  note   president 23 Dec 1995 to 23 Dec 2005

actor LECH_KACZYNSKI
  name   Lech Kaczyński; Lech Kaczynski
  code   POLELI -20051222
  code   POLGOV 20051223-20100410
  code   POLELI 20100411-
  code   POLELI
  kind   person
  note   president 23 Dec 2005 to 10 Apr 2010. Killed in the Smolensk air crash, 10 April 2010.

actor JAROSAW_KACZYNSKI
  name   Jarosław Kaczyński; Jaroslaw Kaczynski
  code   POLELI -20060713
  code   POLGOV 20060714-20071116
  code   POLELI 20071117-
  code   POLELI
  kind   person
  note   prime minister 14 Jul 2006 to 16 Nov 2007. Law and Justice party leader (ELI otherwise).

actor BRONISAW_KOMOROWSKI
  name   Bronisław Komorowski; Bronislaw Komorowski; Komorowski
  code   POLELI -20100409
  code   POLGOV 20100410-20150806
  code   POLELI 20150807-
  code   POLELI
  kind   person
  note   president 10 Apr 2010 to 06 Aug 2015. Acting president from 10 April 2010.

actor ANDRZEJ_DUDA
  name   Andrzej Duda; Duda
  code   POLELI -20150805
  code   POLGOV 20150806-20250806
  code   POLELI 20250807-
  code   POLELI
  kind   person
  note   president 06 Aug 2015 to 06 Aug 2025

actor KAROL_NAWROCKI
  name   Karol Nawrocki; Nawrocki
  code   POLELI -20250805
  code   POLGOV 20250806-
  code   POLGOV
  kind   person
  note   president 06 Aug 2025 to today

actor DONALD_TUSK
  name   Donald Tusk; Tusk
  code   POLELI -20071115
  code   POLGOV 20071116-20140922
  code   POLELI 20140923-20141130
  code   IGOEUREEC 20141201-20191130
  code   POLELI 20191201-20231212
  code   POLGOV 20231213-
  code   POLGOV
  kind   person
  note   prime minister 16 Nov 2007 to 22 Sep 2014; European Council president 01 Dec 2014 to 30 Nov 2019; prime minister 13 Dec 2023 to today

actor BEATA_SZYDO
  name   Beata Szydło; Beata Szydlo; Szydlo
  code   POLELI -20151115
  code   POLGOV 20151116-20171211
  code   POLELI 20171212-
  code   POLELI
  kind   person
  note   prime minister 16 Nov 2015 to 11 Dec 2017

actor MATEUSZ_MORAWIECKI
  name   Mateusz Morawiecki; Morawiecki
  code   POLELI -20171210
  code   POLGOV 20171211-20231213
  code   POLELI 20231214-
  code   POLELI
  kind   person
  note   prime minister 11 Dec 2017 to 13 Dec 2023

actor RADOSAW_SIKORSKI
  name   Radosław Sikorski; Radoslaw Sikorski; Sikorski
  code   POLELI -20051030
  code   POLGOV 20051031-20070207
  code   POLELI 20070208-20071115
  code   POLGOV 20071116-20140922
  code   POLELI 20140923-20231212
  code   POLGOV 20231213-
  code   POLGOV
  kind   person
  note   defence minister 31 Oct 2005 to 07 Feb 2007; foreign minister 16 Nov 2007 to 22 Sep 2014; foreign minister 13 Dec 2023 to today

actor WADYSAW_KOSINIAK_KAMYSZ
  name   Władysław Kosiniak-Kamysz; Wladyslaw Kosiniak-Kamysz; Kosiniak-Kamysz
  code   POLELI -20231212
  code   POLGOV 20231213-
  code   POLGOV
  kind   person
  note   defence minister 13 Dec 2023 to today

actor LEONID_KUCHMA
  name   Leonid Kuchma; Kuchma
  code   UKRELI -19940718
  code   UKRGOV 19940719-20050123
  code   UKRELI 20050124-
  code   UKRELI
  kind   person
  note   president 19 Jul 1994 to 23 Jan 2005

actor VIKTOR_YUSHCHENKO
  name   Viktor Yushchenko; Yushchenko
  code   UKRELI -19991221
  code   UKRGOV 19991222-20010529
  code   UKRELI 20010530-20050122
  code   UKRGOV 20050123-20100225
  code   UKRELI 20100226-
  code   UKRELI
  kind   person
  note   prime minister 22 Dec 1999 to 29 May 2001; president 23 Jan 2005 to 25 Feb 2010

actor VIKTOR_YANUKOVYCH
  name   Viktor Yanukovych; Viktor Yanukovich; Yanukovych; Yanukovich
  code   UKRELI -20021120
  code   UKRGOV 20021121-20050105
  code   UKRELI 20050106-20060803
  code   UKRGOV 20060804-20071218
  code   UKRELI 20071219-20100224
  code   UKRGOV 20100225-20140222
  code   UKRELI 20140223-
  code   UKRELI
  kind   person
  note   prime minister 21 Nov 2002 to 05 Jan 2005; prime minister 04 Aug 2006 to 18 Dec 2007; president 25 Feb 2010 to 22 Feb 2014. Fled to Russia on 22 February 2014 and was removed by parliament.

actor YULIA_TYMOSHENKO
  name   Yulia Tymoshenko; Tymoshenko
  code   UKRELI -20050123
  code   UKRGOV 20050124-20050908
  code   UKRELI 20050909-20071217
  code   UKRGOV 20071218-20100304
  code   UKRELI 20100305-
  code   UKRELI
  kind   person
  note   prime minister 24 Jan 2005 to 08 Sep 2005; prime minister 18 Dec 2007 to 04 Mar 2010

actor OLEKSANDR_TURCHYNOV
  name   Oleksandr Turchynov; Turchynov
  code   UKRELI -20140222
  code   UKRGOV 20140223-20140607
  code   UKRELI 20140608-
  code   UKRELI
  kind   person
  note   acting president 23 Feb 2014 to 07 Jun 2014

actor ARSENIY_YATSENYUK
  name   Arseniy Yatsenyuk; Arseniy Yatseniuk; Yatsenyuk
  code   UKRELI -20140226
  code   UKRGOV 20140227-20160414
  code   UKRELI 20160415-
  code   UKRELI
  kind   person
  note   prime minister 27 Feb 2014 to 14 Apr 2016

actor PETRO_POROSHENKO
  name   Petro Poroshenko; Poroshenko
  code   UKRELI -20140606
  code   UKRGOV 20140607-20190520
  code   UKRELI 20190521-
  code   UKRELI
  kind   person
  note   president 07 Jun 2014 to 20 May 2019

actor VOLODYMYR_ZELENSKY
  name   Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Zelensky; Zelenskyy; Zelenskiy
  code   UKRELI -20190519
  code   UKRGOV 20190520-
  code   UKRGOV
  kind   person
  note   president 20 May 2019 to today

actor VOLODYMYR_GROYSMAN
  name   Volodymyr Groysman; Groysman
  code   UKRELI -20160413
  code   UKRGOV 20160414-20190829
  code   UKRELI 20190830-
  code   UKRELI
  kind   person
  note   prime minister 14 Apr 2016 to 29 Aug 2019

actor DENYS_SHMYHAL
  name   Denys Shmyhal; Shmyhal
  code   UKRELI -20200303
  code   UKRGOV 20200304-
  code   UKRGOV
  kind   person
  note   prime minister 04 Mar 2020 to 17 Jul 2025; defence minister 17 Jul 2025 to today

actor YULIA_SVYRYDENKO
  name   Yulia Svyrydenko; Svyrydenko
  code   UKRELI -20211103?
  code   UKRGOV 20211104?-
  code   UKRGOV
  kind   person
  note   first deputy prime minister 04 Nov 2021 (date uncertain) to 17 Jul 2025; prime minister 17 Jul 2025 to today

actor PAVLO_KLIMKIN
  name   Pavlo Klimkin; Klimkin
  code   UKRELI -20140618
  code   UKRGOV 20140619-20190829
  code   UKRELI 20190830-
  code   UKRELI
  kind   person
  note   foreign minister 19 Jun 2014 to 29 Aug 2019

actor DMYTRO_KULEBA
  name   Dmytro Kuleba; Kuleba
  code   UKRELI -20200303
  code   UKRGOV 20200304-20240905
  code   UKRELI 20240906-
  code   UKRELI
  kind   person
  note   foreign minister 04 Mar 2020 to 05 Sep 2024

actor ANDRII_SYBIHA
  name   Andrii Sybiha; Andriy Sybiha; Sybiha
  code   UKRELI -20240904
  code   UKRGOV 20240905-
  code   UKRGOV
  kind   person
  note   foreign minister 05 Sep 2024 to today

actor OLEKSII_REZNIKOV
  name   Oleksii Reznikov; Oleksiy Reznikov; Reznikov
  code   UKRELI -20211103
  code   UKRGOV 20211104-20230906
  code   UKRELI 20230907-
  code   UKRELI
  kind   person
  note   defence minister 04 Nov 2021 to 06 Sep 2023

actor RUSTEM_UMEROV
  name   Rustem Umerov; Umerov
  code   UKRELI -20230905
  code   UKRGOV 20230906-
  code   UKRGOV
  kind   person
  note   defence minister 06 Sep 2023 to 17 Jul 2025; national security council secretary 17 Jul 2025 to today

actor ANDRIY_YERMAK
  name   Andriy Yermak; Andrii Yermak; Yermak
  code   UKRELI -20200210
  code   UKRGOV 20200211-20251128?
  code   UKRELI 20251129?-
  code   UKRELI
  kind   person
  note   head of the presidential office 11 Feb 2020 to 28 Nov 2025 (date uncertain). Resignation reported 28 November 2025 (uncertain).

actor VALERII_ZALUZHNYI
  name   Valerii Zaluzhnyi; Valery Zaluzhny; Zaluzhnyi; Zaluzhny
  code   UKRELI -20210726
  code   UKRMIL 20210727-20240208
  code   UKRELI 20240209-20240508?
  code   UKRGOV 20240509?-
  code   UKRGOV
  kind   person
  note   commander-in-chief 27 Jul 2021 to 08 Feb 2024; ambassador to the UK 09 May 2024 (date uncertain) to today

actor OLEKSANDR_SYRSKYI
  name   Oleksandr Syrskyi; Oleksandr Syrsky; Syrskyi; Syrsky
  code   UKRELI -20240207
  code   UKRMIL 20240208-
  code   UKRMIL
  kind   person
  note   commander-in-chief 08 Feb 2024 to today

actor ALEXANDER_LUKASHENKO
  name   Alexander Lukashenko; Aleksandr Lukashenko; Alexander Lukashenka; Alyaksandr Lukashenka; Lukashenko; Lukashenka
  code   BLRELI -19940719
  code   BLRGOV 19940720-
  code   BLRGOV
  kind   person
  note   president 20 Jul 1994 to today

actor VLADIMIR_MAKEI
  name   Vladimir Makei; Uladzimir Makei; Makei
  code   BLRELI -20120819
  code   BLRGOV 20120820-20221126
  code   BLRELI 20221127-
  code   BLRELI
  kind   person
  note   foreign minister 20 Aug 2012 to 26 Nov 2022. Died 26 November 2022.

actor SERGEI_MARTYNOV
  name   Sergei Martynov; Martynov
  code   BLRELI -20030303?
  code   BLRGOV 20030304?-20120820
  code   BLRELI 20120821-
  code   BLRELI
  kind   person
  note   foreign minister 04 Mar 2003 (date uncertain) to 20 Aug 2012

actor VIKTOR_KHRENIN
  name   Viktor Khrenin; Khrenin
  code   BLRELI -20200119
  code   BLRGOV 20200120-
  code   BLRGOV
  kind   person
  note   defence minister 20 Jan 2020 to today

actor SVETLANA_TIKHANOVSKAYA
  name   Svetlana Tikhanovskaya; Sviatlana Tsikhanouskaya; Svetlana Tsikhanouskaya; Tsikhanouskaya; Tikhanovskaya
  code   BLROPP
  kind   person
  note   Opposition leader in exile since August 2020.

actor EDUARD_SHEVARDNADZE
  name   Eduard Shevardnadze; Shevardnadze
  code   GEOELI -19951125
  code   GEOGOV 19951126-20031123
  code   GEOELI 20031124-
  code   GEOELI
  kind   person
  note   president 26 Nov 1995 to 23 Nov 2003

actor NINO_BURJANADZE
  name   Nino Burjanadze; Burjanadze
  code   GEOELI -20031122
  code   GEOGOV 20031123-20040125
  code   GEOELI 20040126-20071124
  code   GEOGOV 20071125-20080120
  code   GEOELI 20080121-
  code   GEOELI
  kind   person
  note   acting president 23 Nov 2003 to 25 Jan 2004; acting president 25 Nov 2007 to 20 Jan 2008

actor MIKHEIL_SAAKASHVILI
  name   Mikheil Saakashvili; Mikhail Saakashvili; Saakashvili
  code   GEOELI -20040124
  code   GEOGOV 20040125-20071125
  code   GEOELI 20071126-20080119
  code   GEOGOV 20080120-20131117
  code   GEOELI 20131118-
  code   GEOELI
  kind   person
  note   president 25 Jan 2004 to 25 Nov 2007; president 20 Jan 2008 to 17 Nov 2013. Resigned in November 2007 to run again; Georgian opposition figure after 2013, jailed in Georgia since October 2021.

actor GIORGI_MARGVELASHVILI
  name   Giorgi Margvelashvili; Margvelashvili
  code   GEOELI -20131116
  code   GEOGOV 20131117-20181216
  code   GEOELI 20181217-
  code   GEOELI
  kind   person
  note   president 17 Nov 2013 to 16 Dec 2018

actor SALOME_ZOURABICHVILI
  name   Salome Zourabichvili; Salome Zurabishvili; Zourabichvili; Zurabishvili
  code   GEOELI -20040317
  code   GEOGOV 20040318-20051019
  code   GEOELI 20051020-20181215
  code   GEOGOV 20181216-20241229
  code   GEOELI 20241230-
  code   GEOELI
  kind   person
  note   foreign minister 18 Mar 2004 to 19 Oct 2005; president 16 Dec 2018 to 29 Dec 2024

actor MIKHEIL_KAVELASHVILI
  name   Mikheil Kavelashvili; Kavelashvili
  code   GEOELI -20241228
  code   GEOGOV 20241229-
  code   GEOGOV
  kind   person
  note   president 29 Dec 2024 to today

actor ZURAB_ZHVANIA
  name   Zurab Zhvania; Zhvania
  code   GEOELI -20040216
  code   GEOGOV 20040217-20050203
  code   GEOELI 20050204-
  code   GEOELI
  kind   person
  note   prime minister 17 Feb 2004 to 03 Feb 2005. Died 3 February 2005.

actor ZURAB_NOGHAIDELI
  name   Zurab Noghaideli; Noghaideli
  code   GEOELI -20050216
  code   GEOGOV 20050217-20071116
  code   GEOELI 20071117-
  code   GEOELI
  kind   person
  note   prime minister 17 Feb 2005 to 16 Nov 2007

actor LADO_GURGENIDZE
  name   Lado Gurgenidze; Vladimer Gurgenidze; Gurgenidze
  code   GEOELI -20071121
  code   GEOGOV 20071122-20081101
  code   GEOELI 20081102-
  code   GEOELI
  kind   person
  note   prime minister 22 Nov 2007 to 01 Nov 2008

actor NIKA_GILAURI
  name   Nika Gilauri; Gilauri
  code   GEOELI -20090205
  code   GEOGOV 20090206-20120704
  code   GEOELI 20120705-
  code   GEOELI
  kind   person
  note   prime minister 06 Feb 2009 to 04 Jul 2012

actor BIDZINA_IVANISHVILI
  name   Bidzina Ivanishvili; Ivanishvili
  code   GEOELI -20121024
  code   GEOGOV 20121025-20131120
  code   GEOELI 20131121-
  code   GEOELI
  kind   person
  note   prime minister 25 Oct 2012 to 20 Nov 2013. Founder of Georgian Dream; its honorary chairman since December 2023.

actor IRAKLI_GARIBASHVILI
  name   Irakli Garibashvili; Garibashvili
  code   GEOELI -20131119
  code   GEOGOV 20131120-20151230
  code   GEOELI 20151231-20210221
  code   GEOGOV 20210222-20240208
  code   GEOELI 20240209-
  code   GEOELI
  kind   person
  note   prime minister 20 Nov 2013 to 30 Dec 2015; prime minister 22 Feb 2021 to 08 Feb 2024

actor GIORGI_KVIRIKASHVILI
  name   Giorgi Kvirikashvili; Kvirikashvili
  code   GEOELI -20151229
  code   GEOGOV 20151230-20180613
  code   GEOELI 20180614-
  code   GEOELI
  kind   person
  note   prime minister 30 Dec 2015 to 13 Jun 2018

actor GIORGI_GAKHARIA
  name   Giorgi Gakharia; Gakharia
  code   GEOELI -20190907
  code   GEOGOV 20190908-20210218
  code   GEOELI 20210219-
  code   GEOELI
  kind   person
  note   prime minister 08 Sep 2019 to 18 Feb 2021

actor IRAKLI_KOBAKHIDZE
  name   Irakli Kobakhidze; Kobakhidze
  code   GEOELI -20240207
  code   GEOGOV 20240208-
  code   GEOGOV
  kind   person
  note   prime minister 08 Feb 2024 to today

actor EKA_TKESHELASHVILI
  name   Eka Tkeshelashvili; Tkeshelashvili
  code   GEOELI -20080130?
  code   GEOGOV 20080131?-20081205
  code   GEOELI 20081206-
  code   GEOELI
  kind   person
  note   foreign minister 31 Jan 2008 (date uncertain) to 05 Dec 2008. Foreign minister during the August 2008 war; start date uncertain.

actor GRIGOL_VASHADZE
  name   Grigol Vashadze; Vashadze
  code   GEOELI -20081204
  code   GEOGOV 20081205-20121025
  code   GEOELI 20121026-
  code   GEOELI
  kind   person
  note   foreign minister 05 Dec 2008 to 25 Oct 2012

actor MARK_RUTTE
  name   Mark Rutte; Rutte
  code   NLDELI -20101013
  code   NLDGOV 20101014-20240702
  code   NLDELI 20240703-20240930
  code   IGOWSTNAT 20241001-
  code   IGOWSTNAT
  kind   person
  note   prime minister 14 Oct 2010 to 02 Jul 2024; NATO secretary-general 01 Oct 2024 to today

actor DICK_SCHOOF
  name   Dick Schoof; Schoof
  code   NLDELI -20240701
  code   NLDGOV 20240702-
  code   NLDGOV
  kind   person
  note   prime minister 02 Jul 2024 to today

actor JAN_PETER_BALKENENDE
  name   Jan Peter Balkenende; Balkenende
  code   NLDELI -20020721
  code   NLDGOV 20020722-20101014
  code   NLDELI 20101015-
  code   NLDELI
  kind   person
  note   prime minister 22 Jul 2002 to 14 Oct 2010

actor CHARLES_MICHEL
  name   Charles Michel
  code   BELELI -20141010
  code   BELGOV 20141011-20191027
  code   BELELI 20191028-20191130
  code   IGOEUREEC 20191201-20241130
  code   BELELI 20241201-
  code   BELELI
  kind   person
  note   prime minister 11 Oct 2014 to 27 Oct 2019; European Council president 01 Dec 2019 to 30 Nov 2024

actor BART_DE_WEVER
  name   Bart De Wever; De Wever
  code   BELELI -20250202
  code   BELGOV 20250203-
  code   BELGOV
  kind   person
  note   prime minister 03 Feb 2025 to today

actor ALEXANDER_DE_CROO
  name   Alexander De Croo; De Croo
  code   BELELI -20200930
  code   BELGOV 20201001-20250203
  code   BELELI 20250204-
  code   BELELI
  kind   person
  note   prime minister 01 Oct 2020 to 03 Feb 2025

actor JEAN_CLAUDE_JUNCKER
  name   Jean-Claude Juncker; Juncker
  code   LUXELI -19950119
  code   LUXGOV 19950120-20131204
  code   LUXELI 20131205-20141031
  code   IGOEUREEC 20141101-20191130
  code   LUXELI 20191201-
  code   LUXELI
  kind   person
  note   prime minister 20 Jan 1995 to 04 Dec 2013; European Commission president 01 Nov 2014 to 30 Nov 2019

actor JOSE_MANUEL_BARROSO
  name   José Manuel Barroso; Jose Manuel Barroso; Barroso
  code   PRTELI -20020405
  code   PRTGOV 20020406-20040717
  code   PRTELI 20040718-20041121
  code   IGOEUREEC 20041122-20141031
  code   PRTELI 20141101-
  code   PRTELI
  kind   person
  note   prime minister 06 Apr 2002 to 17 Jul 2004; European Commission president 22 Nov 2004 to 31 Oct 2014

actor ANTONIO_COSTA
  name   António Costa; Antonio Costa
  code   PRTELI -20151125
  code   PRTGOV 20151126-20240402
  code   PRTELI 20240403-20241130
  code   IGOEUREEC 20241201-
  code   IGOEUREEC
  kind   person
  note   prime minister 26 Nov 2015 to 02 Apr 2024; European Council president 01 Dec 2024 to today

actor ANTONIO_GUTERRES
  name   António Guterres; Antonio Guterres; Guterres
  code   PRTELI -19951027
  code   PRTGOV 19951028-20020406
  code   PRTELI 20020407-20050614
  code   IGOUNOHCR 20050615-20151231
  code   PRTELI 20160101-20161231
  code   IGOUNO 20170101-
  code   IGOUNO
  kind   person
  note   prime minister 28 Oct 1995 to 06 Apr 2002; UN High Commissioner for Refugees 15 Jun 2005 to 31 Dec 2015; UN secretary-general 01 Jan 2017 to today. His UN term ends 31 December 2026.

actor LUIS_MONTENEGRO
  name   Luís Montenegro; Luis Montenegro
  code   PRTELI -20240401
  code   PRTGOV 20240402-
  code   PRTGOV
  kind   person
  note   prime minister 02 Apr 2024 to today

actor HERMAN_VAN_ROMPUY
  name   Herman Van Rompuy; Van Rompuy
  code   BELELI -20081229
  code   BELGOV 20081230-20091125
  code   BELELI 20091126-20091130
  code   IGOEUREEC 20091201-20141130
  code   BELELI 20141201-
  code   BELELI
  kind   person
  note   prime minister 30 Dec 2008 to 25 Nov 2009; European Council president 01 Dec 2009 to 30 Nov 2014

actor CATHERINE_ASHTON
  name   Catherine Ashton; Lady Ashton; Ashton
  code   GBRELI -20091130
  code   IGOEUREEC 20091201-20141031
  code   GBRELI 20141101-
  code   GBRELI
  kind   person
  note   EU foreign policy chief 01 Dec 2009 to 31 Oct 2014

actor KAJA_KALLAS
  name   Kaja Kallas; Kallas
  code   ESTELI -20210125
  code   ESTGOV 20210126-20240723
  code   ESTELI 20240724-20241130
  code   IGOEUREEC 20241201-
  code   IGOEUREEC
  kind   person
  note   prime minister 26 Jan 2021 to 23 Jul 2024; EU foreign policy chief 01 Dec 2024 to today

actor ROBERTA_METSOLA
  name   Roberta Metsola; Metsola
  code   MLTELI -20220117
  code   IGOEUREEC 20220118-
  code   IGOEUREEC
  kind   person
  note   European Parliament president 18 Jan 2022 to today

actor JENS_STOLTENBERG
  name   Jens Stoltenberg; Stoltenberg
  code   NORELI -20000316
  code   NORGOV 20000317-20011019
  code   NORELI 20011020-20051016
  code   NORGOV 20051017-20131016
  code   NORELI 20131017-20140930
  code   IGOWSTNAT 20141001-20241001
  code   NORELI 20241002-20250203
  code   NORGOV 20250204-
  code   NORGOV
  kind   person
  note   prime minister 17 Mar 2000 to 19 Oct 2001; prime minister 17 Oct 2005 to 16 Oct 2013; NATO secretary-general 01 Oct 2014 to 01 Oct 2024; finance minister 04 Feb 2025 to today

actor ANDERS_FOGH_RASMUSSEN
  name   Anders Fogh Rasmussen; Fogh Rasmussen
  code   DNKELI -20011126
  code   DNKGOV 20011127-20090405
  code   DNKELI 20090406-20090731
  code   IGOWSTNAT 20090801-20140930
  code   DNKELI 20141001-
  code   DNKELI
  kind   person
  note   prime minister 27 Nov 2001 to 05 Apr 2009; NATO secretary-general 01 Aug 2009 to 30 Sep 2014

actor METTE_FREDERIKSEN
  name   Mette Frederiksen; Frederiksen
  code   DNKELI -20190626
  code   DNKGOV 20190627-
  code   DNKGOV
  kind   person
  note   prime minister 27 Jun 2019 to today

actor LARS_LKKE_RASMUSSEN
  name   Lars Løkke Rasmussen; Lars Lokke Rasmussen; Lokke Rasmussen
  code   DNKELI -20090404
  code   DNKGOV 20090405-20111003
  code   DNKELI 20111004-20150627
  code   DNKGOV 20150628-20190627
  code   DNKELI 20190628-20221214
  code   DNKGOV 20221215-
  code   DNKGOV
  kind   person
  note   prime minister 05 Apr 2009 to 03 Oct 2011; prime minister 28 Jun 2015 to 27 Jun 2019; foreign minister 15 Dec 2022 to today

actor GEORGE_ROBERTSON
  name   George Robertson; Lord Robertson
  code   GBRELI -19991013
  code   IGOWSTNAT 19991014-20031217
  code   GBRELI 20031218-
  code   GBRELI
  kind   person
  note   NATO secretary-general 14 Oct 1999 to 17 Dec 2003. UK defence secretary 1997-1999.

actor JAAP_DE_HOOP_SCHEFFER
  name   Jaap de Hoop Scheffer; de Hoop Scheffer
  code   NLDELI -20020721
  code   NLDGOV 20020722-20031203
  code   NLDELI 20031204-20031231
  code   IGOWSTNAT 20040101-20090731
  code   NLDELI 20090801-
  code   NLDELI
  kind   person
  note   foreign minister 22 Jul 2002 to 03 Dec 2003; NATO secretary-general 01 Jan 2004 to 31 Jul 2009

actor VIKTOR_ORBAN
  name   Viktor Orbán; Viktor Orban; Orban; Orbán
  code   HUNELI -19980705
  code   HUNGOV 19980706-20020527
  code   HUNELI 20020528-20100528
  code   HUNGOV 20100529-
  code   HUNGOV
  kind   person
  note   prime minister 06 Jul 1998 to 27 May 2002; prime minister 29 May 2010 to today

actor PETER_SZIJJARTO
  name   Péter Szijjártó; Peter Szijjarto; Szijjarto; Szijjártó
  code   HUNELI -20140922
  code   HUNGOV 20140923-
  code   HUNGOV
  kind   person
  note   foreign minister 23 Sep 2014 to today

actor SEBASTIAN_KURZ
  name   Sebastian Kurz; Kurz
  code   AUTELI -20131215
  code   AUTGOV 20131216-20190528
  code   AUTELI 20190529-20200106
  code   AUTGOV 20200107-20211011
  code   AUTELI 20211012-
  code   AUTELI
  kind   person
  note   foreign minister 16 Dec 2013 to 18 Dec 2017; chancellor 18 Dec 2017 to 28 May 2019; chancellor 07 Jan 2020 to 11 Oct 2021

actor KARL_NEHAMMER
  name   Karl Nehammer; Nehammer
  code   AUTELI -20211205
  code   AUTGOV 20211206-20250303
  code   AUTELI 20250304-
  code   AUTELI
  kind   person
  note   chancellor 06 Dec 2021 to 03 Mar 2025

actor CHRISTIAN_STOCKER
  name   Christian Stocker; Stocker
  code   AUTELI -20250302
  code   AUTGOV 20250303-
  code   AUTGOV
  kind   person
  note   chancellor 03 Mar 2025 to today

actor KYRIAKOS_MITSOTAKIS
  name   Kyriakos Mitsotakis; Mitsotakis
  code   GRCELI -20190707
  code   GRCGOV 20190708-
  code   GRCGOV
  kind   person
  note   prime minister 08 Jul 2019 to today

actor ALEXIS_TSIPRAS
  name   Alexis Tsipras; Tsipras
  code   GRCELI -20150125
  code   GRCGOV 20150126-20190708
  code   GRCELI 20190709-
  code   GRCELI
  kind   person
  note   prime minister 26 Jan 2015 to 08 Jul 2019

actor SLOBODAN_MILOSEVIC
  name   Slobodan Milošević; Slobodan Milosevic; Milosevic
  code   SRBELI -19970722
  code   SRBGOV 19970723-20001007
  code   SRBELI 20001008-
  code   SRBELI
  kind   person
  note   president 23 Jul 1997 to 07 Oct 2000. President of Yugoslavia; ousted October 2000; died 11 March 2006.

actor ALEKSANDAR_VUCIC
  name   Aleksandar Vučić; Aleksandar Vucic; Vucic; Vučić
  code   SRBELI -20140426
  code   SRBGOV 20140427-
  code   SRBGOV
  kind   person
  note   prime minister 27 Apr 2014 to 31 May 2017; president 31 May 2017 to today

actor PETR_FIALA
  name   Petr Fiala; Fiala
  code   CZEELI -20211127
  code   CZEGOV 20211128-20251209?
  code   CZEELI 20251210?-
  code   CZEELI
  kind   person
  note   prime minister 28 Nov 2021 to 09 Dec 2025 (date uncertain)

actor ANDREJ_BABIS
  name   Andrej Babiš; Andrej Babis; Babis; Babiš
  code   CZEELI -20171212
  code   CZEGOV 20171213-20211217
  code   CZEELI 20211218-20251208?
  code   CZEGOV 20251209?-
  code   CZEGOV
  kind   person
  note   prime minister 13 Dec 2017 to 17 Dec 2021; prime minister 09 Dec 2025 (date uncertain) to today. Reappointed after the October 2025 election (date uncertain).

actor ROBERT_FICO
  name   Robert Fico; Fico
  code   SVKELI -20060703
  code   SVKGOV 20060704-20100708
  code   SVKELI 20100709-20120403
  code   SVKGOV 20120404-20180322
  code   SVKELI 20180323-20231024
  code   SVKGOV 20231025-
  code   SVKGOV
  kind   person
  note   prime minister 04 Jul 2006 to 08 Jul 2010; prime minister 04 Apr 2012 to 22 Mar 2018; prime minister 25 Oct 2023 to today

actor KLAUS_IOHANNIS
  name   Klaus Iohannis; Iohannis
  code   ROUELI -20141220
  code   ROUGOV 20141221-20250212
  code   ROUELI 20250213-
  code   ROUELI
  kind   person
  note   president 21 Dec 2014 to 12 Feb 2025

actor NICUSOR_DAN
  name   Nicușor Dan; Nicusor Dan
  code   ROUELI -20250525
  code   ROUGOV 20250526-
  code   ROUGOV
  kind   person
  note   president 26 May 2025 to today

actor MAIA_SANDU
  name   Maia Sandu; Sandu
  code   MDAELI -20190607
  code   MDAGOV 20190608-20191114
  code   MDAELI 20191115-20201223
  code   MDAGOV 20201224-
  code   MDAGOV
  kind   person
  note   prime minister 08 Jun 2019 to 14 Nov 2019; president 24 Dec 2020 to today

actor ULF_KRISTERSSON
  name   Ulf Kristersson; Kristersson
  code   SWEELI -20221017
  code   SWEGOV 20221018-
  code   SWEGOV
  kind   person
  note   prime minister 18 Oct 2022 to today

actor SAULI_NIINISTO
  name   Sauli Niinistö; Sauli Niinisto; Niinisto; Niinistö
  code   FINELI -20120229
  code   FINGOV 20120301-20240301
  code   FINELI 20240302-
  code   FINELI
  kind   person
  note   president 01 Mar 2012 to 01 Mar 2024

actor ALEXANDER_STUBB
  name   Alexander Stubb; Stubb
  code   FINELI -20140623
  code   FINGOV 20140624-20150529
  code   FINELI 20150530-20240229
  code   FINGOV 20240301-
  code   FINGOV
  kind   person
  note   prime minister 24 Jun 2014 to 29 May 2015; president 01 Mar 2024 to today

actor MICHEAL_MARTIN
  name   Micheál Martin; Micheal Martin
  code   IRLELI -20200626
  code   IRLGOV 20200627-20221217
  code   IRLELI 20221218-20250122
  code   IRLGOV 20250123-
  code   IRLGOV
  kind   person
  note   taoiseach 27 Jun 2020 to 17 Dec 2022; taoiseach 23 Jan 2025 to today

actor IGNAZIO_CASSIS
  name   Ignazio Cassis; Cassis
  code   CHEELI -20171031
  code   CHEGOV 20171101-
  code   CHEGOV
  kind   person
  note   foreign minister 01 Nov 2017 to today

actor POPE_JOHN_PAUL_II
  name   Pope John Paul II; John Paul II
  code   VATELI -19781015
  code   VATGOV 19781016-20050402
  code   VATELI 20050403-
  code   VATELI
  kind   person
  note   pope 16 Oct 1978 to 02 Apr 2005

actor POPE_BENEDICT_XVI
  name   Pope Benedict XVI; Pope Benedict; Benedict XVI
  code   VATELI -20050418
  code   VATGOV 20050419-20130228
  code   VATELI 20130301-
  code   VATELI
  kind   person
  note   pope 19 Apr 2005 to 28 Feb 2013

actor POPE_FRANCIS
  name   Pope Francis
  code   VATELI -20130312
  code   VATGOV 20130313-20250421
  code   VATELI 20250422-
  code   VATELI
  kind   person
  note   pope 13 Mar 2013 to 21 Apr 2025. Died 21 April 2025.

actor POPE_LEO_XIV
  name   Pope Leo XIV; Pope Leo; Leo XIV
  code   VATELI -20250507
  code   VATGOV 20250508-
  code   VATGOV
  kind   person
  note   pope 08 May 2025 to today

actor NIKOL_PASHINYAN
  name   Nikol Pashinyan; Pashinyan
  code   ARMELI -20180507
  code   ARMGOV 20180508-
  code   ARMGOV
  kind   person
  note   prime minister 08 May 2018 to today

actor ILHAM_ALIYEV
  name   Ilham Aliyev
  code   AZEELI -20030803
  code   AZEGOV 20030804-
  code   AZEGOV
  kind   person
  note   prime minister 04 Aug 2003 to 31 Oct 2003; president 31 Oct 2003 to today

actor HEYDAR_ALIYEV
  name   Heydar Aliyev
  code   AZEELI -19930623
  code   AZEGOV 19930624-20031031
  code   AZEELI 20031101-
  code   AZEELI
  kind   person
  note   president 24 Jun 1993 to 31 Oct 2003. Died 12 December 2003.

actor JEYHUN_BAYRAMOV
  name   Jeyhun Bayramov; Bayramov
  code   AZEELI -20200715
  code   AZEGOV 20200716-
  code   AZEGOV
  kind   person
  note   foreign minister 16 Jul 2020 to today

actor HASHIM_THACI
  name   Hashim Thaçi; Hashim Thaci; Thaci
  code   XKXELI -20080108
  code   XKXGOV 20080109-20141209
  code   XKXELI 20141210-20160406
  code   XKXGOV 20160407-20201105
  code   XKXELI 20201106-
  code   XKXELI
  kind   person
  note   prime minister 09 Jan 2008 to 09 Dec 2014; president 07 Apr 2016 to 05 Nov 2020

actor ALBIN_KURTI
  name   Albin Kurti; Kurti
  code   XKXELI -20200202
  code   XKXGOV 20200203-20200603
  code   XKXELI 20200604-20210321
  code   XKXGOV 20210322-
  code   XKXGOV
  kind   person
  note   prime minister 03 Feb 2020 to 03 Jun 2020; prime minister 22 Mar 2021 to today

actor BERTIE_AHERN
  name   Bertie Ahern; Ahern
  code   IRLELI -19970625
  code   IRLGOV 19970626-20080507
  code   IRLELI 20080508-
  code   IRLELI
  kind   person
  note   taoiseach 26 Jun 1997 to 07 May 2008

actor ENDA_KENNY
  name   Enda Kenny
  code   IRLELI -20110308
  code   IRLGOV 20110309-20170614
  code   IRLELI 20170615-
  code   IRLELI
  kind   person
  note   taoiseach 09 Mar 2011 to 14 Jun 2017

actor LEO_VARADKAR
  name   Leo Varadkar; Varadkar
  code   IRLELI -20170613
  code   IRLGOV 20170614-20200627
  code   IRLELI 20200628-20221216
  code   IRLGOV 20221217-20240409
  code   IRLELI 20240410-
  code   IRLELI
  kind   person
  note   taoiseach 14 Jun 2017 to 27 Jun 2020; taoiseach 17 Dec 2022 to 09 Apr 2024

actor SIMON_HARRIS
  name   Simon Harris
  code   IRLELI -20240408
  code   IRLGOV 20240409-20250123
  code   IRLELI 20250124-
  code   IRLELI
  kind   person
  note   taoiseach 09 Apr 2024 to 23 Jan 2025

actor MARCELO_REBELO_DE_SOUSA
  name   Marcelo Rebelo de Sousa; Rebelo de Sousa
  code   PRTELI -20160308
  code   PRTGOV 20160309-
  code   PRTGOV
  kind   person
  note   president 09 Mar 2016 to today

actor GORAN_PERSSON
  name   Göran Persson; Goran Persson
  code   SWEELI -19960321
  code   SWEGOV 19960322-20061006
  code   SWEELI 20061007-
  code   SWEELI
  kind   person
  note   prime minister 22 Mar 1996 to 06 Oct 2006

actor FREDRIK_REINFELDT
  name   Fredrik Reinfeldt; Reinfeldt
  code   SWEELI -20061005
  code   SWEGOV 20061006-20141003
  code   SWEELI 20141004-
  code   SWEELI
  kind   person
  note   prime minister 06 Oct 2006 to 03 Oct 2014

actor STEFAN_LOFVEN
  name   Stefan Löfven; Stefan Lofven; Lofven; Löfven
  code   SWEELI -20141002
  code   SWEGOV 20141003-20211130
  code   SWEELI 20211201-
  code   SWEELI
  kind   person
  note   prime minister 03 Oct 2014 to 30 Nov 2021

actor MAGDALENA_ANDERSSON
  name   Magdalena Andersson
  code   SWEELI -20211129
  code   SWEGOV 20211130-20221018
  code   SWEELI 20221019-
  code   SWEELI
  kind   person
  note   prime minister 30 Nov 2021 to 18 Oct 2022

actor ERNA_SOLBERG
  name   Erna Solberg; Solberg
  code   NORELI -20131015
  code   NORGOV 20131016-20211014
  code   NORELI 20211015-
  code   NORELI
  kind   person
  note   prime minister 16 Oct 2013 to 14 Oct 2021

actor JONAS_GAHR_STRE
  name   Jonas Gahr Støre; Jonas Gahr Store; Gahr Store; Gahr Støre
  code   NORELI -20051016
  code   NORGOV 20051017-20120921
  code   NORELI 20120922-20211013
  code   NORGOV 20211014-
  code   NORGOV
  kind   person
  note   foreign minister 17 Oct 2005 to 21 Sep 2012; prime minister 14 Oct 2021 to today

actor SANNA_MARIN
  name   Sanna Marin
  code   FINELI -20191209
  code   FINGOV 20191210-20230620
  code   FINELI 20230621-
  code   FINELI
  kind   person
  note   prime minister 10 Dec 2019 to 20 Jun 2023

actor PETTERI_ORPO
  name   Petteri Orpo; Orpo
  code   FINELI -20230619
  code   FINGOV 20230620-
  code   FINGOV
  kind   person
  note   prime minister 20 Jun 2023 to today

actor TARJA_HALONEN
  name   Tarja Halonen; Halonen
  code   FINELI -20000229
  code   FINGOV 20000301-20120301
  code   FINELI 20120302-
  code   FINELI
  kind   person
  note   president 01 Mar 2000 to 01 Mar 2012

actor KRISTEN_MICHAL
  name   Kristen Michal
  code   ESTELI -20240722
  code   ESTGOV 20240723-
  code   ESTGOV
  kind   person
  note   prime minister 23 Jul 2024 to today

actor ALAR_KARIS
  name   Alar Karis
  code   ESTELI -20211010
  code   ESTGOV 20211011-
  code   ESTGOV
  kind   person
  note   president 11 Oct 2021 to today

actor EDGARS_RINKEVICS
  name   Edgars Rinkēvičs; Edgars Rinkevics; Rinkevics
  code   LVAELI -20111024
  code   LVAGOV 20111025-
  code   LVAGOV
  kind   person
  note   foreign minister 25 Oct 2011 to 08 Jul 2023; president 08 Jul 2023 to today

actor GITANAS_NAUSEDA
  name   Gitanas Nausėda; Gitanas Nauseda; Nauseda
  code   LTUELI -20190711
  code   LTUGOV 20190712-
  code   LTUGOV
  kind   person
  note   president 12 Jul 2019 to today

actor DALIA_GRYBAUSKAITE
  name   Dalia Grybauskaitė; Dalia Grybauskaite; Grybauskaite
  code   LTUELI -20090711
  code   LTUGOV 20090712-20190712
  code   LTUELI 20190713-
  code   LTUELI
  kind   person
  note   president 12 Jul 2009 to 12 Jul 2019

actor VACLAV_HAVEL
  name   Václav Havel; Vaclav Havel; Havel
  code   CZEELI -19930201
  code   CZEGOV 19930202-20030202
  code   CZEELI 20030203-
  code   CZEELI
  kind   person
  note   president 02 Feb 1993 to 02 Feb 2003

actor VACLAV_KLAUS
  name   Václav Klaus; Vaclav Klaus
  code   CZEELI -19921231
  code   CZEGOV 19930101-19980102
  code   CZEELI 19980103-20030306
  code   CZEGOV 20030307-20130307
  code   CZEELI 20130308-
  code   CZEELI
  kind   person
  note   prime minister 01 Jan 1993 to 02 Jan 1998; president 07 Mar 2003 to 07 Mar 2013

actor MILOS_ZEMAN
  name   Miloš Zeman; Milos Zeman; Zeman
  code   CZEELI -19980716
  code   CZEGOV 19980717-20020712
  code   CZEELI 20020713-20130307
  code   CZEGOV 20130308-20230308
  code   CZEELI 20230309-
  code   CZEELI
  kind   person
  note   prime minister 17 Jul 1998 to 12 Jul 2002; president 08 Mar 2013 to 08 Mar 2023

actor PETR_PAVEL
  name   Petr Pavel
  code   CZEELI -20230308
  code   CZEGOV 20230309-
  code   CZEGOV
  kind   person
  note   president 09 Mar 2023 to today

actor ZUZANA_CAPUTOVA
  name   Zuzana Čaputová; Zuzana Caputova; Caputova
  code   SVKELI -20190614
  code   SVKGOV 20190615-20240615
  code   SVKELI 20240616-
  code   SVKELI
  kind   person
  note   president 15 Jun 2019 to 15 Jun 2024

actor PETER_PELLEGRINI
  name   Peter Pellegrini; Pellegrini
  code   SVKELI -20180321
  code   SVKGOV 20180322-20200321
  code   SVKELI 20200322-20240614
  code   SVKGOV 20240615-
  code   SVKGOV
  kind   person
  note   prime minister 22 Mar 2018 to 21 Mar 2020; president 15 Jun 2024 to today

actor TAMAS_SULYOK
  name   Tamás Sulyok; Tamas Sulyok
  code   HUNELI -20240304
  code   HUNGOV 20240305-
  code   HUNGOV
  kind   person
  note   president 05 Mar 2024 to today

actor KATALIN_NOVAK
  name   Katalin Novák; Katalin Novak
  code   HUNELI -20220509
  code   HUNGOV 20220510-20240226
  code   HUNELI 20240227-
  code   HUNELI
  kind   person
  note   president 10 May 2022 to 26 Feb 2024

actor JANOS_ADER
  name   János Áder; Janos Ader
  code   HUNELI -20120509
  code   HUNGOV 20120510-20220509
  code   HUNELI 20220510-
  code   HUNELI
  kind   person
  note   president 10 May 2012 to 09 May 2022

actor FERENC_GYURCSANY
  name   Ferenc Gyurcsány; Ferenc Gyurcsany; Gyurcsany
  code   HUNELI -20040928
  code   HUNGOV 20040929-20090414
  code   HUNELI 20090415-
  code   HUNELI
  kind   person
  note   prime minister 29 Sep 2004 to 14 Apr 2009

actor TRAIAN_BASESCU
  name   Traian Băsescu; Traian Basescu; Basescu
  code   ROUELI -20041219
  code   ROUGOV 20041220-20141221
  code   ROUELI 20141222-
  code   ROUELI
  kind   person
  note   president 20 Dec 2004 to 21 Dec 2014

actor BOYKO_BORISOV
  name   Boyko Borisov; Borisov
  code   BGRELI -20090726
  code   BGRGOV 20090727-20130313
  code   BGRELI 20130314-20141106
  code   BGRGOV 20141107-20170127
  code   BGRELI 20170128-20170503
  code   BGRGOV 20170504-20210512
  code   BGRELI 20210513-
  code   BGRELI
  kind   person
  note   prime minister 27 Jul 2009 to 13 Mar 2013; prime minister 07 Nov 2014 to 27 Jan 2017; prime minister 04 May 2017 to 12 May 2021

actor RUMEN_RADEV
  name   Rumen Radev; Radev
  code   BGRELI -20170121
  code   BGRGOV 20170122-
  code   BGRGOV
  kind   person
  note   president 22 Jan 2017 to today

actor ANDREJ_PLENKOVIC
  name   Andrej Plenković; Andrej Plenkovic; Plenkovic
  code   HRVELI -20161018
  code   HRVGOV 20161019-
  code   HRVGOV
  kind   person
  note   prime minister 19 Oct 2016 to today

actor ZORAN_MILANOVIC
  name   Zoran Milanović; Zoran Milanovic; Milanovic
  code   HRVELI -20111222
  code   HRVGOV 20111223-20160122
  code   HRVELI 20160123-20200218
  code   HRVGOV 20200219-
  code   HRVGOV
  kind   person
  note   prime minister 23 Dec 2011 to 22 Jan 2016; president 19 Feb 2020 to today

actor JANEZ_JANSA
  name   Janez Janša; Janez Jansa; Jansa
  code   SVNELI -20041202
  code   SVNGOV 20041203-20081121
  code   SVNELI 20081122-20120209
  code   SVNGOV 20120210-20130320
  code   SVNELI 20130321-20200312
  code   SVNGOV 20200313-20220601
  code   SVNELI 20220602-
  code   SVNELI
  kind   person
  note   prime minister 03 Dec 2004 to 21 Nov 2008; prime minister 10 Feb 2012 to 20 Mar 2013; prime minister 13 Mar 2020 to 01 Jun 2022

actor ROBERT_GOLOB
  name   Robert Golob; Golob
  code   SVNELI -20220531
  code   SVNGOV 20220601-
  code   SVNGOV
  kind   person
  note   prime minister 01 Jun 2022 to today

actor BORIS_TADIC
  name   Boris Tadić; Boris Tadic; Tadic
  code   SRBELI -20040710
  code   SRBGOV 20040711-20120405
  code   SRBELI 20120406-
  code   SRBELI
  kind   person
  note   president 11 Jul 2004 to 05 Apr 2012

actor VOJISLAV_KOSTUNICA
  name   Vojislav Koštunica; Vojislav Kostunica; Kostunica
  code   SRBELI -20001006
  code   SRBGOV 20001007-20030303
  code   SRBELI 20030304-20040302
  code   SRBGOV 20040303-20080707
  code   SRBELI 20080708-
  code   SRBELI
  kind   person
  note   president 07 Oct 2000 to 03 Mar 2003; prime minister 03 Mar 2004 to 07 Jul 2008

actor ANA_BRNABIC
  name   Ana Brnabić; Ana Brnabic; Brnabic
  code   SRBELI -20170628
  code   SRBGOV 20170629-20240502
  code   SRBELI 20240503-
  code   SRBELI
  kind   person
  note   prime minister 29 Jun 2017 to 02 May 2024

actor MILO_UKANOVIC
  name   Milo Đukanović; Milo Djukanovic; Djukanovic
  code   MNEELI -19910214
  code   MNEGOV 19910215-20021125
  code   MNEELI 20021126-20030107
  code   MNEGOV 20030108-20061110
  code   MNEELI 20061111-20080228
  code   MNEGOV 20080229-20101229
  code   MNEELI 20101230-20121203
  code   MNEGOV 20121204-20161128
  code   MNEELI 20161129-20180519
  code   MNEGOV 20180520-20230520
  code   MNEELI 20230521-
  code   MNEELI
  kind   person
  note   prime minister 15 Feb 1991 to 15 Jan 1998; president 15 Jan 1998 to 25 Nov 2002; prime minister 08 Jan 2003 to 10 Nov 2006; prime minister 29 Feb 2008 to 29 Dec 2010; prime minister 04 Dec 2012 to 28 Nov 2016; president 20 May 2018 to 20 May 2023

actor EDI_RAMA
  name   Edi Rama; Rama
  code   ALBELI -20130914
  code   ALBGOV 20130915-
  code   ALBGOV
  kind   person
  note   prime minister 15 Sep 2013 to today

actor SALI_BERISHA
  name   Sali Berisha; Berisha
  code   ALBELI -20050910
  code   ALBGOV 20050911-20130915
  code   ALBELI 20130916-
  code   ALBELI
  kind   person
  note   prime minister 11 Sep 2005 to 15 Sep 2013

actor NIKOLA_GRUEVSKI
  name   Nikola Gruevski; Gruevski
  code   MKDELI -20060826
  code   MKDGOV 20060827-20160118
  code   MKDELI 20160119-
  code   MKDELI
  kind   person
  note   prime minister 27 Aug 2006 to 18 Jan 2016

actor ZORAN_ZAEV
  name   Zoran Zaev; Zaev
  code   MKDELI -20170530
  code   MKDGOV 20170531-20200103
  code   MKDELI 20200104-20200830
  code   MKDGOV 20200831-20220116
  code   MKDELI 20220117-
  code   MKDELI
  kind   person
  note   prime minister 31 May 2017 to 03 Jan 2020; prime minister 31 Aug 2020 to 16 Jan 2022

actor HRISTIJAN_MICKOSKI
  name   Hristijan Mickoski; Mickoski
  code   MKDELI -20240622
  code   MKDGOV 20240623-
  code   MKDGOV
  kind   person
  note   prime minister 23 Jun 2024 to today

actor MILORAD_DODIK
  name   Milorad Dodik; Dodik
  code   BIHOPP
  kind   person
  note   Bosnian Serb leader (Republika Srpska president 2006-2010 and 2022-2025; Serb member of the Bosnian presidency 2010-2018? and 2018-2022); coded OPP as a challenger of the Bosnian state.

actor VLADIMIR_VORONIN
  name   Vladimir Voronin; Voronin
  code   MDAELI -20010406
  code   MDAGOV 20010407-20090911
  code   MDAELI 20090912-
  code   MDAELI
  kind   person
  note   president 07 Apr 2001 to 11 Sep 2009

actor IGOR_DODON
  name   Igor Dodon; Dodon
  code   MDAELI -20161222
  code   MDAGOV 20161223-20201224
  code   MDAELI 20201225-
  code   MDAELI
  kind   person
  note   president 23 Dec 2016 to 24 Dec 2020

actor ROBERT_KOCHARYAN
  name   Robert Kocharyan; Kocharyan
  code   ARMELI -19980408
  code   ARMGOV 19980409-20080409
  code   ARMELI 20080410-
  code   ARMELI
  kind   person
  note   president 09 Apr 1998 to 09 Apr 2008

actor SERZH_SARGSYAN
  name   Serzh Sargsyan; Serzh Sarkisian; Sargsyan
  code   ARMELI -20080408
  code   ARMGOV 20080409-20180409
  code   ARMELI 20180410-20180416
  code   ARMGOV 20180417-20180423
  code   ARMELI 20180424-
  code   ARMELI
  kind   person
  note   president 09 Apr 2008 to 09 Apr 2018; prime minister 17 Apr 2018 to 23 Apr 2018

actor ARARAT_MIRZOYAN
  name   Ararat Mirzoyan; Mirzoyan
  code   ARMELI -20210818
  code   ARMGOV 20210819-
  code   ARMGOV
  kind   person
  note   foreign minister 19 Aug 2021 to today

actor ALEXANDER_VAN_DER_BELLEN
  name   Alexander Van der Bellen; Van der Bellen
  code   AUTELI -20170125
  code   AUTGOV 20170126-
  code   AUTGOV
  kind   person
  note   president 26 Jan 2017 to today

actor HEINZ_FISCHER
  name   Heinz Fischer
  code   AUTELI -20040707
  code   AUTGOV 20040708-20160708
  code   AUTELI 20160709-
  code   AUTELI
  kind   person
  note   president 08 Jul 2004 to 08 Jul 2016

actor WOLFGANG_SCHUSSEL
  name   Wolfgang Schüssel; Wolfgang Schuessel; Schuessel
  code   AUTELI -20000203
  code   AUTGOV 20000204-20070111
  code   AUTELI 20070112-
  code   AUTELI
  kind   person
  note   chancellor 04 Feb 2000 to 11 Jan 2007

actor KARIN_KELLER_SUTTER
  name   Karin Keller-Sutter; Keller-Sutter
  code   CHEELI -20241231
  code   CHEGOV 20250101-20251231
  code   CHEELI 20260101-
  code   CHEELI
  kind   person
  note   president of the confederation 01 Jan 2025 to 31 Dec 2025

actor KOSTAS_KARAMANLIS
  name   Kostas Karamanlis
  code   GRCELI -20040309
  code   GRCGOV 20040310-20091006
  code   GRCELI 20091007-
  code   GRCELI
  kind   person
  note   prime minister 10 Mar 2004 to 06 Oct 2009

actor GEORGE_PAPANDREOU
  name   George Papandreou
  code   GRCELI -19990217
  code   GRCGOV 19990218-20040213
  code   GRCELI 20040214-20091005
  code   GRCGOV 20091006-20111111
  code   GRCELI 20111112-
  code   GRCELI
  kind   person
  note   foreign minister 18 Feb 1999 to 13 Feb 2004; prime minister 06 Oct 2009 to 11 Nov 2011

actor NIKOS_CHRISTODOULIDES
  name   Nikos Christodoulides; Christodoulides
  code   CYPELI -20180228
  code   CYPGOV 20180301-20220105?
  code   CYPELI 20220106?-20230227
  code   CYPGOV 20230228-
  code   CYPGOV
  kind   person
  note   foreign minister 01 Mar 2018 to 05 Jan 2022 (date uncertain); president 28 Feb 2023 to today

actor NICOS_ANASTASIADES
  name   Nicos Anastasiades; Anastasiades
  code   CYPELI -20130227
  code   CYPGOV 20130228-20230228
  code   CYPELI 20230301-
  code   CYPELI
  kind   person
  note   president 28 Feb 2013 to 28 Feb 2023

actor KRISTRUN_FROSTADOTTIR
  name   Kristrún Frostadóttir; Kristrun Frostadottir
  code   ISLELI -20241220
  code   ISLGOV 20241221-
  code   ISLGOV
  kind   person
  note   prime minister 21 Dec 2024 to today

actor FRANCO_FRATTINI
  name   Franco Frattini; Frattini
  code   ITAELI -20021113
  code   ITAGOV 20021114-20041118
  code   ITAELI 20041119-20080507
  code   ITAGOV 20080508-20111116
  code   ITAELI 20111117-
  code   ITAELI
  kind   person
  note   foreign minister 14 Nov 2002 to 18 Nov 2004; foreign minister 08 May 2008 to 16 Nov 2011

actor MASSIMO_D_ALEMA
  name   Massimo D'Alema
  code   ITAELI -20060516
  code   ITAGOV 20060517-20080508
  code   ITAELI 20080509-
  code   ITAELI
  kind   person
  note   foreign minister 17 May 2006 to 08 May 2008

actor LORENZO_GUERINI
  name   Lorenzo Guerini
  code   ITAELI -20190904
  code   ITAGOV 20190905-20221022
  code   ITAELI 20221023-
  code   ITAELI
  kind   person
  note   defence minister 05 Sep 2019 to 22 Oct 2022

actor MARGARITA_ROBLES
  name   Margarita Robles
  code   ESPELI -20180606
  code   ESPGOV 20180607-
  code   ESPGOV
  kind   person
  note   defence minister 07 Jun 2018 to today

actor ARANCHA_GONZALEZ_LAYA
  name   Arancha González Laya; Arancha Gonzalez Laya
  code   ESPELI -20200112
  code   ESPGOV 20200113-20210712
  code   ESPELI 20210713-
  code   ESPELI
  kind   person
  note   foreign minister 13 Jan 2020 to 12 Jul 2021

actor XAVIER_BETTEL
  name   Xavier Bettel; Bettel
  code   LUXELI -20131203
  code   LUXGOV 20131204-20230717
  code   LUXELI 20230718-20231116
  code   LUXGOV 20231117-
  code   LUXGOV
  kind   person
  note   prime minister 04 Dec 2013 to 17 Jul 2023; foreign minister 17 Nov 2023 to today

actor LUC_FRIEDEN
  name   Luc Frieden; Frieden
  code   LUXELI -20230716
  code   LUXGOV 20230717-
  code   LUXGOV
  kind   person
  note   prime minister 17 Jul 2023 to today

actor GUY_VERHOFSTADT
  name   Guy Verhofstadt; Verhofstadt
  code   BELELI -19990711
  code   BELGOV 19990712-20080320
  code   BELELI 20080321-
  code   BELELI
  kind   person
  note   prime minister 12 Jul 1999 to 20 Mar 2008

actor YVES_LETERME
  name   Yves Leterme; Leterme
  code   BELELI -20080319
  code   BELGOV 20080320-20081230
  code   BELELI 20081231-20091124
  code   BELGOV 20091125-20111206
  code   BELELI 20111207-
  code   BELELI
  kind   person
  note   prime minister 20 Mar 2008 to 30 Dec 2008; prime minister 25 Nov 2009 to 06 Dec 2011

actor ELIO_DI_RUPO
  name   Elio Di Rupo; Di Rupo
  code   BELELI -20111205
  code   BELGOV 20111206-20141011
  code   BELELI 20141012-
  code   BELELI
  kind   person
  note   prime minister 06 Dec 2011 to 11 Oct 2014

actor SOPHIE_WILMES
  name   Sophie Wilmès; Sophie Wilmes; Wilmes
  code   BELELI -20191026
  code   BELGOV 20191027-20220714
  code   BELELI 20220715-
  code   BELELI
  kind   person
  note   prime minister 27 Oct 2019 to 01 Oct 2020; foreign minister 01 Oct 2020 to 14 Jul 2022

actor WIM_KOK
  name   Wim Kok
  code   NLDELI -19940821
  code   NLDGOV 19940822-20020722
  code   NLDELI 20020723-
  code   NLDELI
  kind   person
  note   prime minister 22 Aug 1994 to 22 Jul 2002

actor JOSE_SOCRATES
  name   José Sócrates; Jose Socrates
  code   PRTELI -20050311
  code   PRTGOV 20050312-20110621
  code   PRTELI 20110622-
  code   PRTELI
  kind   person
  note   prime minister 12 Mar 2005 to 21 Jun 2011

actor PEDRO_PASSOS_COELHO
  name   Pedro Passos Coelho; Passos Coelho
  code   PRTELI -20110620
  code   PRTGOV 20110621-20151126
  code   PRTELI 20151127-
  code   PRTELI
  kind   person
  note   prime minister 21 Jun 2011 to 26 Nov 2015

actor ANIBAL_CAVACO_SILVA
  name   Aníbal Cavaco Silva; Anibal Cavaco Silva; Cavaco Silva
  code   PRTELI -20060308
  code   PRTGOV 20060309-20160309
  code   PRTELI 20160310-
  code   PRTELI
  kind   person
  note   president 09 Mar 2006 to 09 Mar 2016

actor PRINCE_ALBERT_II
  name   Prince Albert II; Albert II
  code   MCOELI -20050405
  code   MCOGOV 20050406-
  code   MCOGOV
  kind   person
  note   prince 06 Apr 2005 to today

actor KURMANBEK_BAKIYEV
  name   Kurmanbek Bakiyev; Bakiyev
  code   KGZELI -20001220
  code   KGZGOV 20001221-20020522
  code   KGZELI 20020523-20050323
  code   KGZGOV 20050324-20100407
  code   KGZELI 20100408-
  code   KGZELI
  kind   person
  note   prime minister 21 Dec 2000 to 22 May 2002; president 24 Mar 2005 to 07 Apr 2010. Ousted in April 2010.

actor ALMAZBEK_ATAMBAYEV
  name   Almazbek Atambayev; Atambayev
  code   KGZELI -20070328
  code   KGZGOV 20070329-20071128
  code   KGZELI 20071129-20101216
  code   KGZGOV 20101217-20171124
  code   KGZELI 20171125-
  code   KGZELI
  kind   person
  note   prime minister 29 Mar 2007 to 28 Nov 2007; prime minister 17 Dec 2010 to 01 Dec 2011; president 01 Dec 2011 to 24 Nov 2017. Arrested in 2019 (ELI).

actor SOORONBAY_JEENBEKOV
  name   Sooronbay Jeenbekov; Jeenbekov
  code   KGZELI -20160412
  code   KGZGOV 20160413-20170822
  code   KGZELI 20170823-20171123
  code   KGZGOV 20171124-20201015
  code   KGZELI 20201016-
  code   KGZELI
  kind   person
  note   prime minister 13 Apr 2016 to 22 Aug 2017; president 24 Nov 2017 to 15 Oct 2020

actor ASKAR_AKAYEV
  name   Askar Akayev; Akayev
  code   KGZELI -19901026
  code   KGZGOV 19901027-20050324
  code   KGZELI 20050325-
  code   KGZELI
  kind   person
  note   president 27 Oct 1990 to 24 Mar 2005

actor LUVSANNAMSRAIN_OYUN_ERDENE
  name   Luvsannamsrain Oyun-Erdene; Oyun-Erdene
  code   MNGELI -20210126
  code   MNGGOV 20210127-20250613?
  code   MNGELI 20250614?-
  code   MNGELI
  kind   person
  note   prime minister 27 Jan 2021 to 13 Jun 2025 (date uncertain)

actor MARIUSZ_BASZCZAK
  name   Mariusz Błaszczak; Mariusz Blaszczak; Blaszczak
  code   POLELI -20180108
  code   POLGOV 20180109-20231127
  code   POLELI 20231128-
  code   POLELI
  kind   person
  note   defence minister 09 Jan 2018 to 27 Nov 2023

actor IGNAZIO_LA_RUSSA
  name   Ignazio La Russa; La Russa
  code   ITAELI -20080507
  code   ITAGOV 20080508-20111116
  code   ITAELI 20111117-
  code   ITAELI
  kind   person
  note   defence minister 08 May 2008 to 16 Nov 2011. President of the Senate from October 2022 (coded ELI, not LEG).

actor ROBERTA_PINOTTI
  name   Roberta Pinotti; Pinotti
  code   ITAELI -20140221
  code   ITAGOV 20140222-20180601
  code   ITAELI 20180602-
  code   ITAELI
  kind   person
  note   defence minister 22 Feb 2014 to 01 Jun 2018

actor ELISABETTA_TRENTA
  name   Elisabetta Trenta; Trenta
  code   ITAELI -20180531
  code   ITAGOV 20180601-20190905
  code   ITAELI 20190906-
  code   ITAELI
  kind   person
  note   defence minister 01 Jun 2018 to 05 Sep 2019

actor ANGELINO_ALFANO
  name   Angelino Alfano; Alfano
  code   ITAELI -20161211
  code   ITAGOV 20161212-20180601
  code   ITAELI 20180602-
  code   ITAELI
  kind   person
  note   foreign minister 12 Dec 2016 to 01 Jun 2018

actor ENZO_MOAVERO_MILANESI
  name   Enzo Moavero Milanesi; Moavero Milanesi
  code   ITAELI -20180531
  code   ITAGOV 20180601-20190905
  code   ITAELI 20190906-
  code   ITAELI
  kind   person
  note   foreign minister 01 Jun 2018 to 05 Sep 2019

actor SHARED_ALIYEV
  name   Aliyev
  code   AZEELI -19930623
  code   AZEGOV 19930624-
  code   AZEGOV
  kind   person
  note   The bare name 'Aliyev' is shared by Ilham Aliyev, Heydar Aliyev; coded GOV while any of them held office.
