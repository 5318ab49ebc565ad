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
  code   KAZELI -19941012?
  code   KAZGOV 19941013?-20110315?
  code   KAZELI 20110316?-20131015?
  code   KAZGOV 20131016?-
  code   KAZGOV
  kind   person
  note   foreign minister 13 Oct 1994 (date uncertain) to 01 Oct 1999; prime minister 01 Oct 1999 to 28 Jan 2002; foreign minister 28 Jan 2002 to 10 Jan 2007 (date uncertain); senate chairman 11 Jan 2007 (date uncertain) to 15 Mar 2011 (date uncertain); senate chairman 16 Oct 2013 (date uncertain) to 19 Mar 2019; president 20 Mar 2019 to today. UN Geneva director-general 2011-2013 (ELI here). Dates marked uncertain are known to the month or year only.

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
  code   KGZELI -20201009
  code   KGZGOV 20201010-20201114
  code   KGZELI 20201115-20210127
  code   KGZGOV 20210128-
  code   KGZGOV
  kind   person
  note   prime minister 10 Oct 2020 to 14 Nov 2020; acting president 16 Oct 2020 to 14 Nov 2020; president 28 Jan 2021 to today

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

# ---- added by lead-asia (asia1)

actor IMANGALI_TASMAGAMBETOV
  name   Imangali Tasmagambetov; Tasmagambetov
  code   KAZELI -20020127
  code   KAZGOV 20020128-20030611
  code   KAZELI 20030612-20141021?
  code   KAZGOV 20141022?-20160913?
  code   KAZELI 20160914?-
  code   KAZELI
  kind   person
  note   prime minister 28 Jan 2002 to 11 Jun 2003; defence minister 22 Oct 2014 (date uncertain) to 13 Sep 2016 (date uncertain). Dates marked uncertain are known to the month or year only.

actor DANIYAL_AKHMETOV
  name   Daniyal Akhmetov
  code   KAZELI -20030612
  code   KAZGOV 20030613-20070108
  code   KAZELI 20070109-20070109?
  code   KAZGOV 20070110?-20090610?
  code   KAZELI 20090611?-
  code   KAZELI
  kind   person
  note   prime minister 13 Jun 2003 to 08 Jan 2007; defence minister 10 Jan 2007 (date uncertain) to 10 Jun 2009 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KARIM_MASSIMOV
  name   Karim Massimov; Karim Masimov; Massimov
  code   KAZELI -20070109
  code   KAZGOV 20070110-20120924
  code   KAZELI 20120925-20140401
  code   KAZGOV 20140402-20220106
  code   KAZELI 20220107-
  code   KAZELI
  kind   person
  note   prime minister 10 Jan 2007 to 24 Sep 2012; prime minister 02 Apr 2014 to 08 Sep 2016; national security committee chairman 08 Sep 2016 to 06 Jan 2022. Arrested in January 2022 and later convicted of treason.

actor SERIK_AKHMETOV
  name   Serik Akhmetov
  code   KAZELI -20120923
  code   KAZGOV 20120924-20141022?
  code   KAZELI 20141023?-
  code   KAZELI
  kind   person
  note   prime minister 24 Sep 2012 to 02 Apr 2014; defence minister 03 Apr 2014 (date uncertain) to 22 Oct 2014 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BAKHYTZHAN_SAGINTAYEV
  name   Bakhytzhan Sagintayev; Sagintayev
  code   KAZELI -20160908
  code   KAZGOV 20160909-20190221
  code   KAZELI 20190222-
  code   KAZELI
  kind   person
  note   prime minister 09 Sep 2016 to 21 Feb 2019

actor ASKAR_MAMIN
  name   Askar Mamin
  code   KAZELI -20190224
  code   KAZGOV 20190225-20220105
  code   KAZELI 20220106-
  code   KAZELI
  kind   person
  note   prime minister 25 Feb 2019 to 05 Jan 2022

actor ALIKHAN_SMAILOV
  name   Alikhan Smailov
  code   KAZELI -20220110
  code   KAZGOV 20220111-20240205
  code   KAZELI 20240206-
  code   KAZELI
  kind   person
  note   prime minister 11 Jan 2022 to 05 Feb 2024

actor OLZHAS_BEKTENOV
  name   Olzhas Bektenov; Oljas Bektenov
  code   KAZELI -20240205
  code   KAZGOV 20240206-
  code   KAZGOV
  kind   person
  note   prime minister 06 Feb 2024 to today

actor MARAT_TAZHIN
  name   Marat Tazhin
  code   KAZELI -20070109?
  code   KAZGOV 20070110?-20090404?
  code   KAZELI 20090405?-
  code   KAZELI
  kind   person
  note   foreign minister 10 Jan 2007 (date uncertain) to 04 Apr 2009 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KANAT_SAUDABAYEV
  name   Kanat Saudabayev
  code   KAZELI -20090403?
  code   KAZGOV 20090404?-20110322?
  code   KAZELI 20110323?-
  code   KAZELI
  kind   person
  note   foreign minister 04 Apr 2009 (date uncertain) to 22 Mar 2011 (date uncertain). Dates marked uncertain are known to the month or year only.

actor YERZHAN_KAZYKHANOV
  name   Yerzhan Kazykhanov
  code   KAZELI -20110321?
  code   KAZGOV 20110322?-20120928?
  code   KAZELI 20120929?-
  code   KAZELI
  kind   person
  note   foreign minister 22 Mar 2011 (date uncertain) to 28 Sep 2012 (date uncertain). Dates marked uncertain are known to the month or year only.

actor YERLAN_IDRISSOV
  name   Yerlan Idrissov; Erlan Idrissov
  code   KAZELI -19990930?
  code   KAZGOV 19991001?-20020128?
  code   KAZELI 20020129?-20120927?
  code   KAZGOV 20120928?-20161228?
  code   KAZELI 20161229?-
  code   KAZELI
  kind   person
  note   foreign minister 01 Oct 1999 (date uncertain) to 28 Jan 2002 (date uncertain); foreign minister 28 Sep 2012 (date uncertain) to 28 Dec 2016 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KAIRAT_ABDRAKHMANOV
  name   Kairat Abdrakhmanov
  code   KAZELI -20161227?
  code   KAZGOV 20161228?-20181226?
  code   KAZELI 20181227?-
  code   KAZELI
  kind   person
  note   foreign minister 28 Dec 2016 (date uncertain) to 26 Dec 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BEIBUT_ATAMKULOV
  name   Beibut Atamkulov
  code   KAZELI -20181225?
  code   KAZGOV 20181226?-20190918?
  code   KAZELI 20190919?-
  code   KAZELI
  kind   person
  note   foreign minister 26 Dec 2018 (date uncertain) to 18 Sep 2019 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MUKHTAR_TILEUBERDI
  name   Mukhtar Tileuberdi
  code   KAZELI -20190917?
  code   KAZGOV 20190918?-20230901?
  code   KAZELI 20230902?-
  code   KAZELI
  kind   person
  note   foreign minister 18 Sep 2019 (date uncertain) to 01 Sep 2023 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MURAT_NURTLEU
  name   Murat Nurtleu
  code   KAZELI -20230831?
  code   KAZGOV 20230901?-20250601?
  code   KAZELI 20250602?-
  code   KAZELI
  kind   person
  note   foreign minister 01 Sep 2023 (date uncertain) to 01 Jun 2025 (date uncertain). End of tenure uncertain.

actor NURLAN_YERMEKBAYEV
  name   Nurlan Yermekbayev
  code   KAZELI -20180806?
  code   KAZGOV 20180807?-20210824?
  code   KAZELI 20210825?-
  code   KAZELI
  kind   person
  note   defence minister 07 Aug 2018 (date uncertain) to 24 Aug 2021 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ROZA_OTUNBAYEVA
  name   Roza Otunbayeva; Otunbayeva
  code   KGZELI -20050323?
  code   KGZGOV 20050324?-20050920?
  code   KGZELI 20050921?-20100406
  code   KGZGOV 20100407-20111201
  code   KGZELI 20111202-
  code   KGZELI
  kind   person
  note   foreign minister 24 Mar 2005 (date uncertain) to 20 Sep 2005 (date uncertain); interim president 07 Apr 2010 to 01 Dec 2011. Led the interim government after the April 2010 uprising; UN special representative for Afghanistan from 2022. Dates marked uncertain are known to the month or year only.

actor FELIX_KULOV
  name   Felix Kulov; Kulov
  code   KGZELI -20050831?
  code   KGZGOV 20050901?-20070129?
  code   KGZELI 20070130?-
  code   KGZELI
  kind   person
  note   prime minister 01 Sep 2005 (date uncertain) to 29 Jan 2007 (date uncertain). Dates marked uncertain are known to the month or year only.

actor TEMIR_SARIYEV
  name   Temir Sariyev
  code   KGZELI -20150430
  code   KGZGOV 20150501-20160413
  code   KGZELI 20160414-
  code   KGZELI
  kind   person
  note   prime minister 01 May 2015 to 13 Apr 2016

actor ZHANTORO_SATYBALDIYEV
  name   Zhantoro Satybaldiyev; Jantoro Satybaldiyev
  code   KGZELI -20120904
  code   KGZGOV 20120905-20140325
  code   KGZELI 20140326-
  code   KGZELI
  kind   person
  note   prime minister 05 Sep 2012 to 25 Mar 2014

actor JOOMART_OTORBAEV
  name   Joomart Otorbaev
  code   KGZELI -20140324?
  code   KGZGOV 20140325?-20150423?
  code   KGZELI 20150424?-
  code   KGZELI
  kind   person
  note   prime minister 25 Mar 2014 (date uncertain) to 23 Apr 2015 (date uncertain). Dates marked uncertain are known to the month or year only.

actor AKYLBEK_JAPAROV
  name   Akylbek Japarov; Akylbek Zhaparov
  code   KGZELI -20211012
  code   KGZGOV 20211013-20241216?
  code   KGZELI 20241217?-
  code   KGZELI
  kind   person
  note   chairman of the cabinet of ministers 13 Oct 2021 to 16 Dec 2024 (date uncertain). Dismissed in December 2024 (date uncertain).

actor ADYLBEK_KASYMALIEV
  name   Adylbek Kasymaliev
  code   KGZELI -20241215?
  code   KGZGOV 20241216?-
  code   KGZGOV
  kind   person
  note   chairman of the cabinet of ministers 16 Dec 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor ZHEENBEK_KULUBAEV
  name   Zheenbek Kulubaev; Jeenbek Kulubaev
  code   KGZELI -20220504?
  code   KGZGOV 20220505?-
  code   KGZGOV
  kind   person
  note   foreign minister 05 May 2022 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor RUSLAN_KAZAKBAEV
  name   Ruslan Kazakbaev
  code   KGZELI -20201014?
  code   KGZGOV 20201015?-20220505?
  code   KGZELI 20220506?-
  code   KGZELI
  kind   person
  note   foreign minister 15 Oct 2020 (date uncertain) to 05 May 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NATSAGIIN_BAGABANDI
  name   Natsagiin Bagabandi; Bagabandi
  code   MNGELI -19970619
  code   MNGGOV 19970620-20050624
  code   MNGELI 20050625-
  code   MNGELI
  kind   person
  note   president 20 Jun 1997 to 24 Jun 2005

actor NAMBARYN_ENKHBAYAR
  name   Nambaryn Enkhbayar; Enkhbayar
  code   MNGELI -20000725
  code   MNGGOV 20000726-20040820
  code   MNGELI 20040821-20050623
  code   MNGGOV 20050624-20090618
  code   MNGELI 20090619-
  code   MNGELI
  kind   person
  note   prime minister 26 Jul 2000 to 20 Aug 2004; president 24 Jun 2005 to 18 Jun 2009

actor TSAKHIAGIIN_ELBEGDORJ
  name   Tsakhiagiin Elbegdorj; Elbegdorj
  code   MNGELI -19980422
  code   MNGGOV 19980423-19981209
  code   MNGELI 19981210-20040819
  code   MNGGOV 20040820-20060113
  code   MNGELI 20060114-20090617
  code   MNGGOV 20090618-20170710
  code   MNGELI 20170711-
  code   MNGELI
  kind   person
  note   prime minister 23 Apr 1998 to 09 Dec 1998; prime minister 20 Aug 2004 to 13 Jan 2006; president 18 Jun 2009 to 10 Jul 2017

actor KHALTMAAGIIN_BATTULGA
  name   Khaltmaagiin Battulga; Battulga
  code   MNGELI -20170709
  code   MNGGOV 20170710-20210625
  code   MNGELI 20210626-
  code   MNGELI
  kind   person
  note   president 10 Jul 2017 to 25 Jun 2021

actor MIEGOMBYN_ENKHBOLD
  name   Miegombyn Enkhbold
  code   MNGELI -20060124
  code   MNGGOV 20060125-20071122
  code   MNGELI 20071123-
  code   MNGELI
  kind   person
  note   prime minister 25 Jan 2006 to 22 Nov 2007

actor SANJAAGIIN_BAYAR
  name   Sanjaagiin Bayar
  code   MNGELI -20071121
  code   MNGGOV 20071122-20091029
  code   MNGELI 20091030-
  code   MNGELI
  kind   person
  note   prime minister 22 Nov 2007 to 29 Oct 2009

actor SUKHBAATARYN_BATBOLD
  name   Sükhbaataryn Batbold; Sukhbaatar Batbold
  code   MNGELI -20080918?
  code   MNGGOV 20080919?-20120810
  code   MNGELI 20120811-
  code   MNGELI
  kind   person
  note   foreign minister 19 Sep 2008 (date uncertain) to 28 Oct 2009; prime minister 29 Oct 2009 to 10 Aug 2012. Foreign minister in Sanjaagiin Bayar's coalition government (start date known to the month only).

actor NOROVYN_ALTANKHUYAG
  name   Norovyn Altankhuyag
  code   MNGELI -20120809
  code   MNGGOV 20120810-20141105
  code   MNGELI 20141106-
  code   MNGELI
  kind   person
  note   prime minister 10 Aug 2012 to 05 Nov 2014

actor CHIMEDIIN_SAIKHANBILEG
  name   Chimediin Saikhanbileg
  code   MNGELI -20141120
  code   MNGGOV 20141121-20160707
  code   MNGELI 20160708-
  code   MNGELI
  kind   person
  note   prime minister 21 Nov 2014 to 07 Jul 2016

actor JARGALTULGYN_ERDENEBAT
  name   Jargaltulgyn Erdenebat
  code   MNGELI -20160706
  code   MNGGOV 20160707-20170907
  code   MNGELI 20170908-
  code   MNGELI
  kind   person
  note   prime minister 07 Jul 2016 to 07 Sep 2017

actor GOMBOJAVYN_ZANDANSHATAR
  name   Gombojavyn Zandanshatar; Zandanshatar
  code   MNGELI -20091028?
  code   MNGGOV 20091029?-20120809?
  code   MNGELI 20120810?-20190131?
  code   MNGLEG 20190201?-20240701?
  code   MNGELI 20240702?-20250612?
  code   MNGGOV 20250613?-
  code   MNGGOV
  kind   person
  note   foreign minister 29 Oct 2009 (date uncertain) to 09 Aug 2012 (date uncertain); chairman of the State Great Khural 01 Feb 2019 (date uncertain) to 01 Jul 2024 (date uncertain); prime minister 13 Jun 2025 (date uncertain) to today. Elected prime minister after Oyun-Erdene lost a confidence vote in June 2025; later tenure uncertain. Foreign minister in Batbold's government; speaker of parliament 2019-2024 (month known only).

actor DAMDIN_TSOGTBAATAR
  name   Damdin Tsogtbaatar; Tsogtbaatar Damdin
  code   MNGELI -20171019?
  code   MNGGOV 20171020?-20200707?
  code   MNGELI 20200708?-
  code   MNGELI
  kind   person
  note   foreign minister 20 Oct 2017 (date uncertain) to 07 Jul 2020 (date uncertain). Foreign minister in Khürelsükh's first government (dates known to the month only).

actor BATMUNKH_BATTSETSEG
  name   Batmunkh Battsetseg; Battsetseg Batmunkh
  code   MNGELI -20210128?
  code   MNGGOV 20210129?-
  code   MNGGOV
  kind   person
  note   foreign minister 29 Jan 2021 (date uncertain) to today. Foreign minister from Oyun-Erdene's first government (start date known to the month only); kept after the July 2024 coalition; whether she stayed after the June 2025 change of government is uncertain.

actor RINCHINNYAMYN_AMARJARGAL
  name   Rinchinnyamyn Amarjargal
  code   MNGELI -19990729
  code   MNGGOV 19990730-20000726
  code   MNGELI 20000727-
  code   MNGELI
  kind   person
  note   prime minister 30 Jul 1999 to 26 Jul 2000

actor AKIL_AKILOV
  name   Akil Akilov; Oqil Oqilov
  code   TJKELI -19991219
  code   TJKGOV 19991220-20131123
  code   TJKELI 20131124-
  code   TJKELI
  kind   person
  note   prime minister 20 Dec 1999 to 23 Nov 2013

actor KOKHIR_RASULZODA
  name   Kokhir Rasulzoda; Qohir Rasulzoda
  code   TJKELI -20131122
  code   TJKGOV 20131123-
  code   TJKGOV
  kind   person
  note   prime minister 23 Nov 2013 to today

actor TALBAK_NAZAROV
  name   Talbak Nazarov
  code   TJKELI -19931231?
  code   TJKGOV 19940101?-20061130?
  code   TJKELI 20061201?-
  code   TJKELI
  kind   person
  note   foreign minister 01 Jan 1994 (date uncertain) to 30 Nov 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KHAMROKHON_ZARIFI
  name   Khamrokhon Zarifi; Hamrokhon Zarifi
  code   TJKELI -20061129?
  code   TJKGOV 20061130?-20131123?
  code   TJKELI 20131124?-
  code   TJKELI
  kind   person
  note   foreign minister 30 Nov 2006 (date uncertain) to 23 Nov 2013 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SIROJIDDIN_MUHRIDDIN
  name   Sirojiddin Muhriddin; Sirodjidin Aslov
  code   TJKELI -20131122?
  code   TJKGOV 20131123?-
  code   TJKGOV
  kind   person
  note   foreign minister 23 Nov 2013 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor SHERALI_MIRZO
  name   Sherali Mirzo; Sherali Mirzoev
  code   TJKELI -20130120?
  code   TJKGOV 20130121?-
  code   TJKGOV
  kind   person
  note   defence minister 21 Jan 2013 (date uncertain) to today. Defence minister from January 2013 (day uncertain), succeeding Sherali Khayrulloyev; in office at our last information. Earlier senior security posts are not coded (dates uncertain).

actor SHERALI_KHAYRULLOYEV
  name   Sherali Khayrulloyev; Sherali Khairulloyev; Sherali Khayrulloev
  code   TJKELI -19941231?
  code   TJKGOV 19950101?-20130120?
  code   TJKELI 20130121?-
  code   TJKELI
  kind   person
  note   defence minister 01 Jan 1995 (date uncertain) to 20 Jan 2013 (date uncertain). Defence minister from 1995 (month uncertain) until January 2013 (day uncertain).

actor RASHID_MEREDOV
  name   Rashid Meredov; Rasit Meredow
  code   TKMELI -20010630?
  code   TKMGOV 20010701?-
  code   TKMGOV
  kind   person
  note   foreign minister 01 Jul 2001 (date uncertain) to today. Deputy chairman of the cabinet; foreign minister since 2001 (start uncertain).

actor UTKIR_SULTANOV
  name   Utkir Sultanov; O'tkir Sultonov
  code   UZBELI -19951220
  code   UZBGOV 19951221-20031212
  code   UZBELI 20031213-
  code   UZBELI
  kind   person
  note   prime minister 21 Dec 1995 to 12 Dec 2003

actor ABDULLA_ARIPOV
  name   Abdulla Aripov
  code   UZBELI -20161213
  code   UZBGOV 20161214-
  code   UZBGOV
  kind   person
  note   prime minister 14 Dec 2016 to today

actor ABDULAZIZ_KAMILOV
  name   Abdulaziz Kamilov
  code   UZBELI -19931231?
  code   UZBGOV 19940101?-20030101?
  code   UZBELI 20030102?-20111231?
  code   UZBGOV 20120101?-20220329?
  code   UZBELI 20220330?-
  code   UZBELI
  kind   person
  note   foreign minister 01 Jan 1994 (date uncertain) to 01 Jan 2003 (date uncertain); foreign minister 01 Jan 2012 (date uncertain) to 29 Mar 2022 (date uncertain). Foreign minister 1994-2003 and 2012-2022 (dates uncertain).

actor VLADIMIR_NOROV
  name   Vladimir Norov; Norov
  code   UZBELI -20051231?
  code   UZBGOV 20060101?-20100101?
  code   UZBELI 20100102?-20220328?
  code   UZBGOV 20220329?-20230901?
  code   UZBELI 20230902?-
  code   UZBELI
  kind   person
  note   foreign minister 01 Jan 2006 (date uncertain) to 01 Jan 2010 (date uncertain); foreign minister 29 Mar 2022 (date uncertain) to 01 Sep 2023 (date uncertain). Acting at first in 2022. Dates marked uncertain are known to the month or year only.

actor BAKHTIYOR_SAIDOV
  name   Bakhtiyor Saidov
  code   UZBELI -20230831?
  code   UZBGOV 20230901?-
  code   UZBGOV
  kind   person
  note   foreign minister 01 Sep 2023 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor KABUL_BERDIEV
  name   Kabul Berdiev; Qobul Berdiyev; Kabul Berdiyev
  code   UZBELI -20080221?
  code   UZBGOV 20080222?-20170906?
  code   UZBELI 20170907?-
  code   UZBELI
  kind   person
  note   defence minister 22 Feb 2008 (date uncertain) to 06 Sep 2017 (date uncertain). Dates known to the month only.

actor BAKHODIR_KURBANOV
  name   Bakhodir Kurbanov; Bakhodir Qurbonov; Bakhodir Kurbonov
  code   UZBELI -20190212?
  code   UZBGOV 20190213?-
  code   UZBGOV
  kind   person
  note   defence minister 13 Feb 2019 (date uncertain) to today. Appointed in February 2019 (day uncertain); in office at our last information. Abdusalom Azizov held the post between Berdiev and Kurbanov.

# ---- added by lead-asia (fix1)

actor AMANGELDY_MURALIEV
  name   Amangeldy Muraliev
  code   KGZELI -19990412?
  code   KGZGOV 19990413?-20001221
  code   KGZELI 20001222-
  code   KGZELI
  kind   person
  note   prime minister 13 Apr 1999 (date uncertain) to 21 Dec 2000. Dates marked uncertain are known to the month or year only.

actor NIKOLAI_TANAYEV
  name   Nikolai Tanayev
  code   KGZELI -20020521
  code   KGZGOV 20020522-20050324
  code   KGZELI 20050325-
  code   KGZELI
  kind   person
  note   prime minister 22 May 2002 to 24 Mar 2005

actor AZIM_ISABEKOV
  name   Azim Isabekov
  code   KGZELI -20070128
  code   KGZGOV 20070129-20070329
  code   KGZELI 20070330-
  code   KGZELI
  kind   person
  note   prime minister 29 Jan 2007 to 29 Mar 2007

actor IGOR_CHUDINOV
  name   Igor Chudinov
  code   KGZELI -20071223
  code   KGZGOV 20071224-20091021
  code   KGZELI 20091022-
  code   KGZELI
  kind   person
  note   prime minister 24 Dec 2007 to 21 Oct 2009

actor DANIAR_USENOV
  name   Daniar Usenov
  code   KGZELI -20091020
  code   KGZGOV 20091021-20100407
  code   KGZELI 20100408-
  code   KGZELI
  kind   person
  note   prime minister 21 Oct 2009 to 07 Apr 2010

actor OMURBEK_BABANOV
  name   Omurbek Babanov
  code   KGZELI -20111222
  code   KGZGOV 20111223-20120901
  code   KGZELI 20120902-
  code   KGZELI
  kind   person
  note   prime minister 23 Dec 2011 to 01 Sep 2012

actor SAPAR_ISAKOV
  name   Sapar Isakov
  code   KGZELI -20170825
  code   KGZGOV 20170826-20180420
  code   KGZELI 20180421-
  code   KGZELI
  kind   person
  note   prime minister 26 Aug 2017 to 20 Apr 2018

actor MUHAMMEDKALYI_ABYLGAZIEV
  name   Muhammedkalyi Abylgaziev; Mukhammedkalyi Abylgaziev
  code   KGZELI -20180419
  code   KGZGOV 20180420-20200615
  code   KGZELI 20200616-
  code   KGZELI
  kind   person
  note   prime minister 20 Apr 2018 to 15 Jun 2020

actor KUBATBEK_BORONOV
  name   Kubatbek Boronov
  code   KGZELI -20200616
  code   KGZGOV 20200617-20201006
  code   KGZELI 20201007-
  code   KGZELI
  kind   person
  note   prime minister 17 Jun 2020 to 06 Oct 2020

actor ULUKBEK_MARIPOV
  name   Ulukbek Maripov
  code   KGZELI -20210202
  code   KGZGOV 20210203-20211012
  code   KGZELI 20211013-
  code   KGZELI
  kind   person
  note   prime minister 03 Feb 2021 to 12 Oct 2021

actor ERLAN_ABDYLDAYEV
  name   Erlan Abdyldayev
  code   KGZELI -20120904?
  code   KGZGOV 20120905?-20180419?
  code   KGZELI 20180420?-
  code   KGZELI
  kind   person
  note   foreign minister 05 Sep 2012 (date uncertain) to 19 Apr 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor CHINGIZ_AIDARBEKOV
  name   Chingiz Aidarbekov
  code   KGZELI -20180418?
  code   KGZGOV 20180419?-20201015?
  code   KGZELI 20201016?-
  code   KGZELI
  kind   person
  note   foreign minister 19 Apr 2018 (date uncertain) to 15 Oct 2020 (date uncertain). Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (min3)

actor ALIKBEK_JEKSHENKULOV
  name   Alikbek Jekshenkulov
  code   KGZELI -20050930?
  code   KGZGOV 20051001?-20070501?
  code   KGZELI 20070502?-
  code   KGZELI
  kind   person
  note   foreign minister 01 Oct 2005 (date uncertain) to 01 May 2007 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KADYRBEK_SARBAYEV
  name   Kadyrbek Sarbayev
  code   KGZELI -20090430?
  code   KGZGOV 20090501?-20100407
  code   KGZELI 20100408-
  code   KGZELI
  kind   person
  note   foreign minister 01 May 2009 (date uncertain) to 07 Apr 2010. Dates marked uncertain are known to the month or year only.
