# leaders/europe.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

# States without a defence ministry: Iceland (no armed forces; the coast guard
# is under the justice ministry and the foreign minister speaks for the country
# in NATO), Liechtenstein (army abolished in 1868), Andorra (defence left to
# France and Spain), Monaco (defence left to France) and San Marino. San
# Marino's secretary of state for foreign and political affairs acts as its
# head of government; the two captains regent change every six months and are
# not entered. Malta's armed forces answer to the minister for home affairs and
# security, who is not entered here.

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
  code   ESPELI -20180606
  code   ESPGOV 20180607-20191129
  code   ESPELI 20191130-20191130
  code   IGOEUREEC 20191201-20241130
  code   ESPELI 20241201-
  code   ESPELI
  kind   person
  note   foreign minister 07 Jun 2018 to 29 Nov 2019; EU foreign policy chief 01 Dec 2019 to 30 Nov 2024

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
  code   POLELI -20000615
  code   POLGOV 20000616-20011019
  code   POLELI 20011020-20100409
  code   POLGOV 20100410-20150806
  code   POLELI 20150807-
  code   POLELI
  kind   person
  note   defence minister 16 Jun 2000 to 19 Oct 2001; president 10 Apr 2010 to 06 Aug 2015. Acting president from 10 April 2010 as speaker of the Sejm; elected in July 2010.

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
  code   UKRELI -20070320
  code   UKRGOV 20070321-20071218
  code   UKRELI 20071219-20140226
  code   UKRGOV 20140227-20160414
  code   UKRELI 20160415-
  code   UKRELI
  kind   person
  note   foreign minister 21 Mar 2007 to 18 Dec 2007; prime minister 27 Feb 2014 to 14 Apr 2016

actor PETRO_POROSHENKO
  name   Petro Poroshenko; Poroshenko
  code   UKRELI -20091008
  code   UKRGOV 20091009-20100311
  code   UKRELI 20100312-20140606
  code   UKRGOV 20140607-20190520
  code   UKRELI 20190521-
  code   UKRELI
  kind   person
  note   foreign minister 09 Oct 2009 to 11 Mar 2010; president 07 Jun 2014 to 20 May 2019

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
  code   GEOELI -20031126
  code   GEOGOV 20031127-20050203
  code   GEOELI 20050204-
  code   GEOELI
  kind   person
  note   state minister 27 Nov 2003 to 17 Feb 2004; prime minister 17 Feb 2004 to 03 Feb 2005. Died 3 February 2005.

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
  code   SRBELI -19980323
  code   SRBGOV 19980324-20001024
  code   SRBELI 20001025-20120726
  code   SRBGOV 20120727-
  code   SRBGOV
  kind   person
  note   information minister 24 Mar 1998 to 24 Oct 2000; defence minister 27 Jul 2012 to 02 Sep 2013; first deputy prime minister 27 Jul 2012 to 27 Apr 2014; prime minister 27 Apr 2014 to 31 May 2017; president 31 May 2017 to today

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
  code   FINELI -20080403
  code   FINGOV 20080404-20110622
  code   FINELI 20110623-20140623
  code   FINGOV 20140624-20150529
  code   FINELI 20150530-20240229
  code   FINGOV 20240301-
  code   FINGOV
  kind   person
  note   foreign minister 04 Apr 2008 to 22 Jun 2011; prime minister 24 Jun 2014 to 29 May 2015; president 01 Mar 2024 to today

actor MICHEAL_MARTIN
  name   Micheál Martin; Micheal Martin
  code   IRLELI -20080506
  code   IRLGOV 20080507-20110119
  code   IRLELI 20110120-20200626
  code   IRLGOV 20200627-
  code   IRLGOV
  kind   person
  note   foreign minister 07 May 2008 to 19 Jan 2011; taoiseach 27 Jun 2020 to 17 Dec 2022; foreign minister 17 Dec 2022 to 23 Jan 2025; defence minister 17 Dec 2022 to 23 Jan 2025; taoiseach 23 Jan 2025 to today

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
  code   IRLGOV 20240409-
  code   IRLGOV
  kind   person
  note   taoiseach 09 Apr 2024 to 23 Jan 2025; foreign minister 23 Jan 2025 to 18 Nov 2025 (date uncertain); defence minister 23 Jan 2025 to 18 Nov 2025 (date uncertain); finance minister 18 Nov 2025 (date uncertain) to today. Tánaiste from January 2025. Dates marked uncertain are known to the month or year only.

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
  code   SRBELI -20030316
  code   SRBGOV 20030317-20040416
  code   SRBELI 20040417-20040710
  code   SRBGOV 20040711-20120405
  code   SRBELI 20120406-
  code   SRBELI
  kind   person
  note   defence minister 17 Mar 2003 to 16 Apr 2004; president 11 Jul 2004 to 05 Apr 2012. Defence minister of Serbia and Montenegro.

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
  code   ARMELI -20000519?
  code   ARMGOV 20000520?-20180409
  code   ARMELI 20180410-20180416
  code   ARMGOV 20180417-20180423
  code   ARMELI 20180424-
  code   ARMELI
  kind   person
  note   defence minister 20 May 2000 (date uncertain) to 04 Apr 2007; prime minister 04 Apr 2007 to 09 Apr 2008; president 09 Apr 2008 to 09 Apr 2018; prime minister 17 Apr 2018 to 23 Apr 2018. Dates marked uncertain are known to the month or year only.

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
  code   CHEELI -20181231
  code   CHEGOV 20190101-
  code   CHEGOV
  kind   person
  note   federal councillor 01 Jan 2019 to today; president of the confederation 01 Jan 2025 to 31 Dec 2025. Member of the Swiss Federal Council (the collective head of state and government); finance minister from 2023.

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
  code   ITAELI -19981020
  code   ITAGOV 19981021-20000426
  code   ITAELI 20000427-20060516
  code   ITAGOV 20060517-20080508
  code   ITAELI 20080509-
  code   ITAELI
  kind   person
  note   prime minister 21 Oct 1998 to 26 Apr 2000; foreign minister 17 May 2006 to 08 May 2008

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

# ---- added by lead-asia (eur1)

actor REXHEP_MEIDANI
  name   Rexhep Meidani
  code   ALBELI -19970723
  code   ALBGOV 19970724-20020724
  code   ALBELI 20020725-
  code   ALBELI
  kind   person
  note   president 24 Jul 1997 to 24 Jul 2002

actor ALFRED_MOISIU
  name   Alfred Moisiu
  code   ALBELI -20020723
  code   ALBGOV 20020724-20070724
  code   ALBELI 20070725-
  code   ALBELI
  kind   person
  note   president 24 Jul 2002 to 24 Jul 2007

actor BAMIR_TOPI
  name   Bamir Topi
  code   ALBELI -20070723
  code   ALBGOV 20070724-20120724
  code   ALBELI 20120725-
  code   ALBELI
  kind   person
  note   president 24 Jul 2007 to 24 Jul 2012

actor BUJAR_NISHANI
  name   Bujar Nishani
  code   ALBELI -20120723
  code   ALBGOV 20120724-20170724
  code   ALBELI 20170725-
  code   ALBELI
  kind   person
  note   president 24 Jul 2012 to 24 Jul 2017. Died 28 May 2022.

actor ILIR_META
  name   Ilir Meta
  code   ALBELI -19991028
  code   ALBGOV 19991029-20020222
  code   ALBELI 20020223-20020730?
  code   ALBGOV 20020731?-20030718?
  code   ALBELI 20030719?-20170723
  code   ALBGOV 20170724-20220724
  code   ALBELI 20220725-
  code   ALBELI
  kind   person
  note   prime minister 29 Oct 1999 to 22 Feb 2002; foreign minister 31 Jul 2002 (date uncertain) to 18 Jul 2003 (date uncertain); president 24 Jul 2017 to 24 Jul 2022. Dates marked uncertain are known to the month or year only.

actor BAJRAM_BEGAJ
  name   Bajram Begaj
  code   ALBELI -20220723
  code   ALBGOV 20220724-
  code   ALBGOV
  kind   person
  note   president 24 Jul 2022 to today

actor PANDELI_MAJKO
  name   Pandeli Majko
  code   ALBELI -19981001
  code   ALBGOV 19981002-19991029
  code   ALBELI 19991030-20020221
  code   ALBGOV 20020222-20020731
  code   ALBELI 20020801-
  code   ALBELI
  kind   person
  note   prime minister 02 Oct 1998 to 29 Oct 1999; prime minister 22 Feb 2002 to 31 Jul 2002

actor FATOS_NANO
  name   Fatos Nano
  code   ALBELI -20020730
  code   ALBGOV 20020731-20050910
  code   ALBELI 20050911-
  code   ALBELI
  kind   person
  note   prime minister 31 Jul 2002 to 10 Sep 2005. Died 5 May 2025 (date uncertain).

actor DITMIR_BUSHATI
  name   Ditmir Bushati
  code   ALBELI -20130914
  code   ALBGOV 20130915-20190121
  code   ALBELI 20190122-
  code   ALBELI
  kind   person
  note   foreign minister 15 Sep 2013 to 21 Jan 2019

actor OLTA_XHACKA
  name   Olta Xhaçka; Olta Xhacka
  code   ALBELI -20170912?
  code   ALBGOV 20170913?-20230912
  code   ALBELI 20230913-
  code   ALBELI
  kind   person
  note   defence minister 13 Sep 2017 (date uncertain) to 31 Dec 2020 (date uncertain); foreign minister 31 Dec 2020 (date uncertain) to 12 Sep 2023. Dates marked uncertain are known to the month or year only.

actor MARC_FORNE
  name   Marc Forné Molné; Marc Forne
  code   ANDELI -19941206
  code   ANDGOV 19941207-20050527
  code   ANDELI 20050528-
  code   ANDELI
  kind   person
  note   head of government 07 Dec 1994 to 27 May 2005

actor ALBERT_PINTAT
  name   Albert Pintat
  code   ANDELI -20050526
  code   ANDGOV 20050527-20090605
  code   ANDELI 20090606-
  code   ANDELI
  kind   person
  note   head of government 27 May 2005 to 05 Jun 2009

actor JAUME_BARTUMEU
  name   Jaume Bartumeu
  code   ANDELI -20090604
  code   ANDGOV 20090605-20110512
  code   ANDELI 20110513-
  code   ANDELI
  kind   person
  note   head of government 05 Jun 2009 to 12 May 2011

actor ANTONI_MARTI
  name   Antoni Martí; Antoni Marti
  code   ANDELI -20110511
  code   ANDGOV 20110512-20190516
  code   ANDELI 20190517-
  code   ANDELI
  kind   person
  note   head of government 12 May 2011 to 16 May 2019

actor XAVIER_ESPOT
  name   Xavier Espot Zamora; Xavier Espot
  code   ANDELI -20190515
  code   ANDGOV 20190516-
  code   ANDGOV
  kind   person
  note   head of government 16 May 2019 to today

actor JOAN_ENRIC_VIVES
  name   Joan Enric Vives; Joan-Enric Vives
  code   ANDELI -20030511
  code   ANDGOV 20030512-20250531?
  code   ANDELI 20250601?-
  code   ANDELI
  kind   person
  note   episcopal co-prince 12 May 2003 to 31 May 2025 (date uncertain). Bishop of Urgell; successor took over in 2025 (date uncertain).

actor THOMAS_KLESTIL
  name   Thomas Klestil; Klestil
  code   AUTELI -19920707
  code   AUTGOV 19920708-20040706
  code   AUTELI 20040707-
  code   AUTELI
  kind   person
  note   president 08 Jul 1992 to 06 Jul 2004. Died in office 6 July 2004.

actor VIKTOR_KLIMA
  name   Viktor Klima
  code   AUTELI -19970127
  code   AUTGOV 19970128-20000204
  code   AUTELI 20000205-
  code   AUTELI
  kind   person
  note   chancellor 28 Jan 1997 to 04 Feb 2000

actor ALFRED_GUSENBAUER
  name   Alfred Gusenbauer; Gusenbauer
  code   AUTELI -20070110
  code   AUTGOV 20070111-20081202
  code   AUTELI 20081203-
  code   AUTELI
  kind   person
  note   chancellor 11 Jan 2007 to 02 Dec 2008

actor WERNER_FAYMANN
  name   Werner Faymann; Faymann
  code   AUTELI -20081201
  code   AUTGOV 20081202-20160509
  code   AUTELI 20160510-
  code   AUTELI
  kind   person
  note   chancellor 02 Dec 2008 to 09 May 2016

actor CHRISTIAN_KERN
  name   Christian Kern
  code   AUTELI -20160516
  code   AUTGOV 20160517-20171218
  code   AUTELI 20171219-
  code   AUTELI
  kind   person
  note   chancellor 17 May 2016 to 18 Dec 2017

actor HARTWIG_LOGER
  name   Hartwig Löger; Hartwig Loger
  code   AUTELI -20190527
  code   AUTGOV 20190528-20190603
  code   AUTELI 20190604-
  code   AUTELI
  kind   person
  note   acting chancellor 28 May 2019 to 03 Jun 2019

actor BRIGITTE_BIERLEIN
  name   Brigitte Bierlein; Bierlein
  code   AUTELI -20190602
  code   AUTGOV 20190603-20200107
  code   AUTELI 20200108-
  code   AUTELI
  kind   person
  note   chancellor 03 Jun 2019 to 07 Jan 2020. Died 3 June 2024.

actor ALEXANDER_SCHALLENBERG
  name   Alexander Schallenberg; Schallenberg
  code   AUTELI -20190602
  code   AUTGOV 20190603-20250303
  code   AUTELI 20250304-
  code   AUTELI
  kind   person
  note   foreign minister 03 Jun 2019 to 11 Oct 2021; chancellor 11 Oct 2021 to 06 Dec 2021; foreign minister 06 Dec 2021 to 03 Mar 2025; acting chancellor 06 Jan 2025 to 03 Mar 2025

actor BENITA_FERRERO_WALDNER
  name   Benita Ferrero-Waldner; Ferrero-Waldner
  code   AUTELI -20000203
  code   AUTGOV 20000204-20041020
  code   AUTELI 20041021-20041121
  code   IGOEUREEC 20041122-20100209
  code   AUTELI 20100210-
  code   AUTELI
  kind   person
  note   foreign minister 04 Feb 2000 to 20 Oct 2004; European commissioner 22 Nov 2004 to 09 Feb 2010. Coded as Austria's government only while foreign minister.

actor URSULA_PLASSNIK
  name   Ursula Plassnik; Plassnik
  code   AUTELI -20041019
  code   AUTGOV 20041020-20081202
  code   AUTELI 20081203-
  code   AUTELI
  kind   person
  note   foreign minister 20 Oct 2004 to 02 Dec 2008

actor MICHAEL_SPINDELEGGER
  name   Michael Spindelegger; Spindelegger
  code   AUTELI -20081201
  code   AUTGOV 20081202-20131216
  code   AUTELI 20131217-
  code   AUTELI
  kind   person
  note   foreign minister 02 Dec 2008 to 16 Dec 2013

actor KARIN_KNEISSL
  name   Karin Kneissl; Kneissl
  code   AUTELI -20171217
  code   AUTGOV 20171218-20190603
  code   AUTELI 20190604-
  code   AUTELI
  kind   person
  note   foreign minister 18 Dec 2017 to 03 Jun 2019. Moved to Russia in 2023.

actor BEATE_MEINL_REISINGER
  name   Beate Meinl-Reisinger; Meinl-Reisinger
  code   AUTELI -20250302
  code   AUTGOV 20250303-
  code   AUTGOV
  kind   person
  note   foreign minister 03 Mar 2025 to today

actor HERBERT_SCHEIBNER
  name   Herbert Scheibner
  code   AUTELI -20000203
  code   AUTGOV 20000204-20030228
  code   AUTELI 20030301-
  code   AUTELI
  kind   person
  note   defence minister 04 Feb 2000 to 28 Feb 2003

actor GUNTHER_PLATTER
  name   Günther Platter; Gunther Platter
  code   AUTELI -20030227
  code   AUTGOV 20030228-20070111
  code   AUTELI 20070112-
  code   AUTELI
  kind   person
  note   defence minister 28 Feb 2003 to 11 Jan 2007

actor NORBERT_DARABOS
  name   Norbert Darabos; Darabos
  code   AUTELI -20070110
  code   AUTGOV 20070111-20130311
  code   AUTELI 20130312-
  code   AUTELI
  kind   person
  note   defence minister 11 Jan 2007 to 11 Mar 2013

actor GERALD_KLUG
  name   Gerald Klug
  code   AUTELI -20130310
  code   AUTGOV 20130311-20160126
  code   AUTELI 20160127-
  code   AUTELI
  kind   person
  note   defence minister 11 Mar 2013 to 26 Jan 2016

actor HANS_PETER_DOSKOZIL
  name   Hans Peter Doskozil; Doskozil
  code   AUTELI -20160125
  code   AUTGOV 20160126-20171218
  code   AUTELI 20171219-
  code   AUTELI
  kind   person
  note   defence minister 26 Jan 2016 to 18 Dec 2017

actor MARIO_KUNASEK
  name   Mario Kunasek
  code   AUTELI -20171217
  code   AUTGOV 20171218-20190522
  code   AUTELI 20190523-
  code   AUTELI
  kind   person
  note   defence minister 18 Dec 2017 to 22 May 2019

actor KLAUDIA_TANNER
  name   Klaudia Tanner
  code   AUTELI -20200106
  code   AUTGOV 20200107-
  code   AUTGOV
  kind   person
  note   defence minister 07 Jan 2020 to today

actor KING_ALBERT_II
  name   King Albert II; King Albert
  code   BELELI -19930808
  code   BELGOV 19930809-20130721
  code   BELELI 20130722-
  code   BELELI
  kind   person
  note   king 09 Aug 1993 to 21 Jul 2013

actor KING_PHILIPPE
  name   King Philippe; Philippe of Belgium
  code   BELELI -20130720
  code   BELGOV 20130721-
  code   BELGOV
  kind   person
  note   king 21 Jul 2013 to today

actor LOUIS_MICHEL
  name   Louis Michel
  code   BELELI -19990711
  code   BELGOV 19990712-20040718
  code   BELELI 20040719-20041121
  code   IGOEUREEC 20041122-20090716
  code   BELELI 20090717-
  code   BELELI
  kind   person
  note   foreign minister 12 Jul 1999 to 18 Jul 2004; European commissioner 22 Nov 2004 to 16 Jul 2009. Coded as Belgium's government only while foreign minister.

actor KAREL_DE_GUCHT
  name   Karel De Gucht; De Gucht
  code   BELELI -20040717
  code   BELGOV 20040718-20090717
  code   BELELI 20090718-
  code   BELELI
  kind   person
  note   foreign minister 18 Jul 2004 to 17 Jul 2009

actor STEVEN_VANACKERE
  name   Steven Vanackere
  code   BELELI -20091124
  code   BELGOV 20091125-20111206
  code   BELELI 20111207-
  code   BELELI
  kind   person
  note   foreign minister 25 Nov 2009 to 06 Dec 2011

actor DIDIER_REYNDERS
  name   Didier Reynders; Reynders
  code   BELELI -20111205
  code   BELGOV 20111206-20191130
  code   IGOEUREEC 20191201-20241130
  code   BELELI 20241201-
  code   BELELI
  kind   person
  note   foreign minister 06 Dec 2011 to 30 Nov 2019; European commissioner 01 Dec 2019 to 30 Nov 2024. Coded as Belgium's government only while foreign minister.

actor PHILIPPE_GOFFIN
  name   Philippe Goffin
  code   BELELI -20191129
  code   BELGOV 20191130-20201001
  code   BELELI 20201002-
  code   BELELI
  kind   person
  note   foreign minister 30 Nov 2019 to 01 Oct 2020

actor HADJA_LAHBIB
  name   Hadja Lahbib; Lahbib
  code   BELELI -20220714
  code   BELGOV 20220715-20241130?
  code   BELELI 20241201?-
  code   BELELI
  kind   person
  note   foreign minister 15 Jul 2022 to 30 Nov 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MAXIME_PREVOT
  name   Maxime Prévot; Maxime Prevot
  code   BELELI -20250202
  code   BELGOV 20250203-
  code   BELGOV
  kind   person
  note   foreign minister 03 Feb 2025 to today

actor ANDRE_FLAHAUT
  name   André Flahaut; Andre Flahaut; Flahaut
  code   BELELI -19990711
  code   BELGOV 19990712-20071221
  code   BELELI 20071222-
  code   BELELI
  kind   person
  note   defence minister 12 Jul 1999 to 21 Dec 2007

actor PIETER_DE_CREM
  name   Pieter De Crem; De Crem
  code   BELELI -20071220
  code   BELGOV 20071221-20141011
  code   BELELI 20141012-
  code   BELELI
  kind   person
  note   defence minister 21 Dec 2007 to 11 Oct 2014

actor STEVEN_VANDEPUT
  name   Steven Vandeput
  code   BELELI -20141010
  code   BELGOV 20141011-20181112
  code   BELELI 20181113-
  code   BELELI
  kind   person
  note   defence minister 11 Oct 2014 to 12 Nov 2018

actor LUDIVINE_DEDONDER
  name   Ludivine Dedonder
  code   BELELI -20200930
  code   BELGOV 20201001-20250203
  code   BELELI 20250204-
  code   BELELI
  kind   person
  note   defence minister 01 Oct 2020 to 03 Feb 2025

actor THEO_FRANCKEN
  name   Theo Francken; Francken
  code   BELELI -20250202
  code   BELGOV 20250203-
  code   BELGOV
  kind   person
  note   defence minister 03 Feb 2025 to today

actor SULEJMAN_TIHIC
  name   Sulejman Tihić; Sulejman Tihic
  code   BIHELI -20021027?
  code   BIHGOV 20021028?-20061106?
  code   BIHELI 20061107?-
  code   BIHELI
  kind   person
  note   member of the presidency 28 Oct 2002 (date uncertain) to 06 Nov 2006 (date uncertain). Died 25 September 2014. Dates marked uncertain are known to the month or year only.

actor HARIS_SILAJDZIC
  name   Haris Silajdžić; Haris Silajdzic; Silajdzic
  code   BIHELI -20061105?
  code   BIHGOV 20061106?-20101110?
  code   BIHELI 20101111?-
  code   BIHELI
  kind   person
  note   member of the presidency 06 Nov 2006 (date uncertain) to 10 Nov 2010 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BAKIR_IZETBEGOVIC
  name   Bakir Izetbegović; Bakir Izetbegovic
  code   BIHELI -20101109?
  code   BIHGOV 20101110?-20181120?
  code   BIHELI 20181121?-
  code   BIHELI
  kind   person
  note   member of the presidency 10 Nov 2010 (date uncertain) to 20 Nov 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SEFIK_DZAFEROVIC
  name   Šefik Džaferović; Sefik Dzaferovic
  code   BIHELI -20181119?
  code   BIHGOV 20181120?-20221116?
  code   BIHELI 20221117?-
  code   BIHELI
  kind   person
  note   member of the presidency 20 Nov 2018 (date uncertain) to 16 Nov 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DENIS_BECIROVIC
  name   Denis Bećirović; Denis Becirovic
  code   BIHELI -20221115?
  code   BIHGOV 20221116?-
  code   BIHGOV
  kind   person
  note   member of the presidency 16 Nov 2022 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor DRAGAN_COVIC
  name   Dragan Čović; Dragan Covic
  code   BIHELI -20021027?
  code   BIHGOV 20021028?-20050329?
  code   BIHELI 20050330?-20141116?
  code   BIHGOV 20141117?-20181120?
  code   BIHELI 20181121?-
  code   BIHELI
  kind   person
  note   member of the presidency 28 Oct 2002 (date uncertain) to 29 Mar 2005 (date uncertain); member of the presidency 17 Nov 2014 (date uncertain) to 20 Nov 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ZELJKO_KOMSIC
  name   Željko Komšić; Zeljko Komsic; Komsic
  code   BIHELI -20061105?
  code   BIHGOV 20061106?-20141117?
  code   BIHELI 20141118?-20181119?
  code   BIHGOV 20181120?-
  code   BIHGOV
  kind   person
  note   member of the presidency 06 Nov 2006 (date uncertain) to 17 Nov 2014 (date uncertain); member of the presidency 20 Nov 2018 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor NEBOJSA_RADMANOVIC
  name   Nebojša Radmanović; Nebojsa Radmanovic
  code   BIHELI -20061105?
  code   BIHGOV 20061106?-20141117?
  code   BIHELI 20141118?-
  code   BIHELI
  kind   person
  note   member of the presidency 06 Nov 2006 (date uncertain) to 17 Nov 2014 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MLADEN_IVANIC
  name   Mladen Ivanić; Mladen Ivanic
  code   BIHELI -20021231?
  code   BIHGOV 20030101?-20070111?
  code   BIHELI 20070112?-20141116?
  code   BIHGOV 20141117?-20181120?
  code   BIHELI 20181121?-
  code   BIHELI
  kind   person
  note   foreign minister 01 Jan 2003 (date uncertain) to 11 Jan 2007 (date uncertain); member of the presidency 17 Nov 2014 (date uncertain) to 20 Nov 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ZELJKA_CVIJANOVIC
  name   Željka Cvijanović; Zeljka Cvijanovic
  code   BIHELI -20221115?
  code   BIHGOV 20221116?-
  code   BIHGOV
  kind   person
  note   member of the presidency 16 Nov 2022 (date uncertain) to today. Serb member of the presidency. Dates marked uncertain are known to the month or year only.

actor ADNAN_TERZIC
  name   Adnan Terzić; Adnan Terzic
  code   BIHELI -20021222
  code   BIHGOV 20021223-20070111
  code   BIHELI 20070112-
  code   BIHELI
  kind   person
  note   chairman of the council of ministers 23 Dec 2002 to 11 Jan 2007

actor NIKOLA_SPIRIC
  name   Nikola Špirić; Nikola Spiric
  code   BIHELI -20070110
  code   BIHGOV 20070111-20120112
  code   BIHELI 20120113-
  code   BIHELI
  kind   person
  note   chairman of the council of ministers 11 Jan 2007 to 12 Jan 2012

actor VJEKOSLAV_BEVANDA
  name   Vjekoslav Bevanda
  code   BIHELI -20120111
  code   BIHGOV 20120112-20150331
  code   BIHELI 20150401-
  code   BIHELI
  kind   person
  note   chairman of the council of ministers 12 Jan 2012 to 31 Mar 2015

actor DENIS_ZVIZDIC
  name   Denis Zvizdić; Denis Zvizdic
  code   BIHELI -20150330
  code   BIHGOV 20150331-20191223
  code   BIHELI 20191224-
  code   BIHELI
  kind   person
  note   chairman of the council of ministers 31 Mar 2015 to 23 Dec 2019

actor ZORAN_TEGELTIJA
  name   Zoran Tegeltija
  code   BIHELI -20191222
  code   BIHGOV 20191223-20230125
  code   BIHELI 20230126-
  code   BIHELI
  kind   person
  note   chairman of the council of ministers 23 Dec 2019 to 25 Jan 2023

actor BORJANA_KRISTO
  name   Borjana Krišto; Borjana Kristo
  code   BIHELI -20230124
  code   BIHGOV 20230125-
  code   BIHGOV
  kind   person
  note   chairman of the council of ministers 25 Jan 2023 to today

actor ELMEDIN_KONAKOVIC
  name   Elmedin Konaković; Elmedin Konakovic
  code   BIHELI -20230124
  code   BIHGOV 20230125-
  code   BIHGOV
  kind   person
  note   foreign minister 25 Jan 2023 to today

actor PETAR_STOYANOV
  name   Petar Stoyanov
  code   BGRELI -19970121
  code   BGRGOV 19970122-20020122
  code   BGRELI 20020123-
  code   BGRELI
  kind   person
  note   president 22 Jan 1997 to 22 Jan 2002

actor GEORGI_PARVANOV
  name   Georgi Parvanov; Parvanov
  code   BGRELI -20020121
  code   BGRGOV 20020122-20120122
  code   BGRELI 20120123-
  code   BGRELI
  kind   person
  note   president 22 Jan 2002 to 22 Jan 2012

actor ROSEN_PLEVNELIEV
  name   Rosen Plevneliev; Plevneliev
  code   BGRELI -20120121
  code   BGRGOV 20120122-20170122
  code   BGRELI 20170123-
  code   BGRELI
  kind   person
  note   president 22 Jan 2012 to 22 Jan 2017

actor IVAN_KOSTOV
  name   Ivan Kostov
  code   BGRELI -19970520
  code   BGRGOV 19970521-20010724
  code   BGRELI 20010725-
  code   BGRELI
  kind   person
  note   prime minister 21 May 1997 to 24 Jul 2001

actor SIMEON_SAXE_COBURG_GOTHA
  name   Simeon Saxe-Coburg-Gotha; Simeon Sakskoburggotski; Simeon II
  code   BGRELI -20010723
  code   BGRGOV 20010724-20050817
  code   BGRELI 20050818-
  code   BGRELI
  kind   person
  note   prime minister 24 Jul 2001 to 17 Aug 2005

actor SERGEI_STANISHEV
  name   Sergei Stanishev; Sergey Stanishev; Stanishev
  code   BGRELI -20050816
  code   BGRGOV 20050817-20090727
  code   BGRELI 20090728-
  code   BGRELI
  kind   person
  note   prime minister 17 Aug 2005 to 27 Jul 2009

actor MARIN_RAYKOV
  name   Marin Raykov
  code   BGRELI -20130312
  code   BGRGOV 20130313-20130529
  code   BGRELI 20130530-
  code   BGRELI
  kind   person
  note   caretaker prime minister 13 Mar 2013 to 29 May 2013

actor PLAMEN_ORESHARSKI
  name   Plamen Oresharski; Oresharski
  code   BGRELI -20130528
  code   BGRGOV 20130529-20140806
  code   BGRELI 20140807-
  code   BGRELI
  kind   person
  note   prime minister 29 May 2013 to 06 Aug 2014

actor GEORGI_BLIZNASHKI
  name   Georgi Bliznashki
  code   BGRELI -20140805
  code   BGRGOV 20140806-20141107
  code   BGRELI 20141108-
  code   BGRELI
  kind   person
  note   caretaker prime minister 06 Aug 2014 to 07 Nov 2014

actor OGNYAN_GERDZHIKOV
  name   Ognyan Gerdzhikov
  code   BGRELI -20170126
  code   BGRGOV 20170127-20170504
  code   BGRELI 20170505-
  code   BGRELI
  kind   person
  note   caretaker prime minister 27 Jan 2017 to 04 May 2017

actor STEFAN_YANEV
  name   Stefan Yanev
  code   BGRELI -20210511
  code   BGRGOV 20210512-20211213
  code   BGRELI 20211214-20220201?
  code   BGRGOV 20220202?-20220328?
  code   BGRELI 20220329?-
  code   BGRELI
  kind   person
  note   caretaker prime minister 12 May 2021 to 13 Dec 2021; defence minister 02 Feb 2022 (date uncertain) to 28 Mar 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KIRIL_PETKOV
  name   Kiril Petkov
  code   BGRELI -20211212
  code   BGRGOV 20211213-20220802
  code   BGRELI 20220803-
  code   BGRELI
  kind   person
  note   prime minister 13 Dec 2021 to 02 Aug 2022

actor GALAB_DONEV
  name   Galab Donev
  code   BGRELI -20220801
  code   BGRGOV 20220802-20230606
  code   BGRELI 20230607-
  code   BGRELI
  kind   person
  note   caretaker prime minister 02 Aug 2022 to 06 Jun 2023

actor NIKOLAI_DENKOV
  name   Nikolai Denkov; Nikolay Denkov
  code   BGRELI -20230605
  code   BGRGOV 20230606-20240409
  code   BGRELI 20240410-
  code   BGRELI
  kind   person
  note   prime minister 06 Jun 2023 to 09 Apr 2024

actor DIMITAR_GLAVCHEV
  name   Dimitar Glavchev
  code   BGRELI -20240408
  code   BGRGOV 20240409-20250116
  code   BGRELI 20250117-
  code   BGRELI
  kind   person
  note   caretaker prime minister 09 Apr 2024 to 16 Jan 2025

actor ROSEN_ZHELYAZKOV
  name   Rosen Zhelyazkov
  code   BGRELI -20250115
  code   BGRGOV 20250116-
  code   BGRGOV
  kind   person
  note   prime minister 16 Jan 2025 to today. Later changes after 2025 not known to us.

actor NIKOLAY_MLADENOV
  name   Nikolay Mladenov; Nickolay Mladenov; Mladenov
  code   BGRELI -20100126
  code   BGRGOV 20100127-20130313
  code   BGRELI 20130314-20150131
  code   IGOUNO 20150201-20201231
  code   BGRELI 20210101-
  code   BGRELI
  kind   person
  note   defence minister 27 Jan 2010 to 27 Jul 2010; foreign minister 27 Jul 2010 to 13 Mar 2013; UN Middle East envoy 01 Feb 2015 to 31 Dec 2020. Coded as Bulgaria's government only while minister.

actor IVAILO_KALFIN
  name   Ivailo Kalfin
  code   BGRELI -20050816
  code   BGRGOV 20050817-20090727
  code   BGRELI 20090728-
  code   BGRELI
  kind   person
  note   foreign minister 17 Aug 2005 to 27 Jul 2009

actor DANIEL_MITOV
  name   Daniel Mitov
  code   BGRELI -20141106
  code   BGRGOV 20141107-20170127
  code   BGRELI 20170128-
  code   BGRELI
  kind   person
  note   foreign minister 07 Nov 2014 to 27 Jan 2017

actor EKATERINA_ZAHARIEVA
  name   Ekaterina Zaharieva
  code   BGRELI -20170503
  code   BGRGOV 20170504-20210512
  code   BGRELI 20210513-20241130
  code   IGOEUREEC 20241201-
  code   IGOEUREEC
  kind   person
  note   foreign minister 04 May 2017 to 12 May 2021; European commissioner 01 Dec 2024 to today. Coded as Bulgaria's government only while foreign minister.

actor STJEPAN_MESIC
  name   Stjepan Mesić; Stjepan Mesic; Mesic
  code   HRVELI -20000217
  code   HRVGOV 20000218-20100218
  code   HRVELI 20100219-
  code   HRVELI
  kind   person
  note   president 18 Feb 2000 to 18 Feb 2010

actor IVO_JOSIPOVIC
  name   Ivo Josipović; Ivo Josipovic; Josipovic
  code   HRVELI -20100217
  code   HRVGOV 20100218-20150219
  code   HRVELI 20150220-
  code   HRVELI
  kind   person
  note   president 18 Feb 2010 to 19 Feb 2015

actor KOLINDA_GRABAR_KITAROVIC
  name   Kolinda Grabar-Kitarović; Kolinda Grabar-Kitarovic; Grabar-Kitarovic
  code   HRVELI -20050216
  code   HRVGOV 20050217-20080112
  code   HRVELI 20080113-20150218
  code   HRVGOV 20150219-20200219
  code   HRVELI 20200220-
  code   HRVELI
  kind   person
  note   foreign minister 17 Feb 2005 to 12 Jan 2008; president 19 Feb 2015 to 19 Feb 2020

actor IVICA_RACAN
  name   Ivica Račan; Ivica Racan
  code   HRVELI -20000126
  code   HRVGOV 20000127-20031223
  code   HRVELI 20031224-
  code   HRVELI
  kind   person
  note   prime minister 27 Jan 2000 to 23 Dec 2003. Died 29 April 2007.

actor IVO_SANADER
  name   Ivo Sanader; Sanader
  code   HRVELI -20031222
  code   HRVGOV 20031223-20090706
  code   HRVELI 20090707-
  code   HRVELI
  kind   person
  note   prime minister 23 Dec 2003 to 06 Jul 2009

actor JADRANKA_KOSOR
  name   Jadranka Kosor; Kosor
  code   HRVELI -20090705
  code   HRVGOV 20090706-20111223
  code   HRVELI 20111224-
  code   HRVELI
  kind   person
  note   prime minister 06 Jul 2009 to 23 Dec 2011

actor TIHOMIR_ORESKOVIC
  name   Tihomir Orešković; Tihomir Oreskovic
  code   HRVELI -20160121
  code   HRVGOV 20160122-20161019
  code   HRVELI 20161020-
  code   HRVELI
  kind   person
  note   prime minister 22 Jan 2016 to 19 Oct 2016

actor GORDAN_GRLIC_RADMAN
  name   Gordan Grlić Radman; Gordan Grlic Radman
  code   HRVELI -20190718
  code   HRVGOV 20190719-
  code   HRVGOV
  kind   person
  note   foreign minister 19 Jul 2019 to today

actor IVAN_ANUSIC
  name   Ivan Anušić; Ivan Anusic
  code   HRVELI -20240516
  code   HRVGOV 20240517-
  code   HRVGOV
  kind   person
  note   defence minister 17 May 2024 to today

actor MARIO_BANOZIC
  name   Mario Banožić; Mario Banozic
  code   HRVELI -20200722
  code   HRVGOV 20200723-20240517
  code   HRVELI 20240518-
  code   HRVELI
  kind   person
  note   defence minister 23 Jul 2020 to 17 May 2024

actor GLAFCOS_CLERIDES
  name   Glafcos Clerides; Glafkos Klerides
  code   CYPELI -19930227
  code   CYPGOV 19930228-20030228
  code   CYPELI 20030301-
  code   CYPELI
  kind   person
  note   president 28 Feb 1993 to 28 Feb 2003. Died 15 November 2013.

actor TASSOS_PAPADOPOULOS
  name   Tassos Papadopoulos
  code   CYPELI -20030227
  code   CYPGOV 20030228-20080228
  code   CYPELI 20080229-
  code   CYPELI
  kind   person
  note   president 28 Feb 2003 to 28 Feb 2008. Died 12 December 2008.

actor DEMETRIS_CHRISTOFIAS
  name   Demetris Christofias; Dimitris Christofias; Christofias
  code   CYPELI -20080227
  code   CYPGOV 20080228-20130228
  code   CYPELI 20130301-
  code   CYPELI
  kind   person
  note   president 28 Feb 2008 to 28 Feb 2013. Died 21 June 2019.

actor IOANNIS_KASOULIDES
  name   Ioannis Kasoulides; Kasoulides
  code   CYPELI -19970406?
  code   CYPGOV 19970407?-20030228
  code   CYPELI 20030301-20130228
  code   CYPGOV 20130301-20180228
  code   CYPELI 20180301-20220104?
  code   CYPGOV 20220105?-20230228
  code   CYPELI 20230301-
  code   CYPELI
  kind   person
  note   foreign minister 07 Apr 1997 (date uncertain) to 28 Feb 2003; foreign minister 01 Mar 2013 to 28 Feb 2018; foreign minister 05 Jan 2022 (date uncertain) to 28 Feb 2023. Dates marked uncertain are known to the month or year only.

actor CONSTANTINOS_KOMBOS
  name   Constantinos Kombos; Konstantinos Kombos
  code   CYPELI -20230228
  code   CYPGOV 20230301-
  code   CYPGOV
  kind   person
  note   foreign minister 01 Mar 2023 to today

actor CHRISTOFOROS_FOKAIDES
  name   Christoforos Fokaides; Fokaides
  code   CYPELI -20140302?
  code   CYPGOV 20140303?-20180228
  code   CYPELI 20180301-
  code   CYPELI
  kind   person
  note   defence minister 03 Mar 2014 (date uncertain) to 28 Feb 2018. Start date known to the month only.

actor CHARALAMBOS_PETRIDES
  name   Charalambos Petrides
  code   CYPELI -20201130?
  code   CYPGOV 20201201?-20230228
  code   CYPELI 20230301-
  code   CYPELI
  kind   person
  note   defence minister 01 Dec 2020 (date uncertain) to 28 Feb 2023. Start date known to the month only.

actor MICHALIS_GIORGALLAS
  name   Michalis Giorgallas; Michael Giorgallas; Michalis Georgallas
  code   CYPELI -20230228
  code   CYPGOV 20230301-20241218?
  code   CYPELI 20241219?-
  code   CYPELI
  kind   person
  note   defence minister 01 Mar 2023 to 18 Dec 2024 (date uncertain). Replaced in the December 2024 reshuffle (end date known to the month only).

actor VASILIS_PALMAS
  name   Vasilis Palmas; Vassilis Palmas
  code   CYPELI -20241218?
  code   CYPGOV 20241219?-
  code   CYPGOV
  kind   person
  note   defence minister 19 Dec 2024 (date uncertain) to today. Former chief of police; defence minister from the December 2024 reshuffle (start date known to the month only); in office at our last information.

# ---- added by lead-asia (eur2)

actor QUEEN_MARGRETHE
  name   Queen Margrethe; Queen Margrethe II; Margrethe II
  code   DNKELI -19720113
  code   DNKGOV 19720114-20240114
  code   DNKELI 20240115-
  code   DNKELI
  kind   person
  note   queen 14 Jan 1972 to 14 Jan 2024. Abdicated 14 January 2024.

actor KING_FREDERIK_X
  name   King Frederik; King Frederik X; Frederik X; Crown Prince Frederik
  code   DNKELI -20240113
  code   DNKGOV 20240114-
  code   DNKGOV
  kind   person
  note   king 14 Jan 2024 to today

actor POUL_NYRUP_RASMUSSEN
  name   Poul Nyrup Rasmussen; Nyrup Rasmussen
  code   DNKELI -19930124
  code   DNKGOV 19930125-20011127
  code   DNKELI 20011128-
  code   DNKELI
  kind   person
  note   prime minister 25 Jan 1993 to 27 Nov 2001

actor HELLE_THORNING_SCHMIDT
  name   Helle Thorning-Schmidt; Thorning-Schmidt
  code   DNKELI -20111002
  code   DNKGOV 20111003-20150628
  code   DNKELI 20150629-
  code   DNKELI
  kind   person
  note   prime minister 03 Oct 2011 to 28 Jun 2015

actor PER_STIG_MOLLER
  name   Per Stig Møller; Per Stig Moller
  code   DNKELI -20011126
  code   DNKGOV 20011127-20100223
  code   DNKELI 20100224-
  code   DNKELI
  kind   person
  note   foreign minister 27 Nov 2001 to 23 Feb 2010

actor LENE_ESPERSEN
  name   Lene Espersen
  code   DNKELI -20100222
  code   DNKGOV 20100223-20110208?
  code   DNKELI 20110209?-
  code   DNKELI
  kind   person
  note   foreign minister 23 Feb 2010 to 08 Feb 2011 (date uncertain). Dates marked uncertain are known to the month or year only.

actor VILLY_SOVNDAL
  name   Villy Søvndal; Villy Sovndal
  code   DNKELI -20111002
  code   DNKGOV 20111003-20131216
  code   DNKELI 20131217-
  code   DNKELI
  kind   person
  note   foreign minister 03 Oct 2011 to 16 Dec 2013

actor MARTIN_LIDEGAARD
  name   Martin Lidegaard
  code   DNKELI -20131215
  code   DNKGOV 20131216-20150628
  code   DNKELI 20150629-
  code   DNKELI
  kind   person
  note   foreign minister 16 Dec 2013 to 28 Jun 2015

actor KRISTIAN_JENSEN
  name   Kristian Jensen
  code   DNKELI -20150627
  code   DNKGOV 20150628-20161128
  code   DNKELI 20161129-
  code   DNKELI
  kind   person
  note   foreign minister 28 Jun 2015 to 28 Nov 2016

actor ANDERS_SAMUELSEN
  name   Anders Samuelsen
  code   DNKELI -20161127
  code   DNKGOV 20161128-20190627
  code   DNKELI 20190628-
  code   DNKELI
  kind   person
  note   foreign minister 28 Nov 2016 to 27 Jun 2019

actor JEPPE_KOFOD
  name   Jeppe Kofod; Kofod
  code   DNKELI -20190626
  code   DNKGOV 20190627-20221215
  code   DNKELI 20221216-
  code   DNKELI
  kind   person
  note   foreign minister 27 Jun 2019 to 15 Dec 2022

actor SOREN_GADE
  name   Søren Gade; Soren Gade
  code   DNKELI -20040801
  code   DNKGOV 20040802-20100223
  code   DNKELI 20100224-
  code   DNKELI
  kind   person
  note   defence minister 02 Aug 2004 to 23 Feb 2010

actor TRINE_BRAMSEN
  name   Trine Bramsen
  code   DNKELI -20190626
  code   DNKGOV 20190627-20220204?
  code   DNKELI 20220205?-
  code   DNKELI
  kind   person
  note   defence minister 27 Jun 2019 to 04 Feb 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MORTEN_BODSKOV
  name   Morten Bødskov; Morten Bodskov
  code   DNKELI -20220203?
  code   DNKGOV 20220204?-20221215
  code   DNKELI 20221216-
  code   DNKELI
  kind   person
  note   defence minister 04 Feb 2022 (date uncertain) to 15 Dec 2022. Dates marked uncertain are known to the month or year only.

actor JAKOB_ELLEMANN_JENSEN
  name   Jakob Ellemann-Jensen
  code   DNKELI -20221214
  code   DNKGOV 20221215-20230220?
  code   DNKELI 20230221?-
  code   DNKELI
  kind   person
  note   defence minister 15 Dec 2022 to 20 Feb 2023 (date uncertain). On sick leave from February 2023; left the post in 2023 (date uncertain).

actor TROELS_LUND_POULSEN
  name   Troels Lund Poulsen
  code   DNKELI -20230219?
  code   DNKGOV 20230220?-
  code   DNKGOV
  kind   person
  note   defence minister 20 Feb 2023 (date uncertain) to today. Acting from February 2023, appointed in August 2023. Dates marked uncertain are known to the month or year only.

actor LENNART_MERI
  name   Lennart Meri
  code   ESTELI -19921005
  code   ESTGOV 19921006-20011008
  code   ESTELI 20011009-
  code   ESTELI
  kind   person
  note   president 06 Oct 1992 to 08 Oct 2001. Died 14 March 2006.

actor ARNOLD_RUUTEL
  name   Arnold Rüütel; Arnold Ruutel
  code   ESTELI -20011007
  code   ESTGOV 20011008-20061009
  code   ESTELI 20061010-
  code   ESTELI
  kind   person
  note   president 08 Oct 2001 to 09 Oct 2006

actor TOOMAS_HENDRIK_ILVES
  name   Toomas Hendrik Ilves; Ilves
  code   ESTELI -19990324
  code   ESTGOV 19990325-20020128
  code   ESTELI 20020129-20061008
  code   ESTGOV 20061009-20161010
  code   ESTELI 20161011-
  code   ESTELI
  kind   person
  note   foreign minister 25 Mar 1999 to 28 Jan 2002; president 09 Oct 2006 to 10 Oct 2016

actor KERSTI_KALJULAID
  name   Kersti Kaljulaid; Kaljulaid
  code   ESTELI -20161009
  code   ESTGOV 20161010-20211011
  code   ESTELI 20211012-
  code   ESTELI
  kind   person
  note   president 10 Oct 2016 to 11 Oct 2021

actor MART_LAAR
  name   Mart Laar
  code   ESTELI -19990324
  code   ESTGOV 19990325-20020128
  code   ESTELI 20020129-
  code   ESTELI
  kind   person
  note   prime minister 25 Mar 1999 to 28 Jan 2002

actor SIIM_KALLAS
  name   Siim Kallas
  code   ESTELI -20020127
  code   ESTGOV 20020128-20030410
  code   ESTELI 20030411-
  code   ESTELI
  kind   person
  note   prime minister 28 Jan 2002 to 10 Apr 2003

actor JUHAN_PARTS
  name   Juhan Parts
  code   ESTELI -20030409
  code   ESTGOV 20030410-20050413
  code   ESTELI 20050414-
  code   ESTELI
  kind   person
  note   prime minister 10 Apr 2003 to 13 Apr 2005

actor ANDRUS_ANSIP
  name   Andrus Ansip; Ansip
  code   ESTELI -20050412
  code   ESTGOV 20050413-20140326
  code   ESTELI 20140327-
  code   ESTELI
  kind   person
  note   prime minister 13 Apr 2005 to 26 Mar 2014

actor TAAVI_ROIVAS
  name   Taavi Rõivas; Taavi Roivas
  code   ESTELI -20140325
  code   ESTGOV 20140326-20161123
  code   ESTELI 20161124-
  code   ESTELI
  kind   person
  note   prime minister 26 Mar 2014 to 23 Nov 2016

actor JURI_RATAS
  name   Jüri Ratas; Juri Ratas
  code   ESTELI -20161122
  code   ESTGOV 20161123-20210126
  code   ESTELI 20210127-
  code   ESTELI
  kind   person
  note   prime minister 23 Nov 2016 to 26 Jan 2021

actor KRISTIINA_OJULAND
  name   Kristiina Ojuland
  code   ESTELI -20020127
  code   ESTGOV 20020128-20050210?
  code   ESTELI 20050211?-
  code   ESTELI
  kind   person
  note   foreign minister 28 Jan 2002 to 10 Feb 2005 (date uncertain). Dates marked uncertain are known to the month or year only.

actor URMAS_PAET
  name   Urmas Paet
  code   ESTELI -20050412
  code   ESTGOV 20050413-20141117
  code   ESTELI 20141118-
  code   ESTELI
  kind   person
  note   foreign minister 13 Apr 2005 to 17 Nov 2014

actor SVEN_MIKSER
  name   Sven Mikser
  code   ESTELI -20141116?
  code   ESTGOV 20141117?-20160412?
  code   ESTELI 20160413?-20161122
  code   ESTGOV 20161123-20190429
  code   ESTELI 20190430-
  code   ESTELI
  kind   person
  note   defence minister 17 Nov 2014 (date uncertain) to 12 Apr 2016 (date uncertain); foreign minister 23 Nov 2016 to 29 Apr 2019. Dates marked uncertain are known to the month or year only.

actor URMAS_REINSALU
  name   Urmas Reinsalu; Reinsalu
  code   ESTELI -20120510?
  code   ESTGOV 20120511?-20140326
  code   ESTELI 20140327-20190428
  code   ESTGOV 20190429-20210126
  code   ESTELI 20210127-20220717
  code   ESTGOV 20220718-20230417
  code   ESTELI 20230418-
  code   ESTELI
  kind   person
  note   defence minister 11 May 2012 (date uncertain) to 26 Mar 2014; foreign minister 29 Apr 2019 to 26 Jan 2021; foreign minister 18 Jul 2022 to 17 Apr 2023. Dates marked uncertain are known to the month or year only.

actor EVA_MARIA_LIIMETS
  name   Eva-Maria Liimets
  code   ESTELI -20210125
  code   ESTGOV 20210126-20220603
  code   ESTELI 20220604-
  code   ESTELI
  kind   person
  note   foreign minister 26 Jan 2021 to 03 Jun 2022

actor MARGUS_TSAHKNA
  name   Margus Tsahkna; Tsahkna
  code   ESTELI -20160411?
  code   ESTGOV 20160412?-20170614?
  code   ESTELI 20170615?-20230416
  code   ESTGOV 20230417-
  code   ESTGOV
  kind   person
  note   defence minister 12 Apr 2016 (date uncertain) to 14 Jun 2017 (date uncertain); foreign minister 17 Apr 2023 to today. Dates marked uncertain are known to the month or year only.

actor HANNO_PEVKUR
  name   Hanno Pevkur; Pevkur
  code   ESTELI -20230416
  code   ESTGOV 20230417-
  code   ESTGOV
  kind   person
  note   defence minister 17 Apr 2023 to today

actor KALLE_LAANET
  name   Kalle Laanet
  code   ESTELI -20220717
  code   ESTGOV 20220718-20230417
  code   ESTELI 20230418-
  code   ESTELI
  kind   person
  note   defence minister 18 Jul 2022 to 17 Apr 2023

actor MARTTI_AHTISAARI
  name   Martti Ahtisaari; Ahtisaari
  code   FINELI -19940228
  code   FINGOV 19940301-20000301
  code   FINELI 20000302-
  code   FINELI
  kind   person
  note   president 01 Mar 1994 to 01 Mar 2000. UN envoy for Kosovo 2005-2008; Nobel Peace Prize 2008; died 16 October 2023.

actor PAAVO_LIPPONEN
  name   Paavo Lipponen
  code   FINELI -19950412
  code   FINGOV 19950413-20030417
  code   FINELI 20030418-
  code   FINELI
  kind   person
  note   prime minister 13 Apr 1995 to 17 Apr 2003

actor ANNELI_JAATTEENMAKI
  name   Anneli Jäätteenmäki; Anneli Jaatteenmaki
  code   FINELI -20030416
  code   FINGOV 20030417-20030624
  code   FINELI 20030625-
  code   FINELI
  kind   person
  note   prime minister 17 Apr 2003 to 24 Jun 2003

actor MATTI_VANHANEN
  name   Matti Vanhanen; Vanhanen
  code   FINELI -20030623
  code   FINGOV 20030624-20100622
  code   FINELI 20100623-
  code   FINELI
  kind   person
  note   prime minister 24 Jun 2003 to 22 Jun 2010

actor MARI_KIVINIEMI
  name   Mari Kiviniemi
  code   FINELI -20100621
  code   FINGOV 20100622-20110622
  code   FINELI 20110623-
  code   FINELI
  kind   person
  note   prime minister 22 Jun 2010 to 22 Jun 2011

actor JYRKI_KATAINEN
  name   Jyrki Katainen; Katainen
  code   FINELI -20110621
  code   FINGOV 20110622-20140624
  code   FINELI 20140625-
  code   FINELI
  kind   person
  note   prime minister 22 Jun 2011 to 24 Jun 2014

actor JUHA_SIPILA
  name   Juha Sipilä; Juha Sipila; Sipila
  code   FINELI -20150528
  code   FINGOV 20150529-20190606
  code   FINELI 20190607-
  code   FINELI
  kind   person
  note   prime minister 29 May 2015 to 06 Jun 2019

actor ANTTI_RINNE
  name   Antti Rinne
  code   FINELI -20190605
  code   FINGOV 20190606-20191210
  code   FINELI 20191211-
  code   FINELI
  kind   person
  note   prime minister 06 Jun 2019 to 10 Dec 2019

actor ERKKI_TUOMIOJA
  name   Erkki Tuomioja; Tuomioja
  code   FINELI -20000224
  code   FINGOV 20000225-20070419
  code   FINELI 20070420-20110621
  code   FINGOV 20110622-20150529
  code   FINELI 20150530-
  code   FINELI
  kind   person
  note   foreign minister 25 Feb 2000 to 19 Apr 2007; foreign minister 22 Jun 2011 to 29 May 2015

actor ILKKA_KANERVA
  name   Ilkka Kanerva
  code   FINELI -20070418
  code   FINGOV 20070419-20080404
  code   FINELI 20080405-
  code   FINELI
  kind   person
  note   foreign minister 19 Apr 2007 to 04 Apr 2008

actor TIMO_SOINI
  name   Timo Soini; Soini
  code   FINELI -20150528
  code   FINGOV 20150529-20190606
  code   FINELI 20190607-
  code   FINELI
  kind   person
  note   foreign minister 29 May 2015 to 06 Jun 2019

actor PEKKA_HAAVISTO
  name   Pekka Haavisto; Haavisto
  code   FINELI -20190605
  code   FINGOV 20190606-20230620
  code   FINELI 20230621-
  code   FINELI
  kind   person
  note   foreign minister 06 Jun 2019 to 20 Jun 2023

actor ELINA_VALTONEN
  name   Elina Valtonen; Valtonen
  code   FINELI -20230619
  code   FINGOV 20230620-
  code   FINGOV
  kind   person
  note   foreign minister 20 Jun 2023 to today

actor SEPPO_KAARIAINEN
  name   Seppo Kääriäinen; Seppo Kaariainen
  code   FINELI -20030623?
  code   FINGOV 20030624?-20070419
  code   FINELI 20070420-
  code   FINELI
  kind   person
  note   defence minister 24 Jun 2003 (date uncertain) to 19 Apr 2007. Dates marked uncertain are known to the month or year only.

actor JYRI_HAKAMIES
  name   Jyri Häkämies; Jyri Hakamies
  code   FINELI -20070418
  code   FINGOV 20070419-20110622
  code   FINELI 20110623-
  code   FINELI
  kind   person
  note   defence minister 19 Apr 2007 to 22 Jun 2011

actor CARL_HAGLUND
  name   Carl Haglund
  code   FINELI -20120704?
  code   FINGOV 20120705?-20150529
  code   FINELI 20150530-
  code   FINELI
  kind   person
  note   defence minister 05 Jul 2012 (date uncertain) to 29 May 2015. Dates marked uncertain are known to the month or year only.

actor JUSSI_NIINISTO
  name   Jussi Niinistö; Jussi Niinisto
  code   FINELI -20150528
  code   FINGOV 20150529-20190606
  code   FINELI 20190607-
  code   FINELI
  kind   person
  note   defence minister 29 May 2015 to 06 Jun 2019

actor ANTTI_KAIKKONEN
  name   Antti Kaikkonen
  code   FINELI -20190605
  code   FINGOV 20190606-20230620
  code   FINELI 20230621-
  code   FINELI
  kind   person
  note   defence minister 06 Jun 2019 to 20 Jun 2023

actor ANTTI_HAKKANEN
  name   Antti Häkkänen; Antti Hakkanen
  code   FINELI -20230619
  code   FINGOV 20230620-
  code   FINGOV
  kind   person
  note   defence minister 20 Jun 2023 to today

actor KONSTANTINOS_STEPHANOPOULOS
  name   Konstantinos Stephanopoulos; Kostis Stephanopoulos
  code   GRCELI -19950309
  code   GRCGOV 19950310-20050312
  code   GRCELI 20050313-
  code   GRCELI
  kind   person
  note   president 10 Mar 1995 to 12 Mar 2005. Died 20 November 2016.

actor KAROLOS_PAPOULIAS
  name   Karolos Papoulias; Papoulias
  code   GRCELI -20050311
  code   GRCGOV 20050312-20150313
  code   GRCELI 20150314-
  code   GRCELI
  kind   person
  note   president 12 Mar 2005 to 13 Mar 2015

actor PROKOPIS_PAVLOPOULOS
  name   Prokopis Pavlopoulos; Pavlopoulos
  code   GRCELI -20150312
  code   GRCGOV 20150313-20200313
  code   GRCELI 20200314-
  code   GRCELI
  kind   person
  note   president 13 Mar 2015 to 13 Mar 2020

actor KATERINA_SAKELLAROPOULOU
  name   Katerina Sakellaropoulou; Sakellaropoulou
  code   GRCELI -20200312
  code   GRCGOV 20200313-20250313
  code   GRCELI 20250314-
  code   GRCELI
  kind   person
  note   president 13 Mar 2020 to 13 Mar 2025

actor KONSTANTINOS_TASOULAS
  name   Konstantinos Tasoulas; Kostas Tasoulas; Tasoulas
  code   GRCELI -20250312
  code   GRCGOV 20250313-
  code   GRCGOV
  kind   person
  note   president 13 Mar 2025 to today

actor COSTAS_SIMITIS
  name   Costas Simitis; Kostas Simitis; Simitis
  code   GRCELI -19960121
  code   GRCGOV 19960122-20040310
  code   GRCELI 20040311-
  code   GRCELI
  kind   person
  note   prime minister 22 Jan 1996 to 10 Mar 2004. Died 5 January 2025.

actor LUCAS_PAPADEMOS
  name   Lucas Papademos; Loukas Papadimos; Papademos
  code   GRCELI -20111110
  code   GRCGOV 20111111-20120516
  code   GRCELI 20120517-
  code   GRCELI
  kind   person
  note   prime minister 11 Nov 2011 to 16 May 2012

actor PANAGIOTIS_PIKRAMMENOS
  name   Panagiotis Pikrammenos
  code   GRCELI -20120515
  code   GRCGOV 20120516-20120620
  code   GRCELI 20120621-
  code   GRCELI
  kind   person
  note   caretaker prime minister 16 May 2012 to 20 Jun 2012

actor ANTONIS_SAMARAS
  name   Antonis Samaras; Samaras
  code   GRCELI -20120619
  code   GRCGOV 20120620-20150126
  code   GRCELI 20150127-
  code   GRCELI
  kind   person
  note   prime minister 20 Jun 2012 to 26 Jan 2015. Foreign minister 1989-1992.

actor VASSILIKI_THANOU
  name   Vassiliki Thanou
  code   GRCELI -20150826
  code   GRCGOV 20150827-20150921
  code   GRCELI 20150922-
  code   GRCELI
  kind   person
  note   caretaker prime minister 27 Aug 2015 to 21 Sep 2015

actor PETROS_MOLYVIATIS
  name   Petros Molyviatis
  code   GRCELI -20040309
  code   GRCGOV 20040310-20060215
  code   GRCELI 20060216-
  code   GRCELI
  kind   person
  note   foreign minister 10 Mar 2004 to 15 Feb 2006

actor DORA_BAKOYANNIS
  name   Dora Bakoyannis; Bakoyannis
  code   GRCELI -20060214
  code   GRCGOV 20060215-20091007
  code   GRCELI 20091008-
  code   GRCELI
  kind   person
  note   foreign minister 15 Feb 2006 to 07 Oct 2009

actor DIMITRIS_DROUTSAS
  name   Dimitris Droutsas
  code   GRCELI -20100906
  code   GRCGOV 20100907-20110617
  code   GRCELI 20110618-
  code   GRCELI
  kind   person
  note   foreign minister 07 Sep 2010 to 17 Jun 2011

actor EVANGELOS_VENIZELOS
  name   Evangelos Venizelos
  code   GRCELI -20091006
  code   GRCGOV 20091007-20110617
  code   GRCELI 20110618-20130624
  code   GRCGOV 20130625-20150127
  code   GRCELI 20150128-
  code   GRCELI
  kind   person
  note   defence minister 07 Oct 2009 to 17 Jun 2011; foreign minister 25 Jun 2013 to 27 Jan 2015

actor NIKOS_KOTZIAS
  name   Nikos Kotzias; Kotzias
  code   GRCELI -20150126
  code   GRCGOV 20150127-20181018
  code   GRCELI 20181019-
  code   GRCELI
  kind   person
  note   foreign minister 27 Jan 2015 to 18 Oct 2018

actor NIKOS_DENDIAS
  name   Nikos Dendias; Dendias
  code   GRCELI -20190708
  code   GRCGOV 20190709-
  code   GRCGOV
  kind   person
  note   foreign minister 09 Jul 2019 to 26 Jun 2023; defence minister 27 Jun 2023 to today

actor GIORGOS_GERAPETRITIS
  name   Giorgos Gerapetritis; George Gerapetritis; Gerapetritis
  code   GRCELI -20230626
  code   GRCGOV 20230627-
  code   GRCGOV
  kind   person
  note   foreign minister 27 Jun 2023 to today

actor PANOS_KAMMENOS
  name   Panos Kammenos; Kammenos
  code   GRCELI -20150126
  code   GRCGOV 20150127-20190113
  code   GRCELI 20190114-
  code   GRCELI
  kind   person
  note   defence minister 27 Jan 2015 to 13 Jan 2019

actor NIKOS_PANAGIOTOPOULOS
  name   Nikos Panagiotopoulos
  code   GRCELI -20190708
  code   GRCGOV 20190709-20230526
  code   GRCELI 20230527-
  code   GRCELI
  kind   person
  note   defence minister 09 Jul 2019 to 26 May 2023

actor EVANGELOS_APOSTOLAKIS
  name   Evangelos Apostolakis
  code   GRCELI -20190115
  code   GRCGOV 20190116-20190709
  code   GRCELI 20190710-
  code   GRCELI
  kind   person
  note   defence minister 16 Jan 2019 to 09 Jul 2019

actor ARPAD_GONCZ
  name   Árpád Göncz; Arpad Goncz
  code   HUNELI -19900801
  code   HUNGOV 19900802-20000804
  code   HUNELI 20000805-
  code   HUNELI
  kind   person
  note   president 02 Aug 1990 to 04 Aug 2000. Died 6 October 2015.

actor FERENC_MADL
  name   Ferenc Mádl; Ferenc Madl
  code   HUNELI -20000803
  code   HUNGOV 20000804-20050805
  code   HUNELI 20050806-
  code   HUNELI
  kind   person
  note   president 04 Aug 2000 to 05 Aug 2005

actor LASZLO_SOLYOM
  name   László Sólyom; Laszlo Solyom
  code   HUNELI -20050804
  code   HUNGOV 20050805-20100805
  code   HUNELI 20100806-
  code   HUNELI
  kind   person
  note   president 05 Aug 2005 to 05 Aug 2010

actor PAL_SCHMITT
  name   Pál Schmitt; Pal Schmitt
  code   HUNELI -20100805
  code   HUNGOV 20100806-20120402
  code   HUNELI 20120403-
  code   HUNELI
  kind   person
  note   president 06 Aug 2010 to 02 Apr 2012

actor PETER_MEDGYESSY
  name   Péter Medgyessy; Peter Medgyessy
  code   HUNELI -20020526
  code   HUNGOV 20020527-20040929
  code   HUNELI 20040930-
  code   HUNELI
  kind   person
  note   prime minister 27 May 2002 to 29 Sep 2004

actor GORDON_BAJNAI
  name   Gordon Bajnai
  code   HUNELI -20090413
  code   HUNGOV 20090414-20100529
  code   HUNELI 20100530-
  code   HUNELI
  kind   person
  note   prime minister 14 Apr 2009 to 29 May 2010

actor JANOS_MARTONYI
  name   János Martonyi; Janos Martonyi
  code   HUNELI -19980707
  code   HUNGOV 19980708-20020527
  code   HUNELI 20020528-20100528
  code   HUNGOV 20100529-20140606
  code   HUNELI 20140607-
  code   HUNELI
  kind   person
  note   foreign minister 08 Jul 1998 to 27 May 2002; foreign minister 29 May 2010 to 06 Jun 2014

actor LASZLO_KOVACS
  name   László Kovács; Laszlo Kovacs
  code   HUNELI -20020526
  code   HUNGOV 20020527-20041029?
  code   HUNELI 20041030?-
  code   HUNELI
  kind   person
  note   foreign minister 27 May 2002 to 29 Oct 2004 (date uncertain). Dates marked uncertain are known to the month or year only.

actor FERENC_SOMOGYI
  name   Ferenc Somogyi
  code   HUNELI -20041028?
  code   HUNGOV 20041029?-20060609?
  code   HUNELI 20060610?-
  code   HUNELI
  kind   person
  note   foreign minister 29 Oct 2004 (date uncertain) to 09 Jun 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KINGA_GONCZ
  name   Kinga Göncz; Kinga Goncz
  code   HUNELI -20060608?
  code   HUNGOV 20060609?-20090416?
  code   HUNELI 20090417?-
  code   HUNELI
  kind   person
  note   foreign minister 09 Jun 2006 (date uncertain) to 16 Apr 2009 (date uncertain). Dates marked uncertain are known to the month or year only.

actor PETER_BALAZS
  name   Péter Balázs; Peter Balazs
  code   HUNELI -20090415?
  code   HUNGOV 20090416?-20100529
  code   HUNELI 20100530-
  code   HUNELI
  kind   person
  note   foreign minister 16 Apr 2009 (date uncertain) to 29 May 2010. Dates marked uncertain are known to the month or year only.

actor TIBOR_NAVRACSICS
  name   Tibor Navracsics
  code   HUNELI -20140605
  code   HUNGOV 20140606-20140923
  code   HUNELI 20140924-
  code   HUNELI
  kind   person
  note   foreign minister 06 Jun 2014 to 23 Sep 2014

actor CSABA_HENDE
  name   Csaba Hende
  code   HUNELI -20100528
  code   HUNGOV 20100529-20150510?
  code   HUNELI 20150511?-
  code   HUNELI
  kind   person
  note   defence minister 29 May 2010 to 10 May 2015 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ISTVAN_SIMICSKO
  name   István Simicskó; Istvan Simicsko
  code   HUNELI -20150509?
  code   HUNGOV 20150510?-20180518
  code   HUNELI 20180519-
  code   HUNELI
  kind   person
  note   defence minister 10 May 2015 (date uncertain) to 18 May 2018. Dates marked uncertain are known to the month or year only.

actor TIBOR_BENKO
  name   Tibor Benkő; Tibor Benko
  code   HUNELI -20180517
  code   HUNGOV 20180518-20220524
  code   HUNELI 20220525-
  code   HUNELI
  kind   person
  note   defence minister 18 May 2018 to 24 May 2022

actor KRISTOF_SZALAY_BOBROVNICZKY
  name   Kristóf Szalay-Bobrovniczky; Kristof Szalay-Bobrovniczky
  code   HUNELI -20220523
  code   HUNGOV 20220524-
  code   HUNGOV
  kind   person
  note   defence minister 24 May 2022 to today

actor OLAFUR_RAGNAR_GRIMSSON
  name   Ólafur Ragnar Grímsson; Olafur Ragnar Grimsson
  code   ISLELI -19960731
  code   ISLGOV 19960801-20160731
  code   ISLELI 20160801-
  code   ISLELI
  kind   person
  note   president 01 Aug 1996 to 31 Jul 2016

actor GUDNI_JOHANNESSON
  name   Guðni Th. Jóhannesson; Gudni Johannesson; Gudni Th. Johannesson
  code   ISLELI -20160731
  code   ISLGOV 20160801-20240731
  code   ISLELI 20240801-
  code   ISLELI
  kind   person
  note   president 01 Aug 2016 to 31 Jul 2024

actor HALLA_TOMASDOTTIR
  name   Halla Tómasdóttir; Halla Tomasdottir
  code   ISLELI -20240731
  code   ISLGOV 20240801-
  code   ISLGOV
  kind   person
  note   president 01 Aug 2024 to today

actor DAVID_ODDSSON
  name   Davíð Oddsson; David Oddsson
  code   ISLELI -19910429
  code   ISLGOV 19910430-20050927?
  code   ISLELI 20050928?-
  code   ISLELI
  kind   person
  note   prime minister 30 Apr 1991 to 15 Sep 2004; foreign minister 15 Sep 2004 to 27 Sep 2005 (date uncertain). Dates marked uncertain are known to the month or year only.

actor HALLDOR_ASGRIMSSON
  name   Halldór Ásgrímsson; Halldor Asgrimsson
  code   ISLELI -19950422?
  code   ISLGOV 19950423?-20060615
  code   ISLELI 20060616-
  code   ISLELI
  kind   person
  note   foreign minister 23 Apr 1995 (date uncertain) to 15 Sep 2004; prime minister 15 Sep 2004 to 15 Jun 2006. Dates marked uncertain are known to the month or year only.

actor GEIR_HAARDE
  name   Geir Haarde; Geir H. Haarde
  code   ISLELI -20050926?
  code   ISLGOV 20050927?-20090201
  code   ISLELI 20090202-
  code   ISLELI
  kind   person
  note   foreign minister 27 Sep 2005 (date uncertain) to 15 Jun 2006; prime minister 15 Jun 2006 to 01 Feb 2009. Dates marked uncertain are known to the month or year only.

actor JOHANNA_SIGURDARDOTTIR
  name   Jóhanna Sigurðardóttir; Johanna Sigurdardottir
  code   ISLELI -20090131
  code   ISLGOV 20090201-20130523
  code   ISLELI 20130524-
  code   ISLELI
  kind   person
  note   prime minister 01 Feb 2009 to 23 May 2013

actor SIGMUNDUR_DAVID_GUNNLAUGSSON
  name   Sigmundur Davíð Gunnlaugsson; Sigmundur David Gunnlaugsson
  code   ISLELI -20130522
  code   ISLGOV 20130523-20160407
  code   ISLELI 20160408-
  code   ISLELI
  kind   person
  note   prime minister 23 May 2013 to 07 Apr 2016

actor SIGURDUR_INGI_JOHANNSSON
  name   Sigurður Ingi Jóhannsson; Sigurdur Ingi Johannsson
  code   ISLELI -20160406
  code   ISLGOV 20160407-20170111
  code   ISLELI 20170112-
  code   ISLELI
  kind   person
  note   prime minister 07 Apr 2016 to 11 Jan 2017

actor BJARNI_BENEDIKTSSON
  name   Bjarni Benediktsson
  code   ISLELI -20170110
  code   ISLGOV 20170111-20171130
  code   ISLELI 20171201-20231013
  code   ISLGOV 20231014-20241221
  code   ISLELI 20241222-
  code   ISLELI
  kind   person
  note   prime minister 11 Jan 2017 to 30 Nov 2017; foreign minister 14 Oct 2023 to 09 Apr 2024; prime minister 09 Apr 2024 to 21 Dec 2024

actor KATRIN_JAKOBSDOTTIR
  name   Katrín Jakobsdóttir; Katrin Jakobsdottir
  code   ISLELI -20171129
  code   ISLGOV 20171130-20240409
  code   ISLELI 20240410-
  code   ISLELI
  kind   person
  note   prime minister 30 Nov 2017 to 09 Apr 2024

actor THORGERDUR_KATRIN_GUNNARSDOTTIR
  name   Þorgerður Katrín Gunnarsdóttir; Thorgerdur Katrin Gunnarsdottir
  code   ISLELI -20241220
  code   ISLGOV 20241221-
  code   ISLGOV
  kind   person
  note   foreign minister 21 Dec 2024 to today

# ---- added by lead-asia (eur3)

actor MARY_MCALEESE
  name   Mary McAleese; McAleese
  code   IRLELI -19971110
  code   IRLGOV 19971111-20111110
  code   IRLELI 20111111-
  code   IRLELI
  kind   person
  note   president 11 Nov 1997 to 10 Nov 2011

actor MICHAEL_D_HIGGINS
  name   Michael D. Higgins; Michael D Higgins; Michael Higgins
  code   IRLELI -20111110
  code   IRLGOV 20111111-20251110
  code   IRLELI 20251111-
  code   IRLELI
  kind   person
  note   president 11 Nov 2011 to 10 Nov 2025

actor CATHERINE_CONNOLLY
  name   Catherine Connolly
  code   IRLELI -20251110
  code   IRLGOV 20251111-
  code   IRLGOV
  kind   person
  note   president 11 Nov 2025 to today

actor BRIAN_COWEN
  name   Brian Cowen; Cowen
  code   IRLELI -20000126
  code   IRLGOV 20000127-20040929
  code   IRLELI 20040930-20080506
  code   IRLGOV 20080507-20110309
  code   IRLELI 20110310-
  code   IRLELI
  kind   person
  note   foreign minister 27 Jan 2000 to 29 Sep 2004; taoiseach 07 May 2008 to 09 Mar 2011

actor DERMOT_AHERN
  name   Dermot Ahern
  code   IRLELI -20040928
  code   IRLGOV 20040929-20080507
  code   IRLELI 20080508-
  code   IRLELI
  kind   person
  note   foreign minister 29 Sep 2004 to 07 May 2008

actor EAMON_GILMORE
  name   Eamon Gilmore
  code   IRLELI -20110308
  code   IRLGOV 20110309-20140711
  code   IRLELI 20140712-
  code   IRLELI
  kind   person
  note   foreign minister 09 Mar 2011 to 11 Jul 2014

actor CHARLES_FLANAGAN
  name   Charles Flanagan
  code   IRLELI -20140710
  code   IRLGOV 20140711-20170614
  code   IRLELI 20170615-
  code   IRLELI
  kind   person
  note   foreign minister 11 Jul 2014 to 14 Jun 2017

actor SIMON_COVENEY
  name   Simon Coveney; Coveney
  code   IRLELI -20140505?
  code   IRLGOV 20140506?-20160506
  code   IRLELI 20160507-20170613
  code   IRLGOV 20170614-20221217
  code   IRLELI 20221218-
  code   IRLELI
  kind   person
  note   defence minister 06 May 2014 (date uncertain) to 06 May 2016; foreign minister 14 Jun 2017 to 17 Dec 2022; defence minister 27 Jun 2020 to 17 Dec 2022. Dates marked uncertain are known to the month or year only.

actor HELEN_MCENTEE
  name   Helen McEntee
  code   IRLELI -20251117?
  code   IRLGOV 20251118?-
  code   IRLGOV
  kind   person
  note   foreign minister 18 Nov 2025 (date uncertain) to today; defence minister 18 Nov 2025 (date uncertain) to today. Minister for foreign affairs and defence from November 2025 (date uncertain).

actor CARLO_AZEGLIO_CIAMPI
  name   Carlo Azeglio Ciampi; Ciampi
  code   ITAELI -19990517
  code   ITAGOV 19990518-20060515
  code   ITAELI 20060516-
  code   ITAELI
  kind   person
  note   president 18 May 1999 to 15 May 2006. Died 16 September 2016.

actor LAMBERTO_DINI
  name   Lamberto Dini
  code   ITAELI -19960517
  code   ITAGOV 19960518-20010611
  code   ITAELI 20010612-
  code   ITAELI
  kind   person
  note   foreign minister 18 May 1996 to 11 Jun 2001

actor RENATO_RUGGIERO
  name   Renato Ruggiero
  code   ITAELI -20010610
  code   ITAGOV 20010611-20020106
  code   ITAELI 20020107-
  code   ITAELI
  kind   person
  note   foreign minister 11 Jun 2001 to 06 Jan 2002

actor GIANFRANCO_FINI
  name   Gianfranco Fini; Fini
  code   ITAELI -20041117
  code   ITAGOV 20041118-20060517
  code   ITAELI 20060518-
  code   ITAELI
  kind   person
  note   foreign minister 18 Nov 2004 to 17 May 2006

actor GIULIO_TERZI
  name   Giulio Terzi; Giulio Terzi di Sant'Agata
  code   ITAELI -20111115
  code   ITAGOV 20111116-20130326
  code   ITAELI 20130327-
  code   ITAELI
  kind   person
  note   foreign minister 16 Nov 2011 to 26 Mar 2013

actor EMMA_BONINO
  name   Emma Bonino; Bonino
  code   ITAELI -20130427
  code   ITAGOV 20130428-20140222
  code   ITAELI 20140223-
  code   ITAELI
  kind   person
  note   foreign minister 28 Apr 2013 to 22 Feb 2014

actor ANTONIO_MARTINO
  name   Antonio Martino
  code   ITAELI -20010610
  code   ITAGOV 20010611-20060517
  code   ITAELI 20060518-
  code   ITAELI
  kind   person
  note   defence minister 11 Jun 2001 to 17 May 2006

actor ARTURO_PARISI
  name   Arturo Parisi
  code   ITAELI -20060516
  code   ITAGOV 20060517-20080508
  code   ITAELI 20080509-
  code   ITAELI
  kind   person
  note   defence minister 17 May 2006 to 08 May 2008

actor GIAMPAOLO_DI_PAOLA
  name   Giampaolo Di Paola
  code   ITAELI -20111115
  code   ITAGOV 20111116-20130428
  code   ITAELI 20130429-
  code   ITAELI
  kind   person
  note   defence minister 16 Nov 2011 to 28 Apr 2013

actor MARIO_MAURO
  name   Mario Mauro
  code   ITAELI -20130427
  code   ITAGOV 20130428-20140222
  code   ITAELI 20140223-
  code   ITAELI
  kind   person
  note   defence minister 28 Apr 2013 to 22 Feb 2014

actor VAIRA_VIKE_FREIBERGA
  name   Vaira Vīķe-Freiberga; Vaira Vike-Freiberga; Vike-Freiberga
  code   LVAELI -19990707
  code   LVAGOV 19990708-20070707
  code   LVAELI 20070708-
  code   LVAELI
  kind   person
  note   president 08 Jul 1999 to 07 Jul 2007

actor VALDIS_ZATLERS
  name   Valdis Zatlers; Zatlers
  code   LVAELI -20070707
  code   LVAGOV 20070708-20110707
  code   LVAELI 20110708-
  code   LVAELI
  kind   person
  note   president 08 Jul 2007 to 07 Jul 2011

actor ANDRIS_BERZINS
  name   Andris Bērziņš; Andris Berzins
  code   LVAELI -20000504
  code   LVAGOV 20000505-20021107
  code   LVAELI 20021108-20110707
  code   LVAGOV 20110708-20150707
  code   LVAELI 20150708-
  code   LVAELI
  kind   person
  note   prime minister 05 May 2000 to 07 Nov 2002; president 08 Jul 2011 to 07 Jul 2015. Two men of the same name: the prime minister of 2000-2002 and the president of 2011-2015.

actor RAIMONDS_VEJONIS
  name   Raimonds Vējonis; Raimonds Vejonis
  code   LVAELI -20141104?
  code   LVAGOV 20141105?-20190707
  code   LVAELI 20190708-
  code   LVAELI
  kind   person
  note   defence minister 05 Nov 2014 (date uncertain) to 07 Jul 2015; president 08 Jul 2015 to 07 Jul 2019. Dates marked uncertain are known to the month or year only.

actor EGILS_LEVITS
  name   Egils Levits; Levits
  code   LVAELI -20190707
  code   LVAGOV 20190708-20230707
  code   LVAELI 20230708-
  code   LVAELI
  kind   person
  note   president 08 Jul 2019 to 07 Jul 2023

actor ANDRIS_SKELE
  name   Andris Šķēle; Andris Skele
  code   LVAELI -19990715
  code   LVAGOV 19990716-20000505
  code   LVAELI 20000506-
  code   LVAELI
  kind   person
  note   prime minister 16 Jul 1999 to 05 May 2000

actor EINARS_REPSE
  name   Einars Repše; Einars Repse
  code   LVAELI -20021106
  code   LVAGOV 20021107-20040309
  code   LVAELI 20040310-
  code   LVAELI
  kind   person
  note   prime minister 07 Nov 2002 to 09 Mar 2004

actor INDULIS_EMSIS
  name   Indulis Emsis
  code   LVAELI -20040308
  code   LVAGOV 20040309-20041202
  code   LVAELI 20041203-
  code   LVAELI
  kind   person
  note   prime minister 09 Mar 2004 to 02 Dec 2004

actor AIGARS_KALVITIS
  name   Aigars Kalvītis; Aigars Kalvitis
  code   LVAELI -20041201
  code   LVAGOV 20041202-20071220
  code   LVAELI 20071221-
  code   LVAELI
  kind   person
  note   prime minister 02 Dec 2004 to 20 Dec 2007

actor IVARS_GODMANIS
  name   Ivars Godmanis
  code   LVAELI -20071219
  code   LVAGOV 20071220-20090312
  code   LVAELI 20090313-
  code   LVAELI
  kind   person
  note   prime minister 20 Dec 2007 to 12 Mar 2009

actor VALDIS_DOMBROVSKIS
  name   Valdis Dombrovskis; Dombrovskis
  code   LVAELI -20090311
  code   LVAGOV 20090312-20140122
  code   LVAELI 20140123-20141031
  code   IGOEUREEC 20141101-
  code   IGOEUREEC
  kind   person
  note   prime minister 12 Mar 2009 to 22 Jan 2014; European commissioner 01 Nov 2014 to today. Coded as Latvia's government only while prime minister.

actor LAIMDOTA_STRAUJUMA
  name   Laimdota Straujuma
  code   LVAELI -20140121
  code   LVAGOV 20140122-20160211
  code   LVAELI 20160212-
  code   LVAELI
  kind   person
  note   prime minister 22 Jan 2014 to 11 Feb 2016

actor MARIS_KUCINSKIS
  name   Māris Kučinskis; Maris Kucinskis
  code   LVAELI -20160210
  code   LVAGOV 20160211-20190123
  code   LVAELI 20190124-
  code   LVAELI
  kind   person
  note   prime minister 11 Feb 2016 to 23 Jan 2019

actor KRISJANIS_KARINS
  name   Arturs Krišjānis Kariņš; Krisjanis Karins; Krišjānis Kariņš; Karins
  code   LVAELI -20190122
  code   LVAGOV 20190123-20240331
  code   LVAELI 20240401-
  code   LVAELI
  kind   person
  note   prime minister 23 Jan 2019 to 15 Sep 2023; foreign minister 15 Sep 2023 to 31 Mar 2024

actor EVIKA_SILINA
  name   Evika Siliņa; Evika Silina; Silina
  code   LVAELI -20230914
  code   LVAGOV 20230915-
  code   LVAGOV
  kind   person
  note   prime minister 15 Sep 2023 to today

actor BAIBA_BRAZE
  name   Baiba Braže; Baiba Braze
  code   LVAELI -20240418?
  code   LVAGOV 20240419?-
  code   LVAGOV
  kind   person
  note   foreign minister 19 Apr 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor ARTIS_PABRIKS
  name   Artis Pabriks; Pabriks
  code   LVAELI -20041201?
  code   LVAGOV 20041202?-20071008?
  code   LVAELI 20071009?-20101102?
  code   LVAGOV 20101103?-20140122?
  code   LVAELI 20140123?-20190122
  code   LVAGOV 20190123-20220824?
  code   LVAELI 20220825?-
  code   LVAELI
  kind   person
  note   foreign minister 02 Dec 2004 (date uncertain) to 08 Oct 2007 (date uncertain); defence minister 03 Nov 2010 (date uncertain) to 22 Jan 2014 (date uncertain); defence minister 23 Jan 2019 to 24 Aug 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor HANS_ADAM_II
  name   Prince Hans-Adam II; Hans-Adam II
  code   LIEELI -19891112
  code   LIEGOV 19891113-
  code   LIEGOV
  kind   person
  note   prince 13 Nov 1989 to today. Hereditary Prince Alois has exercised the duties of head of state as regent since 15 August 2004.

actor HEREDITARY_PRINCE_ALOIS
  name   Hereditary Prince Alois; Prince Alois
  code   LIEELI -20040814
  code   LIEGOV 20040815-
  code   LIEGOV
  kind   person
  note   regent 15 Aug 2004 to today

actor OTMAR_HASLER
  name   Otmar Hasler
  code   LIEELI -20010404
  code   LIEGOV 20010405-20090325
  code   LIEELI 20090326-
  code   LIEELI
  kind   person
  note   head of government 05 Apr 2001 to 25 Mar 2009

actor MARIO_FRICK
  name   Mario Frick
  code   LIEELI -19931214
  code   LIEGOV 19931215-20010405
  code   LIEELI 20010406-
  code   LIEELI
  kind   person
  note   head of government 15 Dec 1993 to 05 Apr 2001

actor KLAUS_TSCHUTSCHER
  name   Klaus Tschütscher; Klaus Tschutscher
  code   LIEELI -20090324
  code   LIEGOV 20090325-20130327
  code   LIEELI 20130328-
  code   LIEELI
  kind   person
  note   head of government 25 Mar 2009 to 27 Mar 2013

actor ADRIAN_HASLER
  name   Adrian Hasler
  code   LIEELI -20130326
  code   LIEGOV 20130327-20210325
  code   LIEELI 20210326-
  code   LIEELI
  kind   person
  note   head of government 27 Mar 2013 to 25 Mar 2021

actor DANIEL_RISCH
  name   Daniel Risch
  code   LIEELI -20210324
  code   LIEGOV 20210325-20250410?
  code   LIEELI 20250411?-
  code   LIEELI
  kind   person
  note   head of government 25 Mar 2021 to 10 Apr 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BRIGITTE_HAAS
  name   Brigitte Haas
  code   LIEELI -20250409?
  code   LIEGOV 20250410?-
  code   LIEGOV
  kind   person
  note   head of government 10 Apr 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor VALDAS_ADAMKUS
  name   Valdas Adamkus; Adamkus
  code   LTUELI -19980225
  code   LTUGOV 19980226-20030226
  code   LTUELI 20030227-20040711
  code   LTUGOV 20040712-20090712
  code   LTUELI 20090713-
  code   LTUELI
  kind   person
  note   president 26 Feb 1998 to 26 Feb 2003; president 12 Jul 2004 to 12 Jul 2009

actor ROLANDAS_PAKSAS
  name   Rolandas Paksas; Paksas
  code   LTUELI -19990531?
  code   LTUGOV 19990601?-19991027?
  code   LTUELI 19991028?-20001108
  code   LTUGOV 20001109-20010620
  code   LTUELI 20010621-20030225
  code   LTUGOV 20030226-20040406
  code   LTUELI 20040407-
  code   LTUELI
  kind   person
  note   prime minister 01 Jun 1999 (date uncertain) to 27 Oct 1999 (date uncertain); prime minister 09 Nov 2000 to 20 Jun 2001; president 26 Feb 2003 to 06 Apr 2004. Removed by impeachment 6 April 2004. Dates marked uncertain are known to the month or year only.

actor ARTURAS_PAULAUSKAS
  name   Artūras Paulauskas; Arturas Paulauskas
  code   LTUELI -20040405
  code   LTUGOV 20040406-20040712
  code   LTUELI 20040713-
  code   LTUELI
  kind   person
  note   acting president 06 Apr 2004 to 12 Jul 2004

actor ANDRIUS_KUBILIUS
  name   Andrius Kubilius; Kubilius
  code   LTUELI -19991102
  code   LTUGOV 19991103-20001109
  code   LTUELI 20001110-20081208
  code   LTUGOV 20081209-20121213
  code   LTUELI 20121214-20241130
  code   IGOEUREEC 20241201-
  code   IGOEUREEC
  kind   person
  note   prime minister 03 Nov 1999 to 09 Nov 2000; prime minister 09 Dec 2008 to 13 Dec 2012; European commissioner 01 Dec 2024 to today. Coded as Lithuania's government only while prime minister.

actor ALGIRDAS_BRAZAUSKAS
  name   Algirdas Brazauskas
  code   LTUELI -20010702
  code   LTUGOV 20010703-20060601
  code   LTUELI 20060602-
  code   LTUELI
  kind   person
  note   prime minister 03 Jul 2001 to 01 Jun 2006. Died 26 June 2010.

actor GEDIMINAS_KIRKILAS
  name   Gediminas Kirkilas
  code   LTUELI -20041213
  code   LTUGOV 20041214-20081209
  code   LTUELI 20081210-
  code   LTUELI
  kind   person
  note   defence minister 14 Dec 2004 to 04 Jul 2006; prime minister 04 Jul 2006 to 09 Dec 2008

actor ALGIRDAS_BUTKEVICIUS
  name   Algirdas Butkevičius; Algirdas Butkevicius
  code   LTUELI -20121212
  code   LTUGOV 20121213-20161213
  code   LTUELI 20161214-
  code   LTUELI
  kind   person
  note   prime minister 13 Dec 2012 to 13 Dec 2016

actor SAULIUS_SKVERNELIS
  name   Saulius Skvernelis
  code   LTUELI -20161212
  code   LTUGOV 20161213-20201211
  code   LTUELI 20201212-
  code   LTUELI
  kind   person
  note   prime minister 13 Dec 2016 to 11 Dec 2020

actor INGRIDA_SIMONYTE
  name   Ingrida Šimonytė; Ingrida Simonyte; Simonyte
  code   LTUELI -20201210
  code   LTUGOV 20201211-20241212
  code   LTUELI 20241213-
  code   LTUELI
  kind   person
  note   prime minister 11 Dec 2020 to 12 Dec 2024

actor GINTAUTAS_PALUCKAS
  name   Gintautas Paluckas
  code   LTUELI -20241211
  code   LTUGOV 20241212-20250731?
  code   LTUELI 20250801?-
  code   LTUELI
  kind   person
  note   prime minister 12 Dec 2024 to 31 Jul 2025 (date uncertain). Resigned in summer 2025 (date uncertain).

actor INGA_RUGINIENE
  name   Inga Ruginienė; Inga Ruginiene
  code   LTUELI -20250924?
  code   LTUGOV 20250925?-
  code   LTUGOV
  kind   person
  note   prime minister 25 Sep 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor LINAS_LINKEVICIUS
  name   Linas Linkevičius; Linas Linkevicius; Linkevicius
  code   LTUELI -19991231?
  code   LTUGOV 20000101?-20041214?
  code   LTUELI 20041215?-20121212
  code   LTUGOV 20121213-20201211
  code   LTUELI 20201212-
  code   LTUELI
  kind   person
  note   defence minister 01 Jan 2000 (date uncertain) to 14 Dec 2004 (date uncertain); foreign minister 13 Dec 2012 to 11 Dec 2020. Dates marked uncertain are known to the month or year only.

actor GABRIELIUS_LANDSBERGIS
  name   Gabrielius Landsbergis
  code   LTUELI -20201210
  code   LTUGOV 20201211-20241212
  code   LTUELI 20241213-
  code   LTUELI
  kind   person
  note   foreign minister 11 Dec 2020 to 12 Dec 2024

actor KESTUTIS_BUDRYS
  name   Kęstutis Budrys; Kestutis Budrys
  code   LTUELI -20241211
  code   LTUGOV 20241212-
  code   LTUGOV
  kind   person
  note   foreign minister 12 Dec 2024 to today

actor ARVYDAS_ANUSAUSKAS
  name   Arvydas Anušauskas; Arvydas Anusauskas
  code   LTUELI -20201210
  code   LTUGOV 20201211-20240322?
  code   LTUELI 20240323?-
  code   LTUELI
  kind   person
  note   defence minister 11 Dec 2020 to 22 Mar 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor LAURYNAS_KASCIUNAS
  name   Laurynas Kasčiūnas; Laurynas Kasciunas
  code   LTUELI -20240321?
  code   LTUGOV 20240322?-20241212
  code   LTUELI 20241213-
  code   LTUELI
  kind   person
  note   defence minister 22 Mar 2024 (date uncertain) to 12 Dec 2024. Dates marked uncertain are known to the month or year only.

actor DOVILE_SAKALIENE
  name   Dovilė Šakalienė; Dovile Sakaliene
  code   LTUELI -20241211
  code   LTUGOV 20241212-20251015?
  code   LTUELI 20251016?-
  code   LTUELI
  kind   person
  note   defence minister 12 Dec 2024 to 15 Oct 2025 (date uncertain). Dismissed in autumn 2025 (date uncertain).

actor RAIMUNDAS_KAROBLIS
  name   Raimundas Karoblis
  code   LTUELI -20161212
  code   LTUGOV 20161213-20201211
  code   LTUELI 20201212-
  code   LTUELI
  kind   person
  note   defence minister 13 Dec 2016 to 11 Dec 2020

actor JUOZAS_OLEKAS
  name   Juozas Olekas
  code   LTUELI -20060717
  code   LTUGOV 20060718-20081209
  code   LTUELI 20081210-20121212
  code   LTUGOV 20121213-20161213
  code   LTUELI 20161214-
  code   LTUELI
  kind   person
  note   defence minister 18 Jul 2006 to 09 Dec 2008; defence minister 13 Dec 2012 to 13 Dec 2016

actor GRAND_DUKE_JEAN
  name   Grand Duke Jean
  code   LUXELI -19641111
  code   LUXGOV 19641112-20001007
  code   LUXELI 20001008-
  code   LUXELI
  kind   person
  note   grand duke 12 Nov 1964 to 07 Oct 2000. Abdicated 7 October 2000; died 23 April 2019.

actor GRAND_DUKE_HENRI
  name   Grand Duke Henri
  code   LUXELI -20001006
  code   LUXGOV 20001007-20251003
  code   LUXELI 20251004-
  code   LUXELI
  kind   person
  note   grand duke 07 Oct 2000 to 03 Oct 2025. Abdicated 3 October 2025.

actor GRAND_DUKE_GUILLAUME
  name   Grand Duke Guillaume; Hereditary Grand Duke Guillaume
  code   LUXELI -20251002
  code   LUXGOV 20251003-
  code   LUXGOV
  kind   person
  note   grand duke 03 Oct 2025 to today

actor LYDIE_POLFER
  name   Lydie Polfer
  code   LUXELI -19990806
  code   LUXGOV 19990807-20040731
  code   LUXELI 20040801-
  code   LUXELI
  kind   person
  note   foreign minister 07 Aug 1999 to 31 Jul 2004

actor JEAN_ASSELBORN
  name   Jean Asselborn; Asselborn
  code   LUXELI -20040730
  code   LUXGOV 20040731-20231117
  code   LUXELI 20231118-
  code   LUXELI
  kind   person
  note   foreign minister 31 Jul 2004 to 17 Nov 2023

actor FRANCOIS_BAUSCH
  name   François Bausch; Francois Bausch
  code   LUXELI -20181204
  code   LUXGOV 20181205-20231117
  code   LUXELI 20231118-
  code   LUXELI
  kind   person
  note   defence minister 05 Dec 2018 to 17 Nov 2023

actor YURIKO_BACKES
  name   Yuriko Backes
  code   LUXELI -20231116
  code   LUXGOV 20231117-
  code   LUXGOV
  kind   person
  note   defence minister 17 Nov 2023 to today

actor GUIDO_DE_MARCO
  name   Guido de Marco
  code   MLTELI -19990403
  code   MLTGOV 19990404-20040404
  code   MLTELI 20040405-
  code   MLTELI
  kind   person
  note   president 04 Apr 1999 to 04 Apr 2004. Died 12 August 2010.

actor EDDIE_FENECH_ADAMI
  name   Eddie Fenech Adami; Fenech Adami
  code   MLTELI -19980905
  code   MLTGOV 19980906-20040323
  code   MLTELI 20040324-20040403
  code   MLTGOV 20040404-20090404
  code   MLTELI 20090405-
  code   MLTELI
  kind   person
  note   prime minister 06 Sep 1998 to 23 Mar 2004; president 04 Apr 2004 to 04 Apr 2009

actor GEORGE_ABELA
  name   George Abela
  code   MLTELI -20090403
  code   MLTGOV 20090404-20140404
  code   MLTELI 20140405-
  code   MLTELI
  kind   person
  note   president 04 Apr 2009 to 04 Apr 2014

actor MARIE_LOUISE_COLEIRO_PRECA
  name   Marie-Louise Coleiro Preca
  code   MLTELI -20140403
  code   MLTGOV 20140404-20190404
  code   MLTELI 20190405-
  code   MLTELI
  kind   person
  note   president 04 Apr 2014 to 04 Apr 2019

actor GEORGE_VELLA
  name   George Vella
  code   MLTELI -20130312
  code   MLTGOV 20130313-20170609
  code   MLTELI 20170610-20190403
  code   MLTGOV 20190404-20240404
  code   MLTELI 20240405-
  code   MLTELI
  kind   person
  note   foreign minister 13 Mar 2013 to 09 Jun 2017; president 04 Apr 2019 to 04 Apr 2024

actor MYRIAM_SPITERI_DEBONO
  name   Myriam Spiteri Debono
  code   MLTELI -20240403
  code   MLTGOV 20240404-
  code   MLTGOV
  kind   person
  note   president 04 Apr 2024 to today

actor LAWRENCE_GONZI
  name   Lawrence Gonzi; Gonzi
  code   MLTELI -20040322
  code   MLTGOV 20040323-20130311
  code   MLTELI 20130312-
  code   MLTELI
  kind   person
  note   prime minister 23 Mar 2004 to 11 Mar 2013

actor JOSEPH_MUSCAT
  name   Joseph Muscat
  code   MLTELI -20130310
  code   MLTGOV 20130311-20200113
  code   MLTELI 20200114-
  code   MLTELI
  kind   person
  note   prime minister 11 Mar 2013 to 13 Jan 2020

actor ROBERT_ABELA
  name   Robert Abela
  code   MLTELI -20200112
  code   MLTGOV 20200113-
  code   MLTGOV
  kind   person
  note   prime minister 13 Jan 2020 to today

actor IAN_BORG
  name   Ian Borg
  code   MLTELI -20220329
  code   MLTGOV 20220330-
  code   MLTGOV
  kind   person
  note   foreign minister 30 Mar 2022 to today

actor BYRON_CAMILLERI
  name   Byron Camilleri
  code   MLTELI -20200114
  code   MLTGOV 20200115-
  code   MLTGOV
  kind   person
  note   minister for home affairs and security 15 Jan 2020 to today. The Armed Forces of Malta answer to this minister (Malta has no defence ministry); in office at our last information.

actor EVARIST_BARTOLO
  name   Evarist Bartolo
  code   MLTELI -20200114
  code   MLTGOV 20200115-20220330
  code   MLTELI 20220331-
  code   MLTELI
  kind   person
  note   foreign minister 15 Jan 2020 to 30 Mar 2022

actor CARMELO_ABELA
  name   Carmelo Abela
  code   MLTELI -20170608
  code   MLTGOV 20170609-20200115
  code   MLTELI 20200116-
  code   MLTELI
  kind   person
  note   foreign minister 09 Jun 2017 to 15 Jan 2020

actor PRINCE_RAINIER_III
  name   Prince Rainier; Prince Rainier III; Rainier III
  code   MCOELI -19490508
  code   MCOGOV 19490509-20050406
  code   MCOELI 20050407-
  code   MCOELI
  kind   person
  note   prince 09 May 1949 to 06 Apr 2005. Died 6 April 2005.

actor PATRICK_LECLERCQ
  name   Patrick Leclercq
  code   MCOELI -19991231?
  code   MCOGOV 20000101?-20050501?
  code   MCOELI 20050502?-
  code   MCOELI
  kind   person
  note   minister of state 01 Jan 2000 (date uncertain) to 01 May 2005 (date uncertain). Dates marked uncertain are known to the month or year only.

actor JEAN_PAUL_PROUST
  name   Jean-Paul Proust
  code   MCOELI -20050430?
  code   MCOGOV 20050501?-20100329
  code   MCOELI 20100330-
  code   MCOELI
  kind   person
  note   minister of state 01 May 2005 (date uncertain) to 29 Mar 2010. Dates marked uncertain are known to the month or year only.

actor MICHEL_ROGER
  name   Michel Roger
  code   MCOELI -20100328
  code   MCOGOV 20100329-20151216?
  code   MCOELI 20151217?-
  code   MCOELI
  kind   person
  note   minister of state 29 Mar 2010 to 16 Dec 2015 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SERGE_TELLE
  name   Serge Telle
  code   MCOELI -20160131
  code   MCOGOV 20160201-20200901
  code   MCOELI 20200902-
  code   MCOELI
  kind   person
  note   minister of state 01 Feb 2016 to 01 Sep 2020

actor PIERRE_DARTOUT
  name   Pierre Dartout
  code   MCOELI -20200831
  code   MCOGOV 20200901-20240721?
  code   MCOELI 20240722?-
  code   MCOELI
  kind   person
  note   minister of state 01 Sep 2020 to 21 Jul 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (eur4)

actor PETRU_LUCINSCHI
  name   Petru Lucinschi
  code   MDAELI -19970114
  code   MDAGOV 19970115-20010407
  code   MDAELI 20010408-
  code   MDAELI
  kind   person
  note   president 15 Jan 1997 to 07 Apr 2001

actor MIHAI_GHIMPU
  name   Mihai Ghimpu
  code   MDAELI -20090910
  code   MDAGOV 20090911-20101228
  code   MDAELI 20101229-
  code   MDAELI
  kind   person
  note   acting president 11 Sep 2009 to 28 Dec 2010

actor MARIAN_LUPU
  name   Marian Lupu
  code   MDAELI -20101229
  code   MDAGOV 20101230-20120323
  code   MDAELI 20120324-
  code   MDAELI
  kind   person
  note   acting president 30 Dec 2010 to 23 Mar 2012

actor NICOLAE_TIMOFTI
  name   Nicolae Timofti
  code   MDAELI -20120322
  code   MDAGOV 20120323-20161223
  code   MDAELI 20161224-
  code   MDAELI
  kind   person
  note   president 23 Mar 2012 to 23 Dec 2016

actor DUMITRU_BRAGHIS
  name   Dumitru Braghiș; Dumitru Braghis
  code   MDAELI -19991220
  code   MDAGOV 19991221-20010419
  code   MDAELI 20010420-
  code   MDAELI
  kind   person
  note   prime minister 21 Dec 1999 to 19 Apr 2001

actor VASILE_TARLEV
  name   Vasile Tarlev
  code   MDAELI -20010418
  code   MDAGOV 20010419-20080331
  code   MDAELI 20080401-
  code   MDAELI
  kind   person
  note   prime minister 19 Apr 2001 to 31 Mar 2008

actor ZINAIDA_GRECEANII
  name   Zinaida Greceanîi; Zinaida Greceanii
  code   MDAELI -20080330
  code   MDAGOV 20080331-20090914
  code   MDAELI 20090915-
  code   MDAELI
  kind   person
  note   prime minister 31 Mar 2008 to 14 Sep 2009

actor VLAD_FILAT
  name   Vlad Filat
  code   MDAELI -20090924
  code   MDAGOV 20090925-20130531?
  code   MDAELI 20130601?-
  code   MDAELI
  kind   person
  note   prime minister 25 Sep 2009 to 31 May 2013 (date uncertain); acting president 28 Dec 2010 to 30 Dec 2010. Dates marked uncertain are known to the month or year only.

actor IURIE_LEANCA
  name   Iurie Leancă; Iurie Leanca
  code   MDAELI -20090924
  code   MDAGOV 20090925-20150218
  code   MDAELI 20150219-
  code   MDAELI
  kind   person
  note   foreign minister 25 Sep 2009 to 31 May 2013 (date uncertain); prime minister 31 May 2013 (date uncertain) to 18 Feb 2015. Dates marked uncertain are known to the month or year only.

actor CHIRIL_GABURICI
  name   Chiril Gaburici
  code   MDAELI -20150217
  code   MDAGOV 20150218-20150622
  code   MDAELI 20150623-
  code   MDAELI
  kind   person
  note   prime minister 18 Feb 2015 to 22 Jun 2015

actor VALERIU_STRELET
  name   Valeriu Streleț; Valeriu Strelet
  code   MDAELI -20150729
  code   MDAGOV 20150730-20151029
  code   MDAELI 20151030-
  code   MDAELI
  kind   person
  note   prime minister 30 Jul 2015 to 29 Oct 2015

actor PAVEL_FILIP
  name   Pavel Filip
  code   MDAELI -20160119
  code   MDAGOV 20160120-20190614?
  code   MDAELI 20190615?-
  code   MDAELI
  kind   person
  note   prime minister 20 Jan 2016 to 14 Jun 2019 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ION_CHICU
  name   Ion Chicu
  code   MDAELI -20191113
  code   MDAGOV 20191114-20201231
  code   MDAELI 20210101-
  code   MDAELI
  kind   person
  note   prime minister 14 Nov 2019 to 31 Dec 2020

actor NATALIA_GAVRILITA
  name   Natalia Gavrilița; Natalia Gavrilita
  code   MDAELI -20210805
  code   MDAGOV 20210806-20230216
  code   MDAELI 20230217-
  code   MDAELI
  kind   person
  note   prime minister 06 Aug 2021 to 16 Feb 2023

actor DORIN_RECEAN
  name   Dorin Recean; Recean
  code   MDAELI -20230215
  code   MDAGOV 20230216-20251101?
  code   MDAELI 20251102?-
  code   MDAELI
  kind   person
  note   prime minister 16 Feb 2023 to 01 Nov 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ALEXANDRU_MUNTEANU
  name   Alexandru Munteanu
  code   MDAELI -20251031?
  code   MDAGOV 20251101?-
  code   MDAGOV
  kind   person
  note   prime minister 01 Nov 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor NICU_POPESCU
  name   Nicu Popescu
  code   MDAELI -20190607
  code   MDAGOV 20190608-20191114
  code   MDAELI 20191115-20210805
  code   MDAGOV 20210806-20240129
  code   MDAELI 20240130-
  code   MDAELI
  kind   person
  note   foreign minister 08 Jun 2019 to 14 Nov 2019; foreign minister 06 Aug 2021 to 29 Jan 2024

actor MIHAI_POPSOI
  name   Mihai Popșoi; Mihai Popsoi
  code   MDAELI -20240128
  code   MDAGOV 20240129-20251101?
  code   MDAELI 20251102?-
  code   MDAELI
  kind   person
  note   foreign minister 29 Jan 2024 to 01 Nov 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor FILIP_VUJANOVIC
  name   Filip Vujanović; Filip Vujanovic; Vujanovic
  code   MNEELI -19980204
  code   MNEGOV 19980205-20021108
  code   MNEELI 20021109-20021124
  code   MNEGOV 20021125-20180520
  code   MNEELI 20180521-
  code   MNEELI
  kind   person
  note   prime minister 05 Feb 1998 to 08 Nov 2002; acting president 25 Nov 2002 to 22 May 2003; president 22 May 2003 to 20 May 2018

actor JAKOV_MILATOVIC
  name   Jakov Milatović; Jakov Milatovic; Milatovic
  code   MNEELI -20230519
  code   MNEGOV 20230520-
  code   MNEGOV
  kind   person
  note   president 20 May 2023 to today

actor ZELJKO_STURANOVIC
  name   Željko Šturanović; Zeljko Sturanovic
  code   MNEELI -20061109
  code   MNEGOV 20061110-20080229
  code   MNEELI 20080301-
  code   MNEELI
  kind   person
  note   prime minister 10 Nov 2006 to 29 Feb 2008. Died 30 June 2014.

actor IGOR_LUKSIC
  name   Igor Lukšić; Igor Luksic
  code   MNEELI -20101228
  code   MNEGOV 20101229-20161128
  code   MNEELI 20161129-
  code   MNEELI
  kind   person
  note   prime minister 29 Dec 2010 to 04 Dec 2012; foreign minister 04 Dec 2012 to 28 Nov 2016

actor DUSKO_MARKOVIC
  name   Duško Marković; Dusko Markovic
  code   MNEELI -20161127
  code   MNEGOV 20161128-20201204
  code   MNEELI 20201205-
  code   MNEELI
  kind   person
  note   prime minister 28 Nov 2016 to 04 Dec 2020

actor ZDRAVKO_KRIVOKAPIC
  name   Zdravko Krivokapić; Zdravko Krivokapic
  code   MNEELI -20201203
  code   MNEGOV 20201204-20220428
  code   MNEELI 20220429-
  code   MNEELI
  kind   person
  note   prime minister 04 Dec 2020 to 28 Apr 2022

actor DRITAN_ABAZOVIC
  name   Dritan Abazović; Dritan Abazovic
  code   MNEELI -20220427
  code   MNEGOV 20220428-20231031
  code   MNEELI 20231101-
  code   MNEELI
  kind   person
  note   prime minister 28 Apr 2022 to 31 Oct 2023

actor MILOJKO_SPAJIC
  name   Milojko Spajić; Milojko Spajic; Spajic
  code   MNEELI -20231030
  code   MNEGOV 20231031-
  code   MNEGOV
  kind   person
  note   prime minister 31 Oct 2023 to today

actor QUEEN_BEATRIX
  name   Queen Beatrix; Princess Beatrix
  code   NLDELI -19800429
  code   NLDGOV 19800430-20130430
  code   NLDELI 20130501-
  code   NLDELI
  kind   person
  note   queen 30 Apr 1980 to 30 Apr 2013. Abdicated 30 April 2013.

actor KING_WILLEM_ALEXANDER
  name   King Willem-Alexander; Willem-Alexander
  code   NLDELI -20130429
  code   NLDGOV 20130430-
  code   NLDGOV
  kind   person
  note   king 30 Apr 2013 to today

actor JOZIAS_VAN_AARTSEN
  name   Jozias van Aartsen
  code   NLDELI -19980802
  code   NLDGOV 19980803-20020722
  code   NLDELI 20020723-
  code   NLDELI
  kind   person
  note   foreign minister 03 Aug 1998 to 22 Jul 2002

actor BEN_BOT
  name   Ben Bot
  code   NLDELI -20031202
  code   NLDGOV 20031203-20070222
  code   NLDELI 20070223-
  code   NLDELI
  kind   person
  note   foreign minister 03 Dec 2003 to 22 Feb 2007

actor MAXIME_VERHAGEN
  name   Maxime Verhagen
  code   NLDELI -20070221
  code   NLDGOV 20070222-20101014
  code   NLDELI 20101015-
  code   NLDELI
  kind   person
  note   foreign minister 22 Feb 2007 to 14 Oct 2010

actor URI_ROSENTHAL
  name   Uri Rosenthal
  code   NLDELI -20101013
  code   NLDGOV 20101014-20121105
  code   NLDELI 20121106-
  code   NLDELI
  kind   person
  note   foreign minister 14 Oct 2010 to 05 Nov 2012

actor FRANS_TIMMERMANS
  name   Frans Timmermans; Timmermans
  code   NLDELI -20121104
  code   NLDGOV 20121105-20141017
  code   NLDELI 20141018-20141031
  code   IGOEUREEC 20141101-20230822
  code   NLDELI 20230823-
  code   NLDELI
  kind   person
  note   foreign minister 05 Nov 2012 to 17 Oct 2014; European commission first vice-president 01 Nov 2014 to 22 Aug 2023

actor BERT_KOENDERS
  name   Bert Koenders; Koenders
  code   NLDELI -20141016
  code   NLDGOV 20141017-20171026
  code   NLDELI 20171027-
  code   NLDELI
  kind   person
  note   foreign minister 17 Oct 2014 to 26 Oct 2017

actor HALBE_ZIJLSTRA
  name   Halbe Zijlstra
  code   NLDELI -20171025
  code   NLDGOV 20171026-20180213
  code   NLDELI 20180214-
  code   NLDELI
  kind   person
  note   foreign minister 26 Oct 2017 to 13 Feb 2018

actor STEF_BLOK
  name   Stef Blok
  code   NLDELI -20180306
  code   NLDGOV 20180307-20210917
  code   NLDELI 20210918-
  code   NLDELI
  kind   person
  note   foreign minister 07 Mar 2018 to 17 Sep 2021

actor SIGRID_KAAG
  name   Sigrid Kaag; Kaag
  code   NLDELI -20210524?
  code   NLDGOV 20210525?-20210917
  code   NLDELI 20210918-20220109
  code   NLDGOV 20220110-20240108?
  code   NLDELI 20240109?-
  code   NLDELI
  kind   person
  note   foreign minister 25 May 2021 (date uncertain) to 17 Sep 2021; finance minister 10 Jan 2022 to 08 Jan 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BEN_KNAPEN
  name   Ben Knapen
  code   NLDELI -20210923?
  code   NLDGOV 20210924?-20220110
  code   NLDELI 20220111-
  code   NLDELI
  kind   person
  note   foreign minister 24 Sep 2021 (date uncertain) to 10 Jan 2022. Dates marked uncertain are known to the month or year only.

actor WOPKE_HOEKSTRA
  name   Wopke Hoekstra; Hoekstra
  code   NLDELI -20220109
  code   NLDGOV 20220110-20230905?
  code   NLDELI 20230906?-20231008?
  code   IGOEUREEC 20231009?-
  code   IGOEUREEC
  kind   person
  note   foreign minister 10 Jan 2022 to 05 Sep 2023 (date uncertain); European commissioner 09 Oct 2023 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor HANKE_BRUINS_SLOT
  name   Hanke Bruins Slot
  code   NLDELI -20230904?
  code   NLDGOV 20230905?-20240702
  code   NLDELI 20240703-
  code   NLDELI
  kind   person
  note   foreign minister 05 Sep 2023 (date uncertain) to 02 Jul 2024. Dates marked uncertain are known to the month or year only.

actor CASPAR_VELDKAMP
  name   Caspar Veldkamp
  code   NLDELI -20240701
  code   NLDGOV 20240702-20250822?
  code   NLDELI 20250823?-
  code   NLDELI
  kind   person
  note   foreign minister 02 Jul 2024 to 22 Aug 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DAVID_VAN_WEEL
  name   David van Weel
  code   NLDELI -20250904?
  code   NLDGOV 20250905?-
  code   NLDGOV
  kind   person
  note   foreign minister 05 Sep 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor HENK_KAMP
  name   Henk Kamp
  code   NLDELI -20020721
  code   NLDGOV 20020722-20070222
  code   NLDELI 20070223-
  code   NLDELI
  kind   person
  note   defence minister 22 Jul 2002 to 22 Feb 2007

actor EIMERT_VAN_MIDDELKOOP
  name   Eimert van Middelkoop
  code   NLDELI -20070221
  code   NLDGOV 20070222-20101014
  code   NLDELI 20101015-
  code   NLDELI
  kind   person
  note   defence minister 22 Feb 2007 to 14 Oct 2010

actor HANS_HILLEN
  name   Hans Hillen
  code   NLDELI -20101013
  code   NLDGOV 20101014-20121105
  code   NLDELI 20121106-
  code   NLDELI
  kind   person
  note   defence minister 14 Oct 2010 to 05 Nov 2012

actor JEANINE_HENNIS_PLASSCHAERT
  name   Jeanine Hennis-Plasschaert; Hennis-Plasschaert
  code   NLDELI -20121104
  code   NLDGOV 20121105-20171003
  code   NLDELI 20171004-20181130?
  code   IGOUNO 20181201?-
  code   IGOUNO
  kind   person
  note   defence minister 05 Nov 2012 to 03 Oct 2017; UN special representative for Iraq 01 Dec 2018 (date uncertain) to 30 Apr 2024 (date uncertain); UN special coordinator for Lebanon 01 May 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor ANK_BIJLEVELD
  name   Ank Bijleveld
  code   NLDELI -20171025
  code   NLDGOV 20171026-20210917
  code   NLDELI 20210918-
  code   NLDELI
  kind   person
  note   defence minister 26 Oct 2017 to 17 Sep 2021

actor KAJSA_OLLONGREN
  name   Kajsa Ollongren; Ollongren
  code   NLDELI -20220109
  code   NLDGOV 20220110-20240702
  code   NLDELI 20240703-
  code   NLDELI
  kind   person
  note   defence minister 10 Jan 2022 to 02 Jul 2024

actor RUBEN_BREKELMANS
  name   Ruben Brekelmans; Brekelmans
  code   NLDELI -20240701
  code   NLDGOV 20240702-
  code   NLDGOV
  kind   person
  note   defence minister 02 Jul 2024 to today

actor BORIS_TRAJKOVSKI
  name   Boris Trajkovski
  code   MKDELI -19991214
  code   MKDGOV 19991215-20040226
  code   MKDELI 20040227-
  code   MKDELI
  kind   person
  note   president 15 Dec 1999 to 26 Feb 2004. Killed in a plane crash 26 February 2004.

actor BRANKO_CRVENKOVSKI
  name   Branko Crvenkovski; Crvenkovski
  code   MKDELI -20021031
  code   MKDGOV 20021101-20090512
  code   MKDELI 20090513-
  code   MKDELI
  kind   person
  note   prime minister 01 Nov 2002 to 12 May 2004; president 12 May 2004 to 12 May 2009. Also prime minister 1992-1998.

actor GJORGE_IVANOV
  name   Gjorge Ivanov; George Ivanov
  code   MKDELI -20090511
  code   MKDGOV 20090512-20190512
  code   MKDELI 20190513-
  code   MKDELI
  kind   person
  note   president 12 May 2009 to 12 May 2019

actor STEVO_PENDAROVSKI
  name   Stevo Pendarovski; Pendarovski
  code   MKDELI -20190511
  code   MKDGOV 20190512-20240512
  code   MKDELI 20240513-
  code   MKDELI
  kind   person
  note   president 12 May 2019 to 12 May 2024

actor GORDANA_SILJANOVSKA_DAVKOVA
  name   Gordana Siljanovska-Davkova; Siljanovska-Davkova
  code   MKDELI -20240511
  code   MKDGOV 20240512-
  code   MKDGOV
  kind   person
  note   president 12 May 2024 to today

actor LJUBCO_GEORGIEVSKI
  name   Ljubčo Georgievski; Ljubco Georgievski
  code   MKDELI -19981129
  code   MKDGOV 19981130-20021101
  code   MKDELI 20021102-
  code   MKDELI
  kind   person
  note   prime minister 30 Nov 1998 to 01 Nov 2002

actor HARI_KOSTOV
  name   Hari Kostov
  code   MKDELI -20040601
  code   MKDGOV 20040602-20041118
  code   MKDELI 20041119-
  code   MKDELI
  kind   person
  note   prime minister 02 Jun 2004 to 18 Nov 2004

actor VLADO_BUCKOVSKI
  name   Vlado Bučkovski; Vlado Buckovski
  code   MKDELI -20041216
  code   MKDGOV 20041217-20060827
  code   MKDELI 20060828-
  code   MKDELI
  kind   person
  note   prime minister 17 Dec 2004 to 27 Aug 2006

actor EMIL_DIMITRIEV
  name   Emil Dimitriev
  code   MKDELI -20160117
  code   MKDGOV 20160118-20170531
  code   MKDELI 20170601-
  code   MKDELI
  kind   person
  note   prime minister 18 Jan 2016 to 31 May 2017

actor OLIVER_SPASOVSKI
  name   Oliver Spasovski
  code   MKDELI -20200102
  code   MKDGOV 20200103-20200830
  code   MKDELI 20200831-
  code   MKDELI
  kind   person
  note   prime minister 03 Jan 2020 to 30 Aug 2020

actor DIMITAR_KOVACEVSKI
  name   Dimitar Kovačevski; Dimitar Kovacevski
  code   MKDELI -20220116
  code   MKDGOV 20220117-20240128
  code   MKDELI 20240129-
  code   MKDELI
  kind   person
  note   prime minister 17 Jan 2022 to 28 Jan 2024

actor TALAT_XHAFERI
  name   Talat Xhaferi
  code   MKDELI -20240127
  code   MKDGOV 20240128-20240623
  code   MKDELI 20240624-
  code   MKDELI
  kind   person
  note   prime minister 28 Jan 2024 to 23 Jun 2024

actor NIKOLA_DIMITROV
  name   Nikola Dimitrov
  code   MKDELI -20170531
  code   MKDGOV 20170601-20200830
  code   MKDELI 20200831-
  code   MKDELI
  kind   person
  note   foreign minister 01 Jun 2017 to 30 Aug 2020

actor BUJAR_OSMANI
  name   Bujar Osmani
  code   MKDELI -20200830
  code   MKDGOV 20200831-20240623
  code   MKDELI 20240624-
  code   MKDELI
  kind   person
  note   foreign minister 31 Aug 2020 to 23 Jun 2024

actor TIMCO_MUCUNSKI
  name   Timčo Mucunski; Timco Mucunski
  code   MKDELI -20240622
  code   MKDGOV 20240623-
  code   MKDGOV
  kind   person
  note   foreign minister 23 Jun 2024 to today

actor KING_HARALD_V
  name   King Harald; King Harald V; Harald V
  code   NORELI -19910116
  code   NORGOV 19910117-
  code   NORGOV
  kind   person
  note   king 17 Jan 1991 to today

actor KJELL_MAGNE_BONDEVIK
  name   Kjell Magne Bondevik; Bondevik
  code   NORELI -19971016
  code   NORGOV 19971017-20000317
  code   NORELI 20000318-20011018
  code   NORGOV 20011019-20051017
  code   NORELI 20051018-
  code   NORELI
  kind   person
  note   prime minister 17 Oct 1997 to 17 Mar 2000; prime minister 19 Oct 2001 to 17 Oct 2005

actor THORBJORN_JAGLAND
  name   Thorbjørn Jagland; Thorbjorn Jagland
  code   NORELI -20000316
  code   NORGOV 20000317-20011019
  code   NORELI 20011020-20090930
  code   IGOEURCOE 20091001-20190917
  code   NORELI 20190918-
  code   NORELI
  kind   person
  note   foreign minister 17 Mar 2000 to 19 Oct 2001; Council of Europe secretary-general 01 Oct 2009 to 17 Sep 2019

actor JAN_PETERSEN
  name   Jan Petersen
  code   NORELI -20011018
  code   NORGOV 20011019-20051017
  code   NORELI 20051018-
  code   NORELI
  kind   person
  note   foreign minister 19 Oct 2001 to 17 Oct 2005

actor ESPEN_BARTH_EIDE
  name   Espen Barth Eide; Barth Eide
  code   NORELI -20111103
  code   NORGOV 20111104-20131016
  code   NORELI 20131017-20231015
  code   NORGOV 20231016-
  code   NORGOV
  kind   person
  note   defence minister 04 Nov 2011 to 21 Sep 2012; foreign minister 21 Sep 2012 to 16 Oct 2013; foreign minister 16 Oct 2023 to today

actor BORGE_BRENDE
  name   Børge Brende; Borge Brende
  code   NORELI -20131015
  code   NORGOV 20131016-20171020
  code   NORELI 20171021-
  code   NORELI
  kind   person
  note   foreign minister 16 Oct 2013 to 20 Oct 2017

actor INE_ERIKSEN_SOREIDE
  name   Ine Eriksen Søreide; Ine Eriksen Soreide
  code   NORELI -20131015
  code   NORGOV 20131016-20211014
  code   NORELI 20211015-
  code   NORELI
  kind   person
  note   defence minister 16 Oct 2013 to 20 Oct 2017; foreign minister 20 Oct 2017 to 14 Oct 2021

actor ANNIKEN_HUITFELDT
  name   Anniken Huitfeldt; Huitfeldt
  code   NORELI -20211013
  code   NORGOV 20211014-20231016
  code   NORELI 20231017-
  code   NORELI
  kind   person
  note   foreign minister 14 Oct 2021 to 16 Oct 2023

actor KRISTIN_KROHN_DEVOLD
  name   Kristin Krohn Devold
  code   NORELI -20011018
  code   NORGOV 20011019-20051017
  code   NORELI 20051018-
  code   NORELI
  kind   person
  note   defence minister 19 Oct 2001 to 17 Oct 2005

actor ANNE_GRETE_STROM_ERICHSEN
  name   Anne-Grete Strøm-Erichsen; Anne-Grete Strom-Erichsen
  code   NORELI -20051016
  code   NORGOV 20051017-20091020
  code   NORELI 20091021-20120920
  code   NORGOV 20120921-20131016
  code   NORELI 20131017-
  code   NORELI
  kind   person
  note   defence minister 17 Oct 2005 to 20 Oct 2009; defence minister 21 Sep 2012 to 16 Oct 2013

actor GRETE_FAREMO
  name   Grete Faremo
  code   NORELI -20091019
  code   NORGOV 20091020-20111104
  code   NORELI 20111105-
  code   NORELI
  kind   person
  note   defence minister 20 Oct 2009 to 04 Nov 2011

actor FRANK_BAKKE_JENSEN
  name   Frank Bakke-Jensen
  code   NORELI -20171019
  code   NORGOV 20171020-20211014
  code   NORELI 20211015-
  code   NORELI
  kind   person
  note   defence minister 20 Oct 2017 to 14 Oct 2021

actor ODD_ROGER_ENOKSEN
  name   Odd Roger Enoksen
  code   NORELI -20211013
  code   NORGOV 20211014-20220401?
  code   NORELI 20220402?-
  code   NORELI
  kind   person
  note   defence minister 14 Oct 2021 to 01 Apr 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BJORN_ARILD_GRAM
  name   Bjørn Arild Gram; Bjorn Arild Gram
  code   NORELI -20220331?
  code   NORGOV 20220401?-20240404?
  code   NORELI 20240405?-
  code   NORELI
  kind   person
  note   defence minister 01 Apr 2022 (date uncertain) to 04 Apr 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor TORE_O_SANDVIK
  name   Tore O. Sandvik; Tore Sandvik
  code   NORELI -20240403?
  code   NORGOV 20240404?-
  code   NORGOV
  kind   person
  note   defence minister 04 Apr 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (eur5)

actor JERZY_BUZEK
  name   Jerzy Buzek; Buzek
  code   POLELI -19971030
  code   POLGOV 19971031-20011019
  code   POLELI 20011020-
  code   POLELI
  kind   person
  note   prime minister 31 Oct 1997 to 19 Oct 2001. European Parliament president 2009-2012 (ELI here).

actor LESZEK_MILLER
  name   Leszek Miller
  code   POLELI -20011018
  code   POLGOV 20011019-20040502
  code   POLELI 20040503-
  code   POLELI
  kind   person
  note   prime minister 19 Oct 2001 to 02 May 2004

actor MAREK_BELKA
  name   Marek Belka
  code   POLELI -20040501
  code   POLGOV 20040502-20051031
  code   POLELI 20051101-
  code   POLELI
  kind   person
  note   prime minister 02 May 2004 to 31 Oct 2005

actor KAZIMIERZ_MARCINKIEWICZ
  name   Kazimierz Marcinkiewicz; Marcinkiewicz
  code   POLELI -20051030
  code   POLGOV 20051031-20060714
  code   POLELI 20060715-
  code   POLELI
  kind   person
  note   prime minister 31 Oct 2005 to 14 Jul 2006

actor EWA_KOPACZ
  name   Ewa Kopacz; Kopacz
  code   POLELI -20140921
  code   POLGOV 20140922-20151116
  code   POLELI 20151117-
  code   POLELI
  kind   person
  note   prime minister 22 Sep 2014 to 16 Nov 2015

actor BRONISLAW_GEREMEK
  name   Bronisław Geremek; Bronislaw Geremek
  code   POLELI -19971030
  code   POLGOV 19971031-20000630
  code   POLELI 20000701-
  code   POLELI
  kind   person
  note   foreign minister 31 Oct 1997 to 30 Jun 2000. Died 13 July 2008.

actor WLADYSLAW_BARTOSZEWSKI
  name   Władysław Bartoszewski; Wladyslaw Bartoszewski
  code   POLELI -20000629
  code   POLGOV 20000630-20011019
  code   POLELI 20011020-
  code   POLELI
  kind   person
  note   foreign minister 30 Jun 2000 to 19 Oct 2001. Died 24 April 2015.

actor WLODZIMIERZ_CIMOSZEWICZ
  name   Włodzimierz Cimoszewicz; Wlodzimierz Cimoszewicz
  code   POLELI -20011018
  code   POLGOV 20011019-20050105
  code   POLELI 20050106-
  code   POLELI
  kind   person
  note   foreign minister 19 Oct 2001 to 05 Jan 2005

actor ADAM_DANIEL_ROTFELD
  name   Adam Daniel Rotfeld; Adam Rotfeld
  code   POLELI -20050104
  code   POLGOV 20050105-20051031
  code   POLELI 20051101-
  code   POLELI
  kind   person
  note   foreign minister 05 Jan 2005 to 31 Oct 2005

actor STEFAN_MELLER
  name   Stefan Meller
  code   POLELI -20051030
  code   POLGOV 20051031-20060509
  code   POLELI 20060510-
  code   POLELI
  kind   person
  note   foreign minister 31 Oct 2005 to 09 May 2006

actor ANNA_FOTYGA
  name   Anna Fotyga
  code   POLELI -20060508
  code   POLGOV 20060509-20071116
  code   POLELI 20071117-
  code   POLELI
  kind   person
  note   foreign minister 09 May 2006 to 16 Nov 2007

actor GRZEGORZ_SCHETYNA
  name   Grzegorz Schetyna; Schetyna
  code   POLELI -20140921
  code   POLGOV 20140922-20151116
  code   POLELI 20151117-
  code   POLELI
  kind   person
  note   foreign minister 22 Sep 2014 to 16 Nov 2015

actor WITOLD_WASZCZYKOWSKI
  name   Witold Waszczykowski; Waszczykowski
  code   POLELI -20151115
  code   POLGOV 20151116-20180109
  code   POLELI 20180110-
  code   POLELI
  kind   person
  note   foreign minister 16 Nov 2015 to 09 Jan 2018

actor JACEK_CZAPUTOWICZ
  name   Jacek Czaputowicz; Czaputowicz
  code   POLELI -20180108
  code   POLGOV 20180109-20200826
  code   POLELI 20200827-
  code   POLELI
  kind   person
  note   foreign minister 09 Jan 2018 to 26 Aug 2020

actor ZBIGNIEW_RAU
  name   Zbigniew Rau
  code   POLELI -20200825
  code   POLGOV 20200826-20231127
  code   POLELI 20231128-
  code   POLELI
  kind   person
  note   foreign minister 26 Aug 2020 to 27 Nov 2023

actor JERZY_SZMAJDZINSKI
  name   Jerzy Szmajdziński; Jerzy Szmajdzinski
  code   POLELI -20011018
  code   POLGOV 20011019-20051031
  code   POLELI 20051101-
  code   POLELI
  kind   person
  note   defence minister 19 Oct 2001 to 31 Oct 2005. Killed in the Smolensk air crash 10 April 2010.

actor BOGDAN_KLICH
  name   Bogdan Klich
  code   POLELI -20071115
  code   POLGOV 20071116-20110802
  code   POLELI 20110803-
  code   POLELI
  kind   person
  note   defence minister 16 Nov 2007 to 02 Aug 2011

actor TOMASZ_SIEMONIAK
  name   Tomasz Siemoniak
  code   POLELI -20110801
  code   POLGOV 20110802-20151116
  code   POLELI 20151117-
  code   POLELI
  kind   person
  note   defence minister 02 Aug 2011 to 16 Nov 2015

actor ANTONI_MACIEREWICZ
  name   Antoni Macierewicz; Macierewicz
  code   POLELI -20151115
  code   POLGOV 20151116-20180109
  code   POLELI 20180110-
  code   POLELI
  kind   person
  note   defence minister 16 Nov 2015 to 09 Jan 2018

actor ALEKSANDER_SZCZYGLO
  name   Aleksander Szczygło; Aleksander Szczyglo
  code   POLELI -20070206
  code   POLGOV 20070207-20071116
  code   POLELI 20071117-
  code   POLELI
  kind   person
  note   defence minister 07 Feb 2007 to 16 Nov 2007. Killed in the Smolensk air crash 10 April 2010.

actor JORGE_SAMPAIO
  name   Jorge Sampaio; Sampaio
  code   PRTELI -19960308
  code   PRTGOV 19960309-20060309
  code   PRTELI 20060310-
  code   PRTELI
  kind   person
  note   president 09 Mar 1996 to 09 Mar 2006. Died 10 September 2021.

actor PEDRO_SANTANA_LOPES
  name   Pedro Santana Lopes; Santana Lopes
  code   PRTELI -20040716
  code   PRTGOV 20040717-20050312
  code   PRTELI 20050313-
  code   PRTELI
  kind   person
  note   prime minister 17 Jul 2004 to 12 Mar 2005

actor JAIME_GAMA
  name   Jaime Gama
  code   PRTELI -19951027
  code   PRTGOV 19951028-20020406
  code   PRTELI 20020407-
  code   PRTELI
  kind   person
  note   foreign minister 28 Oct 1995 to 06 Apr 2002

actor ANTONIO_MARTINS_DA_CRUZ
  name   António Martins da Cruz; Antonio Martins da Cruz
  code   PRTELI -20020405
  code   PRTGOV 20020406-20031017?
  code   PRTELI 20031018?-
  code   PRTELI
  kind   person
  note   foreign minister 06 Apr 2002 to 17 Oct 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

actor TERESA_GOUVEIA
  name   Teresa Gouveia
  code   PRTELI -20031016?
  code   PRTGOV 20031017?-20040717
  code   PRTELI 20040718-
  code   PRTELI
  kind   person
  note   foreign minister 17 Oct 2003 (date uncertain) to 17 Jul 2004. Dates marked uncertain are known to the month or year only.

actor ANTONIO_MONTEIRO
  name   António Monteiro; Antonio Monteiro
  code   PRTELI -20040716
  code   PRTGOV 20040717-20050312
  code   PRTELI 20050313-
  code   PRTELI
  kind   person
  note   foreign minister 17 Jul 2004 to 12 Mar 2005

actor DIOGO_FREITAS_DO_AMARAL
  name   Diogo Freitas do Amaral; Freitas do Amaral
  code   PRTELI -20050311
  code   PRTGOV 20050312-20060703
  code   PRTELI 20060704-
  code   PRTELI
  kind   person
  note   foreign minister 12 Mar 2005 to 03 Jul 2006

actor LUIS_AMADO
  name   Luís Amado; Luis Amado
  code   PRTELI -20050311
  code   PRTGOV 20050312-20110621
  code   PRTELI 20110622-
  code   PRTELI
  kind   person
  note   defence minister 12 Mar 2005 to 03 Jul 2006; foreign minister 03 Jul 2006 to 21 Jun 2011

actor PAULO_PORTAS
  name   Paulo Portas
  code   PRTELI -20020405
  code   PRTGOV 20020406-20050312
  code   PRTELI 20050313-20110620
  code   PRTGOV 20110621-20130724
  code   PRTELI 20130725-
  code   PRTELI
  kind   person
  note   defence minister 06 Apr 2002 to 12 Mar 2005; foreign minister 21 Jun 2011 to 24 Jul 2013

actor RUI_MACHETE
  name   Rui Machete
  code   PRTELI -20130723
  code   PRTGOV 20130724-20151030
  code   PRTELI 20151031-
  code   PRTELI
  kind   person
  note   foreign minister 24 Jul 2013 to 30 Oct 2015

actor AUGUSTO_SANTOS_SILVA
  name   Augusto Santos Silva; Santos Silva
  code   PRTELI -20090925?
  code   PRTGOV 20090926?-20110621
  code   PRTELI 20110622-20151125
  code   PRTGOV 20151126-20220330
  code   PRTELI 20220331-
  code   PRTELI
  kind   person
  note   defence minister 26 Sep 2009 (date uncertain) to 21 Jun 2011; foreign minister 26 Nov 2015 to 30 Mar 2022. Dates marked uncertain are known to the month or year only.

actor JOAO_GOMES_CRAVINHO
  name   João Gomes Cravinho; Joao Gomes Cravinho
  code   PRTELI -20181014
  code   PRTGOV 20181015-20240402
  code   PRTELI 20240403-
  code   PRTELI
  kind   person
  note   defence minister 15 Oct 2018 to 30 Mar 2022; foreign minister 30 Mar 2022 to 02 Apr 2024

actor PAULO_RANGEL
  name   Paulo Rangel
  code   PRTELI -20240401
  code   PRTGOV 20240402-
  code   PRTGOV
  kind   person
  note   foreign minister 02 Apr 2024 to today

actor HELENA_CARREIRAS
  name   Helena Carreiras
  code   PRTELI -20220329
  code   PRTGOV 20220330-20240402
  code   PRTELI 20240403-
  code   PRTELI
  kind   person
  note   defence minister 30 Mar 2022 to 02 Apr 2024

actor NUNO_MELO
  name   Nuno Melo
  code   PRTELI -20240401
  code   PRTGOV 20240402-
  code   PRTGOV
  kind   person
  note   defence minister 02 Apr 2024 to today

actor JOSE_PEDRO_AGUIAR_BRANCO
  name   José Pedro Aguiar-Branco; Jose Pedro Aguiar-Branco
  code   PRTELI -20110620
  code   PRTGOV 20110621-20151126
  code   PRTELI 20151127-
  code   PRTELI
  kind   person
  note   defence minister 21 Jun 2011 to 26 Nov 2015

actor EMIL_CONSTANTINESCU
  name   Emil Constantinescu
  code   ROUELI -19961128
  code   ROUGOV 19961129-20001220
  code   ROUELI 20001221-
  code   ROUELI
  kind   person
  note   president 29 Nov 1996 to 20 Dec 2000

actor ION_ILIESCU
  name   Ion Iliescu; Iliescu
  code   ROUELI -20001219
  code   ROUGOV 20001220-20041220
  code   ROUELI 20041221-
  code   ROUELI
  kind   person
  note   president 20 Dec 2000 to 20 Dec 2004. Also president 1989-1996; died 5 August 2025.

actor ILIE_BOLOJAN
  name   Ilie Bolojan; Bolojan
  code   ROUELI -20250211
  code   ROUGOV 20250212-20250526
  code   ROUELI 20250527-20250622
  code   ROUGOV 20250623-
  code   ROUGOV
  kind   person
  note   acting president 12 Feb 2025 to 26 May 2025; prime minister 23 Jun 2025 to today

actor MUGUR_ISARESCU
  name   Mugur Isărescu; Mugur Isarescu
  code   ROUELI -19991221
  code   ROUGOV 19991222-20001228
  code   ROUELI 20001229-
  code   ROUELI
  kind   person
  note   prime minister 22 Dec 1999 to 28 Dec 2000. Central bank governor before and after.

actor ADRIAN_NASTASE
  name   Adrian Năstase; Adrian Nastase; Nastase
  code   ROUELI -20001227
  code   ROUGOV 20001228-20041228
  code   ROUELI 20041229-
  code   ROUELI
  kind   person
  note   prime minister 28 Dec 2000 to 28 Dec 2004

actor CALIN_POPESCU_TARICEANU
  name   Călin Popescu-Tăriceanu; Calin Popescu-Tariceanu; Tariceanu
  code   ROUELI -20041228
  code   ROUGOV 20041229-20081222
  code   ROUELI 20081223-
  code   ROUELI
  kind   person
  note   prime minister 29 Dec 2004 to 22 Dec 2008

actor EMIL_BOC
  name   Emil Boc
  code   ROUELI -20081221
  code   ROUGOV 20081222-20120206
  code   ROUELI 20120207-
  code   ROUELI
  kind   person
  note   prime minister 22 Dec 2008 to 06 Feb 2012

actor MIHAI_RAZVAN_UNGUREANU
  name   Mihai Răzvan Ungureanu; Mihai Razvan Ungureanu
  code   ROUELI -20041228
  code   ROUGOV 20041229-20070312?
  code   ROUELI 20070313?-20120208
  code   ROUGOV 20120209-20120507
  code   ROUELI 20120508-
  code   ROUELI
  kind   person
  note   foreign minister 29 Dec 2004 to 12 Mar 2007 (date uncertain); prime minister 09 Feb 2012 to 07 May 2012. Dates marked uncertain are known to the month or year only.

actor VICTOR_PONTA
  name   Victor Ponta; Ponta
  code   ROUELI -20120506
  code   ROUGOV 20120507-20151104
  code   ROUELI 20151105-
  code   ROUELI
  kind   person
  note   prime minister 07 May 2012 to 04 Nov 2015

actor DACIAN_CIOLOS
  name   Dacian Cioloș; Dacian Ciolos; Ciolos
  code   ROUELI -20151116
  code   ROUGOV 20151117-20170104
  code   ROUELI 20170105-
  code   ROUELI
  kind   person
  note   prime minister 17 Nov 2015 to 04 Jan 2017

actor SORIN_GRINDEANU
  name   Sorin Grindeanu
  code   ROUELI -20170103
  code   ROUGOV 20170104-20170629
  code   ROUELI 20170630-
  code   ROUELI
  kind   person
  note   prime minister 04 Jan 2017 to 29 Jun 2017

actor MIHAI_TUDOSE
  name   Mihai Tudose
  code   ROUELI -20170628
  code   ROUGOV 20170629-20180116
  code   ROUELI 20180117-
  code   ROUELI
  kind   person
  note   prime minister 29 Jun 2017 to 16 Jan 2018

actor VIORICA_DANCILA
  name   Viorica Dăncilă; Viorica Dancila
  code   ROUELI -20180128
  code   ROUGOV 20180129-20191104
  code   ROUELI 20191105-
  code   ROUELI
  kind   person
  note   prime minister 29 Jan 2018 to 04 Nov 2019

actor LUDOVIC_ORBAN
  name   Ludovic Orban
  code   ROUELI -20191103
  code   ROUGOV 20191104-20201207
  code   ROUELI 20201208-
  code   ROUELI
  kind   person
  note   prime minister 04 Nov 2019 to 07 Dec 2020

actor FLORIN_CITU
  name   Florin Cîțu; Florin Citu
  code   ROUELI -20201222
  code   ROUGOV 20201223-20211125
  code   ROUELI 20211126-
  code   ROUELI
  kind   person
  note   prime minister 23 Dec 2020 to 25 Nov 2021

actor NICOLAE_CIUCA
  name   Nicolae Ciucă; Nicolae Ciuca; Ciuca
  code   ROUELI -20191103
  code   ROUGOV 20191104-20230615
  code   ROUELI 20230616-
  code   ROUELI
  kind   person
  note   defence minister 04 Nov 2019 to 25 Nov 2021; prime minister 25 Nov 2021 to 15 Jun 2023. Army chief of staff 2015-2019 (ELI here).

actor MARCEL_CIOLACU
  name   Marcel Ciolacu; Ciolacu
  code   ROUELI -20230614
  code   ROUGOV 20230615-20250506
  code   ROUELI 20250507-
  code   ROUELI
  kind   person
  note   prime minister 15 Jun 2023 to 06 May 2025

actor CATALIN_PREDOIU
  name   Cătălin Predoiu; Catalin Predoiu
  code   ROUELI -20250505
  code   ROUGOV 20250506-20250623
  code   ROUELI 20250624-
  code   ROUELI
  kind   person
  note   acting prime minister 06 May 2025 to 23 Jun 2025

actor TEODOR_MELESCANU
  name   Teodor Meleșcanu; Teodor Melescanu
  code   ROUELI -20070404
  code   ROUGOV 20070405-20081222
  code   ROUELI 20081223-20141109
  code   ROUGOV 20141110-20141124?
  code   ROUELI 20141125?-20170103?
  code   ROUGOV 20170104?-20190724?
  code   ROUELI 20190725?-
  code   ROUELI
  kind   person
  note   defence minister 05 Apr 2007 to 22 Dec 2008; foreign minister 10 Nov 2014 to 24 Nov 2014 (date uncertain); foreign minister 04 Jan 2017 (date uncertain) to 24 Jul 2019 (date uncertain). Also foreign minister 1992-1996; intelligence chief 2012-2014. Dates marked uncertain are known to the month or year only.

actor BOGDAN_AURESCU
  name   Bogdan Aurescu; Aurescu
  code   ROUELI -20141123
  code   ROUGOV 20141124-20151117
  code   ROUELI 20151118-20191103
  code   ROUGOV 20191104-20230615
  code   ROUELI 20230616-
  code   ROUELI
  kind   person
  note   foreign minister 24 Nov 2014 to 17 Nov 2015; foreign minister 04 Nov 2019 to 15 Jun 2023

actor LUMINITA_ODOBESCU
  name   Luminița Odobescu; Luminita Odobescu
  code   ROUELI -20230614
  code   ROUGOV 20230615-20241223
  code   ROUELI 20241224-
  code   ROUELI
  kind   person
  note   foreign minister 15 Jun 2023 to 23 Dec 2024

actor EMIL_HUREZEANU
  name   Emil Hurezeanu
  code   ROUELI -20241222
  code   ROUGOV 20241223-20250623
  code   ROUELI 20250624-
  code   ROUELI
  kind   person
  note   foreign minister 23 Dec 2024 to 23 Jun 2025

actor OANA_TOIU
  name   Oana Țoiu; Oana Toiu
  code   ROUELI -20250622
  code   ROUGOV 20250623-
  code   ROUGOV
  kind   person
  note   foreign minister 23 Jun 2025 to today

actor ANGEL_TILVAR
  name   Angel Tîlvăr; Angel Tilvar
  code   ROUELI -20221023?
  code   ROUGOV 20221024?-20250623
  code   ROUELI 20250624-
  code   ROUELI
  kind   person
  note   defence minister 24 Oct 2022 (date uncertain) to 23 Jun 2025. Dates marked uncertain are known to the month or year only.

actor MILAN_MILUTINOVIC
  name   Milan Milutinović; Milan Milutinovic
  code   SRBELI -19971228
  code   SRBGOV 19971229-20021229
  code   SRBELI 20021230-
  code   SRBELI
  kind   person
  note   president 29 Dec 1997 to 29 Dec 2002. President of Serbia; indicted by the ICTY.

actor TOMISLAV_NIKOLIC
  name   Tomislav Nikolić; Tomislav Nikolic
  code   SRBELI -20120530
  code   SRBGOV 20120531-20170531
  code   SRBELI 20170601-
  code   SRBELI
  kind   person
  note   president 31 May 2012 to 31 May 2017

actor ZORAN_DJINDJIC
  name   Zoran Đinđić; Zoran Djindjic; Djindjic
  code   SRBELI -20010124
  code   SRBGOV 20010125-20030312
  code   SRBELI 20030313-
  code   SRBELI
  kind   person
  note   prime minister 25 Jan 2001 to 12 Mar 2003. Assassinated 12 March 2003.

actor ZORAN_ZIVKOVIC
  name   Zoran Živković; Zoran Zivkovic
  code   SRBELI -20030317
  code   SRBGOV 20030318-20040303
  code   SRBELI 20040304-
  code   SRBELI
  kind   person
  note   prime minister 18 Mar 2003 to 03 Mar 2004

actor MIRKO_CVETKOVIC
  name   Mirko Cvetković; Mirko Cvetkovic
  code   SRBELI -20080706
  code   SRBGOV 20080707-20120727
  code   SRBELI 20120728-
  code   SRBELI
  kind   person
  note   prime minister 07 Jul 2008 to 27 Jul 2012

actor IVICA_DACIC
  name   Ivica Dačić; Ivica Dacic; Dacic
  code   SRBELI -20120726
  code   SRBGOV 20120727-20201028
  code   SRBELI 20201029-20221025
  code   SRBGOV 20221026-20240502
  code   SRBELI 20240503-
  code   SRBELI
  kind   person
  note   prime minister 27 Jul 2012 to 27 Apr 2014; foreign minister 27 Apr 2014 to 28 Oct 2020; acting prime minister 31 May 2017 to 29 Jun 2017; foreign minister 26 Oct 2022 to 02 May 2024

actor MILOS_VUCEVIC
  name   Miloš Vučević; Milos Vucevic
  code   SRBELI -20221025
  code   SRBGOV 20221026-20250416
  code   SRBELI 20250417-
  code   SRBELI
  kind   person
  note   defence minister 26 Oct 2022 to 02 May 2024; prime minister 02 May 2024 to 16 Apr 2025

actor DJURO_MACUT
  name   Đuro Macut; Djuro Macut
  code   SRBELI -20250415
  code   SRBGOV 20250416-
  code   SRBGOV
  kind   person
  note   prime minister 16 Apr 2025 to today

actor GORAN_SVILANOVIC
  name   Goran Svilanović; Goran Svilanovic
  code   SRBELI -20001103
  code   SRBGOV 20001104-20040316
  code   SRBELI 20040317-
  code   SRBELI
  kind   person
  note   foreign minister 04 Nov 2000 to 16 Mar 2004. Foreign minister of Yugoslavia and of Serbia and Montenegro.

actor VUK_DRASKOVIC
  name   Vuk Drašković; Vuk Draskovic
  code   SRBELI -20040315
  code   SRBGOV 20040316-20070515
  code   SRBELI 20070516-
  code   SRBELI
  kind   person
  note   foreign minister 16 Mar 2004 to 15 May 2007

actor VUK_JEREMIC
  name   Vuk Jeremić; Vuk Jeremic; Jeremic
  code   SRBELI -20070514
  code   SRBGOV 20070515-20120727
  code   SRBELI 20120728-20120917
  code   IGOUNO 20120918-20130917
  code   SRBELI 20130918-
  code   SRBELI
  kind   person
  note   foreign minister 15 May 2007 to 27 Jul 2012; UN General Assembly president 18 Sep 2012 to 17 Sep 2013

actor IVAN_MRKIC
  name   Ivan Mrkić; Ivan Mrkic
  code   SRBELI -20120726
  code   SRBGOV 20120727-20140427
  code   SRBELI 20140428-
  code   SRBELI
  kind   person
  note   foreign minister 27 Jul 2012 to 27 Apr 2014

actor NIKOLA_SELAKOVIC
  name   Nikola Selaković; Nikola Selakovic
  code   SRBELI -20201027
  code   SRBGOV 20201028-20221026
  code   SRBELI 20221027-
  code   SRBELI
  kind   person
  note   foreign minister 28 Oct 2020 to 26 Oct 2022

actor MARKO_DJURIC
  name   Marko Đurić; Marko Djuric
  code   SRBELI -20240501
  code   SRBGOV 20240502-
  code   SRBGOV
  kind   person
  note   foreign minister 02 May 2024 to today

actor DRAGAN_SUTANOVAC
  name   Dragan Šutanovac; Dragan Sutanovac
  code   SRBELI -20070514
  code   SRBGOV 20070515-20120727
  code   SRBELI 20120728-
  code   SRBELI
  kind   person
  note   defence minister 15 May 2007 to 27 Jul 2012

actor ALEKSANDAR_VULIN
  name   Aleksandar Vulin; Vulin
  code   SRBELI -20170628
  code   SRBGOV 20170629-20201028
  code   SRBELI 20201029-20221130?
  code   SRBGOV 20221201?-20231103?
  code   SRBELI 20231104?-20240501
  code   SRBGOV 20240502-20250416
  code   SRBELI 20250417-
  code   SRBELI
  kind   person
  note   defence minister 29 Jun 2017 to 28 Oct 2020; intelligence chief 01 Dec 2022 (date uncertain) to 03 Nov 2023 (date uncertain); deputy prime minister 02 May 2024 to 16 Apr 2025. Dates marked uncertain are known to the month or year only.

actor NEBOJSA_STEFANOVIC
  name   Nebojša Stefanović; Nebojsa Stefanovic
  code   SRBELI -20201027
  code   SRBGOV 20201028-20221026
  code   SRBELI 20221027-
  code   SRBELI
  kind   person
  note   defence minister 28 Oct 2020 to 26 Oct 2022

actor BRATISLAV_GASIC
  name   Bratislav Gašić; Bratislav Gasic
  code   SRBELI -20140426
  code   SRBGOV 20140427-20160205?
  code   SRBELI 20160206?-20240501
  code   SRBGOV 20240502-
  code   SRBGOV
  kind   person
  note   defence minister 27 Apr 2014 to 05 Feb 2016 (date uncertain); defence minister 02 May 2024 to today. Kept defence in the April 2025 government as far as we know (uncertain).

# ---- added by lead-asia (eur6)

actor RUDOLF_SCHUSTER
  name   Rudolf Schuster
  code   SVKELI -19990614
  code   SVKGOV 19990615-20040615
  code   SVKELI 20040616-
  code   SVKELI
  kind   person
  note   president 15 Jun 1999 to 15 Jun 2004

actor IVAN_GASPAROVIC
  name   Ivan Gašparovič; Ivan Gasparovic; Gasparovic
  code   SVKELI -20040614
  code   SVKGOV 20040615-20140615
  code   SVKELI 20140616-
  code   SVKELI
  kind   person
  note   president 15 Jun 2004 to 15 Jun 2014

actor ANDREJ_KISKA
  name   Andrej Kiska; Kiska
  code   SVKELI -20140614
  code   SVKGOV 20140615-20190615
  code   SVKELI 20190616-
  code   SVKELI
  kind   person
  note   president 15 Jun 2014 to 15 Jun 2019

actor MIKULAS_DZURINDA
  name   Mikuláš Dzurinda; Mikulas Dzurinda; Dzurinda
  code   SVKELI -19981029
  code   SVKGOV 19981030-20060704
  code   SVKELI 20060705-20100708
  code   SVKGOV 20100709-20120404
  code   SVKELI 20120405-
  code   SVKELI
  kind   person
  note   prime minister 30 Oct 1998 to 04 Jul 2006; foreign minister 09 Jul 2010 to 04 Apr 2012

actor IVETA_RADICOVA
  name   Iveta Radičová; Iveta Radicova; Radicova
  code   SVKELI -20100707
  code   SVKGOV 20100708-20120404
  code   SVKELI 20120405-
  code   SVKELI
  kind   person
  note   prime minister 08 Jul 2010 to 04 Apr 2012

actor IGOR_MATOVIC
  name   Igor Matovič; Igor Matovic; Matovic
  code   SVKELI -20200320
  code   SVKGOV 20200321-20210401
  code   SVKELI 20210402-
  code   SVKELI
  kind   person
  note   prime minister 21 Mar 2020 to 01 Apr 2021

actor EDUARD_HEGER
  name   Eduard Heger; Heger
  code   SVKELI -20210331
  code   SVKGOV 20210401-20230515
  code   SVKELI 20230516-
  code   SVKELI
  kind   person
  note   prime minister 01 Apr 2021 to 15 May 2023

actor LUDOVIT_ODOR
  name   Ľudovít Ódor; Ludovit Odor
  code   SVKELI -20230514
  code   SVKGOV 20230515-20231025
  code   SVKELI 20231026-
  code   SVKELI
  kind   person
  note   prime minister 15 May 2023 to 25 Oct 2023

actor EDUARD_KUKAN
  name   Eduard Kukan
  code   SVKELI -19981029
  code   SVKGOV 19981030-20060704
  code   SVKELI 20060705-
  code   SVKELI
  kind   person
  note   foreign minister 30 Oct 1998 to 04 Jul 2006

actor JAN_KUBIS
  name   Ján Kubiš; Jan Kubis
  code   SVKELI -20060703
  code   SVKGOV 20060704-20090126
  code   SVKELI 20090127-20101231?
  code   IGOUNO 20110101?-20211231?
  code   SVKELI 20220101?-
  code   SVKELI
  kind   person
  note   foreign minister 04 Jul 2006 to 26 Jan 2009; UN special representative 01 Jan 2011 (date uncertain) to 31 Dec 2021 (date uncertain). UN envoy for Afghanistan, Iraq, Lebanon and Libya in 2011-2021 (dates uncertain).

actor MIROSLAV_LAJCAK
  name   Miroslav Lajčák; Miroslav Lajcak; Lajcak
  code   SVKELI -20090125
  code   SVKGOV 20090126-20100708
  code   SVKELI 20100709-20120403
  code   SVKGOV 20120404-20200321
  code   SVKELI 20200322-20200402?
  code   IGOEUREEC 20200403?-20241231?
  code   SVKELI 20250101?-
  code   SVKELI
  kind   person
  note   foreign minister 26 Jan 2009 to 08 Jul 2010; foreign minister 04 Apr 2012 to 21 Mar 2020; EU special representative for Belgrade-Pristina 03 Apr 2020 (date uncertain) to 31 Dec 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor IVAN_KORCOK
  name   Ivan Korčok; Ivan Korcok
  code   SVKELI -20200320
  code   SVKGOV 20200321-20220913
  code   SVKELI 20220914-
  code   SVKELI
  kind   person
  note   foreign minister 21 Mar 2020 to 13 Sep 2022

actor RASTISLAV_KACER
  name   Rastislav Káčer; Rastislav Kacer
  code   SVKELI -20220915
  code   SVKGOV 20220916-20230515
  code   SVKELI 20230516-
  code   SVKELI
  kind   person
  note   foreign minister 16 Sep 2022 to 15 May 2023

actor JURAJ_BLANAR
  name   Juraj Blanár; Juraj Blanar
  code   SVKELI -20231024
  code   SVKGOV 20231025-
  code   SVKGOV
  kind   person
  note   foreign minister 25 Oct 2023 to today

actor ROBERT_KALINAK
  name   Robert Kaliňák; Robert Kalinak
  code   SVKELI -20231024
  code   SVKGOV 20231025-
  code   SVKGOV
  kind   person
  note   defence minister 25 Oct 2023 to today. Interior minister 2006-2010 and 2012-2018.

actor JAROSLAV_NAD
  name   Jaroslav Naď; Jaroslav Nad
  code   SVKELI -20200320
  code   SVKGOV 20200321-20230515
  code   SVKELI 20230516-
  code   SVKELI
  kind   person
  note   defence minister 21 Mar 2020 to 15 May 2023

actor PETER_GAJDOS
  name   Peter Gajdoš; Peter Gajdos
  code   SVKELI -20160322
  code   SVKGOV 20160323-20200321
  code   SVKELI 20200322-
  code   SVKELI
  kind   person
  note   defence minister 23 Mar 2016 to 21 Mar 2020

actor MILAN_KUCAN
  name   Milan Kučan; Milan Kucan
  code   SVNELI -19910624
  code   SVNGOV 19910625-20021222
  code   SVNELI 20021223-
  code   SVNELI
  kind   person
  note   president 25 Jun 1991 to 22 Dec 2002

actor JANEZ_DRNOVSEK
  name   Janez Drnovšek; Janez Drnovsek
  code   SVNELI -20001129
  code   SVNGOV 20001130-20021219
  code   SVNELI 20021220-20021221
  code   SVNGOV 20021222-20071222
  code   SVNELI 20071223-
  code   SVNELI
  kind   person
  note   prime minister 30 Nov 2000 to 19 Dec 2002; president 22 Dec 2002 to 22 Dec 2007. Also prime minister 1992-2000; died 23 February 2008.

actor ANDREJ_BAJUK
  name   Andrej Bajuk
  code   SVNELI -20000606
  code   SVNGOV 20000607-20001130
  code   SVNELI 20001201-
  code   SVNELI
  kind   person
  note   prime minister 07 Jun 2000 to 30 Nov 2000

actor DANILO_TURK
  name   Danilo Türk; Danilo Turk
  code   SVNELI -20071221
  code   SVNGOV 20071222-20121222
  code   SVNELI 20121223-
  code   SVNELI
  kind   person
  note   president 22 Dec 2007 to 22 Dec 2012

actor BORUT_PAHOR
  name   Borut Pahor; Pahor
  code   SVNELI -20081120
  code   SVNGOV 20081121-20120210
  code   SVNELI 20120211-20121221
  code   SVNGOV 20121222-20221222
  code   SVNELI 20221223-
  code   SVNELI
  kind   person
  note   prime minister 21 Nov 2008 to 10 Feb 2012; president 22 Dec 2012 to 22 Dec 2022

actor NATASA_PIRC_MUSAR
  name   Nataša Pirc Musar; Natasa Pirc Musar
  code   SVNELI -20221222
  code   SVNGOV 20221223-
  code   SVNGOV
  kind   person
  note   president 23 Dec 2022 to today

actor ANTON_ROP
  name   Anton Rop
  code   SVNELI -20021218
  code   SVNGOV 20021219-20041203
  code   SVNELI 20041204-
  code   SVNELI
  kind   person
  note   prime minister 19 Dec 2002 to 03 Dec 2004

actor ALENKA_BRATUSEK
  name   Alenka Bratušek; Alenka Bratusek
  code   SVNELI -20130319
  code   SVNGOV 20130320-20140918
  code   SVNELI 20140919-
  code   SVNELI
  kind   person
  note   prime minister 20 Mar 2013 to 18 Sep 2014

actor MIRO_CERAR
  name   Miro Cerar
  code   SVNELI -20140917
  code   SVNGOV 20140918-20200313
  code   SVNELI 20200314-
  code   SVNELI
  kind   person
  note   prime minister 18 Sep 2014 to 13 Sep 2018; foreign minister 13 Sep 2018 to 13 Mar 2020

actor MARJAN_SAREC
  name   Marjan Šarec; Marjan Sarec
  code   SVNELI -20180912
  code   SVNGOV 20180913-20200313
  code   SVNELI 20200314-20220531
  code   SVNGOV 20220601-20240712?
  code   SVNELI 20240713?-
  code   SVNELI
  kind   person
  note   prime minister 13 Sep 2018 to 13 Mar 2020; defence minister 01 Jun 2022 to 12 Jul 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DIMITRIJ_RUPEL
  name   Dimitrij Rupel
  code   SVNELI -20001129
  code   SVNGOV 20001130-20040720?
  code   SVNELI 20040721?-20041202
  code   SVNGOV 20041203-20081121
  code   SVNELI 20081122-
  code   SVNELI
  kind   person
  note   foreign minister 30 Nov 2000 to 20 Jul 2004 (date uncertain); foreign minister 03 Dec 2004 to 21 Nov 2008. Ivo Vajgl was foreign minister for part of 2004 (dates uncertain).

actor KARL_ERJAVEC
  name   Karl Erjavec
  code   SVNELI -20041202
  code   SVNGOV 20041203-20081121
  code   SVNELI 20081122-20120209
  code   SVNGOV 20120210-20200313
  code   SVNELI 20200314-
  code   SVNELI
  kind   person
  note   defence minister 03 Dec 2004 to 21 Nov 2008; foreign minister 10 Feb 2012 to 13 Sep 2018; defence minister 13 Sep 2018 to 13 Mar 2020

actor ANZE_LOGAR
  name   Anže Logar; Anze Logar
  code   SVNELI -20200312
  code   SVNGOV 20200313-20220601
  code   SVNELI 20220602-
  code   SVNELI
  kind   person
  note   foreign minister 13 Mar 2020 to 01 Jun 2022

actor TANJA_FAJON
  name   Tanja Fajon
  code   SVNELI -20220531
  code   SVNGOV 20220601-
  code   SVNGOV
  kind   person
  note   foreign minister 01 Jun 2022 to today

actor ABEL_MATUTES
  name   Abel Matutes
  code   ESPELI -19960504
  code   ESPGOV 19960505-20000427
  code   ESPELI 20000428-
  code   ESPELI
  kind   person
  note   foreign minister 05 May 1996 to 27 Apr 2000

actor JOSEP_PIQUE
  name   Josep Piqué; Josep Pique
  code   ESPELI -20000426
  code   ESPGOV 20000427-20020710
  code   ESPELI 20020711-
  code   ESPELI
  kind   person
  note   foreign minister 27 Apr 2000 to 10 Jul 2002

actor ANA_PALACIO
  name   Ana Palacio
  code   ESPELI -20020709
  code   ESPGOV 20020710-20040418
  code   ESPELI 20040419-
  code   ESPELI
  kind   person
  note   foreign minister 10 Jul 2002 to 18 Apr 2004

actor MIGUEL_ANGEL_MORATINOS
  name   Miguel Ángel Moratinos; Miguel Angel Moratinos; Moratinos
  code   ESPELI -20040417
  code   ESPGOV 20040418-20101021
  code   ESPELI 20101022-
  code   ESPELI
  kind   person
  note   foreign minister 18 Apr 2004 to 21 Oct 2010

actor TRINIDAD_JIMENEZ
  name   Trinidad Jiménez; Trinidad Jimenez
  code   ESPELI -20101020
  code   ESPGOV 20101021-20111222
  code   ESPELI 20111223-
  code   ESPELI
  kind   person
  note   foreign minister 21 Oct 2010 to 22 Dec 2011

actor JOSE_MANUEL_GARCIA_MARGALLO
  name   José Manuel García-Margallo; Jose Manuel Garcia-Margallo; Garcia-Margallo
  code   ESPELI -20111221
  code   ESPGOV 20111222-20161104
  code   ESPELI 20161105-
  code   ESPELI
  kind   person
  note   foreign minister 22 Dec 2011 to 04 Nov 2016

actor ALFONSO_DASTIS
  name   Alfonso Dastis
  code   ESPELI -20161103
  code   ESPGOV 20161104-20180607
  code   ESPELI 20180608-
  code   ESPELI
  kind   person
  note   foreign minister 04 Nov 2016 to 07 Jun 2018

actor EDUARDO_SERRA
  name   Eduardo Serra
  code   ESPELI -19960504
  code   ESPGOV 19960505-20000428
  code   ESPELI 20000429-
  code   ESPELI
  kind   person
  note   defence minister 05 May 1996 to 28 Apr 2000

actor FEDERICO_TRILLO
  name   Federico Trillo
  code   ESPELI -20000427
  code   ESPGOV 20000428-20040418
  code   ESPELI 20040419-
  code   ESPELI
  kind   person
  note   defence minister 28 Apr 2000 to 18 Apr 2004

actor JOSE_BONO
  name   José Bono; Jose Bono
  code   ESPELI -20040417
  code   ESPGOV 20040418-20060411
  code   ESPELI 20060412-
  code   ESPELI
  kind   person
  note   defence minister 18 Apr 2004 to 11 Apr 2006

actor JOSE_ANTONIO_ALONSO
  name   José Antonio Alonso; Jose Antonio Alonso
  code   ESPELI -20060410
  code   ESPGOV 20060411-20080414
  code   ESPELI 20080415-
  code   ESPELI
  kind   person
  note   defence minister 11 Apr 2006 to 14 Apr 2008

actor CARME_CHACON
  name   Carme Chacón; Carme Chacon
  code   ESPELI -20080413
  code   ESPGOV 20080414-20111222
  code   ESPELI 20111223-
  code   ESPELI
  kind   person
  note   defence minister 14 Apr 2008 to 22 Dec 2011. Died 9 April 2017.

actor PEDRO_MORENES
  name   Pedro Morenés; Pedro Morenes
  code   ESPELI -20111221
  code   ESPGOV 20111222-20161104
  code   ESPELI 20161105-
  code   ESPELI
  kind   person
  note   defence minister 22 Dec 2011 to 04 Nov 2016

actor MARIA_DOLORES_DE_COSPEDAL
  name   María Dolores de Cospedal; Maria Dolores de Cospedal; Cospedal
  code   ESPELI -20161103
  code   ESPGOV 20161104-20180607
  code   ESPELI 20180608-
  code   ESPELI
  kind   person
  note   defence minister 04 Nov 2016 to 07 Jun 2018

actor KING_CARL_XVI_GUSTAF
  name   King Carl XVI Gustaf; King Carl Gustaf; Carl XVI Gustaf
  code   SWEELI -19730914
  code   SWEGOV 19730915-
  code   SWEGOV
  kind   person
  note   king 15 Sep 1973 to today

actor ANNA_LINDH
  name   Anna Lindh
  code   SWEELI -19981006
  code   SWEGOV 19981007-20030911
  code   SWEELI 20030912-
  code   SWEELI
  kind   person
  note   foreign minister 07 Oct 1998 to 11 Sep 2003. Assassinated 11 September 2003.

actor LAILA_FREIVALDS
  name   Laila Freivalds
  code   SWEELI -20031002
  code   SWEGOV 20031003-20060321
  code   SWEELI 20060322-
  code   SWEELI
  kind   person
  note   foreign minister 03 Oct 2003 to 21 Mar 2006

actor JAN_ELIASSON
  name   Jan Eliasson; Eliasson
  code   SWEELI -20050912
  code   IGOUNO 20050913-20060911
  code   SWEGOV 20060912-20061006
  code   SWEELI 20061007-20120630
  code   IGOUNO 20120701-20161231
  code   SWEELI 20170101-
  code   SWEELI
  kind   person
  note   UN General Assembly president 13 Sep 2005 to 11 Sep 2006; foreign minister 24 Apr 2006 to 06 Oct 2006; UN deputy secretary-general 01 Jul 2012 to 31 Dec 2016

actor CARL_BILDT
  name   Carl Bildt; Bildt
  code   SWEELI -20061005
  code   SWEGOV 20061006-20141003
  code   SWEELI 20141004-
  code   SWEELI
  kind   person
  note   foreign minister 06 Oct 2006 to 03 Oct 2014. Prime minister 1991-1994.

actor MARGOT_WALLSTROM
  name   Margot Wallström; Margot Wallstrom; Wallstrom
  code   SWEELI -20141002
  code   SWEGOV 20141003-20190910
  code   SWEELI 20190911-
  code   SWEELI
  kind   person
  note   foreign minister 03 Oct 2014 to 10 Sep 2019

actor ANN_LINDE
  name   Ann Linde
  code   SWEELI -20190909
  code   SWEGOV 20190910-20221018
  code   SWEELI 20221019-
  code   SWEELI
  kind   person
  note   foreign minister 10 Sep 2019 to 18 Oct 2022

actor TOBIAS_BILLSTROM
  name   Tobias Billström; Tobias Billstrom; Billstrom
  code   SWEELI -20221017
  code   SWEGOV 20221018-20240910
  code   SWEELI 20240911-
  code   SWEELI
  kind   person
  note   foreign minister 18 Oct 2022 to 10 Sep 2024

actor MARIA_MALMER_STENERGARD
  name   Maria Malmer Stenergard
  code   SWEELI -20240909
  code   SWEGOV 20240910-
  code   SWEGOV
  kind   person
  note   foreign minister 10 Sep 2024 to today

actor LENI_BJORKLUND
  name   Leni Björklund; Leni Bjorklund
  code   SWEELI -20021020?
  code   SWEGOV 20021021?-20061006
  code   SWEELI 20061007-
  code   SWEELI
  kind   person
  note   defence minister 21 Oct 2002 (date uncertain) to 06 Oct 2006. Dates marked uncertain are known to the month or year only.

actor STEN_TOLGFORS
  name   Sten Tolgfors
  code   SWEELI -20070904
  code   SWEGOV 20070905-20120329
  code   SWEELI 20120330-
  code   SWEELI
  kind   person
  note   defence minister 05 Sep 2007 to 29 Mar 2012

actor KARIN_ENSTROM
  name   Karin Enström; Karin Enstrom
  code   SWEELI -20120417
  code   SWEGOV 20120418-20141003
  code   SWEELI 20141004-
  code   SWEELI
  kind   person
  note   defence minister 18 Apr 2012 to 03 Oct 2014

actor PETER_HULTQVIST
  name   Peter Hultqvist; Hultqvist
  code   SWEELI -20141002
  code   SWEGOV 20141003-20221018
  code   SWEELI 20221019-
  code   SWEELI
  kind   person
  note   defence minister 03 Oct 2014 to 18 Oct 2022

actor PAL_JONSON
  name   Pål Jonson; Pal Jonson
  code   SWEELI -20221017
  code   SWEGOV 20221018-
  code   SWEGOV
  kind   person
  note   defence minister 18 Oct 2022 to today

actor ADOLF_OGI
  name   Adolf Ogi
  code   CHEELI -19871231
  code   CHEGOV 19880101-20001231
  code   CHEELI 20010101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Jan 1988 to 31 Dec 2000; president of the confederation 01 Jan 2000 to 31 Dec 2000. Defence minister 1995-2000.

actor MORITZ_LEUENBERGER
  name   Moritz Leuenberger
  code   CHEELI -19951031
  code   CHEGOV 19951101-20101031
  code   CHEELI 20101101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Nov 1995 to 31 Oct 2010; president of the confederation 01 Jan 2001 to 31 Dec 2001; president of the confederation 01 Jan 2006 to 31 Dec 2006

actor KASPAR_VILLIGER
  name   Kaspar Villiger
  code   CHEELI -19890131
  code   CHEGOV 19890201-20031231
  code   CHEELI 20040101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Feb 1989 to 31 Dec 2003; president of the confederation 01 Jan 2002 to 31 Dec 2002

actor PASCAL_COUCHEPIN
  name   Pascal Couchepin
  code   CHEELI -19980331
  code   CHEGOV 19980401-20091031
  code   CHEELI 20091101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Apr 1998 to 31 Oct 2009; president of the confederation 01 Jan 2003 to 31 Dec 2003; president of the confederation 01 Jan 2008 to 31 Dec 2008

actor JOSEPH_DEISS
  name   Joseph Deiss
  code   CHEELI -19990331
  code   CHEGOV 19990401-20060731
  code   CHEELI 20060801-
  code   CHEELI
  kind   person
  note   federal councillor 01 Apr 1999 to 31 Jul 2006; foreign minister 01 Apr 1999 to 31 Dec 2002; president of the confederation 01 Jan 2004 to 31 Dec 2004

actor SAMUEL_SCHMID
  name   Samuel Schmid
  code   CHEELI -20001231
  code   CHEGOV 20010101-20081231
  code   CHEELI 20090101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Jan 2001 to 31 Dec 2008; defence minister 01 Jan 2001 to 31 Dec 2008; president of the confederation 01 Jan 2005 to 31 Dec 2005

actor MICHELINE_CALMY_REY
  name   Micheline Calmy-Rey; Calmy-Rey
  code   CHEELI -20021231
  code   CHEGOV 20030101-20111231
  code   CHEELI 20120101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Jan 2003 to 31 Dec 2011; foreign minister 01 Jan 2003 to 31 Dec 2011; president of the confederation 01 Jan 2007 to 31 Dec 2007; president of the confederation 01 Jan 2011 to 31 Dec 2011

actor HANS_RUDOLF_MERZ
  name   Hans-Rudolf Merz
  code   CHEELI -20031231
  code   CHEGOV 20040101-20101031
  code   CHEELI 20101101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Jan 2004 to 31 Oct 2010; president of the confederation 01 Jan 2009 to 31 Dec 2009

actor DORIS_LEUTHARD
  name   Doris Leuthard; Leuthard
  code   CHEELI -20060731
  code   CHEGOV 20060801-20181231
  code   CHEELI 20190101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Aug 2006 to 31 Dec 2018; president of the confederation 01 Jan 2010 to 31 Dec 2010; president of the confederation 01 Jan 2017 to 31 Dec 2017

actor EVELINE_WIDMER_SCHLUMPF
  name   Eveline Widmer-Schlumpf
  code   CHEELI -20071231
  code   CHEGOV 20080101-20151231
  code   CHEELI 20160101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Jan 2008 to 31 Dec 2015; president of the confederation 01 Jan 2012 to 31 Dec 2012

actor UELI_MAURER
  name   Ueli Maurer
  code   CHEELI -20081231
  code   CHEGOV 20090101-20221231
  code   CHEELI 20230101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Jan 2009 to 31 Dec 2022; defence minister 01 Jan 2009 to 31 Dec 2015; president of the confederation 01 Jan 2013 to 31 Dec 2013; president of the confederation 01 Jan 2019 to 31 Dec 2019

actor DIDIER_BURKHALTER
  name   Didier Burkhalter; Burkhalter
  code   CHEELI -20091031
  code   CHEGOV 20091101-20171031
  code   CHEELI 20171101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Nov 2009 to 31 Oct 2017; foreign minister 01 Jan 2012 to 31 Oct 2017; president of the confederation 01 Jan 2014 to 31 Dec 2014

actor SIMONETTA_SOMMARUGA
  name   Simonetta Sommaruga; Sommaruga
  code   CHEELI -20101031
  code   CHEGOV 20101101-20221231
  code   CHEELI 20230101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Nov 2010 to 31 Dec 2022; president of the confederation 01 Jan 2015 to 31 Dec 2015; president of the confederation 01 Jan 2020 to 31 Dec 2020

actor JOHANN_SCHNEIDER_AMMANN
  name   Johann Schneider-Ammann
  code   CHEELI -20101031
  code   CHEGOV 20101101-20181231
  code   CHEELI 20190101-
  code   CHEELI
  kind   person
  note   federal councillor 01 Nov 2010 to 31 Dec 2018; president of the confederation 01 Jan 2016 to 31 Dec 2016

actor ALAIN_BERSET
  name   Alain Berset; Berset
  code   CHEELI -20111231
  code   CHEGOV 20120101-20231231
  code   CHEELI 20240101-20240917
  code   IGOEURCOE 20240918-
  code   IGOEURCOE
  kind   person
  note   federal councillor 01 Jan 2012 to 31 Dec 2023; president of the confederation 01 Jan 2018 to 31 Dec 2018; president of the confederation 01 Jan 2023 to 31 Dec 2023; Council of Europe secretary-general 18 Sep 2024 to today

actor GUY_PARMELIN
  name   Guy Parmelin; Parmelin
  code   CHEELI -20151231
  code   CHEGOV 20160101-
  code   CHEGOV
  kind   person
  note   federal councillor 01 Jan 2016 to today; defence minister 01 Jan 2016 to 31 Dec 2018; president of the confederation 01 Jan 2021 to 31 Dec 2021; president of the confederation 01 Jan 2026 to 31 Dec 2026

actor VIOLA_AMHERD
  name   Viola Amherd; Amherd
  code   CHEELI -20181231
  code   CHEGOV 20190101-20250331
  code   CHEELI 20250401-
  code   CHEELI
  kind   person
  note   federal councillor 01 Jan 2019 to 31 Mar 2025; defence minister 01 Jan 2019 to 31 Mar 2025; president of the confederation 01 Jan 2024 to 31 Dec 2024

actor MARTIN_PFISTER
  name   Martin Pfister
  code   CHEELI -20250331
  code   CHEGOV 20250401-
  code   CHEGOV
  kind   person
  note   federal councillor 01 Apr 2025 to today; defence minister 01 Apr 2025 to today

actor VLADIMIR_SPIDLA
  name   Vladimír Špidla; Vladimir Spidla; Spidla
  code   CZEELI -20020714
  code   CZEGOV 20020715-20040804
  code   CZEELI 20040805-
  code   CZEELI
  kind   person
  note   prime minister 15 Jul 2002 to 04 Aug 2004

actor STANISLAV_GROSS
  name   Stanislav Gross
  code   CZEELI -20040803
  code   CZEGOV 20040804-20050425
  code   CZEELI 20050426-
  code   CZEELI
  kind   person
  note   prime minister 04 Aug 2004 to 25 Apr 2005. Died 16 April 2015.

actor JIRI_PAROUBEK
  name   Jiří Paroubek; Jiri Paroubek; Paroubek
  code   CZEELI -20050424
  code   CZEGOV 20050425-20060904
  code   CZEELI 20060905-
  code   CZEELI
  kind   person
  note   prime minister 25 Apr 2005 to 04 Sep 2006

actor MIREK_TOPOLANEK
  name   Mirek Topolánek; Mirek Topolanek; Topolanek
  code   CZEELI -20060903
  code   CZEGOV 20060904-20090508
  code   CZEELI 20090509-
  code   CZEELI
  kind   person
  note   prime minister 04 Sep 2006 to 08 May 2009

actor JAN_FISCHER
  name   Jan Fischer
  code   CZEELI -20090507
  code   CZEGOV 20090508-20100713
  code   CZEELI 20100714-
  code   CZEELI
  kind   person
  note   prime minister 08 May 2009 to 13 Jul 2010

actor PETR_NECAS
  name   Petr Nečas; Petr Necas
  code   CZEELI -20100712
  code   CZEGOV 20100713-20130710
  code   CZEELI 20130711-
  code   CZEELI
  kind   person
  note   prime minister 13 Jul 2010 to 10 Jul 2013

actor JIRI_RUSNOK
  name   Jiří Rusnok; Jiri Rusnok
  code   CZEELI -20130709
  code   CZEGOV 20130710-20140129
  code   CZEELI 20140130-
  code   CZEELI
  kind   person
  note   prime minister 10 Jul 2013 to 29 Jan 2014

actor BOHUSLAV_SOBOTKA
  name   Bohuslav Sobotka; Sobotka
  code   CZEELI -20140128
  code   CZEGOV 20140129-20171213
  code   CZEELI 20171214-
  code   CZEELI
  kind   person
  note   prime minister 29 Jan 2014 to 13 Dec 2017

actor JAN_KAVAN
  name   Jan Kavan
  code   CZEELI -19980721
  code   CZEGOV 19980722-20020715
  code   CZEELI 20020716-20020909
  code   IGOUNO 20020910-20030915
  code   CZEELI 20030916-
  code   CZEELI
  kind   person
  note   foreign minister 22 Jul 1998 to 15 Jul 2002; UN General Assembly president 10 Sep 2002 to 15 Sep 2003

actor CYRIL_SVOBODA
  name   Cyril Svoboda
  code   CZEELI -20020714
  code   CZEGOV 20020715-20060904
  code   CZEELI 20060905-
  code   CZEELI
  kind   person
  note   foreign minister 15 Jul 2002 to 04 Sep 2006

actor KAREL_SCHWARZENBERG
  name   Karel Schwarzenberg; Schwarzenberg
  code   CZEELI -20070108
  code   CZEGOV 20070109-20090508
  code   CZEELI 20090509-20100712
  code   CZEGOV 20100713-20130710
  code   CZEELI 20130711-
  code   CZEELI
  kind   person
  note   foreign minister 09 Jan 2007 to 08 May 2009; foreign minister 13 Jul 2010 to 10 Jul 2013. Died 12 November 2023.

actor LUBOMIR_ZAORALEK
  name   Lubomír Zaorálek; Lubomir Zaoralek
  code   CZEELI -20140128
  code   CZEGOV 20140129-20171213
  code   CZEELI 20171214-
  code   CZEELI
  kind   person
  note   foreign minister 29 Jan 2014 to 13 Dec 2017

actor TOMAS_PETRICEK
  name   Tomáš Petříček; Tomas Petricek
  code   CZEELI -20181015
  code   CZEGOV 20181016-20210412
  code   CZEELI 20210413-
  code   CZEELI
  kind   person
  note   foreign minister 16 Oct 2018 to 12 Apr 2021

actor JAKUB_KULHANEK
  name   Jakub Kulhánek; Jakub Kulhanek
  code   CZEELI -20210420
  code   CZEGOV 20210421-20211217
  code   CZEELI 20211218-
  code   CZEELI
  kind   person
  note   foreign minister 21 Apr 2021 to 17 Dec 2021

actor JAN_LIPAVSKY
  name   Jan Lipavský; Jan Lipavsky; Lipavsky
  code   CZEELI -20211216
  code   CZEGOV 20211217-20251215?
  code   CZEELI 20251216?-
  code   CZEELI
  kind   person
  note   foreign minister 17 Dec 2021 to 15 Dec 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor JANA_CERNOCHOVA
  name   Jana Černochová; Jana Cernochova
  code   CZEELI -20211216
  code   CZEGOV 20211217-20251215?
  code   CZEELI 20251216?-
  code   CZEELI
  kind   person
  note   defence minister 17 Dec 2021 to 15 Dec 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MARTIN_STROPNICKY
  name   Martin Stropnický; Martin Stropnicky
  code   CZEELI -20140128
  code   CZEGOV 20140129-20171213
  code   CZEELI 20171214-
  code   CZEELI
  kind   person
  note   defence minister 29 Jan 2014 to 13 Dec 2017

actor LUBOMIR_METNAR
  name   Lubomír Metnar; Lubomir Metnar
  code   CZEELI -20180626?
  code   CZEGOV 20180627?-20211217
  code   CZEELI 20211218-
  code   CZEELI
  kind   person
  note   defence minister 27 Jun 2018 (date uncertain) to 17 Dec 2021. Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (eura1)

actor ARMEN_SARKISSIAN
  name   Armen Sarkissian; Armen Sargsyan
  code   ARMELI -20180408
  code   ARMGOV 20180409-20220201
  code   ARMELI 20220202-
  code   ARMELI
  kind   person
  note   president 09 Apr 2018 to 01 Feb 2022. Prime minister 1996-1997.

actor VAHAGN_KHACHATURYAN
  name   Vahagn Khachaturyan
  code   ARMELI -20220312
  code   ARMGOV 20220313-
  code   ARMGOV
  kind   person
  note   president 13 Mar 2022 to today

actor ARAM_SARGSYAN
  name   Aram Sargsyan
  code   ARMELI -19991102
  code   ARMGOV 19991103-20000502
  code   ARMELI 20000503-
  code   ARMELI
  kind   person
  note   prime minister 03 Nov 1999 to 02 May 2000

actor ANDRANIK_MARGARYAN
  name   Andranik Margaryan
  code   ARMELI -20000511
  code   ARMGOV 20000512-20070325
  code   ARMELI 20070326-
  code   ARMELI
  kind   person
  note   prime minister 12 May 2000 to 25 Mar 2007. Died in office 25 March 2007.

actor TIGRAN_SARGSYAN
  name   Tigran Sargsyan
  code   ARMELI -20080408
  code   ARMGOV 20080409-20140413
  code   ARMELI 20140414-20160131
  code   IGOEEUEEU 20160201-20200131
  code   ARMELI 20200201-
  code   ARMELI
  kind   person
  note   prime minister 09 Apr 2008 to 13 Apr 2014; Eurasian Economic Commission chairman 01 Feb 2016 to 31 Jan 2020

actor HOVIK_ABRAHAMYAN
  name   Hovik Abrahamyan
  code   ARMELI -20140412
  code   ARMGOV 20140413-20160913
  code   ARMELI 20160914-
  code   ARMELI
  kind   person
  note   prime minister 13 Apr 2014 to 13 Sep 2016

actor KAREN_KARAPETYAN
  name   Karen Karapetyan
  code   ARMELI -20160912
  code   ARMGOV 20160913-20180417
  code   ARMELI 20180418-20180422
  code   ARMGOV 20180423-20180508
  code   ARMELI 20180509-
  code   ARMELI
  kind   person
  note   prime minister 13 Sep 2016 to 17 Apr 2018; acting prime minister 23 Apr 2018 to 08 May 2018

actor VARTAN_OSKANIAN
  name   Vartan Oskanian
  code   ARMELI -19980331?
  code   ARMGOV 19980401?-20080414
  code   ARMELI 20080415-
  code   ARMELI
  kind   person
  note   foreign minister 01 Apr 1998 (date uncertain) to 14 Apr 2008. Dates marked uncertain are known to the month or year only.

actor EDWARD_NALBANDIAN
  name   Edward Nalbandian; Eduard Nalbandyan
  code   ARMELI -20080413
  code   ARMGOV 20080414-20180512
  code   ARMELI 20180513-
  code   ARMELI
  kind   person
  note   foreign minister 14 Apr 2008 to 12 May 2018

actor ZOHRAB_MNATSAKANYAN
  name   Zohrab Mnatsakanyan
  code   ARMELI -20180511
  code   ARMGOV 20180512-20201116
  code   ARMELI 20201117-
  code   ARMELI
  kind   person
  note   foreign minister 12 May 2018 to 16 Nov 2020

actor SEYRAN_OHANYAN
  name   Seyran Ohanyan
  code   ARMELI -20080619?
  code   ARMGOV 20080620?-20161003
  code   ARMELI 20161004-
  code   ARMELI
  kind   person
  note   defence minister 20 Jun 2008 (date uncertain) to 03 Oct 2016. Dates marked uncertain are known to the month or year only.

actor VIGEN_SARGSYAN
  name   Vigen Sargsyan
  code   ARMELI -20161002
  code   ARMGOV 20161003-20180512
  code   ARMELI 20180513-
  code   ARMELI
  kind   person
  note   defence minister 03 Oct 2016 to 12 May 2018

actor DAVID_TONOYAN
  name   David Tonoyan
  code   ARMELI -20180511
  code   ARMGOV 20180512-20201120
  code   ARMELI 20201121-
  code   ARMELI
  kind   person
  note   defence minister 12 May 2018 to 20 Nov 2020

actor SUREN_PAPIKYAN
  name   Suren Papikyan
  code   ARMELI -20211114?
  code   ARMGOV 20211115?-
  code   ARMGOV
  kind   person
  note   defence minister 15 Nov 2021 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor ARTUR_RASIZADE
  name   Artur Rasizade; Artur Rasizadeh
  code   AZEELI -19961125
  code   AZEGOV 19961126-20030804
  code   AZEELI 20030805-20031103
  code   AZEGOV 20031104-20180421
  code   AZEELI 20180422-
  code   AZEELI
  kind   person
  note   prime minister 26 Nov 1996 to 04 Aug 2003; prime minister 04 Nov 2003 to 21 Apr 2018

actor NOVRUZ_MAMMADOV
  name   Novruz Mammadov
  code   AZEELI -20180420
  code   AZEGOV 20180421-20191008
  code   AZEELI 20191009-
  code   AZEELI
  kind   person
  note   prime minister 21 Apr 2018 to 08 Oct 2019

actor ALI_ASADOV
  name   Ali Asadov
  code   AZEELI -20191007
  code   AZEGOV 20191008-
  code   AZEGOV
  kind   person
  note   prime minister 08 Oct 2019 to today

actor VILAYAT_GULIYEV
  name   Vilayat Guliyev
  code   AZEELI -19981231?
  code   AZEGOV 19990101?-20040402
  code   AZEELI 20040403-
  code   AZEELI
  kind   person
  note   foreign minister 01 Jan 1999 (date uncertain) to 02 Apr 2004. Dates marked uncertain are known to the month or year only.

actor ELMAR_MAMMADYAROV
  name   Elmar Mammadyarov; Mammadyarov
  code   AZEELI -20040401
  code   AZEGOV 20040402-20200716
  code   AZEELI 20200717-
  code   AZEELI
  kind   person
  note   foreign minister 02 Apr 2004 to 16 Jul 2020

actor SAFAR_ABIYEV
  name   Safar Abiyev
  code   AZEELI -19950131?
  code   AZEGOV 19950201?-20131022
  code   AZEELI 20131023-
  code   AZEELI
  kind   person
  note   defence minister 01 Feb 1995 (date uncertain) to 22 Oct 2013. Dates marked uncertain are known to the month or year only.

actor ZAKIR_HASANOV
  name   Zakir Hasanov
  code   AZEELI -20131021
  code   AZEGOV 20131022-
  code   AZEGOV
  kind   person
  note   defence minister 22 Oct 2013 to today

actor VLADIMIR_YERMOSHIN
  name   Vladimir Yermoshin
  code   BLRELI -20000217
  code   BLRGOV 20000218-20010910?
  code   BLRELI 20010911?-
  code   BLRELI
  kind   person
  note   prime minister 18 Feb 2000 to 10 Sep 2001 (date uncertain). Dates marked uncertain are known to the month or year only.

actor GENNADY_NOVITSKY
  name   Gennady Novitsky; Henadz Navitski
  code   BLRELI -20010930
  code   BLRGOV 20011001-20030710
  code   BLRELI 20030711-
  code   BLRELI
  kind   person
  note   prime minister 01 Oct 2001 to 10 Jul 2003

actor SERGEI_SIDORSKY
  name   Sergei Sidorsky; Siarhei Sidorski
  code   BLRELI -20030709
  code   BLRGOV 20030710-20101228
  code   BLRELI 20101229-
  code   BLRELI
  kind   person
  note   prime minister 10 Jul 2003 to 28 Dec 2010

actor MIKHAIL_MYASNIKOVICH
  name   Mikhail Myasnikovich
  code   BLRELI -20101227
  code   BLRGOV 20101228-20141227
  code   BLRELI 20141228-
  code   BLRELI
  kind   person
  note   prime minister 28 Dec 2010 to 27 Dec 2014

actor ANDREI_KOBYAKOV
  name   Andrei Kobyakov
  code   BLRELI -20141226
  code   BLRGOV 20141227-20180818
  code   BLRELI 20180819-
  code   BLRELI
  kind   person
  note   prime minister 27 Dec 2014 to 18 Aug 2018

actor SERGEI_RUMAS
  name   Sergei Rumas
  code   BLRELI -20180817
  code   BLRGOV 20180818-20200603
  code   BLRELI 20200604-
  code   BLRELI
  kind   person
  note   prime minister 18 Aug 2018 to 03 Jun 2020

actor ROMAN_GOLOVCHENKO
  name   Roman Golovchenko
  code   BLRELI -20200603
  code   BLRGOV 20200604-20250408?
  code   BLRELI 20250409?-
  code   BLRELI
  kind   person
  note   prime minister 04 Jun 2020 to 08 Apr 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ALEXANDER_TURCHIN
  name   Alexander Turchin; Aleksandr Turchin
  code   BLRELI -20250407?
  code   BLRGOV 20250408?-
  code   BLRGOV
  kind   person
  note   prime minister 08 Apr 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor SERGEI_ALEINIK
  name   Sergei Aleinik; Sergei Aleynik
  code   BLRELI -20221212?
  code   BLRGOV 20221213?-20240624?
  code   BLRELI 20240625?-
  code   BLRELI
  kind   person
  note   foreign minister 13 Dec 2022 (date uncertain) to 24 Jun 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MAXIM_RYZHENKOV
  name   Maxim Ryzhenkov; Maksim Ryzhenkov
  code   BLRELI -20240623?
  code   BLRGOV 20240624?-
  code   BLRGOV
  kind   person
  note   foreign minister 24 Jun 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor LEONID_MALTSEV
  name   Leonid Maltsev
  code   BLRELI -20010926?
  code   BLRGOV 20010927?-20091204?
  code   BLRELI 20091205?-
  code   BLRELI
  kind   person
  note   defence minister 27 Sep 2001 (date uncertain) to 04 Dec 2009 (date uncertain). Dates marked uncertain are known to the month or year only.

actor YURI_ZHADOBIN
  name   Yuri Zhadobin
  code   BLRELI -20091203?
  code   BLRGOV 20091204?-20141125
  code   BLRELI 20141126-
  code   BLRELI
  kind   person
  note   defence minister 04 Dec 2009 (date uncertain) to 25 Nov 2014. Dates marked uncertain are known to the month or year only.

actor ANDREI_RAVKOV
  name   Andrei Ravkov
  code   BLRELI -20141124
  code   BLRGOV 20141125-20200120
  code   BLRELI 20200121-
  code   BLRELI
  kind   person
  note   defence minister 25 Nov 2014 to 20 Jan 2020

actor AVTANDIL_JORBENADZE
  name   Avtandil Jorbenadze
  code   GEOELI -20011220
  code   GEOGOV 20011221-20031127
  code   GEOELI 20031128-
  code   GEOELI
  kind   person
  note   state minister 21 Dec 2001 to 27 Nov 2003. Head of government as state minister.

actor GIORGI_ARSENISHVILI
  name   Giorgi Arsenishvili
  code   GEOELI -20000510
  code   GEOGOV 20000511-20011221
  code   GEOELI 20011222-
  code   GEOELI
  kind   person
  note   state minister 11 May 2000 to 21 Dec 2001. Head of government as state minister.

actor GRIGOL_MGALOBLISHVILI
  name   Grigol Mgaloblishvili
  code   GEOELI -20081031
  code   GEOGOV 20081101-20090206
  code   GEOELI 20090207-
  code   GEOELI
  kind   person
  note   prime minister 01 Nov 2008 to 06 Feb 2009

actor VANO_MERABISHVILI
  name   Vano Merabishvili; Merabishvili
  code   GEOELI -20041209?
  code   GEOGOV 20041210?-20121025
  code   GEOELI 20121026-
  code   GEOELI
  kind   person
  note   interior minister 10 Dec 2004 (date uncertain) to 04 Jul 2012; prime minister 04 Jul 2012 to 25 Oct 2012. Dates marked uncertain are known to the month or year only.

actor MAMUKA_BAKHTADZE
  name   Mamuka Bakhtadze
  code   GEOELI -20180619
  code   GEOGOV 20180620-20190902
  code   GEOELI 20190903-
  code   GEOELI
  kind   person
  note   prime minister 20 Jun 2018 to 02 Sep 2019

actor IRAKLI_MENAGARISHVILI
  name   Irakli Menagarishvili
  code   GEOELI -19951009?
  code   GEOGOV 19951010?-20031127?
  code   GEOELI 20031128?-
  code   GEOELI
  kind   person
  note   foreign minister 10 Oct 1995 (date uncertain) to 27 Nov 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

actor TEDO_JAPARIDZE
  name   Tedo Japaridze
  code   GEOELI -20031126?
  code   GEOGOV 20031127?-20040318
  code   GEOELI 20040319-
  code   GEOELI
  kind   person
  note   foreign minister 27 Nov 2003 (date uncertain) to 18 Mar 2004. Dates marked uncertain are known to the month or year only.

actor GELA_BEZHUASHVILI
  name   Gela Bezhuashvili
  code   GEOELI -20051019?
  code   GEOGOV 20051020?-20080131?
  code   GEOELI 20080201?-
  code   GEOELI
  kind   person
  note   foreign minister 20 Oct 2005 (date uncertain) to 31 Jan 2008 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MAIA_PANJIKIDZE
  name   Maia Panjikidze
  code   GEOELI -20121024
  code   GEOGOV 20121025-20141105
  code   GEOELI 20141106-
  code   GEOELI
  kind   person
  note   foreign minister 25 Oct 2012 to 05 Nov 2014

actor MIKHEIL_JANELIDZE
  name   Mikheil Janelidze
  code   GEOELI -20150831?
  code   GEOGOV 20150901?-20180620?
  code   GEOELI 20180621?-
  code   GEOELI
  kind   person
  note   foreign minister 01 Sep 2015 (date uncertain) to 20 Jun 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DAVID_ZALKALIANI
  name   David Zalkaliani
  code   GEOELI -20180619?
  code   GEOGOV 20180620?-20220304?
  code   GEOELI 20220305?-
  code   GEOELI
  kind   person
  note   foreign minister 20 Jun 2018 (date uncertain) to 04 Mar 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ILIA_DARCHIASHVILI
  name   Ilia Darchiashvili
  code   GEOELI -20220303?
  code   GEOGOV 20220304?-20240208?
  code   GEOELI 20240209?-
  code   GEOELI
  kind   person
  note   foreign minister 04 Mar 2022 (date uncertain) to 08 Feb 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor IRAKLI_OKRUASHVILI
  name   Irakli Okruashvili; Okruashvili
  code   GEOELI -20041214?
  code   GEOGOV 20041215?-20061110?
  code   GEOELI 20061111?-
  code   GEOELI
  kind   person
  note   defence minister 15 Dec 2004 (date uncertain) to 10 Nov 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DAVIT_KEZERASHVILI
  name   Davit Kezerashvili; David Kezerashvili
  code   GEOELI -20061109?
  code   GEOGOV 20061110?-20081205?
  code   GEOELI 20081206?-
  code   GEOELI
  kind   person
  note   defence minister 10 Nov 2006 (date uncertain) to 05 Dec 2008 (date uncertain). Dates marked uncertain are known to the month or year only.

actor IRAKLI_ALASANIA
  name   Irakli Alasania; Alasania
  code   GEOELI -20121024
  code   GEOGOV 20121025-20141104
  code   GEOELI 20141105-
  code   GEOELI
  kind   person
  note   defence minister 25 Oct 2012 to 04 Nov 2014

actor ANATOLIY_KINAKH
  name   Anatoliy Kinakh; Anatoly Kinakh
  code   UKRELI -20010528
  code   UKRGOV 20010529-20021116
  code   UKRELI 20021117-
  code   UKRELI
  kind   person
  note   prime minister 29 May 2001 to 16 Nov 2002

actor YURIY_YEKHANUROV
  name   Yuriy Yekhanurov; Yuri Yekhanurov
  code   UKRELI -20050921
  code   UKRGOV 20050922-20060804
  code   UKRELI 20060805-20071217
  code   UKRGOV 20071218-20090605?
  code   UKRELI 20090606?-
  code   UKRELI
  kind   person
  note   prime minister 22 Sep 2005 to 04 Aug 2006; defence minister 18 Dec 2007 to 05 Jun 2009 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MYKOLA_AZAROV
  name   Mykola Azarov; Nikolai Azarov; Azarov
  code   UKRELI -20100310
  code   UKRGOV 20100311-20140128
  code   UKRELI 20140129-
  code   UKRELI
  kind   person
  note   prime minister 11 Mar 2010 to 28 Jan 2014

actor SERHIY_ARBUZOV
  name   Serhiy Arbuzov
  code   UKRELI -20140127
  code   UKRGOV 20140128-20140227
  code   UKRELI 20140228-
  code   UKRELI
  kind   person
  note   acting prime minister 28 Jan 2014 to 27 Feb 2014

actor OLEKSIY_HONCHARUK
  name   Oleksiy Honcharuk; Oleksii Honcharuk
  code   UKRELI -20190828
  code   UKRGOV 20190829-20200304
  code   UKRELI 20200305-
  code   UKRELI
  kind   person
  note   prime minister 29 Aug 2019 to 04 Mar 2020

actor BORYS_TARASYUK
  name   Borys Tarasyuk
  code   UKRELI -19980416?
  code   UKRGOV 19980417?-20000929
  code   UKRELI 20000930-20050203
  code   UKRGOV 20050204-20070130
  code   UKRELI 20070131-
  code   UKRELI
  kind   person
  note   foreign minister 17 Apr 1998 (date uncertain) to 29 Sep 2000; foreign minister 04 Feb 2005 to 30 Jan 2007. Dates marked uncertain are known to the month or year only.

actor ANATOLIY_ZLENKO
  name   Anatoliy Zlenko
  code   UKRELI -20001001
  code   UKRGOV 20001002-20030902
  code   UKRELI 20030903-
  code   UKRELI
  kind   person
  note   foreign minister 02 Oct 2000 to 02 Sep 2003

actor KOSTYANTYN_GRYSHCHENKO
  name   Kostyantyn Gryshchenko; Konstantin Gryshchenko
  code   UKRELI -20030901
  code   UKRGOV 20030902-20050204
  code   UKRELI 20050205-20100310
  code   UKRGOV 20100311-20121224
  code   UKRELI 20121225-
  code   UKRELI
  kind   person
  note   foreign minister 02 Sep 2003 to 04 Feb 2005; foreign minister 11 Mar 2010 to 24 Dec 2012

actor VOLODYMYR_OHRYZKO
  name   Volodymyr Ohryzko
  code   UKRELI -20071217
  code   UKRGOV 20071218-20090303
  code   UKRELI 20090304-
  code   UKRELI
  kind   person
  note   foreign minister 18 Dec 2007 to 03 Mar 2009

actor LEONID_KOZHARA
  name   Leonid Kozhara
  code   UKRELI -20121223
  code   UKRGOV 20121224-20140223
  code   UKRELI 20140224-
  code   UKRELI
  kind   person
  note   foreign minister 24 Dec 2012 to 23 Feb 2014

actor ANDRII_DESHCHYTSIA
  name   Andrii Deshchytsia; Andriy Deshchytsia
  code   UKRELI -20140226
  code   UKRGOV 20140227-20140619
  code   UKRELI 20140620-
  code   UKRELI
  kind   person
  note   acting foreign minister 27 Feb 2014 to 19 Jun 2014

actor VADYM_PRYSTAIKO
  name   Vadym Prystaiko
  code   UKRELI -20190828
  code   UKRGOV 20190829-20200304
  code   UKRELI 20200305-
  code   UKRELI
  kind   person
  note   foreign minister 29 Aug 2019 to 04 Mar 2020

actor OLEKSANDR_KUZMUK
  name   Oleksandr Kuzmuk
  code   UKRELI -19960709?
  code   UKRGOV 19960710?-20011024?
  code   UKRELI 20011025?-20040324?
  code   UKRGOV 20040325?-20050203?
  code   UKRELI 20050204?-
  code   UKRELI
  kind   person
  note   defence minister 10 Jul 1996 (date uncertain) to 24 Oct 2001 (date uncertain); defence minister 25 Mar 2004 (date uncertain) to 03 Feb 2005 (date uncertain). Dates marked uncertain are known to the month or year only.

actor YEVHEN_MARCHUK
  name   Yevhen Marchuk
  code   UKRELI -20030624?
  code   UKRGOV 20030625?-20040925?
  code   UKRELI 20040926?-
  code   UKRELI
  kind   person
  note   defence minister 25 Jun 2003 (date uncertain) to 25 Sep 2004 (date uncertain). Prime minister 1995-1996. Dates marked uncertain are known to the month or year only.

actor ANATOLIY_HRYTSENKO
  name   Anatoliy Hrytsenko
  code   UKRELI -20050202
  code   UKRGOV 20050203-20071218
  code   UKRELI 20071219-
  code   UKRELI
  kind   person
  note   defence minister 03 Feb 2005 to 18 Dec 2007

actor MYKHAILO_YEZHEL
  name   Mykhailo Yezhel
  code   UKRELI -20100310
  code   UKRGOV 20100311-20120208
  code   UKRELI 20120209-
  code   UKRELI
  kind   person
  note   defence minister 11 Mar 2010 to 08 Feb 2012

actor PAVLO_LEBEDYEV
  name   Pavlo Lebedyev; Pavlo Lebediev
  code   UKRELI -20121223
  code   UKRGOV 20121224-20140227
  code   UKRELI 20140228-
  code   UKRELI
  kind   person
  note   defence minister 24 Dec 2012 to 27 Feb 2014

actor VALERIY_HELETEY
  name   Valeriy Heletey
  code   UKRELI -20140702
  code   UKRGOV 20140703-20141014
  code   UKRELI 20141015-
  code   UKRELI
  kind   person
  note   defence minister 03 Jul 2014 to 14 Oct 2014

actor STEPAN_POLTORAK
  name   Stepan Poltorak
  code   UKRELI -20141013
  code   UKRGOV 20141014-20190829
  code   UKRELI 20190830-
  code   UKRELI
  kind   person
  note   defence minister 14 Oct 2014 to 29 Aug 2019

actor ANDRIY_ZAHORODNIUK
  name   Andriy Zahorodniuk
  code   UKRELI -20190828
  code   UKRGOV 20190829-20200304
  code   UKRELI 20200305-
  code   UKRELI
  kind   person
  note   defence minister 29 Aug 2019 to 04 Mar 2020

actor ANDRIY_TARAN
  name   Andriy Taran; Andrii Taran
  code   UKRELI -20200303
  code   UKRGOV 20200304-20211103
  code   UKRELI 20211104-
  code   UKRELI
  kind   person
  note   defence minister 04 Mar 2020 to 03 Nov 2021

# ---- added by lead-asia (fix1)

actor JOHANNES_RAU
  name   Johannes Rau
  code   DEUELI -19990630
  code   DEUGOV 19990701-20040630
  code   DEUELI 20040701-
  code   DEUELI
  kind   person
  note   president 01 Jul 1999 to 30 Jun 2004. Died 27 January 2006.

actor VAZHA_LORTKIPANIDZE
  name   Vazha Lortkipanidze
  code   GEOELI -19980807?
  code   GEOGOV 19980808?-20000511
  code   GEOELI 20000512-
  code   GEOELI
  kind   person
  note   state minister 08 Aug 1998 (date uncertain) to 11 May 2000. Dates marked uncertain are known to the month or year only.

actor JOAN_MARTI_ALANIS
  name   Joan Martí Alanis; Joan Marti Alanis
  code   ANDELI -19710130
  code   ANDGOV 19710131-20030512
  code   ANDELI 20030513-
  code   ANDELI
  kind   person
  note   episcopal co-prince 31 Jan 1971 to 12 May 2003. Died 11 October 2009.

actor MILAN_ROCEN
  name   Milan Roćen; Milan Rocen
  code   MNEELI -20060609?
  code   MNEGOV 20060610?-20121204
  code   MNEELI 20121205-
  code   MNEELI
  kind   person
  note   foreign minister 10 Jun 2006 (date uncertain) to 04 Dec 2012. Dates marked uncertain are known to the month or year only.

actor SRDJAN_DARMANOVIC
  name   Srđan Darmanović; Srdjan Darmanovic
  code   MNEELI -20161127
  code   MNEGOV 20161128-20201204
  code   MNEELI 20201205-
  code   MNEELI
  kind   person
  note   foreign minister 28 Nov 2016 to 04 Dec 2020

# ---- added by lead-asia (min1)

actor TONINO_PICULA
  name   Tonino Picula
  code   HRVELI -20000126
  code   HRVGOV 20000127-20031223
  code   HRVELI 20031224-
  code   HRVELI
  kind   person
  note   foreign minister 27 Jan 2000 to 23 Dec 2003

actor MIOMIR_ZUZUL
  name   Miomir Žužul; Miomir Zuzul
  code   HRVELI -20031222
  code   HRVGOV 20031223-20050217
  code   HRVELI 20050218-
  code   HRVELI
  kind   person
  note   foreign minister 23 Dec 2003 to 17 Feb 2005

actor GORDAN_JANDROKOVIC
  name   Gordan Jandroković; Gordan Jandrokovic
  code   HRVELI -20080111
  code   HRVGOV 20080112-20111223
  code   HRVELI 20111224-20170504
  code   HRVGOV 20170505-
  code   HRVGOV
  kind   person
  note   foreign minister 12 Jan 2008 to 23 Dec 2011; parliament speaker 05 May 2017 to today

actor VESNA_PUSIC
  name   Vesna Pusić; Vesna Pusic
  code   HRVELI -20111222
  code   HRVGOV 20111223-20160122
  code   HRVELI 20160123-
  code   HRVELI
  kind   person
  note   foreign minister 23 Dec 2011 to 22 Jan 2016

actor MIRO_KOVAC
  name   Miro Kovač; Miro Kovac
  code   HRVELI -20160121
  code   HRVGOV 20160122-20161019
  code   HRVELI 20161020-
  code   HRVELI
  kind   person
  note   foreign minister 22 Jan 2016 to 19 Oct 2016

actor DAVOR_IVO_STIER
  name   Davor Ivo Stier
  code   HRVELI -20161018
  code   HRVGOV 20161019-20170609
  code   HRVELI 20170610-
  code   HRVELI
  kind   person
  note   foreign minister 19 Oct 2016 to 09 Jun 2017

actor MARIJA_PEJCINOVIC_BURIC
  name   Marija Pejčinović Burić; Marija Pejcinovic Buric
  code   HRVELI -20170618
  code   HRVGOV 20170619-20190719
  code   HRVELI 20190720-20190917
  code   IGOEURCOE 20190918-20240917
  code   HRVELI 20240918-
  code   HRVELI
  kind   person
  note   foreign minister 19 Jun 2017 to 19 Jul 2019; Council of Europe secretary-general 18 Sep 2019 to 17 Sep 2024

actor BERISLAV_RONCEVIC
  name   Berislav Rončević; Berislav Roncevic
  code   HRVELI -20031222
  code   HRVGOV 20031223-20080112
  code   HRVELI 20080113-
  code   HRVELI
  kind   person
  note   defence minister 23 Dec 2003 to 12 Jan 2008

actor ANTE_KOTROMANOVIC
  name   Ante Kotromanović; Ante Kotromanovic
  code   HRVELI -20111222
  code   HRVGOV 20111223-20160122
  code   HRVELI 20160123-
  code   HRVELI
  kind   person
  note   defence minister 23 Dec 2011 to 22 Jan 2016

actor DAMIR_KRSTICEVIC
  name   Damir Krstičević; Damir Krsticevic
  code   HRVELI -20161018
  code   HRVGOV 20161019-20200723
  code   HRVELI 20200724-
  code   HRVELI
  kind   person
  note   defence minister 19 Oct 2016 to 23 Jul 2020

actor MIRCEA_GEOANA
  name   Mircea Geoană; Mircea Geoana; Geoana
  code   ROUELI -20001227
  code   ROUGOV 20001228-20041228
  code   ROUELI 20041229-20191016
  code   IGOWSTNAT 20191017-20240904
  code   ROUELI 20240905-
  code   ROUELI
  kind   person
  note   foreign minister 28 Dec 2000 to 28 Dec 2004; NATO deputy secretary-general 17 Oct 2019 to 04 Sep 2024

actor ADRIAN_CIOROIANU
  name   Adrian Cioroianu
  code   ROUELI -20070404
  code   ROUGOV 20070405-20080415
  code   ROUELI 20080416-
  code   ROUELI
  kind   person
  note   foreign minister 05 Apr 2007 to 15 Apr 2008

actor LAZAR_COMANESCU
  name   Lazăr Comănescu; Lazar Comanescu
  code   ROUELI -20080414
  code   ROUGOV 20080415-20081222
  code   ROUELI 20081223-20151116
  code   ROUGOV 20151117-20170104
  code   ROUELI 20170105-
  code   ROUELI
  kind   person
  note   foreign minister 15 Apr 2008 to 22 Dec 2008; foreign minister 17 Nov 2015 to 04 Jan 2017

actor CRISTIAN_DIACONESCU
  name   Cristian Diaconescu
  code   ROUELI -20081221
  code   ROUGOV 20081222-20091001
  code   ROUELI 20091002-20120208
  code   ROUGOV 20120209-20120507
  code   ROUELI 20120508-
  code   ROUELI
  kind   person
  note   foreign minister 22 Dec 2008 to 01 Oct 2009; foreign minister 09 Feb 2012 to 07 May 2012

actor TEODOR_BACONSCHI
  name   Teodor Baconschi
  code   ROUELI -20091222
  code   ROUGOV 20091223-20120123
  code   ROUELI 20120124-
  code   ROUELI
  kind   person
  note   foreign minister 23 Dec 2009 to 23 Jan 2012

actor TITUS_CORLATEAN
  name   Titus Corlățean; Titus Corlatean
  code   ROUELI -20120805
  code   ROUGOV 20120806-20141110
  code   ROUELI 20141111-
  code   ROUELI
  kind   person
  note   foreign minister 06 Aug 2012 to 10 Nov 2014

actor IOAN_MIRCEA_PASCU
  name   Ioan Mircea Pașcu; Ioan Mircea Pascu
  code   ROUELI -20001227
  code   ROUGOV 20001228-20041228
  code   ROUELI 20041229-
  code   ROUELI
  kind   person
  note   defence minister 28 Dec 2000 to 28 Dec 2004

actor NADEZHDA_MIHAYLOVA
  name   Nadezhda Mihaylova
  code   BGRELI -19970211
  code   BGRGOV 19970212-20010724
  code   BGRELI 20010725-
  code   BGRELI
  kind   person
  note   foreign minister 12 Feb 1997 to 24 Jul 2001

actor SOLOMON_PASSY
  name   Solomon Passy
  code   BGRELI -20010723
  code   BGRGOV 20010724-20050817
  code   BGRELI 20050818-
  code   BGRELI
  kind   person
  note   foreign minister 24 Jul 2001 to 17 Aug 2005

actor RUMIANA_JELEVA
  name   Rumiana Jeleva; Rumyana Zheleva
  code   BGRELI -20090726
  code   BGRGOV 20090727-20100119?
  code   BGRELI 20100120?-
  code   BGRELI
  kind   person
  note   foreign minister 27 Jul 2009 to 19 Jan 2010 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KRISTIAN_VIGENIN
  name   Kristian Vigenin
  code   BGRELI -20130528
  code   BGRGOV 20130529-20140806
  code   BGRELI 20140807-
  code   BGRELI
  kind   person
  note   foreign minister 29 May 2013 to 06 Aug 2014

actor MARIYA_GABRIEL
  name   Mariya Gabriel; Maria Gabriel
  code   BGRELI -20170706
  code   IGOEUREEC 20170707-20230515
  code   BGRELI 20230516-20230605
  code   BGRGOV 20230606-20240409
  code   BGRELI 20240410-
  code   BGRELI
  kind   person
  note   European commissioner 07 Jul 2017 to 15 May 2023; foreign minister 06 Jun 2023 to 09 Apr 2024

actor KRASIMIR_KARAKACHANOV
  name   Krasimir Karakachanov; Karakachanov
  code   BGRELI -20170503
  code   BGRGOV 20170504-20210512
  code   BGRELI 20210513-
  code   BGRELI
  kind   person
  note   defence minister 04 May 2017 to 12 May 2021

actor TODOR_TAGAREV
  name   Todor Tagarev
  code   BGRELI -20230605
  code   BGRGOV 20230606-20240409
  code   BGRELI 20240410-
  code   BGRELI
  kind   person
  note   defence minister 06 Jun 2023 to 09 Apr 2024

actor ANYU_ANGELOV
  name   Anyu Angelov
  code   BGRELI -20100726
  code   BGRGOV 20100727-20130313
  code   BGRELI 20130314-
  code   BGRELI
  kind   person
  note   defence minister 27 Jul 2010 to 13 Mar 2013

actor GITTE_LILLELUND_BECH
  name   Gitte Lillelund Bech
  code   DNKELI -20100222
  code   DNKGOV 20100223-20111003
  code   DNKELI 20111004-
  code   DNKELI
  kind   person
  note   defence minister 23 Feb 2010 to 03 Oct 2011

actor NICK_HAEKKERUP
  name   Nick Hækkerup; Nick Haekkerup
  code   DNKELI -20111002
  code   DNKGOV 20111003-20131209?
  code   DNKELI 20131210?-
  code   DNKELI
  kind   person
  note   defence minister 03 Oct 2011 to 09 Dec 2013 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NICOLAI_WAMMEN
  name   Nicolai Wammen
  code   DNKELI -20131208?
  code   DNKGOV 20131209?-20150628
  code   DNKELI 20150629-
  code   DNKELI
  kind   person
  note   defence minister 09 Dec 2013 (date uncertain) to 28 Jun 2015. Dates marked uncertain are known to the month or year only.

actor PETER_CHRISTENSEN
  name   Peter Christensen
  code   DNKELI -20150627
  code   DNKGOV 20150628-20161128
  code   DNKELI 20161129-
  code   DNKELI
  kind   person
  note   defence minister 28 Jun 2015 to 28 Nov 2016

actor CLAUS_HJORT_FREDERIKSEN
  name   Claus Hjort Frederiksen
  code   DNKELI -20161127
  code   DNKGOV 20161128-20190627
  code   DNKELI 20190628-
  code   DNKELI
  kind   person
  note   defence minister 28 Nov 2016 to 27 Jun 2019

actor JOE_BORG
  name   Joe Borg
  code   MLTELI -19990314?
  code   MLTGOV 19990315?-20040303?
  code   MLTELI 20040304?-20040430
  code   IGOEUREEC 20040501-20100209
  code   MLTELI 20100210-
  code   MLTELI
  kind   person
  note   foreign minister 15 Mar 1999 (date uncertain) to 03 Mar 2004 (date uncertain); European commissioner 01 May 2004 to 09 Feb 2010. Dates marked uncertain are known to the month or year only.

actor MICHAEL_FRENDO
  name   Michael Frendo
  code   MLTELI -20040322?
  code   MLTGOV 20040323?-20080312
  code   MLTELI 20080313-
  code   MLTELI
  kind   person
  note   foreign minister 23 Mar 2004 (date uncertain) to 12 Mar 2008. Dates marked uncertain are known to the month or year only.

actor TONIO_BORG
  name   Tonio Borg
  code   MLTELI -20080311
  code   MLTGOV 20080312-20121128?
  code   IGOEUREEC 20121129?-20141031
  code   MLTELI 20141101-
  code   MLTELI
  kind   person
  note   foreign minister 12 Mar 2008 to 28 Nov 2012 (date uncertain); European commissioner 28 Nov 2012 to 31 Oct 2014. Dates marked uncertain are known to the month or year only.

actor ANDREI_STRATAN
  name   Andrei Stratan
  code   MDAELI -20040203?
  code   MDAGOV 20040204?-20090925
  code   MDAELI 20090926-
  code   MDAELI
  kind   person
  note   foreign minister 04 Feb 2004 (date uncertain) to 25 Sep 2009. Dates marked uncertain are known to the month or year only.

actor NATALIA_GHERMAN
  name   Natalia Gherman
  code   MDAELI -20130530?
  code   MDAGOV 20130531?-20160120
  code   MDAELI 20160121-
  code   MDAELI
  kind   person
  note   foreign minister 31 May 2013 (date uncertain) to 20 Jan 2016. Dates marked uncertain are known to the month or year only.

actor ANDREI_GALBUR
  name   Andrei Galbur
  code   MDAELI -20160119
  code   MDAGOV 20160120-20180709?
  code   MDAELI 20180710?-
  code   MDAELI
  kind   person
  note   foreign minister 20 Jan 2016 to 09 Jul 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor AURELIU_CIOCOI
  name   Aureliu Ciocoi
  code   MDAELI -20200315?
  code   MDAGOV 20200316?-20210806
  code   MDAELI 20210807-
  code   MDAELI
  kind   person
  note   foreign minister 16 Mar 2020 (date uncertain) to 06 Aug 2021. Dates marked uncertain are known to the month or year only.

actor ANATOLIE_NOSATII
  name   Anatolie Nosatîi; Anatolie Nosatii; Nosatîi; Nosatii
  code   MDAELI -20210805
  code   MDAGOV 20210806-
  code   MDAGOV
  kind   person
  note   defence minister 06 Aug 2021 to today. Defence minister of the Gavriliţa and Recean governments; whether he kept the post in the government formed in November 2025 is uncertain.

actor PAVEL_VOICU
  name   Pavel Voicu
  code   MDAELI -20190607
  code   MDAGOV 20190608-20191113
  code   MDAELI 20191114-
  code   MDAELI
  kind   person
  note   defence minister 08 Jun 2019 to 13 Nov 2019. Defence minister of Maia Sandu's government.

actor VICTOR_GAICIUC
  name   Victor Gaiciuc
  code   MDAELI -20191113
  code   MDAGOV 20191114-20200315?
  code   MDAELI 20200316?-
  code   MDAELI
  kind   person
  note   defence minister 14 Nov 2019 to 15 Mar 2020 (date uncertain). Defence minister of Ion Chicu's government until March 2020 (end date known to the month only); also defence minister under Voronin in the early 2000s (not coded: dates uncertain).

actor ANTONIO_MILOSOSKI
  name   Antonio Milošoski; Antonio Milososki
  code   MKDELI -20060826
  code   MKDGOV 20060827-20110728
  code   MKDELI 20110729-
  code   MKDELI
  kind   person
  note   foreign minister 27 Aug 2006 to 28 Jul 2011

actor NIKOLA_POPOSKI
  name   Nikola Poposki
  code   MKDELI -20110727
  code   MKDGOV 20110728-20170531
  code   MKDELI 20170601-
  code   MKDELI
  kind   person
  note   foreign minister 28 Jul 2011 to 31 May 2017

actor ILINKA_MITREVA
  name   Ilinka Mitreva
  code   MKDELI -20021031
  code   MKDGOV 20021101-20060827
  code   MKDELI 20060828-
  code   MKDELI
  kind   person
  note   foreign minister 01 Nov 2002 to 27 Aug 2006

actor RADMILA_SEKERINSKA
  name   Radmila Šekerinska; Radmila Sekerinska; Šekerinska; Sekerinska
  code   MKDELI -20021031
  code   MKDGOV 20021101-20060826
  code   MKDELI 20060827-20170531
  code   MKDGOV 20170601-20220116
  code   MKDELI 20220117-
  code   MKDELI
  kind   person
  note   deputy prime minister for European integration 01 Nov 2002 to 26 Aug 2006; defence minister 01 Jun 2017 to 16 Jan 2022. Acting prime minister twice in 2004; led the SDSM in opposition 2006-2008; also deputy prime minister while defence minister.

actor SLAVJANKA_PETROVSKA
  name   Slavjanka Petrovska
  code   MKDELI -20220116
  code   MKDGOV 20220117-20240622
  code   MKDELI 20240623-
  code   MKDELI
  kind   person
  note   defence minister 17 Jan 2022 to 22 Jun 2024. Defence minister of the Kovačevski and Xhaferi governments.

actor VLADO_MISAJLOVSKI
  name   Vlado Misajlovski
  code   MKDELI -20240622
  code   MKDGOV 20240623-
  code   MKDGOV
  kind   person
  note   defence minister 23 Jun 2024 to today

actor ANTANAS_VALIONIS
  name   Antanas Valionis
  code   LTUELI -20001108
  code   LTUGOV 20001109-20060704
  code   LTUELI 20060705-
  code   LTUELI
  kind   person
  note   foreign minister 09 Nov 2000 to 04 Jul 2006

actor PETRAS_VAITIEKUNAS
  name   Petras Vaitiekūnas; Petras Vaitiekunas
  code   LTUELI -20060703
  code   LTUGOV 20060704-20081209
  code   LTUELI 20081210-
  code   LTUELI
  kind   person
  note   foreign minister 04 Jul 2006 to 09 Dec 2008

actor VYGAUDAS_USACKAS
  name   Vygaudas Ušackas; Vygaudas Usackas
  code   LTUELI -20081208
  code   LTUGOV 20081209-20100125
  code   LTUELI 20100126-
  code   LTUELI
  kind   person
  note   foreign minister 09 Dec 2008 to 25 Jan 2010

actor AUDRONIUS_AZUBALIS
  name   Audronius Ažubalis; Audronius Azubalis
  code   LTUELI -20100106?
  code   LTUGOV 20100107?-20121213
  code   LTUELI 20121214-
  code   LTUELI
  kind   person
  note   foreign minister 07 Jan 2010 (date uncertain) to 13 Dec 2012. Dates marked uncertain are known to the month or year only.

actor SANDRA_KALNIETE
  name   Sandra Kalniete
  code   LVAELI -20021106
  code   LVAGOV 20021107-20040309
  code   LVAELI 20040310-
  code   LVAELI
  kind   person
  note   foreign minister 07 Nov 2002 to 09 Mar 2004

actor MARIS_RIEKSTINS
  name   Māris Riekstiņš; Maris Riekstins
  code   LVAELI -20071219?
  code   LVAGOV 20071220?-20100317?
  code   LVAELI 20100318?-
  code   LVAELI
  kind   person
  note   foreign minister 20 Dec 2007 (date uncertain) to 17 Mar 2010 (date uncertain). Dates marked uncertain are known to the month or year only.

actor WILLIE_ODEA
  name   Willie O'Dea
  code   IRLELI -20040928
  code   IRLGOV 20040929-20100218
  code   IRLELI 20100219-
  code   IRLELI
  kind   person
  note   defence minister 29 Sep 2004 to 18 Feb 2010

actor ALAN_SHATTER
  name   Alan Shatter
  code   IRLELI -20110308
  code   IRLGOV 20110309-20140507
  code   IRLELI 20140508-
  code   IRLELI
  kind   person
  note   defence minister 09 Mar 2011 to 07 May 2014

# ---- added by lead-asia (min2)

actor AKIS_TSOCHATZOPOULOS
  name   Akis Tsochatzopoulos
  code   GRCELI -19960121?
  code   GRCGOV 19960122?-20010424?
  code   GRCELI 20010425?-
  code   GRCELI
  kind   person
  note   defence minister 22 Jan 1996 (date uncertain) to 24 Apr 2001 (date uncertain). Jailed for corruption in 2013. Dates marked uncertain are known to the month or year only.

actor YIANNOS_PAPANTONIOU
  name   Yiannos Papantoniou
  code   GRCELI -20010423?
  code   GRCGOV 20010424?-20040310
  code   GRCELI 20040311-
  code   GRCELI
  kind   person
  note   defence minister 24 Apr 2001 (date uncertain) to 10 Mar 2004. Dates marked uncertain are known to the month or year only.

actor SPILIOS_SPILIOTOPOULOS
  name   Spilios Spiliotopoulos
  code   GRCELI -20040309
  code   GRCGOV 20040310-20060215
  code   GRCELI 20060216-
  code   GRCELI
  kind   person
  note   defence minister 10 Mar 2004 to 15 Feb 2006

actor EVANGELOS_MEIMARAKIS
  name   Evangelos Meimarakis
  code   GRCELI -20060214
  code   GRCGOV 20060215-20091007
  code   GRCELI 20091008-
  code   GRCELI
  kind   person
  note   defence minister 15 Feb 2006 to 07 Oct 2009

actor DIMITRIS_AVRAMOPOULOS
  name   Dimitris Avramopoulos; Avramopoulos
  code   GRCELI -20120620
  code   GRCGOV 20120621-20141101?
  code   IGOEUREEC 20141102?-20191130
  code   GRCELI 20191201-
  code   GRCELI
  kind   person
  note   foreign minister 21 Jun 2012 to 25 Jun 2013; defence minister 25 Jun 2013 to 01 Nov 2014 (date uncertain); European commissioner 01 Nov 2014 to 30 Nov 2019. Dates marked uncertain are known to the month or year only.

actor STAVROS_LAMBRINIDIS
  name   Stavros Lambrinidis
  code   GRCELI -20110616
  code   GRCGOV 20110617-20111111
  code   GRCELI 20111112-
  code   GRCELI
  kind   person
  note   foreign minister 17 Jun 2011 to 11 Nov 2011

actor STAVROS_DIMAS
  name   Stavros Dimas
  code   GRCELI -20111110
  code   GRCGOV 20111111-20120621
  code   GRCELI 20120622-
  code   GRCELI
  kind   person
  note   foreign minister 11 Nov 2011 to 17 May 2012; defence minister 17 May 2012 (date uncertain) to 21 Jun 2012. Dates marked uncertain are known to the month or year only.

actor GEORGIOS_KATROUGALOS
  name   Georgios Katrougalos; George Katrougalos
  code   GRCELI -20190214
  code   GRCGOV 20190215-20190709
  code   GRCELI 20190710-
  code   GRCELI
  kind   person
  note   foreign minister 15 Feb 2019 to 09 Jul 2019

actor FERENC_JUHASZ
  name   Ferenc Juhász; Ferenc Juhasz
  code   HUNELI -20020526
  code   HUNGOV 20020527-20060609
  code   HUNELI 20060610-
  code   HUNELI
  kind   person
  note   defence minister 27 May 2002 to 09 Jun 2006

actor IMRE_SZEKERES
  name   Imre Szekeres
  code   HUNELI -20060608
  code   HUNGOV 20060609-20100529
  code   HUNELI 20100530-
  code   HUNELI
  kind   person
  note   defence minister 09 Jun 2006 to 29 May 2010

actor JANOS_SZABO
  name   János Szabó; Janos Szabo
  code   HUNELI -19980707
  code   HUNGOV 19980708-20020527
  code   HUNELI 20020528-
  code   HUNELI
  kind   person
  note   defence minister 08 Jul 1998 to 27 May 2002

actor JAN_ERIK_ENESTAM
  name   Jan-Erik Enestam
  code   FINELI -19990414
  code   FINGOV 19990415-20030417?
  code   FINELI 20030418?-
  code   FINELI
  kind   person
  note   defence minister 15 Apr 1999 to 17 Apr 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

actor STEFAN_WALLIN
  name   Stefan Wallin
  code   FINELI -20110621
  code   FINGOV 20110622-20120705
  code   FINELI 20120706-
  code   FINELI
  kind   person
  note   defence minister 22 Jun 2011 to 05 Jul 2012

actor BJORN_VON_SYDOW
  name   Björn von Sydow; Bjorn von Sydow
  code   SWEELI -19971006
  code   SWEGOV 19971007-20021021
  code   SWEELI 20021022-
  code   SWEELI
  kind   person
  note   defence minister 07 Oct 1997 to 21 Oct 2002

actor MIKAEL_ODENBERG
  name   Mikael Odenberg
  code   SWEELI -20061005
  code   SWEGOV 20061006-20070905
  code   SWEELI 20070906-
  code   SWEELI
  kind   person
  note   defence minister 06 Oct 2006 to 05 Sep 2007

actor BJORN_TORE_GODAL
  name   Bjørn Tore Godal; Bjorn Tore Godal
  code   NORELI -20000316
  code   NORGOV 20000317-20011019
  code   NORELI 20011020-
  code   NORELI
  kind   person
  note   defence minister 17 Mar 2000 to 19 Oct 2001

actor FRANK_DE_GRAVE
  name   Frank de Grave
  code   NLDELI -19980802
  code   NLDGOV 19980803-20020722
  code   NLDELI 20020723-
  code   NLDELI
  kind   person
  note   defence minister 03 Aug 1998 to 22 Jul 2002

actor JAROSLAV_TVRDIK
  name   Jaroslav Tvrdík; Jaroslav Tvrdik
  code   CZEELI -20010131?
  code   CZEGOV 20010201?-20030101?
  code   CZEELI 20030102?-
  code   CZEELI
  kind   person
  note   defence minister 01 Feb 2001 (date uncertain) to 01 Jan 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

actor VLASTA_PARKANOVA
  name   Vlasta Parkanová; Vlasta Parkanova
  code   CZEELI -20070108
  code   CZEGOV 20070109-20090508
  code   CZEELI 20090509-
  code   CZEELI
  kind   person
  note   defence minister 09 Jan 2007 to 08 May 2009

actor ALEXANDR_VONDRA
  name   Alexandr Vondra
  code   CZEELI -20100712
  code   CZEGOV 20100713-20121203?
  code   CZEELI 20121204?-
  code   CZEELI
  kind   person
  note   defence minister 13 Jul 2010 to 03 Dec 2012 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NUNO_SEVERIANO_TEIXEIRA
  name   Nuno Severiano Teixeira
  code   PRTELI -20060702
  code   PRTGOV 20060703-20091026
  code   PRTELI 20091027-
  code   PRTELI
  kind   person
  note   defence minister 03 Jul 2006 to 26 Oct 2009

actor AZEREDO_LOPES
  name   José Alberto Azeredo Lopes; Azeredo Lopes
  code   PRTELI -20151125
  code   PRTGOV 20151126-20181015
  code   PRTELI 20181016-
  code   PRTELI
  kind   person
  note   defence minister 26 Nov 2015 to 15 Oct 2018

actor JURAJ_LISKA
  name   Juraj Liška; Juraj Liska
  code   SVKELI -20030922?
  code   SVKGOV 20030923?-20060208?
  code   SVKELI 20060209?-
  code   SVKELI
  kind   person
  note   defence minister 23 Sep 2003 (date uncertain) to 08 Feb 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor FRANTISEK_KASICKY
  name   František Kašický; Frantisek Kasicky
  code   SVKELI -20060703
  code   SVKGOV 20060704-20080123?
  code   SVKELI 20080124?-
  code   SVKELI
  kind   person
  note   defence minister 04 Jul 2006 to 23 Jan 2008 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MARTIN_GLVAC
  name   Martin Glváč; Martin Glvac
  code   SVKELI -20120403
  code   SVKGOV 20120404-20160323
  code   SVKELI 20160324-
  code   SVKELI
  kind   person
  note   defence minister 04 Apr 2012 to 23 Mar 2016

actor JAAK_AAVIKSOO
  name   Jaak Aaviksoo
  code   ESTELI -20070404
  code   ESTGOV 20070405-20110406
  code   ESTELI 20110407-
  code   ESTELI
  kind   person
  note   defence minister 05 Apr 2007 to 06 Apr 2011

actor JURI_LUIK
  name   Jüri Luik; Juri Luik
  code   ESTELI -20170611
  code   ESTGOV 20170612-20210126
  code   ESTELI 20210127-
  code   ESTELI
  kind   person
  note   defence minister 12 Jun 2017 to 26 Jan 2021

actor INGIBJORG_SOLRUN_GISLADOTTIR
  name   Ingibjörg Sólrún Gísladóttir; Ingibjorg Solrun Gisladottir
  code   ISLELI -20070523
  code   ISLGOV 20070524-20090201
  code   ISLELI 20090202-
  code   ISLELI
  kind   person
  note   foreign minister 24 May 2007 to 01 Feb 2009

actor OSSUR_SKARPHEDINSSON
  name   Össur Skarphéðinsson; Ossur Skarphedinsson
  code   ISLELI -20090131
  code   ISLGOV 20090201-20130523
  code   ISLELI 20130524-
  code   ISLELI
  kind   person
  note   foreign minister 01 Feb 2009 to 23 May 2013

actor GUNNAR_BRAGI_SVEINSSON
  name   Gunnar Bragi Sveinsson
  code   ISLELI -20130522
  code   ISLGOV 20130523-20160407?
  code   ISLELI 20160408?-
  code   ISLELI
  kind   person
  note   foreign minister 23 May 2013 to 07 Apr 2016 (date uncertain). Dates marked uncertain are known to the month or year only.

actor GUDLAUGUR_THOR_THORDARSON
  name   Guðlaugur Þór Þórðarson; Gudlaugur Thor Thordarson
  code   ISLELI -20170110
  code   ISLGOV 20170111-20211128
  code   ISLELI 20211129-
  code   ISLELI
  kind   person
  note   foreign minister 11 Jan 2017 to 28 Nov 2021

actor THORDIS_KOLBRUN_GYLFADOTTIR
  name   Þórdís Kolbrún Reykfjörð Gylfadóttir; Thordis Kolbrun Reykfjord Gylfadottir; Thordis Kolbrun Gylfadottir
  code   ISLELI -20211127
  code   ISLGOV 20211128-20231014
  code   ISLELI 20231015-20240408
  code   ISLGOV 20240409-20241221
  code   ISLELI 20241222-
  code   ISLELI
  kind   person
  note   foreign minister 28 Nov 2021 to 14 Oct 2023; foreign minister 09 Apr 2024 to 21 Dec 2024

actor BACHO_AKHALAIA
  name   Bacho Akhalaia
  code   GEOELI -20090827?
  code   GEOGOV 20090828?-20120701?
  code   GEOELI 20120702?-
  code   GEOELI
  kind   person
  note   defence minister 28 Aug 2009 (date uncertain) to 01 Jul 2012 (date uncertain). Dates marked uncertain are known to the month or year only.

actor LEVAN_IZORIA
  name   Levan Izoria
  code   GEOELI -20160731?
  code   GEOGOV 20160801?-20190904?
  code   GEOELI 20190905?-
  code   GEOELI
  kind   person
  note   defence minister 01 Aug 2016 (date uncertain) to 04 Sep 2019 (date uncertain). Dates marked uncertain are known to the month or year only.

actor JUANSHER_BURCHULADZE
  name   Juansher Burchuladze
  code   GEOELI -20210221?
  code   GEOGOV 20210222?-20240208?
  code   GEOELI 20240209?-
  code   GEOELI
  kind   person
  note   defence minister 22 Feb 2021 (date uncertain) to 08 Feb 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor VOLODYMYR_SHKIDCHENKO
  name   Volodymyr Shkidchenko
  code   UKRELI -20011023?
  code   UKRGOV 20011024?-20030625?
  code   UKRELI 20030626?-
  code   UKRELI
  kind   person
  note   defence minister 24 Oct 2001 (date uncertain) to 25 Jun 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DMYTRO_SALAMATIN
  name   Dmytro Salamatin
  code   UKRELI -20120207
  code   UKRGOV 20120208-20121224
  code   UKRELI 20121225-
  code   UKRELI
  kind   person
  note   defence minister 08 Feb 2012 to 24 Dec 2012

actor IHOR_TENYUKH
  name   Ihor Tenyukh
  code   UKRELI -20140226
  code   UKRGOV 20140227-20140325
  code   UKRELI 20140326-
  code   UKRELI
  kind   person
  note   acting defence minister 27 Feb 2014 to 25 Mar 2014

actor MYKHAILO_KOVAL
  name   Mykhailo Koval
  code   UKRELI -20140324
  code   UKRGOV 20140325-20140703
  code   UKRELI 20140704-
  code   UKRELI
  kind   person
  note   acting defence minister 25 Mar 2014 to 03 Jul 2014

actor MIKHAIL_KHVOSTOV
  name   Mikhail Khvostov
  code   BLRELI -20001130?
  code   BLRGOV 20001201?-20030304?
  code   BLRELI 20030305?-
  code   BLRELI
  kind   person
  note   foreign minister 01 Dec 2000 (date uncertain) to 04 Mar 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (min3)

actor SVEN_ALKALAJ
  name   Sven Alkalaj
  code   BIHELI -20070110?
  code   BIHGOV 20070111?-20120112?
  code   BIHELI 20120113?-
  code   BIHELI
  kind   person
  note   foreign minister 11 Jan 2007 (date uncertain) to 12 Jan 2012 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ZLATKO_LAGUMDZIJA
  name   Zlatko Lagumdžija; Zlatko Lagumdzija
  code   BIHELI -20120111?
  code   BIHGOV 20120112?-20150331
  code   BIHELI 20150401-
  code   BIHELI
  kind   person
  note   foreign minister 12 Jan 2012 (date uncertain) to 31 Mar 2015. Dates marked uncertain are known to the month or year only.

actor IGOR_CRNADAK
  name   Igor Crnadak
  code   BIHELI -20150330
  code   BIHGOV 20150331-20191223
  code   BIHELI 20191224-
  code   BIHELI
  kind   person
  note   foreign minister 31 Mar 2015 to 23 Dec 2019

actor BISERA_TURKOVIC
  name   Bisera Turković; Bisera Turkovic
  code   BIHELI -20191222
  code   BIHGOV 20191223-20230125
  code   BIHELI 20230126-
  code   BIHELI
  kind   person
  note   foreign minister 23 Dec 2019 to 25 Jan 2023

actor ZUKAN_HELEZ
  name   Zukan Helez
  code   BIHELI -20230124
  code   BIHGOV 20230125-
  code   BIHGOV
  kind   person
  note   defence minister 25 Jan 2023 to today

actor MARINA_PENDES
  name   Marina Pendeš; Marina Pendes
  code   BIHELI -20150330
  code   BIHGOV 20150331-20191223
  code   BIHELI 20191224-
  code   BIHELI
  kind   person
  note   defence minister 31 Mar 2015 to 23 Dec 2019

actor SIFET_PODZIC
  name   Sifet Podžić; Sifet Podzic
  code   BIHELI -20191222
  code   BIHGOV 20191223-20230125
  code   BIHELI 20230126-
  code   BIHELI
  kind   person
  note   defence minister 23 Dec 2019 to 25 Jan 2023

actor AURELIA_FRICK
  name   Aurelia Frick
  code   LIEELI -20090324
  code   LIEGOV 20090325-20190702
  code   LIEELI 20190703-
  code   LIEELI
  kind   person
  note   foreign minister 25 Mar 2009 to 02 Jul 2019

actor KATRIN_EGGENBERGER
  name   Katrin Eggenberger
  code   LIEELI -20190701?
  code   LIEGOV 20190702?-20210325
  code   LIEELI 20210326-
  code   LIEELI
  kind   person
  note   foreign minister 02 Jul 2019 (date uncertain) to 25 Mar 2021. Dates marked uncertain are known to the month or year only.

actor DOMINIQUE_HASLER
  name   Dominique Hasler
  code   LIEELI -20210324
  code   LIEGOV 20210325-20250410?
  code   LIEELI 20250411?-
  code   LIEELI
  kind   person
  note   foreign minister 25 Mar 2021 to 10 Apr 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor GILBERT_SABOYA
  name   Gilbert Saboya Sunyé; Gilbert Saboya
  code   ANDELI -20110511?
  code   ANDGOV 20110512?-20170502?
  code   ANDELI 20170503?-
  code   ANDELI
  kind   person
  note   foreign minister 12 May 2011 (date uncertain) to 02 May 2017 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MARIA_UBACH
  name   Maria Ubach Font; Maria Ubach
  code   ANDELI -20170501?
  code   ANDGOV 20170502?-20230517?
  code   ANDELI 20230518?-
  code   ANDELI
  kind   person
  note   foreign minister 02 May 2017 (date uncertain) to 17 May 2023 (date uncertain). Dates marked uncertain are known to the month or year only.

actor IMMA_TOR_FAUS
  name   Imma Tor Faus
  code   ANDELI -20230516?
  code   ANDGOV 20230517?-
  code   ANDGOV
  kind   person
  note   foreign minister 17 May 2023 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor LULZIM_BASHA
  name   Lulzim Basha
  code   ALBELI -20070410?
  code   ALBGOV 20070411?-20080920?
  code   ALBELI 20080921?-
  code   ALBELI
  kind   person
  note   foreign minister 11 Apr 2007 (date uncertain) to 20 Sep 2008 (date uncertain). Mayor of Tirana 2011-2015 (ELI here), later opposition leader. Dates marked uncertain are known to the month or year only.

actor EDMOND_HAXHINASTO
  name   Edmond Haxhinasto
  code   ALBELI -20100914?
  code   ALBGOV 20100915?-20120901?
  code   ALBELI 20120902?-
  code   ALBELI
  kind   person
  note   foreign minister 15 Sep 2010 (date uncertain) to 01 Sep 2012 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MIMI_KODHELI
  name   Mimi Kodheli
  code   ALBELI -20130914
  code   ALBGOV 20130915-20170913
  code   ALBELI 20170914-
  code   ALBELI
  kind   person
  note   defence minister 15 Sep 2013 to 13 Sep 2017

actor KEIT_PENTUS_ROSIMANNUS
  name   Keit Pentus-Rosimannus
  code   ESTELI -20141116
  code   ESTGOV 20141117-20150409?
  code   ESTELI 20150410?-
  code   ESTELI
  kind   person
  note   foreign minister 17 Nov 2014 to 09 Apr 2015 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MARINA_KALJURAND
  name   Marina Kaljurand
  code   ESTELI -20150715
  code   ESTGOV 20150716-20161012
  code   ESTELI 20161013-
  code   ESTELI
  kind   person
  note   foreign minister 16 Jul 2015 to 12 Oct 2016

actor AIVIS_RONIS
  name   Aivis Ronis
  code   LVAELI -20101102
  code   LVAGOV 20101103-20111025
  code   LVAELI 20111026-
  code   LVAELI
  kind   person
  note   foreign minister 03 Nov 2010 to 25 Oct 2011

actor RASA_JUKNEVICIENE
  name   Rasa Juknevičienė; Rasa Juknevičiene; Rasa Jukneviciene
  code   LTUELI -20081208
  code   LTUGOV 20081209-20121213
  code   LTUELI 20121214-
  code   LTUELI
  kind   person
  note   defence minister 09 Dec 2008 to 13 Dec 2012

actor LJUBICA_JELUSIC
  name   Ljubica Jelušič; Ljubica Jelusic
  code   SVNELI -20081120
  code   SVNGOV 20081121-20120210
  code   SVNELI 20120211-
  code   SVNELI
  kind   person
  note   defence minister 21 Nov 2008 to 10 Feb 2012

actor ANDREJA_KATIC
  name   Andreja Katič; Andreja Katic
  code   SVNELI -20150312?
  code   SVNGOV 20150313?-20180913
  code   SVNELI 20180914-
  code   SVNELI
  kind   person
  note   defence minister 13 Mar 2015 (date uncertain) to 13 Sep 2018. Dates marked uncertain are known to the month or year only.

actor MATEJ_TONIN
  name   Matej Tonin
  code   SVNELI -20200312
  code   SVNGOV 20200313-20220601
  code   SVNELI 20220602-
  code   SVNELI
  kind   person
  note   defence minister 13 Mar 2020 to 01 Jun 2022

actor JOZO_RADOS
  name   Jozo Radoš; Jozo Rados
  code   HRVELI -20000126
  code   HRVGOV 20000127-20020705?
  code   HRVELI 20020706?-
  code   HRVELI
  kind   person
  note   defence minister 27 Jan 2000 to 05 Jul 2002 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ZELJKA_ANTUNOVIC
  name   Željka Antunović; Zeljka Antunovic
  code   HRVELI -20020704?
  code   HRVGOV 20020705?-20031223
  code   HRVELI 20031224-
  code   HRVELI
  kind   person
  note   defence minister 05 Jul 2002 (date uncertain) to 23 Dec 2003. Dates marked uncertain are known to the month or year only.

actor BRANKO_VUKELIC
  name   Branko Vukelić; Branko Vukelic
  code   HRVELI -20080111
  code   HRVGOV 20080112-20100706?
  code   HRVELI 20100707?-
  code   HRVELI
  kind   person
  note   defence minister 12 Jan 2008 to 06 Jul 2010 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DAVOR_BOZINOVIC
  name   Davor Božinović; Davor Bozinovic
  code   HRVELI -20100705?
  code   HRVGOV 20100706?-20111223
  code   HRVELI 20111224-20170608?
  code   HRVGOV 20170609?-
  code   HRVGOV
  kind   person
  note   defence minister 06 Jul 2010 (date uncertain) to 23 Dec 2011; interior minister 09 Jun 2017 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor PRVOSLAV_DAVINIC
  name   Prvoslav Davinić; Prvoslav Davinic
  code   SRBELI -20040415
  code   SRBGOV 20040416-20051013?
  code   SRBELI 20051014?-
  code   SRBELI
  kind   person
  note   defence minister 16 Apr 2004 to 13 Oct 2005 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ZORAN_STANKOVIC
  name   Zoran Stanković; Zoran Stankovic
  code   SRBELI -20051012?
  code   SRBGOV 20051013?-20070515
  code   SRBELI 20070516-
  code   SRBELI
  kind   person
  note   defence minister 13 Oct 2005 (date uncertain) to 15 May 2007. Dates marked uncertain are known to the month or year only.

actor NEBOJSA_RODIC
  name   Nebojša Rodić; Nebojsa Rodic
  code   SRBELI -20130901
  code   SRBGOV 20130902-20140427
  code   SRBELI 20140428-
  code   SRBELI
  kind   person
  note   defence minister 02 Sep 2013 to 27 Apr 2014

actor MOGENS_LYKKETOFT
  name   Mogens Lykketoft
  code   DNKELI -20001220
  code   DNKGOV 20001221-20011127
  code   DNKELI 20011128-20150914
  code   IGOUNO 20150915-20160913
  code   DNKELI 20160914-
  code   DNKELI
  kind   person
  note   foreign minister 21 Dec 2000 to 27 Nov 2001; UN General Assembly president 15 Sep 2015 to 13 Sep 2016

actor NIELS_HELVEG_PETERSEN
  name   Niels Helveg Petersen
  code   DNKELI -19930124
  code   DNKGOV 19930125-20001221
  code   DNKELI 20001222-
  code   DNKELI
  kind   person
  note   foreign minister 25 Jan 1993 to 21 Dec 2000

actor SVEND_AAGE_JENSBY
  name   Svend Aage Jensby
  code   DNKELI -20011126
  code   DNKGOV 20011127-20040802
  code   DNKELI 20040803-
  code   DNKELI
  kind   person
  note   defence minister 27 Nov 2001 to 02 Aug 2004

actor JAN_TROJBORG
  name   Jan Trøjborg; Jan Trojborg
  code   DNKELI -20001220?
  code   DNKGOV 20001221?-20011127
  code   DNKELI 20011128-
  code   DNKELI
  kind   person
  note   defence minister 21 Dec 2000 (date uncertain) to 27 Nov 2001. Dates marked uncertain are known to the month or year only.

actor JAROSLAV_BASKA
  name   Jaroslav Baška; Jaroslav Baska
  code   SVKELI -20080122?
  code   SVKGOV 20080123?-20100708
  code   SVKELI 20100709-
  code   SVKELI
  kind   person
  note   defence minister 23 Jan 2008 (date uncertain) to 08 Jul 2010. Dates marked uncertain are known to the month or year only.

actor LUBOMIR_GALKO
  name   Ľubomír Galko; Lubomir Galko
  code   SVKELI -20100707
  code   SVKGOV 20100708-20111213?
  code   SVKELI 20111214?-
  code   SVKELI
  kind   person
  note   defence minister 08 Jul 2010 to 13 Dec 2011 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DJORDJE_RADULOVIC
  name   Đorđe Radulović; Djordje Radulovic
  code   MNEELI -20201203
  code   MNEGOV 20201204-20220428
  code   MNEELI 20220429-
  code   MNEELI
  kind   person
  note   foreign minister 04 Dec 2020 to 28 Apr 2022

actor RANKO_KRIVOKAPIC
  name   Ranko Krivokapić; Ranko Krivokapic
  code   MNEELI -20220427
  code   MNEGOV 20220428-20231031
  code   MNEELI 20231101-
  code   MNEELI
  kind   person
  note   foreign minister 28 Apr 2022 to 31 Oct 2023

actor FILIP_IVANOVIC
  name   Filip Ivanović; Filip Ivanovic
  code   MNEELI -20231030
  code   MNEGOV 20231031-20240723?
  code   MNEELI 20240724?-
  code   MNEELI
  kind   person
  note   foreign minister 31 Oct 2023 to 23 Jul 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ERVIN_IBRAHIMOVIC
  name   Ervin Ibrahimović; Ervin Ibrahimovic
  code   MNEELI -20240722?
  code   MNEGOV 20240723?-
  code   MNEGOV
  kind   person
  note   foreign minister 23 Jul 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor BORO_VUCINIC
  name   Boro Vučinić; Boro Vucinic
  code   MNEELI -20061109?
  code   MNEGOV 20061110?-20121203
  code   MNEELI 20121204-
  code   MNEELI
  kind   person
  note   defence minister 10 Nov 2006 (date uncertain) to 03 Dec 2012. First defence minister of independent Montenegro; start date known to the year only (the ministry was formed after independence in 2006).

actor MILICA_PEJANOVIC_DJURISIC
  name   Milica Pejanović-Đurišić; Milica Pejanovic-Djurisic; Milica Pejanović Đurišić; Milica Pejanovic Djurisic
  code   MNEELI -20121203
  code   MNEGOV 20121204-20161127
  code   MNEELI 20161128-
  code   MNEELI
  kind   person
  note   defence minister 04 Dec 2012 to 27 Nov 2016. Minister during NATO accession talks.

actor PREDRAG_BOSKOVIC
  name   Predrag Bošković; Predrag Boskovic
  code   MNEELI -20161127
  code   MNEGOV 20161128-20201203
  code   MNEELI 20201204-
  code   MNEELI
  kind   person
  note   defence minister 28 Nov 2016 to 03 Dec 2020. Minister when Montenegro joined NATO (5 June 2017); a minister of labour before (not coded: dates uncertain).

actor OLIVERA_INJAC
  name   Olivera Injac
  code   MNEELI -20201203
  code   MNEGOV 20201204-20220427
  code   MNEELI 20220428-
  code   MNEELI
  kind   person
  note   defence minister 04 Dec 2020 to 27 Apr 2022

actor RASKO_KONJEVIC
  name   Raško Konjević; Rasko Konjevic
  code   MNEELI -20220427
  code   MNEGOV 20220428-20231030
  code   MNEELI 20231031-
  code   MNEELI
  kind   person
  note   defence minister 28 Apr 2022 to 30 Oct 2023. Also first deputy prime minister; earlier minister of the interior (not coded: dates uncertain).

actor DRAGAN_KRAPOVIC
  name   Dragan Krapović; Dragan Krapovic
  code   MNEELI -20231030
  code   MNEGOV 20231031-
  code   MNEGOV
  kind   person
  note   defence minister 31 Oct 2023 to today

# ---- added by lead-asia (min4)

actor TEODOR_ATANASIU
  name   Teodor Atanasiu
  code   ROUELI -20041228
  code   ROUGOV 20041229-20060405?
  code   ROUELI 20060406?-
  code   ROUELI
  kind   person
  note   defence minister 29 Dec 2004 to 05 Apr 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MIHAI_STANISOARA
  name   Mihai Stănișoară; Mihai Stanisoara
  code   ROUELI -20081221
  code   ROUGOV 20081222-20091223
  code   ROUELI 20091224-
  code   ROUELI
  kind   person
  note   defence minister 22 Dec 2008 to 23 Dec 2009

actor GABRIEL_OPREA
  name   Gabriel Oprea
  code   ROUELI -20091222
  code   ROUGOV 20091223-20120209
  code   ROUELI 20120210-20140304?
  code   ROUGOV 20140305?-20151104
  code   ROUELI 20151105-
  code   ROUELI
  kind   person
  note   defence minister 23 Dec 2009 to 09 Feb 2012; deputy prime minister and interior minister 05 Mar 2014 (date uncertain) to 04 Nov 2015. Dates marked uncertain are known to the month or year only.

actor MIRCEA_DUSA
  name   Mircea Dușa; Mircea Dusa
  code   ROUELI -20120806?
  code   ROUGOV 20120807?-20151117
  code   ROUELI 20151118-
  code   ROUELI
  kind   person
  note   defence minister 07 Aug 2012 (date uncertain) to 17 Nov 2015. Dates marked uncertain are known to the month or year only.

actor MIHNEA_MOTOC
  name   Mihnea Motoc
  code   ROUELI -20151116
  code   ROUGOV 20151117-20170104
  code   ROUELI 20170105-
  code   ROUELI
  kind   person
  note   defence minister 17 Nov 2015 to 04 Jan 2017

actor MIHAI_FIFOR
  name   Mihai Fifor
  code   ROUELI -20170628
  code   ROUGOV 20170629-20180116?
  code   ROUELI 20180117?-
  code   ROUELI
  kind   person
  note   defence minister 29 Jun 2017 to 16 Jan 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor GABRIEL_LES
  name   Gabriel Leș; Gabriel Les
  code   ROUELI -20170103
  code   ROUGOV 20170104-20170629
  code   ROUELI 20170630-20180128?
  code   ROUGOV 20180129?-20190724?
  code   ROUELI 20190725?-
  code   ROUELI
  kind   person
  note   defence minister 04 Jan 2017 to 29 Jun 2017; defence minister 29 Jan 2018 (date uncertain) to 24 Jul 2019 (date uncertain). Dates marked uncertain are known to the month or year only.

actor VASILE_DINCU
  name   Vasile Dîncu; Vasile Dincu
  code   ROUELI -20211124
  code   ROUGOV 20211125-20221024?
  code   ROUELI 20221025?-
  code   ROUELI
  kind   person
  note   defence minister 25 Nov 2021 to 24 Oct 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SVETLAN_STOEV
  name   Svetlan Stoev
  code   BGRELI -20210511
  code   BGRGOV 20210512-20211213
  code   BGRELI 20211214-
  code   BGRELI
  kind   person
  note   foreign minister 12 May 2021 to 13 Dec 2021

actor TEODORA_GENCHOVSKA
  name   Teodora Genchovska
  code   BGRELI -20211212
  code   BGRGOV 20211213-20220802
  code   BGRELI 20220803-
  code   BGRELI
  kind   person
  note   foreign minister 13 Dec 2021 to 02 Aug 2022

actor NIKOLAY_MILKOV
  name   Nikolay Milkov
  code   BGRELI -20220801
  code   BGRGOV 20220802-20230606
  code   BGRELI 20230607-
  code   BGRELI
  kind   person
  note   foreign minister 02 Aug 2022 to 06 Jun 2023

actor NIKOLAI_SVINAROV
  name   Nikolai Svinarov
  code   BGRELI -20010723
  code   BGRGOV 20010724-20050817
  code   BGRELI 20050818-
  code   BGRELI
  kind   person
  note   defence minister 24 Jul 2001 to 17 Aug 2005

actor VESELIN_BLIZNAKOV
  name   Veselin Bliznakov
  code   BGRELI -20050816
  code   BGRGOV 20050817-20080424?
  code   BGRELI 20080425?-
  code   BGRELI
  kind   person
  note   defence minister 17 Aug 2005 to 24 Apr 2008 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NIKOLAY_TSONEV
  name   Nikolay Tsonev
  code   BGRELI -20080423?
  code   BGRGOV 20080424?-20090727
  code   BGRELI 20090728-
  code   BGRELI
  kind   person
  note   defence minister 24 Apr 2008 (date uncertain) to 27 Jul 2009. Dates marked uncertain are known to the month or year only.

actor NIKOLAI_NENCHEV
  name   Nikolai Nenchev
  code   BGRELI -20141106
  code   BGRGOV 20141107-20170127
  code   BGRELI 20170128-
  code   BGRELI
  kind   person
  note   defence minister 07 Nov 2014 to 27 Jan 2017

actor DIMITAR_STOYANOV
  name   Dimitar Stoyanov
  code   BGRELI -20220801
  code   BGRGOV 20220802-20230606
  code   BGRELI 20230607-
  code   BGRELI
  kind   person
  note   defence minister 02 Aug 2022 to 06 Jun 2023

actor ANTONELLA_MULARONI
  name   Antonella Mularoni
  code   SMRELI -20081202?
  code   SMRGOV 20081203?-20121204?
  code   SMRELI 20121205?-
  code   SMRELI
  kind   person
  note   secretary of state for foreign affairs 03 Dec 2008 (date uncertain) to 04 Dec 2012 (date uncertain). San Marino's secretary of state for foreign and political affairs acts as its head of government and foreign minister. Dates known to the month only.

actor PASQUALE_VALENTINI
  name   Pasquale Valentini
  code   SMRELI -20121204?
  code   SMRGOV 20121205?-20161226?
  code   SMRELI 20161227?-
  code   SMRELI
  kind   person
  note   secretary of state for foreign affairs 05 Dec 2012 (date uncertain) to 26 Dec 2016 (date uncertain). Dates known to the month only.

actor NICOLA_RENZI
  name   Nicola Renzi
  code   SMRELI -20161226?
  code   SMRGOV 20161227?-20200107?
  code   SMRELI 20200108?-
  code   SMRELI
  kind   person
  note   secretary of state for foreign affairs 27 Dec 2016 (date uncertain) to 07 Jan 2020 (date uncertain). Dates known to the month only; not to be confused with Matteo Renzi (Italy), so the surname alone is not an entry.

actor LUCA_BECCARI
  name   Luca Beccari
  code   SMRELI -20200107?
  code   SMRGOV 20200108?-
  code   SMRGOV
  kind   person
  note   secretary of state for foreign affairs 08 Jan 2020 (date uncertain) to today. Dates known to the month only; kept the post after the 2024 election; in office at our last information.
