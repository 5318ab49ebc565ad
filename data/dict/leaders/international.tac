# leaders/international.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor KOFI_ANNAN
  name   Kofi Annan; Annan
  code   GHAELI -19961231
  code   IGOUNO 19970101-20061231
  code   GHAELI 20070101-20120222
  code   IGOUNO 20120223-20120802
  code   GHAELI 20120803-
  code   GHAELI
  kind   person
  note   UN secretary-general 01 Jan 1997 to 31 Dec 2006; UN-Arab League envoy for Syria 23 Feb 2012 to 02 Aug 2012. Died 18 August 2018.

actor VOLKER_TURK
  name   Volker Türk; Volker Turk
  code   AUTELI -20221016
  code   IGOUNOHRC 20221017-
  code   IGOUNOHRC
  kind   person
  note   UN High Commissioner for Human Rights 17 Oct 2022 to today

actor FILIPPO_GRANDI
  name   Filippo Grandi; Grandi
  code   ITAELI -20100119
  code   IGOUNORWA 20100120-20140331
  code   ITAELI 20140401-20151231
  code   IGOUNOHCR 20160101-20251231?
  code   ITAELI 20260101?-
  code   ITAELI
  kind   person
  note   UNRWA commissioner-general 20 Jan 2010 to 31 Mar 2014; UN High Commissioner for Refugees 01 Jan 2016 to 31 Dec 2025 (date uncertain). His term was to end 31 December 2025.

actor CATHERINE_RUSSELL
  name   Catherine Russell
  code   USAELI -20220131
  code   IGOUNOCEF 20220201-
  code   IGOUNOCEF
  kind   person
  note   UNICEF executive director 01 Feb 2022 to today

actor CINDY_MCCAIN
  name   Cindy McCain
  code   USAELI -20230404
  code   IGOUNOWFP 20230405-20251231?
  code   USAELI 20260101?-
  code   USAELI
  kind   person
  note   WFP executive director 05 Apr 2023 to 31 Dec 2025 (date uncertain). Announced her departure for health reasons (reported late 2025; uncertain).

actor DAVID_BEASLEY
  name   David Beasley
  code   USAELI -20170403
  code   IGOUNOWFP 20170404-20230404
  code   USAELI 20230405-
  code   USAELI
  kind   person
  note   WFP executive director 04 Apr 2017 to 04 Apr 2023

actor MARTIN_GRIFFITHS
  name   Martin Griffiths
  code   GBRELI -20180215?
  code   IGOUNO 20180216?-20210718
  code   IGOUNOHUM 20210719-20240630
  code   GBRELI 20240701-
  code   GBRELI
  kind   person
  note   UN envoy for Yemen 16 Feb 2018 (date uncertain) to 18 Jul 2021; UN humanitarian chief 19 Jul 2021 to 30 Jun 2024

actor TOM_FLETCHER
  name   Tom Fletcher
  code   GBRELI -20241117?
  code   IGOUNOHUM 20241118?-
  code   IGOUNOHUM
  kind   person
  note   UN humanitarian chief 18 Nov 2024 (date uncertain) to today

actor PHILIPPE_LAZZARINI
  name   Philippe Lazzarini; Lazzarini
  code   CHEELI -20200317?
  code   IGOUNORWA 20200318?-
  code   IGOUNORWA
  kind   person
  note   UNRWA commissioner-general 18 Mar 2020 (date uncertain) to today

actor STAFFAN_DE_MISTURA
  name   Staffan de Mistura; de Mistura
  code   ITAELI -20140709
  code   IGOUNO 20140710-20181231
  code   ITAELI 20190101-20211031?
  code   IGOUNO 20211101?-
  code   IGOUNO
  kind   person
  note   UN envoy for Syria 10 Jul 2014 to 31 Dec 2018; UN envoy for Western Sahara 01 Nov 2021 (date uncertain) to today

actor GEIR_PEDERSEN
  name   Geir Pedersen
  code   NORELI -20190106
  code   IGOUNO 20190107-20250930?
  code   NORELI 20251001?-
  code   NORELI
  kind   person
  note   UN envoy for Syria 07 Jan 2019 to 30 Sep 2025 (date uncertain). Stepped down in 2025 (date uncertain).

actor HANS_GRUNDBERG
  name   Hans Grundberg; Grundberg
  code   SWEELI -20210904?
  code   IGOUNO 20210905?-
  code   IGOUNO
  kind   person
  note   UN envoy for Yemen 05 Sep 2021 (date uncertain) to today

actor LAKHDAR_BRAHIMI
  name   Lakhdar Brahimi; Brahimi
  code   DZAELI -19910603
  code   DZAGOV 19910604-19930202
  code   DZAELI 19930203-20120816
  code   IGOUNO 20120817-20140514
  code   DZAELI 20140515-
  code   DZAELI
  kind   person
  note   foreign minister 04 Jun 1991 to 02 Feb 1993; UN-Arab League envoy for Syria 17 Aug 2012 to 14 May 2014

actor RAFAEL_GROSSI
  name   Rafael Grossi; Rafael Mariano Grossi; Grossi
  code   ARGELI -20191202
  code   IGOUNOIAE 20191203-
  code   IGOUNOIAE
  kind   person
  note   IAEA director-general 03 Dec 2019 to today

actor YUKIYA_AMANO
  name   Yukiya Amano; Amano
  code   JPNELI -20091130
  code   IGOUNOIAE 20091201-20190722
  code   JPNELI 20190723-
  code   JPNELI
  kind   person
  note   IAEA director-general 01 Dec 2009 to 22 Jul 2019. Died in office 22 July 2019.

actor LUIS_MORENO_OCAMPO
  name   Luis Moreno Ocampo; Moreno Ocampo; Moreno-Ocampo
  code   ARGELI -20030615
  code   IGOUNOICC 20030616-20120615
  code   ARGELI 20120616-
  code   ARGELI
  kind   person
  note   ICC prosecutor 16 Jun 2003 to 15 Jun 2012

actor FATOU_BENSOUDA
  name   Fatou Bensouda; Bensouda
  code   GMBELI -20120615
  code   IGOUNOICC 20120616-20210615
  code   GMBELI 20210616-
  code   GMBELI
  kind   person
  note   ICC prosecutor 16 Jun 2012 to 15 Jun 2021

actor KARIM_KHAN
  name   Karim Khan; Karim A.A. Khan
  code   GBRELI -20210615
  code   IGOUNOICC 20210616-
  code   IGOUNOICC
  kind   person
  note   ICC prosecutor 16 Jun 2021 to today. On leave from May 2025 pending a misconduct inquiry.

actor CHRISTINE_LAGARDE
  name   Christine Lagarde; Lagarde
  code   FRAELI -20070618
  code   FRAGOV 20070619-20110628
  code   FRAELI 20110629-20110704
  code   IGOIMF 20110705-20190912
  code   FRAELI 20190913-20191031
  code   IGOEUREEC 20191101-
  code   IGOEUREEC
  kind   person
  note   finance minister 19 Jun 2007 to 28 Jun 2011; IMF managing director 05 Jul 2011 to 12 Sep 2019; European Central Bank president 01 Nov 2019 to today

actor DOMINIQUE_STRAUSS_KAHN
  name   Dominique Strauss-Kahn; Strauss-Kahn
  code   FRAELI -20071031
  code   IGOIMF 20071101-20110518
  code   FRAELI 20110519-
  code   FRAELI
  kind   person
  note   IMF managing director 01 Nov 2007 to 18 May 2011

actor KRISTALINA_GEORGIEVA
  name   Kristalina Georgieva; Georgieva
  code   BGRELI -20100209
  code   IGOEUREEC 20100210-20161231
  code   BGRELI 20170101-20170101
  code   IGOWBK 20170102-20190930
  code   IGOIMF 20191001-
  code   IGOIMF
  kind   person
  note   European commissioner 10 Feb 2010 to 31 Dec 2016; World Bank chief executive 02 Jan 2017 to 30 Sep 2019; IMF managing director 01 Oct 2019 to today

actor AJAY_BANGA
  name   Ajay Banga; Banga
  code   USAELI -20230601
  code   IGOWBK 20230602-
  code   IGOWBK
  kind   person
  note   World Bank president 02 Jun 2023 to today

actor DAVID_MALPASS
  name   David Malpass; Malpass
  code   USAELI -20190408
  code   IGOWBK 20190409-20230601
  code   USAELI 20230602-
  code   USAELI
  kind   person
  note   World Bank president 09 Apr 2019 to 01 Jun 2023

actor JIM_YONG_KIM
  name   Jim Yong Kim
  code   USAELI -20120630
  code   IGOWBK 20120701-20190201
  code   USAELI 20190202-
  code   USAELI
  kind   person
  note   World Bank president 01 Jul 2012 to 01 Feb 2019

actor ROBERT_ZOELLICK
  name   Robert Zoellick; Zoellick
  code   USAELI -20070630
  code   IGOWBK 20070701-20120630
  code   USAELI 20120701-
  code   USAELI
  kind   person
  note   World Bank president 01 Jul 2007 to 30 Jun 2012

actor PAUL_WOLFOWITZ
  name   Paul Wolfowitz; Wolfowitz
  code   USAELI -20010301
  code   USAGOV 20010302-20050531
  code   IGOWBK 20050601-20070630
  code   USAELI 20070701-
  code   USAELI
  kind   person
  note   deputy secretary of defense 02 Mar 2001 to 01 Jun 2005; World Bank president 01 Jun 2005 to 30 Jun 2007

actor NGOZI_OKONJO_IWEALA
  name   Ngozi Okonjo-Iweala; Okonjo-Iweala
  code   NGAELI -20110816
  code   NGAGOV 20110817-20150529
  code   NGAELI 20150530-20210228
  code   IGOWTO 20210301-
  code   IGOWTO
  kind   person
  note   finance minister 17 Aug 2011 to 29 May 2015; WTO director-general 01 Mar 2021 to today

actor ROBERTO_AZEVEDO
  name   Roberto Azevêdo; Roberto Azevedo
  code   BRAELI -20130831
  code   IGOWTO 20130901-20200831
  code   BRAELI 20200901-
  code   BRAELI
  kind   person
  note   WTO director-general 01 Sep 2013 to 31 Aug 2020

actor KAO_KIM_HOURN
  name   Kao Kim Hourn
  code   KHMELI -20221231
  code   IGOSEAASN 20230101-
  code   IGOSEAASN
  kind   person
  note   ASEAN secretary-general 01 Jan 2023 to today

actor HISSEIN_BRAHIM_TAHA
  name   Hissein Brahim Taha
  code   TCDELI -20211120?
  code   IGOMOSOIC 20211121?-
  code   IGOMOSOIC
  kind   person
  note   OIC secretary-general 21 Nov 2021 (date uncertain) to today

actor ALBERT_RAMDIN
  name   Albert Ramdin; Ramdin
  code   SURELI -20200715
  code   SURGOV 20200716-20250529?
  code   IGOOAS 20250530?-
  code   IGOOAS
  kind   person
  note   foreign minister 16 Jul 2020 to 30 May 2025 (date uncertain); OAS secretary-general 30 May 2025 (date uncertain) to today
