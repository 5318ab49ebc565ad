# leaders/asia.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

# Where defence sits (so a missing defence minister is not read as a gap):
# Bangladesh's prime minister holds the defence ministry; Bhutan has no defence
# minister (the king commands the army); Brunei's sultan is his own defence
# minister; Sri Lanka's president has usually held defence, with a state or
# deputy minister under him; Nepal's defence ministers change with almost
# every coalition and only a few are entered.

actor JIANG_ZEMIN
  name   Jiang Zemin
  code   CHNELI -19891108
  code   CHNGOV 19891109-20040919
  code   CHNELI 20040920-
  code   CHNELI
  kind   person
  note   president 27 Mar 1993 to 15 Mar 2003; central military commission chairman 09 Nov 1989 to 19 Sep 2004. Died 30 November 2022.

actor HU_JINTAO
  name   Hu Jintao; Hu; President Hu
  code   CHNELI -19980315
  code   CHNGOV 19980316-20130314
  code   CHNELI 20130315-
  code   CHNELI
  kind   person
  note   vice president 16 Mar 1998 to 15 Mar 2003; president 15 Mar 2003 to 14 Mar 2013

actor XI_JINPING
  name   Xi Jinping; Xi; President Xi; Xi Jin Ping
  code   CHNELI -20080314
  code   CHNGOV 20080315-
  code   CHNGOV
  kind   person
  note   vice president 15 Mar 2008 to 14 Mar 2013; president 14 Mar 2013 to today. General secretary of the Communist Party from 15 November 2012.

actor ZHU_RONGJI
  name   Zhu Rongji; Zhu
  code   CHNELI -19980316
  code   CHNGOV 19980317-20030316
  code   CHNELI 20030317-
  code   CHNELI
  kind   person
  note   premier 17 Mar 1998 to 16 Mar 2003

actor WEN_JIABAO
  name   Wen Jiabao; Wen
  code   CHNELI -20030315
  code   CHNGOV 20030316-20130315
  code   CHNELI 20130316-
  code   CHNELI
  kind   person
  note   premier 16 Mar 2003 to 15 Mar 2013

actor LI_KEQIANG
  name   Li Keqiang
  code   CHNELI -20130314
  code   CHNGOV 20130315-20230311
  code   CHNELI 20230312-
  code   CHNELI
  kind   person
  note   premier 15 Mar 2013 to 11 Mar 2023. Died 27 October 2023.

actor LI_QIANG
  name   Li Qiang
  code   CHNELI -20230310
  code   CHNGOV 20230311-
  code   CHNGOV
  kind   person
  note   premier 11 Mar 2023 to today

actor HAN_ZHENG
  name   Han Zheng
  code   CHNELI -20230309
  code   CHNGOV 20230310-
  code   CHNGOV
  kind   person
  note   vice president 10 Mar 2023 to today

actor WANG_QISHAN
  name   Wang Qishan
  code   CHNELI -20180316
  code   CHNGOV 20180317-20230310
  code   CHNELI 20230311-
  code   CHNELI
  kind   person
  note   vice president 17 Mar 2018 to 10 Mar 2023

actor TANG_JIAXUAN
  name   Tang Jiaxuan
  code   CHNELI -19980317
  code   CHNGOV 19980318-20080316
  code   CHNELI 20080317-
  code   CHNELI
  kind   person
  note   foreign minister 18 Mar 1998 to 17 Mar 2003; state councillor 17 Mar 2003 to 16 Mar 2008

actor LI_ZHAOXING
  name   Li Zhaoxing
  code   CHNELI -20030316
  code   CHNGOV 20030317-20070427
  code   CHNELI 20070428-
  code   CHNELI
  kind   person
  note   foreign minister 17 Mar 2003 to 27 Apr 2007

actor YANG_JIECHI
  name   Yang Jiechi
  code   CHNELI -20070426
  code   CHNGOV 20070427-20230310?
  code   CHNELI 20230311?-
  code   CHNELI
  kind   person
  note   foreign minister 27 Apr 2007 to 16 Mar 2013; state councillor and foreign affairs chief 16 Mar 2013 to 10 Mar 2023 (date uncertain)

actor WANG_YI
  name   Wang Yi
  code   CHNELI -20130315
  code   CHNGOV 20130316-20221230
  code   CHNELI 20221231-20221231
  code   CHNGOV 20230101-
  code   CHNGOV
  kind   person
  note   foreign minister 16 Mar 2013 to 30 Dec 2022; foreign affairs commission office director 01 Jan 2023 to today; foreign minister 25 Jul 2023 to today

actor QIN_GANG
  name   Qin Gang
  code   CHNELI -20041231?
  code   CHNGOV 20050101?-20141231?
  code   CHNELI 20150101?-20210727
  code   CHNGOV 20210728-20230725
  code   CHNELI 20230726-
  code   CHNELI
  kind   person
  note   foreign ministry spokesman 01 Jan 2005 (date uncertain) to 31 Dec 2014 (date uncertain); ambassador to the US 28 Jul 2021 to 30 Dec 2022; foreign minister 30 Dec 2022 to 25 Jul 2023. Spokesman in 2005-2014 with breaks (dates uncertain); removed as foreign minister without explanation in July 2023.

actor CHI_HAOTIAN
  name   Chi Haotian
  code   CHNELI -19930228
  code   CHNGOV 19930301-20030317
  code   CHNELI 20030318-
  code   CHNELI
  kind   person
  note   defence minister 01 Mar 1993 to 17 Mar 2003

actor CAO_GANGCHUAN
  name   Cao Gangchuan
  code   CHNELI -20030316
  code   CHNGOV 20030317-20080317
  code   CHNELI 20080318-
  code   CHNELI
  kind   person
  note   defence minister 17 Mar 2003 to 17 Mar 2008

actor LIANG_GUANGLIE
  name   Liang Guanglie
  code   CHNELI -20080316
  code   CHNGOV 20080317-20130316
  code   CHNELI 20130317-
  code   CHNELI
  kind   person
  note   defence minister 17 Mar 2008 to 16 Mar 2013

actor CHANG_WANQUAN
  name   Chang Wanquan
  code   CHNELI -20130315
  code   CHNGOV 20130316-20180319
  code   CHNELI 20180320-
  code   CHNELI
  kind   person
  note   defence minister 16 Mar 2013 to 19 Mar 2018

actor WEI_FENGHE
  name   Wei Fenghe
  code   CHNELI -20180318
  code   CHNGOV 20180319-20230312
  code   CHNELI 20230313-
  code   CHNELI
  kind   person
  note   defence minister 19 Mar 2018 to 12 Mar 2023

actor LI_SHANGFU
  name   Li Shangfu
  code   CHNELI -20230311
  code   CHNGOV 20230312-20231024
  code   CHNELI 20231025-
  code   CHNELI
  kind   person
  note   defence minister 12 Mar 2023 to 24 Oct 2023

actor DONG_JUN
  name   Dong Jun
  code   CHNELI -20231228
  code   CHNGOV 20231229-
  code   CHNGOV
  kind   person
  note   defence minister 29 Dec 2023 to today

actor LU_KANG
  name   Lu Kang
  code   CHNELI -20141231?
  code   CHNGOV 20150101?-20190731?
  code   CHNELI 20190801?-
  code   CHNELI
  kind   person
  note   foreign ministry spokesman 01 Jan 2015 (date uncertain) to 31 Jul 2019 (date uncertain). Spokesman about 2015-2019 (dates uncertain).

actor HUA_CHUNYING
  name   Hua Chunying
  code   CHNELI -20120831?
  code   CHNGOV 20120901?-
  code   CHNGOV
  kind   person
  note   foreign ministry spokeswoman 01 Sep 2012 (date uncertain) to today; vice foreign minister 01 Sep 2024 (date uncertain) to today

actor ZHAO_LIJIAN
  name   Zhao Lijian
  code   CHNELI -20200223?
  code   CHNGOV 20200224?-20230109?
  code   CHNELI 20230110?-
  code   CHNELI
  kind   person
  note   foreign ministry spokesman 24 Feb 2020 (date uncertain) to 09 Jan 2023 (date uncertain)

actor WANG_WENBIN
  name   Wang Wenbin
  code   CHNELI -20200630?
  code   CHNGOV 20200701?-20240701?
  code   CHNELI 20240702?-
  code   CHNELI
  kind   person
  note   foreign ministry spokesman 01 Jul 2020 (date uncertain) to 01 Jul 2024 (date uncertain)

actor MAO_NING
  name   Mao Ning
  code   CHNELI -20220831?
  code   CHNGOV 20220901?-
  code   CHNGOV
  kind   person
  note   foreign ministry spokeswoman 01 Sep 2022 (date uncertain) to today

actor LIN_JIAN
  name   Lin Jian
  code   CHNELI -20231231?
  code   CHNGOV 20240101?-
  code   CHNGOV
  kind   person
  note   foreign ministry spokesman 01 Jan 2024 (date uncertain) to today

actor GUO_JIAKUN
  name   Guo Jiakun
  code   CHNELI -20241130?
  code   CHNGOV 20241201?-
  code   CHNGOV
  kind   person
  note   foreign ministry spokesman 01 Dec 2024 (date uncertain) to today

actor JOHN_LEE
  name   John Lee; John Lee Ka-chiu
  code   CHNELI -20220630
  code   CHNGOV 20220701-
  code   CHNGOV
  kind   person
  note   Hong Kong chief executive 01 Jul 2022 to today. Coded CHNGOV: Hong Kong's chief executive answers to Beijing.

actor CARRIE_LAM
  name   Carrie Lam; Carrie Lam Cheng Yuet-ngor
  code   CHNELI -20170630
  code   CHNGOV 20170701-20220630
  code   CHNELI 20220701-
  code   CHNELI
  kind   person
  note   Hong Kong chief executive 01 Jul 2017 to 30 Jun 2022

actor CHEN_SHUI_BIAN
  name   Chen Shui-bian; Chen Shui-Bian
  code   TWNELI -20000519
  code   TWNGOV 20000520-20080520
  code   TWNELI 20080521-
  code   TWNELI
  kind   person
  note   president 20 May 2000 to 20 May 2008

actor MA_YING_JEOU
  name   Ma Ying-jeou; Ma Ying-Jeou
  code   TWNELI -20080519
  code   TWNGOV 20080520-20160520
  code   TWNELI 20160521-
  code   TWNELI
  kind   person
  note   president 20 May 2008 to 20 May 2016

actor TSAI_ING_WEN
  name   Tsai Ing-wen; Tsai Ing-Wen; Tsai
  code   TWNELI -20160519
  code   TWNGOV 20160520-20240520
  code   TWNELI 20240521-
  code   TWNELI
  kind   person
  note   president 20 May 2016 to 20 May 2024

actor LAI_CHING_TE
  name   Lai Ching-te; William Lai; Lai Ching-Te
  code   TWNELI -20170907
  code   TWNGOV 20170908-20190114
  code   TWNELI 20190115-20200519
  code   TWNGOV 20200520-
  code   TWNGOV
  kind   person
  note   premier 08 Sep 2017 to 14 Jan 2019; vice president 20 May 2020 to 20 May 2024; president 20 May 2024 to today

actor EMPEROR_AKIHITO
  name   Emperor Akihito; Akihito
  code   JPNELI -19890106
  code   JPNGOV 19890107-20190430
  code   JPNELI 20190501-
  code   JPNELI
  kind   person
  note   emperor 07 Jan 1989 to 30 Apr 2019

actor EMPEROR_NARUHITO
  name   Emperor Naruhito; Naruhito
  code   JPNELI -20190430
  code   JPNGOV 20190501-
  code   JPNGOV
  kind   person
  note   emperor 01 May 2019 to today

actor YOSHIRO_MORI
  name   Yoshiro Mori; Yoshirō Mori
  code   JPNELI -20000404
  code   JPNGOV 20000405-20010426
  code   JPNELI 20010427-
  code   JPNELI
  kind   person
  note   prime minister 05 Apr 2000 to 26 Apr 2001

actor JUNICHIRO_KOIZUMI
  name   Junichiro Koizumi; Jun'ichiro Koizumi
  code   JPNELI -20010425
  code   JPNGOV 20010426-20060926
  code   JPNELI 20060927-
  code   JPNELI
  kind   person
  note   prime minister 26 Apr 2001 to 26 Sep 2006

actor KOIZUMI
  name   Koizumi
  code   JPNELI -20010425
  code   JPNGOV 20010426-20060926
  code   JPNELI 20060927-20251020?
  code   JPNGOV 20251021?-
  code   JPNGOV
  kind   person
  note   prime minister 26 Apr 2001 to 26 Sep 2006; defence minister 21 Oct 2025 (date uncertain) to today. The bare surname: Junichiro Koizumi (prime minister 2001-2006); his son Shinjiro Koizumi is defence minister from October 2025 (reported; uncertain).

actor SHINJIRO_KOIZUMI
  name   Shinjiro Koizumi
  code   JPNELI -20190910
  code   JPNGOV 20190911-20211004
  code   JPNELI 20211005-20250520
  code   JPNGOV 20250521-
  code   JPNGOV
  kind   person
  note   environment minister 11 Sep 2019 to 04 Oct 2021; agriculture minister 21 May 2025 to 21 Oct 2025 (date uncertain); defence minister 21 Oct 2025 (date uncertain) to today

actor SHINZO_ABE
  name   Shinzo Abe; Shinzō Abe; Abe
  code   JPNELI -20060925
  code   JPNGOV 20060926-20070926
  code   JPNELI 20070927-20121225
  code   JPNGOV 20121226-20200916
  code   JPNELI 20200917-
  code   JPNELI
  kind   person
  note   prime minister 26 Sep 2006 to 26 Sep 2007; prime minister 26 Dec 2012 to 16 Sep 2020. Assassinated 8 July 2022.

actor YASUO_FUKUDA
  name   Yasuo Fukuda
  code   JPNELI -20070925
  code   JPNGOV 20070926-20080924
  code   JPNELI 20080925-
  code   JPNELI
  kind   person
  note   prime minister 26 Sep 2007 to 24 Sep 2008

actor TARO_ASO
  name   Taro Aso; Tarō Asō; Aso
  code   JPNELI -20051030
  code   JPNGOV 20051031-20070827
  code   JPNELI 20070828-20080923
  code   JPNGOV 20080924-20090916
  code   JPNELI 20090917-20121225
  code   JPNGOV 20121226-20211004
  code   JPNELI 20211005-
  code   JPNELI
  kind   person
  note   foreign minister 31 Oct 2005 to 27 Aug 2007; prime minister 24 Sep 2008 to 16 Sep 2009; deputy prime minister and finance minister 26 Dec 2012 to 04 Oct 2021

actor YUKIO_HATOYAMA
  name   Yukio Hatoyama; Hatoyama
  code   JPNELI -20090915
  code   JPNGOV 20090916-20100608
  code   JPNELI 20100609-
  code   JPNELI
  kind   person
  note   prime minister 16 Sep 2009 to 08 Jun 2010

actor NAOTO_KAN
  name   Naoto Kan
  code   JPNELI -20100607
  code   JPNGOV 20100608-20110902
  code   JPNELI 20110903-
  code   JPNELI
  kind   person
  note   prime minister 08 Jun 2010 to 02 Sep 2011

actor YOSHIHIKO_NODA
  name   Yoshihiko Noda; Noda
  code   JPNELI -20110901
  code   JPNGOV 20110902-20121226
  code   JPNELI 20121227-
  code   JPNELI
  kind   person
  note   prime minister 02 Sep 2011 to 26 Dec 2012

actor YOSHIHIDE_SUGA
  name   Yoshihide Suga; Suga
  code   JPNELI -20121225
  code   JPNGOV 20121226-20211004
  code   JPNELI 20211005-
  code   JPNELI
  kind   person
  note   chief cabinet secretary 26 Dec 2012 to 16 Sep 2020; prime minister 16 Sep 2020 to 04 Oct 2021

actor FUMIO_KISHIDA
  name   Fumio Kishida; Kishida
  code   JPNELI -20121225
  code   JPNGOV 20121226-20170803
  code   JPNELI 20170804-20211003
  code   JPNGOV 20211004-20241001
  code   JPNELI 20241002-
  code   JPNELI
  kind   person
  note   foreign minister 26 Dec 2012 to 03 Aug 2017; prime minister 04 Oct 2021 to 01 Oct 2024

actor SHIGERU_ISHIBA
  name   Shigeru Ishiba; Ishiba
  code   JPNELI -20020929
  code   JPNGOV 20020930-20040927
  code   JPNELI 20040928-20070925
  code   JPNGOV 20070926-20080802
  code   JPNELI 20080803-20240930
  code   JPNGOV 20241001-20251021
  code   JPNELI 20251022-
  code   JPNELI
  kind   person
  note   defence agency director-general 30 Sep 2002 to 27 Sep 2004; defence minister 26 Sep 2007 to 02 Aug 2008; prime minister 01 Oct 2024 to 21 Oct 2025

actor SANAE_TAKAICHI
  name   Sanae Takaichi; Takaichi
  code   JPNELI -20251020
  code   JPNGOV 20251021-
  code   JPNGOV
  kind   person
  note   prime minister 21 Oct 2025 to today

actor MAKIKO_TANAKA
  name   Makiko Tanaka
  code   JPNELI -20010425
  code   JPNGOV 20010426-20020130
  code   JPNELI 20020131-
  code   JPNELI
  kind   person
  note   foreign minister 26 Apr 2001 to 30 Jan 2002

actor YORIKO_KAWAGUCHI
  name   Yoriko Kawaguchi; Kawaguchi
  code   JPNELI -20020131
  code   JPNGOV 20020201-20040927
  code   JPNELI 20040928-
  code   JPNELI
  kind   person
  note   foreign minister 01 Feb 2002 to 27 Sep 2004. Foreign minister at the September 2002 Pyongyang summit.

actor NOBUTAKA_MACHIMURA
  name   Nobutaka Machimura; Machimura
  code   JPNELI -20040926
  code   JPNGOV 20040927-20051031
  code   JPNELI 20051101-20070925
  code   JPNGOV 20070926-20080924
  code   JPNELI 20080925-
  code   JPNELI
  kind   person
  note   foreign minister 27 Sep 2004 to 31 Oct 2005; chief cabinet secretary 26 Sep 2007 to 24 Sep 2008

actor MASAHIKO_KOMURA
  name   Masahiko Komura; Masahiko Koumura; Komura
  code   JPNELI -20070826
  code   JPNGOV 20070827-20080924
  code   JPNELI 20080925-
  code   JPNELI
  kind   person
  note   defence minister 27 Aug 2007 to 26 Sep 2007; foreign minister 26 Sep 2007 to 24 Sep 2008

actor KATSUYA_OKADA
  name   Katsuya Okada; Okada
  code   JPNELI -20090915
  code   JPNGOV 20090916-20100917
  code   JPNELI 20100918-
  code   JPNELI
  kind   person
  note   foreign minister 16 Sep 2009 to 17 Sep 2010

actor SEIJI_MAEHARA
  name   Seiji Maehara; Maehara
  code   JPNELI -20100916
  code   JPNGOV 20100917-20110307
  code   JPNELI 20110308-
  code   JPNELI
  kind   person
  note   foreign minister 17 Sep 2010 to 07 Mar 2011

actor KOICHIRO_GEMBA
  name   Koichiro Gemba; Gemba
  code   JPNELI -20110901
  code   JPNGOV 20110902-20121226
  code   JPNELI 20121227-
  code   JPNELI
  kind   person
  note   foreign minister 02 Sep 2011 to 26 Dec 2012

actor TARO_KONO
  name   Taro Kono; Kono
  code   JPNELI -20170802
  code   JPNGOV 20170803-20200916
  code   JPNELI 20200917-
  code   JPNELI
  kind   person
  note   foreign minister 03 Aug 2017 to 11 Sep 2019; defence minister 11 Sep 2019 to 16 Sep 2020

actor TOSHIMITSU_MOTEGI
  name   Toshimitsu Motegi; Motegi
  code   JPNELI -20190910
  code   JPNGOV 20190911-20211104
  code   JPNELI 20211105-20251020?
  code   JPNGOV 20251021?-
  code   JPNGOV
  kind   person
  note   foreign minister 11 Sep 2019 to 04 Nov 2021; foreign minister 21 Oct 2025 (date uncertain) to today

actor YOSHIMASA_HAYASHI
  name   Yoshimasa Hayashi; Hayashi
  code   JPNELI -20211109
  code   JPNGOV 20211110-20230913
  code   JPNELI 20230914-20231213
  code   JPNGOV 20231214-20251021
  code   JPNELI 20251022-
  code   JPNELI
  kind   person
  note   foreign minister 10 Nov 2021 to 13 Sep 2023; chief cabinet secretary 14 Dec 2023 to 21 Oct 2025

actor YOKO_KAMIKAWA
  name   Yoko Kamikawa; Kamikawa
  code   JPNELI -20230912
  code   JPNGOV 20230913-20241001
  code   JPNELI 20241002-
  code   JPNELI
  kind   person
  note   foreign minister 13 Sep 2023 to 01 Oct 2024

actor TAKESHI_IWAYA
  name   Takeshi Iwaya; Iwaya
  code   JPNELI -20181001
  code   JPNGOV 20181002-20190911
  code   JPNELI 20190912-20240930
  code   JPNGOV 20241001-20251021
  code   JPNELI 20251022-
  code   JPNELI
  kind   person
  note   defence minister 02 Oct 2018 to 11 Sep 2019; foreign minister 01 Oct 2024 to 21 Oct 2025

actor ITSUNORI_ONODERA
  name   Itsunori Onodera; Onodera
  code   JPNELI -20121225
  code   JPNGOV 20121226-20140903
  code   JPNELI 20140904-20170802
  code   JPNGOV 20170803-20181002
  code   JPNELI 20181003-
  code   JPNELI
  kind   person
  note   defence minister 26 Dec 2012 to 03 Sep 2014; defence minister 03 Aug 2017 to 02 Oct 2018

actor GEN_NAKATANI
  name   Gen Nakatani; Nakatani
  code   JPNELI -20010425
  code   JPNGOV 20010426-20020930
  code   JPNELI 20021001-20141223
  code   JPNGOV 20141224-20160803
  code   JPNELI 20160804-20240930
  code   JPNGOV 20241001-20251021
  code   JPNELI 20251022-
  code   JPNELI
  kind   person
  note   defence agency director-general 26 Apr 2001 to 30 Sep 2002; defence minister 24 Dec 2014 to 03 Aug 2016; defence minister 01 Oct 2024 to 21 Oct 2025

actor TOMOMI_INADA
  name   Tomomi Inada; Inada
  code   JPNELI -20160802
  code   JPNGOV 20160803-20170728
  code   JPNELI 20170729-
  code   JPNELI
  kind   person
  note   defence minister 03 Aug 2016 to 28 Jul 2017

actor NOBUO_KISHI
  name   Nobuo Kishi
  code   JPNELI -20200915
  code   JPNGOV 20200916-20220810
  code   JPNELI 20220811-
  code   JPNELI
  kind   person
  note   defence minister 16 Sep 2020 to 10 Aug 2022

actor YASUKAZU_HAMADA
  name   Yasukazu Hamada; Hamada
  code   JPNELI -20080923
  code   JPNGOV 20080924-20090916
  code   JPNELI 20090917-20220809
  code   JPNGOV 20220810-20230913
  code   JPNELI 20230914-
  code   JPNELI
  kind   person
  note   defence minister 24 Sep 2008 to 16 Sep 2009; defence minister 10 Aug 2022 to 13 Sep 2023

actor MINORU_KIHARA
  name   Minoru Kihara; Kihara
  code   JPNELI -20230912
  code   JPNGOV 20230913-20241001
  code   JPNELI 20241002-20251020?
  code   JPNGOV 20251021?-
  code   JPNGOV
  kind   person
  note   defence minister 13 Sep 2023 to 01 Oct 2024; chief cabinet secretary 21 Oct 2025 (date uncertain) to today

actor KIM_IL_SUNG
  name   Kim Il Sung; Kim Il-sung
  code   PRKELI -19711231?
  code   PRKGOV 19720101?-19940708
  code   PRKELI 19940709-
  code   PRKELI
  kind   person
  note   president 01 Jan 1972 (date uncertain) to 08 Jul 1994. Died 8 July 1994.

actor KIM_JONG_IL
  name   Kim Jong Il; Kim Jong-il; Kim Jong-Il; Kim Jong il
  code   PRKELI -19940707
  code   PRKGOV 19940708-20111217
  code   PRKELI 20111218-
  code   PRKELI
  kind   person
  note   leader 08 Jul 1994 to 17 Dec 2011. Ruled from his father's death; died 17 December 2011.

actor KIM_JONG_UN
  name   Kim Jong Un; Kim Jong-un; Kim Jong-Un; Kim Jong un
  code   PRKELI -20111216
  code   PRKGOV 20111217-
  code   PRKGOV
  kind   person
  note   leader 17 Dec 2011 to today

actor KIM
  name   Kim
  code   PRKELI -19711231?
  code   PRKGOV 19720101?-
  code   PRKGOV
  kind   person
  note   leader 01 Jan 1972 (date uncertain) to 17 Dec 2011; leader 17 Dec 2011 to today. The bare surname in North Korea news: its ruling Kims (Kim Il Sung, Kim Jong Il, Kim Jong Un), coded PRKGOV throughout. South Korean Kims are never given the bare name.

actor KIM_YO_JONG
  name   Kim Yo Jong; Kim Yo-jong
  code   PRKELI -20141031?
  code   PRKGOV 20141101?-
  code   PRKGOV
  kind   person
  note   party vice department director 01 Nov 2014 (date uncertain) to today. Kim Jong Un's sister; issues statements for the leadership (start date uncertain).

actor KIM_YONG_NAM
  name   Kim Yong Nam; Kim Yong-nam
  code   PRKELI -19980904
  code   PRKGOV 19980905-20190411
  code   PRKELI 20190412-
  code   PRKELI
  kind   person
  note   head of state (presidium chairman) 05 Sep 1998 to 11 Apr 2019

actor PAEK_NAM_SUN
  name   Paek Nam Sun; Paek Nam-sun
  code   PRKELI -19980904
  code   PRKGOV 19980905-20070102
  code   PRKELI 20070103-
  code   PRKELI
  kind   person
  note   foreign minister 05 Sep 1998 to 02 Jan 2007. Died 2 January 2007.

actor PAK_UI_CHUN
  name   Pak Ui Chun; Pak Ui-chun
  code   PRKELI -20070520?
  code   PRKGOV 20070521?-20140409?
  code   PRKELI 20140410?-
  code   PRKELI
  kind   person
  note   foreign minister 21 May 2007 (date uncertain) to 09 Apr 2014 (date uncertain)

actor RI_SU_YONG
  name   Ri Su Yong; Ri Su-yong
  code   PRKELI -20140408?
  code   PRKGOV 20140409?-20160516
  code   PRKELI 20160517-
  code   PRKELI
  kind   person
  note   foreign minister 09 Apr 2014 (date uncertain) to 16 May 2016

actor RI_YONG_HO
  name   Ri Yong Ho; Ri Yong-ho
  code   PRKELI -20160515
  code   PRKGOV 20160516-20200118?
  code   PRKELI 20200119?-
  code   PRKELI
  kind   person
  note   foreign minister 16 May 2016 to 18 Jan 2020 (date uncertain)

actor RI_SON_GWON
  name   Ri Son Gwon; Ri Son-gwon
  code   PRKELI -20200117?
  code   PRKGOV 20200118?-20220611
  code   PRKELI 20220612-
  code   PRKELI
  kind   person
  note   foreign minister 18 Jan 2020 (date uncertain) to 11 Jun 2022

actor CHOE_SON_HUI
  name   Choe Son Hui; Choe Son-hui
  code   PRKELI -20171231?
  code   PRKGOV 20180101?-
  code   PRKGOV
  kind   person
  note   vice foreign minister 01 Jan 2018 (date uncertain) to 11 Jun 2022; foreign minister 11 Jun 2022 to today

actor KANG_SOK_JU
  name   Kang Sok Ju; Kang Sok-ju
  code   PRKELI -19861231?
  code   PRKGOV 19870101?-20160520
  code   PRKELI 20160521-
  code   PRKELI
  kind   person
  note   first vice foreign minister 01 Jan 1987 (date uncertain) to 28 Sep 2010; vice premier 28 Sep 2010 to 20 May 2016. Died 20 May 2016.

actor KIM_DAE_JUNG
  name   Kim Dae-jung; Kim Dae Jung
  code   KORELI -19980224
  code   KORGOV 19980225-20030224
  code   KORELI 20030225-
  code   KORELI
  kind   person
  note   president 25 Feb 1998 to 24 Feb 2003. Died 18 August 2009.

actor ROH_MOO_HYUN
  name   Roh Moo-hyun; Roh Moo Hyun; Roh
  code   KORELI -20030224
  code   KORGOV 20030225-20080224
  code   KORELI 20080225-
  code   KORELI
  kind   person
  note   president 25 Feb 2003 to 24 Feb 2008. Died 23 May 2009.

actor LEE_MYUNG_BAK
  name   Lee Myung-bak; Lee Myung Bak
  code   KORELI -20080224
  code   KORGOV 20080225-20130224
  code   KORELI 20130225-
  code   KORELI
  kind   person
  note   president 25 Feb 2008 to 24 Feb 2013

actor PARK_GEUN_HYE
  name   Park Geun-hye; Park Geun Hye
  code   KORELI -20130224
  code   KORGOV 20130225-20161208
  code   KORELI 20161209-
  code   KORELI
  kind   person
  note   president 25 Feb 2013 to 08 Dec 2016. Impeached 9 December 2016 (suspended), removed 10 March 2017.

actor MOON_JAE_IN
  name   Moon Jae-in; Moon Jae In; President Moon
  code   KORELI -20170509
  code   KORGOV 20170510-20220509
  code   KORELI 20220510-
  code   KORELI
  kind   person
  note   president 10 May 2017 to 09 May 2022

actor YOON_SUK_YEOL
  name   Yoon Suk Yeol; Yoon Suk-yeol; Yoon
  code   KORELI -20220509
  code   KORGOV 20220510-20241213
  code   KORELI 20241214-
  code   KORELI
  kind   person
  note   president 10 May 2022 to 13 Dec 2024. Declared martial law on 3 December 2024; impeached and suspended 14 December 2024; removed 4 April 2025.

actor LEE_JAE_MYUNG
  name   Lee Jae-myung; Lee Jae Myung
  code   KORELI -20250603
  code   KORGOV 20250604-
  code   KORGOV
  kind   person
  note   president 04 Jun 2025 to today

actor HAN_DUCK_SOO
  name   Han Duck-soo; Han Duck Soo
  code   KORELI -20060401
  code   KORGOV 20060402-20070311
  code   KORELI 20070312-20220520
  code   KORGOV 20220521-20250501
  code   KORELI 20250502-
  code   KORELI
  kind   person
  note   prime minister 02 Apr 2006 to 11 Mar 2007; prime minister 21 May 2022 to 01 May 2025. Acting president 14-27 December 2024 and 24 March to 1 May 2025; impeached and suspended 27 December 2024 to 24 March 2025 (prime minister in name).

actor CHOI_SANG_MOK
  name   Choi Sang-mok
  code   KORELI -20241226
  code   KORGOV 20241227-20250324
  code   KORELI 20250325-
  code   KORELI
  kind   person
  note   acting president 27 Dec 2024 to 24 Mar 2025

actor BAN_KI_MOON
  name   Ban Ki-moon; Ban Ki Moon
  code   KORELI -20040116
  code   KORGOV 20040117-20061110
  code   KORELI 20061111-20061231
  code   IGOUNO 20070101-20161231
  code   KORELI 20170101-
  code   KORELI
  kind   person
  note   foreign minister 17 Jan 2004 to 10 Nov 2006; UN secretary-general 01 Jan 2007 to 31 Dec 2016

actor KANG_KYUNG_WHA
  name   Kang Kyung-wha; Kang Kyung Wha
  code   KORELI -20170617
  code   KORGOV 20170618-20210208
  code   KORELI 20210209-
  code   KORELI
  kind   person
  note   foreign minister 18 Jun 2017 to 08 Feb 2021

actor CHUNG_EUI_YONG
  name   Chung Eui-yong
  code   KORELI -20210208
  code   KORGOV 20210209-20220511
  code   KORELI 20220512-
  code   KORELI
  kind   person
  note   foreign minister 09 Feb 2021 to 11 May 2022

actor PARK_JIN
  name   Park Jin
  code   KORELI -20220511
  code   KORGOV 20220512-20240110?
  code   KORELI 20240111?-
  code   KORELI
  kind   person
  note   foreign minister 12 May 2022 to 10 Jan 2024 (date uncertain)

actor CHO_TAE_YUL
  name   Cho Tae-yul
  code   KORELI -20240111?
  code   KORGOV 20240112?-20250604?
  code   KORELI 20250605?-
  code   KORELI
  kind   person
  note   foreign minister 12 Jan 2024 (date uncertain) to 04 Jun 2025 (date uncertain)

actor CHO_HYUN
  name   Cho Hyun
  code   KORELI -20250718?
  code   KORGOV 20250719?-
  code   KORGOV
  kind   person
  note   foreign minister 19 Jul 2025 (date uncertain) to today

actor ATAL_BIHARI_VAJPAYEE
  name   Atal Bihari Vajpayee; Vajpayee
  code   INDELI -19980318
  code   INDGOV 19980319-20040522
  code   INDELI 20040523-
  code   INDELI
  kind   person
  note   prime minister 19 Mar 1998 to 22 May 2004. Died 16 August 2018.

actor MANMOHAN_SINGH
  name   Manmohan Singh; Manmohan
  code   INDELI -20040521
  code   INDGOV 20040522-20140526
  code   INDELI 20140527-
  code   INDELI
  kind   person
  note   prime minister 22 May 2004 to 26 May 2014. Died 26 December 2024.

actor NARENDRA_MODI
  name   Narendra Modi; Modi; Narendra Damodardas Modi
  code   INDELI -20140525
  code   INDGOV 20140526-
  code   INDGOV
  kind   person
  note   prime minister 26 May 2014 to today

actor A_P_J_ABDUL_KALAM
  name   A. P. J. Abdul Kalam; APJ Abdul Kalam; Abdul Kalam
  code   INDELI -20020724
  code   INDGOV 20020725-20070725
  code   INDELI 20070726-
  code   INDELI
  kind   person
  note   president 25 Jul 2002 to 25 Jul 2007

actor PRATIBHA_PATIL
  name   Pratibha Patil
  code   INDELI -20070724
  code   INDGOV 20070725-20120725
  code   INDELI 20120726-
  code   INDELI
  kind   person
  note   president 25 Jul 2007 to 25 Jul 2012

actor PRANAB_MUKHERJEE
  name   Pranab Mukherjee; Mukherjee
  code   INDELI -20040521
  code   INDGOV 20040522-20120626
  code   INDELI 20120627-20120724
  code   INDGOV 20120725-20170725
  code   INDELI 20170726-
  code   INDELI
  kind   person
  note   defence minister 22 May 2004 to 24 Oct 2006; external affairs minister 24 Oct 2006 to 24 May 2009; finance minister 24 May 2009 to 26 Jun 2012; president 25 Jul 2012 to 25 Jul 2017

actor RAM_NATH_KOVIND
  name   Ram Nath Kovind; Kovind
  code   INDELI -20170724
  code   INDGOV 20170725-20220725
  code   INDELI 20220726-
  code   INDELI
  kind   person
  note   president 25 Jul 2017 to 25 Jul 2022

actor DROUPADI_MURMU
  name   Droupadi Murmu; Murmu
  code   INDELI -20220724
  code   INDGOV 20220725-
  code   INDGOV
  kind   person
  note   president 25 Jul 2022 to today

actor JASWANT_SINGH
  name   Jaswant Singh
  code   INDELI -19981204
  code   INDGOV 19981205-20020701
  code   INDELI 20020702-
  code   INDELI
  kind   person
  note   external affairs minister 05 Dec 1998 to 01 Jul 2002; defence minister 16 Mar 2001 (date uncertain) to 21 Oct 2001 (date uncertain). Acting defence minister in 2001 after George Fernandes resigned (dates uncertain).

actor YASHWANT_SINHA
  name   Yashwant Sinha
  code   INDELI -20020630
  code   INDGOV 20020701-20040522
  code   INDELI 20040523-
  code   INDELI
  kind   person
  note   external affairs minister 01 Jul 2002 to 22 May 2004

actor NATWAR_SINGH
  name   Natwar Singh; K. Natwar Singh
  code   INDELI -20040521
  code   INDGOV 20040522-20051206
  code   INDELI 20051207-
  code   INDELI
  kind   person
  note   external affairs minister 22 May 2004 to 06 Dec 2005

actor S_M_KRISHNA
  name   S. M. Krishna; SM Krishna
  code   INDELI -20090522
  code   INDGOV 20090523-20121026
  code   INDELI 20121027-
  code   INDELI
  kind   person
  note   external affairs minister 23 May 2009 to 26 Oct 2012

actor SALMAN_KHURSHID
  name   Salman Khurshid; Khurshid
  code   INDELI -20121027
  code   INDGOV 20121028-20140526
  code   INDELI 20140527-
  code   INDELI
  kind   person
  note   external affairs minister 28 Oct 2012 to 26 May 2014

actor SUSHMA_SWARAJ
  name   Sushma Swaraj; Swaraj
  code   INDELI -20140525
  code   INDGOV 20140526-20190530
  code   INDELI 20190531-
  code   INDELI
  kind   person
  note   external affairs minister 26 May 2014 to 30 May 2019. Died 6 August 2019.

actor SUBRAHMANYAM_JAISHANKAR
  name   Subrahmanyam Jaishankar; S. Jaishankar; S Jaishankar; Jaishankar
  code   INDELI -20150128
  code   INDGOV 20150129-20180128
  code   INDELI 20180129-20190529
  code   INDGOV 20190530-
  code   INDGOV
  kind   person
  note   foreign secretary 29 Jan 2015 to 28 Jan 2018; external affairs minister 30 May 2019 to today

actor A_K_ANTONY
  name   A. K. Antony; AK Antony
  code   INDELI -20061024
  code   INDGOV 20061025-20140526
  code   INDELI 20140527-
  code   INDELI
  kind   person
  note   defence minister 25 Oct 2006 to 26 May 2014

actor MANOHAR_PARRIKAR
  name   Manohar Parrikar; Parrikar
  code   INDELI -20141108
  code   INDGOV 20141109-20170314
  code   INDELI 20170315-
  code   INDELI
  kind   person
  note   defence minister 09 Nov 2014 to 14 Mar 2017

actor NIRMALA_SITHARAMAN
  name   Nirmala Sitharaman; Sitharaman
  code   INDELI -20170902
  code   INDGOV 20170903-
  code   INDGOV
  kind   person
  note   defence minister 03 Sep 2017 to 30 May 2019; finance minister 31 May 2019 to today

actor RAJNATH_SINGH
  name   Rajnath Singh; Rajnath
  code   INDELI -20140525
  code   INDGOV 20140526-
  code   INDGOV
  kind   person
  note   home minister 26 May 2014 to 30 May 2019; defence minister 31 May 2019 to today

actor AJIT_DOVAL
  name   Ajit Doval; Doval
  code   INDELI -20140529
  code   INDGOV 20140530-
  code   INDGOV
  kind   person
  note   national security adviser 30 May 2014 to today

actor ARUN_JAITLEY
  name   Arun Jaitley; Jaitley
  code   INDELI -20140525
  code   INDGOV 20140526-20190530
  code   INDELI 20190531-
  code   INDELI
  kind   person
  note   defence minister 26 May 2014 to 09 Nov 2014; finance minister 26 May 2014 to 30 May 2019; defence minister 13 Mar 2017 to 03 Sep 2017. Died 24 August 2019.

actor VIKRAM_MISRI
  name   Vikram Misri; Misri
  code   INDELI -20240714
  code   INDGOV 20240715-
  code   INDGOV
  kind   person
  note   foreign secretary 15 Jul 2024 to today

actor RANDHIR_JAISWAL
  name   Randhir Jaiswal
  code   INDELI -20231231?
  code   INDGOV 20240101?-
  code   INDGOV
  kind   person
  note   external affairs ministry spokesman 01 Jan 2024 (date uncertain) to today

actor RAHUL_GANDHI
  name   Rahul Gandhi
  code   INDOPP
  kind   person
  note   Congress party leader; leader of the opposition in the Lok Sabha from June 2024.

actor PERVEZ_MUSHARRAF
  name   Pervez Musharraf; General Musharraf; Musharraf
  code   PAKELI -19981006
  code   PAKMIL 19981007-19991011
  code   PAKGOV 19991012-20080818
  code   PAKELI 20080819-
  code   PAKELI
  kind   person
  note   army chief 07 Oct 1998 to 11 Oct 1999; chief executive 12 Oct 1999 to 19 Jun 2001; president 20 Jun 2001 to 18 Aug 2008. Seized power 12 October 1999; army chief until 28 November 2007; died 5 February 2023.

actor ASIF_ALI_ZARDARI
  name   Asif Ali Zardari; Asif Zardari; Zardari
  code   PAKELI -20080908
  code   PAKGOV 20080909-20130908
  code   PAKELI 20130909-20240309
  code   PAKGOV 20240310-
  code   PAKGOV
  kind   person
  note   president 09 Sep 2008 to 08 Sep 2013; president 10 Mar 2024 to today

actor MAMNOON_HUSSAIN
  name   Mamnoon Hussain
  code   PAKELI -20130908
  code   PAKGOV 20130909-20180909
  code   PAKELI 20180910-
  code   PAKELI
  kind   person
  note   president 09 Sep 2013 to 09 Sep 2018

actor ARIF_ALVI
  name   Arif Alvi; Alvi
  code   PAKELI -20180908
  code   PAKGOV 20180909-20240309
  code   PAKELI 20240310-
  code   PAKELI
  kind   person
  note   president 09 Sep 2018 to 09 Mar 2024

actor ZAFARULLAH_KHAN_JAMALI
  name   Zafarullah Khan Jamali; Jamali
  code   PAKELI -20021122
  code   PAKGOV 20021123-20040626
  code   PAKELI 20040627-
  code   PAKELI
  kind   person
  note   prime minister 23 Nov 2002 to 26 Jun 2004

actor SHAUKAT_AZIZ
  name   Shaukat Aziz
  code   PAKELI -20040827
  code   PAKGOV 20040828-20071115
  code   PAKELI 20071116-
  code   PAKELI
  kind   person
  note   prime minister 28 Aug 2004 to 15 Nov 2007

actor YOUSAF_RAZA_GILANI
  name   Yousaf Raza Gilani; Yusuf Raza Gilani; Gilani
  code   PAKELI -20080324
  code   PAKGOV 20080325-20120619
  code   PAKELI 20120620-
  code   PAKELI
  kind   person
  note   prime minister 25 Mar 2008 to 19 Jun 2012

actor RAJA_PERVAIZ_ASHRAF
  name   Raja Pervaiz Ashraf
  code   PAKELI -20120621
  code   PAKGOV 20120622-20130325
  code   PAKELI 20130326-
  code   PAKELI
  kind   person
  note   prime minister 22 Jun 2012 to 25 Mar 2013

actor NAWAZ_SHARIF
  name   Nawaz Sharif; Mian Nawaz Sharif; Nawaz
  code   PAKELI -19970216
  code   PAKGOV 19970217-19991012
  code   PAKELI 19991013-20130604
  code   PAKGOV 20130605-20170728
  code   PAKELI 20170729-
  code   PAKELI
  kind   person
  note   prime minister 17 Feb 1997 to 12 Oct 1999; prime minister 05 Jun 2013 to 28 Jul 2017

actor SHAHID_KHAQAN_ABBASI
  name   Shahid Khaqan Abbasi
  code   PAKELI -20170731
  code   PAKGOV 20170801-20180531
  code   PAKELI 20180601-
  code   PAKELI
  kind   person
  note   prime minister 01 Aug 2017 to 31 May 2018

actor IMRAN_KHAN
  name   Imran Khan
  code   PAKELI -20180817
  code   PAKGOV 20180818-20220410
  code   PAKELI 20220411-
  code   PAKELI
  kind   person
  note   prime minister 18 Aug 2018 to 10 Apr 2022. Removed by a no-confidence vote; jailed since August 2023.

actor SHEHBAZ_SHARIF
  name   Shehbaz Sharif; Shahbaz Sharif; Shehbaz
  code   PAKELI -20220410
  code   PAKGOV 20220411-20230814
  code   PAKELI 20230815-20240303
  code   PAKGOV 20240304-
  code   PAKGOV
  kind   person
  note   prime minister 11 Apr 2022 to 14 Aug 2023; prime minister 04 Mar 2024 to today

actor SHARIF
  name   Sharif
  code   PAKELI -19970216
  code   PAKGOV 19970217-19991012
  code   PAKELI 19991013-20130604
  code   PAKGOV 20130605-20170728
  code   PAKELI 20170729-20220410
  code   PAKGOV 20220411-20230814
  code   PAKELI 20230815-20240303
  code   PAKGOV 20240304-
  code   PAKGOV
  kind   person
  note   prime minister 17 Feb 1997 to 12 Oct 1999; prime minister 05 Jun 2013 to 28 Jul 2017; prime minister 11 Apr 2022 to 14 Aug 2023; prime minister 04 Mar 2024 to today. The bare surname: Nawaz Sharif (prime minister to 1999 and 2013-2017) and Shehbaz Sharif (from 2022); army chief Raheel Sharif (2013-2016) is not given it.

actor ANWAR_UL_HAQ_KAKAR
  name   Anwar-ul-Haq Kakar; Kakar
  code   PAKELI -20230813
  code   PAKGOV 20230814-20240304
  code   PAKELI 20240305-
  code   PAKELI
  kind   person
  note   caretaker prime minister 14 Aug 2023 to 04 Mar 2024

actor BENAZIR_BHUTTO
  name   Benazir Bhutto; Bhutto
  code   PAKELI -19881201
  code   PAKGOV 19881202-19900806
  code   PAKELI 19900807-19931018
  code   PAKGOV 19931019-19961105
  code   PAKELI 19961106-
  code   PAKELI
  kind   person
  note   prime minister 02 Dec 1988 to 06 Aug 1990; prime minister 19 Oct 1993 to 05 Nov 1996. Assassinated 27 December 2007.

actor SHAH_MAHMOOD_QURESHI
  name   Shah Mahmood Qureshi
  code   PAKELI -20080330
  code   PAKGOV 20080331-20110209
  code   PAKELI 20110210-20180819
  code   PAKGOV 20180820-20220410
  code   PAKELI 20220411-
  code   PAKELI
  kind   person
  note   foreign minister 31 Mar 2008 to 09 Feb 2011; foreign minister 20 Aug 2018 to 10 Apr 2022

actor HINA_RABBANI_KHAR
  name   Hina Rabbani Khar; Khar
  code   PAKELI -20110718
  code   PAKGOV 20110719-20130316
  code   PAKELI 20130317-
  code   PAKELI
  kind   person
  note   foreign minister 19 Jul 2011 to 16 Mar 2013

actor KHAWAJA_ASIF
  name   Khawaja Asif
  code   PAKELI -20130606?
  code   PAKGOV 20130607?-20170728
  code   PAKELI 20170729-20170803
  code   PAKGOV 20170804-20180531
  code   PAKELI 20180601-20220418
  code   PAKGOV 20220419-20230814
  code   PAKELI 20230815-20240310
  code   PAKGOV 20240311-
  code   PAKGOV
  kind   person
  note   defence minister 07 Jun 2013 (date uncertain) to 28 Jul 2017; foreign minister 04 Aug 2017 to 31 May 2018; defence minister 19 Apr 2022 to 14 Aug 2023; defence minister 11 Mar 2024 to today. Dates marked uncertain are known to the month or year only.

actor BILAWAL_BHUTTO_ZARDARI
  name   Bilawal Bhutto Zardari; Bilawal Bhutto; Bilawal
  code   PAKELI -20220426
  code   PAKGOV 20220427-20230810
  code   PAKELI 20230811-
  code   PAKELI
  kind   person
  note   foreign minister 27 Apr 2022 to 10 Aug 2023

actor ISHAQ_DAR
  name   Ishaq Dar
  code   PAKELI -20130606
  code   PAKGOV 20130607-20171121
  code   PAKELI 20171122-20240310
  code   PAKGOV 20240311-
  code   PAKGOV
  kind   person
  note   finance minister 07 Jun 2013 to 21 Nov 2017; foreign minister 11 Mar 2024 to today

actor ASHFAQ_PARVEZ_KAYANI
  name   Ashfaq Parvez Kayani; Kayani
  code   PAKELI -20071128
  code   PAKMIL 20071129-20131129
  code   PAKELI 20131130-
  code   PAKELI
  kind   person
  note   army chief 29 Nov 2007 to 29 Nov 2013

actor RAHEEL_SHARIF
  name   Raheel Sharif
  code   PAKELI -20131128
  code   PAKMIL 20131129-20161129
  code   PAKELI 20161130-
  code   PAKELI
  kind   person
  note   army chief 29 Nov 2013 to 29 Nov 2016

actor QAMAR_JAVED_BAJWA
  name   Qamar Javed Bajwa; Bajwa
  code   PAKELI -20161128
  code   PAKMIL 20161129-20221129
  code   PAKELI 20221130-
  code   PAKELI
  kind   person
  note   army chief 29 Nov 2016 to 29 Nov 2022

actor ASIM_MUNIR
  name   Asim Munir; Field Marshal Asim Munir; Munir
  code   PAKELI -20221128
  code   PAKMIL 20221129-
  code   PAKMIL
  kind   person
  note   army chief 29 Nov 2022 to today. Promoted field marshal on 20 May 2025.

actor SHAFQAT_ALI_KHAN
  name   Shafqat Ali Khan
  code   PAKELI -20231231?
  code   PAKGOV 20240101?-
  code   PAKGOV
  kind   person
  note   foreign office spokesman 01 Jan 2024 (date uncertain) to today

actor SHEIKH_HASINA
  name   Sheikh Hasina; Sheikh Hasina Wajed; Hasina
  code   BGDELI -19960622
  code   BGDGOV 19960623-20010715
  code   BGDELI 20010716-20090105
  code   BGDGOV 20090106-20240805
  code   BGDELI 20240806-
  code   BGDELI
  kind   person
  note   prime minister 23 Jun 1996 to 15 Jul 2001; prime minister 06 Jan 2009 to 05 Aug 2024. Fled to India on 5 August 2024; sentenced to death in absentia in November 2025 (reported).

actor KHALEDA_ZIA
  name   Khaleda Zia; Begum Khaleda Zia; Khaleda
  code   BGDELI -19910319
  code   BGDGOV 19910320-19960330
  code   BGDELI 19960331-20011009
  code   BGDGOV 20011010-20061029
  code   BGDELI 20061030-
  code   BGDELI
  kind   person
  note   prime minister 20 Mar 1991 to 30 Mar 1996; prime minister 10 Oct 2001 to 29 Oct 2006

actor FAKHRUDDIN_AHMED
  name   Fakhruddin Ahmed
  code   BGDELI -20070111
  code   BGDGOV 20070112-20090106
  code   BGDELI 20090107-
  code   BGDELI
  kind   person
  note   caretaker chief adviser 12 Jan 2007 to 06 Jan 2009

actor MUHAMMAD_YUNUS
  name   Muhammad Yunus; Yunus
  code   BGDELI -20240807
  code   BGDGOV 20240808-
  code   BGDGOV
  kind   person
  note   chief adviser 08 Aug 2024 to today

actor IAJUDDIN_AHMED
  name   Iajuddin Ahmed
  code   BGDELI -20020905
  code   BGDGOV 20020906-20090212
  code   BGDELI 20090213-
  code   BGDELI
  kind   person
  note   president 06 Sep 2002 to 12 Feb 2009; caretaker chief adviser 29 Oct 2006 to 11 Jan 2007. Also head of the caretaker government from October 2006 to January 2007.

actor ZILLUR_RAHMAN
  name   Zillur Rahman
  code   BGDELI -20090211
  code   BGDGOV 20090212-20130320
  code   BGDELI 20130321-
  code   BGDELI
  kind   person
  note   president 12 Feb 2009 to 20 Mar 2013

actor ABDUL_HAMID
  name   Abdul Hamid
  code   BGDELI -20130319
  code   BGDGOV 20130320-20230424
  code   BGDELI 20230425-
  code   BGDELI
  kind   person
  note   president 20 Mar 2013 to 24 Apr 2023

actor MOHAMMED_SHAHABUDDIN
  name   Mohammed Shahabuddin; Shahabuddin
  code   BGDELI -20230423
  code   BGDGOV 20230424-
  code   BGDGOV
  kind   person
  note   president 24 Apr 2023 to today

actor DIPU_MONI
  name   Dipu Moni
  code   BGDELI -20090105
  code   BGDGOV 20090106-20140112
  code   BGDELI 20140113-
  code   BGDELI
  kind   person
  note   foreign minister 06 Jan 2009 to 12 Jan 2014

actor AH_MAHMOOD_ALI
  name   AH Mahmood Ali; A. H. Mahmood Ali; Mahmood Ali
  code   BGDELI -20140111
  code   BGDGOV 20140112-20190107
  code   BGDELI 20190108-
  code   BGDELI
  kind   person
  note   foreign minister 12 Jan 2014 to 07 Jan 2019

actor AK_ABDUL_MOMEN
  name   AK Abdul Momen; A. K. Abdul Momen; Abdul Momen; Momen
  code   BGDELI -20190106
  code   BGDGOV 20190107-20240111
  code   BGDELI 20240112-
  code   BGDELI
  kind   person
  note   foreign minister 07 Jan 2019 to 11 Jan 2024

actor HASAN_MAHMUD
  name   Hasan Mahmud
  code   BGDELI -20240110
  code   BGDGOV 20240111-20240805
  code   BGDELI 20240806-
  code   BGDELI
  kind   person
  note   foreign minister 11 Jan 2024 to 05 Aug 2024

actor TOUHID_HOSSAIN
  name   Touhid Hossain; Md Touhid Hossain
  code   BGDELI -20240815
  code   BGDGOV 20240816-
  code   BGDGOV
  kind   person
  note   foreign affairs adviser 16 Aug 2024 to today

actor HAMID_KARZAI
  name   Hamid Karzai; Karzai
  code   AFGELI -20011221
  code   AFGGOV 20011222-20140929
  code   AFGELI 20140930-
  code   AFGELI
  kind   person
  note   interim leader 22 Dec 2001 to 06 Dec 2004; president 07 Dec 2004 to 29 Sep 2014

actor ASHRAF_GHANI
  name   Ashraf Ghani; Ghani
  code   AFGELI -20140928
  code   AFGGOV 20140929-20210815
  code   AFGELI 20210816-
  code   AFGELI
  kind   person
  note   president 29 Sep 2014 to 15 Aug 2021. Fled on 15 August 2021.

actor ABDULLAH_ABDULLAH
  name   Abdullah Abdullah
  code   AFGELI -20011221
  code   AFGGOV 20011222-20060320
  code   AFGELI 20060321-20140928
  code   AFGGOV 20140929-20210815
  code   AFGELI 20210816-
  code   AFGELI
  kind   person
  note   foreign minister 22 Dec 2001 to 20 Mar 2006; chief executive 29 Sep 2014 to 17 May 2020; reconciliation council chairman 17 May 2020 to 15 Aug 2021

actor MULLAH_OMAR
  name   Mullah Omar; Mohammed Omar; Mullah Mohammad Omar
  code   AFGELI -19960926
  code   AFGGOV 19960927-20011207
  code   AFGREB 20011208-20130423
  code   AFGELI 20130424-
  code   AFGELI
  kind   person
  note   leader 27 Sep 1996 to 07 Dec 2001; Taliban leader 08 Dec 2001 to 23 Apr 2013. Died in April 2013 (announced July 2015).

actor AKHTAR_MANSOUR
  name   Akhtar Mansour; Mullah Akhtar Mansour
  code   AFGELI -20150728
  code   AFGREB 20150729-20160521
  code   AFGELI 20160522-
  code   AFGELI
  kind   person
  note   Taliban leader 29 Jul 2015 to 21 May 2016. Killed by a US drone strike on 21 May 2016.

actor HIBATULLAH_AKHUNDZADA
  name   Hibatullah Akhundzada; Haibatullah Akhundzada; Akhundzada
  code   AFGELI -20160524
  code   AFGREB 20160525-20210814
  code   AFGGOV 20210815-
  code   AFGGOV
  kind   person
  note   Taliban leader 25 May 2016 to 14 Aug 2021; supreme leader 15 Aug 2021 to today

actor MOHAMMAD_HASSAN_AKHUND
  name   Mohammad Hassan Akhund; Hassan Akhund
  code   AFGELI -20210906
  code   AFGGOV 20210907-
  code   AFGGOV
  kind   person
  note   prime minister 07 Sep 2021 to today

actor ABDUL_GHANI_BARADAR
  name   Abdul Ghani Baradar; Mullah Baradar; Baradar
  code   AFGELI -20190124?
  code   AFGREB 20190125?-20210814
  code   AFGELI 20210815-20210906
  code   AFGGOV 20210907-
  code   AFGGOV
  kind   person
  note   Taliban political chief 25 Jan 2019 (date uncertain) to 14 Aug 2021; deputy prime minister 07 Sep 2021 to today

actor AMIR_KHAN_MUTTAQI
  name   Amir Khan Muttaqi; Muttaqi
  code   AFGELI -20210906
  code   AFGGOV 20210907-
  code   AFGGOV
  kind   person
  note   foreign minister 07 Sep 2021 to today

actor SIRAJUDDIN_HAQQANI
  name   Sirajuddin Haqqani
  code   AFGELI -20131231?
  code   AFGREB 20140101?-20210814
  code   AFGELI 20210815-20210906
  code   AFGGOV 20210907-
  code   AFGGOV
  kind   person
  note   Haqqani network leader 01 Jan 2014 (date uncertain) to 14 Aug 2021; interior minister 07 Sep 2021 to today

actor MULLAH_YAQOOB
  name   Mullah Yaqoob; Mohammad Yaqoob; Mullah Mohammad Yaqoob
  code   AFGELI -20210906
  code   AFGGOV 20210907-
  code   AFGGOV
  kind   person
  note   defence minister 07 Sep 2021 to today

actor ZABIHULLAH_MUJAHID
  name   Zabihullah Mujahid
  code   AFGELI -20061231?
  code   AFGREB 20070101?-20210814
  code   AFGGOV 20210815-
  code   AFGGOV
  kind   person
  note   Taliban spokesman 01 Jan 2007 (date uncertain) to 14 Aug 2021; government spokesman 15 Aug 2021 to today

actor ABDURRAHMAN_WAHID
  name   Abdurrahman Wahid; Gus Dur
  code   IDNELI -19991019
  code   IDNGOV 19991020-20010723
  code   IDNELI 20010724-
  code   IDNELI
  kind   person
  note   president 20 Oct 1999 to 23 Jul 2001

actor MEGAWATI_SUKARNOPUTRI
  name   Megawati Sukarnoputri; Megawati
  code   IDNELI -20010722
  code   IDNGOV 20010723-20041020
  code   IDNELI 20041021-
  code   IDNELI
  kind   person
  note   president 23 Jul 2001 to 20 Oct 2004

actor SUSILO_BAMBANG_YUDHOYONO
  name   Susilo Bambang Yudhoyono; Yudhoyono; SBY
  code   IDNELI -20041019
  code   IDNGOV 20041020-20141020
  code   IDNELI 20141021-
  code   IDNELI
  kind   person
  note   president 20 Oct 2004 to 20 Oct 2014

actor JOKO_WIDODO
  name   Joko Widodo; Jokowi; Widodo
  code   IDNELI -20141019
  code   IDNGOV 20141020-20241020
  code   IDNELI 20241021-
  code   IDNELI
  kind   person
  note   president 20 Oct 2014 to 20 Oct 2024

actor PRABOWO_SUBIANTO
  name   Prabowo Subianto; Prabowo
  code   IDNELI -20191022
  code   IDNGOV 20191023-
  code   IDNGOV
  kind   person
  note   defence minister 23 Oct 2019 to 20 Oct 2024; president 20 Oct 2024 to today

actor RETNO_MARSUDI
  name   Retno Marsudi; Retno
  code   IDNELI -20141026
  code   IDNGOV 20141027-20241020
  code   IDNELI 20241021-
  code   IDNELI
  kind   person
  note   foreign minister 27 Oct 2014 to 20 Oct 2024

actor SUGIONO
  name   Sugiono
  code   IDNELI -20241020
  code   IDNGOV 20241021-
  code   IDNGOV
  kind   person
  note   foreign minister 21 Oct 2024 to today

actor JOSEPH_ESTRADA
  name   Joseph Estrada; Estrada
  code   PHLELI -19980629
  code   PHLGOV 19980630-20010120
  code   PHLELI 20010121-
  code   PHLELI
  kind   person
  note   president 30 Jun 1998 to 20 Jan 2001

actor GLORIA_MACAPAGAL_ARROYO
  name   Gloria Macapagal Arroyo; Gloria Arroyo; Arroyo
  code   PHLELI -20010119
  code   PHLGOV 20010120-20100630
  code   PHLELI 20100701-
  code   PHLELI
  kind   person
  note   president 20 Jan 2001 to 30 Jun 2010

actor BENIGNO_AQUINO_III
  name   Benigno Aquino III; Benigno Aquino; Noynoy Aquino; Aquino
  code   PHLELI -20100629
  code   PHLGOV 20100630-20160630
  code   PHLELI 20160701-
  code   PHLELI
  kind   person
  note   president 30 Jun 2010 to 30 Jun 2016

actor RODRIGO_DUTERTE
  name   Rodrigo Duterte
  code   PHLELI -20160629
  code   PHLGOV 20160630-20220630
  code   PHLELI 20220701-
  code   PHLELI
  kind   person
  note   president 30 Jun 2016 to 30 Jun 2022. Arrested on an ICC warrant on 11 March 2025.

actor SARA_DUTERTE
  name   Sara Duterte
  code   PHLELI -20220629
  code   PHLGOV 20220630-
  code   PHLGOV
  kind   person
  note   vice president 30 Jun 2022 to today

actor FERDINAND_MARCOS_JR
  name   Ferdinand Marcos Jr.; Ferdinand Marcos Jr; Bongbong Marcos; Marcos
  code   PHLELI -20220629
  code   PHLGOV 20220630-
  code   PHLGOV
  kind   person
  note   president 30 Jun 2022 to today

actor NGUYEN_PHU_TRONG
  name   Nguyen Phu Trong; Nguyễn Phú Trọng
  code   VNMELI -20110118
  code   VNMGOV 20110119-20240719
  code   VNMELI 20240720-
  code   VNMELI
  kind   person
  note   party general secretary 19 Jan 2011 to 19 Jul 2024; president 23 Oct 2018 to 05 Apr 2021. Died 19 July 2024.

actor TO_LAM
  name   To Lam; Tô Lâm
  code   VNMELI -20160408
  code   VNMGOV 20160409-
  code   VNMGOV
  kind   person
  note   public security minister 09 Apr 2016 to 22 May 2024; president 22 May 2024 to 21 Oct 2024; party general secretary 03 Aug 2024 to today

actor LUONG_CUONG
  name   Luong Cuong
  code   VNMELI -20241020
  code   VNMGOV 20241021-
  code   VNMGOV
  kind   person
  note   president 21 Oct 2024 to today

actor NGUYEN_XUAN_PHUC
  name   Nguyen Xuan Phuc
  code   VNMELI -20160406
  code   VNMGOV 20160407-20230118
  code   VNMELI 20230119-
  code   VNMELI
  kind   person
  note   prime minister 07 Apr 2016 to 05 Apr 2021; president 05 Apr 2021 to 18 Jan 2023

actor VO_VAN_THUONG
  name   Vo Van Thuong
  code   VNMELI -20230301
  code   VNMGOV 20230302-20240321
  code   VNMELI 20240322-
  code   VNMELI
  kind   person
  note   president 02 Mar 2023 to 21 Mar 2024

actor PHAM_MINH_CHINH
  name   Pham Minh Chinh
  code   VNMELI -20210404
  code   VNMGOV 20210405-
  code   VNMGOV
  kind   person
  note   prime minister 05 Apr 2021 to today

actor NGUYEN_TAN_DUNG
  name   Nguyen Tan Dung
  code   VNMELI -20060626
  code   VNMGOV 20060627-20160407
  code   VNMELI 20160408-
  code   VNMELI
  kind   person
  note   prime minister 27 Jun 2006 to 07 Apr 2016

actor THAKSIN_SHINAWATRA
  name   Thaksin Shinawatra; Thaksin
  code   THAELI -20010208
  code   THAGOV 20010209-20060919
  code   THAELI 20060920-
  code   THAELI
  kind   person
  note   prime minister 09 Feb 2001 to 19 Sep 2006. Ousted in a coup on 19 September 2006.

actor YINGLUCK_SHINAWATRA
  name   Yingluck Shinawatra; Yingluck
  code   THAELI -20110804
  code   THAGOV 20110805-20140507
  code   THAELI 20140508-
  code   THAELI
  kind   person
  note   prime minister 05 Aug 2011 to 07 May 2014; defence minister 30 Jun 2013 (date uncertain) to 07 May 2014. Removed by the Constitutional Court 7 May 2014; fled abroad in 2017. Dates marked uncertain are known to the month or year only.

actor SHINAWATRA
  name   Shinawatra
  code   THAELI -20010208
  code   THAGOV 20010209-20060919
  code   THAELI 20060920-20110804
  code   THAGOV 20110805-20140507
  code   THAELI 20140508-20240815
  code   THAGOV 20240816-20250701
  code   THAELI 20250702-
  code   THAELI
  kind   person
  note   prime minister 09 Feb 2001 to 19 Sep 2006; prime minister 05 Aug 2011 to 07 May 2014; prime minister 16 Aug 2024 to 01 Jul 2025. The bare surname: Thaksin, his sister Yingluck and his daughter Paetongtarn.

actor PAETONGTARN_SHINAWATRA
  name   Paetongtarn Shinawatra; Paetongtarn
  code   THAELI -20240815
  code   THAGOV 20240816-20250701
  code   THAELI 20250702-
  code   THAELI
  kind   person
  note   prime minister 16 Aug 2024 to 01 Jul 2025. Suspended 1 July 2025, removed by the Constitutional Court 29 August 2025.

actor PRAYUT_CHAN_O_CHA
  name   Prayut Chan-o-cha; Prayuth Chan-ocha; Prayut; Prayuth
  code   THAELI -20140521
  code   THAGOV 20140522-20230901
  code   THAELI 20230902-
  code   THAELI
  kind   person
  note   head of the junta 22 May 2014 to 24 Aug 2014; prime minister 24 Aug 2014 to 22 Aug 2023; defence minister 10 Jul 2019 to 01 Sep 2023. Army chief from October 2010 who led the May 2014 coup.

actor SRETTHA_THAVISIN
  name   Srettha Thavisin; Srettha
  code   THAELI -20230821
  code   THAGOV 20230822-20240814
  code   THAELI 20240815-
  code   THAELI
  kind   person
  note   prime minister 22 Aug 2023 to 14 Aug 2024

actor ANUTIN_CHARNVIRAKUL
  name   Anutin Charnvirakul; Anutin
  code   THAELI -20250906?
  code   THAGOV 20250907?-
  code   THAGOV
  kind   person
  note   prime minister 07 Sep 2025 (date uncertain) to today

actor KING_BHUMIBOL_ADULYADEJ
  name   King Bhumibol Adulyadej; Bhumibol
  code   THAELI -19460608
  code   THAGOV 19460609-20161013
  code   THAELI 20161014-
  code   THAELI
  kind   person
  note   king 09 Jun 1946 to 13 Oct 2016

actor KING_MAHA_VAJIRALONGKORN
  name   King Maha Vajiralongkorn; Vajiralongkorn
  code   THAELI -20161012
  code   THAGOV 20161013-
  code   THAGOV
  kind   person
  note   king 13 Oct 2016 to today

actor THAN_SHWE
  name   Than Shwe
  code   MMRELI -19920422
  code   MMRGOV 19920423-20110330
  code   MMRELI 20110331-
  code   MMRELI
  kind   person
  note   head of the junta 23 Apr 1992 to 30 Mar 2011

actor THEIN_SEIN
  name   Thein Sein
  code   MMRELI -20070403?
  code   MMRGOV 20070404?-20160330
  code   MMRELI 20160331-
  code   MMRELI
  kind   person
  note   prime minister 04 Apr 2007 (date uncertain) to 30 Mar 2011; president 30 Mar 2011 to 30 Mar 2016

actor AUNG_SAN_SUU_KYI
  name   Aung San Suu Kyi; Suu Kyi
  code   MMRELI -20160329
  code   MMRGOV 20160330-20210201
  code   MMRELI 20210202-
  code   MMRELI
  kind   person
  note   state counsellor and foreign minister 30 Mar 2016 to 01 Feb 2021. Detained since the coup of 1 February 2021.

actor HTIN_KYAW
  name   Htin Kyaw
  code   MMRELI -20160329
  code   MMRGOV 20160330-20180321
  code   MMRELI 20180322-
  code   MMRELI
  kind   person
  note   president 30 Mar 2016 to 21 Mar 2018

actor WIN_MYINT
  name   Win Myint
  code   MMRELI -20180329
  code   MMRGOV 20180330-20210201
  code   MMRELI 20210202-
  code   MMRELI
  kind   person
  note   president 30 Mar 2018 to 01 Feb 2021

actor MIN_AUNG_HLAING
  name   Min Aung Hlaing
  code   MMRELI -20110329
  code   MMRMIL 20110330-20210131
  code   MMRGOV 20210201-
  code   MMRGOV
  kind   person
  note   commander-in-chief 30 Mar 2011 to 31 Jan 2021; head of the junta 01 Feb 2021 to today

actor MAHATHIR_MOHAMAD
  name   Mahathir Mohamad; Mahathir bin Mohamad; Mahathir
  code   MYSELI -19810715
  code   MYSGOV 19810716-20031031
  code   MYSELI 20031101-20180509
  code   MYSGOV 20180510-20200224
  code   MYSELI 20200225-
  code   MYSELI
  kind   person
  note   prime minister 16 Jul 1981 to 31 Oct 2003; prime minister 10 May 2018 to 24 Feb 2020

actor ABDULLAH_AHMAD_BADAWI
  name   Abdullah Ahmad Badawi; Abdullah Badawi
  code   MYSELI -20031030
  code   MYSGOV 20031031-20090403
  code   MYSELI 20090404-
  code   MYSELI
  kind   person
  note   prime minister 31 Oct 2003 to 03 Apr 2009

actor NAJIB_RAZAK
  name   Najib Razak; Najib
  code   MYSELI -19991214
  code   MYSGOV 19991215-20180509
  code   MYSELI 20180510-
  code   MYSELI
  kind   person
  note   defence minister 15 Dec 1999 to 18 Sep 2008; deputy prime minister 07 Jan 2004 to 03 Apr 2009; prime minister 03 Apr 2009 to 09 May 2018. Jailed in 2022 for the 1MDB scandal.

actor MUHYIDDIN_YASSIN
  name   Muhyiddin Yassin; Muhyiddin
  code   MYSELI -20200229
  code   MYSGOV 20200301-20210816
  code   MYSELI 20210817-
  code   MYSELI
  kind   person
  note   prime minister 01 Mar 2020 to 16 Aug 2021

actor ISMAIL_SABRI_YAAKOB
  name   Ismail Sabri Yaakob
  code   MYSELI -20200309
  code   MYSGOV 20200310-20210816
  code   MYSELI 20210817-20210820
  code   MYSGOV 20210821-20221124
  code   MYSELI 20221125-
  code   MYSELI
  kind   person
  note   defence minister 10 Mar 2020 to 16 Aug 2021; prime minister 21 Aug 2021 to 24 Nov 2022

actor ANWAR_IBRAHIM
  name   Anwar Ibrahim; Anwar
  code   MYSELI -20221123
  code   MYSGOV 20221124-
  code   MYSGOV
  kind   person
  note   prime minister 24 Nov 2022 to today

actor GOH_CHOK_TONG
  name   Goh Chok Tong
  code   SGPELI -19901127
  code   SGPGOV 19901128-20040812
  code   SGPELI 20040813-
  code   SGPELI
  kind   person
  note   prime minister 28 Nov 1990 to 12 Aug 2004

actor LEE_HSIEN_LOONG
  name   Lee Hsien Loong
  code   SGPELI -20040811
  code   SGPGOV 20040812-20240515
  code   SGPELI 20240516-
  code   SGPELI
  kind   person
  note   prime minister 12 Aug 2004 to 15 May 2024

actor LAWRENCE_WONG
  name   Lawrence Wong
  code   SGPELI -20240514
  code   SGPGOV 20240515-
  code   SGPGOV
  kind   person
  note   prime minister 15 May 2024 to today

actor VIVIAN_BALAKRISHNAN
  name   Vivian Balakrishnan; Balakrishnan
  code   SGPELI -20150930
  code   SGPGOV 20151001-
  code   SGPGOV
  kind   person
  note   foreign minister 01 Oct 2015 to today

actor HUN_SEN
  name   Hun Sen
  code   KHMELI -19850113
  code   KHMGOV 19850114-20230822
  code   KHMELI 20230823-20240402
  code   KHMGOV 20240403-
  code   KHMGOV
  kind   person
  note   prime minister 14 Jan 1985 to 22 Aug 2023; senate president 03 Apr 2024 to today

actor HUN_MANET
  name   Hun Manet
  code   KHMELI -20230821
  code   KHMGOV 20230822-
  code   KHMGOV
  kind   person
  note   prime minister 22 Aug 2023 to today

actor MAHINDA_RAJAPAKSA
  name   Mahinda Rajapaksa
  code   LKAELI -20040405
  code   LKAGOV 20040406-20150109
  code   LKAELI 20150110-20181025
  code   LKAGOV 20181026-20181215
  code   LKAELI 20181216-20191120
  code   LKAGOV 20191121-20220509
  code   LKAELI 20220510-
  code   LKAELI
  kind   person
  note   prime minister 06 Apr 2004 to 19 Nov 2005; president 19 Nov 2005 to 09 Jan 2015; prime minister 26 Oct 2018 to 15 Dec 2018; prime minister 21 Nov 2019 to 09 May 2022. The appointment of October 2018 was disputed and ended on 15 December 2018.

actor GOTABAYA_RAJAPAKSA
  name   Gotabaya Rajapaksa
  code   LKAELI -20051124
  code   LKAGOV 20051125-20150108
  code   LKAELI 20150109-20191117
  code   LKAGOV 20191118-20220714
  code   LKAELI 20220715-
  code   LKAELI
  kind   person
  note   defence secretary 25 Nov 2005 to 08 Jan 2015; president 18 Nov 2019 to 14 Jul 2022. Fled in July 2022 protests.

actor RAJAPAKSA
  name   Rajapaksa
  code   LKAELI -20051118
  code   LKAGOV 20051119-20150109
  code   LKAELI 20150110-20191117
  code   LKAGOV 20191118-20220714
  code   LKAELI 20220715-
  code   LKAELI
  kind   person
  note   president 19 Nov 2005 to 09 Jan 2015; president 18 Nov 2019 to 14 Jul 2022. The bare surname: the Rajapaksa brothers who held the presidency.

actor MAITHRIPALA_SIRISENA
  name   Maithripala Sirisena; Sirisena
  code   LKAELI -20150108
  code   LKAGOV 20150109-20191118
  code   LKAELI 20191119-
  code   LKAELI
  kind   person
  note   president 09 Jan 2015 to 18 Nov 2019

actor RANIL_WICKREMESINGHE
  name   Ranil Wickremesinghe; Wickremesinghe
  code   LKAELI -20011208
  code   LKAGOV 20011209-20040406
  code   LKAELI 20040407-20150108
  code   LKAGOV 20150109-20181026
  code   LKAELI 20181027-20181215
  code   LKAGOV 20181216-20191121
  code   LKAELI 20191122-20220511
  code   LKAGOV 20220512-20240923
  code   LKAELI 20240924-
  code   LKAELI
  kind   person
  note   prime minister 09 Dec 2001 to 06 Apr 2004; prime minister 09 Jan 2015 to 26 Oct 2018; prime minister 16 Dec 2018 to 21 Nov 2019; prime minister 12 May 2022 to 21 Jul 2022; president 21 Jul 2022 to 23 Sep 2024. Also prime minister 1993-1994.

actor ANURA_KUMARA_DISSANAYAKE
  name   Anura Kumara Dissanayake; Dissanayake
  code   LKAELI -20240922
  code   LKAGOV 20240923-
  code   LKAGOV
  kind   person
  note   president 23 Sep 2024 to today

actor K_P_SHARMA_OLI
  name   K. P. Sharma Oli; KP Sharma Oli; Oli
  code   NPLELI -20151011
  code   NPLGOV 20151012-20160804
  code   NPLELI 20160805-20180214
  code   NPLGOV 20180215-20210713
  code   NPLELI 20210714-20240714
  code   NPLGOV 20240715-20250909
  code   NPLELI 20250910-
  code   NPLELI
  kind   person
  note   prime minister 12 Oct 2015 to 04 Aug 2016; prime minister 15 Feb 2018 to 13 Jul 2021; prime minister 15 Jul 2024 to 09 Sep 2025. Resigned on 9 September 2025 after deadly protests.

actor SUSHILA_KARKI
  name   Sushila Karki; Karki
  code   NPLELI -20250911
  code   NPLGOV 20250912-
  code   NPLGOV
  kind   person
  note   interim prime minister 12 Sep 2025 to today

actor JOHN_HOWARD
  name   John Howard
  code   AUSELI -19960310
  code   AUSGOV 19960311-20071203
  code   AUSELI 20071204-
  code   AUSELI
  kind   person
  note   prime minister 11 Mar 1996 to 03 Dec 2007

actor KEVIN_RUDD
  name   Kevin Rudd; Rudd
  code   AUSELI -20071202
  code   AUSGOV 20071203-20100624
  code   AUSELI 20100625-20100913
  code   AUSGOV 20100914-20120222
  code   AUSELI 20120223-20130626
  code   AUSGOV 20130627-20130918
  code   AUSELI 20130919-20230319
  code   AUSGOV 20230320-20250331?
  code   AUSELI 20250401?-
  code   AUSELI
  kind   person
  note   prime minister 03 Dec 2007 to 24 Jun 2010; foreign minister 14 Sep 2010 to 22 Feb 2012; prime minister 27 Jun 2013 to 18 Sep 2013; ambassador to the US 20 Mar 2023 to 31 Mar 2025 (date uncertain)

actor JULIA_GILLARD
  name   Julia Gillard; Gillard
  code   AUSELI -20100623
  code   AUSGOV 20100624-20130627
  code   AUSELI 20130628-
  code   AUSELI
  kind   person
  note   prime minister 24 Jun 2010 to 27 Jun 2013

actor TONY_ABBOTT
  name   Tony Abbott; Abbott
  code   AUSELI -20130917
  code   AUSGOV 20130918-20150915
  code   AUSELI 20150916-
  code   AUSELI
  kind   person
  note   prime minister 18 Sep 2013 to 15 Sep 2015

actor MALCOLM_TURNBULL
  name   Malcolm Turnbull; Turnbull
  code   AUSELI -20150914
  code   AUSGOV 20150915-20180824
  code   AUSELI 20180825-
  code   AUSELI
  kind   person
  note   prime minister 15 Sep 2015 to 24 Aug 2018

actor SCOTT_MORRISON
  name   Scott Morrison; Morrison
  code   AUSELI -20180823
  code   AUSGOV 20180824-20220523
  code   AUSELI 20220524-
  code   AUSELI
  kind   person
  note   prime minister 24 Aug 2018 to 23 May 2022

actor ANTHONY_ALBANESE
  name   Anthony Albanese; Albanese
  code   AUSELI -20220522
  code   AUSGOV 20220523-
  code   AUSGOV
  kind   person
  note   prime minister 23 May 2022 to today

actor PENNY_WONG
  name   Penny Wong
  code   AUSELI -20220522
  code   AUSGOV 20220523-
  code   AUSGOV
  kind   person
  note   foreign minister 23 May 2022 to today

actor JULIE_BISHOP
  name   Julie Bishop
  code   AUSELI -20130917
  code   AUSGOV 20130918-20180826
  code   AUSELI 20180827-
  code   AUSELI
  kind   person
  note   foreign minister 18 Sep 2013 to 26 Aug 2018

actor MARISE_PAYNE
  name   Marise Payne
  code   AUSELI -20150920
  code   AUSGOV 20150921-20220523
  code   AUSELI 20220524-
  code   AUSELI
  kind   person
  note   defence minister 21 Sep 2015 to 26 Aug 2018; foreign minister 26 Aug 2018 to 23 May 2022

actor RICHARD_MARLES
  name   Richard Marles; Marles
  code   AUSELI -20220531
  code   AUSGOV 20220601-
  code   AUSGOV
  kind   person
  note   deputy prime minister and defence minister 01 Jun 2022 to today

actor HELEN_CLARK
  name   Helen Clark
  code   NZLELI -19991209
  code   NZLGOV 19991210-20081119
  code   NZLELI 20081120-
  code   NZLELI
  kind   person
  note   prime minister 10 Dec 1999 to 19 Nov 2008. UNDP administrator 2009-2017.

actor JOHN_KEY
  name   John Key
  code   NZLELI -20081118
  code   NZLGOV 20081119-20161212
  code   NZLELI 20161213-
  code   NZLELI
  kind   person
  note   prime minister 19 Nov 2008 to 12 Dec 2016

actor JACINDA_ARDERN
  name   Jacinda Ardern; Ardern
  code   NZLELI -20171025
  code   NZLGOV 20171026-20230125
  code   NZLELI 20230126-
  code   NZLELI
  kind   person
  note   prime minister 26 Oct 2017 to 25 Jan 2023

actor CHRIS_HIPKINS
  name   Chris Hipkins; Hipkins
  code   NZLELI -20230124
  code   NZLGOV 20230125-20231127
  code   NZLELI 20231128-
  code   NZLELI
  kind   person
  note   prime minister 25 Jan 2023 to 27 Nov 2023

actor CHRISTOPHER_LUXON
  name   Christopher Luxon; Luxon
  code   NZLELI -20231126
  code   NZLGOV 20231127-
  code   NZLGOV
  kind   person
  note   prime minister 27 Nov 2023 to today

actor WINSTON_PETERS
  name   Winston Peters
  code   NZLELI -20051018
  code   NZLGOV 20051019-20081119
  code   NZLELI 20081120-20171025
  code   NZLGOV 20171026-20201106
  code   NZLELI 20201107-20231126
  code   NZLGOV 20231127-
  code   NZLGOV
  kind   person
  note   foreign minister 19 Oct 2005 to 19 Nov 2008; foreign minister 26 Oct 2017 to 06 Nov 2020; foreign minister 27 Nov 2023 to today

actor THONGLOUN_SISOULITH
  name   Thongloun Sisoulith; Thongloun
  code   LAOELI -20060607
  code   LAOGOV 20060608-
  code   LAOGOV
  kind   person
  note   foreign minister 08 Jun 2006 to 20 Apr 2016; prime minister 20 Apr 2016 to 22 Mar 2021; president 22 Mar 2021 to today

actor HASSANAL_BOLKIAH
  name   Hassanal Bolkiah; Sultan Hassanal Bolkiah
  code   BRNELI -19671004
  code   BRNGOV 19671005-
  code   BRNGOV
  kind   person
  note   sultan 05 Oct 1967 to today. Also prime minister (from 1984), defence minister (from 1986) and foreign minister (from 22 October 2015).

actor PRINCE_MOHAMED_BOLKIAH
  name   Prince Mohamed Bolkiah; Mohamed Bolkiah; Pengiran Muda Mohamed Bolkiah
  code   BRNELI -19831231
  code   BRNGOV 19840101-20151021?
  code   BRNELI 20151022?-
  code   BRNELI
  kind   person
  note   foreign minister 01 Jan 1984 to 21 Oct 2015 (date uncertain). The sultan's brother; foreign minister from independence until the October 2015 reshuffle, when the sultan took the portfolio (end date uncertain).

actor ERYWAN_YUSOF
  name   Erywan Yusof; Erywan Pehin Yusof; Dato Erywan Yusof
  code   BRNELI -20180129
  code   BRNGOV 20180130-
  code   BRNGOV
  kind   person
  note   second minister of foreign affairs 30 Jan 2018 to today. Brunei's foreign minister in practice (the sultan holds the title); ASEAN special envoy on Myanmar in 2021-2022.

actor XANANA_GUSMAO
  name   Xanana Gusmão; Xanana Gusmao; Xanana
  code   TLSELI -20020519
  code   TLSGOV 20020520-20070520
  code   TLSELI 20070521-20070807
  code   TLSGOV 20070808-20150216
  code   TLSELI 20150217-20230630
  code   TLSGOV 20230701-
  code   TLSGOV
  kind   person
  note   president 20 May 2002 to 20 May 2007; prime minister 08 Aug 2007 to 16 Feb 2015; prime minister 01 Jul 2023 to today

actor JOSE_RAMOS_HORTA
  name   José Ramos-Horta; Jose Ramos-Horta; Ramos-Horta
  code   TLSELI -20020519
  code   TLSGOV 20020520-20120519
  code   TLSELI 20120520-20220519
  code   TLSGOV 20220520-
  code   TLSGOV
  kind   person
  note   foreign minister 20 May 2002 to 25 Jun 2006; prime minister 26 Jun 2006 to 19 May 2007; president 20 May 2007 to 19 May 2012; president 20 May 2022 to today. Senior minister for foreign affairs and cooperation from independence; also defence minister from early June 2006; resigned from the cabinet on 25 June 2006 and became prime minister the next day. Nobel Peace Prize 1996.

actor MOHAMED_MUIZZU
  name   Mohamed Muizzu; Muizzu
  code   MDVELI -20231116
  code   MDVGOV 20231117-
  code   MDVGOV
  kind   person
  note   president 17 Nov 2023 to today

actor IBRAHIM_MOHAMED_SOLIH
  name   Ibrahim Mohamed Solih; Ibu Solih
  code   MDVELI -20181116
  code   MDVGOV 20181117-20231117
  code   MDVELI 20231118-
  code   MDVELI
  kind   person
  note   president 17 Nov 2018 to 17 Nov 2023

actor MOHAMED_NASHEED
  name   Mohamed Nasheed; Nasheed
  code   MDVELI -20081110
  code   MDVGOV 20081111-20120207
  code   MDVELI 20120208-
  code   MDVELI
  kind   person
  note   president 11 Nov 2008 to 07 Feb 2012

actor ABDULLA_YAMEEN
  name   Abdulla Yameen; Yameen
  code   MDVELI -20131116
  code   MDVGOV 20131117-20181117
  code   MDVELI 20181118-
  code   MDVELI
  kind   person
  note   president 17 Nov 2013 to 17 Nov 2018

actor PUSHPA_KAMAL_DAHAL
  name   Pushpa Kamal Dahal; Prachanda; Dahal
  code   NPLELI -20080817
  code   NPLGOV 20080818-20090525
  code   NPLELI 20090526-20160803
  code   NPLGOV 20160804-20170607
  code   NPLELI 20170608-20221225
  code   NPLGOV 20221226-20240715
  code   NPLELI 20240716-
  code   NPLELI
  kind   person
  note   prime minister 18 Aug 2008 to 25 May 2009; prime minister 04 Aug 2016 to 07 Jun 2017; prime minister 26 Dec 2022 to 15 Jul 2024

actor SHER_BAHADUR_DEUBA
  name   Sher Bahadur Deuba; Deuba
  code   NPLELI -20010725
  code   NPLGOV 20010726-20021004
  code   NPLELI 20021005-20040602
  code   NPLGOV 20040603-20050201
  code   NPLELI 20050202-20170606
  code   NPLGOV 20170607-20180215
  code   NPLELI 20180216-20210712
  code   NPLGOV 20210713-20221226
  code   NPLELI 20221227-
  code   NPLELI
  kind   person
  note   prime minister 26 Jul 2001 to 04 Oct 2002; prime minister 03 Jun 2004 to 01 Feb 2005; prime minister 07 Jun 2017 to 15 Feb 2018; prime minister 13 Jul 2021 to 26 Dec 2022. Also prime minister 1995-1997.

actor BUI_THANH_SON
  name   Bui Thanh Son
  code   VNMELI -20210407
  code   VNMGOV 20210408-
  code   VNMGOV
  kind   person
  note   foreign minister 08 Apr 2021 to today

actor LIN_CHIA_LUNG
  name   Lin Chia-lung
  code   TWNELI -20240519
  code   TWNGOV 20240520-
  code   TWNGOV
  kind   person
  note   foreign minister 20 May 2024 to today

actor JOSEPH_WU
  name   Joseph Wu; Wu Jaushieh
  code   TWNELI -20180225
  code   TWNGOV 20180226-20240520
  code   TWNELI 20240521-
  code   TWNELI
  kind   person
  note   foreign minister 26 Feb 2018 to 20 May 2024

actor ZHAO_LEJI
  name   Zhao Leji
  code   CHNELI -20230309
  code   CHNLEG 20230310-
  code   CHNLEG
  kind   person
  note   National People's Congress chairman 10 Mar 2023 to today

actor LI_ZHANSHU
  name   Li Zhanshu
  code   CHNELI -20180316
  code   CHNLEG 20180317-20230310
  code   CHNELI 20230311-
  code   CHNELI
  kind   person
  note   National People's Congress chairman 17 Mar 2018 to 10 Mar 2023

actor SUH_WOOK
  name   Suh Wook
  code   KORELI -20200917
  code   KORGOV 20200918-20220509
  code   KORELI 20220510-
  code   KORELI
  kind   person
  note   defence minister 18 Sep 2020 to 09 May 2022

actor LEE_JONG_SUP
  name   Lee Jong-sup
  code   KORELI -20220509
  code   KORGOV 20220510-20231007
  code   KORELI 20231008-
  code   KORELI
  kind   person
  note   defence minister 10 May 2022 to 07 Oct 2023

actor KIM_YONG_HYUN
  name   Kim Yong-hyun
  code   KORELI -20240905
  code   KORGOV 20240906-20241205
  code   KORELI 20241206-
  code   KORELI
  kind   person
  note   defence minister 06 Sep 2024 to 05 Dec 2024. Resigned over the martial-law declaration of 3 December 2024; arrested.

actor AHN_GYU_BACK
  name   Ahn Gyu-back
  code   KORELI -20250724?
  code   KORGOV 20250725?-
  code   KORGOV
  kind   person
  note   defence minister 25 Jul 2025 (date uncertain) to today

actor THAN_SWE
  name   Than Swe
  code   MMRELI -20230131?
  code   MMRGOV 20230201?-
  code   MMRGOV
  kind   person
  note   foreign minister 01 Feb 2023 (date uncertain) to today

actor ENRIQUE_MANALO
  name   Enrique Manalo; Manalo
  code   PHLELI -20220630
  code   PHLGOV 20220701-20250731?
  code   PHLELI 20250801?-
  code   PHLELI
  kind   person
  note   foreign minister 01 Jul 2022 to 31 Jul 2025 (date uncertain)

actor GILBERTO_TEODORO
  name   Gilberto Teodoro; Gibo Teodoro; Teodoro
  code   PHLELI -20070731
  code   PHLGOV 20070801-20091115
  code   PHLELI 20091116-20230604
  code   PHLGOV 20230605-
  code   PHLGOV
  kind   person
  note   defence minister 01 Aug 2007 to 15 Nov 2009; defence minister 05 Jun 2023 to today

actor SJAFRIE_SJAMSOEDDIN
  name   Sjafrie Sjamsoeddin
  code   IDNELI -20241020
  code   IDNGOV 20241021-
  code   IDNGOV
  kind   person
  note   defence minister 21 Oct 2024 to today

actor MOHAMAD_HASAN
  name   Mohamad Hasan
  code   MYSELI -20221202
  code   MYSGOV 20221203-
  code   MYSGOV
  kind   person
  note   defence minister 03 Dec 2022 to 12 Dec 2023; foreign minister 12 Dec 2023 to today

actor NG_ENG_HEN
  name   Ng Eng Hen
  code   SGPELI -20110520
  code   SGPGOV 20110521-20250523?
  code   SGPELI 20250524?-
  code   SGPELI
  kind   person
  note   defence minister 21 May 2011 to 23 May 2025 (date uncertain)

actor MARIS_SANGIAMPONGSA
  name   Maris Sangiampongsa
  code   THAELI -20240902
  code   THAGOV 20240903-20250701?
  code   THAELI 20250702?-
  code   THAELI
  kind   person
  note   foreign minister 03 Sep 2024 to 01 Jul 2025 (date uncertain)

actor SONG_MIN_SOON
  name   Song Min-soon
  code   KORELI -20061130
  code   KORGOV 20061201-20080229
  code   KORELI 20080301-
  code   KORELI
  kind   person
  note   foreign minister 01 Dec 2006 to 29 Feb 2008

actor YU_MYUNG_HWAN
  name   Yu Myung-hwan
  code   KORELI -20080228
  code   KORGOV 20080229-20100904
  code   KORELI 20100905-
  code   KORELI
  kind   person
  note   foreign minister 29 Feb 2008 to 04 Sep 2010

actor KIM_SUNG_HWAN
  name   Kim Sung-hwan
  code   KORELI -20101008
  code   KORGOV 20101009-20130310
  code   KORELI 20130311-
  code   KORELI
  kind   person
  note   foreign minister 09 Oct 2010 to 10 Mar 2013

actor YOON_BYUNG_SE
  name   Yoon Byung-se
  code   KORELI -20130310
  code   KORGOV 20130311-20170616
  code   KORELI 20170617-
  code   KORELI
  kind   person
  note   foreign minister 11 Mar 2013 to 16 Jun 2017

actor HASSAN_WIRAJUDA
  name   Hassan Wirajuda; Wirajuda
  code   IDNELI -20010808
  code   IDNGOV 20010809-20091021
  code   IDNELI 20091022-
  code   IDNELI
  kind   person
  note   foreign minister 09 Aug 2001 to 21 Oct 2009

actor MARTY_NATALEGAWA
  name   Marty Natalegawa; Natalegawa
  code   IDNELI -20091021
  code   IDNGOV 20091022-20141020
  code   IDNELI 20141021-
  code   IDNELI
  kind   person
  note   foreign minister 22 Oct 2009 to 20 Oct 2014

actor PURNOMO_YUSGIANTORO
  name   Purnomo Yusgiantoro
  code   IDNELI -20091021
  code   IDNGOV 20091022-20141020
  code   IDNELI 20141021-
  code   IDNELI
  kind   person
  note   defence minister 22 Oct 2009 to 20 Oct 2014

actor RYAMIZARD_RYACUDU
  name   Ryamizard Ryacudu
  code   IDNELI -20141026
  code   IDNGOV 20141027-20191020
  code   IDNELI 20191021-
  code   IDNELI
  kind   person
  note   defence minister 27 Oct 2014 to 20 Oct 2019

actor ALEXANDER_DOWNER
  name   Alexander Downer
  code   AUSELI -19960310
  code   AUSGOV 19960311-20071203
  code   AUSELI 20071204-
  code   AUSELI
  kind   person
  note   foreign minister 11 Mar 1996 to 03 Dec 2007

actor STEPHEN_SMITH
  name   Stephen Smith
  code   AUSELI -20071202
  code   AUSGOV 20071203-20130918
  code   AUSELI 20130919-
  code   AUSELI
  kind   person
  note   foreign minister 03 Dec 2007 to 14 Sep 2010; defence minister 14 Sep 2010 to 18 Sep 2013

actor BOB_CARR
  name   Bob Carr
  code   AUSELI -20120312
  code   AUSGOV 20120313-20130918
  code   AUSELI 20130919-
  code   AUSELI
  kind   person
  note   foreign minister 13 Mar 2012 to 18 Sep 2013

actor PETER_DUTTON
  name   Peter Dutton; Dutton
  code   AUSELI -20210329
  code   AUSGOV 20210330-20220523
  code   AUSELI 20220524-
  code   AUSELI
  kind   person
  note   defence minister 30 Mar 2021 to 23 May 2022. Opposition leader May 2022 to May 2025 (ELI).

actor LINDA_REYNOLDS
  name   Linda Reynolds
  code   AUSELI -20190528
  code   AUSGOV 20190529-20210330
  code   AUSELI 20210331-
  code   AUSELI
  kind   person
  note   defence minister 29 May 2019 to 30 Mar 2021

actor CHRISTOPHER_PYNE
  name   Christopher Pyne; Pyne
  code   AUSELI -20180827
  code   AUSGOV 20180828-20190529
  code   AUSELI 20190530-
  code   AUSELI
  kind   person
  note   defence minister 28 Aug 2018 to 29 May 2019

actor SHARED_PREMIER_LI
  name   Premier Li
  code   CHNELI -20130314
  code   CHNGOV 20130315-
  code   CHNGOV
  kind   person
  note   The bare name 'Premier Li' is shared by Li Keqiang, Li Qiang; coded GOV while any of them held office.

actor SHARED_DUTERTE
  name   Duterte
  code   PHLELI -20160629
  code   PHLGOV 20160630-
  code   PHLGOV
  kind   person
  note   The bare name 'Duterte' is shared by Rodrigo Duterte, Sara Duterte; coded GOV while any of them held office.

# ---- added by lead-asia (asia1)

actor JIGME_SINGYE_WANGCHUCK
  name   Jigme Singye Wangchuck
  code   BTNELI -19720723
  code   BTNGOV 19720724-20061209
  code   BTNELI 20061210-
  code   BTNELI
  kind   person
  note   king 24 Jul 1972 to 09 Dec 2006. Abdicated in favour of his son on 9 December 2006.

actor JIGME_KHESAR_NAMGYEL_WANGCHUCK
  name   Jigme Khesar Namgyel Wangchuck; King Jigme Khesar; Jigme Khesar
  code   BTNELI -20061208
  code   BTNGOV 20061209-
  code   BTNGOV
  kind   person
  note   king 09 Dec 2006 to today. Crowned 6 November 2008.

actor JIGMI_THINLEY
  name   Jigmi Thinley; Jigme Thinley; Jigmi Y. Thinley
  code   BTNELI -20080408
  code   BTNGOV 20080409-20130428?
  code   BTNELI 20130429?-
  code   BTNELI
  kind   person
  note   prime minister 09 Apr 2008 to 28 Apr 2013 (date uncertain). Earlier chairman of the council of ministers in rotation (1998-1999 and 2003-2004); end of the 2008-2013 term uncertain.

actor TSHERING_TOBGAY
  name   Tshering Tobgay
  code   BTNELI -20130726
  code   BTNGOV 20130727-20180801?
  code   BTNELI 20180802?-20240127
  code   BTNGOV 20240128-
  code   BTNGOV
  kind   person
  note   prime minister 27 Jul 2013 to 01 Aug 2018 (date uncertain); prime minister 28 Jan 2024 to today. End of the first term uncertain (interim government from August 2018).

actor LOTAY_TSHERING
  name   Lotay Tshering
  code   BTNELI -20181106
  code   BTNGOV 20181107-20230801?
  code   BTNELI 20230802?-
  code   BTNELI
  kind   person
  note   prime minister 07 Nov 2018 to 01 Aug 2023 (date uncertain). End of term uncertain (interim government from August 2023).

actor TANDI_DORJI
  name   Tandi Dorji
  code   BTNELI -20181102?
  code   BTNGOV 20181103?-20230801?
  code   BTNELI 20230802?-
  code   BTNELI
  kind   person
  note   foreign minister 03 Nov 2018 (date uncertain) to 01 Aug 2023 (date uncertain). Dates marked uncertain are known to the month or year only.

actor UGYEN_TSHERING_BTN
  name   Ugyen Tshering; Lyonpo Ugyen Tshering
  code   BTNELI -20080410?
  code   BTNGOV 20080411?-20130428?
  code   BTNELI 20130429?-
  code   BTNELI
  kind   person
  note   foreign minister 11 Apr 2008 (date uncertain) to 28 Apr 2013 (date uncertain). Foreign minister of Bhutan's first elected government (Jigmi Thinley); dates known to the month only.

actor DN_DHUNGYEL
  name   DN Dhungyel; Dinanath Dhungyel; Lyonpo DN Dhungyel
  code   BTNELI -20130729?
  code   BTNGOV 20130730?-20180801?
  code   BTNELI 20180802?-20240131?
  code   BTNGOV 20240201?-
  code   BTNGOV
  kind   person
  note   minister of information and communications 30 Jul 2013 (date uncertain) to 01 Aug 2018 (date uncertain); foreign minister 01 Feb 2024 (date uncertain) to today. Information and communications minister in Tshering Tobgay's first government and foreign minister in his second (dates known to the month only); in office at our last information.

actor NORODOM_SIHANOUK
  name   Norodom Sihanouk; King Sihanouk; King Norodom Sihanouk
  code   KHMELI -19930923
  code   KHMGOV 19930924-20041007
  code   KHMELI 20041008-
  code   KHMELI
  kind   person
  note   king 24 Sep 1993 to 07 Oct 2004. Abdicated 7 October 2004; died 15 October 2012.

actor NORODOM_SIHAMONI
  name   Norodom Sihamoni; King Norodom Sihamoni; King Sihamoni
  code   KHMELI -20041013
  code   KHMGOV 20041014-
  code   KHMGOV
  kind   person
  note   king 14 Oct 2004 to today

actor HOR_NAMHONG
  name   Hor Namhong; Hor Nam Hong
  code   KHMELI -19981129?
  code   KHMGOV 19981130?-20160404?
  code   KHMELI 20160405?-
  code   KHMELI
  kind   person
  note   foreign minister 30 Nov 1998 (date uncertain) to 04 Apr 2016 (date uncertain). Dates marked uncertain are known to the month or year only.

actor PRAK_SOKHONN
  name   Prak Sokhonn
  code   KHMELI -20160403?
  code   KHMGOV 20160404?-20230822
  code   KHMELI 20230823-
  code   KHMELI
  kind   person
  note   foreign minister 04 Apr 2016 (date uncertain) to 22 Aug 2023. Dates marked uncertain are known to the month or year only.

actor SOK_CHENDA_SOPHEA
  name   Sok Chenda Sophea
  code   KHMELI -20230821
  code   KHMGOV 20230822-
  code   KHMGOV
  kind   person
  note   foreign minister 22 Aug 2023 to today

actor TEA_BANH
  name   Tea Banh
  code   KHMELI -19921231?
  code   KHMGOV 19930101?-20230822
  code   KHMELI 20230823-
  code   KHMELI
  kind   person
  note   defence minister 01 Jan 1993 (date uncertain) to 22 Aug 2023. Co-minister of defence in the 1990s; start date uncertain.

actor TEA_SEIHA
  name   Tea Seiha
  code   KHMELI -20230821
  code   KHMGOV 20230822-
  code   KHMGOV
  kind   person
  note   defence minister 22 Aug 2023 to today. Son of Tea Banh.

actor KHAMTAI_SIPHANDON
  name   Khamtai Siphandon; Khamtay Siphandone
  code   LAOELI -19980223
  code   LAOGOV 19980224-20060608
  code   LAOELI 20060609-
  code   LAOELI
  kind   person
  note   president 24 Feb 1998 to 08 Jun 2006. Died 2025 (date uncertain).

actor CHOUMMALY_SAYASONE
  name   Choummaly Sayasone; Choummaly
  code   LAOELI -20060607
  code   LAOGOV 20060608-20160420
  code   LAOELI 20160421-
  code   LAOELI
  kind   person
  note   president 08 Jun 2006 to 20 Apr 2016

actor BOUNNHANG_VORACHITH
  name   Bounnhang Vorachith; Bounnhang Vorachit
  code   LAOELI -20010326
  code   LAOGOV 20010327-20060608
  code   LAOELI 20060609-20160419
  code   LAOGOV 20160420-20210322
  code   LAOELI 20210323-
  code   LAOELI
  kind   person
  note   prime minister 27 Mar 2001 to 08 Jun 2006; president 20 Apr 2016 to 22 Mar 2021

actor SISAVATH_KEOBOUNPHANH
  name   Sisavath Keobounphanh
  code   LAOELI -19980223
  code   LAOGOV 19980224-20010327
  code   LAOELI 20010328-
  code   LAOELI
  kind   person
  note   prime minister 24 Feb 1998 to 27 Mar 2001

actor BOUASONE_BOUPHAVANH
  name   Bouasone Bouphavanh
  code   LAOELI -20060607
  code   LAOGOV 20060608-20101223
  code   LAOELI 20101224-
  code   LAOELI
  kind   person
  note   prime minister 08 Jun 2006 to 23 Dec 2010

actor THONGSING_THAMMAVONG
  name   Thongsing Thammavong
  code   LAOELI -20101222
  code   LAOGOV 20101223-20160420
  code   LAOELI 20160421-
  code   LAOELI
  kind   person
  note   prime minister 23 Dec 2010 to 20 Apr 2016

actor PHANKHAM_VIPHAVANH
  name   Phankham Viphavanh
  code   LAOELI -20210321
  code   LAOGOV 20210322-20221230
  code   LAOELI 20221231-
  code   LAOELI
  kind   person
  note   prime minister 22 Mar 2021 to 30 Dec 2022

actor SONEXAY_SIPHANDONE
  name   Sonexay Siphandone
  code   LAOELI -20221229
  code   LAOGOV 20221230-
  code   LAOGOV
  kind   person
  note   prime minister 30 Dec 2022 to today

actor SALEUMXAY_KOMMASITH
  name   Saleumxay Kommasith
  code   LAOELI -20160419
  code   LAOGOV 20160420-
  code   LAOGOV
  kind   person
  note   foreign minister 20 Apr 2016 to today. Still in office at our last information (uncertain).

actor SALAHUDDIN_OF_SELANGOR
  name   Sultan Salahuddin Abdul Aziz Shah
  code   MYSELI -19990425
  code   MYSGOV 19990426-20011121
  code   MYSELI 20011122-
  code   MYSELI
  kind   person
  note   king 26 Apr 1999 to 21 Nov 2001. Died in office 21 November 2001.

actor SIRAJUDDIN_OF_PERLIS
  name   Tuanku Syed Sirajuddin; Sultan Sirajuddin
  code   MYSELI -20011212
  code   MYSGOV 20011213-20061212
  code   MYSELI 20061213-
  code   MYSELI
  kind   person
  note   king 13 Dec 2001 to 12 Dec 2006. Acting from 21 November 2001.

actor MIZAN_ZAINAL_ABIDIN
  name   Mizan Zainal Abidin; Sultan Mizan Zainal Abidin
  code   MYSELI -20061212
  code   MYSGOV 20061213-20111212
  code   MYSELI 20111213-
  code   MYSELI
  kind   person
  note   king 13 Dec 2006 to 12 Dec 2011

actor ABDUL_HALIM_OF_KEDAH
  name   Sultan Abdul Halim Mu'adzam Shah; Tuanku Abdul Halim
  code   MYSELI -20111212
  code   MYSGOV 20111213-20161212
  code   MYSELI 20161213-
  code   MYSELI
  kind   person
  note   king 13 Dec 2011 to 12 Dec 2016. Died 11 September 2017.

actor MUHAMMAD_V_OF_KELANTAN
  name   Sultan Muhammad V
  code   MYSELI -20161212
  code   MYSGOV 20161213-20190106
  code   MYSELI 20190107-
  code   MYSELI
  kind   person
  note   king 13 Dec 2016 to 06 Jan 2019. Abdicated 6 January 2019.

actor ABDULLAH_OF_PAHANG
  name   Sultan Abdullah Sultan Ahmad Shah; Al-Sultan Abdullah
  code   MYSELI -20190130
  code   MYSGOV 20190131-20240130
  code   MYSELI 20240131-
  code   MYSELI
  kind   person
  note   king 31 Jan 2019 to 30 Jan 2024

actor IBRAHIM_ISKANDAR
  name   Sultan Ibrahim Iskandar; Sultan Ibrahim; King Ibrahim
  code   MYSELI -20240130
  code   MYSGOV 20240131-
  code   MYSGOV
  kind   person
  note   king 31 Jan 2024 to today. Sultan of Johor.

actor SYED_HAMID_ALBAR
  name   Syed Hamid Albar
  code   MYSELI -19950507?
  code   MYSGOV 19950508?-20080318?
  code   MYSELI 20080319?-
  code   MYSELI
  kind   person
  note   defence minister 08 May 1995 (date uncertain) to 14 Dec 1999 (date uncertain); foreign minister 15 Dec 1999 (date uncertain) to 18 Mar 2008 (date uncertain). Dates marked uncertain are known to the month or year only.

actor RAIS_YATIM
  name   Rais Yatim
  code   MYSELI -20080318
  code   MYSGOV 20080319-20090409
  code   MYSELI 20090410-
  code   MYSELI
  kind   person
  note   foreign minister 19 Mar 2008 to 09 Apr 2009

actor ANIFAH_AMAN
  name   Anifah Aman
  code   MYSELI -20090409
  code   MYSGOV 20090410-20180509
  code   MYSELI 20180510-
  code   MYSELI
  kind   person
  note   foreign minister 10 Apr 2009 to 09 May 2018

actor SAIFUDDIN_ABDULLAH
  name   Saifuddin Abdullah
  code   MYSELI -20180701
  code   MYSGOV 20180702-20200309
  code   MYSELI 20200310-20210829
  code   MYSGOV 20210830-20221124
  code   MYSELI 20221125-
  code   MYSELI
  kind   person
  note   foreign minister 02 Jul 2018 to 09 Mar 2020; foreign minister 30 Aug 2021 to 24 Nov 2022

actor HISHAMMUDDIN_HUSSEIN
  name   Hishammuddin Hussein; Hishammuddin
  code   MYSELI -20130515
  code   MYSGOV 20130516-20180509
  code   MYSELI 20180510-20200309
  code   MYSGOV 20200310-20210816
  code   MYSELI 20210817-20210829
  code   MYSGOV 20210830-20221124
  code   MYSELI 20221125-
  code   MYSELI
  kind   person
  note   defence minister 16 May 2013 to 09 May 2018; foreign minister 10 Mar 2020 to 16 Aug 2021; defence minister 30 Aug 2021 to 24 Nov 2022

actor ZAMBRY_ABDUL_KADIR
  name   Zambry Abdul Kadir
  code   MYSELI -20221202
  code   MYSGOV 20221203-20231212
  code   MYSELI 20231213-
  code   MYSELI
  kind   person
  note   foreign minister 03 Dec 2022 to 12 Dec 2023

actor AHMAD_ZAHID_HAMIDI
  name   Ahmad Zahid Hamidi; Zahid Hamidi
  code   MYSELI -20090409
  code   MYSGOV 20090410-20130515
  code   MYSELI 20130516-20150727
  code   MYSGOV 20150728-20180509
  code   MYSELI 20180510-20221202
  code   MYSGOV 20221203-
  code   MYSGOV
  kind   person
  note   defence minister 10 Apr 2009 to 15 May 2013; deputy prime minister 28 Jul 2015 to 09 May 2018; deputy prime minister 03 Dec 2022 to today

actor MOHAMAD_SABU
  name   Mohamad Sabu
  code   MYSELI -20180520
  code   MYSGOV 20180521-20200224
  code   MYSELI 20200225-
  code   MYSELI
  kind   person
  note   defence minister 21 May 2018 to 24 Feb 2020

actor MOHAMED_KHALED_NORDIN
  name   Mohamed Khaled Nordin
  code   MYSELI -20231211
  code   MYSGOV 20231212-
  code   MYSGOV
  kind   person
  note   defence minister 12 Dec 2023 to today

actor MAUMOON_ABDUL_GAYOOM
  name   Maumoon Abdul Gayoom; Gayoom
  code   MDVELI -19781110
  code   MDVGOV 19781111-20081111
  code   MDVELI 20081112-
  code   MDVELI
  kind   person
  note   president 11 Nov 1978 to 11 Nov 2008

actor MOHAMED_WAHEED_HASSAN
  name   Mohamed Waheed Hassan; Mohamed Waheed
  code   MDVELI -20081110
  code   MDVGOV 20081111-20131117
  code   MDVELI 20131118-
  code   MDVELI
  kind   person
  note   vice president 11 Nov 2008 to 07 Feb 2012; president 07 Feb 2012 to 17 Nov 2013

actor ABDULLA_SHAHID
  name   Abdulla Shahid
  code   MDVELI -20181116
  code   MDVGOV 20181117-20231117
  code   MDVELI 20231118-
  code   MDVELI
  kind   person
  note   foreign minister 17 Nov 2018 to 17 Nov 2023; UN General Assembly president 14 Sep 2021 to 13 Sep 2022. Coded GOV also while presiding over the UN General Assembly.

actor MOOSA_ZAMEER
  name   Moosa Zameer
  code   MDVELI -20231116
  code   MDVGOV 20231117-20250601?
  code   MDVELI 20250602?-
  code   MDVELI
  kind   person
  note   foreign minister 17 Nov 2023 to 01 Jun 2025 (date uncertain). End of tenure uncertain.

actor KING_GYANENDRA
  name   King Gyanendra; Gyanendra Shah; Gyanendra Bir Bikram Shah
  code   NPLELI -20010603
  code   NPLGOV 20010604-20080528
  code   NPLELI 20080529-
  code   NPLELI
  kind   person
  note   king 04 Jun 2001 to 28 May 2008; chairman of the council of ministers 01 Feb 2005 to 24 Apr 2006. Took direct power 1 February 2005 to 24 April 2006; the monarchy was abolished on 28 May 2008.

actor KING_BIRENDRA
  name   King Birendra; Birendra Bir Bikram Shah
  code   NPLELI -19720130
  code   NPLGOV 19720131-20010601
  code   NPLELI 20010602-
  code   NPLELI
  kind   person
  note   king 31 Jan 1972 to 01 Jun 2001. Killed in the royal massacre of 1 June 2001.

actor RAM_BARAN_YADAV
  name   Ram Baran Yadav
  code   NPLELI -20080722
  code   NPLGOV 20080723-20151029
  code   NPLELI 20151030-
  code   NPLELI
  kind   person
  note   president 23 Jul 2008 to 29 Oct 2015

actor BIDYA_DEVI_BHANDARI
  name   Bidya Devi Bhandari; Bidhya Devi Bhandari
  code   NPLELI -20151028
  code   NPLGOV 20151029-20230313
  code   NPLELI 20230314-
  code   NPLELI
  kind   person
  note   president 29 Oct 2015 to 13 Mar 2023

actor RAM_CHANDRA_POUDEL
  name   Ram Chandra Poudel; Ram Chandra Paudel
  code   NPLELI -20230312
  code   NPLGOV 20230313-
  code   NPLGOV
  kind   person
  note   president 13 Mar 2023 to today

actor GIRIJA_PRASAD_KOIRALA
  name   Girija Prasad Koirala; G. P. Koirala
  code   NPLELI -20000319
  code   NPLGOV 20000320-20010726
  code   NPLELI 20010727-20060424
  code   NPLGOV 20060425-20080818
  code   NPLELI 20080819-
  code   NPLELI
  kind   person
  note   prime minister 20 Mar 2000 to 26 Jul 2001; prime minister 25 Apr 2006 to 18 Aug 2008; acting head of state 15 Jan 2007 to 23 Jul 2008. Died 20 March 2010.

actor LOKENDRA_BAHADUR_CHAND
  name   Lokendra Bahadur Chand
  code   NPLELI -20021010
  code   NPLGOV 20021011-20030605
  code   NPLELI 20030606-
  code   NPLELI
  kind   person
  note   prime minister 11 Oct 2002 to 05 Jun 2003

actor SURYA_BAHADUR_THAPA
  name   Surya Bahadur Thapa
  code   NPLELI -20030604
  code   NPLGOV 20030605-20040603
  code   NPLELI 20040604-
  code   NPLELI
  kind   person
  note   prime minister 05 Jun 2003 to 03 Jun 2004

actor MADHAV_KUMAR_NEPAL
  name   Madhav Kumar Nepal
  code   NPLELI -20090524
  code   NPLGOV 20090525-20110206
  code   NPLELI 20110207-
  code   NPLELI
  kind   person
  note   prime minister 25 May 2009 to 06 Feb 2011

actor JHALA_NATH_KHANAL
  name   Jhala Nath Khanal
  code   NPLELI -20110205
  code   NPLGOV 20110206-20110829
  code   NPLELI 20110830-
  code   NPLELI
  kind   person
  note   prime minister 06 Feb 2011 to 29 Aug 2011

actor BABURAM_BHATTARAI
  name   Baburam Bhattarai
  code   NPLELI -20110828
  code   NPLGOV 20110829-20130314
  code   NPLELI 20130315-
  code   NPLELI
  kind   person
  note   prime minister 29 Aug 2011 to 14 Mar 2013

actor KHIL_RAJ_REGMI
  name   Khil Raj Regmi
  code   NPLELI -20130313
  code   NPLGOV 20130314-20140211
  code   NPLELI 20140212-
  code   NPLELI
  kind   person
  note   chairman of the interim council of ministers 14 Mar 2013 to 11 Feb 2014. Chief justice heading the election government.

actor SUSHIL_KOIRALA
  name   Sushil Koirala
  code   NPLELI -20140210
  code   NPLGOV 20140211-20151012
  code   NPLELI 20151013-
  code   NPLELI
  kind   person
  note   prime minister 11 Feb 2014 to 12 Oct 2015. Died 9 February 2016.

actor ARZU_RANA_DEUBA
  name   Arzu Rana Deuba
  code   NPLELI -20240714
  code   NPLGOV 20240715-20250909?
  code   NPLELI 20250910?-
  code   NPLELI
  kind   person
  note   foreign minister 15 Jul 2024 to 09 Sep 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor S_R_NATHAN
  name   S. R. Nathan; SR Nathan
  code   SGPELI -19990831
  code   SGPGOV 19990901-20110831
  code   SGPELI 20110901-
  code   SGPELI
  kind   person
  note   president 01 Sep 1999 to 31 Aug 2011. Died 22 August 2016.

actor TONY_TAN
  name   Tony Tan; Tony Tan Keng Yam
  code   SGPELI -19950624?
  code   SGPGOV 19950625?-20030801?
  code   SGPELI 20030802?-20110831
  code   SGPGOV 20110901-20170831
  code   SGPELI 20170901-
  code   SGPELI
  kind   person
  note   deputy prime minister and defence minister 25 Jun 1995 (date uncertain) to 01 Aug 2003 (date uncertain); president 01 Sep 2011 to 31 Aug 2017. Dates marked uncertain are known to the month or year only.

actor HALIMAH_YACOB
  name   Halimah Yacob
  code   SGPELI -20170913
  code   SGPGOV 20170914-20230913
  code   SGPELI 20230914-
  code   SGPELI
  kind   person
  note   president 14 Sep 2017 to 13 Sep 2023

actor THARMAN_SHANMUGARATNAM
  name   Tharman Shanmugaratnam; Tharman
  code   SGPELI -20230913
  code   SGPGOV 20230914-
  code   SGPGOV
  kind   person
  note   president 14 Sep 2023 to today

actor S_JAYAKUMAR
  name   S. Jayakumar; Shunmugam Jayakumar
  code   SGPELI -19940101?
  code   SGPGOV 19940102?-20040811?
  code   SGPELI 20040812?-
  code   SGPELI
  kind   person
  note   foreign minister 02 Jan 1994 (date uncertain) to 11 Aug 2004 (date uncertain). Dates marked uncertain are known to the month or year only.

actor GEORGE_YEO
  name   George Yeo
  code   SGPELI -20040811
  code   SGPGOV 20040812-20110520
  code   SGPELI 20110521-
  code   SGPELI
  kind   person
  note   foreign minister 12 Aug 2004 to 20 May 2011

actor K_SHANMUGAM
  name   K. Shanmugam; K Shanmugam
  code   SGPELI -20110520
  code   SGPGOV 20110521-20150930
  code   SGPELI 20151001-
  code   SGPELI
  kind   person
  note   foreign minister 21 May 2011 to 30 Sep 2015

actor TEO_CHEE_HEAN
  name   Teo Chee Hean
  code   SGPELI -20030731?
  code   SGPGOV 20030801?-20110520
  code   SGPELI 20110521-
  code   SGPELI
  kind   person
  note   defence minister 01 Aug 2003 (date uncertain) to 20 May 2011. Dates marked uncertain are known to the month or year only.

actor CHAN_CHUN_SING
  name   Chan Chun Sing
  code   SGPELI -20250522?
  code   SGPGOV 20250523?-
  code   SGPGOV
  kind   person
  note   defence minister 23 May 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor CHANDRIKA_KUMARATUNGA
  name   Chandrika Kumaratunga; Chandrika Bandaranaike Kumaratunga; Kumaratunga
  code   LKAELI -19941111
  code   LKAGOV 19941112-20051119
  code   LKAELI 20051120-
  code   LKAELI
  kind   person
  note   president 12 Nov 1994 to 19 Nov 2005

actor RATNASIRI_WICKREMANAYAKE
  name   Ratnasiri Wickremanayake
  code   LKAELI -20000809
  code   LKAGOV 20000810-20011209
  code   LKAELI 20011210-20051120
  code   LKAGOV 20051121-20100421
  code   LKAELI 20100422-
  code   LKAELI
  kind   person
  note   prime minister 10 Aug 2000 to 09 Dec 2001; prime minister 21 Nov 2005 to 21 Apr 2010

actor D_M_JAYARATNE
  name   D. M. Jayaratne; DM Jayaratne
  code   LKAELI -20100420
  code   LKAGOV 20100421-20150109
  code   LKAELI 20150110-
  code   LKAELI
  kind   person
  note   prime minister 21 Apr 2010 to 09 Jan 2015

actor DINESH_GUNAWARDENA
  name   Dinesh Gunawardena
  code   LKAELI -20190821?
  code   LKAGOV 20190822?-20210816?
  code   LKAELI 20210817?-20220721
  code   LKAGOV 20220722-20240923
  code   LKAELI 20240924-
  code   LKAELI
  kind   person
  note   foreign minister 22 Aug 2019 (date uncertain) to 16 Aug 2021 (date uncertain); prime minister 22 Jul 2022 to 23 Sep 2024. Dates marked uncertain are known to the month or year only.

actor HARINI_AMARASURIYA
  name   Harini Amarasuriya
  code   LKAELI -20240923
  code   LKAGOV 20240924-
  code   LKAGOV
  kind   person
  note   prime minister 24 Sep 2024 to today

actor LAKSHMAN_KADIRGAMAR
  name   Lakshman Kadirgamar; Kadirgamar
  code   LKAELI -19931231?
  code   LKAGOV 19940101?-20011209
  code   LKAELI 20011210-20040409?
  code   LKAGOV 20040410?-20050812
  code   LKAELI 20050813-
  code   LKAELI
  kind   person
  note   foreign minister 01 Jan 1994 (date uncertain) to 09 Dec 2001; foreign minister 10 Apr 2004 (date uncertain) to 12 Aug 2005. Assassinated 12 August 2005. Dates marked uncertain are known to the month or year only.

actor TYRONNE_FERNANDO
  name   Tyronne Fernando
  code   LKAELI -20011211?
  code   LKAGOV 20011212?-20040406?
  code   LKAELI 20040407?-
  code   LKAELI
  kind   person
  note   foreign minister 12 Dec 2001 (date uncertain) to 06 Apr 2004 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MANGALA_SAMARAWEERA
  name   Mangala Samaraweera
  code   LKAELI -20050831?
  code   LKAGOV 20050901?-20070128?
  code   LKAELI 20070129?-20150111
  code   LKAGOV 20150112-20170522
  code   LKAELI 20170523-
  code   LKAELI
  kind   person
  note   foreign minister 01 Sep 2005 (date uncertain) to 28 Jan 2007 (date uncertain); foreign minister 12 Jan 2015 to 22 May 2017. Dates marked uncertain are known to the month or year only.

actor ROHITHA_BOGOLLAGAMA
  name   Rohitha Bogollagama
  code   LKAELI -20070127?
  code   LKAGOV 20070128?-20100423?
  code   LKAELI 20100424?-
  code   LKAELI
  kind   person
  note   foreign minister 28 Jan 2007 (date uncertain) to 23 Apr 2010 (date uncertain). Dates marked uncertain are known to the month or year only.

actor G_L_PEIRIS
  name   G. L. Peiris; GL Peiris
  code   LKAELI -20100422?
  code   LKAGOV 20100423?-20150109
  code   LKAELI 20150110-20210815?
  code   LKAGOV 20210816?-20220509?
  code   LKAELI 20220510?-
  code   LKAELI
  kind   person
  note   foreign minister 23 Apr 2010 (date uncertain) to 09 Jan 2015; foreign minister 16 Aug 2021 (date uncertain) to 09 May 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ALI_SABRY
  name   Ali Sabry
  code   LKAELI -20220721?
  code   LKAGOV 20220722?-20240923
  code   LKAELI 20240924-
  code   LKAELI
  kind   person
  note   foreign minister 22 Jul 2022 (date uncertain) to 23 Sep 2024. Dates marked uncertain are known to the month or year only.

actor VIJITHA_HERATH
  name   Vijitha Herath
  code   LKAELI -20240923
  code   LKAGOV 20240924-
  code   LKAGOV
  kind   person
  note   foreign minister 24 Sep 2024 to today

actor TRAN_DUC_LUONG
  name   Tran Duc Luong; Trần Đức Lương
  code   VNMELI -19970923
  code   VNMGOV 19970924-20060627
  code   VNMELI 20060628-
  code   VNMELI
  kind   person
  note   president 24 Sep 1997 to 27 Jun 2006

actor NGUYEN_MINH_TRIET
  name   Nguyen Minh Triet; Nguyễn Minh Triết
  code   VNMELI -20060626
  code   VNMGOV 20060627-20110725
  code   VNMELI 20110726-
  code   VNMELI
  kind   person
  note   president 27 Jun 2006 to 25 Jul 2011

actor TRUONG_TAN_SANG
  name   Truong Tan Sang; Trương Tấn Sang
  code   VNMELI -20110724
  code   VNMGOV 20110725-20160402
  code   VNMELI 20160403-
  code   VNMELI
  kind   person
  note   president 25 Jul 2011 to 02 Apr 2016

actor TRAN_DAI_QUANG
  name   Tran Dai Quang; Trần Đại Quang
  code   VNMELI -20160401
  code   VNMGOV 20160402-20180921
  code   VNMELI 20180922-
  code   VNMELI
  kind   person
  note   president 02 Apr 2016 to 21 Sep 2018. Died in office 21 September 2018.

actor PHAN_VAN_KHAI
  name   Phan Van Khai; Phan Văn Khải
  code   VNMELI -19970924
  code   VNMGOV 19970925-20060627
  code   VNMELI 20060628-
  code   VNMELI
  kind   person
  note   prime minister 25 Sep 1997 to 27 Jun 2006

actor NGUYEN_DY_NIEN
  name   Nguyen Dy Nien
  code   VNMELI -19991231?
  code   VNMGOV 20000101?-20060627
  code   VNMELI 20060628-
  code   VNMELI
  kind   person
  note   foreign minister 01 Jan 2000 (date uncertain) to 27 Jun 2006. Dates marked uncertain are known to the month or year only.

actor PHAM_GIA_KHIEM
  name   Pham Gia Khiem
  code   VNMELI -20060626
  code   VNMGOV 20060627-20110803
  code   VNMELI 20110804-
  code   VNMELI
  kind   person
  note   foreign minister 27 Jun 2006 to 03 Aug 2011

actor PHAM_BINH_MINH
  name   Pham Binh Minh
  code   VNMELI -20110802
  code   VNMGOV 20110803-20210408
  code   VNMELI 20210409-
  code   VNMELI
  kind   person
  note   foreign minister 03 Aug 2011 to 08 Apr 2021

actor PHUNG_QUANG_THANH
  name   Phung Quang Thanh
  code   VNMELI -20060626
  code   VNMGOV 20060627-20160408
  code   VNMELI 20160409-
  code   VNMELI
  kind   person
  note   defence minister 27 Jun 2006 to 08 Apr 2016

actor NGO_XUAN_LICH
  name   Ngo Xuan Lich
  code   VNMELI -20160408
  code   VNMGOV 20160409-20210408
  code   VNMELI 20210409-
  code   VNMELI
  kind   person
  note   defence minister 09 Apr 2016 to 08 Apr 2021

actor PHAN_VAN_GIANG
  name   Phan Van Giang
  code   VNMELI -20210407
  code   VNMGOV 20210408-
  code   VNMGOV
  kind   person
  note   defence minister 08 Apr 2021 to today

actor MARI_ALKATIRI
  name   Mari Alkatiri; Alkatiri
  code   TLSELI -20020519
  code   TLSGOV 20020520-20060626
  code   TLSELI 20060627-20170914
  code   TLSGOV 20170915-20180622
  code   TLSELI 20180623-
  code   TLSELI
  kind   person
  note   prime minister 20 May 2002 to 26 Jun 2006; prime minister 15 Sep 2017 to 22 Jun 2018

actor ESTANISLAU_DA_SILVA
  name   Estanislau da Silva
  code   TLSELI -20070518
  code   TLSGOV 20070519-20070808
  code   TLSELI 20070809-
  code   TLSELI
  kind   person
  note   prime minister 19 May 2007 to 08 Aug 2007

actor TAUR_MATAN_RUAK
  name   Taur Matan Ruak
  code   TLSELI -20120519
  code   TLSGOV 20120520-20170520
  code   TLSELI 20170521-20180621
  code   TLSGOV 20180622-20230701
  code   TLSELI 20230702-
  code   TLSELI
  kind   person
  note   president 20 May 2012 to 20 May 2017; prime minister 22 Jun 2018 to 01 Jul 2023

actor RUI_MARIA_DE_ARAUJO
  name   Rui Maria de Araújo; Rui Araujo
  code   TLSELI -20150215
  code   TLSGOV 20150216-20170915
  code   TLSELI 20170916-
  code   TLSELI
  kind   person
  note   prime minister 16 Feb 2015 to 15 Sep 2017

actor FRANCISCO_GUTERRES
  name   Francisco Guterres; Lú-Olo; Lu Olo
  code   TLSELI -20170519
  code   TLSGOV 20170520-20220520
  code   TLSELI 20220521-
  code   TLSELI
  kind   person
  note   president 20 May 2017 to 20 May 2022

actor ZACARIAS_DA_COSTA
  name   Zacarias da Costa; Zacarias Albano da Costa
  code   TLSELI -20070807
  code   TLSGOV 20070808-20120807
  code   TLSELI 20120808-
  code   TLSELI
  kind   person
  note   foreign minister 08 Aug 2007 to 07 Aug 2012. Foreign minister of the fourth constitutional government.

actor JOSE_LUIS_GUTERRES
  name   José Luís Guterres; Jose Luis Guterres; José Luis Guterres
  code   TLSELI -20070807
  code   TLSGOV 20070808-20150215
  code   TLSELI 20150216-
  code   TLSELI
  kind   person
  note   deputy prime minister 08 Aug 2007 to 07 Aug 2012; foreign minister 08 Aug 2012 to 15 Feb 2015. Not to be confused with the UN secretary-general or with Francisco or Aurélio Guterres.

actor HERNANI_COELHO
  name   Hernâni Coelho; Hernani Coelho; Hernâni Coelho da Silva
  code   TLSELI -20150215
  code   TLSGOV 20150216-20170914
  code   TLSELI 20170915-
  code   TLSELI
  kind   person
  note   foreign minister 16 Feb 2015 to 14 Sep 2017. Foreign minister of the sixth constitutional government (Rui Maria de Araújo).

actor AURELIO_GUTERRES
  name   Aurélio Guterres; Aurelio Guterres; Aurélio Sérgio Cristóvão Guterres
  code   TLSELI -20170914
  code   TLSGOV 20170915-20180621
  code   TLSELI 20180622-
  code   TLSELI
  kind   person
  note   foreign minister 15 Sep 2017 to 21 Jun 2018. Foreign minister of the seventh constitutional government (Alkatiri); university rector before.

actor DIONISIO_BABO_SOARES
  name   Dionísio Babo Soares; Dionisio Babo Soares; Dionísio da Costa Babo Soares
  code   TLSELI -20120807?
  code   TLSGOV 20120808?-20170914?
  code   TLSELI 20170915?-20180621
  code   TLSGOV 20180622-20200623?
  code   TLSELI 20200624?-
  code   TLSELI
  kind   person
  note   minister of justice, then of state administration 08 Aug 2012 (date uncertain) to 14 Sep 2017 (date uncertain); foreign minister 22 Jun 2018 to 23 Jun 2020 (date uncertain). Left when FRETILIN joined the Taur Matan Ruak government in mid-2020 (end date uncertain; his earlier cabinet posts are known to the year only).

actor ADALJIZA_MAGNO
  name   Adaljiza Magno; Adaljiza Albertina Xavier Reis Magno
  code   TLSELI -20200623?
  code   TLSGOV 20200624?-20230630
  code   TLSELI 20230701-
  code   TLSELI
  kind   person
  note   foreign minister 24 Jun 2020 (date uncertain) to 30 Jun 2023. Sworn in when FRETILIN joined the eighth government in 2020 (start date uncertain).

actor BENDITO_FREITAS
  name   Bendito Freitas; Bendito dos Santos Freitas
  code   TLSELI -20230630
  code   TLSGOV 20230701-
  code   TLSGOV
  kind   person
  note   foreign minister 01 Jul 2023 to today. Foreign minister of the ninth constitutional government (Xanana Gusmão).

actor ROQUE_RODRIGUES
  name   Roque Rodrigues
  code   TLSELI -20020519
  code   TLSGOV 20020520-20060601?
  code   TLSELI 20060602?-
  code   TLSELI
  kind   person
  note   secretary of state for defence 20 May 2002 to 01 Jun 2006 (date uncertain). Dismissed with the interior minister during the 2006 crisis (end date uncertain).

actor CIRILO_CRISTOVAO
  name   Cirilo Cristóvão; Cirilo José Cristóvão; Cirilo Cristovao
  code   TLSELI -20150215
  code   TLSGOV 20150216-20170914
  code   TLSELI 20170915-
  code   TLSELI
  kind   person
  note   defence minister 16 Feb 2015 to 14 Sep 2017. Minister of defence of the sixth constitutional government; Xanana Gusmão held defence as prime minister 2007-2015.

actor FILOMENO_PAIXAO
  name   Filomeno Paixão; Filomeno Paixao; Filomeno da Paixão de Jesus
  code   TLSELI -20180621?
  code   TLSGOV 20180622?-20230630
  code   TLSELI 20230701-
  code   TLSELI
  kind   person
  note   defence minister 22 Jun 2018 (date uncertain) to 30 Jun 2023. Former deputy chief of the defence force; sworn in with the eighth government in 2018 (start date uncertain).

actor DONACIANO_GOMES
  name   Donaciano Gomes; Donaciano do Rosário da Costa Gomes
  code   TLSELI -20230630
  code   TLSGOV 20230701-
  code   TLSGOV
  kind   person
  note   defence minister 01 Jul 2023 to today. Minister of defence of the ninth constitutional government (in office at our last information).

actor HONG_SONG_NAM
  name   Hong Song Nam; Hong Song-nam
  code   PRKELI -19970220
  code   PRKGOV 19970221-20030903
  code   PRKELI 20030904-
  code   PRKELI
  kind   person
  note   premier 21 Feb 1997 to 03 Sep 2003

actor PAK_PONG_JU
  name   Pak Pong Ju; Pak Pong-ju
  code   PRKELI -20030902
  code   PRKGOV 20030903-20070411
  code   PRKELI 20070412-20130331
  code   PRKGOV 20130401-20190411
  code   PRKELI 20190412-
  code   PRKELI
  kind   person
  note   premier 03 Sep 2003 to 11 Apr 2007; premier 01 Apr 2013 to 11 Apr 2019

actor KIM_YONG_IL_PRK
  name   Kim Yong Il; Kim Yong-il
  code   PRKELI -20070410
  code   PRKGOV 20070411-20100607
  code   PRKELI 20100608-
  code   PRKELI
  kind   person
  note   premier 11 Apr 2007 to 07 Jun 2010

actor CHOE_YONG_RIM
  name   Choe Yong Rim; Choe Yong-rim
  code   PRKELI -20100606
  code   PRKGOV 20100607-20130401
  code   PRKELI 20130402-
  code   PRKELI
  kind   person
  note   premier 07 Jun 2010 to 01 Apr 2013

actor KIM_JAE_RYONG
  name   Kim Jae Ryong; Kim Jae-ryong
  code   PRKELI -20190410
  code   PRKGOV 20190411-20200813
  code   PRKELI 20200814-
  code   PRKELI
  kind   person
  note   premier 11 Apr 2019 to 13 Aug 2020

actor KIM_TOK_HUN
  name   Kim Tok Hun; Kim Tok-hun
  code   PRKELI -20200812
  code   PRKGOV 20200813-20241231?
  code   PRKELI 20250101?-
  code   PRKELI
  kind   person
  note   premier 13 Aug 2020 to 31 Dec 2024 (date uncertain). Replaced at the turn of 2025 (date uncertain).

actor PAK_THAE_SONG
  name   Pak Thae Song; Pak Thae-song
  code   PRKELI -20241231?
  code   PRKGOV 20250101?-
  code   PRKGOV
  kind   person
  note   premier 01 Jan 2025 (date uncertain) to today. Appointed at the turn of 2025 (date uncertain).

actor KIM_YONG_CHOL
  name   Kim Yong Chol; Kim Yong-chol
  code   PRKELI -20090131?
  code   PRKGOV 20090201?-20190501?
  code   PRKELI 20190502?-
  code   PRKELI
  kind   person
  note   intelligence chief 01 Feb 2009 (date uncertain) to 01 May 2016 (date uncertain); party united front department director 01 May 2016 (date uncertain) to 01 May 2019 (date uncertain). Led North Korea's nuclear talks with the United States in 2018-2019. Dates marked uncertain are known to the month or year only.

actor NO_KWANG_CHOL
  name   No Kwang Chol; No Kwang-chol
  code   PRKELI -20180531?
  code   PRKGOV 20180601?-20191201?
  code   PRKELI 20191202?-20240930?
  code   PRKGOV 20241001?-
  code   PRKGOV
  kind   person
  note   defence minister 01 Jun 2018 (date uncertain) to 01 Dec 2019 (date uncertain); defence minister 01 Oct 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor KANG_SUN_NAM
  name   Kang Sun Nam; Kang Sun-nam
  code   PRKELI -20220531?
  code   PRKGOV 20220601?-20241001?
  code   PRKELI 20241002?-
  code   PRKELI
  kind   person
  note   defence minister 01 Jun 2022 (date uncertain) to 01 Oct 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KHIN_NYUNT
  name   Khin Nyunt
  code   MMRELI -20030824
  code   MMRGOV 20030825-20041019
  code   MMRELI 20041020-
  code   MMRELI
  kind   person
  note   prime minister 25 Aug 2003 to 19 Oct 2004. Intelligence chief; purged in October 2004.

actor SOE_WIN
  name   Soe Win
  code   MMRELI -20041018
  code   MMRGOV 20041019-20071012
  code   MMRELI 20071013-
  code   MMRELI
  kind   person
  note   prime minister 19 Oct 2004 to 12 Oct 2007. Died 12 October 2007; Thein Sein acting from April 2007.

actor WUNNA_MAUNG_LWIN
  name   Wunna Maung Lwin
  code   MMRELI -20110329
  code   MMRGOV 20110330-20160330
  code   MMRELI 20160331-20210131
  code   MMRGOV 20210201-20230201?
  code   MMRELI 20230202?-
  code   MMRELI
  kind   person
  note   foreign minister 30 Mar 2011 to 30 Mar 2016; foreign minister 01 Feb 2021 to 01 Feb 2023 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NYAN_WIN
  name   Nyan Win
  code   MMRELI -20040917?
  code   MMRGOV 20040918?-20110330
  code   MMRELI 20110331-
  code   MMRELI
  kind   person
  note   foreign minister 18 Sep 2004 (date uncertain) to 30 Mar 2011. Dates marked uncertain are known to the month or year only.

actor NYAN_TUN
  name   Nyan Tun
  code   MMRELI -20120814?
  code   MMRGOV 20120815?-20160330
  code   MMRELI 20160331-
  code   MMRELI
  kind   person
  note   vice president 15 Aug 2012 (date uncertain) to 30 Mar 2016. Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (asia2)

actor LEE_HAN_DONG
  name   Lee Han-dong; Lee Han Dong
  code   KORELI -20000522?
  code   KORGOV 20000523?-20020711
  code   KORELI 20020712-
  code   KORELI
  kind   person
  note   prime minister 23 May 2000 (date uncertain) to 11 Jul 2002. Dates marked uncertain are known to the month or year only.

actor KIM_SUK_SOO
  name   Kim Suk-soo
  code   KORELI -20021003?
  code   KORGOV 20021004?-20030226
  code   KORELI 20030227-
  code   KORELI
  kind   person
  note   prime minister 04 Oct 2002 (date uncertain) to 26 Feb 2003. Dates marked uncertain are known to the month or year only.

actor GOH_KUN
  name   Goh Kun
  code   KORELI -20030226
  code   KORGOV 20030227-20040524
  code   KORELI 20040525-
  code   KORELI
  kind   person
  note   prime minister 27 Feb 2003 to 24 May 2004. Acting president 12 March to 14 May 2004 while President Roh was impeached.

actor LEE_HAE_CHAN
  name   Lee Hae-chan; Lee Hae Chan
  code   KORELI -20040629
  code   KORGOV 20040630-20060315
  code   KORELI 20060316-
  code   KORELI
  kind   person
  note   prime minister 30 Jun 2004 to 15 Mar 2006

actor HAN_MYEONG_SOOK
  name   Han Myeong-sook; Han Myung-sook
  code   KORELI -20060419
  code   KORGOV 20060420-20070307
  code   KORELI 20070308-
  code   KORELI
  kind   person
  note   prime minister 20 Apr 2006 to 07 Mar 2007

actor HAN_SEUNG_SOO
  name   Han Seung-soo
  code   KORELI -20010325
  code   KORGOV 20010326-20020204
  code   KORELI 20020205-20080228
  code   KORGOV 20080229-20090928
  code   KORELI 20090929-
  code   KORELI
  kind   person
  note   foreign minister 26 Mar 2001 to 04 Feb 2002; prime minister 29 Feb 2008 to 28 Sep 2009. President of the UN General Assembly 2001-2002.

actor CHUNG_UN_CHAN
  name   Chung Un-chan
  code   KORELI -20090928
  code   KORGOV 20090929-20100811
  code   KORELI 20100812-
  code   KORELI
  kind   person
  note   prime minister 29 Sep 2009 to 11 Aug 2010

actor KIM_HWANG_SIK
  name   Kim Hwang-sik
  code   KORELI -20100930
  code   KORGOV 20101001-20130226
  code   KORELI 20130227-
  code   KORELI
  kind   person
  note   prime minister 01 Oct 2010 to 26 Feb 2013

actor CHUNG_HONG_WON
  name   Chung Hong-won
  code   KORELI -20130225
  code   KORGOV 20130226-20150216
  code   KORELI 20150217-
  code   KORELI
  kind   person
  note   prime minister 26 Feb 2013 to 16 Feb 2015

actor LEE_WAN_KOO
  name   Lee Wan-koo
  code   KORELI -20150216
  code   KORGOV 20150217-20150427
  code   KORELI 20150428-
  code   KORELI
  kind   person
  note   prime minister 17 Feb 2015 to 27 Apr 2015

actor HWANG_KYO_AHN
  name   Hwang Kyo-ahn
  code   KORELI -20150617
  code   KORGOV 20150618-20170511
  code   KORELI 20170512-
  code   KORELI
  kind   person
  note   prime minister 18 Jun 2015 to 11 May 2017; acting president 09 Dec 2016 to 10 May 2017

actor LEE_NAK_YON
  name   Lee Nak-yon; Lee Nak-yeon
  code   KORELI -20170530
  code   KORGOV 20170531-20200114
  code   KORELI 20200115-
  code   KORELI
  kind   person
  note   prime minister 31 May 2017 to 14 Jan 2020

actor CHUNG_SYE_KYUN
  name   Chung Sye-kyun
  code   KORELI -20200113
  code   KORGOV 20200114-20210416
  code   KORELI 20210417-
  code   KORELI
  kind   person
  note   prime minister 14 Jan 2020 to 16 Apr 2021

actor KIM_BOO_KYUM
  name   Kim Boo-kyum
  code   KORELI -20210513
  code   KORGOV 20210514-20220511
  code   KORELI 20220512-
  code   KORELI
  kind   person
  note   prime minister 14 May 2021 to 11 May 2022

actor KIM_MIN_SEOK
  name   Kim Min-seok
  code   KORELI -20250702?
  code   KORGOV 20250703?-
  code   KORGOV
  kind   person
  note   prime minister 03 Jul 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor KIM_DONG_SHIN
  name   Kim Dong-shin
  code   KORELI -20010325?
  code   KORGOV 20010326?-20030226?
  code   KORELI 20030227?-
  code   KORELI
  kind   person
  note   defence minister 26 Mar 2001 (date uncertain) to 26 Feb 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

actor CHO_YOUNG_KIL
  name   Cho Young-kil
  code   KORELI -20030226?
  code   KORGOV 20030227?-20040715?
  code   KORELI 20040716?-
  code   KORELI
  kind   person
  note   defence minister 27 Feb 2003 (date uncertain) to 15 Jul 2004 (date uncertain). Dates marked uncertain are known to the month or year only.

actor YOON_KWANG_UNG
  name   Yoon Kwang-ung
  code   KORELI -20040715?
  code   KORGOV 20040716?-20061116?
  code   KORELI 20061117?-
  code   KORELI
  kind   person
  note   defence minister 16 Jul 2004 (date uncertain) to 16 Nov 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KIM_JANG_SOO
  name   Kim Jang-soo
  code   KORELI -20061116?
  code   KORGOV 20061117?-20080229?
  code   KORELI 20080301?-
  code   KORELI
  kind   person
  note   defence minister 17 Nov 2006 (date uncertain) to 29 Feb 2008 (date uncertain). Dates marked uncertain are known to the month or year only.

actor LEE_SANG_HEE
  name   Lee Sang-hee
  code   KORELI -20080228?
  code   KORGOV 20080229?-20090830?
  code   KORELI 20090831?-
  code   KORELI
  kind   person
  note   defence minister 29 Feb 2008 (date uncertain) to 30 Aug 2009 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KIM_TAE_YOUNG
  name   Kim Tae-young
  code   KORELI -20090831?
  code   KORGOV 20090901?-20101203?
  code   KORELI 20101204?-
  code   KORELI
  kind   person
  note   defence minister 01 Sep 2009 (date uncertain) to 03 Dec 2010 (date uncertain). Resigned after the shelling of Yeonpyeong in November 2010. Dates marked uncertain are known to the month or year only.

actor KIM_KWAN_JIN
  name   Kim Kwan-jin
  code   KORELI -20101203
  code   KORGOV 20101204-20170510
  code   KORELI 20170511-
  code   KORELI
  kind   person
  note   defence minister 04 Dec 2010 to 30 Jun 2014; national security adviser 01 Jul 2014 (date uncertain) to 10 May 2017. Dates marked uncertain are known to the month or year only.

actor HAN_MIN_KOO
  name   Han Min-koo
  code   KORELI -20140629
  code   KORGOV 20140630-20170714
  code   KORELI 20170715-
  code   KORELI
  kind   person
  note   defence minister 30 Jun 2014 to 14 Jul 2017

actor SONG_YOUNG_MOO
  name   Song Young-moo
  code   KORELI -20170713
  code   KORGOV 20170714-20180921
  code   KORELI 20180922-
  code   KORELI
  kind   person
  note   defence minister 14 Jul 2017 to 21 Sep 2018

actor JEONG_KYEONG_DOO
  name   Jeong Kyeong-doo
  code   KORELI -20180920
  code   KORGOV 20180921-20200918
  code   KORELI 20200919-
  code   KORELI
  kind   person
  note   defence minister 21 Sep 2018 to 18 Sep 2020

actor SHIN_WON_SIK
  name   Shin Won-sik
  code   KORELI -20231006
  code   KORGOV 20231007-20250604?
  code   KORELI 20250605?-
  code   KORELI
  kind   person
  note   defence minister 07 Oct 2023 to 06 Sep 2024; national security adviser 06 Sep 2024 (date uncertain) to 04 Jun 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor LEE_JOUNG_BINN
  name   Lee Joung-binn
  code   KORELI -20000113?
  code   KORGOV 20000114?-20010326?
  code   KORELI 20010327?-
  code   KORELI
  kind   person
  note   foreign minister 14 Jan 2000 (date uncertain) to 26 Mar 2001 (date uncertain). Dates marked uncertain are known to the month or year only.

actor CHOI_SUNG_HONG
  name   Choi Sung-hong
  code   KORELI -20020203?
  code   KORGOV 20020204?-20030227?
  code   KORELI 20030228?-
  code   KORELI
  kind   person
  note   foreign minister 04 Feb 2002 (date uncertain) to 27 Feb 2003 (date uncertain). Dates marked uncertain are known to the month or year only.

actor YOON_YOUNG_KWAN
  name   Yoon Young-kwan
  code   KORELI -20030226?
  code   KORGOV 20030227?-20040116?
  code   KORELI 20040117?-
  code   KORELI
  kind   person
  note   foreign minister 27 Feb 2003 (date uncertain) to 16 Jan 2004 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BURHANUDDIN_RABBANI
  name   Burhanuddin Rabbani
  code   AFGELI -19920627
  code   AFGGOV 19920628-20011222
  code   AFGELI 20011223-20101006?
  code   AFGGOV 20101007?-20110920
  code   AFGELI 20110921-
  code   AFGELI
  kind   person
  note   president 28 Jun 1992 to 22 Dec 2001; high peace council chairman 07 Oct 2010 (date uncertain) to 20 Sep 2011. President of the internationally recognized government in exile from Kabul 1996-2001; assassinated 20 September 2011. Dates marked uncertain are known to the month or year only.

actor MOHAMMAD_RABBANI_AKHUND
  name   Mohammad Rabbani; Mullah Mohammad Rabbani
  code   AFGELI -19960930?
  code   AFGGOV 19961001?-20010416
  code   AFGELI 20010417-
  code   AFGELI
  kind   person
  note   chairman of the council of ministers 01 Oct 1996 (date uncertain) to 16 Apr 2001. Taliban prime minister; died 16 April 2001. Dates marked uncertain are known to the month or year only.

actor WAKIL_AHMED_MUTAWAKIL
  name   Wakil Ahmed Muttawakil; Wakil Ahmad Muttawakil
  code   AFGELI -19990930?
  code   AFGGOV 19991001?-20011113?
  code   AFGELI 20011114?-
  code   AFGELI
  kind   person
  note   foreign minister 01 Oct 1999 (date uncertain) to 13 Nov 2001 (date uncertain). Taliban foreign minister. Dates marked uncertain are known to the month or year only.

actor RANGIN_DADFAR_SPANTA
  name   Rangin Dadfar Spanta; Spanta
  code   AFGELI -20060419?
  code   AFGGOV 20060420?-20140929
  code   AFGELI 20140930-
  code   AFGELI
  kind   person
  note   foreign minister 20 Apr 2006 (date uncertain) to 19 Jan 2010 (date uncertain); national security adviser 20 Jan 2010 (date uncertain) to 29 Sep 2014. Dates marked uncertain are known to the month or year only.

actor ZALMAI_RASSOUL
  name   Zalmai Rassoul
  code   AFGELI -20051231?
  code   AFGGOV 20060101?-20131001?
  code   AFGELI 20131002?-
  code   AFGELI
  kind   person
  note   national security adviser 01 Jan 2006 (date uncertain) to 19 Jan 2010 (date uncertain); foreign minister 19 Jan 2010 (date uncertain) to 01 Oct 2013 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SALAHUDDIN_RABBANI
  name   Salahuddin Rabbani
  code   AFGELI -20150127?
  code   AFGGOV 20150128?-20190311?
  code   AFGELI 20190312?-
  code   AFGELI
  kind   person
  note   foreign minister 28 Jan 2015 (date uncertain) to 11 Mar 2019 (date uncertain). Dates marked uncertain are known to the month or year only.

actor HANEEF_ATMAR
  name   Mohammad Haneef Atmar; Haneef Atmar; Hanif Atmar
  code   AFGELI -20140930?
  code   AFGGOV 20141001?-20180825
  code   AFGELI 20180826-20200331?
  code   AFGGOV 20200401?-20210615?
  code   AFGELI 20210616?-
  code   AFGELI
  kind   person
  note   national security adviser 01 Oct 2014 (date uncertain) to 25 Aug 2018; foreign minister 01 Apr 2020 (date uncertain) to 15 Jun 2021 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MOHAMMED_FAHIM
  name   Mohammed Fahim; Marshal Fahim; Mohammad Qasim Fahim
  code   AFGELI -20011221
  code   AFGGOV 20011222-20041223?
  code   AFGELI 20041224?-20091118
  code   AFGGOV 20091119-20140309
  code   AFGELI 20140310-
  code   AFGELI
  kind   person
  note   defence minister 22 Dec 2001 to 23 Dec 2004 (date uncertain); first vice president 19 Nov 2009 to 09 Mar 2014. Died 9 March 2014. Dates marked uncertain are known to the month or year only.

actor ABDUL_RAHIM_WARDAK
  name   Abdul Rahim Wardak
  code   AFGELI -20041222?
  code   AFGGOV 20041223?-20120807
  code   AFGELI 20120808-
  code   AFGELI
  kind   person
  note   defence minister 23 Dec 2004 (date uncertain) to 07 Aug 2012. Dates marked uncertain are known to the month or year only.

actor BISMILLAH_KHAN_MOHAMMADI
  name   Bismillah Khan Mohammadi
  code   AFGELI -20120914?
  code   AFGGOV 20120915?-20150120?
  code   AFGELI 20150121?-20210618?
  code   AFGGOV 20210619?-20210815
  code   AFGELI 20210816-
  code   AFGELI
  kind   person
  note   defence minister 15 Sep 2012 (date uncertain) to 20 Jan 2015 (date uncertain); defence minister 19 Jun 2021 (date uncertain) to 15 Aug 2021. Dates marked uncertain are known to the month or year only.

actor ABDULLAH_HABIBI
  name   Abdullah Habibi
  code   AFGELI -20150520?
  code   AFGGOV 20150521?-20170424
  code   AFGELI 20170425-
  code   AFGELI
  kind   person
  note   defence minister 21 May 2015 (date uncertain) to 24 Apr 2017. Dates marked uncertain are known to the month or year only.

actor TARIQ_SHAH_BAHRAMI
  name   Tariq Shah Bahrami
  code   AFGELI -20170531?
  code   AFGGOV 20170601?-20181223?
  code   AFGELI 20181224?-
  code   AFGELI
  kind   person
  note   defence minister 01 Jun 2017 (date uncertain) to 23 Dec 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ASADULLAH_KHALID
  name   Asadullah Khalid
  code   AFGELI -20181222?
  code   AFGGOV 20181223?-20210319?
  code   AFGELI 20210320?-
  code   AFGELI
  kind   person
  note   defence minister 23 Dec 2018 (date uncertain) to 19 Mar 2021 (date uncertain). Dates marked uncertain are known to the month or year only.

actor AMRULLAH_SALEH
  name   Amrullah Saleh; Saleh
  code   AFGELI -20031231?
  code   AFGGOV 20040101?-20100606
  code   AFGELI 20100607-20200218
  code   AFGGOV 20200219-20210815
  code   AFGELI 20210816-
  code   AFGELI
  kind   person
  note   intelligence chief 01 Jan 2004 (date uncertain) to 06 Jun 2010; first vice president 19 Feb 2020 to 15 Aug 2021. Claimed the acting presidency after 15 August 2021 (not recognized; coded ELI from then). Dates marked uncertain are known to the month or year only.

actor SARWAR_DANISH
  name   Sarwar Danish
  code   AFGELI -20140928
  code   AFGGOV 20140929-20210815
  code   AFGELI 20210816-
  code   AFGELI
  kind   person
  note   second vice president 29 Sep 2014 to 15 Aug 2021

actor YOHEI_KONO
  name   Yohei Kono
  code   JPNELI -19991004
  code   JPNGOV 19991005-20010426
  code   JPNELI 20010427-
  code   JPNELI
  kind   person
  note   foreign minister 05 Oct 1999 to 26 Apr 2001

actor YOSHINORI_ONO
  name   Yoshinori Ono
  code   JPNELI -20040926
  code   JPNGOV 20040927-20051031
  code   JPNELI 20051101-
  code   JPNELI
  kind   person
  note   defence agency director-general 27 Sep 2004 to 31 Oct 2005

actor FUKUSHIRO_NUKAGA
  name   Fukushiro Nukaga
  code   JPNELI -20051030
  code   JPNGOV 20051031-20060926
  code   JPNELI 20060927-
  code   JPNELI
  kind   person
  note   defence agency director-general 31 Oct 2005 to 26 Sep 2006

actor FUMIO_KYUMA
  name   Fumio Kyuma
  code   JPNELI -20060925
  code   JPNGOV 20060926-20070703
  code   JPNELI 20070704-
  code   JPNELI
  kind   person
  note   defence agency director-general 26 Sep 2006 to 08 Jan 2007; defence minister 09 Jan 2007 to 03 Jul 2007

actor YURIKO_KOIKE
  name   Yuriko Koike
  code   JPNELI -20070703
  code   JPNGOV 20070704-20070827
  code   JPNELI 20070828-
  code   JPNELI
  kind   person
  note   defence minister 04 Jul 2007 to 27 Aug 2007. Governor of Tokyo from 2 August 2016 (local office, ELI here).

actor TOSHIMI_KITAZAWA
  name   Toshimi Kitazawa
  code   JPNELI -20090915
  code   JPNGOV 20090916-20110902
  code   JPNELI 20110903-
  code   JPNELI
  kind   person
  note   defence minister 16 Sep 2009 to 02 Sep 2011

actor YASUO_ICHIKAWA
  name   Yasuo Ichikawa
  code   JPNELI -20110901
  code   JPNGOV 20110902-20120113
  code   JPNELI 20120114-
  code   JPNELI
  kind   person
  note   defence minister 02 Sep 2011 to 13 Jan 2012

actor NAOKI_TANAKA
  name   Naoki Tanaka
  code   JPNELI -20120112
  code   JPNGOV 20120113-20120604
  code   JPNELI 20120605-
  code   JPNELI
  kind   person
  note   defence minister 13 Jan 2012 to 04 Jun 2012

actor SATOSHI_MORIMOTO
  name   Satoshi Morimoto
  code   JPNELI -20120603
  code   JPNGOV 20120604-20121226
  code   JPNELI 20121227-
  code   JPNELI
  kind   person
  note   defence minister 04 Jun 2012 to 26 Dec 2012

actor AKINORI_ETO
  name   Akinori Eto
  code   JPNELI -20140902
  code   JPNGOV 20140903-20141224
  code   JPNELI 20141225-
  code   JPNELI
  kind   person
  note   defence minister 03 Sep 2014 to 24 Dec 2014

actor HIROFUMI_NAKASONE
  name   Hirofumi Nakasone
  code   JPNELI -20080923
  code   JPNGOV 20080924-20090916
  code   JPNELI 20090917-
  code   JPNELI
  kind   person
  note   foreign minister 24 Sep 2008 to 16 Sep 2009

actor TAKEAKI_MATSUMOTO
  name   Takeaki Matsumoto
  code   JPNELI -20110308
  code   JPNGOV 20110309-20110902
  code   JPNELI 20110903-
  code   JPNELI
  kind   person
  note   foreign minister 09 Mar 2011 to 02 Sep 2011

actor YASUHISA_SHIOZAKI
  name   Yasuhisa Shiozaki
  code   JPNELI -20070826?
  code   JPNGOV 20070827?-20070926
  code   JPNELI 20070927-
  code   JPNELI
  kind   person
  note   chief cabinet secretary 27 Aug 2007 (date uncertain) to 26 Sep 2007. Dates marked uncertain are known to the month or year only.

actor K_R_NARAYANAN
  name   K. R. Narayanan; KR Narayanan
  code   INDELI -19970724
  code   INDGOV 19970725-20020724
  code   INDELI 20020725-
  code   INDELI
  kind   person
  note   president 25 Jul 1997 to 24 Jul 2002. Died 9 November 2005.

actor GEORGE_FERNANDES
  name   George Fernandes
  code   INDELI -19980318
  code   INDGOV 19980319-20010315
  code   INDELI 20010316-20011020
  code   INDGOV 20011021-20040522
  code   INDELI 20040523-
  code   INDELI
  kind   person
  note   defence minister 19 Mar 1998 to 15 Mar 2001; defence minister 21 Oct 2001 to 22 May 2004. Died 29 January 2019.

actor SHIVSHANKAR_MENON
  name   Shivshankar Menon
  code   INDELI -20060930
  code   INDGOV 20061001-20090731
  code   INDELI 20090801-20100123
  code   INDGOV 20100124-20140526
  code   INDELI 20140527-
  code   INDELI
  kind   person
  note   foreign secretary 01 Oct 2006 to 31 Jul 2009; national security adviser 24 Jan 2010 to 26 May 2014

actor ALWI_SHIHAB
  name   Alwi Shihab
  code   IDNELI -19991025
  code   IDNGOV 19991026-20010809
  code   IDNELI 20010810-
  code   IDNELI
  kind   person
  note   foreign minister 26 Oct 1999 to 09 Aug 2001

actor JUWONO_SUDARSONO
  name   Juwono Sudarsono
  code   IDNELI -19991025
  code   IDNGOV 19991026-20000823?
  code   IDNELI 20000824?-20041020
  code   IDNGOV 20041021-20091020
  code   IDNELI 20091021-
  code   IDNELI
  kind   person
  note   defence minister 26 Oct 1999 to 23 Aug 2000 (date uncertain); defence minister 21 Oct 2004 to 20 Oct 2009. Dates marked uncertain are known to the month or year only.

actor MAHFUD_MD
  name   Mahfud MD; Mohammad Mahfud
  code   IDNELI -20000822?
  code   IDNGOV 20000823?-20010720?
  code   IDNELI 20010721?-20191022
  code   IDNGOV 20191023-20240202
  code   IDNELI 20240203-
  code   IDNELI
  kind   person
  note   defence minister 23 Aug 2000 (date uncertain) to 20 Jul 2001 (date uncertain); coordinating minister for security 23 Oct 2019 to 02 Feb 2024. Dates marked uncertain are known to the month or year only.

actor MATORI_ABDUL_DJALIL
  name   Matori Abdul Djalil
  code   IDNELI -20010808
  code   IDNGOV 20010809-20041020
  code   IDNELI 20041021-
  code   IDNELI
  kind   person
  note   defence minister 09 Aug 2001 to 20 Oct 2004

actor JUSUF_KALLA
  name   Jusuf Kalla
  code   IDNELI -20041019
  code   IDNGOV 20041020-20091020
  code   IDNELI 20091021-20141019
  code   IDNGOV 20141020-20191020
  code   IDNELI 20191021-
  code   IDNELI
  kind   person
  note   vice president 20 Oct 2004 to 20 Oct 2009; vice president 20 Oct 2014 to 20 Oct 2019

actor MARUF_AMIN
  name   Ma'ruf Amin
  code   IDNELI -20191019
  code   IDNGOV 20191020-20241020
  code   IDNELI 20241021-
  code   IDNELI
  kind   person
  note   vice president 20 Oct 2019 to 20 Oct 2024

actor GIBRAN_RAKABUMING_RAKA
  name   Gibran Rakabuming Raka; Gibran
  code   IDNELI -20241019
  code   IDNGOV 20241020-
  code   IDNGOV
  kind   person
  note   vice president 20 Oct 2024 to today

actor DOMINGO_SIAZON
  name   Domingo Siazon
  code   PHLELI -19950430?
  code   PHLGOV 19950501?-20010120
  code   PHLELI 20010121-
  code   PHLELI
  kind   person
  note   foreign secretary 01 May 1995 (date uncertain) to 20 Jan 2001. Dates marked uncertain are known to the month or year only.

actor TEOFISTO_GUINGONA
  name   Teofisto Guingona
  code   PHLELI -20010208
  code   PHLGOV 20010209-20040630
  code   PHLELI 20040701-
  code   PHLELI
  kind   person
  note   vice president 09 Feb 2001 to 30 Jun 2004; foreign secretary 09 Feb 2001 (date uncertain) to 15 Jul 2002 (date uncertain). Dates marked uncertain are known to the month or year only.

actor BLAS_OPLE
  name   Blas Ople
  code   PHLELI -20020722?
  code   PHLGOV 20020723?-20031214
  code   PHLELI 20031215-
  code   PHLELI
  kind   person
  note   foreign secretary 23 Jul 2002 (date uncertain) to 14 Dec 2003. Died in office 14 December 2003. Dates marked uncertain are known to the month or year only.

actor DELIA_ALBERT
  name   Delia Albert; Delia Domingo-Albert
  code   PHLELI -20031214?
  code   PHLGOV 20031215?-20040816?
  code   PHLELI 20040817?-
  code   PHLELI
  kind   person
  note   foreign secretary 15 Dec 2003 (date uncertain) to 16 Aug 2004 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ALBERTO_ROMULO
  name   Alberto Romulo
  code   PHLELI -20040815?
  code   PHLGOV 20040816?-20110223
  code   PHLELI 20110224-
  code   PHLELI
  kind   person
  note   foreign secretary 16 Aug 2004 (date uncertain) to 23 Feb 2011. Dates marked uncertain are known to the month or year only.

actor ALBERT_DEL_ROSARIO
  name   Albert del Rosario
  code   PHLELI -20110223
  code   PHLGOV 20110224-20160307
  code   PHLELI 20160308-
  code   PHLELI
  kind   person
  note   foreign secretary 24 Feb 2011 to 07 Mar 2016

actor PERFECTO_YASAY
  name   Perfecto Yasay
  code   PHLELI -20160629
  code   PHLGOV 20160630-20170308
  code   PHLELI 20170309-
  code   PHLELI
  kind   person
  note   foreign secretary 30 Jun 2016 to 08 Mar 2017

actor ALAN_PETER_CAYETANO
  name   Alan Peter Cayetano
  code   PHLELI -20170517
  code   PHLGOV 20170518-20181017
  code   PHLELI 20181018-
  code   PHLELI
  kind   person
  note   foreign secretary 18 May 2017 to 17 Oct 2018

actor TEODORO_LOCSIN
  name   Teodoro Locsin Jr.; Teodoro Locsin; Teddy Locsin
  code   PHLELI -20181016
  code   PHLGOV 20181017-20220630
  code   PHLELI 20220701-
  code   PHLELI
  kind   person
  note   foreign secretary 17 Oct 2018 to 30 Jun 2022

actor THERESA_LAZARO
  name   Theresa Lazaro; Ma. Theresa Lazaro
  code   PHLELI -20250731?
  code   PHLGOV 20250801?-
  code   PHLGOV
  kind   person
  note   foreign secretary 01 Aug 2025 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor ORLANDO_MERCADO
  name   Orlando Mercado
  code   PHLELI -19980629
  code   PHLGOV 19980630-20010315?
  code   PHLELI 20010316?-
  code   PHLELI
  kind   person
  note   defence secretary 30 Jun 1998 to 15 Mar 2001 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ANGELO_REYES
  name   Angelo Reyes
  code   PHLELI -20010314?
  code   PHLGOV 20010315?-20030818?
  code   PHLELI 20030819?-
  code   PHLELI
  kind   person
  note   defence secretary 15 Mar 2001 (date uncertain) to 18 Aug 2003 (date uncertain). Died 8 February 2011. Dates marked uncertain are known to the month or year only.

actor AVELINO_CRUZ
  name   Avelino Cruz
  code   PHLELI -20040902?
  code   PHLGOV 20040903?-20061130?
  code   PHLELI 20061201?-
  code   PHLELI
  kind   person
  note   defence secretary 03 Sep 2004 (date uncertain) to 30 Nov 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NORBERTO_GONZALES
  name   Norberto Gonzales
  code   PHLELI -20091114?
  code   PHLGOV 20091115?-20100630
  code   PHLELI 20100701-
  code   PHLELI
  kind   person
  note   defence secretary 15 Nov 2009 (date uncertain) to 30 Jun 2010. Dates marked uncertain are known to the month or year only.

actor VOLTAIRE_GAZMIN
  name   Voltaire Gazmin
  code   PHLELI -20100629
  code   PHLGOV 20100630-20160630
  code   PHLELI 20160701-
  code   PHLELI
  kind   person
  note   defence secretary 30 Jun 2010 to 30 Jun 2016

actor DELFIN_LORENZANA
  name   Delfin Lorenzana; Lorenzana
  code   PHLELI -20160630
  code   PHLGOV 20160701-20220630
  code   PHLELI 20220701-
  code   PHLELI
  kind   person
  note   defence secretary 01 Jul 2016 to 30 Jun 2022

actor CARLITO_GALVEZ
  name   Carlito Galvez; Carlito Galvez Jr.
  code   PHLELI -20230108?
  code   PHLGOV 20230109?-20230605
  code   PHLELI 20230606-
  code   PHLELI
  kind   person
  note   defence secretary 09 Jan 2023 (date uncertain) to 05 Jun 2023. Dates marked uncertain are known to the month or year only.

actor CHUAN_LEEKPAI
  name   Chuan Leekpai
  code   THAELI -19971108
  code   THAGOV 19971109-20010217?
  code   THAELI 20010218?-
  code   THAELI
  kind   person
  note   prime minister 09 Nov 1997 to 09 Feb 2001; defence minister 14 Nov 1997 (date uncertain) to 17 Feb 2001 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SURAYUD_CHULANONT
  name   Surayud Chulanont; Surayud
  code   THAELI -20060930
  code   THAGOV 20061001-20080129
  code   THAELI 20080130-
  code   THAELI
  kind   person
  note   prime minister 01 Oct 2006 to 29 Jan 2008

actor SAMAK_SUNDARAVEJ
  name   Samak Sundaravej; Samak
  code   THAELI -20080128
  code   THAGOV 20080129-20080909
  code   THAELI 20080910-
  code   THAELI
  kind   person
  note   prime minister 29 Jan 2008 to 09 Sep 2008. Died 24 November 2009.

actor SOMCHAI_WONGSAWAT
  name   Somchai Wongsawat
  code   THAELI -20080917
  code   THAGOV 20080918-20081202
  code   THAELI 20081203-
  code   THAELI
  kind   person
  note   prime minister 18 Sep 2008 to 02 Dec 2008

actor ABHISIT_VEJJAJIVA
  name   Abhisit Vejjajiva; Abhisit
  code   THAELI -20081216
  code   THAGOV 20081217-20110805
  code   THAELI 20110806-
  code   THAELI
  kind   person
  note   prime minister 17 Dec 2008 to 05 Aug 2011

actor SONTHI_BOONYARATGLIN
  name   Sonthi Boonyaratglin
  code   THAELI -20060918
  code   THAGOV 20060919-20061001
  code   THAELI 20061002-
  code   THAELI
  kind   person
  note   head of the junta 19 Sep 2006 to 01 Oct 2006. Army chief who led the September 2006 coup.

actor PHUMTHAM_WECHAYACHAI
  name   Phumtham Wechayachai
  code   THAELI -20240902?
  code   THAGOV 20240903?-20250907?
  code   THAELI 20250908?-
  code   THAELI
  kind   person
  note   defence minister 03 Sep 2024 (date uncertain) to 01 Jul 2025 (date uncertain); acting prime minister 01 Jul 2025 to 07 Sep 2025 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SURIN_PITSUWAN
  name   Surin Pitsuwan
  code   THAELI -19971113?
  code   THAGOV 19971114?-20010217?
  code   THAELI 20010218?-20071231
  code   IGOSEAASN 20080101-20121231
  code   THAELI 20130101-
  code   THAELI
  kind   person
  note   foreign minister 14 Nov 1997 (date uncertain) to 17 Feb 2001 (date uncertain); ASEAN secretary-general 01 Jan 2008 to 31 Dec 2012. Died 30 November 2017. Dates marked uncertain are known to the month or year only.

actor SURAKIART_SATHIRATHAI
  name   Surakiart Sathirathai
  code   THAELI -20010216?
  code   THAGOV 20010217?-20050311?
  code   THAELI 20050312?-
  code   THAELI
  kind   person
  note   foreign minister 17 Feb 2001 (date uncertain) to 11 Mar 2005 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KANTATHI_SUPHAMONGKHON
  name   Kantathi Suphamongkhon
  code   THAELI -20050310?
  code   THAGOV 20050311?-20060919
  code   THAELI 20060920-
  code   THAELI
  kind   person
  note   foreign minister 11 Mar 2005 (date uncertain) to 19 Sep 2006. Dates marked uncertain are known to the month or year only.

actor KASIT_PIROMYA
  name   Kasit Piromya
  code   THAELI -20081219
  code   THAGOV 20081220-20110809
  code   THAELI 20110810-
  code   THAELI
  kind   person
  note   foreign minister 20 Dec 2008 to 09 Aug 2011

actor SURAPONG_TOVICHAKCHAIKUL
  name   Surapong Tovichakchaikul
  code   THAELI -20110808
  code   THAGOV 20110809-20140522
  code   THAELI 20140523-
  code   THAELI
  kind   person
  note   foreign minister 09 Aug 2011 to 22 May 2014

actor DON_PRAMUDWINAI
  name   Don Pramudwinai
  code   THAELI -20150822?
  code   THAGOV 20150823?-20230901
  code   THAELI 20230902-
  code   THAELI
  kind   person
  note   foreign minister 23 Aug 2015 (date uncertain) to 01 Sep 2023. Dates marked uncertain are known to the month or year only.

actor PARNPREE_BAHIDDHA_NUKARA
  name   Parnpree Bahiddha-nukara; Parnpree
  code   THAELI -20230831
  code   THAGOV 20230901-20240428
  code   THAELI 20240429-
  code   THAELI
  kind   person
  note   foreign minister 01 Sep 2023 to 28 Apr 2024

actor PRAWIT_WONGSUWAN
  name   Prawit Wongsuwan; Prawit
  code   THAELI -20081219
  code   THAGOV 20081220-20110809
  code   THAELI 20110810-20140830
  code   THAGOV 20140831-20230901
  code   THAELI 20230902-
  code   THAELI
  kind   person
  note   defence minister 20 Dec 2008 to 09 Aug 2011; defence minister 31 Aug 2014 to 10 Jul 2019; deputy prime minister 31 Aug 2014 to 01 Sep 2023

actor SUTIN_KLUNGSANG
  name   Sutin Klungsang
  code   THAELI -20230831
  code   THAGOV 20230901-20240903?
  code   THAELI 20240904?-
  code   THAELI
  kind   person
  note   defence minister 01 Sep 2023 to 03 Sep 2024 (date uncertain). Dates marked uncertain are known to the month or year only.

actor RAFIQ_TARAR
  name   Muhammad Rafiq Tarar; Rafiq Tarar
  code   PAKELI -19971231
  code   PAKGOV 19980101-20010620
  code   PAKELI 20010621-
  code   PAKELI
  kind   person
  note   president 01 Jan 1998 to 20 Jun 2001. Died 7 March 2022.

actor MUHAMMAD_MIAN_SOOMRO
  name   Muhammad Mian Soomro
  code   PAKELI -20071115
  code   PAKGOV 20071116-20080325
  code   PAKELI 20080326-20080817
  code   PAKGOV 20080818-20080909
  code   PAKELI 20080910-
  code   PAKELI
  kind   person
  note   caretaker prime minister 16 Nov 2007 to 25 Mar 2008; acting president 18 Aug 2008 to 09 Sep 2008

actor MIR_HAZAR_KHAN_KHOSO
  name   Mir Hazar Khan Khoso
  code   PAKELI -20130324
  code   PAKGOV 20130325-20130605
  code   PAKELI 20130606-
  code   PAKELI
  kind   person
  note   caretaker prime minister 25 Mar 2013 to 05 Jun 2013

actor NASIRUL_MULK
  name   Nasirul Mulk
  code   PAKELI -20180531
  code   PAKGOV 20180601-20180818
  code   PAKELI 20180819-
  code   PAKELI
  kind   person
  note   caretaker prime minister 01 Jun 2018 to 18 Aug 2018

actor ABDUL_SATTAR
  name   Abdul Sattar
  code   PAKELI -19991105?
  code   PAKGOV 19991106?-20020614?
  code   PAKELI 20020615?-
  code   PAKELI
  kind   person
  note   foreign minister 06 Nov 1999 (date uncertain) to 14 Jun 2002 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KHURSHID_KASURI
  name   Khurshid Mahmud Kasuri; Khurshid Kasuri; Kasuri
  code   PAKELI -20021122
  code   PAKGOV 20021123-20071115
  code   PAKELI 20071116-
  code   PAKELI
  kind   person
  note   foreign minister 23 Nov 2002 to 15 Nov 2007

actor SARTAJ_AZIZ
  name   Sartaj Aziz
  code   PAKELI -20130606?
  code   PAKGOV 20130607?-20170728
  code   PAKELI 20170729-
  code   PAKELI
  kind   person
  note   foreign affairs adviser 07 Jun 2013 (date uncertain) to 28 Jul 2017. Adviser with the rank of minister; the prime minister held the foreign portfolio. Dates marked uncertain are known to the month or year only.

actor JALIL_ABBAS_JILANI
  name   Jalil Abbas Jilani
  code   PAKELI -20230816
  code   PAKGOV 20230817-20240304
  code   PAKELI 20240305-
  code   PAKELI
  kind   person
  note   caretaker foreign minister 17 Aug 2023 to 04 Mar 2024

actor RAO_SIKANDAR_IQBAL
  name   Rao Sikandar Iqbal
  code   PAKELI -20021122?
  code   PAKGOV 20021123?-20071115?
  code   PAKELI 20071116?-
  code   PAKELI
  kind   person
  note   defence minister 23 Nov 2002 (date uncertain) to 15 Nov 2007 (date uncertain). Died 2010. Dates marked uncertain are known to the month or year only.

actor AHMAD_MUKHTAR
  name   Ahmad Mukhtar; Chaudhry Ahmad Mukhtar
  code   PAKELI -20080330?
  code   PAKGOV 20080331?-20120622?
  code   PAKELI 20120623?-
  code   PAKELI
  kind   person
  note   defence minister 31 Mar 2008 (date uncertain) to 22 Jun 2012 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NAVEED_QAMAR
  name   Naveed Qamar
  code   PAKELI -20120621?
  code   PAKGOV 20120622?-20130325?
  code   PAKELI 20130326?-
  code   PAKELI
  kind   person
  note   defence minister 22 Jun 2012 (date uncertain) to 25 Mar 2013 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KHURRAM_DASTGIR_KHAN
  name   Khurram Dastgir Khan; Khurram Dastgir
  code   PAKELI -20170803
  code   PAKGOV 20170804-20180531
  code   PAKELI 20180601-
  code   PAKELI
  kind   person
  note   defence minister 04 Aug 2017 to 31 May 2018

actor PERVEZ_KHATTAK
  name   Pervez Khattak
  code   PAKELI -20180819
  code   PAKGOV 20180820-20220410
  code   PAKELI 20220411-
  code   PAKELI
  kind   person
  note   defence minister 20 Aug 2018 to 10 Apr 2022

# ---- added by lead-asia (fix1)

actor KEIZO_OBUCHI
  name   Keizo Obuchi; Keizō Obuchi; Obuchi
  code   JPNELI -19980729
  code   JPNGOV 19980730-20000405
  code   JPNELI 20000406-
  code   JPNELI
  kind   person
  note   prime minister 30 Jul 1998 to 05 Apr 2000. Suffered a stroke in April 2000; died 14 May 2000.

actor KRISHNA_PRASAD_BHATTARAI
  name   Krishna Prasad Bhattarai
  code   NPLELI -19990530
  code   NPLGOV 19990531-20000322
  code   NPLELI 20000323-
  code   NPLELI
  kind   person
  note   prime minister 31 May 1999 to 22 Mar 2000. Died 4 March 2011.

actor SHAHABUDDIN_AHMED
  name   Shahabuddin Ahmed
  code   BGDELI -19961008
  code   BGDGOV 19961009-20011114
  code   BGDELI 20011115-
  code   BGDELI
  kind   person
  note   president 09 Oct 1996 to 14 Nov 2001. Died 19 March 2022.

actor BADRUDDOZA_CHOWDHURY
  name   A. Q. M. Badruddoza Chowdhury; Badruddoza Chowdhury
  code   BGDELI -20011113
  code   BGDGOV 20011114-20020621
  code   BGDELI 20020622-
  code   BGDELI
  kind   person
  note   president 14 Nov 2001 to 21 Jun 2002

actor LATIFUR_RAHMAN
  name   Latifur Rahman
  code   BGDELI -20010714
  code   BGDGOV 20010715-20011010
  code   BGDELI 20011011-
  code   BGDELI
  kind   person
  note   caretaker chief adviser 15 Jul 2001 to 10 Oct 2001. Died 6 June 2017.

actor MORSHED_KHAN
  name   Morshed Khan; M. Morshed Khan
  code   BGDELI -20011009?
  code   BGDGOV 20011010?-20061028?
  code   BGDELI 20061029?-
  code   BGDELI
  kind   person
  note   foreign minister 10 Oct 2001 (date uncertain) to 28 Oct 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ABDUS_SAMAD_AZAD
  name   Abdus Samad Azad
  code   BGDELI -19960622
  code   BGDGOV 19960623-20010715
  code   BGDELI 20010716-
  code   BGDELI
  kind   person
  note   foreign minister 23 Jun 1996 to 15 Jul 2001. Died 27 April 2005.

actor IFTEKHAR_AHMED_CHOWDHURY
  name   Iftekhar Ahmed Chowdhury
  code   BGDELI -20070115?
  code   BGDGOV 20070116?-20090106
  code   BGDELI 20090107-
  code   BGDELI
  kind   person
  note   foreign affairs adviser 16 Jan 2007 (date uncertain) to 06 Jan 2009. Dates marked uncertain are known to the month or year only.

actor PHAM_VAN_TRA
  name   Pham Van Tra
  code   VNMELI -19961231?
  code   VNMGOV 19970101?-20060627
  code   VNMELI 20060628-
  code   VNMELI
  kind   person
  note   defence minister 01 Jan 1997 (date uncertain) to 27 Jun 2006. Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (min1)

actor NITYA_PIBULSONGGRAM
  name   Nitya Pibulsonggram
  code   THAELI -20061008
  code   THAGOV 20061009-20080206
  code   THAELI 20080207-
  code   THAELI
  kind   person
  note   foreign minister 09 Oct 2006 to 06 Feb 2008

actor NOPPADON_PATTAMA
  name   Noppadon Pattama
  code   THAELI -20080205
  code   THAGOV 20080206-20080710
  code   THAELI 20080711-
  code   THAELI
  kind   person
  note   foreign minister 06 Feb 2008 to 10 Jul 2008

actor TEJ_BUNNAG
  name   Tej Bunnag
  code   THAELI -20080725
  code   THAGOV 20080726-20080903?
  code   THAELI 20080904?-
  code   THAELI
  kind   person
  note   foreign minister 26 Jul 2008 to 03 Sep 2008 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SUKUMPOL_SUWANATAT
  name   Sukumpol Suwanatat
  code   THAELI -20120117?
  code   THAGOV 20120118?-20130630?
  code   THAELI 20130701?-
  code   THAELI
  kind   person
  note   defence minister 18 Jan 2012 (date uncertain) to 30 Jun 2013 (date uncertain). Dates marked uncertain are known to the month or year only.

actor CHO_SEONG_TAE
  name   Cho Seong-tae
  code   KORELI -19990523?
  code   KORGOV 19990524?-20010326?
  code   KORELI 20010327?-
  code   KORELI
  kind   person
  note   defence minister 24 May 1999 (date uncertain) to 26 Mar 2001 (date uncertain). Dates marked uncertain are known to the month or year only.

actor HONG_SOON_YOUNG
  name   Hong Soon-young
  code   KORELI -19980803?
  code   KORGOV 19980804?-20000113?
  code   KORELI 20000114?-
  code   KORELI
  kind   person
  note   foreign minister 04 Aug 1998 (date uncertain) to 13 Jan 2000 (date uncertain). Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (min2)

actor KIM_IL_CHOL
  name   Kim Il Chol; Kim Il-chol
  code   PRKELI -19980930?
  code   PRKGOV 19981001?-20090201?
  code   PRKELI 20090202?-
  code   PRKELI
  kind   person
  note   defence minister 01 Oct 1998 (date uncertain) to 01 Feb 2009 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KIM_YONG_CHUN
  name   Kim Yong Chun; Kim Yong-chun
  code   PRKELI -20090131?
  code   PRKGOV 20090201?-20120401?
  code   PRKELI 20120402?-
  code   PRKELI
  kind   person
  note   defence minister 01 Feb 2009 (date uncertain) to 01 Apr 2012 (date uncertain). Dates marked uncertain are known to the month or year only.

actor HYON_YONG_CHOL
  name   Hyon Yong Chol; Hyon Yong-chol
  code   PRKELI -20140531?
  code   PRKGOV 20140601?-20150430?
  code   PRKELI 20150501?-
  code   PRKELI
  kind   person
  note   defence minister 01 Jun 2014 (date uncertain) to 30 Apr 2015 (date uncertain). Reported executed in 2015. Dates marked uncertain are known to the month or year only.

actor PAK_YONG_SIK
  name   Pak Yong Sik; Pak Yong-sik
  code   PRKELI -20150531?
  code   PRKGOV 20150601?-20180601?
  code   PRKELI 20180602?-
  code   PRKELI
  kind   person
  note   defence minister 01 Jun 2015 (date uncertain) to 01 Jun 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor WIN_AUNG
  name   Win Aung
  code   MMRELI -19981031?
  code   MMRGOV 19981101?-20040918?
  code   MMRELI 20040919?-
  code   MMRELI
  kind   person
  note   foreign minister 01 Nov 1998 (date uncertain) to 18 Sep 2004 (date uncertain). Died in prison 2009. Dates marked uncertain are known to the month or year only.

actor WAI_LWIN
  name   Wai Lwin; Lieutenant General Wai Lwin; Lt-Gen Wai Lwin
  code   MMRELI -20110329
  code   MMRGOV 20110330-20150131?
  code   MMRELI 20150201?-
  code   MMRELI
  kind   person
  note   defence minister 30 Mar 2011 to 31 Jan 2015 (date uncertain). Defence minister of Thein Sein's government until early 2015 (end date known to the month only).

actor SEIN_WIN_DEFENCE
  name   Lieutenant General Sein Win; Lt-Gen Sein Win; Lt. Gen. Sein Win; Defence Minister Sein Win
  code   MMRELI -20150131?
  code   MMRGOV 20150201?-20210131
  code   MMRELI 20210201-
  code   MMRELI
  kind   person
  note   defence minister 01 Feb 2015 (date uncertain) to 31 Jan 2021. Nominated by the commander-in-chief; kept under Aung San Suu Kyi's government and replaced at the coup of 1 February 2021 (start date known to the month only). The bare name is left out: it is shared by the exiled NCGUB prime minister Sein Win.

actor MYA_TUN_OO
  name   Mya Tun Oo; General Mya Tun Oo
  code   MMRELI -20160229?
  code   MMRMIL 20160301?-20210131
  code   MMRGOV 20210201-
  code   MMRGOV
  kind   person
  note   joint chief of staff 01 Mar 2016 (date uncertain) to 31 Jan 2021; defence minister 01 Feb 2021 to today. Chief of the general staff of the armed forces before the coup (start date known to the year only); defence minister of the junta from 1 February 2021 and later also a deputy prime minister (date uncertain). Whether he still holds defence is uncertain; he remains in the junta's government at our last information.

actor AHMED_SHAHEED
  name   Ahmed Shaheed
  code   MDVELI -20050714?
  code   MDVGOV 20050715?-20100629?
  code   MDVELI 20100630?-
  code   MDVELI
  kind   person
  note   foreign minister 15 Jul 2005 (date uncertain) to 29 Jun 2010 (date uncertain). UN special rapporteur on Iran and on freedom of religion later. Dates marked uncertain are known to the month or year only.

actor MARIYA_AHMED_DIDI
  name   Mariya Ahmed Didi; Mariya Didi
  code   MDVELI -20181116
  code   MDVGOV 20181117-20231116
  code   MDVELI 20231117-
  code   MDVELI
  kind   person
  note   defence minister 17 Nov 2018 to 16 Nov 2023. First woman to be defence minister of the Maldives.

actor GHASSAN_MAUMOON
  name   Mohamed Ghassan Maumoon; Ghassan Maumoon
  code   MDVELI -20231116
  code   MDVGOV 20231117-
  code   MDVGOV
  kind   person
  note   defence minister 17 Nov 2023 to today. Son of Maumoon Abdul Gayoom; in office at our last information.

actor PRADEEP_GYAWALI
  name   Pradeep Gyawali; Pradeep Kumar Gyawali
  code   NPLELI -20180315?
  code   NPLGOV 20180316?-20210604?
  code   NPLELI 20210605?-
  code   NPLELI
  kind   person
  note   foreign minister 16 Mar 2018 (date uncertain) to 04 Jun 2021 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NARAYAN_KHADKA
  name   Narayan Khadka
  code   NPLELI -20211007?
  code   NPLGOV 20211008?-20221226
  code   NPLELI 20221227-
  code   NPLELI
  kind   person
  note   foreign minister 08 Oct 2021 (date uncertain) to 26 Dec 2022. Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (min3)

actor SOMSAVAT_LENGSAVAD
  name   Somsavat Lengsavad
  code   LAOELI -19930224?
  code   LAOGOV 19930225?-20060608
  code   LAOELI 20060609-
  code   LAOELI
  kind   person
  note   foreign minister 25 Feb 1993 (date uncertain) to 08 Jun 2006. Dates marked uncertain are known to the month or year only.

actor DOUANGCHAY_PHICHIT
  name   Douangchay Phichit; Douangchay Phichith
  code   LAOELI -20010326?
  code   LAOGOV 20010327?-20140517
  code   LAOELI 20140518-
  code   LAOELI
  kind   person
  note   defence minister 27 Mar 2001 (date uncertain) to 17 May 2014. Also deputy prime minister; killed in a plane crash on 17 May 2014. Start date known to the year only.

actor CHANSAMONE_CHANYALATH
  name   Chansamone Chanyalath; Chansamone Chanyalat
  code   LAOELI -20140603?
  code   LAOGOV 20140604?-
  code   LAOGOV
  kind   person
  note   defence minister 04 Jun 2014 (date uncertain) to today. Appointed after Douangchay Phichit's death (start date known to the month only); in office at our last information.

# ---- added by lead-asia (min4)

actor CHAVALIT_YONGCHAIYUDH
  name   Chavalit Yongchaiyudh; Chavalit
  code   THAELI -20010216
  code   THAGOV 20010217-20021003?
  code   THAELI 20021004?-
  code   THAELI
  kind   person
  note   defence minister 17 Feb 2001 to 03 Oct 2002 (date uncertain). Prime minister 1996-1997. Dates marked uncertain are known to the month or year only.

actor BOONRAWD_SOMTAS
  name   Boonrawd Somtas
  code   THAELI -20061008
  code   THAGOV 20061009-20080206
  code   THAELI 20080207-
  code   THAELI
  kind   person
  note   defence minister 09 Oct 2006 to 06 Feb 2008
