# leaders/americas.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor BILL_CLINTON
  name   Bill Clinton; William Jefferson Clinton; President Clinton
  code   USAELI -19930119
  code   USAGOV 19930120-20010120
  code   USAELI 20010121-
  code   USAELI
  kind   person
  note   president 20 Jan 1993 to 20 Jan 2001

actor GEORGE_W_BUSH
  name   George W. Bush; George W Bush; George Bush; W. Bush; Bush; President Bush
  code   USAELI -20010119
  code   USAGOV 20010120-20090120
  code   USAELI 20090121-
  code   USAELI
  kind   person
  note   president 20 Jan 2001 to 20 Jan 2009

actor BARACK_OBAMA
  name   Barack Obama; Barack Hussein Obama; Obama; President Obama
  code   USAELI -20090119
  code   USAGOV 20090120-20170120
  code   USAELI 20170121-
  code   USAELI
  kind   person
  note   president 20 Jan 2009 to 20 Jan 2017

actor DONALD_TRUMP
  name   Donald Trump; Donald J. Trump; Donald J Trump; Trump; President Trump
  code   USAELI -20170119
  code   USAGOV 20170120-20210120
  code   USAELI 20210121-20250119
  code   USAGOV 20250120-
  code   USAGOV
  kind   person
  note   president 20 Jan 2017 to 20 Jan 2021; president 20 Jan 2025 to today. Lost the 2020 election; ELI between his terms.

actor JOE_BIDEN
  name   Joe Biden; Joseph Biden; Joseph R. Biden; Biden; President Biden
  code   USAELI -20090119
  code   USAGOV 20090120-20170120
  code   USAELI 20170121-20210119
  code   USAGOV 20210120-20250120
  code   USAELI 20250121-
  code   USAELI
  kind   person
  note   vice president 20 Jan 2009 to 20 Jan 2017; president 20 Jan 2021 to 20 Jan 2025

actor DICK_CHENEY
  name   Dick Cheney; Richard Cheney; Cheney
  code   USAELI -20010119
  code   USAGOV 20010120-20090120
  code   USAELI 20090121-
  code   USAELI
  kind   person
  note   vice president 20 Jan 2001 to 20 Jan 2009. Secretary of Defense 1989-1993.

actor MIKE_PENCE
  name   Mike Pence; Pence
  code   USAELI -20170119
  code   USAGOV 20170120-20210120
  code   USAELI 20210121-
  code   USAELI
  kind   person
  note   vice president 20 Jan 2017 to 20 Jan 2021

actor KAMALA_HARRIS
  name   Kamala Harris; Harris
  code   USAELI -20210119
  code   USAGOV 20210120-20250120
  code   USAELI 20250121-
  code   USAELI
  kind   person
  note   vice president 20 Jan 2021 to 20 Jan 2025

actor JD_VANCE
  name   JD Vance; J.D. Vance; J. D. Vance; Vance
  code   USAELI -20250119
  code   USAGOV 20250120-
  code   USAGOV
  kind   person
  note   vice president 20 Jan 2025 to today

actor MADELEINE_ALBRIGHT
  name   Madeleine Albright; Albright
  code   USAELI -19970122
  code   USAGOV 19970123-20010120
  code   USAELI 20010121-
  code   USAELI
  kind   person
  note   secretary of state 23 Jan 1997 to 20 Jan 2001

actor COLIN_POWELL
  name   Colin Powell
  code   USAELI -20010119
  code   USAGOV 20010120-20050126
  code   USAELI 20050127-
  code   USAELI
  kind   person
  note   secretary of state 20 Jan 2001 to 26 Jan 2005

actor CONDOLEEZZA_RICE
  name   Condoleezza Rice; Condoleeza Rice
  code   USAELI -20010119
  code   USAGOV 20010120-20090120
  code   USAELI 20090121-
  code   USAELI
  kind   person
  note   national security adviser 20 Jan 2001 to 26 Jan 2005; secretary of state 26 Jan 2005 to 20 Jan 2009

actor HILLARY_CLINTON
  name   Hillary Clinton; Hillary Rodham Clinton; Hillary
  code   USAELI -20090120
  code   USAGOV 20090121-20130201
  code   USAELI 20130202-
  code   USAELI
  kind   person
  note   secretary of state 21 Jan 2009 to 01 Feb 2013. Democratic candidate for president in 2016 (ELI).

actor JOHN_KERRY
  name   John Kerry; Kerry
  code   USAELI -20130131
  code   USAGOV 20130201-20170120
  code   USAELI 20170121-20210119
  code   USAGOV 20210120-20240313?
  code   USAELI 20240314?-
  code   USAELI
  kind   person
  note   secretary of state 01 Feb 2013 to 20 Jan 2017; climate envoy 20 Jan 2021 to 13 Mar 2024 (date uncertain). Left the climate envoy post in March 2024 (day uncertain).

actor REX_TILLERSON
  name   Rex Tillerson; Tillerson
  code   USAELI -20170131
  code   USAGOV 20170201-20180331
  code   USAELI 20180401-
  code   USAELI
  kind   person
  note   secretary of state 01 Feb 2017 to 31 Mar 2018

actor MIKE_POMPEO
  name   Mike Pompeo; Michael Pompeo; Pompeo
  code   USAELI -20170122
  code   USAGOV 20170123-20210120
  code   USAELI 20210121-
  code   USAELI
  kind   person
  note   CIA director 23 Jan 2017 to 26 Apr 2018; secretary of state 26 Apr 2018 to 20 Jan 2021

actor ANTONY_BLINKEN
  name   Antony Blinken; Tony Blinken; Blinken
  code   USAELI -20210125
  code   USAGOV 20210126-20250120
  code   USAELI 20250121-
  code   USAELI
  kind   person
  note   secretary of state 26 Jan 2021 to 20 Jan 2025

actor MARCO_RUBIO
  name   Marco Rubio; Rubio
  code   USAELI -20250120
  code   USAGOV 20250121-
  code   USAGOV
  kind   person
  note   secretary of state 21 Jan 2025 to today. Also acting national security adviser from 1 May 2025.

actor WILLIAM_COHEN
  name   William Cohen
  code   USAELI -19970123
  code   USAGOV 19970124-20010120
  code   USAELI 20010121-
  code   USAELI
  kind   person
  note   secretary of defense 24 Jan 1997 to 20 Jan 2001

actor DONALD_RUMSFELD
  name   Donald Rumsfeld; Rumsfeld
  code   USAELI -20010119
  code   USAGOV 20010120-20061218
  code   USAELI 20061219-
  code   USAELI
  kind   person
  note   secretary of defense 20 Jan 2001 to 18 Dec 2006

actor ROBERT_GATES
  name   Robert Gates
  code   USAELI -20061217
  code   USAGOV 20061218-20110630
  code   USAELI 20110701-
  code   USAELI
  kind   person
  note   secretary of defense 18 Dec 2006 to 30 Jun 2011

actor LEON_PANETTA
  name   Leon Panetta; Panetta
  code   USAELI -20090212
  code   USAGOV 20090213-20130226
  code   USAELI 20130227-
  code   USAELI
  kind   person
  note   CIA director 13 Feb 2009 to 30 Jun 2011; secretary of defense 01 Jul 2011 to 26 Feb 2013

actor CHUCK_HAGEL
  name   Chuck Hagel; Hagel
  code   USAELI -20130226
  code   USAGOV 20130227-20150217
  code   USAELI 20150218-
  code   USAELI
  kind   person
  note   secretary of defense 27 Feb 2013 to 17 Feb 2015

actor ASH_CARTER
  name   Ash Carter; Ashton Carter
  code   USAELI -20150216
  code   USAGOV 20150217-20170120
  code   USAELI 20170121-
  code   USAELI
  kind   person
  note   secretary of defense 17 Feb 2015 to 20 Jan 2017

actor JIM_MATTIS
  name   Jim Mattis; James Mattis; Mattis
  code   USAELI -20170119
  code   USAGOV 20170120-20190101
  code   USAELI 20190102-
  code   USAELI
  kind   person
  note   secretary of defense 20 Jan 2017 to 01 Jan 2019

actor PATRICK_SHANAHAN
  name   Patrick Shanahan; Shanahan
  code   USAELI -20181231
  code   USAGOV 20190101-20190623
  code   USAELI 20190624-
  code   USAELI
  kind   person
  note   acting secretary of defense 01 Jan 2019 to 23 Jun 2019

actor MARK_ESPER
  name   Mark Esper; Esper
  code   USAELI -20190722
  code   USAGOV 20190723-20201109
  code   USAELI 20201110-
  code   USAELI
  kind   person
  note   secretary of defense 23 Jul 2019 to 09 Nov 2020

actor LLOYD_AUSTIN
  name   Lloyd Austin
  code   USAELI -20210121
  code   USAGOV 20210122-20250120
  code   USAELI 20250121-
  code   USAELI
  kind   person
  note   secretary of defense 22 Jan 2021 to 20 Jan 2025

actor PETE_HEGSETH
  name   Pete Hegseth; Hegseth
  code   USAELI -20250124
  code   USAGOV 20250125-
  code   USAGOV
  kind   person
  note   secretary of defense 25 Jan 2025 to today. Styled Secretary of War from September 2025.

actor JOHN_BOLTON
  name   John Bolton; Bolton
  code   USAELI -20050731
  code   USAGOV 20050801-20061209
  code   USAELI 20061210-20180408
  code   USAGOV 20180409-20190910
  code   USAELI 20190911-
  code   USAELI
  kind   person
  note   UN ambassador 01 Aug 2005 to 09 Dec 2006; national security adviser 09 Apr 2018 to 10 Sep 2019

actor NIKKI_HALEY
  name   Nikki Haley
  code   USAELI -20170124
  code   USAGOV 20170125-20181231
  code   USAELI 20190101-
  code   USAELI
  kind   person
  note   UN ambassador 25 Jan 2017 to 31 Dec 2018

actor JAKE_SULLIVAN
  name   Jake Sullivan
  code   USAELI -20210119
  code   USAGOV 20210120-20250120
  code   USAELI 20250121-
  code   USAELI
  kind   person
  note   national security adviser 20 Jan 2021 to 20 Jan 2025

actor MIKE_WALTZ
  name   Mike Waltz; Michael Waltz; Waltz
  code   USAELI -20250119
  code   USAGOV 20250120-20250501
  code   USAELI 20250502-20250918?
  code   USAGOV 20250919?-
  code   USAGOV
  kind   person
  note   national security adviser 20 Jan 2025 to 01 May 2025; UN ambassador 19 Sep 2025 (date uncertain) to today. UN ambassador confirmation date uncertain.

actor STEVE_WITKOFF
  name   Steve Witkoff; Witkoff
  code   USAELI -20250119
  code   USAGOV 20250120-
  code   USAGOV
  kind   person
  note   special envoy 20 Jan 2025 to today

actor NED_PRICE
  name   Ned Price
  code   USAELI -20210119
  code   USAGOV 20210120-20230331?
  code   USAELI 20230401?-
  code   USAELI
  kind   person
  note   State Department spokesman 20 Jan 2021 to 31 Mar 2023 (date uncertain)

actor MATTHEW_MILLER
  name   Matthew Miller
  code   USAELI -20230430?
  code   USAGOV 20230501?-20250120
  code   USAELI 20250121-
  code   USAELI
  kind   person
  note   State Department spokesman 01 May 2023 (date uncertain) to 20 Jan 2025

actor P_J_CROWLEY
  name   P.J. Crowley; PJ Crowley; P. J. Crowley; Crowley
  code   USAELI -20090525?
  code   USAGOV 20090526?-20110313
  code   USAELI 20110314-
  code   USAELI
  kind   person
  note   State Department spokesman 26 May 2009 (date uncertain) to 13 Mar 2011. Start date uncertain; resigned 13 March 2011.

actor MARK_TONER
  name   Mark Toner; Toner
  code   USAELI -20110531?
  code   USAGOV 20110601?-20170120?
  code   USAELI 20170121?-
  code   USAELI
  kind   person
  note   State Department deputy spokesman 01 Jun 2011 (date uncertain) to 20 Jan 2017 (date uncertain). Dates uncertain.

actor JEAN_CHRETIEN
  name   Jean Chrétien; Jean Chretien; Chretien; Chrétien
  code   CANELI -19931103
  code   CANGOV 19931104-20031212
  code   CANELI 20031213-
  code   CANELI
  kind   person
  note   prime minister 04 Nov 1993 to 12 Dec 2003

actor PAUL_MARTIN
  name   Paul Martin
  code   CANELI -20031211
  code   CANGOV 20031212-20060206
  code   CANELI 20060207-
  code   CANELI
  kind   person
  note   prime minister 12 Dec 2003 to 06 Feb 2006

actor STEPHEN_HARPER
  name   Stephen Harper; Harper
  code   CANELI -20060205
  code   CANGOV 20060206-20151104
  code   CANELI 20151105-
  code   CANELI
  kind   person
  note   prime minister 06 Feb 2006 to 04 Nov 2015

actor JUSTIN_TRUDEAU
  name   Justin Trudeau; Trudeau
  code   CANELI -20151103
  code   CANGOV 20151104-20250314
  code   CANELI 20250315-
  code   CANELI
  kind   person
  note   prime minister 04 Nov 2015 to 14 Mar 2025

actor MARK_CARNEY
  name   Mark Carney; Carney
  code   CANELI -20250313
  code   CANGOV 20250314-
  code   CANGOV
  kind   person
  note   prime minister 14 Mar 2025 to today. Governor of the Bank of Canada 2008-2013 and of the Bank of England 2013-2020.

actor CHRYSTIA_FREELAND
  name   Chrystia Freeland; Freeland
  code   CANELI -20170109
  code   CANGOV 20170110-20241216
  code   CANELI 20241217-
  code   CANELI
  kind   person
  note   foreign minister 10 Jan 2017 to 20 Nov 2019; deputy prime minister 20 Nov 2019 to 16 Dec 2024

actor MELANIE_JOLY
  name   Mélanie Joly; Melanie Joly; Joly
  code   CANELI -20211025
  code   CANGOV 20211026-20250513
  code   CANELI 20250514-
  code   CANELI
  kind   person
  note   foreign minister 26 Oct 2021 to 13 May 2025

actor ANITA_ANAND
  name   Anita Anand; Anand
  code   CANELI -20211025
  code   CANGOV 20211026-20230726
  code   CANELI 20230727-20250512
  code   CANGOV 20250513-
  code   CANGOV
  kind   person
  note   defence minister 26 Oct 2021 to 26 Jul 2023; foreign minister 13 May 2025 to today

actor STEPHANE_DION
  name   Stéphane Dion; Stephane Dion
  code   CANELI -20151103
  code   CANGOV 20151104-20170110
  code   CANELI 20170111-
  code   CANELI
  kind   person
  note   foreign minister 04 Nov 2015 to 10 Jan 2017

actor JOHN_BAIRD
  name   John Baird; Baird
  code   CANELI -20110517
  code   CANGOV 20110518-20150203
  code   CANELI 20150204-
  code   CANELI
  kind   person
  note   foreign minister 18 May 2011 to 03 Feb 2015

actor BILL_BLAIR
  name   Bill Blair
  code   CANELI -20230725
  code   CANGOV 20230726-20250513?
  code   CANELI 20250514?-
  code   CANELI
  kind   person
  note   defence minister 26 Jul 2023 to 13 May 2025 (date uncertain)

actor HARJIT_SAJJAN
  name   Harjit Sajjan; Sajjan
  code   CANELI -20151103
  code   CANGOV 20151104-20211026
  code   CANELI 20211027-
  code   CANELI
  kind   person
  note   defence minister 04 Nov 2015 to 26 Oct 2021

actor VICENTE_FOX
  name   Vicente Fox
  code   MEXELI -20001130
  code   MEXGOV 20001201-20061130
  code   MEXELI 20061201-
  code   MEXELI
  kind   person
  note   president 01 Dec 2000 to 30 Nov 2006

actor FELIPE_CALDERON
  name   Felipe Calderón; Felipe Calderon; Calderon; Calderón
  code   MEXELI -20061130
  code   MEXGOV 20061201-20121130
  code   MEXELI 20121201-
  code   MEXELI
  kind   person
  note   president 01 Dec 2006 to 30 Nov 2012

actor ENRIQUE_PENA_NIETO
  name   Enrique Peña Nieto; Enrique Pena Nieto; Pena Nieto; Peña Nieto
  code   MEXELI -20121130
  code   MEXGOV 20121201-20181130
  code   MEXELI 20181201-
  code   MEXELI
  kind   person
  note   president 01 Dec 2012 to 30 Nov 2018

actor ANDRES_MANUEL_LOPEZ_OBRADOR
  name   Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; Lopez Obrador; López Obrador; AMLO
  code   MEXELI -20181130
  code   MEXGOV 20181201-20240930
  code   MEXELI 20241001-
  code   MEXELI
  kind   person
  note   president 01 Dec 2018 to 30 Sep 2024

actor CLAUDIA_SHEINBAUM
  name   Claudia Sheinbaum; Sheinbaum
  code   MEXELI -20240930
  code   MEXGOV 20241001-
  code   MEXGOV
  kind   person
  note   president 01 Oct 2024 to today

actor MARCELO_EBRARD
  name   Marcelo Ebrard; Marcelo Ebrard Casaubón; Ebrard
  code   MEXELI -20181130
  code   MEXGOV 20181201-20230612
  code   MEXELI 20230613-20240930
  code   MEXGOV 20241001-
  code   MEXGOV
  kind   person
  note   foreign minister 01 Dec 2018 to 12 Jun 2023; economy minister 01 Oct 2024 to today

actor JUAN_RAMON_DE_LA_FUENTE
  name   Juan Ramón de la Fuente; Juan Ramon de la Fuente
  code   MEXELI -20240930
  code   MEXGOV 20241001-
  code   MEXGOV
  kind   person
  note   foreign minister 01 Oct 2024 to today

actor FERNANDO_HENRIQUE_CARDOSO
  name   Fernando Henrique Cardoso; Cardoso
  code   BRAELI -19941231
  code   BRAGOV 19950101-20021231
  code   BRAELI 20030101-
  code   BRAELI
  kind   person
  note   president 01 Jan 1995 to 31 Dec 2002

actor LUIZ_INACIO_LULA_DA_SILVA
  name   Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula
  code   BRAELI -20021231
  code   BRAGOV 20030101-20101231
  code   BRAELI 20110101-20221231
  code   BRAGOV 20230101-
  code   BRAGOV
  kind   person
  note   president 01 Jan 2003 to 31 Dec 2010; president 01 Jan 2023 to today

actor DILMA_ROUSSEFF
  name   Dilma Rousseff; Rousseff; Dilma
  code   BRAELI -20101231
  code   BRAGOV 20110101-20160831
  code   BRAELI 20160901-
  code   BRAELI
  kind   person
  note   president 01 Jan 2011 to 31 Aug 2016. Suspended 12 May 2016, removed by impeachment 31 August 2016.

actor MICHEL_TEMER
  name   Michel Temer; Temer
  code   BRAELI -20101231
  code   BRAGOV 20110101-20181231
  code   BRAELI 20190101-
  code   BRAELI
  kind   person
  note   vice president 01 Jan 2011 to 12 May 2016; president 12 May 2016 to 31 Dec 2018. Acting president from 12 May 2016, president from 31 August 2016.

actor JAIR_BOLSONARO
  name   Jair Bolsonaro; Bolsonaro
  code   BRAELI -20181231
  code   BRAGOV 20190101-20221231
  code   BRAELI 20230101-
  code   BRAELI
  kind   person
  note   president 01 Jan 2019 to 31 Dec 2022. Convicted in September 2025 of plotting a coup (ELI).

actor CELSO_AMORIM
  name   Celso Amorim; Amorim
  code   BRAELI -20021231
  code   BRAGOV 20030101-20101231
  code   BRAELI 20110101-20110803
  code   BRAGOV 20110804-20141231
  code   BRAELI 20150101-20221231
  code   BRAGOV 20230101-
  code   BRAGOV
  kind   person
  note   foreign minister 01 Jan 2003 to 31 Dec 2010; defence minister 04 Aug 2011 to 31 Dec 2014; foreign-policy adviser 01 Jan 2023 to today

actor MAURO_VIEIRA
  name   Mauro Vieira
  code   BRAELI -20141231
  code   BRAGOV 20150101-20160512
  code   BRAELI 20160513-20221231
  code   BRAGOV 20230101-
  code   BRAGOV
  kind   person
  note   foreign minister 01 Jan 2015 to 12 May 2016; foreign minister 01 Jan 2023 to today

actor ERNESTO_ARAUJO
  name   Ernesto Araújo; Ernesto Araujo
  code   BRAELI -20181231
  code   BRAGOV 20190101-20210329
  code   BRAELI 20210330-
  code   BRAELI
  kind   person
  note   foreign minister 01 Jan 2019 to 29 Mar 2021

actor NESTOR_KIRCHNER
  name   Néstor Kirchner; Nestor Kirchner
  code   ARGELI -20030524
  code   ARGGOV 20030525-20071210
  code   ARGELI 20071211-
  code   ARGELI
  kind   person
  note   president 25 May 2003 to 10 Dec 2007

actor CRISTINA_FERNANDEZ_DE_KIRCHNER
  name   Cristina Fernández de Kirchner; Cristina Fernandez de Kirchner; Cristina Kirchner; Fernández de Kirchner; Fernandez de Kirchner
  code   ARGELI -20071209
  code   ARGGOV 20071210-20151210
  code   ARGELI 20151211-20191209
  code   ARGGOV 20191210-20231210
  code   ARGELI 20231211-
  code   ARGELI
  kind   person
  note   president 10 Dec 2007 to 10 Dec 2015; vice president 10 Dec 2019 to 10 Dec 2023

actor KIRCHNER
  name   Kirchner
  code   ARGELI -20030524
  code   ARGGOV 20030525-20151210
  code   ARGELI 20151211-
  code   ARGELI
  kind   person
  note   president 25 May 2003 to 10 Dec 2015. Bare surname of Néstor and Cristina Kirchner (presidents in turn 2003-2015); she was vice president 2019-2023.

actor MAURICIO_MACRI
  name   Mauricio Macri; Macri
  code   ARGELI -20151209
  code   ARGGOV 20151210-20191210
  code   ARGELI 20191211-
  code   ARGELI
  kind   person
  note   president 10 Dec 2015 to 10 Dec 2019

actor ALBERTO_FERNANDEZ
  name   Alberto Fernández; Alberto Fernandez
  code   ARGELI -20191209
  code   ARGGOV 20191210-20231210
  code   ARGELI 20231211-
  code   ARGELI
  kind   person
  note   president 10 Dec 2019 to 10 Dec 2023

actor JAVIER_MILEI
  name   Javier Milei; Milei
  code   ARGELI -20231209
  code   ARGGOV 20231210-
  code   ARGGOV
  kind   person
  note   president 10 Dec 2023 to today

actor FERNANDO_DE_LA_RUA
  name   Fernando de la Rúa; Fernando de la Rua; De la Rua
  code   ARGELI -19991209
  code   ARGGOV 19991210-20011221
  code   ARGELI 20011222-
  code   ARGELI
  kind   person
  note   president 10 Dec 1999 to 21 Dec 2001

actor EDUARDO_DUHALDE
  name   Eduardo Duhalde; Duhalde
  code   ARGELI -20020101
  code   ARGGOV 20020102-20030525
  code   ARGELI 20030526-
  code   ARGELI
  kind   person
  note   president 02 Jan 2002 to 25 May 2003

actor HUGO_CHAVEZ
  name   Hugo Chávez; Hugo Chavez; Chavez; Chávez
  code   VENELI -19990201
  code   VENGOV 19990202-20130305
  code   VENELI 20130306-
  code   VENELI
  kind   person
  note   president 02 Feb 1999 to 05 Mar 2013. Died in office 5 March 2013.

actor NICOLAS_MADURO
  name   Nicolás Maduro; Nicolas Maduro; Maduro
  code   VENELI -20060808
  code   VENGOV 20060809-20260103?
  code   VENELI 20260104?-
  code   VENELI
  kind   person
  note   foreign minister 09 Aug 2006 to 15 Jan 2013; vice president 13 Oct 2012 to 05 Mar 2013; president 05 Mar 2013 to 03 Jan 2026 (date uncertain). Foreign minister 2006-2013; acting president from Chávez's death, elected April 2013. Captured by US forces in Caracas on 3 January 2026 and taken to New York (reported; after our reliable knowledge, date uncertain).

actor DELCY_RODRIGUEZ
  name   Delcy Rodríguez; Delcy Rodriguez
  code   VENELI -20141225
  code   VENGOV 20141226-20170621
  code   VENELI 20170622-20180613
  code   VENGOV 20180614-
  code   VENGOV
  kind   person
  note   foreign minister 26 Dec 2014 to 21 Jun 2017; vice president 14 Jun 2018 to 03 Jan 2026 (date uncertain); acting president 03 Jan 2026 (date uncertain) to today. Acting president after Maduro's capture (reported January 2026; uncertain).

actor JUAN_GUAIDO
  name   Juan Guaidó; Juan Guaido; Guaido; Guaidó
  code   VENOPP
  kind   person
  note   Opposition leader; claimed the interim presidency 23 January 2019 to 30 December 2022, recognized by the US and others; coded OPP, as the de facto government stayed Maduro's.

actor EDMUNDO_GONZALEZ
  name   Edmundo González; Edmundo Gonzalez; Edmundo González Urrutia
  code   VENOPP
  kind   person
  note   Opposition candidate in the July 2024 election; exiled to Spain September 2024.

actor MARIA_CORINA_MACHADO
  name   María Corina Machado; Maria Corina Machado
  code   VENOPP
  kind   person
  note   Opposition leader; Nobel Peace Prize 2025.

actor JORGE_ARREAZA
  name   Jorge Arreaza; Arreaza
  code   VENELI -20170801
  code   VENGOV 20170802-20210812
  code   VENELI 20210813-
  code   VENELI
  kind   person
  note   foreign minister 02 Aug 2017 to 12 Aug 2021

actor YVAN_GIL
  name   Yván Gil; Yvan Gil
  code   VENELI -20230822?
  code   VENGOV 20230823?-
  code   VENGOV
  kind   person
  note   foreign minister 23 Aug 2023 (date uncertain) to today

actor VLADIMIR_PADRINO_LOPEZ
  name   Vladimir Padrino López; Vladimir Padrino Lopez; Padrino López; Padrino Lopez
  code   VENELI -20141023
  code   VENGOV 20141024-
  code   VENGOV
  kind   person
  note   defence minister 24 Oct 2014 to today

actor ANDRES_PASTRANA
  name   Andrés Pastrana; Andres Pastrana; Pastrana
  code   COLELI -19980806
  code   COLGOV 19980807-20020807
  code   COLELI 20020808-
  code   COLELI
  kind   person
  note   president 07 Aug 1998 to 07 Aug 2002

actor ALVARO_URIBE
  name   Álvaro Uribe; Alvaro Uribe; Uribe
  code   COLELI -20020806
  code   COLGOV 20020807-20100807
  code   COLELI 20100808-
  code   COLELI
  kind   person
  note   president 07 Aug 2002 to 07 Aug 2010

actor JUAN_MANUEL_SANTOS
  name   Juan Manuel Santos
  code   COLELI -20060718
  code   COLGOV 20060719-20090518
  code   COLELI 20090519-20100806
  code   COLGOV 20100807-20180807
  code   COLELI 20180808-
  code   COLELI
  kind   person
  note   defence minister 19 Jul 2006 to 18 May 2009; president 07 Aug 2010 to 07 Aug 2018

actor IVAN_DUQUE
  name   Iván Duque; Ivan Duque; Duque
  code   COLELI -20180806
  code   COLGOV 20180807-20220807
  code   COLELI 20220808-
  code   COLELI
  kind   person
  note   president 07 Aug 2018 to 07 Aug 2022

actor GUSTAVO_PETRO
  name   Gustavo Petro; Petro
  code   COLELI -20220806
  code   COLGOV 20220807-20260807
  code   COLELI 20260808-
  code   COLELI
  kind   person
  note   president 07 Aug 2022 to 07 Aug 2026. His single four-year term ends on 7 August 2026 (no re-election); the 2026 election's outcome is after our reliable information.

actor ALBERTO_FUJIMORI
  name   Alberto Fujimori; Fujimori
  code   PERELI -19900727
  code   PERGOV 19900728-20001122
  code   PERELI 20001123-
  code   PERELI
  kind   person
  note   president 28 Jul 1990 to 22 Nov 2000

actor VALENTIN_PANIAGUA
  name   Valentín Paniagua; Valentin Paniagua
  code   PERELI -20001121
  code   PERGOV 20001122-20010728
  code   PERELI 20010729-
  code   PERELI
  kind   person
  note   president 22 Nov 2000 to 28 Jul 2001

actor ALEJANDRO_TOLEDO
  name   Alejandro Toledo
  code   PERELI -20010727
  code   PERGOV 20010728-20060728
  code   PERELI 20060729-
  code   PERELI
  kind   person
  note   president 28 Jul 2001 to 28 Jul 2006

actor ALAN_GARCIA
  name   Alan García; Alan Garcia
  code   PERELI -20060727
  code   PERGOV 20060728-20110728
  code   PERELI 20110729-
  code   PERELI
  kind   person
  note   president 28 Jul 2006 to 28 Jul 2011

actor OLLANTA_HUMALA
  name   Ollanta Humala; Humala
  code   PERELI -20110727
  code   PERGOV 20110728-20160728
  code   PERELI 20160729-
  code   PERELI
  kind   person
  note   president 28 Jul 2011 to 28 Jul 2016

actor PEDRO_PABLO_KUCZYNSKI
  name   Pedro Pablo Kuczynski; Kuczynski; PPK
  code   PERELI -20160727
  code   PERGOV 20160728-20180323
  code   PERELI 20180324-
  code   PERELI
  kind   person
  note   president 28 Jul 2016 to 23 Mar 2018

actor MARTIN_VIZCARRA
  name   Martín Vizcarra; Martin Vizcarra; Vizcarra
  code   PERELI -20180322
  code   PERGOV 20180323-20201109
  code   PERELI 20201110-
  code   PERELI
  kind   person
  note   president 23 Mar 2018 to 09 Nov 2020

actor MANUEL_MERINO
  name   Manuel Merino
  code   PERELI -20201109
  code   PERGOV 20201110-20201115
  code   PERELI 20201116-
  code   PERELI
  kind   person
  note   president 10 Nov 2020 to 15 Nov 2020

actor FRANCISCO_SAGASTI
  name   Francisco Sagasti; Sagasti
  code   PERELI -20201116
  code   PERGOV 20201117-20210728
  code   PERELI 20210729-
  code   PERELI
  kind   person
  note   president 17 Nov 2020 to 28 Jul 2021

actor PEDRO_CASTILLO
  name   Pedro Castillo
  code   PERELI -20210727
  code   PERGOV 20210728-20221207
  code   PERELI 20221208-
  code   PERELI
  kind   person
  note   president 28 Jul 2021 to 07 Dec 2022

actor DINA_BOLUARTE
  name   Dina Boluarte; Boluarte
  code   PERELI -20210727
  code   PERGOV 20210728-20251010?
  code   PERELI 20251011?-
  code   PERELI
  kind   person
  note   vice president 28 Jul 2021 to 07 Dec 2022; president 07 Dec 2022 to 10 Oct 2025 (date uncertain). Removed by Congress in October 2025 (date uncertain).

actor JOSE_JERI
  name   José Jerí; Jose Jeri; Jerí; Jeri
  code   PERELI -20251009?
  code   PERGOV 20251010?-20260728?
  code   PERELI 20260729?-
  code   PERELI
  kind   person
  note   president 10 Oct 2025 (date uncertain) to 28 Jul 2026 (date uncertain). President of Congress; succeeded Boluarte (reported; uncertain). Serves out the term that ends 28 July 2026, after the April 2026 election (end uncertain).

actor JOSE_ANTONIO_GARCIA_BELAUNDE
  name   José Antonio García Belaúnde; Jose Antonio Garcia Belaunde; García Belaúnde; Garcia Belaunde
  code   PERELI -20060727
  code   PERGOV 20060728-20110728
  code   PERELI 20110729-
  code   PERELI
  kind   person
  note   foreign minister 28 Jul 2006 to 28 Jul 2011. Peru's foreign minister at the 2009 OAS General Assembly.

actor RICARDO_MADURO
  name   Ricardo Maduro
  code   HNDELI -20020126
  code   HNDGOV 20020127-20060127
  code   HNDELI 20060128-
  code   HNDELI
  kind   person
  note   president 27 Jan 2002 to 27 Jan 2006

actor MANUEL_ZELAYA
  name   Manuel Zelaya; Mel Zelaya; Zelaya
  code   HNDELI -20060126
  code   HNDGOV 20060127-20090628
  code   HNDELI 20090629-
  code   HNDELI
  kind   person
  note   president 27 Jan 2006 to 28 Jun 2009. Ousted in a coup on 28 June 2009; ELI after (an opposition figure, returned 2011).

actor ROBERTO_MICHELETTI
  name   Roberto Micheletti; Micheletti
  code   HNDELI -20090627
  code   HNDGOV 20090628-20100127
  code   HNDELI 20100128-
  code   HNDELI
  kind   person
  note   de facto president 28 Jun 2009 to 27 Jan 2010. Headed the government installed after the 2009 coup.

actor PORFIRIO_LOBO
  name   Porfirio Lobo; Pepe Lobo
  code   HNDELI -20100126
  code   HNDGOV 20100127-20140127
  code   HNDELI 20140128-
  code   HNDELI
  kind   person
  note   president 27 Jan 2010 to 27 Jan 2014

actor JUAN_ORLANDO_HERNANDEZ
  name   Juan Orlando Hernández; Juan Orlando Hernandez
  code   HNDELI -20140126
  code   HNDGOV 20140127-20220127
  code   HNDELI 20220128-
  code   HNDELI
  kind   person
  note   president 27 Jan 2014 to 27 Jan 2022. Extradited to the US 2022, convicted 2024; pardoned by Trump in December 2025 (reported, uncertain).

actor XIOMARA_CASTRO
  name   Xiomara Castro
  code   HNDELI -20220126
  code   HNDGOV 20220127-20260127?
  code   HNDELI 20260128?-
  code   HNDELI
  kind   person
  note   president 27 Jan 2022 to 27 Jan 2026 (date uncertain). Her term ends 27 January 2026; the November 2025 election's winner (Nasry Asfura, uncertain) succeeds her.

actor JOSE_MIGUEL_INSULZA
  name   José Miguel Insulza; Jose Miguel Insulza; Insulza
  code   CHLELI -20050525
  code   IGOOAS 20050526-20150526
  code   CHLELI 20150527-
  code   CHLELI
  kind   person
  note   OAS secretary-general 26 May 2005 to 26 May 2015. Chilean; coded as the OAS while in office.

actor LUIS_ALMAGRO
  name   Luis Almagro; Almagro
  code   URYELI -20100228
  code   URYGOV 20100301-20150301
  code   URYELI 20150302-20150525
  code   IGOOAS 20150526-20250530?
  code   URYELI 20250531?-
  code   URYELI
  kind   person
  note   foreign minister of Uruguay 01 Mar 2010 to 01 Mar 2015; OAS secretary-general 26 May 2015 to 30 May 2025 (date uncertain).

actor FIDEL_CASTRO
  name   Fidel Castro; Fidel
  code   CUBELI -19761201
  code   CUBGOV 19761202-20080224
  code   CUBELI 20080225-
  code   CUBELI
  kind   person
  note   president 02 Dec 1976 to 24 Feb 2008. Handed power to his brother provisionally on 31 July 2006, formally 24 February 2008; died 25 November 2016.

actor RAUL_CASTRO
  name   Raúl Castro; Raul Castro
  code   CUBELI -19591015
  code   CUBGOV 19591016-20210419
  code   CUBELI 20210420-
  code   CUBELI
  kind   person
  note   defence minister 16 Oct 1959 to 24 Feb 2008; president 31 Jul 2006 to 19 Apr 2018; party first secretary 19 Apr 2011 to 19 Apr 2021

actor CASTRO
  name   Castro
  code   CUBELI -19761201
  code   CUBGOV 19761202-20180419
  code   CUBELI 20180420-
  code   CUBELI
  kind   person
  note   president 02 Dec 1976 to 19 Apr 2018. The bare surname of Fidel and Raúl Castro, who ruled Cuba in turn.

actor MIGUEL_DIAZ_CANEL
  name   Miguel Díaz-Canel; Miguel Diaz-Canel; Diaz-Canel; Díaz-Canel
  code   CUBELI -20180418
  code   CUBGOV 20180419-
  code   CUBGOV
  kind   person
  note   president 19 Apr 2018 to today

actor BRUNO_RODRIGUEZ_PARRILLA
  name   Bruno Rodríguez Parrilla; Bruno Rodriguez Parrilla; Bruno Rodríguez; Bruno Rodriguez
  code   CUBELI -20090301
  code   CUBGOV 20090302-
  code   CUBGOV
  kind   person
  note   foreign minister 02 Mar 2009 to today

actor RICARDO_LAGOS
  name   Ricardo Lagos
  code   CHLELI -20000310
  code   CHLGOV 20000311-20060311
  code   CHLELI 20060312-
  code   CHLELI
  kind   person
  note   president 11 Mar 2000 to 11 Mar 2006

actor MICHELLE_BACHELET
  name   Michelle Bachelet; Michelle Bachelet Jeria; Bachelet
  code   CHLELI -20000310
  code   CHLGOV 20000311-20041001?
  code   CHLELI 20041002?-20060310
  code   CHLGOV 20060311-20100311
  code   CHLELI 20100312-20140310
  code   CHLGOV 20140311-20180311
  code   CHLELI 20180312-20180831
  code   IGOUNOHRC 20180901-20220831
  code   CHLELI 20220901-
  code   CHLELI
  kind   person
  note   health minister 11 Mar 2000 to 07 Jan 2002; defence minister 07 Jan 2002 to 01 Oct 2004 (date uncertain); president 11 Mar 2006 to 11 Mar 2010; president 11 Mar 2014 to 11 Mar 2018; UN High Commissioner for Human Rights 01 Sep 2018 to 31 Aug 2022

actor SEBASTIAN_PINERA
  name   Sebastián Piñera; Sebastian Pinera; Piñera; Pinera
  code   CHLELI -20100310
  code   CHLGOV 20100311-20140311
  code   CHLELI 20140312-20180310
  code   CHLGOV 20180311-20220311
  code   CHLELI 20220312-
  code   CHLELI
  kind   person
  note   president 11 Mar 2010 to 11 Mar 2014; president 11 Mar 2018 to 11 Mar 2022

actor GABRIEL_BORIC
  name   Gabriel Boric; Boric
  code   CHLELI -20220310
  code   CHLGOV 20220311-20260311
  code   CHLELI 20260312-
  code   CHLELI
  kind   person
  note   president 11 Mar 2022 to 11 Mar 2026. His term ended on 11 March 2026 (no consecutive re-election).

actor EVO_MORALES
  name   Evo Morales; Morales
  code   BOLELI -20060121
  code   BOLGOV 20060122-20191110
  code   BOLELI 20191111-
  code   BOLELI
  kind   person
  note   president 22 Jan 2006 to 10 Nov 2019

actor JEANINE_ANEZ
  name   Jeanine Áñez; Jeanine Anez
  code   BOLELI -20191111
  code   BOLGOV 20191112-20201108
  code   BOLELI 20201109-
  code   BOLELI
  kind   person
  note   interim president 12 Nov 2019 to 08 Nov 2020

actor LUIS_ARCE
  name   Luis Arce; Arce
  code   BOLELI -20201107
  code   BOLGOV 20201108-20251108?
  code   BOLELI 20251109?-
  code   BOLELI
  kind   person
  note   president 08 Nov 2020 to 08 Nov 2025 (date uncertain). Rodrigo Paz won the 2025 runoff (October 2025).

actor RODRIGO_PAZ
  name   Rodrigo Paz
  code   BOLELI -20251107?
  code   BOLGOV 20251108?-
  code   BOLGOV
  kind   person
  note   president 08 Nov 2025 (date uncertain) to today

actor RAFAEL_CORREA
  name   Rafael Correa; Correa
  code   ECUELI -20070114
  code   ECUGOV 20070115-20170524
  code   ECUELI 20170525-
  code   ECUELI
  kind   person
  note   president 15 Jan 2007 to 24 May 2017

actor LENIN_MORENO
  name   Lenín Moreno; Lenin Moreno
  code   ECUELI -20170523
  code   ECUGOV 20170524-20210524
  code   ECUELI 20210525-
  code   ECUELI
  kind   person
  note   president 24 May 2017 to 24 May 2021

actor GUILLERMO_LASSO
  name   Guillermo Lasso; Lasso
  code   ECUELI -20210523
  code   ECUGOV 20210524-20231123
  code   ECUELI 20231124-
  code   ECUELI
  kind   person
  note   president 24 May 2021 to 23 Nov 2023

actor DANIEL_NOBOA
  name   Daniel Noboa; Noboa
  code   ECUELI -20231122
  code   ECUGOV 20231123-
  code   ECUGOV
  kind   person
  note   president 23 Nov 2023 to today

actor DANIEL_ORTEGA
  name   Daniel Ortega; Ortega
  code   NICELI -20070109
  code   NICGOV 20070110-
  code   NICGOV
  kind   person
  note   president 10 Jan 2007 to today

actor ROSARIO_MURILLO
  name   Rosario Murillo; Murillo
  code   NICELI -20170109
  code   NICGOV 20170110-
  code   NICGOV
  kind   person
  note   vice president 10 Jan 2017 to 18 Feb 2025 (date uncertain); co-president 18 Feb 2025 (date uncertain) to today

actor NAYIB_BUKELE
  name   Nayib Bukele; Bukele
  code   SLVELI -20190531
  code   SLVGOV 20190601-
  code   SLVGOV
  kind   person
  note   president 01 Jun 2019 to today

actor BERNARDO_AREVALO
  name   Bernardo Arévalo; Bernardo Arevalo
  code   GTMELI -20240113
  code   GTMGOV 20240114-
  code   GTMGOV
  kind   person
  note   president 14 Jan 2024 to today

actor ALEJANDRO_GIAMMATTEI
  name   Alejandro Giammattei; Giammattei
  code   GTMELI -20200113
  code   GTMGOV 20200114-20240114
  code   GTMELI 20240115-
  code   GTMELI
  kind   person
  note   president 14 Jan 2020 to 14 Jan 2024

actor JOSE_RAUL_MULINO
  name   José Raúl Mulino; Jose Raul Mulino; Mulino
  code   PANELI -20090630
  code   PANGOV 20090701-20140701
  code   PANELI 20140702-20240630
  code   PANGOV 20240701-
  code   PANGOV
  kind   person
  note   government and justice minister, then public security minister 01 Jul 2009 to 01 Jul 2014; president 01 Jul 2024 to today. Martinelli's minister of government and justice, then the first minister of public security when that ministry was created in 2010 (month uncertain). Foreign minister 1993-1994.

actor JEAN_BERTRAND_ARISTIDE
  name   Jean-Bertrand Aristide; Aristide
  code   HTIELI -20010206
  code   HTIGOV 20010207-20040229
  code   HTIELI 20040301-
  code   HTIELI
  kind   person
  note   president 07 Feb 2001 to 29 Feb 2004

actor RENE_PREVAL
  name   René Préval; Rene Preval; Preval
  code   HTIELI -19960206
  code   HTIGOV 19960207-20010207
  code   HTIELI 20010208-20060513
  code   HTIGOV 20060514-20110514
  code   HTIELI 20110515-
  code   HTIELI
  kind   person
  note   president 07 Feb 1996 to 07 Feb 2001; president 14 May 2006 to 14 May 2011

actor MICHEL_MARTELLY
  name   Michel Martelly; Martelly
  code   HTIELI -20110513
  code   HTIGOV 20110514-20160207
  code   HTIELI 20160208-
  code   HTIELI
  kind   person
  note   president 14 May 2011 to 07 Feb 2016

actor JOVENEL_MOISE
  name   Jovenel Moïse; Jovenel Moise
  code   HTIELI -20170206
  code   HTIGOV 20170207-20210707
  code   HTIELI 20210708-
  code   HTIELI
  kind   person
  note   president 07 Feb 2017 to 07 Jul 2021. Assassinated 7 July 2021.

actor ARIEL_HENRY
  name   Ariel Henry
  code   HTIELI -20210719
  code   HTIGOV 20210720-20240425
  code   HTIELI 20240426-
  code   HTIELI
  kind   person
  note   prime minister 20 Jul 2021 to 25 Apr 2024

actor JOSE_MUJICA
  name   José Mujica; Jose Mujica; Pepe Mujica
  code   URYELI -20100228
  code   URYGOV 20100301-20150301
  code   URYELI 20150302-
  code   URYELI
  kind   person
  note   president 01 Mar 2010 to 01 Mar 2015

actor YAMANDU_ORSI
  name   Yamandú Orsi; Yamandu Orsi
  code   URYELI -20250228
  code   URYGOV 20250301-
  code   URYGOV
  kind   person
  note   president 01 Mar 2025 to today

actor SANTIAGO_PENA
  name   Santiago Peña; Santiago Pena
  code   PRYELI -20230814
  code   PRYGOV 20230815-
  code   PRYGOV
  kind   person
  note   president 15 Aug 2023 to today

actor LUIS_ABINADER
  name   Luis Abinader; Abinader
  code   DOMELI -20200815
  code   DOMGOV 20200816-
  code   DOMGOV
  kind   person
  note   president 16 Aug 2020 to today

actor JEROME_POWELL
  name   Jerome Powell; Jay Powell
  code   USAELI -20180204
  code   USAGOV 20180205-
  code   USAGOV
  kind   person
  note   Federal Reserve chair 05 Feb 2018 to today. The central bank is GOV (agents.tac).

actor ALICIA_BARCENA
  name   Alicia Bárcena; Alicia Barcena
  code   MEXELI -20230702
  code   MEXGOV 20230703-20240930
  code   MEXELI 20241001-
  code   MEXELI
  kind   person
  note   foreign minister 03 Jul 2023 to 30 Sep 2024

actor DIANA_MONDINO
  name   Diana Mondino; Mondino
  code   ARGELI -20231209
  code   ARGGOV 20231210-20241030
  code   ARGELI 20241031-
  code   ARGELI
  kind   person
  note   foreign minister 10 Dec 2023 to 30 Oct 2024

actor GERARDO_WERTHEIN
  name   Gerardo Werthein; Werthein
  code   ARGELI -20241029
  code   ARGGOV 20241030-20251021?
  code   ARGELI 20251022?-
  code   ARGELI
  kind   person
  note   foreign minister 30 Oct 2024 to 21 Oct 2025 (date uncertain)

actor SANTIAGO_CAFIERO
  name   Santiago Cafiero; Cafiero
  code   ARGELI -20210919
  code   ARGGOV 20210920-20231210
  code   ARGELI 20231211-
  code   ARGELI
  kind   person
  note   foreign minister 20 Sep 2021 to 10 Dec 2023

actor PATRICIA_BULLRICH
  name   Patricia Bullrich; Bullrich
  code   ARGELI -20151209
  code   ARGGOV 20151210-20191210
  code   ARGELI 20191211-20231209
  code   ARGGOV 20231210-20251210?
  code   ARGELI 20251211?-
  code   ARGELI
  kind   person
  note   security minister 10 Dec 2015 to 10 Dec 2019; security minister 10 Dec 2023 to 10 Dec 2025 (date uncertain)

actor PETER_MACKAY
  name   Peter MacKay; MacKay
  code   CANELI -20040719?
  code   CANGOV 20040720?-20060206
  code   CANELI 20060207-20070813
  code   CANGOV 20070814-20130715
  code   CANELI 20130716-
  code   CANELI
  kind   person
  note   foreign minister 20 Jul 2004 (date uncertain) to 06 Feb 2006; defence minister 14 Aug 2007 to 15 Jul 2013

actor LLOYD_AXWORTHY
  name   Lloyd Axworthy; Axworthy
  code   CANELI -19960124
  code   CANGOV 19960125-20001017
  code   CANELI 20001018-
  code   CANELI
  kind   person
  note   foreign minister 25 Jan 1996 to 17 Oct 2000

actor DAVID_MCGUINTY
  name   David McGuinty
  code   CANELI -20250512?
  code   CANGOV 20250513?-
  code   CANGOV
  kind   person
  note   defence minister 13 May 2025 (date uncertain) to today

actor RAFAEL_LOPEZ_ALIAGA
  name   Rafael López Aliaga; Rafael Lopez Aliaga
  code   PEROPP
  kind   person
  note   Mayor of Lima 2023-2025; presidential candidate.

actor ALBERTO_VAN_KLAVEREN
  name   Alberto van Klaveren; van Klaveren
  code   CHLELI -20230309
  code   CHLGOV 20230310-20260311?
  code   CHLELI 20260312?-
  code   CHLELI
  kind   person
  note   foreign minister 10 Mar 2023 to 11 Mar 2026 (date uncertain). Boric's government left office on 11 March 2026.

actor RODRIGO_CHAVES
  name   Rodrigo Chaves; Chaves
  code   CRIELI -20220507
  code   CRIGOV 20220508-20260508
  code   CRIELI 20260509-
  code   CRIELI
  kind   person
  note   president 08 May 2022 to 08 May 2026. His term ended on 8 May 2026 (no consecutive re-election); his successor is after our reliable information.

actor OSCAR_ARIAS
  name   Óscar Arias; Oscar Arias
  code   CRIELI -20060507
  code   CRIGOV 20060508-20100508
  code   CRIELI 20100509-
  code   CRIELI
  kind   person
  note   president 08 May 2006 to 08 May 2010

actor DANILO_MEDINA
  name   Danilo Medina
  code   DOMELI -20120815
  code   DOMGOV 20120816-20200816
  code   DOMELI 20200817-
  code   DOMELI
  kind   person
  note   president 16 Aug 2012 to 16 Aug 2020

actor LEONEL_FERNANDEZ
  name   Leonel Fernández; Leonel Fernandez
  code   DOMELI -19960815
  code   DOMGOV 19960816-20000816
  code   DOMELI 20000817-20040815
  code   DOMGOV 20040816-20120816
  code   DOMELI 20120817-
  code   DOMELI
  kind   person
  note   president 16 Aug 1996 to 16 Aug 2000; president 16 Aug 2004 to 16 Aug 2012

actor OTTO_PEREZ_MOLINA
  name   Otto Pérez Molina; Otto Perez Molina
  code   GTMELI -20120113
  code   GTMGOV 20120114-20150903
  code   GTMELI 20150904-
  code   GTMELI
  kind   person
  note   president 14 Jan 2012 to 03 Sep 2015

actor JIMMY_MORALES
  name   Jimmy Morales
  code   GTMELI -20160113
  code   GTMGOV 20160114-20200114
  code   GTMELI 20200115-
  code   GTMELI
  kind   person
  note   president 14 Jan 2016 to 14 Jan 2020

actor GARRY_CONILLE
  name   Garry Conille; Conille
  code   HTIELI -20111017
  code   HTIGOV 20111018-20120501
  code   HTIELI 20120502-20240602
  code   HTIGOV 20240603-20241110
  code   HTIELI 20241111-
  code   HTIELI
  kind   person
  note   prime minister 18 Oct 2011 to 01 May 2012; prime minister 03 Jun 2024 to 10 Nov 2024

actor ALIX_DIDIER_FILS_AIME
  name   Alix Didier Fils-Aimé; Alix Didier Fils-Aime; Fils-Aimé; Fils-Aime
  code   HTIELI -20241111
  code   HTIGOV 20241112-
  code   HTIGOV
  kind   person
  note   prime minister 12 Nov 2024 to today

actor ANDREW_HOLNESS
  name   Andrew Holness; Holness
  code   JAMELI -20111022
  code   JAMGOV 20111023-20120105
  code   JAMELI 20120106-20160302
  code   JAMGOV 20160303-
  code   JAMGOV
  kind   person
  note   prime minister 23 Oct 2011 to 05 Jan 2012; prime minister 03 Mar 2016 to today

actor KAMLA_PERSAD_BISSESSAR
  name   Kamla Persad-Bissessar; Persad-Bissessar
  code   TTOELI -20100525
  code   TTOGOV 20100526-20150909
  code   TTOELI 20150910-20250430
  code   TTOGOV 20250501-
  code   TTOGOV
  kind   person
  note   prime minister 26 May 2010 to 09 Sep 2015; prime minister 01 May 2025 to today

actor MIA_MOTTLEY
  name   Mia Mottley; Mottley
  code   BRBELI -20180524
  code   BRBGOV 20180525-
  code   BRBGOV
  kind   person
  note   prime minister 25 May 2018 to today

actor IRFAAN_ALI
  name   Irfaan Ali
  code   GUYELI -20200801
  code   GUYGOV 20200802-
  code   GUYGOV
  kind   person
  note   president 02 Aug 2020 to today

actor JENNIFER_GEERLINGS_SIMONS
  name   Jennifer Geerlings-Simons; Geerlings-Simons
  code   SURELI -20250715?
  code   SURGOV 20250716?-
  code   SURGOV
  kind   person
  note   president 16 Jul 2025 (date uncertain) to today

actor MARIO_ABDO_BENITEZ
  name   Mario Abdo Benítez; Mario Abdo Benitez
  code   PRYELI -20180814
  code   PRYGOV 20180815-20230815
  code   PRYELI 20230816-
  code   PRYELI
  kind   person
  note   president 15 Aug 2018 to 15 Aug 2023

actor LUIS_LACALLE_POU
  name   Luis Lacalle Pou; Lacalle Pou
  code   URYELI -20200229
  code   URYGOV 20200301-20250301
  code   URYELI 20250302-
  code   URYELI
  kind   person
  note   president 01 Mar 2020 to 01 Mar 2025

actor TABARE_VAZQUEZ
  name   Tabaré Vázquez; Tabare Vazquez
  code   URYELI -20050228
  code   URYGOV 20050301-20100301
  code   URYELI 20100302-20150228
  code   URYGOV 20150301-20200301
  code   URYELI 20200302-
  code   URYELI
  kind   person
  note   president 01 Mar 2005 to 01 Mar 2010; president 01 Mar 2015 to 01 Mar 2020

actor LUCIO_GUTIERREZ
  name   Lucio Gutiérrez; Lucio Gutierrez
  code   ECUELI -20030114
  code   ECUGOV 20030115-20050420
  code   ECUELI 20050421-
  code   ECUELI
  kind   person
  note   president 15 Jan 2003 to 20 Apr 2005

actor LAURENTINO_CORTIZO
  name   Laurentino Cortizo; Cortizo
  code   PANELI -20190630
  code   PANGOV 20190701-20240701
  code   PANELI 20240702-
  code   PANELI
  kind   person
  note   president 01 Jul 2019 to 01 Jul 2024

actor RICARDO_MARTINELLI
  name   Ricardo Martinelli; Martinelli
  code   PANELI -20090630
  code   PANGOV 20090701-20140701
  code   PANELI 20140702-
  code   PANELI
  kind   person
  note   president 01 Jul 2009 to 01 Jul 2014

actor MAURICIO_FUNES
  name   Mauricio Funes; Funes
  code   SLVELI -20090531
  code   SLVGOV 20090601-20140601
  code   SLVELI 20140602-
  code   SLVELI
  kind   person
  note   president 01 Jun 2009 to 01 Jun 2014

actor ENRIQUE_BOLANOS
  name   Enrique Bolaños; Enrique Bolanos
  code   NICELI -20020109
  code   NICGOV 20020110-20070110
  code   NICELI 20070111-
  code   NICELI
  kind   person
  note   president 10 Jan 2002 to 10 Jan 2007

actor NASRY_ASFURA
  name   Nasry Asfura; Asfura
  code   HNDELI -20260126?
  code   HNDGOV 20260127?-
  code   HNDGOV
  kind   person
  note   president 27 Jan 2026 (date uncertain) to today. Declared winner of the November 2025 election (reported; uncertain).

actor PATRICIA_RODAS
  name   Patricia Rodas; Rodas
  code   HNDELI -20060126?
  code   HNDGOV 20060127?-20090628
  code   HNDELI 20090629-
  code   HNDELI
  kind   person
  note   foreign minister 27 Jan 2006 (date uncertain) to 28 Jun 2009. Foreign minister at the time of the June 2009 coup; detained and expelled to Mexico.

actor RAFAEL_RONCAGLIOLO
  name   Rafael Roncagliolo
  code   PERELI -20110727
  code   PERGOV 20110728-20130514
  code   PERELI 20130515-
  code   PERELI
  kind   person
  note   foreign minister 28 Jul 2011 to 14 May 2013

actor JAVIER_GONZALEZ_OLAECHEA
  name   Javier González-Olaechea
  code   PERELI -20231009?
  code   PERGOV 20231010?-20240919?
  code   PERELI 20240920?-
  code   PERELI
  kind   person
  note   foreign minister 10 Oct 2023 (date uncertain) to 19 Sep 2024 (date uncertain)

actor ELMER_SCHIALER
  name   Elmer Schialer
  code   PERELI -20240918?
  code   PERGOV 20240919?-
  code   PERGOV
  kind   person
  note   foreign minister 19 Sep 2024 (date uncertain) to today

actor OMAR_GARCIA_HARFUCH
  name   Omar García Harfuch; Omar Garcia Harfuch; Garcia Harfuch
  code   MEXELI -20240930
  code   MEXGOV 20241001-
  code   MEXGOV
  kind   person
  note   security minister 01 Oct 2024 to today

actor JOSE_MUCIO
  name   José Múcio; Jose Mucio; Múcio; Mucio
  code   BRAELI -20221231
  code   BRAGOV 20230101-
  code   BRAGOV
  kind   person
  note   defence minister 01 Jan 2023 to today

actor LUIS_PETRI
  name   Luis Petri; Petri
  code   ARGELI -20231209
  code   ARGGOV 20231210-20251210?
  code   ARGELI 20251211?-
  code   ARGELI
  kind   person
  note   defence minister 10 Dec 2023 to 10 Dec 2025 (date uncertain)

actor BILL_GRAHAM
  name   Bill Graham
  code   CANELI -20020115
  code   CANGOV 20020116-20060206
  code   CANELI 20060207-
  code   CANELI
  kind   person
  note   foreign minister 16 Jan 2002 to 20 Jul 2004; defence minister 20 Jul 2004 to 06 Feb 2006

actor PIERRE_PETTIGREW
  name   Pierre Pettigrew; Pettigrew
  code   CANELI -20040719
  code   CANGOV 20040720-20060206
  code   CANELI 20060207-
  code   CANELI
  kind   person
  note   foreign minister 20 Jul 2004 to 06 Feb 2006

actor MAXIME_BERNIER
  name   Maxime Bernier
  code   CANELI -20070813
  code   CANGOV 20070814-20080526
  code   CANELI 20080527-
  code   CANELI
  kind   person
  note   foreign minister 14 Aug 2007 to 26 May 2008

actor LAWRENCE_CANNON
  name   Lawrence Cannon
  code   CANELI -20081029
  code   CANGOV 20081030-20110518
  code   CANELI 20110519-
  code   CANELI
  kind   person
  note   foreign minister 30 Oct 2008 to 18 May 2011

actor ROB_NICHOLSON
  name   Rob Nicholson
  code   CANELI -20130714
  code   CANGOV 20130715-20151104
  code   CANELI 20151105-
  code   CANELI
  kind   person
  note   defence minister 15 Jul 2013 to 09 Feb 2015; foreign minister 09 Feb 2015 to 04 Nov 2015

actor ART_EGGLETON
  name   Art Eggleton; Eggleton
  code   CANELI -19971002
  code   CANGOV 19971003-20020526
  code   CANELI 20020527-
  code   CANELI
  kind   person
  note   defence minister 03 Oct 1997 to 26 May 2002

actor GORDON_O_CONNOR
  name   Gordon O'Connor
  code   CANELI -20060205
  code   CANGOV 20060206-20070814
  code   CANELI 20070815-
  code   CANELI
  kind   person
  note   defence minister 06 Feb 2006 to 14 Aug 2007

actor JASON_KENNEY
  name   Jason Kenney; Kenney
  code   CANELI -20150208
  code   CANGOV 20150209-20151104
  code   CANELI 20151105-
  code   CANELI
  kind   person
  note   defence minister 09 Feb 2015 to 04 Nov 2015

actor JORGE_CASTANEDA
  name   Jorge Castañeda; Jorge Castaneda
  code   MEXELI -20001130
  code   MEXGOV 20001201-20030110
  code   MEXELI 20030111-
  code   MEXELI
  kind   person
  note   foreign minister 01 Dec 2000 to 10 Jan 2003

actor LUIS_ERNESTO_DERBEZ
  name   Luis Ernesto Derbez; Derbez
  code   MEXELI -20030114
  code   MEXGOV 20030115-20061130
  code   MEXELI 20061201-
  code   MEXELI
  kind   person
  note   foreign minister 15 Jan 2003 to 30 Nov 2006

actor PATRICIA_ESPINOSA
  name   Patricia Espinosa
  code   MEXELI -20061130
  code   MEXGOV 20061201-20121130
  code   MEXELI 20121201-
  code   MEXELI
  kind   person
  note   foreign minister 01 Dec 2006 to 30 Nov 2012

actor JOSE_ANTONIO_MEADE
  name   José Antonio Meade; Jose Antonio Meade
  code   MEXELI -20121130
  code   MEXGOV 20121201-20150827
  code   MEXELI 20150828-
  code   MEXELI
  kind   person
  note   foreign minister 01 Dec 2012 to 27 Aug 2015

actor CLAUDIA_RUIZ_MASSIEU
  name   Claudia Ruiz Massieu
  code   MEXELI -20150826
  code   MEXGOV 20150827-20170104
  code   MEXELI 20170105-
  code   MEXELI
  kind   person
  note   foreign minister 27 Aug 2015 to 04 Jan 2017

actor LUIS_VIDEGARAY
  name   Luis Videgaray; Videgaray
  code   MEXELI -20170103
  code   MEXGOV 20170104-20181130
  code   MEXELI 20181201-
  code   MEXELI
  kind   person
  note   foreign minister 04 Jan 2017 to 30 Nov 2018

actor ANTONIO_PATRIOTA
  name   Antonio Patriota; Patriota
  code   BRAELI -20101231
  code   BRAGOV 20110101-20130826
  code   BRAELI 20130827-
  code   BRAELI
  kind   person
  note   foreign minister 01 Jan 2011 to 26 Aug 2013

actor LUIZ_ALBERTO_FIGUEIREDO
  name   Luiz Alberto Figueiredo
  code   BRAELI -20130827
  code   BRAGOV 20130828-20141231
  code   BRAELI 20150101-
  code   BRAELI
  kind   person
  note   foreign minister 28 Aug 2013 to 31 Dec 2014

actor JOSE_SERRA
  name   José Serra; Jose Serra
  code   BRAELI -20160511
  code   BRAGOV 20160512-20170222
  code   BRAELI 20170223-
  code   BRAELI
  kind   person
  note   foreign minister 12 May 2016 to 22 Feb 2017

actor ALOYSIO_NUNES
  name   Aloysio Nunes
  code   BRAELI -20170306
  code   BRAGOV 20170307-20181231
  code   BRAELI 20190101-
  code   BRAELI
  kind   person
  note   foreign minister 07 Mar 2017 to 31 Dec 2018

actor CARLOS_FRANCA
  name   Carlos França; Carlos Franca
  code   BRAELI -20210405
  code   BRAGOV 20210406-20221231
  code   BRAELI 20230101-
  code   BRAELI
  kind   person
  note   foreign minister 06 Apr 2021 to 31 Dec 2022

actor JORGE_TAIANA
  name   Jorge Taiana; Taiana
  code   ARGELI -20051130?
  code   ARGGOV 20051201?-20100618
  code   ARGELI 20100619-20220809?
  code   ARGGOV 20220810?-20231210
  code   ARGELI 20231211-
  code   ARGELI
  kind   person
  note   foreign minister 01 Dec 2005 (date uncertain) to 18 Jun 2010; defence minister 10 Aug 2022 (date uncertain) to 10 Dec 2023

actor HECTOR_TIMERMAN
  name   Héctor Timerman; Hector Timerman; Timerman
  code   ARGELI -20100621
  code   ARGGOV 20100622-20151210
  code   ARGELI 20151211-
  code   ARGELI
  kind   person
  note   foreign minister 22 Jun 2010 to 10 Dec 2015

actor SUSANA_MALCORRA
  name   Susana Malcorra; Malcorra
  code   ARGELI -20151209
  code   ARGGOV 20151210-20170612
  code   ARGELI 20170613-
  code   ARGELI
  kind   person
  note   foreign minister 10 Dec 2015 to 12 Jun 2017

actor JORGE_FAURIE
  name   Jorge Faurie; Faurie
  code   ARGELI -20170611
  code   ARGGOV 20170612-20191210
  code   ARGELI 20191211-
  code   ARGELI
  kind   person
  note   foreign minister 12 Jun 2017 to 10 Dec 2019

actor FELIPE_SOLA
  name   Felipe Solá; Felipe Sola
  code   ARGELI -20191209
  code   ARGGOV 20191210-20210920
  code   ARGELI 20210921-
  code   ARGELI
  kind   person
  note   foreign minister 10 Dec 2019 to 20 Sep 2021

actor SHARED_CLINTON
  name   Clinton
  code   USAELI -19930119
  code   USAGOV 19930120-20010120
  code   USAELI 20010121-20090120
  code   USAGOV 20090121-20130201
  code   USAELI 20130202-
  code   USAELI
  kind   person
  note   The bare name 'Clinton' is shared by Bill Clinton, Hillary Clinton; coded GOV while any of them held office.

actor SHARED_POWELL
  name   Powell
  code   USAELI -20010119
  code   USAGOV 20010120-20050126
  code   USAELI 20050127-20180204
  code   USAGOV 20180205-
  code   USAGOV
  kind   person
  note   The bare name 'Powell' is shared by Colin Powell, Jerome Powell; coded GOV while any of them held office.

actor ALFONSO_PORTILLO
  name   Alfonso Portillo
  code   GTMELI -20000113
  code   GTMGOV 20000114-20040114
  code   GTMELI 20040115-
  code   GTMELI
  kind   person
  note   president 14 Jan 2000 to 14 Jan 2004. Extradited to the US in 2013 and convicted of money laundering.

actor OSCAR_BERGER
  name   Óscar Berger; Oscar Berger
  code   GTMELI -20040113
  code   GTMGOV 20040114-20080114
  code   GTMELI 20080115-
  code   GTMELI
  kind   person
  note   president 14 Jan 2004 to 14 Jan 2008

actor ALVARO_COLOM
  name   Álvaro Colom; Alvaro Colom
  code   GTMELI -20080113
  code   GTMGOV 20080114-20120114
  code   GTMELI 20120115-
  code   GTMELI
  kind   person
  note   president 14 Jan 2008 to 14 Jan 2012. Died 23 January 2023.

actor ALEJANDRO_MALDONADO
  name   Alejandro Maldonado Aguirre; Alejandro Maldonado
  code   GTMELI -20150513?
  code   GTMGOV 20150514?-20160114
  code   GTMELI 20160115-
  code   GTMELI
  kind   person
  note   vice president 14 May 2015 (date uncertain) to 03 Sep 2015; president 03 Sep 2015 to 14 Jan 2016. Became president on Pérez Molina's resignation; vice president from May 2015 (day uncertain).

actor SAID_MUSA
  name   Said Musa
  code   BLZELI -19980827
  code   BLZGOV 19980828-20080208
  code   BLZELI 20080209-
  code   BLZELI
  kind   person
  note   prime minister 28 Aug 1998 to 08 Feb 2008

actor DEAN_BARROW
  name   Dean Barrow
  code   BLZELI -20080207
  code   BLZGOV 20080208-20201112
  code   BLZELI 20201113-
  code   BLZELI
  kind   person
  note   prime minister 08 Feb 2008 to 12 Nov 2020

actor JOHNNY_BRICENO
  name   Johnny Briceño; Johnny Briceno; John Briceño; John Briceno; Briceño
  code   BLZELI -20201111
  code   BLZGOV 20201112-
  code   BLZGOV
  kind   person
  note   prime minister 12 Nov 2020 to today

actor FRANCISCO_FLORES
  name   Francisco Flores
  code   SLVELI -19990531
  code   SLVGOV 19990601-20040601
  code   SLVELI 20040602-
  code   SLVELI
  kind   person
  note   president 01 Jun 1999 to 01 Jun 2004. Died 30 January 2016.

actor ANTONIO_SACA
  name   Antonio Saca; Elías Antonio Saca; Elias Antonio Saca; Tony Saca
  code   SLVELI -20040531
  code   SLVGOV 20040601-20090601
  code   SLVELI 20090602-
  code   SLVELI
  kind   person
  note   president 01 Jun 2004 to 01 Jun 2009

actor SALVADOR_SANCHEZ_CEREN
  name   Salvador Sánchez Cerén; Salvador Sanchez Ceren; Sánchez Cerén; Sanchez Ceren
  code   SLVELI -20090531
  code   SLVGOV 20090601-20190601
  code   SLVELI 20190602-
  code   SLVELI
  kind   person
  note   vice president 01 Jun 2009 to 01 Jun 2014; president 01 Jun 2014 to 01 Jun 2019

actor CARLOS_ROBERTO_FLORES
  name   Carlos Roberto Flores; Carlos Flores Facussé; Carlos Flores Facusse
  code   HNDELI -19980126
  code   HNDGOV 19980127-20020127
  code   HNDELI 20020128-
  code   HNDELI
  kind   person
  note   president 27 Jan 1998 to 27 Jan 2002

actor ARNOLDO_ALEMAN
  name   Arnoldo Alemán; Arnoldo Aleman
  code   NICELI -19970109
  code   NICGOV 19970110-20020110
  code   NICELI 20020111-
  code   NICELI
  kind   person
  note   president 10 Jan 1997 to 10 Jan 2002

actor MIGUEL_ANGEL_RODRIGUEZ
  name   Miguel Ángel Rodríguez; Miguel Angel Rodriguez
  code   CRIELI -19980507
  code   CRIGOV 19980508-20020508
  code   CRIELI 20020509-
  code   CRIELI
  kind   person
  note   president 08 May 1998 to 08 May 2002

actor ABEL_PACHECO
  name   Abel Pacheco
  code   CRIELI -20020507
  code   CRIGOV 20020508-20060508
  code   CRIELI 20060509-
  code   CRIELI
  kind   person
  note   president 08 May 2002 to 08 May 2006

actor LAURA_CHINCHILLA
  name   Laura Chinchilla
  code   CRIELI -20060507
  code   CRIGOV 20060508-20081008?
  code   CRIELI 20081009?-20100507
  code   CRIGOV 20100508-20140508
  code   CRIELI 20140509-
  code   CRIELI
  kind   person
  note   vice president 08 May 2006 to 08 Oct 2008 (date uncertain); president 08 May 2010 to 08 May 2014. Vice president and justice minister under Arias; resigned the vice presidency in 2008 to run (date uncertain).

actor LUIS_GUILLERMO_SOLIS
  name   Luis Guillermo Solís; Luis Guillermo Solis
  code   CRIELI -20140507
  code   CRIGOV 20140508-20180508
  code   CRIELI 20180509-
  code   CRIELI
  kind   person
  note   president 08 May 2014 to 08 May 2018

actor CARLOS_ALVARADO_QUESADA
  name   Carlos Alvarado Quesada; Carlos Alvarado
  code   CRIELI -20180507
  code   CRIGOV 20180508-20220508
  code   CRIELI 20220509-
  code   CRIELI
  kind   person
  note   president 08 May 2018 to 08 May 2022

actor MIREYA_MOSCOSO
  name   Mireya Moscoso; Moscoso
  code   PANELI -19990831
  code   PANGOV 19990901-20040901
  code   PANELI 20040902-
  code   PANELI
  kind   person
  note   president 01 Sep 1999 to 01 Sep 2004

actor MARTIN_TORRIJOS
  name   Martín Torrijos; Martin Torrijos
  code   PANELI -20040831
  code   PANGOV 20040901-20090701
  code   PANELI 20090702-
  code   PANELI
  kind   person
  note   president 01 Sep 2004 to 01 Jul 2009. His term was shortened to end on 1 July 2009 by the 2004 constitutional reform.

actor JUAN_CARLOS_VARELA
  name   Juan Carlos Varela
  code   PANELI -20090630
  code   PANGOV 20090701-20190701
  code   PANELI 20190702-
  code   PANELI
  kind   person
  note   vice president 01 Jul 2009 to 01 Jul 2014; foreign minister 01 Jul 2009 to 30 Aug 2011 (date uncertain); president 01 Jul 2014 to 01 Jul 2019. Foreign minister under Martinelli until dismissed in August 2011 (day uncertain).

actor BONIFACE_ALEXANDRE
  name   Boniface Alexandre
  code   HTIELI -20040228
  code   HTIGOV 20040229-20060514
  code   HTIELI 20060515-
  code   HTIELI
  kind   person
  note   provisional president 29 Feb 2004 to 14 May 2006

actor JOCELERME_PRIVERT
  name   Jocelerme Privert; Privert
  code   HTIELI -20160213
  code   HTIGOV 20160214-20170207
  code   HTIELI 20170208-
  code   HTIELI
  kind   person
  note   provisional president 14 Feb 2016 to 07 Feb 2017

actor JACQUES_EDOUARD_ALEXIS
  name   Jacques-Édouard Alexis; Jacques-Edouard Alexis; Jacques Edouard Alexis
  code   HTIELI -19990325?
  code   HTIGOV 19990326?-20010302?
  code   HTIELI 20010303?-20060608
  code   HTIGOV 20060609-20080912?
  code   HTIELI 20080913?-
  code   HTIELI
  kind   person
  note   prime minister 26 Mar 1999 (date uncertain) to 02 Mar 2001 (date uncertain); prime minister 09 Jun 2006 to 12 Sep 2008 (date uncertain). Dismissed by the Senate in April 2008 after food riots; stayed on until Pierre-Louis took office (dates uncertain).

actor JEAN_MARIE_CHERESTAL
  name   Jean-Marie Chérestal; Jean Marie Cherestal; Jean-Marie Cherestal
  code   HTIELI -20010301?
  code   HTIGOV 20010302?-20020315?
  code   HTIELI 20020316?-
  code   HTIELI
  kind   person
  note   prime minister 02 Mar 2001 (date uncertain) to 15 Mar 2002 (date uncertain)

actor YVON_NEPTUNE
  name   Yvon Neptune
  code   HTIELI -20020314?
  code   HTIGOV 20020315?-20040312?
  code   HTIELI 20040313?-
  code   HTIELI
  kind   person
  note   prime minister 15 Mar 2002 (date uncertain) to 12 Mar 2004 (date uncertain)

actor GERARD_LATORTUE
  name   Gérard Latortue; Gerard Latortue; Latortue
  code   HTIELI -20040311?
  code   HTIGOV 20040312?-20060609
  code   HTIELI 20060610-
  code   HTIELI
  kind   person
  note   prime minister 12 Mar 2004 (date uncertain) to 09 Jun 2006

actor MICHELE_PIERRE_LOUIS
  name   Michèle Pierre-Louis; Michele Pierre-Louis; Michele Pierre Louis
  code   HTIELI -20080904
  code   HTIGOV 20080905-20091111
  code   HTIELI 20091112-
  code   HTIELI
  kind   person
  note   prime minister 05 Sep 2008 to 11 Nov 2009

actor JEAN_MAX_BELLERIVE
  name   Jean-Max Bellerive; Jean Max Bellerive; Bellerive
  code   HTIELI -20091110
  code   HTIGOV 20091111-20111018
  code   HTIELI 20111019-
  code   HTIELI
  kind   person
  note   prime minister 11 Nov 2009 to 18 Oct 2011

actor LAURENT_LAMOTHE
  name   Laurent Lamothe
  code   HTIELI -20111023?
  code   HTIGOV 20111024?-20141220
  code   HTIELI 20141221-
  code   HTIELI
  kind   person
  note   foreign minister 24 Oct 2011 (date uncertain) to 16 May 2012 (date uncertain); prime minister 16 May 2012 to 20 Dec 2014

actor EVANS_PAUL
  name   Evans Paul
  code   HTIELI -20150115
  code   HTIGOV 20150116-20160226?
  code   HTIELI 20160227?-
  code   HTIELI
  kind   person
  note   prime minister 16 Jan 2015 to 26 Feb 2016 (date uncertain)

actor ENEX_JEAN_CHARLES
  name   Enex Jean-Charles; Enex Jean Charles
  code   HTIELI -20160327?
  code   HTIGOV 20160328?-20170321
  code   HTIELI 20170322-
  code   HTIELI
  kind   person
  note   prime minister 28 Mar 2016 (date uncertain) to 21 Mar 2017

actor JACK_GUY_LAFONTANT
  name   Jack Guy Lafontant; Lafontant
  code   HTIELI -20170320
  code   HTIGOV 20170321-20180916?
  code   HTIELI 20180917?-
  code   HTIELI
  kind   person
  note   prime minister 21 Mar 2017 to 16 Sep 2018 (date uncertain). Resigned in July 2018 after fuel-price riots; stayed until his successor took office (date uncertain).

actor JEAN_HENRY_CEANT
  name   Jean-Henry Céant; Jean Henry Ceant; Jean-Henry Ceant
  code   HTIELI -20180916
  code   HTIGOV 20180917-20190321?
  code   HTIELI 20190322?-
  code   HTIELI
  kind   person
  note   prime minister 17 Sep 2018 to 21 Mar 2019 (date uncertain)

actor JEAN_MICHEL_LAPIN
  name   Jean-Michel Lapin; Jean Michel Lapin
  code   HTIELI -20190320?
  code   HTIGOV 20190321?-20200304
  code   HTIELI 20200305-
  code   HTIELI
  kind   person
  note   acting prime minister 21 Mar 2019 (date uncertain) to 04 Mar 2020

actor JOSEPH_JOUTHE
  name   Joseph Jouthe; Jouthe
  code   HTIELI -20200303
  code   HTIGOV 20200304-20210414
  code   HTIELI 20210415-
  code   HTIELI
  kind   person
  note   prime minister 04 Mar 2020 to 14 Apr 2021

actor CLAUDE_JOSEPH
  name   Claude Joseph
  code   HTIELI -20200301?
  code   HTIGOV 20200302?-20210720?
  code   HTIELI 20210721?-
  code   HTIELI
  kind   person
  note   foreign minister 02 Mar 2020 (date uncertain) to 20 Jul 2021 (date uncertain); acting prime minister 14 Apr 2021 to 20 Jul 2021. Acting prime minister until Ariel Henry took over after Moïse's assassination; foreign minister from March 2020 (dates uncertain).

actor EDGARD_LEBLANC_FILS
  name   Edgard Leblanc Fils; Edgard Leblanc
  code   HTIELI -20240429?
  code   HTIGOV 20240430?-20250307?
  code   HTIELI 20250308?-
  code   HTIELI
  kind   person
  note   president of the Transitional Presidential Council 30 Apr 2024 (date uncertain) to 07 Mar 2025 (date uncertain). Headed Haiti's collective presidency (the council installed 25 April 2024); dates uncertain.

actor FRITZ_ALPHONSE_JEAN
  name   Fritz Alphonse Jean; Fritz Jean
  code   HTIELI -20250306?
  code   HTIGOV 20250307?-20250807?
  code   HTIELI 20250808?-
  code   HTIELI
  kind   person
  note   president of the Transitional Presidential Council 07 Mar 2025 (date uncertain) to 07 Aug 2025 (date uncertain). Dates uncertain.

actor LAURENT_SAINT_CYR
  name   Laurent Saint-Cyr; Laurent Saint Cyr
  code   HTIELI -20250806?
  code   HTIGOV 20250807?-20260207?
  code   HTIELI 20260208?-
  code   HTIELI
  kind   person
  note   president of the Transitional Presidential Council 07 Aug 2025 (date uncertain) to 07 Feb 2026 (date uncertain). The council's mandate ended on 7 February 2026; what followed is after our reliable information (dates uncertain).

actor HIPOLITO_MEJIA
  name   Hipólito Mejía; Hipolito Mejia
  code   DOMELI -20000815
  code   DOMGOV 20000816-20040816
  code   DOMELI 20040817-
  code   DOMELI
  kind   person
  note   president 16 Aug 2000 to 16 Aug 2004

actor P_J_PATTERSON
  name   P. J. Patterson; PJ Patterson; P.J. Patterson; Percival Patterson
  code   JAMELI -19920329
  code   JAMGOV 19920330-20060330
  code   JAMELI 20060331-
  code   JAMELI
  kind   person
  note   prime minister 30 Mar 1992 to 30 Mar 2006

actor PORTIA_SIMPSON_MILLER
  name   Portia Simpson-Miller; Portia Simpson Miller; Simpson-Miller
  code   JAMELI -20060329
  code   JAMGOV 20060330-20070911
  code   JAMELI 20070912-20120104
  code   JAMGOV 20120105-20160303
  code   JAMELI 20160304-
  code   JAMELI
  kind   person
  note   prime minister 30 Mar 2006 to 11 Sep 2007; prime minister 05 Jan 2012 to 03 Mar 2016

actor BRUCE_GOLDING
  name   Bruce Golding
  code   JAMELI -20070910
  code   JAMGOV 20070911-20111023
  code   JAMELI 20111024-
  code   JAMELI
  kind   person
  note   prime minister 11 Sep 2007 to 23 Oct 2011

actor BASDEO_PANDAY
  name   Basdeo Panday; Panday
  code   TTOELI -19951108
  code   TTOGOV 19951109-20011224
  code   TTOELI 20011225-
  code   TTOELI
  kind   person
  note   prime minister 09 Nov 1995 to 24 Dec 2001

actor PATRICK_MANNING
  name   Patrick Manning
  code   TTOELI -20011223
  code   TTOGOV 20011224-20100526
  code   TTOELI 20100527-
  code   TTOELI
  kind   person
  note   prime minister 24 Dec 2001 to 26 May 2010. Also prime minister 1991-1995. Died 2 July 2016.

actor KEITH_ROWLEY
  name   Keith Rowley
  code   TTOELI -20150908
  code   TTOGOV 20150909-20250317
  code   TTOELI 20250318-
  code   TTOELI
  kind   person
  note   prime minister 09 Sep 2015 to 17 Mar 2025

actor STUART_YOUNG
  name   Stuart Young
  code   TTOELI -20180814?
  code   TTOGOV 20180815?-20250501
  code   TTOELI 20250502-
  code   TTOELI
  kind   person
  note   national security minister 15 Aug 2018 (date uncertain) to 18 Apr 2021 (date uncertain); energy minister 19 Apr 2021 (date uncertain) to 16 Mar 2025; prime minister 17 Mar 2025 to 01 May 2025. A minister in the Office of the Prime Minister before national security (dates not placed, coded ELI); portfolio changes uncertain by days.

actor ANR_ROBINSON
  name   A. N. R. Robinson; ANR Robinson; Arthur N. R. Robinson; Arthur Robinson
  code   TTOELI -19970318
  code   TTOGOV 19970319-20030317
  code   TTOELI 20030318-
  code   TTOELI
  kind   person
  note   president 19 Mar 1997 to 17 Mar 2003

actor GEORGE_MAXWELL_RICHARDS
  name   George Maxwell Richards; Max Richards
  code   TTOELI -20030316
  code   TTOGOV 20030317-20130318
  code   TTOELI 20130319-
  code   TTOELI
  kind   person
  note   president 17 Mar 2003 to 18 Mar 2013

actor ANTHONY_CARMONA
  name   Anthony Carmona
  code   TTOELI -20130317
  code   TTOGOV 20130318-20180319
  code   TTOELI 20180320-
  code   TTOELI
  kind   person
  note   president 18 Mar 2013 to 19 Mar 2018

actor PAULA_MAE_WEEKES
  name   Paula-Mae Weekes; Paula Mae Weekes
  code   TTOELI -20180318
  code   TTOGOV 20180319-20230320
  code   TTOELI 20230321-
  code   TTOELI
  kind   person
  note   president 19 Mar 2018 to 20 Mar 2023

actor CHRISTINE_KANGALOO
  name   Christine Kangaloo; Kangaloo
  code   TTOELI -20230319
  code   TTOGOV 20230320-
  code   TTOGOV
  kind   person
  note   president 20 Mar 2023 to today

actor OWEN_ARTHUR
  name   Owen Arthur
  code   BRBELI -19940905
  code   BRBGOV 19940906-20080116
  code   BRBELI 20080117-
  code   BRBELI
  kind   person
  note   prime minister 06 Sep 1994 to 16 Jan 2008. Died 27 July 2020.

actor DAVID_THOMPSON_BRB
  name   David Thompson
  code   BRBELI -20080115
  code   BRBGOV 20080116-20101023
  code   BRBELI 20101024-
  code   BRBELI
  kind   person
  note   prime minister 16 Jan 2008 to 23 Oct 2010. Died in office 23 October 2010.

actor FREUNDEL_STUART
  name   Freundel Stuart
  code   BRBELI -20101022
  code   BRBGOV 20101023-20180525
  code   BRBELI 20180526-
  code   BRBELI
  kind   person
  note   prime minister 23 Oct 2010 to 25 May 2018

actor SANDRA_MASON
  name   Sandra Mason; Dame Sandra Mason
  code   BRBELI -20180107
  code   BRBGOV 20180108-
  code   BRBGOV
  kind   person
  note   governor-general 08 Jan 2018 to 30 Nov 2021; president 30 Nov 2021 to today. First president when Barbados became a republic on 30 November 2021; her four-year term ran to November 2025 and what followed is after our reliable information (end uncertain).

actor HUBERT_INGRAHAM
  name   Hubert Ingraham
  code   BHSELI -19920820
  code   BHSGOV 19920821-20020503
  code   BHSELI 20020504-20070503
  code   BHSGOV 20070504-20120508
  code   BHSELI 20120509-
  code   BHSELI
  kind   person
  note   prime minister 21 Aug 1992 to 03 May 2002; prime minister 04 May 2007 to 08 May 2012

actor PERRY_CHRISTIE
  name   Perry Christie
  code   BHSELI -20020502
  code   BHSGOV 20020503-20070504
  code   BHSELI 20070505-20120507
  code   BHSGOV 20120508-20170511
  code   BHSELI 20170512-
  code   BHSELI
  kind   person
  note   prime minister 03 May 2002 to 04 May 2007; prime minister 08 May 2012 to 11 May 2017

actor HUBERT_MINNIS
  name   Hubert Minnis; Minnis
  code   BHSELI -20170510
  code   BHSGOV 20170511-20210917
  code   BHSELI 20210918-
  code   BHSELI
  kind   person
  note   prime minister 11 May 2017 to 17 Sep 2021

actor PHILIP_DAVIS
  name   Philip Davis; Philip Brave Davis; Brave Davis
  code   BHSELI -20210916
  code   BHSGOV 20210917-
  code   BHSGOV
  kind   person
  note   prime minister 17 Sep 2021 to today

actor LESTER_BIRD
  name   Lester Bird
  code   ATGELI -19940908
  code   ATGGOV 19940909-20040324
  code   ATGELI 20040325-
  code   ATGELI
  kind   person
  note   prime minister 09 Sep 1994 to 24 Mar 2004. Died 9 August 2021.

actor BALDWIN_SPENCER
  name   Baldwin Spencer
  code   ATGELI -20040323
  code   ATGGOV 20040324-20140613
  code   ATGELI 20140614-
  code   ATGELI
  kind   person
  note   prime minister 24 Mar 2004 to 13 Jun 2014

actor GASTON_BROWNE
  name   Gaston Browne
  code   ATGELI -20140612
  code   ATGGOV 20140613-
  code   ATGGOV
  kind   person
  note   prime minister 13 Jun 2014 to today

actor ROSIE_DOUGLAS
  name   Rosie Douglas
  code   DMAELI -20000202
  code   DMAGOV 20000203-20001001
  code   DMAELI 20001002-
  code   DMAELI
  kind   person
  note   prime minister 03 Feb 2000 to 01 Oct 2000. Died in office 1 October 2000.

actor PIERRE_CHARLES
  name   Pierre Charles
  code   DMAELI -20001002
  code   DMAGOV 20001003-20040106
  code   DMAELI 20040107-
  code   DMAELI
  kind   person
  note   prime minister 03 Oct 2000 to 06 Jan 2004. Died in office 6 January 2004.

actor ROOSEVELT_SKERRIT
  name   Roosevelt Skerrit; Skerrit
  code   DMAELI -20040107
  code   DMAGOV 20040108-
  code   DMAGOV
  kind   person
  note   prime minister 08 Jan 2004 to today

actor KEITH_MITCHELL
  name   Keith Mitchell
  code   GRDELI -19950621
  code   GRDGOV 19950622-20080709
  code   GRDELI 20080710-20130219
  code   GRDGOV 20130220-20220624
  code   GRDELI 20220625-
  code   GRDELI
  kind   person
  note   prime minister 22 Jun 1995 to 09 Jul 2008; prime minister 20 Feb 2013 to 24 Jun 2022

actor TILLMAN_THOMAS
  name   Tillman Thomas
  code   GRDELI -20080708
  code   GRDGOV 20080709-20130220
  code   GRDELI 20130221-
  code   GRDELI
  kind   person
  note   prime minister 09 Jul 2008 to 20 Feb 2013

actor DICKON_MITCHELL
  name   Dickon Mitchell
  code   GRDELI -20220623
  code   GRDGOV 20220624-
  code   GRDGOV
  kind   person
  note   prime minister 24 Jun 2022 to today

actor DENZIL_DOUGLAS
  name   Denzil Douglas
  code   KNAELI -19950706
  code   KNAGOV 19950707-20150218
  code   KNAELI 20150219-20220810?
  code   KNAGOV 20220811?-
  code   KNAGOV
  kind   person
  note   prime minister 07 Jul 1995 to 18 Feb 2015; foreign minister 11 Aug 2022 (date uncertain) to today. Foreign minister in Drew's government from August 2022 (day uncertain).

actor TIMOTHY_HARRIS
  name   Timothy Harris
  code   KNAELI -20150217
  code   KNAGOV 20150218-20220806
  code   KNAELI 20220807-
  code   KNAELI
  kind   person
  note   prime minister 18 Feb 2015 to 06 Aug 2022

actor TERRANCE_DREW
  name   Terrance Drew
  code   KNAELI -20220805
  code   KNAGOV 20220806-
  code   KNAGOV
  kind   person
  note   prime minister 06 Aug 2022 to today

actor KENNY_ANTHONY
  name   Kenny Anthony; Kenny D. Anthony
  code   LCAELI -19970523
  code   LCAGOV 19970524-20061215
  code   LCAELI 20061216-20111129
  code   LCAGOV 20111130-20160607
  code   LCAELI 20160608-
  code   LCAELI
  kind   person
  note   prime minister 24 May 1997 to 15 Dec 2006; prime minister 30 Nov 2011 to 07 Jun 2016

actor JOHN_COMPTON
  name   John Compton
  code   LCAELI -20061214
  code   LCAGOV 20061215-20070907
  code   LCAELI 20070908-
  code   LCAELI
  kind   person
  note   prime minister 15 Dec 2006 to 07 Sep 2007. Died in office 7 September 2007; also prime minister 1979 and 1982-1996.

actor STEPHENSON_KING
  name   Stephenson King
  code   LCAELI -20070906?
  code   LCAGOV 20070907?-20111130
  code   LCAELI 20111201-
  code   LCAELI
  kind   person
  note   prime minister 07 Sep 2007 (date uncertain) to 30 Nov 2011. Acting from Compton's illness and death in 2007, sworn in as prime minister in September 2007 (date uncertain).

actor ALLEN_CHASTANET
  name   Allen Chastanet; Chastanet
  code   LCAELI -20160606
  code   LCAGOV 20160607-20210728
  code   LCAELI 20210729-
  code   LCAELI
  kind   person
  note   prime minister 07 Jun 2016 to 28 Jul 2021

actor PHILIP_J_PIERRE
  name   Philip J. Pierre; Philip Pierre
  code   LCAELI -20210727
  code   LCAGOV 20210728-
  code   LCAGOV
  kind   person
  note   prime minister 28 Jul 2021 to today

actor ARNHIM_EUSTACE
  name   Arnhim Eustace
  code   VCTELI -20001026
  code   VCTGOV 20001027-20010329
  code   VCTELI 20010330-
  code   VCTELI
  kind   person
  note   prime minister 27 Oct 2000 to 29 Mar 2001

actor RALPH_GONSALVES
  name   Ralph Gonsalves
  code   VCTELI -20010328
  code   VCTGOV 20010329-
  code   VCTGOV
  kind   person
  note   prime minister 29 Mar 2001 to today. A general election was due by early 2026; its outcome is after our reliable information.

actor BHARRAT_JAGDEO
  name   Bharrat Jagdeo; Jagdeo
  code   GUYELI -19990810
  code   GUYGOV 19990811-20111203
  code   GUYELI 20111204-20200801
  code   GUYGOV 20200802-
  code   GUYGOV
  kind   person
  note   president 11 Aug 1999 to 03 Dec 2011; vice president 02 Aug 2020 to today

actor DONALD_RAMOTAR
  name   Donald Ramotar; Ramotar
  code   GUYELI -20111202
  code   GUYGOV 20111203-20150516
  code   GUYELI 20150517-
  code   GUYELI
  kind   person
  note   president 03 Dec 2011 to 16 May 2015

actor DAVID_GRANGER
  name   David Granger
  code   GUYELI -20150515
  code   GUYGOV 20150516-20200802
  code   GUYELI 20200803-
  code   GUYELI
  kind   person
  note   president 16 May 2015 to 02 Aug 2020. Died 2025 (date uncertain).

actor SAM_HINDS
  name   Sam Hinds; Samuel Hinds
  code   GUYELI -19920908?
  code   GUYGOV 19920909?-20150520?
  code   GUYELI 20150521?-
  code   GUYELI
  kind   person
  note   prime minister 09 Sep 1992 (date uncertain) to 17 Mar 1997 (date uncertain); president 17 Mar 1997 (date uncertain) to 19 Dec 1997 (date uncertain); prime minister 19 Dec 1997 (date uncertain) to 20 May 2015 (date uncertain). Prime minister for most of 1992-2015, briefly president in 1997 (dates uncertain).

actor MOSES_NAGAMOOTOO
  name   Moses Nagamootoo
  code   GUYELI -20150519?
  code   GUYGOV 20150520?-20200802
  code   GUYELI 20200803-
  code   GUYELI
  kind   person
  note   prime minister 20 May 2015 (date uncertain) to 02 Aug 2020

actor MARK_PHILLIPS
  name   Mark Phillips
  code   GUYELI -20200801
  code   GUYGOV 20200802-
  code   GUYGOV
  kind   person
  note   prime minister 02 Aug 2020 to today

actor JULES_WIJDENBOSCH
  name   Jules Wijdenbosch; Wijdenbosch
  code   SURELI -19960914
  code   SURGOV 19960915-20000812
  code   SURELI 20000813-
  code   SURELI
  kind   person
  note   president 15 Sep 1996 to 12 Aug 2000

actor RONALD_VENETIAAN
  name   Ronald Venetiaan; Venetiaan
  code   SURELI -19910915
  code   SURGOV 19910916-19960915
  code   SURELI 19960916-20000811
  code   SURGOV 20000812-20100812
  code   SURELI 20100813-
  code   SURELI
  kind   person
  note   president 16 Sep 1991 to 15 Sep 1996; president 12 Aug 2000 to 12 Aug 2010

actor DESI_BOUTERSE
  name   Dési Bouterse; Desi Bouterse; Bouterse
  code   SURELI -20100811
  code   SURGOV 20100812-20200716
  code   SURELI 20200717-
  code   SURELI
  kind   person
  note   president 12 Aug 2010 to 16 Jul 2020. Convicted in 2019 of the 1982 December murders; died 24 December 2024.

actor CHAN_SANTOKHI
  name   Chan Santokhi; Chandrikapersad Santokhi; Santokhi
  code   SURELI -20200715
  code   SURGOV 20200716-20250716
  code   SURELI 20250717-
  code   SURELI
  kind   person
  note   president 16 Jul 2020 to 16 Jul 2025

actor JAMIL_MAHUAD
  name   Jamil Mahuad; Mahuad
  code   ECUELI -19980809
  code   ECUGOV 19980810-20000121
  code   ECUELI 20000122-
  code   ECUELI
  kind   person
  note   president 10 Aug 1998 to 21 Jan 2000

actor GUSTAVO_NOBOA
  name   Gustavo Noboa
  code   ECUELI -20000121
  code   ECUGOV 20000122-20030115
  code   ECUELI 20030116-
  code   ECUELI
  kind   person
  note   president 22 Jan 2000 to 15 Jan 2003. Died 16 February 2021.

actor ALFREDO_PALACIO
  name   Alfredo Palacio
  code   ECUELI -20050419
  code   ECUGOV 20050420-20070115
  code   ECUELI 20070116-
  code   ECUELI
  kind   person
  note   president 20 Apr 2005 to 15 Jan 2007

actor HUGO_BANZER
  name   Hugo Banzer; Banzer
  code   BOLELI -19970805
  code   BOLGOV 19970806-20010807
  code   BOLELI 20010808-
  code   BOLELI
  kind   person
  note   president 06 Aug 1997 to 07 Aug 2001. Resigned through illness; died 5 May 2002.

actor JORGE_QUIROGA
  name   Jorge Quiroga; Tuto Quiroga
  code   BOLELI -19970805
  code   BOLGOV 19970806-20020806
  code   BOLELI 20020807-
  code   BOLELI
  kind   person
  note   vice president 06 Aug 1997 to 07 Aug 2001; president 07 Aug 2001 to 06 Aug 2002

actor GONZALO_SANCHEZ_DE_LOZADA
  name   Gonzalo Sánchez de Lozada; Gonzalo Sanchez de Lozada; Sánchez de Lozada; Sanchez de Lozada
  code   BOLELI -19930805
  code   BOLGOV 19930806-19970806
  code   BOLELI 19970807-20020805
  code   BOLGOV 20020806-20031017
  code   BOLELI 20031018-
  code   BOLELI
  kind   person
  note   president 06 Aug 1993 to 06 Aug 1997; president 06 Aug 2002 to 17 Oct 2003

actor CARLOS_MESA
  name   Carlos Mesa; Carlos Diego Mesa
  code   BOLELI -20020805
  code   BOLGOV 20020806-20050609
  code   BOLELI 20050610-
  code   BOLELI
  kind   person
  note   vice president 06 Aug 2002 to 17 Oct 2003; president 17 Oct 2003 to 09 Jun 2005

actor EDUARDO_RODRIGUEZ_VELTZE
  name   Eduardo Rodríguez Veltzé; Eduardo Rodriguez Veltze
  code   BOLELI -20050608
  code   BOLGOV 20050609-20060122
  code   BOLELI 20060123-
  code   BOLELI
  kind   person
  note   president 09 Jun 2005 to 22 Jan 2006

actor JULIO_MARIA_SANGUINETTI
  name   Julio María Sanguinetti; Julio Maria Sanguinetti; Sanguinetti
  code   URYELI -19850228
  code   URYGOV 19850301-19900301
  code   URYELI 19900302-19950228
  code   URYGOV 19950301-20000301
  code   URYELI 20000302-
  code   URYELI
  kind   person
  note   president 01 Mar 1985 to 01 Mar 1990; president 01 Mar 1995 to 01 Mar 2000

actor JORGE_BATLLE
  name   Jorge Batlle; Batlle
  code   URYELI -20000229
  code   URYGOV 20000301-20050301
  code   URYELI 20050302-
  code   URYELI
  kind   person
  note   president 01 Mar 2000 to 01 Mar 2005. Died 24 October 2016.

actor LUIS_GONZALEZ_MACCHI
  name   Luis González Macchi; Luis Gonzalez Macchi; González Macchi; Gonzalez Macchi
  code   PRYELI -19990327
  code   PRYGOV 19990328-20030815
  code   PRYELI 20030816-
  code   PRYELI
  kind   person
  note   president 28 Mar 1999 to 15 Aug 2003

actor NICANOR_DUARTE
  name   Nicanor Duarte Frutos; Nicanor Duarte
  code   PRYELI -20030814
  code   PRYGOV 20030815-20080815
  code   PRYELI 20080816-
  code   PRYELI
  kind   person
  note   president 15 Aug 2003 to 15 Aug 2008

actor FERNANDO_LUGO
  name   Fernando Lugo
  code   PRYELI -20080814
  code   PRYGOV 20080815-20120622
  code   PRYELI 20120623-
  code   PRYELI
  kind   person
  note   president 15 Aug 2008 to 22 Jun 2012. Removed by impeachment on 22 June 2012.

actor FEDERICO_FRANCO
  name   Federico Franco
  code   PRYELI -20080814
  code   PRYGOV 20080815-20130815
  code   PRYELI 20130816-
  code   PRYELI
  kind   person
  note   vice president 15 Aug 2008 to 22 Jun 2012; president 22 Jun 2012 to 15 Aug 2013

actor HORACIO_CARTES
  name   Horacio Cartes; Cartes
  code   PRYELI -20130814
  code   PRYGOV 20130815-20180815
  code   PRYELI 20180816-
  code   PRYELI
  kind   person
  note   president 15 Aug 2013 to 15 Aug 2018

actor GERARDO_CLEMENTE_VEGA
  name   Gerardo Clemente Vega García; Gerardo Clemente Vega Garcia; Clemente Vega
  code   MEXELI -20001130
  code   MEXGOV 20001201-20061130
  code   MEXELI 20061201-
  code   MEXELI
  kind   person
  note   defence minister 01 Dec 2000 to 30 Nov 2006

actor GUILLERMO_GALVAN
  name   Guillermo Galván Galván; Guillermo Galvan Galvan; Galván Galván; Galvan Galvan
  code   MEXELI -20061130
  code   MEXGOV 20061201-20121130
  code   MEXELI 20121201-
  code   MEXELI
  kind   person
  note   defence minister 01 Dec 2006 to 30 Nov 2012

actor SALVADOR_CIENFUEGOS
  name   Salvador Cienfuegos; Salvador Cienfuegos Zepeda
  code   MEXELI -20121130
  code   MEXGOV 20121201-20181130
  code   MEXELI 20181201-
  code   MEXELI
  kind   person
  note   defence minister 01 Dec 2012 to 30 Nov 2018. Arrested in Los Angeles in October 2020 on US drug charges, which were dropped in November 2020.

actor LUIS_CRESENCIO_SANDOVAL
  name   Luis Cresencio Sandoval; Luis Crescencio Sandoval; Cresencio Sandoval
  code   MEXELI -20181130
  code   MEXGOV 20181201-20240930
  code   MEXELI 20241001-
  code   MEXELI
  kind   person
  note   defence minister 01 Dec 2018 to 30 Sep 2024. Served to the end of López Obrador's term.

actor RICARDO_TREVILLA
  name   Ricardo Trevilla Trejo; Ricardo Trevilla; Trevilla Trejo
  code   MEXELI -20240930
  code   MEXGOV 20241001-
  code   MEXGOV
  kind   person
  note   defence minister 01 Oct 2024 to today

actor GUILLERMO_FERNANDEZ_DE_SOTO
  name   Guillermo Fernández de Soto; Guillermo Fernandez de Soto
  code   COLELI -19980806
  code   COLGOV 19980807-20020807
  code   COLELI 20020808-
  code   COLELI
  kind   person
  note   foreign minister 07 Aug 1998 to 07 Aug 2002

actor CAROLINA_BARCO
  name   Carolina Barco
  code   COLELI -20020806
  code   COLGOV 20020807-20060807?
  code   COLELI 20060808?-
  code   COLELI
  kind   person
  note   foreign minister 07 Aug 2002 to 07 Aug 2006 (date uncertain). Ambassador to the US afterwards (end date uncertain).

actor MARIA_CONSUELO_ARAUJO
  name   María Consuelo Araújo; Maria Consuelo Araujo
  code   COLELI -20060806?
  code   COLGOV 20060807?-20070219?
  code   COLELI 20070220?-
  code   COLELI
  kind   person
  note   foreign minister 07 Aug 2006 (date uncertain) to 19 Feb 2007 (date uncertain). Resigned over the parapolitics scandal (dates uncertain).

actor FERNANDO_ARAUJO_PERDOMO
  name   Fernando Araújo Perdomo; Fernando Araujo Perdomo; Fernando Araújo; Fernando Araujo
  code   COLELI -20070218?
  code   COLGOV 20070219?-20080718?
  code   COLELI 20080719?-
  code   COLELI
  kind   person
  note   foreign minister 19 Feb 2007 (date uncertain) to 18 Jul 2008 (date uncertain). Held hostage by the FARC 2000-2006 (dates of office uncertain).

actor JAIME_BERMUDEZ
  name   Jaime Bermúdez; Jaime Bermudez
  code   COLELI -20080717?
  code   COLGOV 20080718?-20100807
  code   COLELI 20100808-
  code   COLELI
  kind   person
  note   foreign minister 18 Jul 2008 (date uncertain) to 07 Aug 2010

actor MARIA_ANGELA_HOLGUIN
  name   María Ángela Holguín; Maria Angela Holguin
  code   COLELI -20100806
  code   COLGOV 20100807-20180807
  code   COLELI 20180808-
  code   COLELI
  kind   person
  note   foreign minister 07 Aug 2010 to 07 Aug 2018

actor CARLOS_HOLMES_TRUJILLO
  name   Carlos Holmes Trujillo; Holmes Trujillo
  code   COLELI -20180806
  code   COLGOV 20180807-20210126
  code   COLELI 20210127-
  code   COLELI
  kind   person
  note   foreign minister 07 Aug 2018 to 13 Nov 2019; defence minister 13 Nov 2019 to 26 Jan 2021. Died of Covid-19 in office 26 January 2021.

actor CLAUDIA_BLUM
  name   Claudia Blum
  code   COLELI -20191112
  code   COLGOV 20191113-20210513?
  code   COLELI 20210514?-
  code   COLELI
  kind   person
  note   foreign minister 13 Nov 2019 to 13 May 2021 (date uncertain)

actor MARTA_LUCIA_RAMIREZ
  name   Marta Lucía Ramírez; Marta Lucia Ramirez
  code   COLELI -20020806
  code   COLGOV 20020807-20031109?
  code   COLELI 20031110?-20180806
  code   COLGOV 20180807-20220807
  code   COLELI 20220808-
  code   COLELI
  kind   person
  note   defence minister 07 Aug 2002 to 09 Nov 2003 (date uncertain); vice president 07 Aug 2018 to 07 Aug 2022; foreign minister 19 May 2021 (date uncertain) to 07 Aug 2022

actor ALVARO_LEYVA
  name   Álvaro Leyva; Alvaro Leyva; Álvaro Leyva Durán
  code   COLELI -20220806
  code   COLGOV 20220807-20240412?
  code   COLELI 20240413?-
  code   COLELI
  kind   person
  note   foreign minister 07 Aug 2022 to 12 Apr 2024 (date uncertain). Suspended by the inspector general in January 2024 and replaced in April 2024 (dates uncertain).

actor LUIS_GILBERTO_MURILLO
  name   Luis Gilberto Murillo
  code   COLELI -20240128?
  code   COLGOV 20240129?-20250301?
  code   COLELI 20250302?-
  code   COLELI
  kind   person
  note   foreign minister 29 Jan 2024 (date uncertain) to 01 Mar 2025 (date uncertain). Acting from January 2024, then minister; dates uncertain.

actor JORGE_ALBERTO_URIBE
  name   Jorge Alberto Uribe
  code   COLELI -20031109?
  code   COLGOV 20031110?-20050719?
  code   COLELI 20050720?-
  code   COLELI
  kind   person
  note   defence minister 10 Nov 2003 (date uncertain) to 19 Jul 2005 (date uncertain). Dates uncertain.

actor CAMILO_OSPINA
  name   Camilo Ospina
  code   COLELI -20050718?
  code   COLGOV 20050719?-20060719
  code   COLELI 20060720-
  code   COLELI
  kind   person
  note   defence minister 19 Jul 2005 (date uncertain) to 19 Jul 2006

actor GABRIEL_SILVA_LUJAN
  name   Gabriel Silva Luján; Gabriel Silva Lujan
  code   COLELI -20090817?
  code   COLGOV 20090818?-20100807
  code   COLELI 20100808-
  code   COLELI
  kind   person
  note   defence minister 18 Aug 2009 (date uncertain) to 07 Aug 2010

actor RODRIGO_RIVERA
  name   Rodrigo Rivera Salazar; Rodrigo Rivera
  code   COLELI -20100806
  code   COLGOV 20100807-20110905?
  code   COLELI 20110906?-
  code   COLELI
  kind   person
  note   defence minister 07 Aug 2010 to 05 Sep 2011 (date uncertain)

actor JUAN_CARLOS_PINZON
  name   Juan Carlos Pinzón; Juan Carlos Pinzon
  code   COLELI -20110904?
  code   COLGOV 20110905?-20150622?
  code   COLELI 20150623?-
  code   COLELI
  kind   person
  note   defence minister 05 Sep 2011 (date uncertain) to 22 Jun 2015 (date uncertain). Ambassador to the US 2015-2017 (dates uncertain).

actor LUIS_CARLOS_VILLEGAS
  name   Luis Carlos Villegas
  code   COLELI -20150621?
  code   COLGOV 20150622?-20180807
  code   COLELI 20180808-
  code   COLELI
  kind   person
  note   defence minister 22 Jun 2015 (date uncertain) to 07 Aug 2018

actor GUILLERMO_BOTERO
  name   Guillermo Botero
  code   COLELI -20180806
  code   COLGOV 20180807-20191106
  code   COLELI 20191107-
  code   COLELI
  kind   person
  note   defence minister 07 Aug 2018 to 06 Nov 2019. Resigned after an army bombing killed children.

actor DIEGO_MOLANO
  name   Diego Molano
  code   COLELI -20210201?
  code   COLGOV 20210202?-20220807
  code   COLELI 20220808-
  code   COLELI
  kind   person
  note   defence minister 02 Feb 2021 (date uncertain) to 07 Aug 2022

actor IVAN_VELASQUEZ
  name   Iván Velásquez; Ivan Velasquez; Iván Velásquez Gómez
  code   COLELI -20220806
  code   COLGOV 20220807-20250220?
  code   COLELI 20250221?-
  code   COLELI
  kind   person
  note   defence minister 07 Aug 2022 to 20 Feb 2025 (date uncertain). Headed the UN-backed CICIG in Guatemala 2013-2019 (end date uncertain).

actor LUIZ_FELIPE_LAMPREIA
  name   Luiz Felipe Lampreia; Lampreia
  code   BRAELI -19941231
  code   BRAGOV 19950101-20010112?
  code   BRAELI 20010113?-
  code   BRAELI
  kind   person
  note   foreign minister 01 Jan 1995 to 12 Jan 2001 (date uncertain)

actor CELSO_LAFER
  name   Celso Lafer
  code   BRAELI -20010128
  code   BRAGOV 20010129-20030101
  code   BRAELI 20030102-
  code   BRAELI
  kind   person
  note   foreign minister 29 Jan 2001 to 01 Jan 2003

actor GERALDO_QUINTAO
  name   Geraldo Quintão; Geraldo Quintao
  code   BRAELI -19991231?
  code   BRAGOV 20000101?-20021231
  code   BRAELI 20030101-
  code   BRAELI
  kind   person
  note   defence minister 01 Jan 2000 (date uncertain) to 31 Dec 2002. Defence minister from 2000 (start uncertain).

actor JOSE_VIEGAS_FILHO
  name   José Viegas Filho; Jose Viegas Filho
  code   BRAELI -20021231
  code   BRAGOV 20030101-20041108?
  code   BRAELI 20041109?-
  code   BRAELI
  kind   person
  note   defence minister 01 Jan 2003 to 08 Nov 2004 (date uncertain)

actor JOSE_ALENCAR
  name   José Alencar; Jose Alencar
  code   BRAELI -20021231
  code   BRAGOV 20030101-20110101
  code   BRAELI 20110102-
  code   BRAELI
  kind   person
  note   vice president 01 Jan 2003 to 01 Jan 2011. Also defence minister November 2004 to March 2006. Died 29 March 2011.

actor WALDIR_PIRES
  name   Waldir Pires
  code   BRAELI -20060330?
  code   BRAGOV 20060331?-20070725
  code   BRAELI 20070726-
  code   BRAELI
  kind   person
  note   defence minister 31 Mar 2006 (date uncertain) to 25 Jul 2007

actor NELSON_JOBIM
  name   Nelson Jobim; Jobim
  code   BRAELI -20070724
  code   BRAGOV 20070725-20110804
  code   BRAELI 20110805-
  code   BRAELI
  kind   person
  note   defence minister 25 Jul 2007 to 04 Aug 2011

actor JAQUES_WAGNER
  name   Jaques Wagner
  code   BRAELI -20141231
  code   BRAGOV 20150101-20151002?
  code   BRAELI 20151003?-
  code   BRAELI
  kind   person
  note   defence minister 01 Jan 2015 to 02 Oct 2015 (date uncertain)

actor ALDO_REBELO
  name   Aldo Rebelo
  code   BRAELI -20151001?
  code   BRAGOV 20151002?-20160512
  code   BRAELI 20160513-
  code   BRAELI
  kind   person
  note   defence minister 02 Oct 2015 (date uncertain) to 12 May 2016

actor RAUL_JUNGMANN
  name   Raul Jungmann; Jungmann
  code   BRAELI -20160511
  code   BRAGOV 20160512-20180226?
  code   BRAELI 20180227?-
  code   BRAELI
  kind   person
  note   defence minister 12 May 2016 to 26 Feb 2018 (date uncertain)

actor JOAQUIM_SILVA_E_LUNA
  name   Joaquim Silva e Luna; Silva e Luna
  code   BRAELI -20180225?
  code   BRAGOV 20180226?-20190101
  code   BRAELI 20190102-
  code   BRAELI
  kind   person
  note   defence minister 26 Feb 2018 (date uncertain) to 01 Jan 2019. Head of Petrobras 2021-2022 (not coded as government).

actor FERNANDO_AZEVEDO_E_SILVA
  name   Fernando Azevedo e Silva; Azevedo e Silva
  code   BRAELI -20181231
  code   BRAGOV 20190101-20210329
  code   BRAELI 20210330-
  code   BRAELI
  kind   person
  note   defence minister 01 Jan 2019 to 29 Mar 2021

actor WALTER_BRAGA_NETTO
  name   Walter Braga Netto; Braga Netto
  code   BRAELI -20210328
  code   BRAGOV 20210329-20220331?
  code   BRAELI 20220401?-
  code   BRAELI
  kind   person
  note   defence minister 29 Mar 2021 to 31 Mar 2022 (date uncertain). Chief of staff 2020-2021 (GOV); arrested in December 2024 over the coup plot; convicted in 2025.

actor PAULO_SERGIO_NOGUEIRA
  name   Paulo Sérgio Nogueira; Paulo Sergio Nogueira
  code   BRAELI -20220330?
  code   BRAGOV 20220331?-20221231
  code   BRAELI 20230101-
  code   BRAELI
  kind   person
  note   defence minister 31 Mar 2022 (date uncertain) to 31 Dec 2022

actor ADALBERTO_RODRIGUEZ_GIAVARINI
  name   Adalberto Rodríguez Giavarini; Adalberto Rodriguez Giavarini; Rodríguez Giavarini
  code   ARGELI -19991209
  code   ARGGOV 19991210-20011221
  code   ARGELI 20011222-
  code   ARGELI
  kind   person
  note   foreign minister 10 Dec 1999 to 21 Dec 2001

actor CARLOS_RUCKAUF
  name   Carlos Ruckauf; Ruckauf
  code   ARGELI -20020102
  code   ARGGOV 20020103-20030525
  code   ARGELI 20030526-
  code   ARGELI
  kind   person
  note   foreign minister 03 Jan 2002 to 25 May 2003

actor RAFAEL_BIELSA
  name   Rafael Bielsa
  code   ARGELI -20030524
  code   ARGGOV 20030525-20051201?
  code   ARGELI 20051202?-
  code   ARGELI
  kind   person
  note   foreign minister 25 May 2003 to 01 Dec 2005 (date uncertain)

actor RICARDO_LOPEZ_MURPHY
  name   Ricardo López Murphy; Ricardo Lopez Murphy; López Murphy; Lopez Murphy
  code   ARGELI -19991209
  code   ARGGOV 19991210-20010305?
  code   ARGELI 20010306?-
  code   ARGELI
  kind   person
  note   defence minister 10 Dec 1999 to 05 Mar 2001 (date uncertain)

actor HORACIO_JAUNARENA
  name   Horacio Jaunarena; Jaunarena
  code   ARGELI -20010304?
  code   ARGGOV 20010305?-20011221?
  code   ARGELI 20011222?-20020102?
  code   ARGGOV 20020103?-20030525
  code   ARGELI 20030526-
  code   ARGELI
  kind   person
  note   defence minister 05 Mar 2001 (date uncertain) to 21 Dec 2001 (date uncertain); defence minister 03 Jan 2002 (date uncertain) to 25 May 2003

actor JOSE_PAMPURO
  name   José Pampuro; Jose Pampuro; Pampuro
  code   ARGELI -20030524
  code   ARGGOV 20030525-20051201?
  code   ARGELI 20051202?-
  code   ARGELI
  kind   person
  note   defence minister 25 May 2003 to 01 Dec 2005 (date uncertain)

actor NILDA_GARRE
  name   Nilda Garré; Nilda Garre
  code   ARGELI -20051130?
  code   ARGGOV 20051201?-20101215?
  code   ARGELI 20101216?-
  code   ARGELI
  kind   person
  note   defence minister 01 Dec 2005 (date uncertain) to 15 Dec 2010 (date uncertain)

actor ARTURO_PURICELLI
  name   Arturo Puricelli; Puricelli
  code   ARGELI -20101214?
  code   ARGGOV 20101215?-20130603?
  code   ARGELI 20130604?-
  code   ARGELI
  kind   person
  note   defence minister 15 Dec 2010 (date uncertain) to 03 Jun 2013 (date uncertain)

actor AGUSTIN_ROSSI
  name   Agustín Rossi; Agustin Rossi
  code   ARGELI -20130602?
  code   ARGGOV 20130603?-20151210
  code   ARGELI 20151211-20191209
  code   ARGGOV 20191210-20210720?
  code   ARGELI 20210721?-
  code   ARGELI
  kind   person
  note   defence minister 03 Jun 2013 (date uncertain) to 10 Dec 2015; defence minister 10 Dec 2019 to 20 Jul 2021 (date uncertain). Chief of cabinet 2023 (start uncertain).

actor JULIO_MARTINEZ_ARG
  name   Julio César Martínez; Julio Cesar Martinez
  code   ARGELI -20151209
  code   ARGGOV 20151210-20170717?
  code   ARGELI 20170718?-
  code   ARGELI
  kind   person
  note   defence minister 10 Dec 2015 to 17 Jul 2017 (date uncertain)

actor OSCAR_AGUAD
  name   Oscar Aguad; Óscar Aguad
  code   ARGELI -20170716?
  code   ARGGOV 20170717?-20191210
  code   ARGELI 20191211-
  code   ARGELI
  kind   person
  note   defence minister 17 Jul 2017 (date uncertain) to 10 Dec 2019

actor SOLEDAD_ALVEAR
  name   Soledad Alvear
  code   CHLELI -20000310
  code   CHLGOV 20000311-20040929?
  code   CHLELI 20040930?-
  code   CHLELI
  kind   person
  note   foreign minister 11 Mar 2000 to 29 Sep 2004 (date uncertain)

actor IGNACIO_WALKER
  name   Ignacio Walker
  code   CHLELI -20040928?
  code   CHLGOV 20040929?-20060311
  code   CHLELI 20060312-
  code   CHLELI
  kind   person
  note   foreign minister 29 Sep 2004 (date uncertain) to 11 Mar 2006

actor ALEJANDRO_FOXLEY
  name   Alejandro Foxley; Foxley
  code   CHLELI -20060310
  code   CHLGOV 20060311-20090312?
  code   CHLELI 20090313?-
  code   CHLELI
  kind   person
  note   foreign minister 11 Mar 2006 to 12 Mar 2009 (date uncertain)

actor MARIANO_FERNANDEZ
  name   Mariano Fernández; Mariano Fernandez
  code   CHLELI -20090311?
  code   CHLGOV 20090312?-20100311
  code   CHLELI 20100312-
  code   CHLELI
  kind   person
  note   foreign minister 12 Mar 2009 (date uncertain) to 11 Mar 2010

actor ALFREDO_MORENO
  name   Alfredo Moreno Charme; Alfredo Moreno
  code   CHLELI -20100310
  code   CHLGOV 20100311-20140311
  code   CHLELI 20140312-
  code   CHLELI
  kind   person
  note   foreign minister 11 Mar 2010 to 11 Mar 2014

actor HERALDO_MUNOZ
  name   Heraldo Muñoz; Heraldo Munoz
  code   CHLELI -20140310
  code   CHLGOV 20140311-20180311
  code   CHLELI 20180312-
  code   CHLELI
  kind   person
  note   foreign minister 11 Mar 2014 to 11 Mar 2018

actor ROBERTO_AMPUERO
  name   Roberto Ampuero
  code   CHLELI -20180310
  code   CHLGOV 20180311-20190613
  code   CHLELI 20190614-
  code   CHLELI
  kind   person
  note   foreign minister 11 Mar 2018 to 13 Jun 2019

actor TEODORO_RIBERA
  name   Teodoro Ribera
  code   CHLELI -20190612
  code   CHLGOV 20190613-20200728
  code   CHLELI 20200729-
  code   CHLELI
  kind   person
  note   foreign minister 13 Jun 2019 to 28 Jul 2020

actor ANDRES_ALLAMAND
  name   Andrés Allamand; Andres Allamand; Allamand
  code   CHLELI -20110115?
  code   CHLGOV 20110116?-20121105?
  code   CHLELI 20121106?-20200727
  code   CHLGOV 20200728-20220311
  code   CHLELI 20220312-
  code   CHLELI
  kind   person
  note   defence minister 16 Jan 2011 (date uncertain) to 05 Nov 2012 (date uncertain); foreign minister 28 Jul 2020 to 11 Mar 2022. Secretary-general of the Ibero-American General Secretariat from 2022 (not coded as government).

actor ANTONIA_URREJOLA
  name   Antonia Urrejola; Urrejola
  code   CHLELI -20220310
  code   CHLGOV 20220311-20230310
  code   CHLELI 20230311-
  code   CHLELI
  kind   person
  note   foreign minister 11 Mar 2022 to 10 Mar 2023

actor JAIME_RAVINET
  name   Jaime Ravinet
  code   CHLELI -20040930?
  code   CHLGOV 20041001?-20060311
  code   CHLELI 20060312-20100310
  code   CHLGOV 20100311-20110116?
  code   CHLELI 20110117?-
  code   CHLELI
  kind   person
  note   defence minister 01 Oct 2004 (date uncertain) to 11 Mar 2006; defence minister 11 Mar 2010 to 16 Jan 2011 (date uncertain)

actor VIVIANNE_BLANLOT
  name   Vivianne Blanlot
  code   CHLELI -20060310
  code   CHLGOV 20060311-20070327?
  code   CHLELI 20070328?-
  code   CHLELI
  kind   person
  note   defence minister 11 Mar 2006 to 27 Mar 2007 (date uncertain)

actor JOSE_GONI
  name   José Goñi; Jose Goni
  code   CHLELI -20070326?
  code   CHLGOV 20070327?-20090312?
  code   CHLELI 20090313?-
  code   CHLELI
  kind   person
  note   defence minister 27 Mar 2007 (date uncertain) to 12 Mar 2009 (date uncertain)

actor FRANCISCO_VIDAL
  name   Francisco Vidal
  code   CHLELI -20090311?
  code   CHLGOV 20090312?-20100311
  code   CHLELI 20100312-
  code   CHLELI
  kind   person
  note   defence minister 12 Mar 2009 (date uncertain) to 11 Mar 2010

actor RODRIGO_HINZPETER
  name   Rodrigo Hinzpeter; Hinzpeter
  code   CHLELI -20100310
  code   CHLGOV 20100311-20140311
  code   CHLELI 20140312-
  code   CHLELI
  kind   person
  note   interior minister 11 Mar 2010 to 05 Nov 2012 (date uncertain); defence minister 05 Nov 2012 (date uncertain) to 11 Mar 2014

actor JORGE_BURGOS
  name   Jorge Burgos
  code   CHLELI -20140310
  code   CHLGOV 20140311-20160608?
  code   CHLELI 20160609?-
  code   CHLELI
  kind   person
  note   defence minister 11 Mar 2014 to 11 May 2015 (date uncertain); interior minister 11 May 2015 (date uncertain) to 08 Jun 2016 (date uncertain)

actor JOSE_ANTONIO_GOMEZ
  name   José Antonio Gómez; Jose Antonio Gomez
  code   CHLELI -20150607?
  code   CHLGOV 20150608?-20180311
  code   CHLELI 20180312-
  code   CHLELI
  kind   person
  note   defence minister 08 Jun 2015 (date uncertain) to 11 Mar 2018

actor MAYA_FERNANDEZ
  name   Maya Fernández Allende; Maya Fernandez Allende; Maya Fernández; Maya Fernandez
  code   CHLELI -20220310
  code   CHLGOV 20220311-20250310?
  code   CHLELI 20250311?-
  code   CHLELI
  kind   person
  note   defence minister 11 Mar 2022 to 10 Mar 2025 (date uncertain). Left over the sale of her family house to the state (end date uncertain).

actor JOSE_VICENTE_RANGEL
  name   José Vicente Rangel; Jose Vicente Rangel
  code   VENELI -19990201
  code   VENGOV 19990202-20070103?
  code   VENELI 20070104?-
  code   VENELI
  kind   person
  note   foreign minister 02 Feb 1999 to 01 Feb 2001 (date uncertain); defence minister 01 Feb 2001 (date uncertain) to 03 May 2002 (date uncertain); vice president 03 May 2002 (date uncertain) to 03 Jan 2007 (date uncertain). Dates within the offices uncertain. Died 18 October 2020.

actor ROY_CHADERTON
  name   Roy Chaderton
  code   VENELI -20020501?
  code   VENGOV 20020502?-20040806?
  code   VENELI 20040807?-
  code   VENELI
  kind   person
  note   foreign minister 02 May 2002 (date uncertain) to 06 Aug 2004 (date uncertain). Dates uncertain.

actor FELIX_PLASENCIA
  name   Félix Plasencia; Felix Plasencia
  code   VENELI -20210811?
  code   VENGOV 20210812?-20220811?
  code   VENELI 20220812?-
  code   VENELI
  kind   person
  note   foreign minister 12 Aug 2021 (date uncertain) to 11 Aug 2022 (date uncertain). Dates uncertain.

actor CARLOS_FARIA
  name   Carlos Faría; Carlos Faria
  code   VENELI -20220810?
  code   VENGOV 20220811?-20230425?
  code   VENELI 20230426?-
  code   VENELI
  kind   person
  note   foreign minister 11 Aug 2022 (date uncertain) to 25 Apr 2023 (date uncertain). Dates uncertain.

actor CARMEN_MELENDEZ
  name   Carmen Meléndez; Carmen Melendez
  code   VENELI -20130707?
  code   VENGOV 20130708?-20141024?
  code   VENELI 20141025?-
  code   VENELI
  kind   person
  note   defence minister 08 Jul 2013 (date uncertain) to 24 Oct 2014 (date uncertain). First woman to lead Venezuela's defence ministry; later interior minister and mayor of Caracas (dates uncertain).

actor FELIPE_PEREZ_ROQUE
  name   Felipe Pérez Roque; Felipe Perez Roque; Pérez Roque; Perez Roque
  code   CUBELI -19990527
  code   CUBGOV 19990528-20090302
  code   CUBELI 20090303-
  code   CUBELI
  kind   person
  note   foreign minister 28 May 1999 to 02 Mar 2009

actor MANUEL_MARRERO_CRUZ
  name   Manuel Marrero Cruz; Manuel Marrero
  code   CUBELI -20191220
  code   CUBGOV 20191221-
  code   CUBGOV
  kind   person
  note   prime minister 21 Dec 2019 to today

actor JULIO_CASAS_REGUEIRO
  name   Julio Casas Regueiro
  code   CUBELI -20080223
  code   CUBGOV 20080224-20110903
  code   CUBELI 20110904-
  code   CUBELI
  kind   person
  note   defence minister 24 Feb 2008 to 03 Sep 2011. Died in office 3 September 2011.

actor LEOPOLDO_CINTRA_FRIAS
  name   Leopoldo Cintra Frías; Leopoldo Cintra Frias; Cintra Frías; Cintra Frias
  code   CUBELI -20110902?
  code   CUBGOV 20110903?-20210416?
  code   CUBELI 20210417?-
  code   CUBELI
  kind   person
  note   defence minister 03 Sep 2011 (date uncertain) to 16 Apr 2021 (date uncertain). Dates uncertain.

actor ALVARO_LOPEZ_MIERA
  name   Álvaro López Miera; Alvaro Lopez Miera; López Miera; Lopez Miera
  code   CUBELI -20210415?
  code   CUBGOV 20210416?-
  code   CUBGOV
  kind   person
  note   defence minister 16 Apr 2021 (date uncertain) to today. Start date uncertain.

actor JOHN_MANLEY
  name   John Manley
  code   CANELI -20001016
  code   CANGOV 20001017-20031212
  code   CANELI 20031213-
  code   CANELI
  kind   person
  note   foreign minister 17 Oct 2000 to 16 Jan 2002; deputy prime minister 16 Jan 2002 to 12 Dec 2003

actor FRANCOIS_PHILIPPE_CHAMPAGNE
  name   François-Philippe Champagne; Francois-Philippe Champagne; Francois Philippe Champagne
  code   CANELI -20191119
  code   CANGOV 20191120-
  code   CANGOV
  kind   person
  note   foreign minister 20 Nov 2019 to 12 Jan 2021; industry minister 12 Jan 2021 to today. Finance minister from March 2025 (same code).

actor MARC_GARNEAU
  name   Marc Garneau
  code   CANELI -20210111
  code   CANGOV 20210112-20211026
  code   CANELI 20211027-
  code   CANELI
  kind   person
  note   foreign minister 12 Jan 2021 to 26 Oct 2021

actor JOHN_MCCALLUM
  name   John McCallum
  code   CANELI -20020114
  code   CANGOV 20020115-20031212
  code   CANELI 20031213-
  code   CANELI
  kind   person
  note   defence minister 15 Jan 2002 to 12 Dec 2003. Ambassador to China 2017-2019 (not coded as government).

actor DAVID_PRATT
  name   David Pratt
  code   CANELI -20031211
  code   CANGOV 20031212-20040720
  code   CANELI 20040721-
  code   CANELI
  kind   person
  note   defence minister 12 Dec 2003 to 20 Jul 2004

actor ADRIENNE_CLARKSON
  name   Adrienne Clarkson
  code   CANELI -19991006
  code   CANGOV 19991007-20050927
  code   CANELI 20050928-
  code   CANELI
  kind   person
  note   governor general 07 Oct 1999 to 27 Sep 2005

actor MICHAELLE_JEAN
  name   Michaëlle Jean; Michaelle Jean
  code   CANELI -20050926
  code   CANGOV 20050927-20101001
  code   CANELI 20101002-
  code   CANELI
  kind   person
  note   governor general 27 Sep 2005 to 01 Oct 2010. Secretary-general of the Francophonie 2015-2019 (not coded as government).

actor DAVID_LLOYD_JOHNSTON
  name   David Lloyd Johnston
  code   CANELI -20100930
  code   CANGOV 20101001-20171002
  code   CANELI 20171003-
  code   CANELI
  kind   person
  note   governor general 01 Oct 2010 to 02 Oct 2017

actor JULIE_PAYETTE
  name   Julie Payette; Payette
  code   CANELI -20171001
  code   CANGOV 20171002-20210121
  code   CANELI 20210122-
  code   CANELI
  kind   person
  note   governor general 02 Oct 2017 to 21 Jan 2021

actor MARY_SIMON
  name   Mary Simon
  code   CANELI -20210725
  code   CANGOV 20210726-
  code   CANGOV
  kind   person
  note   governor general 26 Jul 2021 to today

actor FERNANDO_DE_TRAZEGNIES
  name   Fernando de Trazegnies
  code   PERELI -19981014?
  code   PERGOV 19981015?-20001125?
  code   PERELI 20001126?-
  code   PERELI
  kind   person
  note   foreign minister 15 Oct 1998 (date uncertain) to 25 Nov 2000 (date uncertain). Dates uncertain.

actor JAVIER_PEREZ_DE_CUELLAR
  name   Javier Pérez de Cuéllar; Javier Perez de Cuellar; Pérez de Cuéllar; Perez de Cuellar
  code   PERELI -20001124
  code   PERGOV 20001125-20010728
  code   PERELI 20010729-
  code   PERELI
  kind   person
  note   prime minister and foreign minister 25 Nov 2000 to 28 Jul 2001. UN secretary-general 1982-1991 (coded as Peru only for his later offices). Died 4 March 2020.

actor DIEGO_GARCIA_SAYAN
  name   Diego García-Sayán; Diego Garcia-Sayan; Diego García Sayán; Diego Garcia Sayan
  code   PERELI -20001124
  code   PERGOV 20001125-20020712?
  code   PERELI 20020713?-
  code   PERELI
  kind   person
  note   justice minister 25 Nov 2000 to 28 Jul 2001; foreign minister 28 Jul 2001 to 12 Jul 2002 (date uncertain)

actor ALLAN_WAGNER
  name   Allan Wagner; Allan Wagner Tizón; Allan Wagner Tizon
  code   PERELI -20020711?
  code   PERGOV 20020712?-20031216?
  code   PERELI 20031217?-20060727
  code   PERGOV 20060728-20071219?
  code   PERELI 20071220?-20210218?
  code   PERGOV 20210219?-20210728
  code   PERELI 20210729-
  code   PERELI
  kind   person
  note   foreign minister 12 Jul 2002 (date uncertain) to 16 Dec 2003 (date uncertain); defence minister 28 Jul 2006 to 19 Dec 2007 (date uncertain); foreign minister 19 Feb 2021 (date uncertain) to 28 Jul 2021. Dates uncertain except the 2006 start and 2021 end.

actor MANUEL_RODRIGUEZ_CUADROS
  name   Manuel Rodríguez Cuadros; Manuel Rodriguez Cuadros
  code   PERELI -20031215?
  code   PERGOV 20031216?-20050816?
  code   PERELI 20050817?-
  code   PERELI
  kind   person
  note   foreign minister 16 Dec 2003 (date uncertain) to 16 Aug 2005 (date uncertain)

actor OSCAR_MAURTUA
  name   Óscar Maúrtua; Oscar Maurtua; Maúrtua; Maurtua
  code   PERELI -20050815?
  code   PERGOV 20050816?-20060728
  code   PERELI 20060729-20210819?
  code   PERGOV 20210820?-20220208?
  code   PERELI 20220209?-
  code   PERELI
  kind   person
  note   foreign minister 16 Aug 2005 (date uncertain) to 28 Jul 2006; foreign minister 20 Aug 2021 (date uncertain) to 08 Feb 2022 (date uncertain)

actor EDA_RIVAS
  name   Eda Rivas
  code   PERELI -20130513?
  code   PERGOV 20130514?-20140622?
  code   PERELI 20140623?-
  code   PERELI
  kind   person
  note   foreign minister 14 May 2013 (date uncertain) to 22 Jun 2014 (date uncertain)

actor GONZALO_GUTIERREZ_REINEL
  name   Gonzalo Gutiérrez Reinel; Gonzalo Gutierrez Reinel
  code   PERELI -20140621?
  code   PERGOV 20140622?-20150218?
  code   PERELI 20150219?-
  code   PERELI
  kind   person
  note   foreign minister 22 Jun 2014 (date uncertain) to 18 Feb 2015 (date uncertain)

actor ANA_MARIA_SANCHEZ
  name   Ana María Sánchez de Ríos; Ana Maria Sanchez de Rios
  code   PERELI -20150217?
  code   PERGOV 20150218?-20160728
  code   PERELI 20160729-
  code   PERELI
  kind   person
  note   foreign minister 18 Feb 2015 (date uncertain) to 28 Jul 2016

actor RICARDO_LUNA
  name   Ricardo Luna Mendoza; Ricardo Luna
  code   PERELI -20160727
  code   PERGOV 20160728-20180402?
  code   PERELI 20180403?-
  code   PERELI
  kind   person
  note   foreign minister 28 Jul 2016 to 02 Apr 2018 (date uncertain)

actor NESTOR_POPOLIZIO
  name   Néstor Popolizio; Nestor Popolizio; Popolizio
  code   PERELI -20180401?
  code   PERGOV 20180402?-20191003?
  code   PERELI 20191004?-
  code   PERELI
  kind   person
  note   foreign minister 02 Apr 2018 (date uncertain) to 03 Oct 2019 (date uncertain)

actor GUSTAVO_MEZA_CUADRA
  name   Gustavo Meza-Cuadra; Gustavo Meza Cuadra
  code   PERELI -20191002?
  code   PERGOV 20191003?-20200715?
  code   PERELI 20200716?-
  code   PERELI
  kind   person
  note   foreign minister 03 Oct 2019 (date uncertain) to 15 Jul 2020 (date uncertain)

actor MARIO_LOPEZ_CHAVARRI
  name   Mario López Chávarri; Mario Lopez Chavarri
  code   PERELI -20200714?
  code   PERGOV 20200715?-20201110?
  code   PERELI 20201111?-
  code   PERELI
  kind   person
  note   foreign minister 15 Jul 2020 (date uncertain) to 10 Nov 2020 (date uncertain)

actor ELIZABETH_ASTETE
  name   Elizabeth Astete
  code   PERELI -20201117?
  code   PERGOV 20201118?-20210214?
  code   PERELI 20210215?-
  code   PERELI
  kind   person
  note   foreign minister 18 Nov 2020 (date uncertain) to 14 Feb 2021 (date uncertain). Resigned over the early-vaccination scandal (dates uncertain).

actor HECTOR_BEJAR
  name   Héctor Béjar; Hector Bejar
  code   PERELI -20210728
  code   PERGOV 20210729-20210817?
  code   PERELI 20210818?-
  code   PERELI
  kind   person
  note   foreign minister 29 Jul 2021 to 17 Aug 2021 (date uncertain)

actor CESAR_LANDA
  name   César Landa; Cesar Landa
  code   PERELI -20220207?
  code   PERGOV 20220208?-20220805?
  code   PERELI 20220806?-20220914?
  code   PERGOV 20220915?-20221207
  code   PERELI 20221208-
  code   PERELI
  kind   person
  note   foreign minister 08 Feb 2022 (date uncertain) to 05 Aug 2022 (date uncertain); foreign minister 15 Sep 2022 (date uncertain) to 07 Dec 2022. Dates uncertain.

actor ANA_CECILIA_GERVASI
  name   Ana Cecilia Gervasi
  code   PERELI -20221209?
  code   PERGOV 20221210?-20230906?
  code   PERELI 20230907?-
  code   PERELI
  kind   person
  note   foreign minister 10 Dec 2022 (date uncertain) to 06 Sep 2023 (date uncertain)

actor RICARDO_PATINO
  name   Ricardo Patiño; Ricardo Patino
  code   ECUELI -20100122?
  code   ECUGOV 20100123?-20170524
  code   ECUELI 20170525-
  code   ECUELI
  kind   person
  note   foreign minister 23 Jan 2010 (date uncertain) to 03 Mar 2016 (date uncertain); defence minister 03 Mar 2016 (date uncertain) to 24 May 2017. Dates uncertain.

actor MARIA_FERNANDA_ESPINOSA
  name   María Fernanda Espinosa; Maria Fernanda Espinosa
  code   ECUELI -20070114
  code   ECUGOV 20070115-20071231?
  code   ECUELI 20080101?-20121127?
  code   ECUGOV 20121128?-20140923?
  code   ECUELI 20140924?-20170523
  code   ECUGOV 20170524-20180604?
  code   ECUELI 20180605?-
  code   ECUELI
  kind   person
  note   foreign minister 15 Jan 2007 to 31 Dec 2007 (date uncertain); defence minister 28 Nov 2012 (date uncertain) to 23 Sep 2014 (date uncertain); foreign minister 24 May 2017 to 04 Jun 2018 (date uncertain). President of the UN General Assembly 2018-2019 (not coded as Ecuador). Dates uncertain.

actor GUILLAUME_LONG
  name   Guillaume Long
  code   ECUELI -20160302?
  code   ECUGOV 20160303?-20170524
  code   ECUELI 20170525-
  code   ECUELI
  kind   person
  note   foreign minister 03 Mar 2016 (date uncertain) to 24 May 2017

actor JOSE_VALENCIA_AMORES
  name   José Valencia; Jose Valencia; José Valencia Amores
  code   ECUELI -20180612?
  code   ECUGOV 20180613?-20200615?
  code   ECUELI 20200616?-
  code   ECUELI
  kind   person
  note   foreign minister 13 Jun 2018 (date uncertain) to 15 Jun 2020 (date uncertain)

actor JUAN_CARLOS_HOLGUIN
  name   Juan Carlos Holguín; Juan Carlos Holguin
  code   ECUELI -20211207?
  code   ECUGOV 20211208?-20230728?
  code   ECUELI 20230729?-
  code   ECUELI
  kind   person
  note   foreign minister 08 Dec 2021 (date uncertain) to 28 Jul 2023 (date uncertain)

actor GABRIELA_SOMMERFELD
  name   Gabriela Sommerfeld; Sommerfeld
  code   ECUELI -20231122
  code   ECUGOV 20231123-
  code   ECUGOV
  kind   person
  note   foreign minister 23 Nov 2023 to today

actor DAVID_CHOQUEHUANCA
  name   David Choquehuanca; Choquehuanca
  code   BOLELI -20060122
  code   BOLGOV 20060123-20170123
  code   BOLELI 20170124-20201107
  code   BOLGOV 20201108-20251108
  code   BOLELI 20251109-
  code   BOLELI
  kind   person
  note   foreign minister 23 Jan 2006 to 23 Jan 2017; vice president 08 Nov 2020 to 08 Nov 2025

actor KAREN_LONGARIC
  name   Karen Longaric
  code   BOLELI -20191112
  code   BOLGOV 20191113-20201108
  code   BOLELI 20201109-
  code   BOLELI
  kind   person
  note   foreign minister 13 Nov 2019 to 08 Nov 2020

actor ROGELIO_MAYTA
  name   Rogelio Mayta
  code   BOLELI -20201108
  code   BOLGOV 20201109-20230619?
  code   BOLELI 20230620?-
  code   BOLELI
  kind   person
  note   foreign minister 09 Nov 2020 to 19 Jun 2023 (date uncertain)

actor CELINDA_SOSA
  name   Celinda Sosa; Celinda Sosa Lunda
  code   BOLELI -20230618?
  code   BOLGOV 20230619?-20251108
  code   BOLELI 20251109-
  code   BOLELI
  kind   person
  note   foreign minister 19 Jun 2023 (date uncertain) to 08 Nov 2025

actor DIDIER_OPERTTI
  name   Didier Opertti
  code   URYELI -19980228?
  code   URYGOV 19980301?-20050301
  code   URYELI 20050302-
  code   URYELI
  kind   person
  note   foreign minister 01 Mar 1998 (date uncertain) to 01 Mar 2005

actor REINALDO_GARGANO
  name   Reinaldo Gargano
  code   URYELI -20050228
  code   URYGOV 20050301-20080303?
  code   URYELI 20080304?-
  code   URYELI
  kind   person
  note   foreign minister 01 Mar 2005 to 03 Mar 2008 (date uncertain)

actor RODOLFO_NIN_NOVOA
  name   Rodolfo Nin Novoa; Nin Novoa
  code   URYELI -20050228
  code   URYGOV 20050301-20100301
  code   URYELI 20100302-20150228
  code   URYGOV 20150301-20200301
  code   URYELI 20200302-
  code   URYELI
  kind   person
  note   vice president 01 Mar 2005 to 01 Mar 2010; foreign minister 01 Mar 2015 to 01 Mar 2020

actor ERNESTO_TALVI
  name   Ernesto Talvi; Talvi
  code   URYELI -20200229
  code   URYGOV 20200301-20200706?
  code   URYELI 20200707?-
  code   URYELI
  kind   person
  note   foreign minister 01 Mar 2020 to 06 Jul 2020 (date uncertain)

actor FRANCISCO_BUSTILLO
  name   Francisco Bustillo
  code   URYELI -20200705?
  code   URYGOV 20200706?-20231106?
  code   URYELI 20231107?-
  code   URYELI
  kind   person
  note   foreign minister 06 Jul 2020 (date uncertain) to 06 Nov 2023 (date uncertain)

actor OMAR_PAGANINI
  name   Omar Paganini
  code   URYELI -20231105?
  code   URYGOV 20231106?-20250301
  code   URYELI 20250302-
  code   URYELI
  kind   person
  note   foreign minister 06 Nov 2023 (date uncertain) to 01 Mar 2025

actor MARIO_LUBETKIN
  name   Mario Lubetkin
  code   URYELI -20250228
  code   URYGOV 20250301-
  code   URYGOV
  kind   person
  note   foreign minister 01 Mar 2025 to today

actor SANDRA_JOVEL
  name   Sandra Jovel
  code   GTMELI -20170904?
  code   GTMGOV 20170905?-20200114
  code   GTMELI 20200115-
  code   GTMELI
  kind   person
  note   foreign minister 05 Sep 2017 (date uncertain) to 14 Jan 2020

actor PEDRO_BROLO
  name   Pedro Brolo
  code   GTMELI -20200113
  code   GTMGOV 20200114-20220630?
  code   GTMELI 20220701?-
  code   GTMELI
  kind   person
  note   foreign minister 14 Jan 2020 to 30 Jun 2022 (date uncertain)

actor MARIO_BUCARO
  name   Mario Búcaro; Mario Bucaro
  code   GTMELI -20220629?
  code   GTMGOV 20220630?-20240114
  code   GTMELI 20240115-
  code   GTMELI
  kind   person
  note   foreign minister 30 Jun 2022 (date uncertain) to 14 Jan 2024

actor CARLOS_RAMIRO_MARTINEZ
  name   Carlos Ramiro Martínez; Carlos Ramiro Martinez
  code   GTMELI -20240114
  code   GTMGOV 20240115-
  code   GTMGOV
  kind   person
  note   foreign minister 15 Jan 2024 to today

actor ALEXANDRA_HILL_TINOCO
  name   Alexandra Hill Tinoco; Alexandra Hill
  code   SLVELI -20190531
  code   SLVGOV 20190601-
  code   SLVGOV
  kind   person
  note   foreign minister 01 Jun 2019 to today

actor HUGO_MARTINEZ_SLV
  name   Hugo Martínez Bonilla; Hugo Martinez Bonilla
  code   SLVELI -20090531
  code   SLVGOV 20090601-20130601?
  code   SLVELI 20130602?-20140531
  code   SLVGOV 20140601-20180801?
  code   SLVELI 20180802?-
  code   SLVELI
  kind   person
  note   foreign minister 01 Jun 2009 to 01 Jun 2013 (date uncertain); foreign minister 01 Jun 2014 to 01 Aug 2018 (date uncertain). Dates uncertain.

actor RENE_MERINO_MONROY
  name   René Merino Monroy; Rene Merino Monroy; René Francis Merino Monroy
  code   SLVELI -20190531
  code   SLVGOV 20190601-
  code   SLVGOV
  kind   person
  note   defence minister 01 Jun 2019 to today

actor DAVID_MUNGUIA_PAYES
  name   David Munguía Payés; David Munguia Payes; Munguía Payés; Munguia Payes
  code   SLVELI -20090531
  code   SLVGOV 20090601-20190601
  code   SLVELI 20190602-
  code   SLVELI
  kind   person
  note   defence minister 01 Jun 2009 to 22 Nov 2011 (date uncertain); justice and security minister 23 Nov 2011 (date uncertain) to 22 Jan 2013 (date uncertain); defence minister 23 Jan 2013 (date uncertain) to 01 Jun 2019. Justice and security minister between his defence periods (dates uncertain), coded as government throughout.

actor EDUARDO_ENRIQUE_REINA
  name   Eduardo Enrique Reina; Enrique Reina
  code   HNDELI -20220126
  code   HNDGOV 20220127-20260127?
  code   HNDELI 20260128?-
  code   HNDELI
  kind   person
  note   foreign minister 27 Jan 2022 to 27 Jan 2026 (date uncertain). Served in Xiomara Castro's government (end date uncertain).

actor DENIS_MONCADA
  name   Denis Moncada; Denis Moncada Colindres
  code   NICELI -20170109?
  code   NICGOV 20170110?-20240714?
  code   NICELI 20240715?-
  code   NICELI
  kind   person
  note   foreign minister 10 Jan 2017 (date uncertain) to 14 Jul 2024 (date uncertain). Dates uncertain.

actor VALDRACK_JAENTSCHKE
  name   Valdrack Jaentschke
  code   NICELI -20240713?
  code   NICGOV 20240714?-
  code   NICGOV
  kind   person
  note   foreign minister 14 Jul 2024 (date uncertain) to today. Start date uncertain.

actor ARNOLDO_ANDRE_TINOCO
  name   Arnoldo André Tinoco; Arnoldo Andre Tinoco; Arnoldo André; Arnoldo Andre
  code   CRIELI -20220507
  code   CRIGOV 20220508-20260508?
  code   CRIELI 20260509?-
  code   CRIELI
  kind   person
  note   foreign minister 08 May 2022 to 08 May 2026 (date uncertain). Chaves's government left office on 8 May 2026 (end uncertain).

actor JAVIER_MARTINEZ_ACHA
  name   Javier Martínez-Acha; Javier Martinez-Acha; Javier Martínez Acha; Javier Martinez Acha
  code   PANELI -20240630
  code   PANGOV 20240701-
  code   PANGOV
  kind   person
  note   foreign minister 01 Jul 2024 to today

actor ERIKA_MOUYNES
  name   Erika Mouynes
  code   PANELI -20200630?
  code   PANGOV 20200701?-20220816?
  code   PANELI 20220817?-
  code   PANELI
  kind   person
  note   foreign minister 01 Jul 2020 (date uncertain) to 16 Aug 2022 (date uncertain). Dates uncertain.

actor JANAINA_TEWANEY
  name   Janaina Tewaney
  code   PANELI -20220815?
  code   PANGOV 20220816?-20240701
  code   PANELI 20240702-
  code   PANELI
  kind   person
  note   foreign minister 16 Aug 2022 (date uncertain) to 01 Jul 2024. Start date uncertain.

actor ROBERTO_ALVAREZ_DOM
  name   Roberto Álvarez Gil; Roberto Alvarez Gil
  code   DOMELI -20200815
  code   DOMGOV 20200816-
  code   DOMGOV
  kind   person
  note   foreign minister 16 Aug 2020 to today

actor MIGUEL_VARGAS_MALDONADO
  name   Miguel Vargas Maldonado
  code   DOMELI -20160815
  code   DOMGOV 20160816-20200816
  code   DOMELI 20200817-
  code   DOMELI
  kind   person
  note   foreign minister 16 Aug 2016 to 16 Aug 2020

actor KAMINA_JOHNSON_SMITH
  name   Kamina Johnson Smith; Kamina Johnson-Smith
  code   JAMELI -20160302
  code   JAMGOV 20160303-
  code   JAMGOV
  kind   person
  note   foreign minister 03 Mar 2016 to today

actor FRED_MITCHELL
  name   Fred Mitchell; Frederick Mitchell
  code   BHSELI -20020502?
  code   BHSGOV 20020503?-20070504?
  code   BHSELI 20070505?-20120507?
  code   BHSGOV 20120508?-20170511
  code   BHSELI 20170512-20210916?
  code   BHSGOV 20210917?-
  code   BHSGOV
  kind   person
  note   foreign minister 03 May 2002 (date uncertain) to 04 May 2007 (date uncertain); foreign minister 08 May 2012 (date uncertain) to 11 May 2017; foreign minister 17 Sep 2021 (date uncertain) to today. Dates uncertain.

actor HUGH_TODD
  name   Hugh Todd
  code   GUYELI -20200804?
  code   GUYGOV 20200805?-
  code   GUYGOV
  kind   person
  note   foreign minister 05 Aug 2020 (date uncertain) to today

actor AMERY_BROWNE
  name   Amery Browne
  code   TTOELI -20200818?
  code   TTOGOV 20200819?-20250501
  code   TTOELI 20250502-
  code   TTOELI
  kind   person
  note   foreign minister 19 Aug 2020 (date uncertain) to 01 May 2025

actor RUBEN_RAMIREZ_LEZCANO
  name   Rubén Ramírez Lezcano; Ruben Ramirez Lezcano
  code   PRYELI -20230814
  code   PRYGOV 20230815-
  code   PRYGOV
  kind   person
  note   foreign minister 15 Aug 2023 to today

actor JOSE_ANTONIO_KAST
  name   José Antonio Kast; Jose Antonio Kast; Kast
  code   CHLELI -20260310?
  code   CHLGOV 20260311?-
  code   CHLGOV
  kind   person
  note   president 11 Mar 2026 (date uncertain) to today. Won the December 2025 runoff (reported; after our reliable information, uncertain).

actor GUSTAVO_RANGEL_BRICENO
  name   Gustavo Rangel Briceño; Gustavo Rangel Briceno
  code   VENELI -20070717?
  code   VENGOV 20070718?-20090306?
  code   VENELI 20090307?-
  code   VENELI
  kind   person
  note   defence minister 18 Jul 2007 (date uncertain) to 06 Mar 2009 (date uncertain). Dates uncertain.

actor RAMON_CARRIZALES
  name   Ramón Carrizales; Ramon Carrizales
  code   VENELI -20080102?
  code   VENGOV 20080103?-20100126?
  code   VENELI 20100127?-
  code   VENELI
  kind   person
  note   vice president 03 Jan 2008 (date uncertain) to 26 Jan 2010 (date uncertain); defence minister 06 Mar 2009 (date uncertain) to 26 Jan 2010 (date uncertain). Resigned both offices in January 2010 (dates uncertain).

actor CARLOS_MATA_FIGUEROA
  name   Carlos Mata Figueroa
  code   VENELI -20100125?
  code   VENGOV 20100126?-20120117?
  code   VENELI 20120118?-
  code   VENELI
  kind   person
  note   defence minister 26 Jan 2010 (date uncertain) to 17 Jan 2012 (date uncertain). Dates uncertain.

actor HENRY_RANGEL_SILVA
  name   Henry Rangel Silva
  code   VENELI -20120116?
  code   VENGOV 20120117?-20121011?
  code   VENELI 20121012?-
  code   VENELI
  kind   person
  note   defence minister 17 Jan 2012 (date uncertain) to 11 Oct 2012 (date uncertain). Under US sanctions as an alleged drug trafficker (dates of office uncertain).

actor DIEGO_MOLERO
  name   Diego Molero Bellavia; Diego Molero
  code   VENELI -20121010?
  code   VENGOV 20121011?-20130708?
  code   VENELI 20130709?-
  code   VENELI
  kind   person
  note   defence minister 11 Oct 2012 (date uncertain) to 08 Jul 2013 (date uncertain). Dates uncertain.

actor PEDRO_CATERIANO
  name   Pedro Cateriano; Cateriano
  code   PERELI -20120510?
  code   PERGOV 20120511?-20160728
  code   PERELI 20160729-20200714
  code   PERGOV 20200715-20200806?
  code   PERELI 20200807?-
  code   PERELI
  kind   person
  note   defence minister 11 May 2012 (date uncertain) to 17 Feb 2015 (date uncertain); prime minister 18 Feb 2015 (date uncertain) to 28 Jul 2016; prime minister 15 Jul 2020 to 06 Aug 2020 (date uncertain). Dates uncertain.

actor ALBERTO_OTAROLA
  name   Alberto Otárola; Alberto Otarola; Otárola; Otarola
  code   PERELI -20111210?
  code   PERGOV 20111211?-20120511?
  code   PERELI 20120512?-20221209
  code   PERGOV 20221210-20240306?
  code   PERELI 20240307?-
  code   PERELI
  kind   person
  note   defence minister 11 Dec 2011 (date uncertain) to 11 May 2012 (date uncertain); defence minister 10 Dec 2022 to 21 Dec 2022; prime minister 21 Dec 2022 to 06 Mar 2024 (date uncertain). Resigned as prime minister in March 2024 (date uncertain).

actor GUSTAVO_ADRIANZEN
  name   Gustavo Adrianzén; Gustavo Adrianzen
  code   PERELI -20240305?
  code   PERGOV 20240306?-20250513?
  code   PERELI 20250514?-
  code   PERELI
  kind   person
  note   prime minister 06 Mar 2024 (date uncertain) to 13 May 2025 (date uncertain). Dates uncertain.

actor PABLO_QUIRNO
  name   Pablo Quirno
  code   ARGELI -20231209?
  code   ARGGOV 20231210?-
  code   ARGGOV
  kind   person
  note   finance secretary 10 Dec 2023 (date uncertain) to 22 Oct 2025 (date uncertain); foreign minister 22 Oct 2025 (date uncertain) to today. Succeeded Werthein in October 2025 (reported; dates uncertain).

actor LAURA_SARABIA
  name   Laura Sarabia
  code   COLELI -20220806
  code   COLGOV 20220807-20230602?
  code   COLELI 20230603?-20240131?
  code   COLGOV 20240201?-20250130?
  code   COLELI 20250131?-20250228?
  code   COLGOV 20250301?-20250703?
  code   COLELI 20250704?-
  code   COLELI
  kind   person
  note   chief of staff to the president 07 Aug 2022 to 02 Jun 2023 (date uncertain); head of the presidential administration 01 Feb 2024 (date uncertain) to 30 Jan 2025 (date uncertain); foreign minister 01 Mar 2025 (date uncertain) to 03 Jul 2025 (date uncertain). Dates uncertain; resigned as foreign minister in July 2025.

# ---- Foreign, defence and security ministers, and missing heads of state, of the
# Caribbean and Latin American states (issue #4, item 3). Where a state has no
# army (Costa Rica, Panama, Dominica, Grenada, Saint Lucia, Saint Vincent and the
# Grenadines; Haiti rebuilt a small one only from 2017) or no separate defence
# minister (Jamaica, Guyana: the head of government holds defence), the minister
# responsible for national or public security is covered instead, where we can
# date one. Surnames alone are given only when no other entry or common word
# shares them.
# -- United States (defence secretaries were complete apart from the acting one)

actor CHRISTOPHER_C_MILLER
  name   Christopher C. Miller; Christopher C Miller; Christopher Miller
  code   USAELI -20200809?
  code   USAGOV 20200810?-20210120
  code   USAELI 20210121-
  code   USAELI
  kind   person
  note   director of the National Counterterrorism Center 10 Aug 2020 (date uncertain) to 09 Nov 2020; acting secretary of defense 09 Nov 2020 to 20 Jan 2021. Acting after Esper's dismissal; NCTC appointment day uncertain.

# -- Bahamas (the Defence Force answers to the minister of national security)

actor BRENT_SYMONETTE
  name   Brent Symonette; Symonette
  code   BHSELI -20070503?
  code   BHSGOV 20070504?-20120508
  code   BHSELI 20120509-
  code   BHSELI
  kind   person
  note   deputy prime minister and foreign minister 04 May 2007 (date uncertain) to 08 May 2012. Sworn in with Ingraham's government (day uncertain). Also a minister in Minnis's first cabinet from May 2017; the dates of that office are not placed (coded ELI).

actor DARREN_HENFIELD
  name   Darren Henfield; Henfield
  code   BHSELI -20170514?
  code   BHSGOV 20170515?-20210917
  code   BHSELI 20210918-
  code   BHSELI
  kind   person
  note   foreign minister 15 May 2017 (date uncertain) to 17 Sep 2021. Sworn in with Minnis's cabinet (day uncertain).

actor CYNTHIA_PRATT
  name   Cynthia Pratt; Cynthia A. Pratt; Mother Pratt
  code   BHSELI -20020506?
  code   BHSGOV 20020507?-20070504
  code   BHSELI 20070505-
  code   BHSELI
  kind   person
  note   deputy prime minister and national security minister 07 May 2002 (date uncertain) to 04 May 2007. Acting prime minister during Christie's illness in 2005.

actor TOMMY_TURNQUEST
  name   Tommy Turnquest; Turnquest
  code   BHSELI -20070503?
  code   BHSGOV 20070504?-20120508
  code   BHSELI 20120509-
  code   BHSELI
  kind   person
  note   national security minister 04 May 2007 (date uncertain) to 08 May 2012. A cabinet minister through Ingraham's 2007-2012 government; the end of the security portfolio is uncertain.

actor BERNARD_NOTTAGE
  name   Bernard Nottage; Bernard J. Nottage
  code   BHSELI -20120507?
  code   BHSGOV 20120508?-20170511
  code   BHSELI 20170512-
  code   BHSELI
  kind   person
  note   national security minister 08 May 2012 (date uncertain) to 11 May 2017. Sworn in with Christie's cabinet (day uncertain).

actor MARVIN_DAMES
  name   Marvin Dames
  code   BHSELI -20170514?
  code   BHSGOV 20170515?-20210917
  code   BHSELI 20210918-
  code   BHSELI
  kind   person
  note   national security minister 15 May 2017 (date uncertain) to 17 Sep 2021. A former deputy police commissioner; sworn in with Minnis's cabinet (day uncertain).

actor WAYNE_MUNROE
  name   Wayne Munroe
  code   BHSELI -20210919?
  code   BHSGOV 20210920?-
  code   BHSGOV
  kind   person
  note   national security minister 20 Sep 2021 (date uncertain) to today. Sworn in with Davis's cabinet (day uncertain).

# -- Belize

actor WILFRED_ELRINGTON
  name   Wilfred Elrington; Wilfred P. Elrington; Elrington
  code   BLZELI -20080211?
  code   BLZGOV 20080212?-20201112
  code   BLZELI 20201113-
  code   BLZELI
  kind   person
  note   foreign minister 12 Feb 2008 (date uncertain) to 12 Nov 2020. Also attorney general 2008-2012. Sworn in with Barrow's cabinet (day uncertain).

actor EAMON_COURTENAY
  name   Eamon Courtenay
  code   BLZELI -20201115?
  code   BLZGOV 20201116?-
  code   BLZGOV
  kind   person
  note   foreign minister 16 Nov 2020 (date uncertain) to today. Sworn in with Briceño's cabinet (day uncertain); also a minister under Musa before 2008 (dates not placed, coded ELI). In office as of our last reliable information (2024).

# -- Barbados (the Defence Force comes under the prime minister)

actor BILLIE_MILLER
  name   Billie Miller; Billie Antoinette Miller; Dame Billie Miller
  code   BRBELI -19940905?
  code   BRBGOV 19940906?-20080116
  code   BRBELI 20080117-
  code   BRBELI
  kind   person
  note   foreign minister 06 Sep 1994 (date uncertain) to 16 Jan 2008. Deputy prime minister in Arthur's later governments.

actor MAXINE_MCCLEAN
  name   Maxine McClean; Maxine Pamela Ometa McClean
  code   BRBELI -20080121?
  code   BRBGOV 20080122?-20180525
  code   BRBELI 20180526-
  code   BRBELI
  kind   person
  note   foreign minister 22 Jan 2008 (date uncertain) to 25 May 2018. Sworn in with Thompson's cabinet (day uncertain); kept the post under Stuart.

actor JEROME_WALCOTT
  name   Jerome Walcott; Jerome X. Walcott
  code   BRBELI -20180527?
  code   BRBGOV 20180528?-20220125?
  code   BRBELI 20220126?-
  code   BRBELI
  kind   person
  note   foreign minister 28 May 2018 (date uncertain) to 25 Jan 2022 (date uncertain). Foreign minister in Mottley's first government; his later career is not covered.

actor KERRIE_SYMMONDS
  name   Kerrie Symmonds; Kerrie D. Symmonds
  code   BRBELI -20180527?
  code   BRBGOV 20180528?-
  code   BRBGOV
  kind   person
  note   minister in Mottley's first government 28 May 2018 (date uncertain) to 25 Jan 2022 (date uncertain); foreign minister 26 Jan 2022 (date uncertain) to today. Foreign minister after the January 2022 election (day uncertain).

# -- Costa Rica (no army since 1948; see the note above)

actor ROBERTO_TOVAR_FAJA
  name   Roberto Tovar Faja; Roberto Tovar
  code   CRIELI -20020507
  code   CRIGOV 20020508-20060508
  code   CRIELI 20060509-
  code   CRIELI
  kind   person
  note   foreign minister 08 May 2002 to 08 May 2006. Pacheco's foreign minister for the whole term.

actor BRUNO_STAGNO_UGARTE
  name   Bruno Stagno Ugarte; Bruno Stagno
  code   CRIELI -20060507
  code   CRIGOV 20060508-20100508
  code   CRIELI 20100509-
  code   CRIELI
  kind   person
  note   foreign minister 08 May 2006 to 08 May 2010. Costa Rica's UN ambassador before (dates not placed, coded ELI).

actor RENE_CASTRO_SALAZAR
  name   René Castro Salazar; Rene Castro Salazar
  code   CRIELI -20100507
  code   CRIGOV 20100508-20140508
  code   CRIELI 20140509-
  code   CRIELI
  kind   person
  note   foreign minister 08 May 2010 to 01 Dec 2011 (date uncertain); environment minister 01 Dec 2011 (date uncertain) to 08 May 2014. Moved to the environment ministry in December 2011 (day uncertain).

actor ENRIQUE_CASTILLO_BARRANTES
  name   Enrique Castillo Barrantes
  code   CRIELI -20111130?
  code   CRIGOV 20111201?-20140508
  code   CRIELI 20140509-
  code   CRIELI
  kind   person
  note   foreign minister 01 Dec 2011 (date uncertain) to 08 May 2014. Appointed in December 2011 (day uncertain).

actor MANUEL_GONZALEZ_SANZ
  name   Manuel González Sanz; Manuel Gonzalez Sanz
  code   CRIELI -20140507
  code   CRIGOV 20140508-20180508
  code   CRIELI 20180509-
  code   CRIELI
  kind   person
  note   foreign minister 08 May 2014 to 08 May 2018. Solís's foreign minister for the whole term.

actor EPSY_CAMPBELL_BARR
  name   Epsy Campbell Barr; Epsy Campbell
  code   CRIELI -20180507
  code   CRIGOV 20180508-20220508
  code   CRIELI 20220509-
  code   CRIELI
  kind   person
  note   vice president 08 May 2018 to 08 May 2022; foreign minister 08 May 2018 to 11 Dec 2018 (date uncertain). Left the foreign ministry in December 2018 (day uncertain) and stayed vice president.

# -- Dominica (heads of state were missing; no army since 1981)

actor VERNON_SHAW
  name   Vernon Shaw
  code   DMAELI -19981005
  code   DMAGOV 19981006-20031002?
  code   DMAELI 20031003?-
  code   DMAELI
  kind   person
  note   president 06 Oct 1998 to 02 Oct 2003 (date uncertain). Term end day uncertain.

actor NICHOLAS_LIVERPOOL
  name   Nicholas Liverpool
  code   DMAELI -20031001?
  code   DMAGOV 20031002?-20120917?
  code   DMAELI 20120918?-
  code   DMAELI
  kind   person
  note   president 02 Oct 2003 (date uncertain) to 17 Sep 2012 (date uncertain). Resigned through ill health in September 2012 (day uncertain).

actor ELIUD_WILLIAMS
  name   Eliud Williams
  code   DMAELI -20120916?
  code   DMAGOV 20120917?-20131002
  code   DMAELI 20131003-
  code   DMAELI
  kind   person
  note   president 17 Sep 2012 (date uncertain) to 02 Oct 2013. Completed Liverpool's term.

actor CHARLES_SAVARIN
  name   Charles Savarin; Charles Angelo Savarin
  code   DMAELI -20131001
  code   DMAGOV 20131002-20231002
  code   DMAELI 20231003-
  code   DMAELI
  kind   person
  note   president 02 Oct 2013 to 02 Oct 2023. Before 2013 a minister in Skerrit's cabinets (dates not placed, coded ELI).

actor SYLVANIE_BURTON
  name   Sylvanie Burton
  code   DMAELI -20231001
  code   DMAGOV 20231002-
  code   DMAGOV
  kind   person
  note   president 02 Oct 2023 to today. First Kalinago head of state.

# -- Dominican Republic

actor CARLOS_MORALES_TRONCOSO
  name   Carlos Morales Troncoso; Morales Troncoso
  code   DOMELI -20040815
  code   DOMGOV 20040816-20140901?
  code   DOMELI 20140902?-
  code   DOMELI
  kind   person
  note   foreign minister 16 Aug 2004 to 01 Sep 2014 (date uncertain). Vice president 1986-1994. Left the ministry through illness in 2014 (month uncertain).

actor RUBEN_DARIO_PAULINO_SEM
  name   Rubén Darío Paulino Sem; Ruben Dario Paulino Sem; Rubén Paulino Sem; Ruben Paulino Sem; Paulino Sem
  code   DOMELI -20160815?
  code   DOMGOV 20160816?-20200816
  code   DOMELI 20200817-
  code   DOMELI
  kind   person
  note   defence minister 16 Aug 2016 (date uncertain) to 16 Aug 2020. Appointed for Medina's second term (day uncertain).

actor CARLOS_LUCIANO_DIAZ_MORFA
  name   Carlos Luciano Díaz Morfa; Carlos Luciano Diaz Morfa; Díaz Morfa; Diaz Morfa
  code   DOMELI -20200815?
  code   DOMGOV 20200816?-20240816?
  code   DOMELI 20240817?-
  code   DOMELI
  kind   person
  note   defence minister 16 Aug 2020 (date uncertain) to 16 Aug 2024 (date uncertain). Abinader's first defence minister; dates uncertain by days.

actor CARLOS_ANTONIO_FERNANDEZ_ONOFRE
  name   Carlos Antonio Fernández Onofre; Carlos Antonio Fernandez Onofre; Fernández Onofre; Fernandez Onofre
  code   DOMELI -20240815?
  code   DOMGOV 20240816?-
  code   DOMGOV
  kind   person
  note   defence minister 16 Aug 2024 (date uncertain) to today. Named for Abinader's second term (day uncertain).

# -- Grenada (no army: the Royal Grenada Police Force)

actor JOSEPH_ANDALL
  name   Joseph Andall
  code   GRDELI -20220629?
  code   GRDGOV 20220630?-
  code   GRDGOV
  kind   person
  note   foreign minister 30 Jun 2022 (date uncertain) to today. Sworn in with Dickon Mitchell's cabinet (day uncertain).

# -- Guatemala

actor HAROLDO_RODAS
  name   Haroldo Rodas; Haroldo Rodas Melgar
  code   GTMELI -20080113
  code   GTMGOV 20080114-20120114
  code   GTMELI 20120115-
  code   GTMELI
  kind   person
  note   foreign minister 14 Jan 2008 to 14 Jan 2012. Colom's foreign minister for the whole term.

actor HENRY_SAENZ
  name   Henry Sáenz; Henry Saenz; Henry Yovani Sáenz Ramos; Henry Yovani Saenz Ramos
  code   GTMELI -20240114
  code   GTMGOV 20240115-
  code   GTMGOV
  kind   person
  note   defence minister 15 Jan 2024 to today. Arévalo's defence minister.

# -- Guyana (the president is commander-in-chief; no separate defence minister)

actor CARL_GREENIDGE
  name   Carl Greenidge; Carl B. Greenidge
  code   GUYELI -20150519?
  code   GUYGOV 20150520?-20190304?
  code   GUYELI 20190305?-
  code   GUYELI
  kind   person
  note   vice president and foreign minister 20 May 2015 (date uncertain) to 04 Mar 2019 (date uncertain). Replaced as foreign minister in March 2019 (month uncertain); finance minister in the 1980s.

actor KAREN_CUMMINGS
  name   Karen Cummings
  code   GUYELI -20150519?
  code   GUYGOV 20150520?-20200802
  code   GUYELI 20200803-
  code   GUYELI
  kind   person
  note   minister within the health ministry 20 May 2015 (date uncertain) to 04 Mar 2019 (date uncertain); foreign minister 04 Mar 2019 (date uncertain) to 02 Aug 2020. Took over foreign affairs in March 2019 (day uncertain).

# -- Honduras

actor RIXI_MONCADA
  name   Rixi Moncada; Rixi Ramona Moncada
  code   HNDELI -20220126
  code   HNDGOV 20220127-20260127?
  code   HNDELI 20260128?-
  code   HNDELI
  kind   person
  note   finance minister 27 Jan 2022 to 01 Sep 2024 (date uncertain); defence minister 01 Sep 2024 (date uncertain) to 27 Jan 2026 (date uncertain). Moved to defence in September 2024 after José Manuel Zelaya's resignation (day uncertain); Libre's candidate in the November 2025 election. Whether she left the ministry before the end of Castro's government is not known to us: the end date is that government's end.

# -- Haiti

actor DOMINIQUE_DUPUY
  name   Dominique Dupuy
  code   HTIELI -20240611?
  code   HTIGOV 20240612?-20241116?
  code   HTIELI 20241117?-
  code   HTIELI
  kind   person
  note   foreign minister 12 Jun 2024 (date uncertain) to 16 Nov 2024 (date uncertain). Foreign minister in Conille's government; earlier ambassador to UNESCO.

# -- Jamaica (the prime minister holds defence; the minister of national security is covered)

actor KENNETH_BAUGH
  name   Kenneth Baugh; Ken Baugh
  code   JAMELI -20070912?
  code   JAMGOV 20070913?-20120105
  code   JAMELI 20120106-
  code   JAMELI
  kind   person
  note   deputy prime minister and foreign minister 13 Sep 2007 (date uncertain) to 05 Jan 2012. Sworn in with Golding's cabinet (day uncertain).

actor ARNOLD_NICHOLSON
  name   Arnold Nicholson; A. J. Nicholson; A.J. Nicholson; AJ Nicholson
  code   JAMELI -20120105?
  code   JAMGOV 20120106?-20160303
  code   JAMELI 20160304-
  code   JAMELI
  kind   person
  note   foreign minister 06 Jan 2012 (date uncertain) to 03 Mar 2016. Justice minister and attorney general in earlier PNP governments (dates not placed, coded ELI).

actor PETER_BUNTING
  name   Peter Bunting
  code   JAMELI -20120105?
  code   JAMGOV 20120106?-20160303
  code   JAMELI 20160304-
  code   JAMELI
  kind   person
  note   national security minister 06 Jan 2012 (date uncertain) to 03 Mar 2016. Sworn in with Simpson Miller's cabinet (day uncertain).

actor HORACE_CHANG
  name   Horace Chang
  code   JAMELI -20070912?
  code   JAMGOV 20070913?-20120105
  code   JAMELI 20120106-20160306?
  code   JAMGOV 20160307?-
  code   JAMGOV
  kind   person
  note   water and housing minister 13 Sep 2007 (date uncertain) to 05 Jan 2012; minister in Holness's cabinet 07 Mar 2016 (date uncertain) to 01 Mar 2018 (date uncertain); deputy prime minister and national security minister 01 Mar 2018 (date uncertain) to today. National security from March 2018 (day uncertain); his earlier portfolios' dates are uncertain by days.

# -- Saint Kitts and Nevis

actor MARK_BRANTLEY
  name   Mark Brantley
  code   KNAELI -20150217?
  code   KNAGOV 20150218?-
  code   KNAGOV
  kind   person
  note   foreign minister 18 Feb 2015 (date uncertain) to 06 Aug 2022 (date uncertain); premier of Nevis 19 Dec 2017 (date uncertain) to today. Foreign minister in Harris's government (days uncertain); premier of Nevis from December 2017.

# -- Saint Lucia (no army: the Royal Saint Lucia Police Force)

actor ALVA_BAPTISTE
  name   Alva Baptiste; Alva Romanus Baptiste
  code   LCAELI -20111130?
  code   LCAGOV 20111201?-20160607
  code   LCAELI 20160608-20210802?
  code   LCAGOV 20210803?-
  code   LCAGOV
  kind   person
  note   foreign minister 01 Dec 2011 (date uncertain) to 07 Jun 2016; foreign minister 03 Aug 2021 (date uncertain) to today. Sworn in with Anthony's and Pierre's cabinets (days uncertain).

actor SARAH_FLOOD_BEAUBRUN
  name   Sarah Flood-Beaubrun; Sarah Flood Beaubrun; Flood-Beaubrun
  code   LCAELI -20160609?
  code   LCAGOV 20160610?-20210728
  code   LCAELI 20210729-
  code   LCAELI
  kind   person
  note   foreign minister 10 Jun 2016 (date uncertain) to 28 Jul 2021. Chastanet's foreign minister; a minister under Anthony before 2001 (dates not placed).

# -- Nicaragua

actor NORMAN_CALDERA
  name   Norman Caldera; Norman José Caldera Cardenal; Norman Jose Caldera Cardenal
  code   NICELI -20020109
  code   NICGOV 20020110-20070110
  code   NICELI 20070111-
  code   NICELI
  kind   person
  note   foreign minister 10 Jan 2002 to 10 Jan 2007. Bolaños's foreign minister for the whole term.

actor SAMUEL_SANTOS_LOPEZ
  name   Samuel Santos López; Samuel Santos Lopez; Samuel Santos
  code   NICELI -20070109
  code   NICGOV 20070110-20170109?
  code   NICELI 20170110?-
  code   NICELI
  kind   person
  note   foreign minister 10 Jan 2007 to 09 Jan 2017 (date uncertain). Replaced by Denis Moncada at the start of Ortega's third term (day uncertain).

# -- Panama (no army since 1990; public security ministry since 2010)

actor SAMUEL_LEWIS_NAVARRO
  name   Samuel Lewis Navarro
  code   PANELI -20040831
  code   PANGOV 20040901-20090701
  code   PANELI 20090702-
  code   PANELI
  kind   person
  note   first vice president and foreign minister 01 Sep 2004 to 01 Jul 2009. Torrijos's vice president and foreign minister for the whole term.

actor ISABEL_SAINT_MALO
  name   Isabel Saint Malo de Alvarado; Isabel de Saint Malo de Alvarado; Isabel Saint Malo
  code   PANELI -20140630
  code   PANGOV 20140701-20190701
  code   PANELI 20190702-
  code   PANELI
  kind   person
  note   vice president and foreign minister 01 Jul 2014 to 01 Jul 2019. Varela's vice president and foreign minister for the whole term.

actor ALEJANDRO_FERRER
  name   Alejandro Ferrer López; Alejandro Ferrer Lopez; Alejandro Ferrer
  code   PANELI -20190630
  code   PANGOV 20190701-20200701?
  code   PANELI 20200702?-
  code   PANELI
  kind   person
  note   foreign minister 01 Jul 2019 to 01 Jul 2020 (date uncertain). Cortizo's first foreign minister; replaced by Mouynes in mid-2020 (day uncertain).

actor FRANK_ABREGO
  name   Frank Ábrego; Frank Abrego; Frank Alexis Ábrego
  code   PANELI -20240630
  code   PANGOV 20240701-
  code   PANGOV
  kind   person
  note   public security minister 01 Jul 2024 to today. Mulino's minister of public security.

# -- Paraguay

actor ELADIO_LOIZAGA
  name   Eladio Loizaga; Loizaga
  code   PRYELI -20130814
  code   PRYGOV 20130815-20180815
  code   PRYELI 20180816-
  code   PRYELI
  kind   person
  note   foreign minister 15 Aug 2013 to 15 Aug 2018. Cartes's foreign minister for the whole term.

actor LUIS_ALBERTO_CASTIGLIONI
  name   Luis Alberto Castiglioni; Luis Castiglioni
  code   PRYELI -20030814
  code   PRYGOV 20030815-20071001?
  code   PRYELI 20071002?-20180814
  code   PRYGOV 20180815-20190729?
  code   PRYELI 20190730?-
  code   PRYELI
  kind   person
  note   vice president 15 Aug 2003 to 01 Oct 2007 (date uncertain); foreign minister 15 Aug 2018 to 29 Jul 2019 (date uncertain). Resigned the vice presidency in 2007 to seek the presidency (month uncertain); resigned as foreign minister over the 2019 Itaipú agreement (day uncertain).

# -- Suriname

actor WINSTON_LACKIN
  name   Winston Lackin; Lackin
  code   SURELI -20100812?
  code   SURGOV 20100813?-20150812?
  code   SURELI 20150813?-
  code   SURELI
  kind   person
  note   foreign minister 13 Aug 2010 (date uncertain) to 12 Aug 2015 (date uncertain). Bouterse's first foreign minister (days uncertain).

actor KRISHNA_MATHOERA
  name   Krishna Mathoera; Mathoera
  code   SURELI -20200715?
  code   SURGOV 20200716?-20250716?
  code   SURELI 20250717?-
  code   SURELI
  kind   person
  note   defence minister 16 Jul 2020 (date uncertain) to 16 Jul 2025 (date uncertain). Santokhi's defence minister for the whole term (days uncertain).

# -- Trinidad and Tobago (the minister of national security, from 2025 of homeland security, runs the police and the Defence Force; a separate defence minister from May 2025)

actor PAULA_GOPEE_SCOON
  name   Paula Gopee-Scoon; Paula Gopee Scoon; Gopee-Scoon
  code   TTOELI -20071106?
  code   TTOGOV 20071107?-20100526
  code   TTOELI 20100527-20150910?
  code   TTOGOV 20150911?-20250501
  code   TTOELI 20250502-
  code   TTOELI
  kind   person
  note   foreign minister 07 Nov 2007 (date uncertain) to 26 May 2010; trade and industry minister 11 Sep 2015 (date uncertain) to 01 May 2025. Sworn in with Manning's and Rowley's cabinets (days uncertain).

actor SURUJRATTAN_RAMBACHAN
  name   Surujrattan Rambachan; Suruj Rambachan; Rambachan
  code   TTOELI -20100527?
  code   TTOGOV 20100528?-20150909
  code   TTOELI 20150910-
  code   TTOELI
  kind   person
  note   foreign minister 28 May 2010 (date uncertain) to 20 Jun 2012 (date uncertain); local government minister 20 Jun 2012 (date uncertain) to 09 Sep 2015. Moved from foreign affairs in June 2012 (day uncertain).

actor WINSTON_DOOKERAN
  name   Winston Dookeran; Dookeran
  code   TTOELI -20100527?
  code   TTOGOV 20100528?-20150909
  code   TTOELI 20150910-
  code   TTOELI
  kind   person
  note   finance minister 28 May 2010 (date uncertain) to 20 Jun 2012 (date uncertain); foreign minister 20 Jun 2012 (date uncertain) to 09 Sep 2015. Moved to foreign affairs in June 2012 (day uncertain).

actor DENNIS_MOSES
  name   Dennis Moses
  code   TTOELI -20150910?
  code   TTOGOV 20150911?-20200819
  code   TTOELI 20200820-
  code   TTOELI
  kind   person
  note   foreign minister 11 Sep 2015 (date uncertain) to 19 Aug 2020. Rowley's first-term foreign minister (start day uncertain).

actor GARY_GRIFFITH
  name   Gary Griffith
  code   TTOELI -20130916?
  code   TTOGOV 20130917?-20150909
  code   TTOELI 20150910-20180731?
  code   TTOCOP 20180801?-20210801?
  code   TTOELI 20210802?-
  code   TTOELI
  kind   person
  note   national security minister 17 Sep 2013 (date uncertain) to 09 Sep 2015; police commissioner 01 Aug 2018 (date uncertain) to 01 Aug 2021 (date uncertain). Commissioner of police 2018-2021 (days uncertain); founded an opposition party afterwards.

actor SEAN_SOBERS
  name   Sean Sobers
  code   TTOELI -20250502?
  code   TTOGOV 20250503?-
  code   TTOGOV
  kind   person
  note   foreign minister 03 May 2025 (date uncertain) to today. Persad-Bissessar's foreign and CARICOM affairs minister (day uncertain).

actor ROGER_ALEXANDER
  name   Roger Alexander
  code   TTOELI -20250502?
  code   TTOGOV 20250503?-
  code   TTOGOV
  kind   person
  note   homeland security minister 03 May 2025 (date uncertain) to today. A former senior police officer (day of appointment uncertain).

actor WAYNE_STURGE
  name   Wayne Sturge
  code   TTOELI -20250502?
  code   TTOGOV 20250503?-
  code   TTOGOV
  kind   person
  note   defence minister 03 May 2025 (date uncertain) to today. Minister of defence when national security was split into homeland security and defence in May 2025 (day uncertain).

# -- Uruguay (defence ministers; the foreign ministers were complete)

actor AZUCENA_BERRUTTI
  name   Azucena Berrutti; Berrutti
  code   URYELI -20050228
  code   URYGOV 20050301-20080303?
  code   URYELI 20080304?-
  code   URYELI
  kind   person
  note   defence minister 01 Mar 2005 to 03 Mar 2008 (date uncertain). First woman to head Uruguay's defence ministry; left in the March 2008 reshuffle (day uncertain).

actor JOSE_BAYARDI
  name   José Bayardi; Jose Bayardi; Bayardi
  code   URYELI -20080302?
  code   URYGOV 20080303?-20090302?
  code   URYELI 20090303?-20190331?
  code   URYGOV 20190401?-20200301
  code   URYELI 20200302-
  code   URYELI
  kind   person
  note   defence minister 03 Mar 2008 (date uncertain) to 02 Mar 2009 (date uncertain); defence minister 01 Apr 2019 (date uncertain) to 01 Mar 2020. Left defence to Gonzalo Fernández in March 2009 (day uncertain). Returned after Menéndez's dismissal in April 2019 (day uncertain).

actor ELEUTERIO_FERNANDEZ_HUIDOBRO
  name   Eleuterio Fernández Huidobro; Eleuterio Fernandez Huidobro; Fernández Huidobro; Fernandez Huidobro
  code   URYELI -20110531?
  code   URYGOV 20110601?-20160805
  code   URYELI 20160806-
  code   URYELI
  kind   person
  note   defence minister 01 Jun 2011 (date uncertain) to 05 Aug 2016. Took over from Rosadilla in mid-2011 (day uncertain). Died in office 5 August 2016.

actor JORGE_MENENDEZ_URY
  name   Jorge Menéndez; Jorge Menendez
  code   URYELI -20160807?
  code   URYGOV 20160808?-20190401?
  code   URYELI 20190402?-
  code   URYELI
  kind   person
  note   defence minister 08 Aug 2016 (date uncertain) to 01 Apr 2019 (date uncertain). Dismissed with the army command over the 2019 military-tribunal affair (day uncertain).

actor JAVIER_GARCIA_DUCHINI
  name   Javier García Duchini; Javier Garcia Duchini
  code   URYELI -20200229
  code   URYGOV 20200301-20250301
  code   URYELI 20250302-
  code   URYELI
  kind   person
  note   defence minister 01 Mar 2020 to 01 Mar 2025. Lacalle Pou's defence minister for the whole term.

actor SANDRA_LAZO
  name   Sandra Lazo
  code   URYELI -20250228
  code   URYGOV 20250301-
  code   URYGOV
  kind   person
  note   defence minister 01 Mar 2025 to today. Orsi's defence minister.

# -- Bolivia

actor FERNANDO_HUANACUNI
  name   Fernando Huanacuni; Fernando Huanacuni Mamani; Huanacuni
  code   BOLELI -20170122
  code   BOLGOV 20170123-20180323?
  code   BOLELI 20180324?-
  code   BOLELI
  kind   person
  note   foreign minister 23 Jan 2017 to 23 Mar 2018 (date uncertain). Resigned in March 2018 (day uncertain).

actor DIEGO_PARY
  name   Diego Pary; Diego Pary Rodríguez; Diego Pary Rodriguez
  code   BOLELI -20180322?
  code   BOLGOV 20180323?-20191110
  code   BOLELI 20191111-
  code   BOLELI
  kind   person
  note   foreign minister 23 Mar 2018 (date uncertain) to 10 Nov 2019. Resigned with Morales in November 2019; a diplomat before (dates not placed).

actor LUIS_FERNANDO_LOPEZ_BOL
  name   Luis Fernando López Julio; Luis Fernando Lopez Julio
  code   BOLELI -20191112
  code   BOLGOV 20191113-20201108
  code   BOLELI 20201109-
  code   BOLELI
  kind   person
  note   defence minister 13 Nov 2019 to 08 Nov 2020. Áñez's defence minister; left Bolivia after her government ended.

actor EDMUNDO_NOVILLO
  name   Edmundo Novillo; Edmundo Novillo Aguilar
  code   BOLELI -20201108
  code   BOLGOV 20201109-20251108?
  code   BOLELI 20251109?-
  code   BOLELI
  kind   person
  note   defence minister 09 Nov 2020 to 08 Nov 2025 (date uncertain). Arce's defence minister, in office during the June 2024 coup attempt; end assumed with Arce's government (uncertain).

# -- Ecuador

actor OSWALDO_JARRIN
  name   Oswaldo Jarrín; Oswaldo Jarrin
  code   ECUELI -20180612?
  code   ECUGOV 20180613?-20210524
  code   ECUELI 20210525-
  code   ECUELI
  kind   person
  note   defence minister 13 Jun 2018 (date uncertain) to 24 May 2021. Moreno's defence minister from June 2018 (day uncertain); also defence minister in 2005-2006 (dates not placed).

# -- Venezuela

actor RAFAEL_RAMIREZ_VEN
  name   Rafael Ramírez Carreño; Rafael Ramirez Carreno; Rafael Ramírez; Rafael Ramirez
  code   VENELI -20020714?
  code   VENGOV 20020715?-20171204?
  code   VENELI 20171205?-
  code   VENELI
  kind   person
  note   energy minister and from 2004 head of PDVSA 15 Jul 2002 (date uncertain) to 02 Sep 2014; foreign minister 02 Sep 2014 to 26 Dec 2014; UN ambassador 26 Dec 2014 to 04 Dec 2017 (date uncertain). Dismissed as UN ambassador in December 2017 (day uncertain) and became a critic of Maduro from abroad.

# -- Further ministers (second pass): El Salvador, Haiti, Paraguay, Suriname,
# Uruguay, Trinidad and Tobago.

actor MARIA_EUGENIA_BRIZUELA
  name   María Eugenia Brizuela de Ávila; Maria Eugenia Brizuela de Avila; María Eugenia Brizuela; Maria Eugenia Brizuela
  code   SLVELI -19990531
  code   SLVGOV 19990601-20040601
  code   SLVELI 20040602-
  code   SLVELI
  kind   person
  note   foreign minister 01 Jun 1999 to 01 Jun 2004. Flores's foreign minister for the whole term.

actor ATILIO_BENITEZ
  name   José Atilio Benítez; Jose Atilio Benitez; Atilio Benítez; Atilio Benitez
  code   SLVELI -20111121?
  code   SLVGOV 20111122?-20130122?
  code   SLVELI 20130123?-
  code   SLVELI
  kind   person
  note   defence minister 22 Nov 2011 (date uncertain) to 22 Jan 2013 (date uncertain). Between Munguía Payés's two periods at defence (days uncertain).

actor ANTONIO_RODRIGUE
  name   Antonio Rodrigue
  code   HTIELI -20170320?
  code   HTIGOV 20170321?-20180916?
  code   HTIELI 20180917?-
  code   HTIELI
  kind   person
  note   foreign minister 21 Mar 2017 (date uncertain) to 16 Sep 2018 (date uncertain). Foreign minister in Lafontant's government (days uncertain).

actor BOCCHIT_EDMOND
  name   Bocchit Edmond
  code   HTIELI -20180916?
  code   HTIGOV 20180917?-20200301?
  code   HTIELI 20200302?-
  code   HTIELI
  kind   person
  note   foreign minister 17 Sep 2018 (date uncertain) to 01 Mar 2020 (date uncertain). Foreign minister from Céant's government until Jouthe's (days uncertain); later ambassador to the United States (dates not placed, coded ELI).

actor JOSE_FELIX_FERNANDEZ_ESTIGARRIBIA
  name   José Félix Fernández Estigarribia; Jose Felix Fernandez Estigarribia; Fernández Estigarribia; Fernandez Estigarribia
  code   PRYELI -20120621?
  code   PRYGOV 20120622?-20130815
  code   PRYELI 20130816-
  code   PRYELI
  kind   person
  note   foreign minister 22 Jun 2012 (date uncertain) to 15 Aug 2013. Franco's foreign minister (start day uncertain).

actor LYGIA_KRAAG_KETELDIJK
  name   Lygia Kraag-Keteldijk; Lygia Kraag Keteldijk; Kraag-Keteldijk
  code   SURELI -20050831?
  code   SURGOV 20050901?-20100812?
  code   SURELI 20100813?-
  code   SURELI
  kind   person
  note   foreign minister 01 Sep 2005 (date uncertain) to 12 Aug 2010 (date uncertain). Foreign minister in Venetiaan's third government (days uncertain).

actor GONZALO_FERNANDEZ_URY
  name   Gonzalo Fernández; Gonzalo Fernandez
  code   URYELI -20050228
  code   URYGOV 20050301-20100301
  code   URYELI 20100302-
  code   URYELI
  kind   person
  note   secretary of the presidency 01 Mar 2005 to 02 Mar 2008 (date uncertain); foreign minister 03 Mar 2008 (date uncertain) to 02 Mar 2009 (date uncertain); defence minister 03 Mar 2009 (date uncertain) to 01 Mar 2010. Vázquez's secretary of the presidency, then foreign and defence minister (changes in March 2008 and March 2009, days uncertain).

actor PEDRO_VAZ
  name   Pedro Vaz; Pedro Vaz Ramela
  code   URYELI -20090302?
  code   URYGOV 20090303?-20100301
  code   URYELI 20100302-
  code   URYELI
  kind   person
  note   foreign minister 03 Mar 2009 (date uncertain) to 01 Mar 2010. Succeeded Gonzalo Fernández (day uncertain).

actor FITZGERALD_HINDS
  name   Fitzgerald Hinds
  code   TTOELI -20210418?
  code   TTOGOV 20210419?-20250501
  code   TTOELI 20250502-
  code   TTOELI
  kind   person
  note   national security minister 19 Apr 2021 (date uncertain) to 01 May 2025. Took national security when Stuart Young moved to energy in April 2021 (day uncertain); held other posts in Rowley's governments before (dates not placed, coded ELI).
