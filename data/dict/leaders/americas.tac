# leaders/americas.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range); the
# undated default <country>ELI covers the time before and after office. A date
# followed by ? is uncertain (the note says so); an open end means in office
# as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor BILL_CLINTON
  name   Bill Clinton; William Jefferson Clinton; President Clinton
  code   USAGOV 19930120-20010120
  code   USAELI
  kind   person
  note   president 20 Jan 1993 to 20 Jan 2001

actor GEORGE_W_BUSH
  name   George W. Bush; George W Bush; George Bush; W. Bush; Bush; President Bush
  code   USAGOV 20010120-20090120
  code   USAELI
  kind   person
  note   president 20 Jan 2001 to 20 Jan 2009

actor BARACK_OBAMA
  name   Barack Obama; Barack Hussein Obama; Obama; President Obama
  code   USAGOV 20090120-20170120
  code   USAELI
  kind   person
  note   president 20 Jan 2009 to 20 Jan 2017

actor DONALD_TRUMP
  name   Donald Trump; Donald J. Trump; Donald J Trump; Trump; President Trump
  code   USAGOV 20170120-20210120
  code   USAGOV 20250120-
  code   USAELI
  kind   person
  note   president 20 Jan 2017 to 20 Jan 2021; president 20 Jan 2025 to today. Lost the 2020 election; ELI between his terms.

actor JOE_BIDEN
  name   Joe Biden; Joseph Biden; Joseph R. Biden; Biden; President Biden
  code   USAGOV 20090120-20170120
  code   USAGOV 20210120-20250120
  code   USAELI
  kind   person
  note   vice president 20 Jan 2009 to 20 Jan 2017; president 20 Jan 2021 to 20 Jan 2025

actor DICK_CHENEY
  name   Dick Cheney; Richard Cheney; Cheney
  code   USAGOV 20010120-20090120
  code   USAELI
  kind   person
  note   vice president 20 Jan 2001 to 20 Jan 2009. Secretary of Defense 1989-1993.

actor MIKE_PENCE
  name   Mike Pence; Pence
  code   USAGOV 20170120-20210120
  code   USAELI
  kind   person
  note   vice president 20 Jan 2017 to 20 Jan 2021

actor KAMALA_HARRIS
  name   Kamala Harris; Harris
  code   USAGOV 20210120-20250120
  code   USAELI
  kind   person
  note   vice president 20 Jan 2021 to 20 Jan 2025

actor JD_VANCE
  name   JD Vance; J.D. Vance; J. D. Vance; Vance
  code   USAGOV 20250120-
  code   USAELI
  kind   person
  note   vice president 20 Jan 2025 to today

actor MADELEINE_ALBRIGHT
  name   Madeleine Albright; Albright
  code   USAGOV 19970123-20010120
  code   USAELI
  kind   person
  note   secretary of state 23 Jan 1997 to 20 Jan 2001

actor COLIN_POWELL
  name   Colin Powell
  code   USAGOV 20010120-20050126
  code   USAELI
  kind   person
  note   secretary of state 20 Jan 2001 to 26 Jan 2005

actor CONDOLEEZZA_RICE
  name   Condoleezza Rice; Condoleeza Rice
  code   USAGOV 20010120-20090120
  code   USAELI
  kind   person
  note   national security adviser 20 Jan 2001 to 26 Jan 2005; secretary of state 26 Jan 2005 to 20 Jan 2009

actor HILLARY_CLINTON
  name   Hillary Clinton; Hillary Rodham Clinton; Hillary
  code   USAGOV 20090121-20130201
  code   USAELI
  kind   person
  note   secretary of state 21 Jan 2009 to 01 Feb 2013. Democratic candidate for president in 2016 (ELI).

actor JOHN_KERRY
  name   John Kerry; Kerry
  code   USAGOV 20130201-20170120
  code   USAGOV 20210120-20240313?
  code   USAELI
  kind   person
  note   secretary of state 01 Feb 2013 to 20 Jan 2017; climate envoy 20 Jan 2021 to 13 Mar 2024 (date uncertain). Left the climate envoy post in March 2024 (day uncertain).

actor REX_TILLERSON
  name   Rex Tillerson; Tillerson
  code   USAGOV 20170201-20180331
  code   USAELI
  kind   person
  note   secretary of state 01 Feb 2017 to 31 Mar 2018

actor MIKE_POMPEO
  name   Mike Pompeo; Michael Pompeo; Pompeo
  code   USAGOV 20170123-20210120
  code   USAELI
  kind   person
  note   CIA director 23 Jan 2017 to 26 Apr 2018; secretary of state 26 Apr 2018 to 20 Jan 2021

actor ANTONY_BLINKEN
  name   Antony Blinken; Tony Blinken; Blinken
  code   USAGOV 20210126-20250120
  code   USAELI
  kind   person
  note   secretary of state 26 Jan 2021 to 20 Jan 2025

actor MARCO_RUBIO
  name   Marco Rubio; Rubio
  code   USAGOV 20250121-
  code   USAELI
  kind   person
  note   secretary of state 21 Jan 2025 to today. Also acting national security adviser from 1 May 2025.

actor WILLIAM_COHEN
  name   William Cohen
  code   USAGOV 19970124-20010120
  code   USAELI
  kind   person
  note   secretary of defense 24 Jan 1997 to 20 Jan 2001

actor DONALD_RUMSFELD
  name   Donald Rumsfeld; Rumsfeld
  code   USAGOV 20010120-20061218
  code   USAELI
  kind   person
  note   secretary of defense 20 Jan 2001 to 18 Dec 2006

actor ROBERT_GATES
  name   Robert Gates
  code   USAGOV 20061218-20110630
  code   USAELI
  kind   person
  note   secretary of defense 18 Dec 2006 to 30 Jun 2011

actor LEON_PANETTA
  name   Leon Panetta; Panetta
  code   USAGOV 20090213-20130226
  code   USAELI
  kind   person
  note   CIA director 13 Feb 2009 to 30 Jun 2011; secretary of defense 01 Jul 2011 to 26 Feb 2013

actor CHUCK_HAGEL
  name   Chuck Hagel; Hagel
  code   USAGOV 20130227-20150217
  code   USAELI
  kind   person
  note   secretary of defense 27 Feb 2013 to 17 Feb 2015

actor ASH_CARTER
  name   Ash Carter; Ashton Carter
  code   USAGOV 20150217-20170120
  code   USAELI
  kind   person
  note   secretary of defense 17 Feb 2015 to 20 Jan 2017

actor JIM_MATTIS
  name   Jim Mattis; James Mattis; Mattis
  code   USAGOV 20170120-20190101
  code   USAELI
  kind   person
  note   secretary of defense 20 Jan 2017 to 01 Jan 2019

actor PATRICK_SHANAHAN
  name   Patrick Shanahan; Shanahan
  code   USAGOV 20190101-20190623
  code   USAELI
  kind   person
  note   acting secretary of defense 01 Jan 2019 to 23 Jun 2019

actor MARK_ESPER
  name   Mark Esper; Esper
  code   USAGOV 20190723-20201109
  code   USAELI
  kind   person
  note   secretary of defense 23 Jul 2019 to 09 Nov 2020

actor LLOYD_AUSTIN
  name   Lloyd Austin
  code   USAGOV 20210122-20250120
  code   USAELI
  kind   person
  note   secretary of defense 22 Jan 2021 to 20 Jan 2025

actor PETE_HEGSETH
  name   Pete Hegseth; Hegseth
  code   USAGOV 20250125-
  code   USAELI
  kind   person
  note   secretary of defense 25 Jan 2025 to today. Styled Secretary of War from September 2025.

actor JOHN_BOLTON
  name   John Bolton; Bolton
  code   USAGOV 20050801-20061209
  code   USAGOV 20180409-20190910
  code   USAELI
  kind   person
  note   UN ambassador 01 Aug 2005 to 09 Dec 2006; national security adviser 09 Apr 2018 to 10 Sep 2019

actor NIKKI_HALEY
  name   Nikki Haley
  code   USAGOV 20170125-20181231
  code   USAELI
  kind   person
  note   UN ambassador 25 Jan 2017 to 31 Dec 2018

actor JAKE_SULLIVAN
  name   Jake Sullivan
  code   USAGOV 20210120-20250120
  code   USAELI
  kind   person
  note   national security adviser 20 Jan 2021 to 20 Jan 2025

actor MIKE_WALTZ
  name   Mike Waltz; Michael Waltz; Waltz
  code   USAGOV 20250120-20250501
  code   USAGOV 20250919?-
  code   USAELI
  kind   person
  note   national security adviser 20 Jan 2025 to 01 May 2025; UN ambassador 19 Sep 2025 (date uncertain) to today. UN ambassador confirmation date uncertain.

actor STEVE_WITKOFF
  name   Steve Witkoff; Witkoff
  code   USAGOV 20250120-
  code   USAELI
  kind   person
  note   special envoy 20 Jan 2025 to today

actor NED_PRICE
  name   Ned Price
  code   USAGOV 20210120-20230331?
  code   USAELI
  kind   person
  note   State Department spokesman 20 Jan 2021 to 31 Mar 2023 (date uncertain)

actor MATTHEW_MILLER
  name   Matthew Miller
  code   USAGOV 20230501?-20250120
  code   USAELI
  kind   person
  note   State Department spokesman 01 May 2023 (date uncertain) to 20 Jan 2025

actor P_J_CROWLEY
  name   P.J. Crowley; PJ Crowley; P. J. Crowley; Crowley
  code   USAGOV 20090526?-20110313
  code   USAELI
  kind   person
  note   State Department spokesman 26 May 2009 (date uncertain) to 13 Mar 2011. Start date uncertain; resigned 13 March 2011.

actor MARK_TONER
  name   Mark Toner; Toner
  code   USAGOV 20110601?-20170120?
  code   USAELI
  kind   person
  note   State Department deputy spokesman 01 Jun 2011 (date uncertain) to 20 Jan 2017 (date uncertain). Dates uncertain.

actor JEAN_CHRETIEN
  name   Jean Chrétien; Jean Chretien; Chretien; Chrétien
  code   CANGOV 19931104-20031212
  code   CANELI
  kind   person
  note   prime minister 04 Nov 1993 to 12 Dec 2003

actor PAUL_MARTIN
  name   Paul Martin
  code   CANGOV 20031212-20060206
  code   CANELI
  kind   person
  note   prime minister 12 Dec 2003 to 06 Feb 2006

actor STEPHEN_HARPER
  name   Stephen Harper; Harper
  code   CANGOV 20060206-20151104
  code   CANELI
  kind   person
  note   prime minister 06 Feb 2006 to 04 Nov 2015

actor JUSTIN_TRUDEAU
  name   Justin Trudeau; Trudeau
  code   CANGOV 20151104-20250314
  code   CANELI
  kind   person
  note   prime minister 04 Nov 2015 to 14 Mar 2025

actor MARK_CARNEY
  name   Mark Carney; Carney
  code   CANGOV 20250314-
  code   CANELI
  kind   person
  note   prime minister 14 Mar 2025 to today. Governor of the Bank of Canada 2008-2013 and of the Bank of England 2013-2020.

actor CHRYSTIA_FREELAND
  name   Chrystia Freeland; Freeland
  code   CANGOV 20170110-20241216
  code   CANELI
  kind   person
  note   foreign minister 10 Jan 2017 to 20 Nov 2019; deputy prime minister 20 Nov 2019 to 16 Dec 2024

actor MELANIE_JOLY
  name   Mélanie Joly; Melanie Joly; Joly
  code   CANGOV 20211026-20250513
  code   CANELI
  kind   person
  note   foreign minister 26 Oct 2021 to 13 May 2025

actor ANITA_ANAND
  name   Anita Anand; Anand
  code   CANGOV 20211026-20230726
  code   CANGOV 20250513-
  code   CANELI
  kind   person
  note   defence minister 26 Oct 2021 to 26 Jul 2023; foreign minister 13 May 2025 to today

actor STEPHANE_DION
  name   Stéphane Dion; Stephane Dion
  code   CANGOV 20151104-20170110
  code   CANELI
  kind   person
  note   foreign minister 04 Nov 2015 to 10 Jan 2017

actor JOHN_BAIRD
  name   John Baird; Baird
  code   CANGOV 20110518-20150203
  code   CANELI
  kind   person
  note   foreign minister 18 May 2011 to 03 Feb 2015

actor BILL_BLAIR
  name   Bill Blair
  code   CANGOV 20230726-20250513?
  code   CANELI
  kind   person
  note   defence minister 26 Jul 2023 to 13 May 2025 (date uncertain)

actor HARJIT_SAJJAN
  name   Harjit Sajjan; Sajjan
  code   CANGOV 20151104-20211026
  code   CANELI
  kind   person
  note   defence minister 04 Nov 2015 to 26 Oct 2021

actor VICENTE_FOX
  name   Vicente Fox
  code   MEXGOV 20001201-20061130
  code   MEXELI
  kind   person
  note   president 01 Dec 2000 to 30 Nov 2006

actor FELIPE_CALDERON
  name   Felipe Calderón; Felipe Calderon; Calderon; Calderón
  code   MEXGOV 20061201-20121130
  code   MEXELI
  kind   person
  note   president 01 Dec 2006 to 30 Nov 2012

actor ENRIQUE_PENA_NIETO
  name   Enrique Peña Nieto; Enrique Pena Nieto; Pena Nieto; Peña Nieto
  code   MEXGOV 20121201-20181130
  code   MEXELI
  kind   person
  note   president 01 Dec 2012 to 30 Nov 2018

actor ANDRES_MANUEL_LOPEZ_OBRADOR
  name   Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; Lopez Obrador; López Obrador; AMLO
  code   MEXGOV 20181201-20240930
  code   MEXELI
  kind   person
  note   president 01 Dec 2018 to 30 Sep 2024

actor CLAUDIA_SHEINBAUM
  name   Claudia Sheinbaum; Sheinbaum
  code   MEXGOV 20241001-
  code   MEXELI
  kind   person
  note   president 01 Oct 2024 to today

actor MARCELO_EBRARD
  name   Marcelo Ebrard; Marcelo Ebrard Casaubón; Ebrard
  code   MEXGOV 20181201-20230612
  code   MEXGOV 20241001-
  code   MEXELI
  kind   person
  note   foreign minister 01 Dec 2018 to 12 Jun 2023; economy minister 01 Oct 2024 to today

actor JUAN_RAMON_DE_LA_FUENTE
  name   Juan Ramón de la Fuente; Juan Ramon de la Fuente
  code   MEXGOV 20241001-
  code   MEXELI
  kind   person
  note   foreign minister 01 Oct 2024 to today

actor FERNANDO_HENRIQUE_CARDOSO
  name   Fernando Henrique Cardoso; Cardoso
  code   BRAGOV 19950101-20021231
  code   BRAELI
  kind   person
  note   president 01 Jan 1995 to 31 Dec 2002

actor LUIZ_INACIO_LULA_DA_SILVA
  name   Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula
  code   BRAGOV 20030101-20101231
  code   BRAGOV 20230101-
  code   BRAELI
  kind   person
  note   president 01 Jan 2003 to 31 Dec 2010; president 01 Jan 2023 to today

actor DILMA_ROUSSEFF
  name   Dilma Rousseff; Rousseff; Dilma
  code   BRAGOV 20110101-20160831
  code   BRAELI
  kind   person
  note   president 01 Jan 2011 to 31 Aug 2016. Suspended 12 May 2016, removed by impeachment 31 August 2016.

actor MICHEL_TEMER
  name   Michel Temer; Temer
  code   BRAGOV 20110101-20181231
  code   BRAELI
  kind   person
  note   vice president 01 Jan 2011 to 12 May 2016; president 12 May 2016 to 31 Dec 2018. Acting president from 12 May 2016, president from 31 August 2016.

actor JAIR_BOLSONARO
  name   Jair Bolsonaro; Bolsonaro
  code   BRAGOV 20190101-20221231
  code   BRAELI
  kind   person
  note   president 01 Jan 2019 to 31 Dec 2022. Convicted in September 2025 of plotting a coup (ELI).

actor CELSO_AMORIM
  name   Celso Amorim; Amorim
  code   BRAGOV 20030101-20101231
  code   BRAGOV 20110804-20141231
  code   BRAGOV 20230101-
  code   BRAELI
  kind   person
  note   foreign minister 01 Jan 2003 to 31 Dec 2010; defence minister 04 Aug 2011 to 31 Dec 2014; foreign-policy adviser 01 Jan 2023 to today

actor MAURO_VIEIRA
  name   Mauro Vieira
  code   BRAGOV 20150101-20160512
  code   BRAGOV 20230101-
  code   BRAELI
  kind   person
  note   foreign minister 01 Jan 2015 to 12 May 2016; foreign minister 01 Jan 2023 to today

actor ERNESTO_ARAUJO
  name   Ernesto Araújo; Ernesto Araujo
  code   BRAGOV 20190101-20210329
  code   BRAELI
  kind   person
  note   foreign minister 01 Jan 2019 to 29 Mar 2021

actor NESTOR_KIRCHNER
  name   Néstor Kirchner; Nestor Kirchner
  code   ARGGOV 20030525-20071210
  code   ARGELI
  kind   person
  note   president 25 May 2003 to 10 Dec 2007

actor CRISTINA_FERNANDEZ_DE_KIRCHNER
  name   Cristina Fernández de Kirchner; Cristina Fernandez de Kirchner; Cristina Kirchner; Fernández de Kirchner; Fernandez de Kirchner
  code   ARGGOV 20071210-20151210
  code   ARGGOV 20191210-20231210
  code   ARGELI
  kind   person
  note   president 10 Dec 2007 to 10 Dec 2015; vice president 10 Dec 2019 to 10 Dec 2023

actor KIRCHNER
  name   Kirchner
  code   ARGGOV 20030525-20151210
  code   ARGELI
  kind   person
  note   president 25 May 2003 to 10 Dec 2015. Bare surname of Néstor and Cristina Kirchner (presidents in turn 2003-2015); she was vice president 2019-2023.

actor MAURICIO_MACRI
  name   Mauricio Macri; Macri
  code   ARGGOV 20151210-20191210
  code   ARGELI
  kind   person
  note   president 10 Dec 2015 to 10 Dec 2019

actor ALBERTO_FERNANDEZ
  name   Alberto Fernández; Alberto Fernandez
  code   ARGGOV 20191210-20231210
  code   ARGELI
  kind   person
  note   president 10 Dec 2019 to 10 Dec 2023

actor JAVIER_MILEI
  name   Javier Milei; Milei
  code   ARGGOV 20231210-
  code   ARGELI
  kind   person
  note   president 10 Dec 2023 to today

actor FERNANDO_DE_LA_RUA
  name   Fernando de la Rúa; Fernando de la Rua; De la Rua
  code   ARGGOV 19991210-20011221
  code   ARGELI
  kind   person
  note   president 10 Dec 1999 to 21 Dec 2001

actor EDUARDO_DUHALDE
  name   Eduardo Duhalde; Duhalde
  code   ARGGOV 20020102-20030525
  code   ARGELI
  kind   person
  note   president 02 Jan 2002 to 25 May 2003

actor HUGO_CHAVEZ
  name   Hugo Chávez; Hugo Chavez; Chavez; Chávez
  code   VENGOV 19990202-20130305
  code   VENELI
  kind   person
  note   president 02 Feb 1999 to 05 Mar 2013. Died in office 5 March 2013.

actor NICOLAS_MADURO
  name   Nicolás Maduro; Nicolas Maduro; Maduro
  code   VENGOV 20060809-20260103?
  code   VENELI
  kind   person
  note   foreign minister 09 Aug 2006 to 15 Jan 2013; vice president 13 Oct 2012 to 05 Mar 2013; president 05 Mar 2013 to 03 Jan 2026 (date uncertain). Foreign minister 2006-2013; acting president from Chávez's death, elected April 2013. Captured by US forces in Caracas on 3 January 2026 and taken to New York (reported; after our reliable knowledge, date uncertain).

actor DELCY_RODRIGUEZ
  name   Delcy Rodríguez; Delcy Rodriguez
  code   VENGOV 20141226-20170621
  code   VENGOV 20180614-
  code   VENELI
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
  code   VENGOV 20170802-20210812
  code   VENELI
  kind   person
  note   foreign minister 02 Aug 2017 to 12 Aug 2021

actor YVAN_GIL
  name   Yván Gil; Yvan Gil
  code   VENGOV 20230823?-
  code   VENELI
  kind   person
  note   foreign minister 23 Aug 2023 (date uncertain) to today

actor VLADIMIR_PADRINO_LOPEZ
  name   Vladimir Padrino López; Vladimir Padrino Lopez; Padrino López; Padrino Lopez
  code   VENGOV 20141024-
  code   VENELI
  kind   person
  note   defence minister 24 Oct 2014 to today

actor ANDRES_PASTRANA
  name   Andrés Pastrana; Andres Pastrana; Pastrana
  code   COLGOV 19980807-20020807
  code   COLELI
  kind   person
  note   president 07 Aug 1998 to 07 Aug 2002

actor ALVARO_URIBE
  name   Álvaro Uribe; Alvaro Uribe; Uribe
  code   COLGOV 20020807-20100807
  code   COLELI
  kind   person
  note   president 07 Aug 2002 to 07 Aug 2010

actor JUAN_MANUEL_SANTOS
  name   Juan Manuel Santos
  code   COLGOV 20060719-20090518
  code   COLGOV 20100807-20180807
  code   COLELI
  kind   person
  note   defence minister 19 Jul 2006 to 18 May 2009; president 07 Aug 2010 to 07 Aug 2018

actor IVAN_DUQUE
  name   Iván Duque; Ivan Duque; Duque
  code   COLGOV 20180807-20220807
  code   COLELI
  kind   person
  note   president 07 Aug 2018 to 07 Aug 2022

actor GUSTAVO_PETRO
  name   Gustavo Petro; Petro
  code   COLGOV 20220807-
  code   COLELI
  kind   person
  note   president 07 Aug 2022 to today

actor ALBERTO_FUJIMORI
  name   Alberto Fujimori; Fujimori
  code   PERGOV 19900728-20001122
  code   PERELI
  kind   person
  note   president 28 Jul 1990 to 22 Nov 2000

actor VALENTIN_PANIAGUA
  name   Valentín Paniagua; Valentin Paniagua
  code   PERGOV 20001122-20010728
  code   PERELI
  kind   person
  note   president 22 Nov 2000 to 28 Jul 2001

actor ALEJANDRO_TOLEDO
  name   Alejandro Toledo
  code   PERGOV 20010728-20060728
  code   PERELI
  kind   person
  note   president 28 Jul 2001 to 28 Jul 2006

actor ALAN_GARCIA
  name   Alan García; Alan Garcia
  code   PERGOV 20060728-20110728
  code   PERELI
  kind   person
  note   president 28 Jul 2006 to 28 Jul 2011

actor OLLANTA_HUMALA
  name   Ollanta Humala; Humala
  code   PERGOV 20110728-20160728
  code   PERELI
  kind   person
  note   president 28 Jul 2011 to 28 Jul 2016

actor PEDRO_PABLO_KUCZYNSKI
  name   Pedro Pablo Kuczynski; Kuczynski; PPK
  code   PERGOV 20160728-20180323
  code   PERELI
  kind   person
  note   president 28 Jul 2016 to 23 Mar 2018

actor MARTIN_VIZCARRA
  name   Martín Vizcarra; Martin Vizcarra; Vizcarra
  code   PERGOV 20180323-20201109
  code   PERELI
  kind   person
  note   president 23 Mar 2018 to 09 Nov 2020

actor MANUEL_MERINO
  name   Manuel Merino
  code   PERGOV 20201110-20201115
  code   PERELI
  kind   person
  note   president 10 Nov 2020 to 15 Nov 2020

actor FRANCISCO_SAGASTI
  name   Francisco Sagasti; Sagasti
  code   PERGOV 20201117-20210728
  code   PERELI
  kind   person
  note   president 17 Nov 2020 to 28 Jul 2021

actor PEDRO_CASTILLO
  name   Pedro Castillo
  code   PERGOV 20210728-20221207
  code   PERELI
  kind   person
  note   president 28 Jul 2021 to 07 Dec 2022

actor DINA_BOLUARTE
  name   Dina Boluarte; Boluarte
  code   PERGOV 20210728-20251010?
  code   PERELI
  kind   person
  note   vice president 28 Jul 2021 to 07 Dec 2022; president 07 Dec 2022 to 10 Oct 2025 (date uncertain). Removed by Congress in October 2025 (date uncertain).

actor JOSE_JERI
  name   José Jerí; Jose Jeri; Jerí; Jeri
  code   PERGOV 20251010?-
  code   PERELI
  kind   person
  note   president 10 Oct 2025 (date uncertain) to today. President of Congress; succeeded Boluarte (reported; uncertain).

actor JOSE_ANTONIO_GARCIA_BELAUNDE
  name   José Antonio García Belaúnde; Jose Antonio Garcia Belaunde; García Belaúnde; Garcia Belaunde
  code   PERGOV 20060728-20110728
  code   PERELI
  kind   person
  note   foreign minister 28 Jul 2006 to 28 Jul 2011. Peru's foreign minister at the 2009 OAS General Assembly.

actor RICARDO_MADURO
  name   Ricardo Maduro
  code   HNDGOV 20020127-20060127
  code   HNDELI
  kind   person
  note   president 27 Jan 2002 to 27 Jan 2006

actor MANUEL_ZELAYA
  name   Manuel Zelaya; Mel Zelaya; Zelaya
  code   HNDGOV 20060127-20090628
  code   HNDELI
  kind   person
  note   president 27 Jan 2006 to 28 Jun 2009. Ousted in a coup on 28 June 2009; ELI after (an opposition figure, returned 2011).

actor ROBERTO_MICHELETTI
  name   Roberto Micheletti; Micheletti
  code   HNDGOV 20090628-20100127
  code   HNDELI
  kind   person
  note   de facto president 28 Jun 2009 to 27 Jan 2010. Headed the government installed after the 2009 coup.

actor PORFIRIO_LOBO
  name   Porfirio Lobo; Pepe Lobo
  code   HNDGOV 20100127-20140127
  code   HNDELI
  kind   person
  note   president 27 Jan 2010 to 27 Jan 2014

actor JUAN_ORLANDO_HERNANDEZ
  name   Juan Orlando Hernández; Juan Orlando Hernandez
  code   HNDGOV 20140127-20220127
  code   HNDELI
  kind   person
  note   president 27 Jan 2014 to 27 Jan 2022. Extradited to the US 2022, convicted 2024; pardoned by Trump in December 2025 (reported, uncertain).

actor XIOMARA_CASTRO
  name   Xiomara Castro
  code   HNDGOV 20220127-20260127?
  code   HNDELI
  kind   person
  note   president 27 Jan 2022 to 27 Jan 2026 (date uncertain). Her term ends 27 January 2026; the November 2025 election's winner (Nasry Asfura, uncertain) succeeds her.

actor JOSE_MIGUEL_INSULZA
  name   José Miguel Insulza; Jose Miguel Insulza; Insulza
  code   IGOOAS 20050526-20150526
  code   CHLELI
  kind   person
  note   OAS secretary-general 26 May 2005 to 26 May 2015. Chilean; coded as the OAS while in office.

actor LUIS_ALMAGRO
  name   Luis Almagro; Almagro
  code   IGOOAS 20150526-20250530?
  code   URYELI
  kind   person
  note   OAS secretary-general 26 May 2015 to 30 May 2025 (date uncertain). Uruguayan; foreign minister of Uruguay 2010-2015.

actor FIDEL_CASTRO
  name   Fidel Castro; Fidel
  code   CUBGOV 19761202-20080224
  code   CUBELI
  kind   person
  note   president 02 Dec 1976 to 24 Feb 2008. Handed power to his brother provisionally on 31 July 2006, formally 24 February 2008; died 25 November 2016.

actor RAUL_CASTRO
  name   Raúl Castro; Raul Castro
  code   CUBGOV 19591016-20210419
  code   CUBELI
  kind   person
  note   defence minister 16 Oct 1959 to 24 Feb 2008; president 31 Jul 2006 to 19 Apr 2018; party first secretary 19 Apr 2011 to 19 Apr 2021

actor CASTRO
  name   Castro
  code   CUBGOV 19761202-20180419
  code   CUBELI
  kind   person
  note   president 02 Dec 1976 to 19 Apr 2018. The bare surname of Fidel and Raúl Castro, who ruled Cuba in turn.

actor MIGUEL_DIAZ_CANEL
  name   Miguel Díaz-Canel; Miguel Diaz-Canel; Diaz-Canel; Díaz-Canel
  code   CUBGOV 20180419-
  code   CUBELI
  kind   person
  note   president 19 Apr 2018 to today

actor BRUNO_RODRIGUEZ_PARRILLA
  name   Bruno Rodríguez Parrilla; Bruno Rodriguez Parrilla; Bruno Rodríguez; Bruno Rodriguez
  code   CUBGOV 20090302-
  code   CUBELI
  kind   person
  note   foreign minister 02 Mar 2009 to today

actor RICARDO_LAGOS
  name   Ricardo Lagos
  code   CHLGOV 20000311-20060311
  code   CHLELI
  kind   person
  note   president 11 Mar 2000 to 11 Mar 2006

actor MICHELLE_BACHELET
  name   Michelle Bachelet; Michelle Bachelet Jeria; Bachelet
  code   CHLGOV 20060311-20100311
  code   CHLGOV 20140311-20180311
  code   IGOUNOHRC 20180901-20220831
  code   CHLELI
  kind   person
  note   president 11 Mar 2006 to 11 Mar 2010; president 11 Mar 2014 to 11 Mar 2018; UN High Commissioner for Human Rights 01 Sep 2018 to 31 Aug 2022

actor SEBASTIAN_PINERA
  name   Sebastián Piñera; Sebastian Pinera; Piñera; Pinera
  code   CHLGOV 20100311-20140311
  code   CHLGOV 20180311-20220311
  code   CHLELI
  kind   person
  note   president 11 Mar 2010 to 11 Mar 2014; president 11 Mar 2018 to 11 Mar 2022

actor GABRIEL_BORIC
  name   Gabriel Boric; Boric
  code   CHLGOV 20220311-
  code   CHLELI
  kind   person
  note   president 11 Mar 2022 to today

actor EVO_MORALES
  name   Evo Morales; Morales
  code   BOLGOV 20060122-20191110
  code   BOLELI
  kind   person
  note   president 22 Jan 2006 to 10 Nov 2019

actor JEANINE_ANEZ
  name   Jeanine Áñez; Jeanine Anez
  code   BOLGOV 20191112-20201108
  code   BOLELI
  kind   person
  note   interim president 12 Nov 2019 to 08 Nov 2020

actor LUIS_ARCE
  name   Luis Arce; Arce
  code   BOLGOV 20201108-20251108?
  code   BOLELI
  kind   person
  note   president 08 Nov 2020 to 08 Nov 2025 (date uncertain). Rodrigo Paz won the 2025 runoff (October 2025).

actor RODRIGO_PAZ
  name   Rodrigo Paz
  code   BOLGOV 20251108?-
  code   BOLELI
  kind   person
  note   president 08 Nov 2025 (date uncertain) to today

actor RAFAEL_CORREA
  name   Rafael Correa; Correa
  code   ECUGOV 20070115-20170524
  code   ECUELI
  kind   person
  note   president 15 Jan 2007 to 24 May 2017

actor LENIN_MORENO
  name   Lenín Moreno; Lenin Moreno
  code   ECUGOV 20170524-20210524
  code   ECUELI
  kind   person
  note   president 24 May 2017 to 24 May 2021

actor GUILLERMO_LASSO
  name   Guillermo Lasso; Lasso
  code   ECUGOV 20210524-20231123
  code   ECUELI
  kind   person
  note   president 24 May 2021 to 23 Nov 2023

actor DANIEL_NOBOA
  name   Daniel Noboa; Noboa
  code   ECUGOV 20231123-
  code   ECUELI
  kind   person
  note   president 23 Nov 2023 to today

actor DANIEL_ORTEGA
  name   Daniel Ortega; Ortega
  code   NICGOV 20070110-
  code   NICELI
  kind   person
  note   president 10 Jan 2007 to today

actor ROSARIO_MURILLO
  name   Rosario Murillo; Murillo
  code   NICGOV 20170110-
  code   NICELI
  kind   person
  note   vice president 10 Jan 2017 to 18 Feb 2025 (date uncertain); co-president 18 Feb 2025 (date uncertain) to today

actor NAYIB_BUKELE
  name   Nayib Bukele; Bukele
  code   SLVGOV 20190601-
  code   SLVELI
  kind   person
  note   president 01 Jun 2019 to today

actor BERNARDO_AREVALO
  name   Bernardo Arévalo; Bernardo Arevalo
  code   GTMGOV 20240114-
  code   GTMELI
  kind   person
  note   president 14 Jan 2024 to today

actor ALEJANDRO_GIAMMATTEI
  name   Alejandro Giammattei; Giammattei
  code   GTMGOV 20200114-20240114
  code   GTMELI
  kind   person
  note   president 14 Jan 2020 to 14 Jan 2024

actor JOSE_RAUL_MULINO
  name   José Raúl Mulino; Jose Raul Mulino; Mulino
  code   PANGOV 20240701-
  code   PANELI
  kind   person
  note   president 01 Jul 2024 to today

actor JEAN_BERTRAND_ARISTIDE
  name   Jean-Bertrand Aristide; Aristide
  code   HTIGOV 20010207-20040229
  code   HTIELI
  kind   person
  note   president 07 Feb 2001 to 29 Feb 2004

actor RENE_PREVAL
  name   René Préval; Rene Preval; Preval
  code   HTIGOV 20060514-20110514
  code   HTIELI
  kind   person
  note   president 14 May 2006 to 14 May 2011

actor MICHEL_MARTELLY
  name   Michel Martelly; Martelly
  code   HTIGOV 20110514-20160207
  code   HTIELI
  kind   person
  note   president 14 May 2011 to 07 Feb 2016

actor JOVENEL_MOISE
  name   Jovenel Moïse; Jovenel Moise
  code   HTIGOV 20170207-20210707
  code   HTIELI
  kind   person
  note   president 07 Feb 2017 to 07 Jul 2021. Assassinated 7 July 2021.

actor ARIEL_HENRY
  name   Ariel Henry
  code   HTIGOV 20210720-20240425
  code   HTIELI
  kind   person
  note   prime minister 20 Jul 2021 to 25 Apr 2024

actor JOSE_MUJICA
  name   José Mujica; Jose Mujica; Pepe Mujica
  code   URYGOV 20100301-20150301
  code   URYELI
  kind   person
  note   president 01 Mar 2010 to 01 Mar 2015

actor YAMANDU_ORSI
  name   Yamandú Orsi; Yamandu Orsi
  code   URYGOV 20250301-
  code   URYELI
  kind   person
  note   president 01 Mar 2025 to today

actor SANTIAGO_PENA
  name   Santiago Peña; Santiago Pena
  code   PRYGOV 20230815-
  code   PRYELI
  kind   person
  note   president 15 Aug 2023 to today

actor LUIS_ABINADER
  name   Luis Abinader; Abinader
  code   DOMGOV 20200816-
  code   DOMELI
  kind   person
  note   president 16 Aug 2020 to today

actor JEROME_POWELL
  name   Jerome Powell; Jay Powell
  code   USAGOV 20180205-
  code   USAELI
  kind   person
  note   Federal Reserve chair 05 Feb 2018 to today. The central bank is GOV (agents.tac).

actor ALICIA_BARCENA
  name   Alicia Bárcena; Alicia Barcena
  code   MEXGOV 20230703-20240930
  code   MEXELI
  kind   person
  note   foreign minister 03 Jul 2023 to 30 Sep 2024

actor DIANA_MONDINO
  name   Diana Mondino; Mondino
  code   ARGGOV 20231210-20241030
  code   ARGELI
  kind   person
  note   foreign minister 10 Dec 2023 to 30 Oct 2024

actor GERARDO_WERTHEIN
  name   Gerardo Werthein; Werthein
  code   ARGGOV 20241030-20251021?
  code   ARGELI
  kind   person
  note   foreign minister 30 Oct 2024 to 21 Oct 2025 (date uncertain)

actor SANTIAGO_CAFIERO
  name   Santiago Cafiero; Cafiero
  code   ARGGOV 20210920-20231210
  code   ARGELI
  kind   person
  note   foreign minister 20 Sep 2021 to 10 Dec 2023

actor PATRICIA_BULLRICH
  name   Patricia Bullrich; Bullrich
  code   ARGGOV 20151210-20191210
  code   ARGGOV 20231210-20251210?
  code   ARGELI
  kind   person
  note   security minister 10 Dec 2015 to 10 Dec 2019; security minister 10 Dec 2023 to 10 Dec 2025 (date uncertain)

actor PETER_MACKAY
  name   Peter MacKay; MacKay
  code   CANGOV 20040720?-20060206
  code   CANGOV 20070814-20130715
  code   CANELI
  kind   person
  note   foreign minister 20 Jul 2004 (date uncertain) to 06 Feb 2006; defence minister 14 Aug 2007 to 15 Jul 2013

actor LLOYD_AXWORTHY
  name   Lloyd Axworthy; Axworthy
  code   CANGOV 19960125-20001017
  code   CANELI
  kind   person
  note   foreign minister 25 Jan 1996 to 17 Oct 2000

actor DAVID_MCGUINTY
  name   David McGuinty
  code   CANGOV 20250513?-
  code   CANELI
  kind   person
  note   defence minister 13 May 2025 (date uncertain) to today

actor RAFAEL_LOPEZ_ALIAGA
  name   Rafael López Aliaga; Rafael Lopez Aliaga
  code   PEROPP
  kind   person
  note   Mayor of Lima 2023-2025; presidential candidate.

actor ALBERTO_VAN_KLAVEREN
  name   Alberto van Klaveren; van Klaveren
  code   CHLGOV 20230310-
  code   CHLELI
  kind   person
  note   foreign minister 10 Mar 2023 to today

actor RODRIGO_CHAVES
  name   Rodrigo Chaves; Chaves
  code   CRIGOV 20220508-
  code   CRIELI
  kind   person
  note   president 08 May 2022 to today

actor OSCAR_ARIAS
  name   Óscar Arias; Oscar Arias
  code   CRIGOV 20060508-20100508
  code   CRIELI
  kind   person
  note   president 08 May 2006 to 08 May 2010

actor DANILO_MEDINA
  name   Danilo Medina
  code   DOMGOV 20120816-20200816
  code   DOMELI
  kind   person
  note   president 16 Aug 2012 to 16 Aug 2020

actor LEONEL_FERNANDEZ
  name   Leonel Fernández; Leonel Fernandez
  code   DOMGOV 20040816-20120816
  code   DOMELI
  kind   person
  note   president 16 Aug 2004 to 16 Aug 2012

actor OTTO_PEREZ_MOLINA
  name   Otto Pérez Molina; Otto Perez Molina
  code   GTMGOV 20120114-20150903
  code   GTMELI
  kind   person
  note   president 14 Jan 2012 to 03 Sep 2015

actor JIMMY_MORALES
  name   Jimmy Morales
  code   GTMGOV 20160114-20200114
  code   GTMELI
  kind   person
  note   president 14 Jan 2016 to 14 Jan 2020

actor GARRY_CONILLE
  name   Garry Conille; Conille
  code   HTIGOV 20111018-20120501
  code   HTIGOV 20240603-20241110
  code   HTIELI
  kind   person
  note   prime minister 18 Oct 2011 to 01 May 2012; prime minister 03 Jun 2024 to 10 Nov 2024

actor ALIX_DIDIER_FILS_AIME
  name   Alix Didier Fils-Aimé; Alix Didier Fils-Aime; Fils-Aimé; Fils-Aime
  code   HTIGOV 20241112-
  code   HTIELI
  kind   person
  note   prime minister 12 Nov 2024 to today

actor ANDREW_HOLNESS
  name   Andrew Holness; Holness
  code   JAMGOV 20111023-20120105
  code   JAMGOV 20160303-
  code   JAMELI
  kind   person
  note   prime minister 23 Oct 2011 to 05 Jan 2012; prime minister 03 Mar 2016 to today

actor KAMLA_PERSAD_BISSESSAR
  name   Kamla Persad-Bissessar; Persad-Bissessar
  code   TTOGOV 20100526-20150909
  code   TTOGOV 20250501-
  code   TTOELI
  kind   person
  note   prime minister 26 May 2010 to 09 Sep 2015; prime minister 01 May 2025 to today

actor MIA_MOTTLEY
  name   Mia Mottley; Mottley
  code   BRBGOV 20180525-
  code   BRBELI
  kind   person
  note   prime minister 25 May 2018 to today

actor IRFAAN_ALI
  name   Irfaan Ali
  code   GUYGOV 20200802-
  code   GUYELI
  kind   person
  note   president 02 Aug 2020 to today

actor JENNIFER_GEERLINGS_SIMONS
  name   Jennifer Geerlings-Simons; Geerlings-Simons
  code   SURGOV 20250716?-
  code   SURELI
  kind   person
  note   president 16 Jul 2025 (date uncertain) to today

actor MARIO_ABDO_BENITEZ
  name   Mario Abdo Benítez; Mario Abdo Benitez
  code   PRYGOV 20180815-20230815
  code   PRYELI
  kind   person
  note   president 15 Aug 2018 to 15 Aug 2023

actor LUIS_LACALLE_POU
  name   Luis Lacalle Pou; Lacalle Pou
  code   URYGOV 20200301-20250301
  code   URYELI
  kind   person
  note   president 01 Mar 2020 to 01 Mar 2025

actor TABARE_VAZQUEZ
  name   Tabaré Vázquez; Tabare Vazquez
  code   URYGOV 20050301-20100301
  code   URYGOV 20150301-20200301
  code   URYELI
  kind   person
  note   president 01 Mar 2005 to 01 Mar 2010; president 01 Mar 2015 to 01 Mar 2020

actor LUCIO_GUTIERREZ
  name   Lucio Gutiérrez; Lucio Gutierrez
  code   ECUGOV 20030115-20050420
  code   ECUELI
  kind   person
  note   president 15 Jan 2003 to 20 Apr 2005

actor LAURENTINO_CORTIZO
  name   Laurentino Cortizo; Cortizo
  code   PANGOV 20190701-20240701
  code   PANELI
  kind   person
  note   president 01 Jul 2019 to 01 Jul 2024

actor RICARDO_MARTINELLI
  name   Ricardo Martinelli; Martinelli
  code   PANGOV 20090701-20140701
  code   PANELI
  kind   person
  note   president 01 Jul 2009 to 01 Jul 2014

actor MAURICIO_FUNES
  name   Mauricio Funes; Funes
  code   SLVGOV 20090601-20140601
  code   SLVELI
  kind   person
  note   president 01 Jun 2009 to 01 Jun 2014

actor ENRIQUE_BOLANOS
  name   Enrique Bolaños; Enrique Bolanos
  code   NICGOV 20020110-20070110
  code   NICELI
  kind   person
  note   president 10 Jan 2002 to 10 Jan 2007

actor NASRY_ASFURA
  name   Nasry Asfura; Asfura
  code   HNDGOV 20260127?-
  code   HNDELI
  kind   person
  note   president 27 Jan 2026 (date uncertain) to today. Declared winner of the November 2025 election (reported; uncertain).

actor PATRICIA_RODAS
  name   Patricia Rodas; Rodas
  code   HNDGOV 20060127?-20090628
  code   HNDELI
  kind   person
  note   foreign minister 27 Jan 2006 (date uncertain) to 28 Jun 2009. Foreign minister at the time of the June 2009 coup; detained and expelled to Mexico.

actor RAFAEL_RONCAGLIOLO
  name   Rafael Roncagliolo
  code   PERGOV 20110728-20130514
  code   PERELI
  kind   person
  note   foreign minister 28 Jul 2011 to 14 May 2013

actor JAVIER_GONZALEZ_OLAECHEA
  name   Javier González-Olaechea
  code   PERGOV 20231010?-20240919?
  code   PERELI
  kind   person
  note   foreign minister 10 Oct 2023 (date uncertain) to 19 Sep 2024 (date uncertain)

actor ELMER_SCHIALER
  name   Elmer Schialer
  code   PERGOV 20240919?-
  code   PERELI
  kind   person
  note   foreign minister 19 Sep 2024 (date uncertain) to today

actor OMAR_GARCIA_HARFUCH
  name   Omar García Harfuch; Omar Garcia Harfuch; Garcia Harfuch
  code   MEXGOV 20241001-
  code   MEXELI
  kind   person
  note   security minister 01 Oct 2024 to today

actor JOSE_MUCIO
  name   José Múcio; Jose Mucio; Múcio; Mucio
  code   BRAGOV 20230101-
  code   BRAELI
  kind   person
  note   defence minister 01 Jan 2023 to today

actor LUIS_PETRI
  name   Luis Petri; Petri
  code   ARGGOV 20231210-20251210?
  code   ARGELI
  kind   person
  note   defence minister 10 Dec 2023 to 10 Dec 2025 (date uncertain)

actor SHARED_CLINTON
  name   Clinton
  code   USAGOV 19930120-20010120
  code   USAGOV 20090121-20130201
  code   USAELI
  kind   person
  note   The bare name 'Clinton' is shared by Bill Clinton, Hillary Clinton; coded GOV while any of them held office.

actor SHARED_POWELL
  name   Powell
  code   USAGOV 20010120-20050126
  code   USAGOV 20180205-
  code   USAELI
  kind   person
  note   The bare name 'Powell' is shared by Colin Powell, Jerome Powell; coded GOV while any of them held office.
