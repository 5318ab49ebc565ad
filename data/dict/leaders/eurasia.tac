# leaders/eurasia.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor BORIS_YELTSIN
  name   Boris Yeltsin; Yeltsin
  code   RUSELI -19910709
  code   RUSGOV 19910710-19991231
  code   RUSELI 20000101-
  code   RUSELI
  kind   person
  note   president 10 Jul 1991 to 31 Dec 1999. Died 23 April 2007.

actor VLADIMIR_PUTIN
  name   Vladimir Putin; Vladimir Vladimirovich Putin; Putin; President Putin
  code   RUSELI -19990815
  code   RUSGOV 19990816-
  code   RUSGOV
  kind   person
  note   prime minister 16 Aug 1999 to 31 Dec 1999; president 31 Dec 1999 to 07 May 2008; prime minister 08 May 2008 to 07 May 2012; president 07 May 2012 to today. Acting president from 31 December 1999, elected March 2000.

actor DMITRY_MEDVEDEV
  name   Dmitry Medvedev; Dmitri Medvedev; Dmitriy Medvedev; Medvedev
  code   RUSELI -20051113
  code   RUSGOV 20051114-
  code   RUSGOV
  kind   person
  note   first deputy prime minister 14 Nov 2005 to 07 May 2008; president 07 May 2008 to 07 May 2012; prime minister 08 May 2012 to 16 Jan 2020; security council deputy chairman 16 Jan 2020 to today

actor MIKHAIL_KASYANOV
  name   Mikhail Kasyanov; Kasyanov
  code   RUSELI -20000506
  code   RUSGOV 20000507-20040224
  code   RUSELI 20040225-
  code   RUSELI
  kind   person
  note   prime minister 07 May 2000 to 24 Feb 2004. Opposition politician after office.

actor MIKHAIL_FRADKOV
  name   Mikhail Fradkov; Fradkov
  code   RUSELI -20040304
  code   RUSGOV 20040305-20070914
  code   RUSELI 20070915-20071005
  code   RUSGOV 20071006-20161005
  code   RUSELI 20161006-
  code   RUSELI
  kind   person
  note   prime minister 05 Mar 2004 to 14 Sep 2007; foreign intelligence chief 06 Oct 2007 to 05 Oct 2016

actor VIKTOR_ZUBKOV
  name   Viktor Zubkov; Zubkov
  code   RUSELI -20070913
  code   RUSGOV 20070914-20080507
  code   RUSELI 20080508-
  code   RUSELI
  kind   person
  note   prime minister 14 Sep 2007 to 07 May 2008

actor MIKHAIL_MISHUSTIN
  name   Mikhail Mishustin; Mishustin
  code   RUSELI -20200115
  code   RUSGOV 20200116-
  code   RUSGOV
  kind   person
  note   prime minister 16 Jan 2020 to today

actor IGOR_IVANOV
  name   Igor Ivanov
  code   RUSELI -19980910
  code   RUSGOV 19980911-20070709
  code   RUSELI 20070710-
  code   RUSELI
  kind   person
  note   foreign minister 11 Sep 1998 to 09 Mar 2004; security council secretary 09 Mar 2004 to 09 Jul 2007

actor SERGEY_LAVROV
  name   Sergey Lavrov; Sergei Lavrov; Lavrov
  code   RUSELI -20040308
  code   RUSGOV 20040309-
  code   RUSGOV
  kind   person
  note   foreign minister 09 Mar 2004 to today

actor IGOR_SERGEYEV
  name   Igor Sergeyev
  code   RUSELI -19970521
  code   RUSGOV 19970522-20010328
  code   RUSELI 20010329-
  code   RUSELI
  kind   person
  note   defence minister 22 May 1997 to 28 Mar 2001

actor SERGEI_IVANOV
  name   Sergei Ivanov; Sergey Ivanov
  code   RUSELI -20010327
  code   RUSGOV 20010328-20080512
  code   RUSELI 20080513-20111221
  code   RUSGOV 20111222-20160812
  code   RUSELI 20160813-
  code   RUSELI
  kind   person
  note   defence minister 28 Mar 2001 to 15 Feb 2007; first deputy prime minister 15 Feb 2007 to 12 May 2008; presidential chief of staff 22 Dec 2011 to 12 Aug 2016

actor ANATOLY_SERDYUKOV
  name   Anatoly Serdyukov; Anatoliy Serdyukov; Serdyukov
  code   RUSELI -20070214
  code   RUSGOV 20070215-20121106
  code   RUSELI 20121107-
  code   RUSELI
  kind   person
  note   defence minister 15 Feb 2007 to 06 Nov 2012

actor SERGEI_SHOIGU
  name   Sergei Shoigu; Sergey Shoigu; Shoigu
  code   RUSELI -20121105
  code   RUSGOV 20121106-
  code   RUSGOV
  kind   person
  note   defence minister 06 Nov 2012 to 12 May 2024; security council secretary 12 May 2024 to today

actor ANDREI_BELOUSOV
  name   Andrei Belousov; Andrey Belousov; Belousov
  code   RUSELI -20200120
  code   RUSGOV 20200121-20240512
  code   RUSELI 20240513-20240513
  code   RUSGOV 20240514-
  code   RUSGOV
  kind   person
  note   first deputy prime minister 21 Jan 2020 to 12 May 2024; defence minister 14 May 2024 to today

actor VALERY_GERASIMOV
  name   Valery Gerasimov; Valeriy Gerasimov; Gerasimov
  code   RUSELI -20121108
  code   RUSMIL 20121109-
  code   RUSMIL
  kind   person
  note   chief of the general staff 09 Nov 2012 to today

actor IGOR_KONASHENKOV
  name   Igor Konashenkov; Konashenkov
  code   RUSELI -20161231?
  code   RUSMIL 20170101?-
  code   RUSMIL
  kind   person
  note   defence ministry spokesman 01 Jan 2017 (date uncertain) to today. Spokesman since about 2017 (start date uncertain).

actor DMITRY_PESKOV
  name   Dmitry Peskov; Dmitri Peskov; Peskov
  code   RUSELI -20120521
  code   RUSGOV 20120522-
  code   RUSGOV
  kind   person
  note   Kremlin spokesman 22 May 2012 to today

actor MARIA_ZAKHAROVA
  name   Maria Zakharova; Zakharova
  code   RUSELI -20150809
  code   RUSGOV 20150810-
  code   RUSGOV
  kind   person
  note   foreign ministry spokeswoman 10 Aug 2015 to today

actor NIKOLAI_PATRUSHEV
  name   Nikolai Patrushev; Patrushev
  code   RUSELI -19990808
  code   RUSGOV 19990809-
  code   RUSGOV
  kind   person
  note   FSB director 09 Aug 1999 to 12 May 2008; security council secretary 12 May 2008 to 14 May 2024; presidential aide 14 May 2024 to today

actor YURI_USHAKOV
  name   Yuri Ushakov; Ushakov
  code   RUSELI -20120520
  code   RUSGOV 20120521-
  code   RUSGOV
  kind   person
  note   presidential aide 21 May 2012 to today

actor VASILY_NEBENZYA
  name   Vasily Nebenzya; Vassily Nebenzia; Nebenzya; Nebenzia
  code   RUSELI -20170726
  code   RUSGOV 20170727-
  code   RUSGOV
  kind   person
  note   UN ambassador 27 Jul 2017 to today

actor VITALY_CHURKIN
  name   Vitaly Churkin; Churkin
  code   RUSELI -20060407
  code   RUSGOV 20060408-20170220
  code   RUSELI 20170221-
  code   RUSELI
  kind   person
  note   UN ambassador 08 Apr 2006 to 20 Feb 2017. Died 20 February 2017.

actor KIRILL_DMITRIEV
  name   Kirill Dmitriev
  code   RUSELI -20250222?
  code   RUSGOV 20250223?-
  code   RUSGOV
  kind   person
  note   special envoy 23 Feb 2025 (date uncertain) to today. Head of the Russian Direct Investment Fund since 2011; Putin's envoy for economic cooperation from February 2025 (date uncertain).

actor ALEXEI_NAVALNY
  name   Alexei Navalny; Alexey Navalny; Navalny
  code   RUSOPP
  kind   person
  note   Opposition leader; died in an Arctic prison on 16 February 2024.

actor YEVGENY_PRIGOZHIN
  name   Yevgeny Prigozhin; Yevgeniy Prigozhin; Prigozhin
  code   RUSBUS -20140430?
  code   RUSMIL 20140501?-20230823
  code   RUSBUS 20230824-
  code   RUSBUS
  kind   person
  note   Wagner Group chief 01 May 2014 (date uncertain) to 23 Aug 2023. Wagner's founder; killed in a plane crash on 23 August 2023.

actor NURSULTAN_NAZARBAYEV
  name   Nursultan Nazarbayev; Nazarbayev
  code   KAZELI -19900423
  code   KAZGOV 19900424-20220105
  code   KAZELI 20220106-
  code   KAZELI
  kind   person
  note   president 24 Apr 1990 to 20 Mar 2019; security council chairman 20 Mar 2019 to 05 Jan 2022

actor KASSYM_JOMART_TOKAYEV
  name   Kassym-Jomart Tokayev; Kassym-Zhomart Tokayev; Tokayev
  code   KAZELI -20190319
  code   KAZGOV 20190320-
  code   KAZGOV
  kind   person
  note   president 20 Mar 2019 to today

actor ISLAM_KARIMOV
  name   Islam Karimov; Karimov
  code   UZBELI -19900323
  code   UZBGOV 19900324-20160902
  code   UZBELI 20160903-
  code   UZBELI
  kind   person
  note   president 24 Mar 1990 to 02 Sep 2016. Died 2 September 2016.

actor SHAVKAT_MIRZIYOYEV
  name   Shavkat Mirziyoyev; Mirziyoyev
  code   UZBELI -20031211
  code   UZBGOV 20031212-
  code   UZBGOV
  kind   person
  note   prime minister 12 Dec 2003 to 08 Sep 2016; president 08 Sep 2016 to today

actor SADYR_JAPAROV
  name   Sadyr Japarov; Sadyr Zhaparov; Japarov
  code   KGZELI -20210127
  code   KGZGOV 20210128-
  code   KGZGOV
  kind   person
  note   president 28 Jan 2021 to today

actor EMOMALI_RAHMON
  name   Emomali Rahmon; Emomali Rakhmonov; Rahmon
  code   TJKELI -19941115
  code   TJKGOV 19941116-
  code   TJKGOV
  kind   person
  note   president 16 Nov 1994 to today

actor GURBANGULY_BERDIMUHAMEDOW
  name   Gurbanguly Berdimuhamedow; Gurbanguly Berdymukhamedov
  code   TKMELI -20061220
  code   TKMGOV 20061221-20220319
  code   TKMELI 20220320-
  code   TKMELI
  kind   person
  note   president 21 Dec 2006 to 19 Mar 2022

actor SERDAR_BERDIMUHAMEDOW
  name   Serdar Berdimuhamedow; Serdar Berdymukhamedov
  code   TKMELI -20220318
  code   TKMGOV 20220319-
  code   TKMGOV
  kind   person
  note   president 19 Mar 2022 to today

actor SAPARMURAT_NIYAZOV
  name   Saparmurat Niyazov; Niyazov
  code   TKMELI -19901026
  code   TKMGOV 19901027-20061221
  code   TKMELI 20061222-
  code   TKMELI
  kind   person
  note   president 27 Oct 1990 to 21 Dec 2006. Died 21 December 2006.

actor UKHNAAGIIN_KHURELSUKH
  name   Ukhnaagiin Khürelsükh; Ukhnaa Khurelsukh; Khurelsukh
  code   MNGELI -20171003
  code   MNGGOV 20171004-20210127
  code   MNGELI 20210128-20210624
  code   MNGGOV 20210625-
  code   MNGGOV
  kind   person
  note   prime minister 04 Oct 2017 to 27 Jan 2021; president 25 Jun 2021 to today
