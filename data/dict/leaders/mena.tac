# leaders/mena.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range);
# <country>ELI covers the time before and after office, as dated ranges; the
# undated default is the code that holds on 2026-11-27, used only when an
# article has no date. A date followed by ? is uncertain (the note says so);
# an open end means in office as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

# Where defence sits: Jordan's prime minister is also minister of defence (the
# king commands the armed forces); the UAE's defence minister is the ruler of
# Dubai; Oman's, Bahrain's and Qatar's defence posts are "minister responsible
# for" or "minister of state for" defence affairs and are entered under those
# titles.

actor HAFEZ_AL_ASSAD
  name   Hafez al-Assad; Hafez Assad; Hafez al-Asad
  code   SYRELI -19710311
  code   SYRGOV 19710312-20000610
  code   SYRELI 20000611-
  code   SYRELI
  kind   person
  note   president 12 Mar 1971 to 10 Jun 2000. Died 10 June 2000.

actor BASHAR_AL_ASSAD
  name   Bashar al-Assad; Bashar Assad; Bashar al-Asad; Bashar; President Assad; President Bashar al-Assad; President Bashar Assad
  code   SYRELI -20000716
  code   SYRGOV 20000717-20241208
  code   SYRELI 20241209-
  code   SYRELI
  kind   person
  note   president 17 Jul 2000 to 08 Dec 2024. Fled to Moscow when Damascus fell on 8 December 2024.

actor ASSAD
  name   Assad; al-Assad; Asad; al-Asad
  code   SYRELI -19710311
  code   SYRGOV 19710312-20000610
  code   SYRELI 20000611-20000716
  code   SYRGOV 20000717-20241208
  code   SYRELI 20241209-
  code   SYRELI
  kind   person
  note   president 12 Mar 1971 to 10 Jun 2000; president 17 Jul 2000 to 08 Dec 2024. The bare surname: Hafez al-Assad (to 10 June 2000), then Bashar al-Assad (17 July 2000 to 8 December 2024). Between 10 June and 17 July 2000 and after 8 December 2024 it codes SYRELI.

actor MAHER_AL_ASSAD
  name   Maher al-Assad; Maher Assad
  code   SYRELI -20000716?
  code   SYRMIL 20000717?-20241208
  code   SYRELI 20241209-
  code   SYRELI
  kind   person
  note   Republican Guard and 4th Division commander 17 Jul 2000 (date uncertain) to 08 Dec 2024. Bashar's brother; commanded the 4th Armoured Division (dates of his commands uncertain).

actor AHMED_AL_SHARAA
  name   Ahmed al-Sharaa; Ahmad al-Sharaa; Ahmed al-Shara; Ahmed Hussein al-Sharaa; Abu Mohammed al-Julani; Abu Mohammad al-Jolani; Abu Mohammed al-Golani; al-Julani; al-Jolani; al-Golani; Julani; Jolani; Jawlani; al-Jawlani
  code   SYRELI -20120122?
  code   SYRREB 20120123?-20241207
  code   SYRGOV 20241208-
  code   SYRGOV
  kind   person
  note   Nusra Front and HTS leader 23 Jan 2012 (date uncertain) to 07 Dec 2024; de facto leader 08 Dec 2024 to 28 Jan 2025; transitional president 29 Jan 2025 to today. Led the Nusra Front from its announcement (January 2012) and Hayat Tahrir al-Sham from 2017; de facto leader after Assad fell on 8 December 2024; named transitional president on 29 January 2025.

actor FAROUK_AL_SHARAA
  name   Farouk al-Sharaa; Farouq al-Sharaa; Farouk al-Shara
  code   SYRELI -19840310
  code   SYRGOV 19840311-20140716?
  code   SYRELI 20140717?-
  code   SYRELI
  kind   person
  note   foreign minister 11 Mar 1984 to 11 Feb 2006; vice president 11 Feb 2006 to 16 Jul 2014 (date uncertain). Vice president until Assad's new term in July 2014 (end date uncertain).

actor AL_SHARAA
  name   al-Sharaa; Sharaa; al-Shara
  code   SYRELI -19840310
  code   SYRGOV 19840311-20140716?
  code   SYRELI 20140717?-20241207
  code   SYRGOV 20241208-
  code   SYRGOV
  kind   person
  note   foreign minister 11 Mar 1984 to 11 Feb 2006; vice president 11 Feb 2006 to 16 Jul 2014 (date uncertain); president 08 Dec 2024 to today. The bare surname: Farouk al-Sharaa (foreign minister, vice president to 2014) and Ahmed al-Sharaa (leader of Syria from 8 December 2024).

actor WALID_AL_MUALLEM
  name   Walid al-Muallem; Walid Muallem; Walid al-Moualem; Muallem; Moallem
  code   SYRELI -20060210
  code   SYRGOV 20060211-20201116
  code   SYRELI 20201117-
  code   SYRELI
  kind   person
  note   foreign minister 11 Feb 2006 to 16 Nov 2020. Died 16 November 2020.

actor FAISAL_MEKDAD
  name   Faisal Mekdad; Faisal al-Mekdad; Faisal Miqdad; Mekdad; Miqdad
  code   SYRELI -20051231?
  code   SYRGOV 20060101?-20241208
  code   SYRELI 20241209-
  code   SYRELI
  kind   person
  note   deputy foreign minister 01 Jan 2006 (date uncertain) to 21 Nov 2020; foreign minister 22 Nov 2020 to 08 Dec 2024

actor ASAAD_AL_SHAIBANI
  name   Asaad al-Shaibani; Asaad Hassan al-Shaibani; Assad al-Shaibani; al-Shaibani; Shaibani; Shibani
  code   SYRELI -20241220
  code   SYRGOV 20241221-
  code   SYRGOV
  kind   person
  note   foreign minister 21 Dec 2024 to today

actor MURHAF_ABU_QASRA
  name   Murhaf Abu Qasra; Abu Qasra
  code   SYRELI -20241220
  code   SYRGOV 20241221-
  code   SYRGOV
  kind   person
  note   defence minister 21 Dec 2024 to today

actor MOHAMMED_AL_BASHIR
  name   Mohammed al-Bashir; Mohammad al-Bashir
  code   SYRELI -20241209
  code   SYRGOV 20241210-20250329
  code   SYRELI 20250330-
  code   SYRELI
  kind   person
  note   caretaker prime minister 10 Dec 2024 to 29 Mar 2025

actor HUSSEIN_ARNOUS
  name   Hussein Arnous; Arnous
  code   SYRELI -20200610
  code   SYRGOV 20200611-20240914
  code   SYRELI 20240915-
  code   SYRELI
  kind   person
  note   prime minister 11 Jun 2020 to 14 Sep 2024

actor MOHAMMAD_GHAZI_AL_JALALI
  name   Mohammad Ghazi al-Jalali; al-Jalali
  code   SYRELI -20240913
  code   SYRGOV 20240914-20241210
  code   SYRELI 20241211-
  code   SYRELI
  kind   person
  note   prime minister 14 Sep 2024 to 10 Dec 2024

actor IMAD_KHAMIS
  name   Imad Khamis
  code   SYRELI -20160621
  code   SYRGOV 20160622-20200611
  code   SYRELI 20200612-
  code   SYRELI
  kind   person
  note   prime minister 22 Jun 2016 to 11 Jun 2020

actor WAEL_AL_HALQI
  name   Wael al-Halqi; al-Halqi
  code   SYRELI -20120808
  code   SYRGOV 20120809-20160622
  code   SYRELI 20160623-
  code   SYRELI
  kind   person
  note   prime minister 09 Aug 2012 to 22 Jun 2016

actor RIYAD_HIJAB
  name   Riyad Hijab; Riad Hijab
  code   SYRELI -20120622
  code   SYRGOV 20120623-20120806
  code   SYRELI 20120807-
  code   SYRELI
  kind   person
  note   prime minister 23 Jun 2012 to 06 Aug 2012. Defected August 2012; opposition figure after (ELI).

actor MUHAMMAD_NAJI_AL_OTARI
  name   Muhammad Naji al-Otari; Naji al-Otari; al-Otari
  code   SYRELI -20030909
  code   SYRGOV 20030910-20110329
  code   SYRELI 20110330-
  code   SYRELI
  kind   person
  note   prime minister 10 Sep 2003 to 29 Mar 2011

actor ADEL_SAFAR
  name   Adel Safar
  code   SYRELI -20110402
  code   SYRGOV 20110403-20120623
  code   SYRELI 20120624-
  code   SYRELI
  kind   person
  note   prime minister 03 Apr 2011 to 23 Jun 2012

actor MUSTAFA_TLASS
  name   Mustafa Tlass; Tlass
  code   SYRELI -19720229
  code   SYRGOV 19720301-20040512?
  code   SYRELI 20040513?-
  code   SYRELI
  kind   person
  note   defence minister 01 Mar 1972 to 12 May 2004 (date uncertain). End date uncertain (May 2004).

actor HASSAN_TURKMANI
  name   Hassan Turkmani; Turkmani
  code   SYRELI -20040511?
  code   SYRGOV 20040512?-20090603
  code   SYRELI 20090604-
  code   SYRELI
  kind   person
  note   defence minister 12 May 2004 (date uncertain) to 03 Jun 2009. Killed in the July 2012 Damascus bombing.

actor DAWOUD_RAJIHA
  name   Dawoud Rajiha; Daoud Rajha
  code   SYRELI -20110807
  code   SYRGOV 20110808-20120718
  code   SYRELI 20120719-
  code   SYRELI
  kind   person
  note   defence minister 08 Aug 2011 to 18 Jul 2012. Killed in the 18 July 2012 Damascus bombing.

actor FAHD_JASSEM_AL_FREIJ
  name   Fahd Jassem al-Freij; al-Freij
  code   SYRELI -20120717
  code   SYRGOV 20120718-20180101?
  code   SYRELI 20180102?-
  code   SYRELI
  kind   person
  note   defence minister 18 Jul 2012 to 01 Jan 2018 (date uncertain)

actor ALI_ABDULLAH_AYYOUB
  name   Ali Abdullah Ayyoub; Ali Ayyoub
  code   SYRELI -20171231?
  code   SYRGOV 20180101?-20220426?
  code   SYRELI 20220427?-
  code   SYRELI
  kind   person
  note   defence minister 01 Jan 2018 (date uncertain) to 26 Apr 2022 (date uncertain)

actor ALI_MAHMOUD_ABBAS
  name   Ali Mahmoud Abbas
  code   SYRELI -20220425?
  code   SYRGOV 20220426?-20241208
  code   SYRELI 20241209-
  code   SYRELI
  kind   person
  note   defence minister 26 Apr 2022 (date uncertain) to 08 Dec 2024

actor BOUTHAINA_SHAABAN
  name   Bouthaina Shaaban; Bouthaina Shaban
  code   SYRELI -20080630?
  code   SYRGOV 20080701?-20241208
  code   SYRELI 20241209-
  code   SYRELI
  kind   person
  note   presidential adviser 01 Jul 2008 (date uncertain) to 08 Dec 2024. Adviser to Bashar al-Assad (start date uncertain).

actor RUHOLLAH_KHOMEINI
  name   Ruhollah Khomeini; Ayatollah Khomeini; Khomeini
  code   IRNELI -19791202
  code   IRNGOV 19791203-19890603
  code   IRNELI 19890604-
  code   IRNELI
  kind   person
  note   supreme leader 03 Dec 1979 to 03 Jun 1989. Died 3 June 1989.

actor ALI_KHAMENEI
  name   Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Khamenei; Supreme Leader Khamenei
  code   IRNELI -19811012
  code   IRNGOV 19811013-
  code   IRNGOV
  kind   person
  note   president 13 Oct 1981 to 03 Aug 1989; supreme leader 04 Jun 1989 to today

actor MOHAMMAD_KHATAMI
  name   Mohammad Khatami; Khatami
  code   IRNELI -19970802
  code   IRNGOV 19970803-20050803
  code   IRNELI 20050804-
  code   IRNELI
  kind   person
  note   president 03 Aug 1997 to 03 Aug 2005

actor MAHMOUD_AHMADINEJAD
  name   Mahmoud Ahmadinejad; Ahmadinejad; Ahmadinezhad
  code   IRNELI -20050802
  code   IRNGOV 20050803-20130803
  code   IRNELI 20130804-
  code   IRNELI
  kind   person
  note   president 03 Aug 2005 to 03 Aug 2013

actor HASSAN_ROUHANI
  name   Hassan Rouhani; Hassan Rohani; Rouhani; Rohani
  code   IRNELI -19891012
  code   IRNGOV 19891013-20050815
  code   IRNELI 20050816-20130802
  code   IRNGOV 20130803-20210803
  code   IRNELI 20210804-
  code   IRNELI
  kind   person
  note   national security council secretary 13 Oct 1989 to 15 Aug 2005; president 03 Aug 2013 to 03 Aug 2021

actor EBRAHIM_RAISI
  name   Ebrahim Raisi; Ebrahim Raeesi; Raisi
  code   IRNELI -20190306
  code   IRNGOV 20190307-20210701
  code   IRNELI 20210702-20210802
  code   IRNGOV 20210803-20240519
  code   IRNELI 20240520-
  code   IRNELI
  kind   person
  note   judiciary chief 07 Mar 2019 to 01 Jul 2021; president 03 Aug 2021 to 19 May 2024. Died in a helicopter crash on 19 May 2024.

actor MOHAMMAD_MOKHBER
  name   Mohammad Mokhber; Mokhber
  code   IRNELI -20210807
  code   IRNGOV 20210808-20240728
  code   IRNELI 20240729-
  code   IRNELI
  kind   person
  note   first vice president 08 Aug 2021 to 28 Jul 2024. Acting president 20 May to 28 July 2024.

actor MASOUD_PEZESHKIAN
  name   Masoud Pezeshkian; Pezeshkian
  code   IRNELI -20240727
  code   IRNGOV 20240728-
  code   IRNGOV
  kind   person
  note   president 28 Jul 2024 to today

actor MOHAMMAD_REZA_RAHIMI
  name   Mohammad Reza Rahimi; Mohammad-Reza Rahimi; Reza Rahimi; Rahimi
  code   IRNELI -20090912
  code   IRNGOV 20090913-20130803
  code   IRNELI 20130804-
  code   IRNELI
  kind   person
  note   first vice president 13 Sep 2009 to 03 Aug 2013. Threatened in December 2011 to close the Strait of Hormuz; convicted of corruption in 2015.

actor MOHAMMAD_REZA_AREF
  name   Mohammad Reza Aref; Aref
  code   IRNELI -20010825
  code   IRNGOV 20010826-20050803
  code   IRNELI 20050804-20240731
  code   IRNGOV 20240801-
  code   IRNGOV
  kind   person
  note   first vice president 26 Aug 2001 to 03 Aug 2005; first vice president 01 Aug 2024 to today

actor AKBAR_HASHEMI_RAFSANJANI
  name   Akbar Hashemi Rafsanjani; Hashemi Rafsanjani; Rafsanjani
  code   IRNELI -19881231?
  code   IRNGOV 19890101?-20170108
  code   IRNELI 20170109-
  code   IRNELI
  kind   person
  note   president 03 Aug 1989 to 03 Aug 1997; expediency council chairman 01 Jan 1989 (date uncertain) to 08 Jan 2017. Died 8 January 2017.

actor KAMAL_KHARRAZI
  name   Kamal Kharrazi; Kharrazi
  code   IRNELI -19970819
  code   IRNGOV 19970820-20050824
  code   IRNELI 20050825-
  code   IRNELI
  kind   person
  note   foreign minister 20 Aug 1997 to 24 Aug 2005

actor MANOUCHEHR_MOTTAKI
  name   Manouchehr Mottaki; Mottaki
  code   IRNELI -20050823
  code   IRNGOV 20050824-20101213
  code   IRNELI 20101214-
  code   IRNELI
  kind   person
  note   foreign minister 24 Aug 2005 to 13 Dec 2010

actor ALI_AKBAR_SALEHI
  name   Ali Akbar Salehi; Salehi
  code   IRNELI -20090715
  code   IRNGOV 20090716-20210825
  code   IRNELI 20210826-
  code   IRNELI
  kind   person
  note   atomic energy organization head 16 Jul 2009 to 30 Jan 2011; foreign minister 13 Dec 2010 to 15 Aug 2013; atomic energy organization head 16 Aug 2013 to 25 Aug 2021

actor MOHAMMAD_JAVAD_ZARIF
  name   Mohammad Javad Zarif; Javad Zarif; Zarif
  code   IRNELI -20020804
  code   IRNGOV 20020805-20070706
  code   IRNELI 20070707-20130814
  code   IRNGOV 20130815-20210825
  code   IRNELI 20210826-20240731
  code   IRNGOV 20240801-20250302
  code   IRNELI 20250303-
  code   IRNELI
  kind   person
  note   UN ambassador 05 Aug 2002 to 06 Jul 2007; foreign minister 15 Aug 2013 to 25 Aug 2021; vice president for strategic affairs 01 Aug 2024 to 02 Mar 2025

actor HOSSEIN_AMIR_ABDOLLAHIAN
  name   Hossein Amir-Abdollahian; Hossein Amir Abdollahian; Amir-Abdollahian; Amirabdollahian
  code   IRNELI -20210824
  code   IRNGOV 20210825-20240519
  code   IRNELI 20240520-
  code   IRNELI
  kind   person
  note   foreign minister 25 Aug 2021 to 19 May 2024. Died in the crash of 19 May 2024.

actor ALI_BAGHERI_KANI
  name   Ali Bagheri Kani; Ali Bagheri; Bagheri Kani
  code   IRNELI -20210907
  code   IRNGOV 20210908-20240821
  code   IRNELI 20240822-
  code   IRNELI
  kind   person
  note   deputy foreign minister 08 Sep 2021 to 19 May 2024; acting foreign minister 19 May 2024 to 21 Aug 2024

actor ABBAS_ARAGHCHI
  name   Abbas Araghchi; Abbas Araqchi; Araghchi; Araqchi
  code   IRNELI -20130814?
  code   IRNGOV 20130815?-20210825
  code   IRNELI 20210826-20240820
  code   IRNGOV 20240821-
  code   IRNGOV
  kind   person
  note   deputy foreign minister 15 Aug 2013 (date uncertain) to 25 Aug 2021; foreign minister 21 Aug 2024 to today

actor ALI_SHAMKHANI
  name   Ali Shamkhani; Shamkhani
  code   IRNELI -19970819
  code   IRNGOV 19970820-20050824
  code   IRNELI 20050825-20130909
  code   IRNGOV 20130910-20230522
  code   IRNELI 20230523-
  code   IRNELI
  kind   person
  note   defence minister 20 Aug 1997 to 24 Aug 2005; national security council secretary 10 Sep 2013 to 22 May 2023

actor MOSTAFA_MOHAMMAD_NAJJAR
  name   Mostafa Mohammad-Najjar; Mohammad-Najjar
  code   IRNELI -20050823
  code   IRNGOV 20050824-20090903
  code   IRNELI 20090904-
  code   IRNELI
  kind   person
  note   defence minister 24 Aug 2005 to 03 Sep 2009

actor AHMAD_VAHIDI
  name   Ahmad Vahidi; Vahidi
  code   IRNELI -20090902
  code   IRNGOV 20090903-20130815
  code   IRNELI 20130816-20210824
  code   IRNGOV 20210825-20240821
  code   IRNELI 20240822-
  code   IRNELI
  kind   person
  note   defence minister 03 Sep 2009 to 15 Aug 2013; interior minister 25 Aug 2021 to 21 Aug 2024

actor HOSSEIN_DEHGHAN
  name   Hossein Dehghan; Dehghan
  code   IRNELI -20130814
  code   IRNGOV 20130815-20170820
  code   IRNELI 20170821-
  code   IRNELI
  kind   person
  note   defence minister 15 Aug 2013 to 20 Aug 2017

actor AMIR_HATAMI
  name   Amir Hatami; Hatami
  code   IRNELI -20170819
  code   IRNGOV 20170820-20210825
  code   IRNELI 20210826-
  code   IRNELI
  kind   person
  note   defence minister 20 Aug 2017 to 25 Aug 2021

actor MOHAMMAD_REZA_ASHTIANI
  name   Mohammad-Reza Ashtiani; Mohammad Reza Ashtiani; Ashtiani
  code   IRNELI -20210824
  code   IRNGOV 20210825-20240821
  code   IRNELI 20240822-
  code   IRNELI
  kind   person
  note   defence minister 25 Aug 2021 to 21 Aug 2024

actor AZIZ_NASIRZADEH
  name   Aziz Nasirzadeh; Nasirzadeh
  code   IRNELI -20240820
  code   IRNGOV 20240821-
  code   IRNGOV
  kind   person
  note   defence minister 21 Aug 2024 to today

actor ALI_LARIJANI
  name   Ali Larijani; Larijani
  code   IRNELI -20050814
  code   IRNGOV 20050815-20071020
  code   IRNELI 20071021-20080527
  code   IRNLEG 20080528-20200527
  code   IRNELI 20200528-20250804?
  code   IRNGOV 20250805?-
  code   IRNGOV
  kind   person
  note   national security council secretary 15 Aug 2005 to 20 Oct 2007; parliament speaker 28 May 2008 to 27 May 2020; national security council secretary 05 Aug 2025 (date uncertain) to today. Reappointed to the security council in August 2025 (reported; uncertain).

actor MOHAMMAD_BAGHER_GHALIBAF
  name   Mohammad Bagher Ghalibaf; Mohammad Baqer Qalibaf; Ghalibaf; Qalibaf
  code   IRNELI -20200527
  code   IRNLEG 20200528-
  code   IRNLEG
  kind   person
  note   parliament speaker 28 May 2020 to today

actor SAEED_JALILI
  name   Saeed Jalili; Jalili
  code   IRNELI -20071019
  code   IRNGOV 20071020-20130910
  code   IRNELI 20130911-
  code   IRNELI
  kind   person
  note   national security council secretary 20 Oct 2007 to 10 Sep 2013

actor QASEM_SOLEIMANI
  name   Qasem Soleimani; Qassem Soleimani; Ghasem Soleimani; Soleimani
  code   IRNELI -19971231?
  code   IRNMIL 19980101?-20200103
  code   IRNELI 20200104-
  code   IRNELI
  kind   person
  note   Quds Force commander 01 Jan 1998 (date uncertain) to 03 Jan 2020. Killed by a US drone strike in Baghdad on 3 January 2020.

actor ESMAIL_QAANI
  name   Esmail Qaani; Esmail Ghaani; Qaani
  code   IRNELI -20200102
  code   IRNMIL 20200103-
  code   IRNMIL
  kind   person
  note   Quds Force commander 03 Jan 2020 to today

actor HOSSEIN_SALAMI
  name   Hossein Salami
  code   IRNELI -20190420
  code   IRNMIL 20190421-20250613
  code   IRNELI 20250614-
  code   IRNELI
  kind   person
  note   Revolutionary Guards commander 21 Apr 2019 to 13 Jun 2025. Killed in Israel's strikes of 13 June 2025.

actor MOHAMMAD_BAGHERI
  name   Mohammad Bagheri
  code   IRNELI -20160627
  code   IRNMIL 20160628-20250613
  code   IRNELI 20250614-
  code   IRNELI
  kind   person
  note   armed forces chief of staff 28 Jun 2016 to 13 Jun 2025. Killed in Israel's strikes of 13 June 2025.

actor MOHAMMAD_PAKPOUR
  name   Mohammad Pakpour; Pakpour
  code   IRNELI -20250612
  code   IRNMIL 20250613-
  code   IRNMIL
  kind   person
  note   Revolutionary Guards commander 13 Jun 2025 to today

actor ABDOLRAHIM_MOUSAVI
  name   Abdolrahim Mousavi
  code   IRNELI -20170820
  code   IRNMIL 20170821-
  code   IRNMIL
  kind   person
  note   army commander 21 Aug 2017 to 13 Jun 2025; armed forces chief of staff 13 Jun 2025 to today

actor ISMAIL_BAGHAEI
  name   Ismail Baghaei; Esmaeil Baghaei; Baghaei
  code   IRNELI -20240818?
  code   IRNGOV 20240819?-
  code   IRNGOV
  kind   person
  note   foreign ministry spokesman 19 Aug 2024 (date uncertain) to today

actor NASSER_KANAANI
  name   Nasser Kanaani; Kanaani
  code   IRNELI -20220605?
  code   IRNGOV 20220606?-20240819?
  code   IRNELI 20240820?-
  code   IRNELI
  kind   person
  note   foreign ministry spokesman 06 Jun 2022 (date uncertain) to 19 Aug 2024 (date uncertain)

actor KING_FAHD
  name   King Fahd; Fahd bin Abdulaziz
  code   SAUELI -19820612
  code   SAUGOV 19820613-20050801
  code   SAUELI 20050802-
  code   SAUELI
  kind   person
  note   king 13 Jun 1982 to 01 Aug 2005. Died 1 August 2005; Crown Prince Abdullah ran affairs from 1995.

actor KING_ABDULLAH_BIN_ABDULAZIZ
  name   King Abdullah bin Abdulaziz; Abdullah bin Abdulaziz; Crown Prince Abdullah
  code   SAUELI -19820612
  code   SAUGOV 19820613-20150123
  code   SAUELI 20150124-
  code   SAUELI
  kind   person
  note   crown prince 13 Jun 1982 to 01 Aug 2005; king 01 Aug 2005 to 23 Jan 2015. Died 23 January 2015.

actor KING_SALMAN
  name   King Salman; Salman bin Abdulaziz; Salman bin Abdul Aziz
  code   SAUELI -19630204?
  code   SAUGOV 19630205?-
  code   SAUGOV
  kind   person
  note   governor of Riyadh 05 Feb 1963 (date uncertain) to 05 Nov 2011; defence minister 05 Nov 2011 to 23 Jan 2015; crown prince 18 Jun 2012 to 23 Jan 2015; king 23 Jan 2015 to today

actor MOHAMMED_BIN_SALMAN
  name   Mohammed bin Salman; Muhammad bin Salman; Mohammad bin Salman; MBS; Crown Prince Mohammed; Crown Prince Mohammed bin Salman; Prince Mohammed bin Salman
  code   SAUELI -20150122
  code   SAUGOV 20150123-
  code   SAUGOV
  kind   person
  note   defence minister 23 Jan 2015 to 27 Sep 2022; crown prince 21 Jun 2017 to today; prime minister 27 Sep 2022 to today. Deputy crown prince from 29 April 2015.

actor MUHAMMAD_BIN_NAYEF
  name   Muhammad bin Nayef; Mohammed bin Nayef; bin Nayef
  code   SAUELI -20121104
  code   SAUGOV 20121105-20170621
  code   SAUELI 20170622-
  code   SAUELI
  kind   person
  note   interior minister 05 Nov 2012 to 21 Jun 2017; crown prince 29 Apr 2015 to 21 Jun 2017. Detained since March 2020.

actor SULTAN_BIN_ABDULAZIZ
  name   Sultan bin Abdulaziz; Prince Sultan
  code   SAUELI -19621021
  code   SAUGOV 19621022-20111022
  code   SAUELI 20111023-
  code   SAUELI
  kind   person
  note   defence minister 22 Oct 1962 to 22 Oct 2011; crown prince 01 Aug 2005 to 22 Oct 2011. Died 22 October 2011.

actor NAYEF_BIN_ABDULAZIZ
  name   Nayef bin Abdulaziz; Prince Nayef
  code   SAUELI -19751012
  code   SAUGOV 19751013-20120616
  code   SAUELI 20120617-
  code   SAUELI
  kind   person
  note   interior minister 13 Oct 1975 to 16 Jun 2012; crown prince 27 Oct 2011 to 16 Jun 2012. Died 16 June 2012.

actor SAUD_AL_FAISAL
  name   Saud al-Faisal; Prince Saud al-Faisal; Saud bin Faisal
  code   SAUELI -19751012
  code   SAUGOV 19751013-20150429
  code   SAUELI 20150430-
  code   SAUELI
  kind   person
  note   foreign minister 13 Oct 1975 to 29 Apr 2015. Died 9 July 2015.

actor ADEL_AL_JUBEIR
  name   Adel al-Jubeir; Adel Jubeir; al-Jubeir; Jubeir
  code   SAUELI -20070128?
  code   SAUGOV 20070129?-
  code   SAUGOV
  kind   person
  note   ambassador to the US 29 Jan 2007 (date uncertain) to 29 Apr 2015; foreign minister 29 Apr 2015 to 27 Dec 2018; minister of state for foreign affairs 27 Dec 2018 to today

actor IBRAHIM_AL_ASSAF
  name   Ibrahim al-Assaf; al-Assaf
  code   SAUELI -20181226
  code   SAUGOV 20181227-20191023
  code   SAUELI 20191024-
  code   SAUELI
  kind   person
  note   foreign minister 27 Dec 2018 to 23 Oct 2019

actor FAISAL_BIN_FARHAN
  name   Faisal bin Farhan; Prince Faisal bin Farhan; Faisal bin Farhan Al Saud; bin Farhan
  code   SAUELI -20191022
  code   SAUGOV 20191023-
  code   SAUGOV
  kind   person
  note   foreign minister 23 Oct 2019 to today

actor KHALID_BIN_SALMAN
  name   Khalid bin Salman; Prince Khalid bin Salman
  code   SAUELI -20170422?
  code   SAUGOV 20170423?-
  code   SAUGOV
  kind   person
  note   ambassador to the US 23 Apr 2017 (date uncertain) to 23 Feb 2019; deputy defence minister 23 Feb 2019 to 27 Sep 2022; defence minister 27 Sep 2022 to today

actor BANDAR_BIN_SULTAN
  name   Bandar bin Sultan; Prince Bandar
  code   SAUELI -19831023
  code   SAUGOV 19831024-20050908
  code   SAUELI 20050909-20051015
  code   SAUGOV 20051016-20150129
  code   SAUELI 20150130-
  code   SAUELI
  kind   person
  note   ambassador to the US 24 Oct 1983 to 08 Sep 2005; national security council secretary-general 16 Oct 2005 to 29 Jan 2015; intelligence chief 19 Jul 2012 to 15 Apr 2014

actor SHEIKH_ZAYED
  name   Sheikh Zayed; Zayed bin Sultan Al Nahyan; Zayed bin Sultan
  code   AREELI -19711201
  code   AREGOV 19711202-20041102
  code   AREELI 20041103-
  code   AREELI
  kind   person
  note   president 02 Dec 1971 to 02 Nov 2004. Died 2 November 2004.

actor KHALIFA_BIN_ZAYED
  name   Khalifa bin Zayed; Khalifa bin Zayed Al Nahyan; Sheikh Khalifa
  code   AREELI -20041102
  code   AREGOV 20041103-20220513
  code   AREELI 20220514-
  code   AREELI
  kind   person
  note   president 03 Nov 2004 to 13 May 2022. Died 13 May 2022.

actor MOHAMED_BIN_ZAYED
  name   Mohamed bin Zayed; Mohammed bin Zayed; Mohamed bin Zayed Al Nahyan; MBZ; Sheikh Mohamed bin Zayed; Sheikh Mohammed bin Zayed
  code   AREELI -20041102
  code   AREGOV 20041103-
  code   AREGOV
  kind   person
  note   crown prince of Abu Dhabi 03 Nov 2004 to 13 May 2022; president 14 May 2022 to today. De facto ruler from Khalifa's stroke in January 2014.

actor MOHAMMED_BIN_RASHID
  name   Mohammed bin Rashid; Mohammed bin Rashid Al Maktoum; Sheikh Mohammed bin Rashid
  code   AREELI -19711208
  code   AREGOV 19711209-
  code   AREGOV
  kind   person
  note   defence minister 09 Dec 1971 to today; vice president and prime minister 05 Jan 2006 to today

actor ABDULLAH_BIN_ZAYED
  name   Abdullah bin Zayed; Abdullah bin Zayed Al Nahyan; Sheikh Abdullah bin Zayed
  code   AREELI -19970324?
  code   AREGOV 19970325?-
  code   AREGOV
  kind   person
  note   information minister 25 Mar 1997 (date uncertain) to 09 Feb 2006; foreign minister 09 Feb 2006 to today

actor ANWAR_GARGASH
  name   Anwar Gargash; Gargash
  code   AREELI -20080216?
  code   AREGOV 20080217?-
  code   AREGOV
  kind   person
  note   minister of state for foreign affairs 17 Feb 2008 (date uncertain) to 12 Feb 2021; diplomatic adviser to the president 12 Feb 2021 to today

actor TAHNOUN_BIN_ZAYED
  name   Tahnoun bin Zayed; Sheikh Tahnoun
  code   AREELI -20160131?
  code   AREGOV 20160201?-
  code   AREGOV
  kind   person
  note   national security adviser 01 Feb 2016 (date uncertain) to today

actor SHEIKH_JABER_AL_AHMAD
  name   Sheikh Jaber al-Ahmad; Jaber al-Ahmad al-Sabah
  code   KWTELI -19771230
  code   KWTGOV 19771231-20060115
  code   KWTELI 20060116-
  code   KWTELI
  kind   person
  note   emir 31 Dec 1977 to 15 Jan 2006. Died 15 January 2006.

actor SHEIKH_SAAD_AL_ABDULLAH
  name   Sheikh Saad al-Abdullah; Saad al-Abdullah al-Sabah
  code   KWTELI -19780207
  code   KWTGOV 19780208-20030713
  code   KWTELI 20030714-20060114
  code   KWTGOV 20060115-20060124
  code   KWTELI 20060125-
  code   KWTELI
  kind   person
  note   crown prince and prime minister 08 Feb 1978 to 13 Jul 2003; emir 15 Jan 2006 to 24 Jan 2006. Abdicated on health grounds.

actor SHEIKH_SABAH_AL_AHMAD
  name   Sheikh Sabah al-Ahmad; Sabah al-Ahmad al-Jaber al-Sabah; Sheikh Sabah; Emir Sabah
  code   KWTELI -19630127
  code   KWTGOV 19630128-20200929
  code   KWTELI 20200930-
  code   KWTELI
  kind   person
  note   foreign minister 28 Jan 1963 to 13 Jul 2003; prime minister 13 Jul 2003 to 29 Jan 2006; emir 29 Jan 2006 to 29 Sep 2020. Died 29 September 2020.

actor SHEIKH_NAWAF_AL_AHMAD
  name   Sheikh Nawaf al-Ahmad; Nawaf al-Ahmad al-Jaber al-Sabah; Sheikh Nawaf
  code   KWTELI -20060206
  code   KWTGOV 20060207-20231216
  code   KWTELI 20231217-
  code   KWTELI
  kind   person
  note   crown prince 07 Feb 2006 to 30 Sep 2020; emir 30 Sep 2020 to 16 Dec 2023. Died 16 December 2023.

actor SHEIKH_MISHAL_AL_AHMAD
  name   Sheikh Mishal al-Ahmad; Mishal al-Ahmad al-Jaber al-Sabah; Sheikh Meshal; Sheikh Mishal
  code   KWTELI -20201007
  code   KWTGOV 20201008-
  code   KWTGOV
  kind   person
  note   crown prince 08 Oct 2020 to 16 Dec 2023; emir 16 Dec 2023 to today

actor SHEIKH_NASSER_AL_MOHAMMED
  name   Sheikh Nasser al-Mohammed; Nasser al-Mohammed al-Ahmad al-Sabah
  code   KWTELI -20060206
  code   KWTGOV 20060207-20111128
  code   KWTELI 20111129-
  code   KWTELI
  kind   person
  note   prime minister 07 Feb 2006 to 28 Nov 2011

actor SHEIKH_JABER_AL_MUBARAK
  name   Sheikh Jaber al-Mubarak; Jaber al-Mubarak al-Hamad al-Sabah
  code   KWTELI -20010213?
  code   KWTGOV 20010214?-20191119
  code   KWTELI 20191120-
  code   KWTELI
  kind   person
  note   defence minister 14 Feb 2001 (date uncertain) to 30 Nov 2011; prime minister 30 Nov 2011 to 19 Nov 2019

actor SHEIKH_SABAH_AL_KHALID
  name   Sheikh Sabah al-Khalid; Sabah al-Khalid al-Hamad al-Sabah
  code   KWTELI -20111021?
  code   KWTGOV 20111022?-20220724
  code   KWTELI 20220725-
  code   KWTELI
  kind   person
  note   foreign minister 22 Oct 2011 (date uncertain) to 19 Nov 2019; prime minister 19 Nov 2019 to 24 Jul 2022

actor SHEIKH_AHMAD_NAWAF
  name   Sheikh Ahmad Nawaf; Ahmad Nawaf al-Ahmad al-Sabah
  code   KWTELI -20220723
  code   KWTGOV 20220724-20240104?
  code   KWTELI 20240105?-
  code   KWTELI
  kind   person
  note   prime minister 24 Jul 2022 to 04 Jan 2024 (date uncertain)

actor SHEIKH_MOHAMMAD_SABAH_AL_SALEM
  name   Sheikh Mohammad Sabah al-Salem; Mohammad Sabah al-Salem al-Sabah; Sheikh Mohammad al-Sabah
  code   KWTELI -20030713
  code   KWTGOV 20030714-20111018
  code   KWTELI 20111019-20240103?
  code   KWTGOV 20240104?-20240415?
  code   KWTELI 20240416?-
  code   KWTELI
  kind   person
  note   foreign minister 14 Jul 2003 to 18 Oct 2011; prime minister 04 Jan 2024 (date uncertain) to 15 Apr 2024 (date uncertain)

actor SHEIKH_AHMAD_AL_ABDULLAH
  name   Sheikh Ahmad al-Abdullah; Ahmad al-Abdullah al-Ahmad al-Sabah
  code   KWTELI -20240514
  code   KWTGOV 20240515-
  code   KWTGOV
  kind   person
  note   prime minister 15 May 2024 to today

actor ABDULLAH_AL_YAHYA
  name   Abdullah Al-Yahya; Abdullah al-Yahya
  code   KWTELI -20240618?
  code   KWTGOV 20240619?-
  code   KWTGOV
  kind   person
  note   foreign minister 19 Jun 2024 (date uncertain) to today

actor SHEIKH_HAMAD_BIN_KHALIFA
  name   Sheikh Hamad bin Khalifa; Hamad bin Khalifa Al Thani; Sheikh Hamad
  code   QATELI -19950626
  code   QATGOV 19950627-20130625
  code   QATELI 20130626-
  code   QATELI
  kind   person
  note   emir 27 Jun 1995 to 25 Jun 2013

actor SHEIKH_TAMIM_BIN_HAMAD
  name   Sheikh Tamim bin Hamad; Tamim bin Hamad Al Thani; Sheikh Tamim; Emir Tamim
  code   QATELI -20030804
  code   QATGOV 20030805-
  code   QATGOV
  kind   person
  note   crown prince 05 Aug 2003 to 25 Jun 2013; emir 25 Jun 2013 to today

actor HAMAD_BIN_JASSIM
  name   Hamad bin Jassim; Hamad bin Jassim bin Jaber Al Thani; Sheikh Hamad bin Jassim
  code   QATELI -19911231?
  code   QATGOV 19920101?-20130626
  code   QATELI 20130627-
  code   QATELI
  kind   person
  note   foreign minister 01 Jan 1992 (date uncertain) to 26 Jun 2013; prime minister 03 Apr 2007 to 26 Jun 2013

actor SHEIKH_MOHAMMED_BIN_ABDULRAHMAN
  name   Sheikh Mohammed bin Abdulrahman; Mohammed bin Abdulrahman Al Thani; Mohammed bin Abdulrahman
  code   QATELI -20160127
  code   QATGOV 20160128-
  code   QATGOV
  kind   person
  note   foreign minister 28 Jan 2016 to today; prime minister 07 Mar 2023 to today

actor MAJED_AL_ANSARI
  name   Majed al-Ansari; al-Ansari
  code   QATELI -20211231?
  code   QATGOV 20220101?-
  code   QATGOV
  kind   person
  note   foreign ministry spokesman 01 Jan 2022 (date uncertain) to today. Start date uncertain.

actor KING_HAMAD
  name   King Hamad; Hamad bin Isa Al Khalifa; Hamad bin Isa
  code   BHRELI -19990305
  code   BHRGOV 19990306-
  code   BHRGOV
  kind   person
  note   emir 06 Mar 1999 to 14 Feb 2002; king 14 Feb 2002 to today

actor SALMAN_BIN_HAMAD
  name   Salman bin Hamad; Crown Prince Salman; Salman bin Hamad Al Khalifa
  code   BHRELI -19990308
  code   BHRGOV 19990309-
  code   BHRGOV
  kind   person
  note   crown prince 09 Mar 1999 to today; prime minister 11 Nov 2020 to today

actor KHALIFA_BIN_SALMAN
  name   Khalifa bin Salman; Khalifa bin Salman Al Khalifa
  code   BHRELI -19710109
  code   BHRGOV 19710110-20201111
  code   BHRELI 20201112-
  code   BHRELI
  kind   person
  note   prime minister 10 Jan 1971 to 11 Nov 2020. Died 11 November 2020.

actor ABDULLATIF_AL_ZAYANI
  name   Abdullatif al-Zayani; Abdullatif Al Zayani; al-Zayani
  code   BHRELI -20110331
  code   IGOMEAGCC 20110401-20200210
  code   BHRGOV 20200211-
  code   BHRGOV
  kind   person
  note   GCC secretary-general 01 Apr 2011 to 31 Mar 2020; foreign minister 11 Feb 2020 to today

actor SULTAN_QABOOS
  name   Sultan Qaboos; Qaboos bin Said
  code   OMNELI -19700722
  code   OMNGOV 19700723-20200110
  code   OMNELI 20200111-
  code   OMNELI
  kind   person
  note   sultan 23 Jul 1970 to 10 Jan 2020. Died 10 January 2020.

actor SULTAN_HAITHAM
  name   Sultan Haitham; Haitham bin Tariq; Haitham bin Tarik
  code   OMNELI -20200110
  code   OMNGOV 20200111-
  code   OMNGOV
  kind   person
  note   sultan 11 Jan 2020 to today

actor YUSUF_BIN_ALAWI
  name   Yusuf bin Alawi; Yousuf bin Alawi bin Abdullah
  code   OMNELI -19961231?
  code   OMNGOV 19970101?-20200818
  code   OMNELI 20200819-
  code   OMNELI
  kind   person
  note   foreign minister 01 Jan 1997 (date uncertain) to 18 Aug 2020

actor BADR_ALBUSAIDI
  name   Badr Albusaidi; Badr al-Busaidi; Sayyid Badr
  code   OMNELI -20200817
  code   OMNGOV 20200818-
  code   OMNGOV
  kind   person
  note   foreign minister 18 Aug 2020 to today

actor JASEM_ALBUDAIWI
  name   Jasem Albudaiwi; Jassem al-Budaiwi; Albudaiwi
  code   KWTELI -20230131
  code   IGOMEAGCC 20230201-
  code   IGOMEAGCC
  kind   person
  note   GCC secretary-general 01 Feb 2023 to today

actor HOSNI_MUBARAK
  name   Hosni Mubarak; Mohamed Hosni Mubarak; Mubarak
  code   EGYELI -19811013
  code   EGYGOV 19811014-20110211
  code   EGYELI 20110212-
  code   EGYELI
  kind   person
  note   president 14 Oct 1981 to 11 Feb 2011. Forced out on 11 February 2011; died 25 February 2020.

actor MOHAMED_HUSSEIN_TANTAWI
  name   Mohamed Hussein Tantawi; Mohammed Hussein Tantawi; Field Marshal Tantawi; Tantawi
  code   EGYELI -19910519
  code   EGYGOV 19910520-20120812
  code   EGYELI 20120813-
  code   EGYELI
  kind   person
  note   defence minister 20 May 1991 to 12 Aug 2012; head of the ruling military council 11 Feb 2011 to 30 Jun 2012

actor MOHAMED_MORSI
  name   Mohamed Morsi; Mohammed Morsi; Mohamed Mursi; Mohammed Mursi; Morsi; Mursi
  code   EGYELI -20120629
  code   EGYGOV 20120630-20130703
  code   EGYELI 20130704-
  code   EGYELI
  kind   person
  note   president 30 Jun 2012 to 03 Jul 2013. Ousted by the military on 3 July 2013; died in court 17 June 2019.

actor ADLY_MANSOUR
  name   Adly Mansour; Adli Mansour
  code   EGYELI -20130703
  code   EGYGOV 20130704-20140608
  code   EGYELI 20140609-
  code   EGYELI
  kind   person
  note   interim president 04 Jul 2013 to 08 Jun 2014

actor ABDEL_FATTAH_EL_SISI
  name   Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah Sisi; el-Sisi; al-Sisi; Sisi; el-Sissi; Sissi
  code   EGYELI -20091231?
  code   EGYGOV 20100101?-20140326
  code   EGYELI 20140327-20140607
  code   EGYGOV 20140608-
  code   EGYGOV
  kind   person
  note   intelligence chief 01 Jan 2010 (date uncertain) to 12 Aug 2012; defence minister 12 Aug 2012 to 26 Mar 2014; president 08 Jun 2014 to today

actor ATEF_EBEID
  name   Atef Ebeid
  code   EGYELI -19991004
  code   EGYGOV 19991005-20040714
  code   EGYELI 20040715-
  code   EGYELI
  kind   person
  note   prime minister 05 Oct 1999 to 14 Jul 2004

actor AHMED_NAZIF
  name   Ahmed Nazif; Nazif
  code   EGYELI -20040713
  code   EGYGOV 20040714-20110129
  code   EGYELI 20110130-
  code   EGYELI
  kind   person
  note   prime minister 14 Jul 2004 to 29 Jan 2011

actor AHMED_SHAFIK
  name   Ahmed Shafik; Shafik
  code   EGYELI -20110128
  code   EGYGOV 20110129-20110303
  code   EGYELI 20110304-
  code   EGYELI
  kind   person
  note   prime minister 29 Jan 2011 to 03 Mar 2011

actor ESSAM_SHARAF
  name   Essam Sharaf
  code   EGYELI -20110302
  code   EGYGOV 20110303-20111207
  code   EGYELI 20111208-
  code   EGYELI
  kind   person
  note   prime minister 03 Mar 2011 to 07 Dec 2011

actor KAMAL_GANZOURI
  name   Kamal Ganzouri; Kamal el-Ganzouri; Ganzouri
  code   EGYELI -20111206
  code   EGYGOV 20111207-20120802
  code   EGYELI 20120803-
  code   EGYELI
  kind   person
  note   prime minister 07 Dec 2011 to 02 Aug 2012

actor HISHAM_QANDIL
  name   Hisham Qandil; Hesham Kandil; Qandil; Kandil
  code   EGYELI -20120801
  code   EGYGOV 20120802-20130708
  code   EGYELI 20130709-
  code   EGYELI
  kind   person
  note   prime minister 02 Aug 2012 to 08 Jul 2013

actor HAZEM_EL_BEBLAWI
  name   Hazem el-Beblawi; Hazem Beblawi; Beblawi
  code   EGYELI -20130708
  code   EGYGOV 20130709-20140301
  code   EGYELI 20140302-
  code   EGYELI
  kind   person
  note   prime minister 09 Jul 2013 to 01 Mar 2014

actor IBRAHIM_MAHLAB
  name   Ibrahim Mahlab; Mahlab
  code   EGYELI -20140228
  code   EGYGOV 20140301-20150919
  code   EGYELI 20150920-
  code   EGYELI
  kind   person
  note   prime minister 01 Mar 2014 to 19 Sep 2015

actor SHERIF_ISMAIL
  name   Sherif Ismail
  code   EGYELI -20150918
  code   EGYGOV 20150919-20180607
  code   EGYELI 20180608-
  code   EGYELI
  kind   person
  note   prime minister 19 Sep 2015 to 07 Jun 2018

actor MOSTAFA_MADBOULY
  name   Mostafa Madbouly; Moustafa Madbouly; Madbouly
  code   EGYELI -20180606
  code   EGYGOV 20180607-
  code   EGYGOV
  kind   person
  note   prime minister 07 Jun 2018 to today

actor AMR_MOUSSA
  name   Amr Moussa; Amr Mousa
  code   EGYELI -19910519
  code   EGYGOV 19910520-20010514
  code   IGOMEAARL 20010515-20110630
  code   EGYELI 20110701-
  code   EGYELI
  kind   person
  note   foreign minister 20 May 1991 to 15 May 2001; Arab League secretary-general 15 May 2001 to 30 Jun 2011

actor AHMED_MAHER
  name   Ahmed Maher
  code   EGYELI -20010514
  code   EGYGOV 20010515-20040714
  code   EGYELI 20040715-
  code   EGYELI
  kind   person
  note   foreign minister 15 May 2001 to 14 Jul 2004

actor AHMED_ABOUL_GHEIT
  name   Ahmed Aboul Gheit; Ahmed Abul Gheit; Aboul Gheit; Aboul-Gheit
  code   EGYELI -20040713
  code   EGYGOV 20040714-20110306
  code   EGYELI 20110307-20160630
  code   IGOMEAARL 20160701-
  code   IGOMEAARL
  kind   person
  note   foreign minister 14 Jul 2004 to 06 Mar 2011; Arab League secretary-general 01 Jul 2016 to today

actor NABIL_ELARABY
  name   Nabil Elaraby; Nabil al-Arabi; Nabil el-Araby; Elaraby
  code   EGYELI -20110305
  code   EGYGOV 20110306-20110630
  code   IGOMEAARL 20110701-20160630
  code   EGYELI 20160701-
  code   EGYELI
  kind   person
  note   foreign minister 06 Mar 2011 to 01 Jul 2011; Arab League secretary-general 01 Jul 2011 to 30 Jun 2016

actor MOHAMED_KAMEL_AMR
  name   Mohamed Kamel Amr
  code   EGYELI -20110630
  code   EGYGOV 20110701-20130716
  code   EGYELI 20130717-
  code   EGYELI
  kind   person
  note   foreign minister 01 Jul 2011 to 16 Jul 2013

actor NABIL_FAHMY
  name   Nabil Fahmy
  code   EGYELI -20130715
  code   EGYGOV 20130716-20140617
  code   EGYELI 20140618-
  code   EGYELI
  kind   person
  note   foreign minister 16 Jul 2013 to 17 Jun 2014

actor SAMEH_SHOUKRY
  name   Sameh Shoukry; Sameh Shukri; Shoukry
  code   EGYELI -20140616
  code   EGYGOV 20140617-20240703
  code   EGYELI 20240704-
  code   EGYELI
  kind   person
  note   foreign minister 17 Jun 2014 to 03 Jul 2024

actor BADR_ABDELATTY
  name   Badr Abdelatty; Badr Abdel Aty; Abdelatty
  code   EGYELI -20240702
  code   EGYGOV 20240703-
  code   EGYGOV
  kind   person
  note   foreign minister 03 Jul 2024 to today

actor MOHAMED_ELBARADEI
  name   Mohamed ElBaradei; Mohamed el-Baradei; ElBaradei; el-Baradei; Baradei
  code   EGYELI -19971130
  code   IGOUNOIAE 19971201-20091130
  code   EGYELI 20091201-20130713
  code   EGYGOV 20130714-20130814
  code   EGYELI 20130815-
  code   EGYELI
  kind   person
  note   IAEA director-general 01 Dec 1997 to 30 Nov 2009; vice president 14 Jul 2013 to 14 Aug 2013

actor SEDKI_SOBHI
  name   Sedki Sobhi; Sedky Sobhy
  code   EGYELI -20140325
  code   EGYGOV 20140326-20180614
  code   EGYELI 20180615-
  code   EGYELI
  kind   person
  note   defence minister 26 Mar 2014 to 14 Jun 2018

actor MOHAMED_ZAKI
  name   Mohamed Zaki
  code   EGYELI -20180613
  code   EGYGOV 20180614-20240703
  code   EGYELI 20240704-
  code   EGYELI
  kind   person
  note   defence minister 14 Jun 2018 to 03 Jul 2024

actor ABDEL_MEGUID_SAQR
  name   Abdel Meguid Saqr
  code   EGYELI -20240702
  code   EGYGOV 20240703-
  code   EGYGOV
  kind   person
  note   defence minister 03 Jul 2024 to today

actor SADDAM_HUSSEIN
  name   Saddam Hussein; Saddam
  code   IRQELI -19790715
  code   IRQGOV 19790716-20030409
  code   IRQELI 20030410-
  code   IRQELI
  kind   person
  note   president 16 Jul 1979 to 09 Apr 2003. Toppled in April 2003; executed 30 December 2006.

actor AYAD_ALLAWI
  name   Ayad Allawi; Iyad Allawi; Allawi
  code   IRQELI -20040627
  code   IRQGOV 20040628-20050503
  code   IRQELI 20050504-
  code   IRQELI
  kind   person
  note   prime minister 28 Jun 2004 to 03 May 2005

actor IBRAHIM_AL_JAAFARI
  name   Ibrahim al-Jaafari; Ibrahim Jaafari; al-Jaafari; Jaafari
  code   IRQELI -20050502
  code   IRQGOV 20050503-20060520
  code   IRQELI 20060521-20141017
  code   IRQGOV 20141018-20181025
  code   IRQELI 20181026-
  code   IRQELI
  kind   person
  note   prime minister 03 May 2005 to 20 May 2006; foreign minister 18 Oct 2014 to 25 Oct 2018

actor NOURI_AL_MALIKI
  name   Nouri al-Maliki; Nuri al-Maliki; Nouri Maliki; al-Maliki
  code   IRQELI -20060519
  code   IRQGOV 20060520-20181002
  code   IRQELI 20181003-
  code   IRQELI
  kind   person
  note   prime minister 20 May 2006 to 08 Sep 2014; vice president 09 Sep 2014 to 02 Oct 2018

actor HAIDER_AL_ABADI
  name   Haider al-Abadi; Haidar al-Abadi; al-Abadi; Abadi
  code   IRQELI -20140907
  code   IRQGOV 20140908-20181025
  code   IRQELI 20181026-
  code   IRQELI
  kind   person
  note   prime minister 08 Sep 2014 to 25 Oct 2018

actor ADIL_ABDUL_MAHDI
  name   Adil Abdul-Mahdi; Adel Abdul Mahdi; Abdul-Mahdi
  code   IRQELI -20181024
  code   IRQGOV 20181025-20200507
  code   IRQELI 20200508-
  code   IRQELI
  kind   person
  note   prime minister 25 Oct 2018 to 07 May 2020

actor MUSTAFA_AL_KADHIMI
  name   Mustafa al-Kadhimi; Mustafa al-Kazemi; al-Kadhimi; Kadhimi
  code   IRQELI -20160606?
  code   IRQGOV 20160607?-20221027
  code   IRQELI 20221028-
  code   IRQELI
  kind   person
  note   intelligence chief 07 Jun 2016 (date uncertain) to 07 May 2020; prime minister 07 May 2020 to 27 Oct 2022

actor MOHAMMED_SHIA_AL_SUDANI
  name   Mohammed Shia al-Sudani; Mohammed Shia' al-Sudani; al-Sudani
  code   IRQELI -20221026
  code   IRQGOV 20221027-
  code   IRQGOV
  kind   person
  note   prime minister 27 Oct 2022 to today

actor JALAL_TALABANI
  name   Jalal Talabani; Talabani
  code   IRQELI -20050405
  code   IRQGOV 20050406-20140724
  code   IRQELI 20140725-
  code   IRQELI
  kind   person
  note   president 06 Apr 2005 to 24 Jul 2014. Died 3 October 2017.

actor FUAD_MASUM
  name   Fuad Masum; Fouad Massoum; Masum
  code   IRQELI -20140723
  code   IRQGOV 20140724-20181002
  code   IRQELI 20181003-
  code   IRQELI
  kind   person
  note   president 24 Jul 2014 to 02 Oct 2018

actor BARHAM_SALIH
  name   Barham Salih; Barham Saleh
  code   IRQELI -20181001
  code   IRQGOV 20181002-20221017
  code   IRQELI 20221018-
  code   IRQELI
  kind   person
  note   president 02 Oct 2018 to 17 Oct 2022

actor ABDUL_LATIF_RASHID
  name   Abdul Latif Rashid; Abdul Latif Jamal Rashid
  code   IRQELI -20221016
  code   IRQGOV 20221017-
  code   IRQGOV
  kind   person
  note   president 17 Oct 2022 to today

actor HOSHYAR_ZEBARI
  name   Hoshyar Zebari; Zebari
  code   IRQELI -20030902
  code   IRQGOV 20030903-20140911
  code   IRQELI 20140912-
  code   IRQELI
  kind   person
  note   foreign minister 03 Sep 2003 to 11 Sep 2014

actor FUAD_HUSSEIN
  name   Fuad Hussein
  code   IRQELI -20200605
  code   IRQGOV 20200606-
  code   IRQGOV
  kind   person
  note   foreign minister 06 Jun 2020 to today

actor MUQTADA_AL_SADR
  name   Muqtada al-Sadr; Moqtada al-Sadr; Moqtada Sadr; al-Sadr
  code   IRQOPP
  kind   person
  note   Shia cleric and leader of the Sadrist movement; coded OPP (no state office).

actor EHUD_BARAK
  name   Ehud Barak; Barak
  code   ISRELI -19990705
  code   ISRGOV 19990706-20010307
  code   ISRELI 20010308-20070617
  code   ISRGOV 20070618-20130318
  code   ISRELI 20130319-
  code   ISRELI
  kind   person
  note   prime minister 06 Jul 1999 to 07 Mar 2001; defence minister 06 Jul 1999 to 07 Mar 2001; defence minister 18 Jun 2007 to 18 Mar 2013

actor ARIEL_SHARON
  name   Ariel Sharon
  code   ISRELI -20010306
  code   ISRGOV 20010307-20060414
  code   ISRELI 20060415-
  code   ISRELI
  kind   person
  note   prime minister 07 Mar 2001 to 14 Apr 2006. Incapacitated by a stroke on 4 January 2006; died 11 January 2014.

actor EHUD_OLMERT
  name   Ehud Olmert; Olmert
  code   ISRELI -20060103
  code   ISRGOV 20060104-20090331
  code   ISRELI 20090401-
  code   ISRELI
  kind   person
  note   prime minister 04 Jan 2006 to 31 Mar 2009. Acting prime minister from 4 January 2006.

actor BENJAMIN_NETANYAHU
  name   Benjamin Netanyahu; Binyamin Netanyahu; Netanyahu; Bibi
  code   ISRELI -19960617
  code   ISRGOV 19960618-19990706
  code   ISRELI 19990707-20021105
  code   ISRGOV 20021106-20050809
  code   ISRELI 20050810-20090330
  code   ISRGOV 20090331-20210613
  code   ISRELI 20210614-20221228
  code   ISRGOV 20221229-
  code   ISRGOV
  kind   person
  note   prime minister 18 Jun 1996 to 06 Jul 1999; foreign minister 06 Nov 2002 to 28 Feb 2003; finance minister 28 Feb 2003 to 09 Aug 2005; prime minister 31 Mar 2009 to 13 Jun 2021; foreign minister 24 Dec 2012 (date uncertain) to 11 Nov 2013; foreign minister 14 May 2015 to 17 Feb 2019 (date uncertain); defence minister 18 Nov 2018 to 12 Nov 2019; prime minister 29 Dec 2022 to today. Dates marked uncertain are known to the month or year only.

actor NAFTALI_BENNETT
  name   Naftali Bennett
  code   ISRELI -20191111
  code   ISRGOV 20191112-20200517
  code   ISRELI 20200518-20210612
  code   ISRGOV 20210613-20220630
  code   ISRELI 20220701-
  code   ISRELI
  kind   person
  note   defence minister 12 Nov 2019 to 17 May 2020; prime minister 13 Jun 2021 to 30 Jun 2022

actor YAIR_LAPID
  name   Yair Lapid; Lapid
  code   ISRELI -20210612
  code   ISRGOV 20210613-20221229
  code   ISRELI 20221230-
  code   ISRELI
  kind   person
  note   foreign minister 13 Jun 2021 to 29 Dec 2022; prime minister 01 Jul 2022 to 29 Dec 2022. Kept the foreign ministry while prime minister. Opposition leader after (ELI).

actor MOSHE_KATSAV
  name   Moshe Katsav; Katsav
  code   ISRELI -20000731
  code   ISRGOV 20000801-20070701
  code   ISRELI 20070702-
  code   ISRELI
  kind   person
  note   president 01 Aug 2000 to 01 Jul 2007

actor SHIMON_PERES
  name   Shimon Peres; Peres
  code   ISRELI -20010306
  code   ISRGOV 20010307-20021102
  code   ISRELI 20021103-20050109?
  code   ISRGOV 20050110?-20070713
  code   ISRELI 20070714-20070714
  code   ISRGOV 20070715-20140724
  code   ISRELI 20140725-
  code   ISRELI
  kind   person
  note   foreign minister 07 Mar 2001 to 02 Nov 2002; vice prime minister 10 Jan 2005 (date uncertain) to 13 Jul 2007; president 15 Jul 2007 to 24 Jul 2014. Died 28 September 2016.

actor REUVEN_RIVLIN
  name   Reuven Rivlin; Ruvi Rivlin; Rivlin
  code   ISRELI -20140723
  code   ISRGOV 20140724-20210707
  code   ISRELI 20210708-
  code   ISRELI
  kind   person
  note   president 24 Jul 2014 to 07 Jul 2021

actor ISAAC_HERZOG
  name   Isaac Herzog; Yitzhak Herzog; Herzog
  code   ISRELI -20210706
  code   ISRGOV 20210707-
  code   ISRGOV
  kind   person
  note   president 07 Jul 2021 to today

actor SILVAN_SHALOM
  name   Silvan Shalom
  code   ISRELI -20030227
  code   ISRGOV 20030228-20060116
  code   ISRELI 20060117-
  code   ISRELI
  kind   person
  note   foreign minister 28 Feb 2003 to 16 Jan 2006

actor TZIPI_LIVNI
  name   Tzipi Livni; Livni
  code   ISRELI -20060117
  code   ISRGOV 20060118-20090331
  code   ISRELI 20090401-20130317
  code   ISRGOV 20130318-20141202
  code   ISRELI 20141203-
  code   ISRELI
  kind   person
  note   foreign minister 18 Jan 2006 to 31 Mar 2009; justice minister 18 Mar 2013 to 02 Dec 2014

actor AVIGDOR_LIEBERMAN
  name   Avigdor Lieberman; Avigdor Liberman; Lieberman; Liberman
  code   ISRELI -20090330
  code   ISRGOV 20090331-20121218
  code   ISRELI 20121219-20131110
  code   ISRGOV 20131111-20150514
  code   ISRELI 20150515-20160529
  code   ISRGOV 20160530-20181114
  code   ISRELI 20181115-
  code   ISRELI
  kind   person
  note   foreign minister 31 Mar 2009 to 18 Dec 2012; foreign minister 11 Nov 2013 to 14 May 2015; defence minister 30 May 2016 to 14 Nov 2018

actor ELI_COHEN
  name   Eli Cohen
  code   ISRELI -20221231
  code   ISRGOV 20230101-20240101
  code   ISRELI 20240102-
  code   ISRELI
  kind   person
  note   foreign minister 01 Jan 2023 to 01 Jan 2024

actor ISRAEL_KATZ
  name   Israel Katz; Yisrael Katz
  code   ISRELI -20190216?
  code   ISRGOV 20190217?-20200517
  code   ISRELI 20200518-20231231
  code   ISRGOV 20240101-
  code   ISRGOV
  kind   person
  note   foreign minister 17 Feb 2019 (date uncertain) to 17 May 2020; foreign minister 01 Jan 2024 to 05 Nov 2024; defence minister 05 Nov 2024 to today

actor GIDEON_SAAR
  name   Gideon Saar; Gideon Sa'ar; Saar; Sa'ar
  code   ISRELI -20241104
  code   ISRGOV 20241105-
  code   ISRGOV
  kind   person
  note   foreign minister 05 Nov 2024 to today

actor SHAUL_MOFAZ
  name   Shaul Mofaz; Mofaz
  code   ISRELI -20021103
  code   ISRGOV 20021104-20060504
  code   ISRELI 20060505-
  code   ISRELI
  kind   person
  note   defence minister 04 Nov 2002 to 04 May 2006

actor AMIR_PERETZ
  name   Amir Peretz; Peretz
  code   ISRELI -20060503
  code   ISRGOV 20060504-20070618
  code   ISRELI 20070619-
  code   ISRELI
  kind   person
  note   defence minister 04 May 2006 to 18 Jun 2007

actor MOSHE_YA_ALON
  name   Moshe Ya'alon; Moshe Yaalon; Ya'alon; Yaalon
  code   ISRELI -20130317
  code   ISRGOV 20130318-20160520
  code   ISRELI 20160521-
  code   ISRELI
  kind   person
  note   defence minister 18 Mar 2013 to 20 May 2016

actor BENNY_GANTZ
  name   Benny Gantz; Gantz
  code   ISRELI -20110213
  code   ISRMIL 20110214-20150216
  code   ISRELI 20150217-20200516
  code   ISRGOV 20200517-20221229
  code   ISRELI 20221230-20231010
  code   ISRGOV 20231011-20240609
  code   ISRELI 20240610-
  code   ISRELI
  kind   person
  note   chief of staff 14 Feb 2011 to 16 Feb 2015; defence minister 17 May 2020 to 29 Dec 2022; war cabinet minister 11 Oct 2023 to 09 Jun 2024

actor YOAV_GALLANT
  name   Yoav Gallant
  code   ISRELI -20221228
  code   ISRGOV 20221229-20241105
  code   ISRELI 20241106-
  code   ISRELI
  kind   person
  note   defence minister 29 Dec 2022 to 05 Nov 2024

actor RON_DERMER
  name   Ron Dermer; Dermer
  code   ISRELI -20131202?
  code   ISRGOV 20131203?-20210101?
  code   ISRELI 20210102?-20221228
  code   ISRGOV 20221229-
  code   ISRGOV
  kind   person
  note   ambassador to the US 03 Dec 2013 (date uncertain) to 01 Jan 2021 (date uncertain); strategic affairs minister 29 Dec 2022 to today

actor HERZI_HALEVI
  name   Herzi Halevi
  code   ISRELI -20230115
  code   ISRMIL 20230116-20250305
  code   ISRELI 20250306-
  code   ISRELI
  kind   person
  note   chief of staff 16 Jan 2023 to 05 Mar 2025

actor EYAL_ZAMIR
  name   Eyal Zamir
  code   ISRELI -20250304
  code   ISRMIL 20250305-
  code   ISRMIL
  kind   person
  note   chief of staff 05 Mar 2025 to today

actor ITAMAR_BEN_GVIR
  name   Itamar Ben-Gvir; Ben-Gvir; Ben Gvir
  code   ISRELI -20221228
  code   ISRGOV 20221229-20250119
  code   ISRELI 20250120-20250318
  code   ISRGOV 20250319-
  code   ISRGOV
  kind   person
  note   national security minister 29 Dec 2022 to 19 Jan 2025; national security minister 19 Mar 2025 to today

actor BEZALEL_SMOTRICH
  name   Bezalel Smotrich; Smotrich
  code   ISRELI -20221228
  code   ISRGOV 20221229-
  code   ISRGOV
  kind   person
  note   finance minister 29 Dec 2022 to today

actor YASSER_ARAFAT
  name   Yasser Arafat; Yasir Arafat; Arafat
  code   PSEELI -19940704
  code   PSEGOV 19940705-20041111
  code   PSEELI 20041112-
  code   PSEELI
  kind   person
  note   president 05 Jul 1994 to 11 Nov 2004. Died 11 November 2004.

actor MAHMOUD_ABBAS
  name   Mahmoud Abbas; Abu Mazen; Abbas; President Abbas
  code   PSEELI -20030318
  code   PSEGOV 20030319-20031006
  code   PSEELI 20031007-20050114
  code   PSEGOV 20050115-
  code   PSEGOV
  kind   person
  note   prime minister 19 Mar 2003 to 06 Oct 2003; president 15 Jan 2005 to today. PLO chairman from 11 November 2004.

actor AHMED_QUREI
  name   Ahmed Qurei; Ahmed Qureia; Abu Alaa; Qurei
  code   PSEELI -20031006
  code   PSEGOV 20031007-20060329
  code   PSEELI 20060330-
  code   PSEELI
  kind   person
  note   prime minister 07 Oct 2003 to 29 Mar 2006

actor SALAM_FAYYAD
  name   Salam Fayyad; Fayyad
  code   PSEELI -20070614
  code   PSEGOV 20070615-20130606
  code   PSEELI 20130607-
  code   PSEELI
  kind   person
  note   prime minister 15 Jun 2007 to 06 Jun 2013

actor RAMI_HAMDALLAH
  name   Rami Hamdallah; Hamdallah
  code   PSEELI -20130605
  code   PSEGOV 20130606-20190414
  code   PSEELI 20190415-
  code   PSEELI
  kind   person
  note   prime minister 06 Jun 2013 to 14 Apr 2019

actor MOHAMMAD_SHTAYYEH
  name   Mohammad Shtayyeh; Mohammed Shtayyeh; Shtayyeh
  code   PSEELI -20190413
  code   PSEGOV 20190414-20240331
  code   PSEELI 20240401-
  code   PSEELI
  kind   person
  note   prime minister 14 Apr 2019 to 31 Mar 2024

actor MOHAMMAD_MUSTAFA
  name   Mohammad Mustafa
  code   PSEELI -20240330
  code   PSEGOV 20240331-
  code   PSEGOV
  kind   person
  note   prime minister 31 Mar 2024 to today

actor RIYAD_AL_MALIKI
  name   Riyad al-Maliki; Riyad Malki; Riad Malki
  code   PSEELI -20070516?
  code   PSEGOV 20070517?-20240331
  code   PSEELI 20240401-
  code   PSEELI
  kind   person
  note   foreign minister 17 May 2007 (date uncertain) to 31 Mar 2024

actor HUSSEIN_AL_SHEIKH
  name   Hussein al-Sheikh
  code   PSEELI -20220525?
  code   PSEGOV 20220526?-
  code   PSEGOV
  kind   person
  note   PLO executive secretary 26 May 2022 (date uncertain) to 26 Apr 2025 (date uncertain); vice president 26 Apr 2025 (date uncertain) to today. Named PLO vice chairman and Abbas's deputy in April 2025 (date uncertain).

actor ISMAIL_HANIYEH
  name   Ismail Haniyeh; Ismail Haniya; Haniyeh; Haniya
  code   PSEELI -20060328
  code   PSEGOV 20060329-20070614
  code   IMGHAM 20070615-20240731
  code   PSEELI 20240801-
  code   PSEELI
  kind   person
  note   prime minister 29 Mar 2006 to 14 Jun 2007; Hamas leader in Gaza 15 Jun 2007 to 05 May 2017; Hamas political chief 06 May 2017 to 31 Jul 2024. Dismissed as PA prime minister by Abbas on 14 June 2007, headed Hamas's Gaza government; killed in Tehran on 31 July 2024.

actor YAHYA_SINWAR
  name   Yahya Sinwar; Sinwar
  code   IMGHAM 20170213-20241016
  kind   person
  note   Hamas leader 13 Feb 2017 to 16 Oct 2024. Killed by Israeli forces on 16 October 2024; political chief from August 2024.

actor KHALED_MESHAAL
  name   Khaled Meshaal; Khaled Mashal; Khalid Mishaal; Meshaal; Mashal
  code   IMGHAM 19960101?-
  code   IMGHAM
  kind   person
  note   Hamas political chief 01 Jan 1996 (date uncertain) to 06 May 2017; Hamas leader abroad 06 May 2017 to today

actor MOHAMMED_DEIF
  name   Mohammed Deif; Mohammed Dief; Deif
  code   IMGHAM 20020101?-20240713
  kind   person
  note   Qassam Brigades commander 01 Jan 2002 (date uncertain) to 13 Jul 2024. Killed in an Israeli strike on 13 July 2024 (confirmed by Hamas in January 2025).

actor KHALIL_AL_HAYYA
  name   Khalil al-Hayya; Khalil al-Hayyah; al-Hayya
  code   IMGHAM 20170213?-
  code   IMGHAM
  kind   person
  note   Hamas Gaza chief and negotiator 13 Feb 2017 (date uncertain) to today

actor AHMED_YASSIN
  name   Ahmed Yassin; Sheikh Ahmed Yassin
  code   IMGHAM 19871214-20040322
  kind   person
  note   Hamas founder and leader 14 Dec 1987 to 22 Mar 2004. Killed by Israel on 22 March 2004.

actor MOHAMMED_SINWAR
  name   Mohammed Sinwar
  code   IMGHAM 20241016?-20250513?
  kind   person
  note   Qassam Brigades commander 16 Oct 2024 (date uncertain) to 13 May 2025 (date uncertain). Reported killed in May 2025 (uncertain).

actor HASSAN_NASRALLAH
  name   Hassan Nasrallah; Sayyed Hassan Nasrallah; Nasrallah
  code   IMGHEZ 19920216-20240927
  kind   person
  note   Hezbollah secretary-general 16 Feb 1992 to 27 Sep 2024. Killed by Israel on 27 September 2024.

actor NAIM_QASSEM
  name   Naim Qassem; Naim Kassem; Qassem
  code   IMGHEZ 19910101?-
  code   IMGHEZ
  kind   person
  note   Hezbollah deputy leader 01 Jan 1991 (date uncertain) to 28 Oct 2024; Hezbollah secretary-general 29 Oct 2024 to today

actor HASHEM_SAFIEDDINE
  name   Hashem Safieddine; Safieddine
  code   IMGHEZ 19950101?-20241003?
  kind   person
  note   Hezbollah executive council head 01 Jan 1995 (date uncertain) to 03 Oct 2024 (date uncertain). Killed in October 2024.

actor EMILE_LAHOUD
  name   Émile Lahoud; Emile Lahoud; Lahoud
  code   LBNELI -19981123
  code   LBNGOV 19981124-20071123
  code   LBNELI 20071124-
  code   LBNELI
  kind   person
  note   president 24 Nov 1998 to 23 Nov 2007

actor MICHEL_SULEIMAN
  name   Michel Suleiman; Michel Sleiman
  code   LBNELI -20080524
  code   LBNGOV 20080525-20140525
  code   LBNELI 20140526-
  code   LBNELI
  kind   person
  note   president 25 May 2008 to 25 May 2014

actor MICHEL_AOUN
  name   Michel Aoun
  code   LBNELI -20161030
  code   LBNGOV 20161031-20221030
  code   LBNELI 20221031-
  code   LBNELI
  kind   person
  note   president 31 Oct 2016 to 30 Oct 2022

actor JOSEPH_AOUN
  name   Joseph Aoun
  code   LBNELI -20170307
  code   LBNMIL 20170308-20250108
  code   LBNGOV 20250109-
  code   LBNGOV
  kind   person
  note   army commander 08 Mar 2017 to 08 Jan 2025; president 09 Jan 2025 to today

actor AOUN
  name   Aoun
  code   LBNELI -20161030
  code   LBNGOV 20161031-20221030
  code   LBNELI 20221031-20250108
  code   LBNGOV 20250109-
  code   LBNGOV
  kind   person
  note   president 31 Oct 2016 to 30 Oct 2022; president 09 Jan 2025 to today. The bare surname: Michel Aoun (president 2016-2022) and Joseph Aoun (president from 9 January 2025).

actor RAFIC_HARIRI
  name   Rafic Hariri; Rafik Hariri; Rafiq Hariri
  code   LBNELI -20001025
  code   LBNGOV 20001026-20041021
  code   LBNELI 20041022-
  code   LBNELI
  kind   person
  note   prime minister 26 Oct 2000 to 21 Oct 2004. Assassinated 14 February 2005.

actor SAAD_HARIRI
  name   Saad Hariri; Saad al-Hariri
  code   LBNELI -20091108
  code   LBNGOV 20091109-20110613
  code   LBNELI 20110614-20161217
  code   LBNGOV 20161218-20200121
  code   LBNELI 20200122-
  code   LBNELI
  kind   person
  note   prime minister 09 Nov 2009 to 13 Jun 2011; prime minister 18 Dec 2016 to 21 Jan 2020

actor HARIRI
  name   Hariri
  code   LBNELI -20001025
  code   LBNGOV 20001026-20041021
  code   LBNELI 20041022-20091108
  code   LBNGOV 20091109-20110613
  code   LBNELI 20110614-20161217
  code   LBNGOV 20161218-20200121
  code   LBNELI 20200122-
  code   LBNELI
  kind   person
  note   prime minister 26 Oct 2000 to 21 Oct 2004; prime minister 09 Nov 2009 to 13 Jun 2011; prime minister 18 Dec 2016 to 21 Jan 2020. The bare surname: Rafic Hariri (to 2004) and his son Saad Hariri.

actor FOUAD_SINIORA
  name   Fouad Siniora; Fuad Siniora; Siniora
  code   LBNELI -20050718
  code   LBNGOV 20050719-20091109
  code   LBNELI 20091110-
  code   LBNELI
  kind   person
  note   prime minister 19 Jul 2005 to 09 Nov 2009

actor NAJIB_MIKATI
  name   Najib Mikati; Mikati
  code   LBNELI -20050418
  code   LBNGOV 20050419-20050719
  code   LBNELI 20050720-20110612
  code   LBNGOV 20110613-20140215
  code   LBNELI 20140216-20210909
  code   LBNGOV 20210910-20250208
  code   LBNELI 20250209-
  code   LBNELI
  kind   person
  note   prime minister 19 Apr 2005 to 19 Jul 2005; prime minister 13 Jun 2011 to 15 Feb 2014; prime minister 10 Sep 2021 to 08 Feb 2025

actor TAMMAM_SALAM
  name   Tammam Salam
  code   LBNELI -20140214
  code   LBNGOV 20140215-20161218
  code   LBNELI 20161219-
  code   LBNELI
  kind   person
  note   prime minister 15 Feb 2014 to 18 Dec 2016

actor HASSAN_DIAB
  name   Hassan Diab
  code   LBNELI -20200120
  code   LBNGOV 20200121-20210910
  code   LBNELI 20210911-
  code   LBNELI
  kind   person
  note   prime minister 21 Jan 2020 to 10 Sep 2021

actor NAWAF_SALAM
  name   Nawaf Salam
  code   LBNELI -20240205
  code   IGOUNOICJ 20240206-20250114
  code   LBNELI 20250115-20250207
  code   LBNGOV 20250208-
  code   LBNGOV
  kind   person
  note   ICJ president 06 Feb 2024 to 14 Jan 2025; prime minister 08 Feb 2025 to today

actor NABIH_BERRI
  name   Nabih Berri; Berri
  code   LBNELI -19921019
  code   LBNLEG 19921020-
  code   LBNLEG
  kind   person
  note   parliament speaker 20 Oct 1992 to today

actor GEBRAN_BASSIL
  name   Gebran Bassil; Bassil
  code   LBNELI -20140214
  code   LBNGOV 20140215-20200121
  code   LBNELI 20200122-
  code   LBNELI
  kind   person
  note   foreign minister 15 Feb 2014 to 21 Jan 2020

actor KING_ABDULLAH_II
  name   King Abdullah II; Abdullah II; King Abdullah of Jordan
  code   JORELI -19990206
  code   JORGOV 19990207-
  code   JORGOV
  kind   person
  note   king 07 Feb 1999 to today

actor AYMAN_SAFADI
  name   Ayman Safadi; Safadi
  code   JORELI -20170114
  code   JORGOV 20170115-
  code   JORGOV
  kind   person
  note   foreign minister 15 Jan 2017 to today

actor NASSER_JUDEH
  name   Nasser Judeh; Judeh
  code   JORELI -20090222
  code   JORGOV 20090223-20170115
  code   JORELI 20170116-
  code   JORELI
  kind   person
  note   foreign minister 23 Feb 2009 to 15 Jan 2017

actor AHMET_NECDET_SEZER
  name   Ahmet Necdet Sezer; Sezer
  code   TURELI -20000515
  code   TURGOV 20000516-20070828
  code   TURELI 20070829-
  code   TURELI
  kind   person
  note   president 16 May 2000 to 28 Aug 2007

actor ABDULLAH_GUL
  name   Abdullah Gül; Abdullah Gul; Gül; Gul
  code   TURELI -20021117
  code   TURGOV 20021118-20140828
  code   TURELI 20140829-
  code   TURELI
  kind   person
  note   prime minister 18 Nov 2002 to 14 Mar 2003; foreign minister 14 Mar 2003 to 28 Aug 2007; president 28 Aug 2007 to 28 Aug 2014

actor RECEP_TAYYIP_ERDOGAN
  name   Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Tayyip Erdogan; Erdoğan; Erdogan
  code   TURELI -20030313
  code   TURGOV 20030314-
  code   TURGOV
  kind   person
  note   prime minister 14 Mar 2003 to 28 Aug 2014; president 28 Aug 2014 to today

actor BULENT_ECEVIT
  name   Bülent Ecevit; Bulent Ecevit; Ecevit
  code   TURELI -19990110
  code   TURGOV 19990111-20021118
  code   TURELI 20021119-
  code   TURELI
  kind   person
  note   prime minister 11 Jan 1999 to 18 Nov 2002

actor AHMET_DAVUTOGLU
  name   Ahmet Davutoğlu; Ahmet Davutoglu; Davutoglu; Davutoğlu
  code   TURELI -20090430
  code   TURGOV 20090501-20160524
  code   TURELI 20160525-
  code   TURELI
  kind   person
  note   foreign minister 01 May 2009 to 29 Aug 2014; prime minister 29 Aug 2014 to 24 May 2016

actor BINALI_YLDRM
  name   Binali Yıldırım; Binali Yildirim; Yildirim
  code   TURELI -20160523
  code   TURGOV 20160524-20180709
  code   TURELI 20180710-
  code   TURELI
  kind   person
  note   prime minister 24 May 2016 to 09 Jul 2018

actor ALI_BABACAN
  name   Ali Babacan; Babacan
  code   TURELI -20070828
  code   TURGOV 20070829-20090501
  code   TURELI 20090502-
  code   TURELI
  kind   person
  note   foreign minister 29 Aug 2007 to 01 May 2009

actor MEVLUT_CAVUSOGLU
  name   Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Cavusoglu; Çavuşoğlu
  code   TURELI -20140828
  code   TURGOV 20140829-20150828
  code   TURELI 20150829-20151123
  code   TURGOV 20151124-20230604
  code   TURELI 20230605-
  code   TURELI
  kind   person
  note   foreign minister 29 Aug 2014 to 28 Aug 2015; foreign minister 24 Nov 2015 to 04 Jun 2023

actor HAKAN_FIDAN
  name   Hakan Fidan; Fidan
  code   TURELI -20100526
  code   TURGOV 20100527-
  code   TURGOV
  kind   person
  note   intelligence chief 27 May 2010 to 04 Jun 2023; foreign minister 04 Jun 2023 to today

actor HULUSI_AKAR
  name   Hulusi Akar; Akar
  code   TURELI -20150817
  code   TURMIL 20150818-20180709
  code   TURGOV 20180710-20230604
  code   TURELI 20230605-
  code   TURELI
  kind   person
  note   chief of general staff 18 Aug 2015 to 09 Jul 2018; defence minister 10 Jul 2018 to 04 Jun 2023

actor YASAR_GULER
  name   Yaşar Güler; Yasar Guler; Guler; Güler
  code   TURELI -20230603
  code   TURGOV 20230604-
  code   TURGOV
  kind   person
  note   defence minister 04 Jun 2023 to today

actor IBRAHIM_KALN
  name   İbrahim Kalın; Ibrahim Kalin; Kalin
  code   TURELI -20131231?
  code   TURGOV 20140101?-
  code   TURGOV
  kind   person
  note   presidential spokesman 01 Jan 2014 (date uncertain) to 04 Jun 2023; intelligence chief 05 Jun 2023 to today

actor EKREM_IMAMOGLU
  name   Ekrem İmamoğlu; Ekrem Imamoglu; Imamoglu; İmamoğlu
  code   TUROPP
  kind   person
  note   Mayor of Istanbul from 2019; opposition presidential candidate; detained in March 2025.

actor ALI_ABDULLAH_SALEH
  name   Ali Abdullah Saleh; Ali Abdallah Saleh
  code   YEMELI -19780716
  code   YEMGOV 19780717-20120227
  code   YEMELI 20120228-
  code   YEMELI
  kind   person
  note   president 17 Jul 1978 to 27 Feb 2012. Killed by the Houthis on 4 December 2017.

actor ABDRABBUH_MANSUR_HADI
  name   Abdrabbuh Mansur Hadi; Abd Rabbuh Mansur Hadi; Abed Rabbo Mansour Hadi; Mansour Hadi; Hadi
  code   YEMELI -19941002
  code   YEMGOV 19941003-20220407
  code   YEMELI 20220408-
  code   YEMELI
  kind   person
  note   vice president 03 Oct 1994 to 27 Feb 2012; president 27 Feb 2012 to 07 Apr 2022

actor RASHAD_AL_ALIMI
  name   Rashad al-Alimi; al-Alimi
  code   YEMELI -20220406
  code   YEMGOV 20220407-
  code   YEMGOV
  kind   person
  note   presidential council chairman 07 Apr 2022 to today

actor ABDUL_MALIK_AL_HOUTHI
  name   Abdul-Malik al-Houthi; Abdul Malik al-Houthi; Abdulmalik al-Houthi
  code   YEMREB -20040909
  code   YEMREB 20040910-
  code   YEMREB
  kind   person
  note   Houthi leader 10 Sep 2004 to today

actor MAHDI_AL_MASHAT
  name   Mahdi al-Mashat; al-Mashat
  code   YEMREB -20180424
  code   YEMREB 20180425-
  code   YEMREB
  kind   person
  note   Houthi supreme political council head 25 Apr 2018 to today

actor MUAMMAR_GADDAFI
  name   Muammar Gaddafi; Moammar Gadhafi; Muammar al-Gaddafi; Muammar Qaddafi; Muammar al-Qaddafi; Gaddafi; Gadhafi; Qaddafi; Kadhafi; Colonel Gaddafi
  code   LBYELI -19690831
  code   LBYGOV 19690901-20110823
  code   LBYELI 20110824-
  code   LBYELI
  kind   person
  note   leader 01 Sep 1969 to 23 Aug 2011. Lost Tripoli in August 2011; killed 20 October 2011.

actor SAIF_AL_ISLAM_GADDAFI
  name   Saif al-Islam Gaddafi; Saif al-Islam
  code   LBYOPP
  kind   person
  note   Son of Muammar Gaddafi; presidential candidate in 2021.

actor FAYEZ_AL_SARRAJ
  name   Fayez al-Sarraj; Fayez Serraj; al-Sarraj; Sarraj
  code   LBYELI -20160329
  code   LBYGOV 20160330-20210315
  code   LBYELI 20210316-
  code   LBYELI
  kind   person
  note   prime minister 30 Mar 2016 to 15 Mar 2021

actor ABDUL_HAMID_DBEIBAH
  name   Abdul Hamid Dbeibah; Abdulhamid Dbeibah; Dbeibah; Dbeibeh
  code   LBYELI -20210314
  code   LBYGOV 20210315-
  code   LBYGOV
  kind   person
  note   prime minister 15 Mar 2021 to today. Also keeps the defence portfolio himself (no separate defence minister).

actor MOHAMED_AL_MENFI
  name   Mohamed al-Menfi; al-Menfi; Menfi
  code   LBYELI -20210314
  code   LBYGOV 20210315-
  code   LBYGOV
  kind   person
  note   presidential council head 15 Mar 2021 to today

actor KHALIFA_HAFTAR
  name   Khalifa Haftar; Khalifa Hifter; Haftar; Hifter
  code   LBYELI -20140515
  code   LBYMIL 20140516-
  code   LBYMIL
  kind   person
  note   Libyan National Army commander 16 May 2014 to today

actor AGUILA_SALEH
  name   Aguila Saleh; Aguila Saleh Issa
  code   LBYELI -20140804
  code   LBYLEG 20140805-
  code   LBYLEG
  kind   person
  note   House of Representatives speaker 05 Aug 2014 to today

actor ZINE_EL_ABIDINE_BEN_ALI
  name   Zine El Abidine Ben Ali; Zine al-Abidine Ben Ali; Ben Ali
  code   TUNELI -19871106
  code   TUNGOV 19871107-20110114
  code   TUNELI 20110115-
  code   TUNELI
  kind   person
  note   president 07 Nov 1987 to 14 Jan 2011. Fled on 14 January 2011; died 19 September 2019.

actor MONCEF_MARZOUKI
  name   Moncef Marzouki; Marzouki
  code   TUNELI -20111212
  code   TUNGOV 20111213-20141231
  code   TUNELI 20150101-
  code   TUNELI
  kind   person
  note   president 13 Dec 2011 to 31 Dec 2014

actor BEJI_CAID_ESSEBSI
  name   Beji Caid Essebsi; Béji Caïd Essebsi; Essebsi
  code   TUNELI -20110226
  code   TUNGOV 20110227-20111224
  code   TUNELI 20111225-20141230
  code   TUNGOV 20141231-20190725
  code   TUNELI 20190726-
  code   TUNELI
  kind   person
  note   prime minister 27 Feb 2011 to 24 Dec 2011; president 31 Dec 2014 to 25 Jul 2019

actor KAIS_SAIED
  name   Kais Saied; Kaïs Saïed; Saied
  code   TUNELI -20191022
  code   TUNGOV 20191023-
  code   TUNGOV
  kind   person
  note   president 23 Oct 2019 to today

actor ABDELAZIZ_BOUTEFLIKA
  name   Abdelaziz Bouteflika; Bouteflika
  code   DZAELI -19990426
  code   DZAGOV 19990427-20190402
  code   DZAELI 20190403-
  code   DZAELI
  kind   person
  note   president 27 Apr 1999 to 02 Apr 2019. Died 17 September 2021.

actor ABDELMADJID_TEBBOUNE
  name   Abdelmadjid Tebboune; Tebboune
  code   DZAELI -20170524
  code   DZAGOV 20170525-20170815
  code   DZAELI 20170816-20191218
  code   DZAGOV 20191219-
  code   DZAGOV
  kind   person
  note   prime minister 25 May 2017 to 15 Aug 2017; president 19 Dec 2019 to today

actor RAMTANE_LAMAMRA
  name   Ramtane Lamamra; Lamamra
  code   DZAELI -20130910
  code   DZAGOV 20130911-20170525
  code   DZAELI 20170526-20210706
  code   DZAGOV 20210707-20230316
  code   DZAELI 20230317-
  code   DZAELI
  kind   person
  note   foreign minister 11 Sep 2013 to 25 May 2017; foreign minister 07 Jul 2021 to 16 Mar 2023

actor AHMED_ATTAF
  name   Ahmed Attaf; Attaf
  code   DZAELI -20230315
  code   DZAGOV 20230316-
  code   DZAGOV
  kind   person
  note   foreign minister 16 Mar 2023 to today

actor KING_MOHAMMED_VI
  name   King Mohammed VI; Mohammed VI
  code   MARELI -19990722
  code   MARGOV 19990723-
  code   MARGOV
  kind   person
  note   king 23 Jul 1999 to today

actor NASSER_BOURITA
  name   Nasser Bourita; Bourita
  code   MARELI -20170404
  code   MARGOV 20170405-
  code   MARGOV
  kind   person
  note   foreign minister 05 Apr 2017 to today

actor AZIZ_AKHANNOUCH
  name   Aziz Akhannouch; Akhannouch
  code   MARELI -20211006
  code   MARGOV 20211007-
  code   MARGOV
  kind   person
  note   prime minister 07 Oct 2021 to today

actor BISHER_KHASAWNEH
  name   Bisher Khasawneh; Bisher al-Khasawneh; Khasawneh
  code   JORELI -20201011
  code   JORGOV 20201012-20240915
  code   JORELI 20240916-
  code   JORELI
  kind   person
  note   prime minister 12 Oct 2020 to 15 Sep 2024

actor JAFAR_HASSAN
  name   Jafar Hassan
  code   JORELI -20240914
  code   JORGOV 20240915-
  code   JORGOV
  kind   person
  note   prime minister 15 Sep 2024 to today

actor CROWN_PRINCE_HUSSEIN
  name   Crown Prince Hussein; Hussein bin Abdullah
  code   JORELI -20090701
  code   JORGOV 20090702-
  code   JORGOV
  kind   person
  note   crown prince 02 Jul 2009 to today

actor ABDELILAH_BENKIRANE
  name   Abdelilah Benkirane; Benkirane
  code   MARELI -20111128
  code   MARGOV 20111129-20170405
  code   MARELI 20170406-
  code   MARELI
  kind   person
  note   prime minister 29 Nov 2011 to 05 Apr 2017

actor SAADEDDINE_OTHMANI
  name   Saadeddine Othmani; Saad Eddine El Othmani; Othmani
  code   MARELI -20120102
  code   MARGOV 20120103-20131010
  code   MARELI 20131011-20170404
  code   MARGOV 20170405-20211007
  code   MARELI 20211008-
  code   MARELI
  kind   person
  note   foreign minister 03 Jan 2012 to 10 Oct 2013; prime minister 05 Apr 2017 to 07 Oct 2021

actor YOUSSEF_RAJJI
  name   Youssef Rajji; Youssef Raggi
  code   LBNELI -20250207
  code   LBNGOV 20250208-
  code   LBNGOV
  kind   person
  note   foreign minister 08 Feb 2025 to today

actor ABDALLAH_BOU_HABIB
  name   Abdallah Bou Habib; Bou Habib
  code   LBNELI -20210909
  code   LBNGOV 20210910-20250208
  code   LBNELI 20250209-
  code   LBNELI
  kind   person
  note   foreign minister 10 Sep 2021 to 08 Feb 2025

actor DAVID_BARNEA
  name   David Barnea; Barnea
  code   ISRELI -20210531
  code   ISRSPY 20210601-
  code   ISRSPY
  kind   person
  note   Mossad director 01 Jun 2021 to today

actor YOSSI_COHEN
  name   Yossi Cohen
  code   ISRELI -20160105
  code   ISRSPY 20160106-20210601
  code   ISRELI 20210602-
  code   ISRELI
  kind   person
  note   Mossad director 06 Jan 2016 to 01 Jun 2021

actor MEIR_DAGAN
  name   Meir Dagan; Dagan
  code   ISRELI -20020909
  code   ISRSPY 20020910-20110106
  code   ISRELI 20110107-
  code   ISRELI
  kind   person
  note   Mossad director 10 Sep 2002 to 06 Jan 2011

actor GILAD_ERDAN
  name   Gilad Erdan; Erdan
  code   ISRELI -20200831
  code   ISRGOV 20200901-20240930?
  code   ISRELI 20241001?-
  code   ISRELI
  kind   person
  note   UN ambassador 01 Sep 2020 to 30 Sep 2024 (date uncertain)

actor DANNY_DANON
  name   Danny Danon; Danon
  code   ISRELI -20150930
  code   ISRGOV 20151001-20200831
  code   ISRELI 20200901-20240930?
  code   ISRGOV 20241001?-
  code   ISRGOV
  kind   person
  note   UN ambassador 01 Oct 2015 to 31 Aug 2020; UN ambassador 01 Oct 2024 (date uncertain) to today

actor THABIT_AL_ABBASI
  name   Thabit al-Abbasi
  code   IRQELI -20221026?
  code   IRQGOV 20221027?-
  code   IRQGOV
  kind   person
  note   defence minister 27 Oct 2022 (date uncertain) to today

actor SALEM_ABDULLAH_AL_JABER_AL_SABAH
  name   Salem Abdullah al-Jaber al-Sabah
  code   KWTELI -20220103?
  code   KWTGOV 20220104?-20240104?
  code   KWTELI 20240105?-
  code   KWTELI
  kind   person
  note   foreign minister 04 Jan 2022 (date uncertain) to 04 Jan 2024 (date uncertain)

actor NABIL_AMMAR
  name   Nabil Ammar; Ammar
  code   TUNELI -20230206
  code   TUNGOV 20230207-20250225?
  code   TUNELI 20250226?-
  code   TUNELI
  kind   person
  note   foreign minister 07 Feb 2023 to 25 Feb 2025 (date uncertain)

actor MOHAMED_ALI_NAFTI
  name   Mohamed Ali Nafti; Nafti
  code   TUNELI -20250224?
  code   TUNGOV 20250225?-
  code   TUNGOV
  kind   person
  note   foreign minister 25 Feb 2025 (date uncertain) to today

actor SABRI_BOUKADOUM
  name   Sabri Boukadoum; Boukadoum
  code   DZAELI -20190330
  code   DZAGOV 20190331-20210707
  code   DZAELI 20210708-
  code   DZAELI
  kind   person
  note   foreign minister 31 Mar 2019 to 07 Jul 2021

actor AHMED_AWAD_BIN_MUBARAK
  name   Ahmed Awad bin Mubarak; bin Mubarak
  code   YEMELI -20201217
  code   YEMGOV 20201218-20250503
  code   YEMELI 20250504-
  code   YEMELI
  kind   person
  note   foreign minister 18 Dec 2020 to 05 Feb 2024; prime minister 05 Feb 2024 to 03 May 2025

actor SALEM_BIN_BREIK
  name   Salem bin Breik
  code   YEMELI -20250502?
  code   YEMGOV 20250503?-
  code   YEMGOV
  kind   person
  note   prime minister 03 May 2025 (date uncertain) to today

actor MAEEN_ABDULMALIK
  name   Maeen Abdulmalik; Maeen Abdulmalik Saeed
  code   YEMELI -20181014
  code   YEMGOV 20181015-20240205
  code   YEMELI 20240206-
  code   YEMELI
  kind   person
  note   prime minister 15 Oct 2018 to 05 Feb 2024

actor ISMET_YLMAZ
  name   İsmet Yılmaz; Ismet Yilmaz
  code   TURELI -20110705
  code   TURGOV 20110706-20150828
  code   TURELI 20150829-20151123
  code   TURGOV 20151124-20160524
  code   TURELI 20160525-
  code   TURELI
  kind   person
  note   defence minister 06 Jul 2011 to 28 Aug 2015; defence minister 24 Nov 2015 to 24 May 2016

actor FIKRI_ISK
  name   Fikri Işık; Fikri Isik
  code   TURELI -20160523
  code   TURGOV 20160524-20170719
  code   TURELI 20170720-
  code   TURELI
  kind   person
  note   defence minister 24 May 2016 to 19 Jul 2017

actor NURETTIN_CANIKLI
  name   Nurettin Canikli; Canikli
  code   TURELI -20170718
  code   TURGOV 20170719-20180709
  code   TURELI 20180710-
  code   TURELI
  kind   person
  note   defence minister 19 Jul 2017 to 09 Jul 2018

# ---- added by lead-asia (mena1)

actor SULEYMAN_DEMIREL
  name   Süleyman Demirel; Suleyman Demirel; Demirel
  code   TURELI -19930515
  code   TURGOV 19930516-20000516
  code   TURELI 20000517-
  code   TURELI
  kind   person
  note   president 16 May 1993 to 16 May 2000. Died 17 June 2015.

actor ISMAIL_CEM
  name   İsmail Cem; Ismail Cem
  code   TURELI -19970629
  code   TURGOV 19970630-20020711
  code   TURELI 20020712-
  code   TURELI
  kind   person
  note   foreign minister 30 Jun 1997 to 11 Jul 2002. Died 24 January 2007.

actor SUKRU_SINA_GUREL
  name   Şükrü Sina Gürel; Sukru Sina Gurel
  code   TURELI -20020710
  code   TURGOV 20020711-20021118
  code   TURELI 20021119-
  code   TURELI
  kind   person
  note   foreign minister 11 Jul 2002 to 18 Nov 2002

actor YASAR_YAKIS
  name   Yaşar Yakış; Yasar Yakis
  code   TURELI -20021117
  code   TURGOV 20021118-20030314
  code   TURELI 20030315-
  code   TURELI
  kind   person
  note   foreign minister 18 Nov 2002 to 14 Mar 2003

actor FERIDUN_SINIRLIOGLU
  name   Feridun Sinirlioğlu; Feridun Sinirlioglu
  code   TURELI -20150827
  code   TURGOV 20150828-20151124
  code   TURELI 20151125-
  code   TURELI
  kind   person
  note   foreign minister 28 Aug 2015 to 24 Nov 2015

actor SABAHATTIN_CAKMAKOGLU
  name   Sabahattin Çakmakoğlu; Sabahattin Cakmakoglu
  code   TURELI -19990527?
  code   TURGOV 19990528?-20021118
  code   TURELI 20021119-
  code   TURELI
  kind   person
  note   defence minister 28 May 1999 (date uncertain) to 18 Nov 2002. Dates marked uncertain are known to the month or year only.

actor VECDI_GONUL
  name   Vecdi Gönül; Vecdi Gonul
  code   TURELI -20021117
  code   TURGOV 20021118-20110706
  code   TURELI 20110707-20150827
  code   TURGOV 20150828-20151124
  code   TURELI 20151125-
  code   TURELI
  kind   person
  note   defence minister 18 Nov 2002 to 06 Jul 2011; defence minister 28 Aug 2015 to 24 Nov 2015

actor EZER_WEIZMAN
  name   Ezer Weizman; Weizman
  code   ISRELI -19930512
  code   ISRGOV 19930513-20000713
  code   ISRELI 20000714-
  code   ISRELI
  kind   person
  note   president 13 May 1993 to 13 Jul 2000. Died 24 April 2005.

actor DAVID_LEVY
  name   David Levy
  code   ISRELI -19990705
  code   ISRGOV 19990706-20000804
  code   ISRELI 20000805-
  code   ISRELI
  kind   person
  note   foreign minister 06 Jul 1999 to 04 Aug 2000

actor SHLOMO_BEN_AMI
  name   Shlomo Ben-Ami; Ben-Ami
  code   ISRELI -20000809?
  code   ISRGOV 20000810?-20010307
  code   ISRELI 20010308-
  code   ISRELI
  kind   person
  note   foreign minister 10 Aug 2000 (date uncertain) to 07 Mar 2001. Dates marked uncertain are known to the month or year only.

actor BINYAMIN_BEN_ELIEZER
  name   Binyamin Ben-Eliezer; Benjamin Ben-Eliezer; Fuad Ben-Eliezer; Ben-Eliezer
  code   ISRELI -20010306
  code   ISRGOV 20010307-20021102
  code   ISRELI 20021103-
  code   ISRELI
  kind   person
  note   defence minister 07 Mar 2001 to 02 Nov 2002. Died 28 August 2016.

actor GABI_ASHKENAZI
  name   Gabi Ashkenazi
  code   ISRELI -20200516
  code   ISRGOV 20200517-20210613
  code   ISRELI 20210614-
  code   ISRELI
  kind   person
  note   foreign minister 17 May 2020 to 13 Jun 2021. Army chief of staff 2007-2011.

actor MUHAMMAD_MUSTAFA_MIRO
  name   Muhammad Mustafa Mero; Mohammed Mustafa Miro
  code   SYRELI -20000312
  code   SYRGOV 20000313-20030910
  code   SYRELI 20030911-
  code   SYRELI
  kind   person
  note   prime minister 13 Mar 2000 to 10 Sep 2003. Died 2023 (date uncertain).

actor ALI_HABIB_MAHMUD
  name   Ali Habib Mahmud; Ali Habib
  code   SYRELI -20090602
  code   SYRGOV 20090603-20110808
  code   SYRELI 20110809-
  code   SYRELI
  kind   person
  note   defence minister 03 Jun 2009 to 08 Aug 2011. Died 2020 (date uncertain).

actor MAKTOUM_BIN_RASHID
  name   Maktoum bin Rashid Al Maktoum; Sheikh Maktoum
  code   AREELI -19901119?
  code   AREGOV 19901120?-20060104
  code   AREELI 20060105-
  code   AREELI
  kind   person
  note   prime minister 20 Nov 1990 (date uncertain) to 04 Jan 2006. Ruler of Dubai; died 4 January 2006. Dates marked uncertain are known to the month or year only.

actor RASHID_ABDULLAH_AL_NUAIMI
  name   Rashid Abdullah Al Nuaimi; Rashid Abdullah al-Nuaimi
  code   AREELI -19791231?
  code   AREGOV 19800101?-20060209
  code   AREELI 20060210-
  code   AREELI
  kind   person
  note   foreign minister 01 Jan 1980 (date uncertain) to 09 Feb 2006. Dates marked uncertain are known to the month or year only.

actor ABDULLAH_BIN_KHALIFA_AL_THANI
  name   Sheikh Abdullah bin Khalifa Al Thani; Abdullah bin Khalifa Al Thani
  code   QATELI -19961028
  code   QATGOV 19961029-20070403
  code   QATELI 20070404-
  code   QATELI
  kind   person
  note   prime minister 29 Oct 1996 to 03 Apr 2007

actor ABDULLAH_BIN_NASSER_AL_THANI
  name   Sheikh Abdullah bin Nasser Al Thani; Abdullah bin Nasser Al Thani; Abdullah bin Nasser bin Khalifa Al Thani
  code   QATELI -20130625
  code   QATGOV 20130626-20200128
  code   QATELI 20200129-
  code   QATELI
  kind   person
  note   prime minister 26 Jun 2013 to 28 Jan 2020

actor KHALID_BIN_KHALIFA_AL_THANI
  name   Sheikh Khalid bin Khalifa Al Thani; Khalid bin Khalifa Al Thani; Khalid bin Khalifa bin Abdulaziz Al Thani
  code   QATELI -20200127
  code   QATGOV 20200128-20230307
  code   QATELI 20230308-
  code   QATELI
  kind   person
  note   prime minister 28 Jan 2020 to 07 Mar 2023

actor KHALID_AL_ATTIYAH
  name   Khalid al-Attiyah; Khalid bin Mohammad al-Attiyah
  code   QATELI -20130625
  code   QATGOV 20130626-20241107?
  code   QATELI 20241108?-
  code   QATELI
  kind   person
  note   foreign minister 26 Jun 2013 to 27 Jan 2016; defence minister 27 Jan 2016 to 07 Nov 2024 (date uncertain). Minister of state for defence affairs, later also deputy prime minister; end of tenure uncertain.

actor SAOUD_BIN_ABDULRAHMAN_AL_THANI
  name   Saoud bin Abdulrahman Al Thani; Sheikh Saoud bin Abdulrahman Al Thani; Saoud bin Abdulrahman bin Hassan Al Thani
  code   QATELI -20241107?
  code   QATGOV 20241108?-
  code   QATGOV
  kind   person
  note   minister of state for defence affairs 08 Nov 2024 (date uncertain) to today. Succeeded Khalid al-Attiyah (date uncertain, known to the month only); in office at our last information. Earlier posts in the emir's court and the defence ministry are not coded.

actor ABDUL_RAOUF_AL_RAWABDEH
  name   Abdul Raouf al-Rawabdeh; Abdelraouf Rawabdeh
  code   JORELI -19990303
  code   JORGOV 19990304-20000619
  code   JORELI 20000620-
  code   JORELI
  kind   person
  note   prime minister 04 Mar 1999 to 19 Jun 2000

actor ALI_ABU_AL_RAGHEB
  name   Ali Abu al-Ragheb; Ali Abul Ragheb
  code   JORELI -20000618
  code   JORGOV 20000619-20031025
  code   JORELI 20031026-
  code   JORELI
  kind   person
  note   prime minister 19 Jun 2000 to 25 Oct 2003

actor FAISAL_AL_FAYEZ
  name   Faisal al-Fayez; Faisal Fayez
  code   JORELI -20031024
  code   JORGOV 20031025-20050407
  code   JORELI 20050408-
  code   JORELI
  kind   person
  note   prime minister 25 Oct 2003 to 07 Apr 2005

actor ADNAN_BADRAN
  name   Adnan Badran
  code   JORELI -20050406
  code   JORGOV 20050407-20051127
  code   JORELI 20051128-
  code   JORELI
  kind   person
  note   prime minister 07 Apr 2005 to 27 Nov 2005

actor MAROUF_AL_BAKHIT
  name   Marouf al-Bakhit; Maarouf Bakhit
  code   JORELI -20051126
  code   JORGOV 20051127-20071125
  code   JORELI 20071126-20110208
  code   JORGOV 20110209-20111024
  code   JORELI 20111025-
  code   JORELI
  kind   person
  note   prime minister 27 Nov 2005 to 25 Nov 2007; prime minister 09 Feb 2011 to 24 Oct 2011

actor NADER_AL_DAHABI
  name   Nader al-Dahabi; Nader Dahabi
  code   JORELI -20071124
  code   JORGOV 20071125-20091214
  code   JORELI 20091215-
  code   JORELI
  kind   person
  note   prime minister 25 Nov 2007 to 14 Dec 2009

actor SAMIR_RIFAI
  name   Samir Rifai; Samir al-Rifai
  code   JORELI -20091213
  code   JORGOV 20091214-20110209
  code   JORELI 20110210-
  code   JORELI
  kind   person
  note   prime minister 14 Dec 2009 to 09 Feb 2011

actor AWN_KHASAWNEH
  name   Awn Khasawneh; Awn al-Khasawneh
  code   JORELI -20111023
  code   JORGOV 20111024-20120502
  code   JORELI 20120503-
  code   JORELI
  kind   person
  note   prime minister 24 Oct 2011 to 02 May 2012. ICJ judge before.

actor FAYEZ_AL_TARAWNEH
  name   Fayez al-Tarawneh; Fayez Tarawneh
  code   JORELI -20120501
  code   JORGOV 20120502-20121011
  code   JORELI 20121012-
  code   JORELI
  kind   person
  note   prime minister 02 May 2012 to 11 Oct 2012. Also prime minister 1998-1999.

actor ABDULLAH_ENSOUR
  name   Abdullah Ensour; Abdullah al-Nsour
  code   JORELI -20121010
  code   JORGOV 20121011-20160601
  code   JORELI 20160602-
  code   JORELI
  kind   person
  note   prime minister 11 Oct 2012 to 01 Jun 2016

actor HANI_MULKI
  name   Hani Mulki; Hani al-Mulki
  code   JORELI -20041006?
  code   JORGOV 20041007?-20050407?
  code   JORELI 20050408?-20160531
  code   JORGOV 20160601-20180614
  code   JORELI 20180615-
  code   JORELI
  kind   person
  note   foreign minister 07 Oct 2004 (date uncertain) to 07 Apr 2005 (date uncertain); prime minister 01 Jun 2016 to 14 Jun 2018. Dates marked uncertain are known to the month or year only.

actor OMAR_RAZZAZ
  name   Omar Razzaz; Omar al-Razzaz
  code   JORELI -20180613
  code   JORGOV 20180614-20201012
  code   JORELI 20201013-
  code   JORELI
  kind   person
  note   prime minister 14 Jun 2018 to 12 Oct 2020

actor MARWAN_MUASHER
  name   Marwan Muasher; Marwan al-Muasher
  code   JORELI -20011231?
  code   JORGOV 20020101?-20041007?
  code   JORELI 20041008?-
  code   JORELI
  kind   person
  note   foreign minister 01 Jan 2002 (date uncertain) to 07 Oct 2004 (date uncertain). Dates marked uncertain are known to the month or year only.

actor SALAHEDDIN_AL_BASHIR
  name   Salaheddin al-Bashir; Salah al-Bashir
  code   JORELI -20071124?
  code   JORGOV 20071125?-20090223
  code   JORELI 20090224-
  code   JORELI
  kind   person
  note   foreign minister 25 Nov 2007 (date uncertain) to 23 Feb 2009. Dates marked uncertain are known to the month or year only.

actor GHAZI_AL_YAWER
  name   Ghazi al-Yawer; Ghazi Yawar; al-Yawer
  code   IRQELI -20040531
  code   IRQGOV 20040601-20060522
  code   IRQELI 20060523-
  code   IRQELI
  kind   person
  note   interim president 01 Jun 2004 to 07 Apr 2005; vice president 07 Apr 2005 to 22 May 2006

actor NAJI_SABRI
  name   Naji Sabri
  code   IRQELI -20010331?
  code   IRQGOV 20010401?-20030409
  code   IRQELI 20030410-
  code   IRQELI
  kind   person
  note   foreign minister 01 Apr 2001 (date uncertain) to 09 Apr 2003. Dates marked uncertain are known to the month or year only.

actor MOHAMMED_SAEED_AL_SAHHAF
  name   Mohammed Saeed al-Sahhaf; al-Sahhaf
  code   IRQELI -19911231?
  code   IRQGOV 19920101?-20030409
  code   IRQELI 20030410-
  code   IRQELI
  kind   person
  note   foreign minister 01 Jan 1992 (date uncertain) to 01 Apr 2001 (date uncertain); information minister 01 Apr 2001 (date uncertain) to 09 Apr 2003. Known for his statements as information minister during the 2003 invasion. Dates marked uncertain are known to the month or year only.

actor MOHAMED_ALI_ALHAKIM
  name   Mohamed Ali Alhakim; Mohammed Ali al-Hakim
  code   IRQELI -20181024
  code   IRQGOV 20181025-20200507
  code   IRQELI 20200508-
  code   IRQELI
  kind   person
  note   foreign minister 25 Oct 2018 to 07 May 2020

actor SULTAN_HASHIM_AHMAD
  name   Sultan Hashim Ahmad; Sultan Hashim
  code   IRQELI -19950630?
  code   IRQGOV 19950701?-20030409
  code   IRQELI 20030410-
  code   IRQELI
  kind   person
  note   defence minister 01 Jul 1995 (date uncertain) to 09 Apr 2003. Died in custody 19 July 2020. Dates marked uncertain are known to the month or year only.

actor HAZIM_AL_SHAALAN
  name   Hazim al-Shaalan
  code   IRQELI -20040627
  code   IRQGOV 20040628-20050503
  code   IRQELI 20050504-
  code   IRQELI
  kind   person
  note   defence minister 28 Jun 2004 to 03 May 2005

actor SAADOUN_AL_DULAIMI
  name   Saadoun al-Dulaimi
  code   IRQELI -20050502
  code   IRQGOV 20050503-20060520
  code   IRQELI 20060521-20110816?
  code   IRQGOV 20110817?-20141018
  code   IRQELI 20141019-
  code   IRQELI
  kind   person
  note   defence minister 03 May 2005 to 20 May 2006; acting defence minister 17 Aug 2011 (date uncertain) to 18 Oct 2014. Dates marked uncertain are known to the month or year only.

actor ABDUL_QADIR_AL_OBEIDI
  name   Abdul Qadir al-Obeidi; Abdul Qader Obeidi
  code   IRQELI -20060607?
  code   IRQGOV 20060608?-20101221
  code   IRQELI 20101222-
  code   IRQELI
  kind   person
  note   defence minister 08 Jun 2006 (date uncertain) to 21 Dec 2010. Dates marked uncertain are known to the month or year only.

actor KHALID_AL_OBEIDI
  name   Khalid al-Obeidi
  code   IRQELI -20141017
  code   IRQGOV 20141018-20160825
  code   IRQELI 20160826-
  code   IRQELI
  kind   person
  note   defence minister 18 Oct 2014 to 25 Aug 2016

actor ARFAN_AL_HAYALI
  name   Arfan al-Hayali; Erfan al-Hayali
  code   IRQELI -20170129
  code   IRQGOV 20170130-20181025?
  code   IRQELI 20181026?-
  code   IRQELI
  kind   person
  note   defence minister 30 Jan 2017 to 25 Oct 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NAJAH_AL_SHAMMARI
  name   Najah al-Shammari
  code   IRQELI -20190623
  code   IRQGOV 20190624-20200507
  code   IRQELI 20200508-
  code   IRQELI
  kind   person
  note   defence minister 24 Jun 2019 to 07 May 2020

actor JUMA_INAD
  name   Juma Inad; Jumaa Inad; Juma Anad
  code   IRQELI -20200506
  code   IRQGOV 20200507-20221027
  code   IRQELI 20221028-
  code   IRQELI
  kind   person
  note   defence minister 07 May 2020 to 27 Oct 2022

actor AHMAD_NASSER_AL_MOHAMMAD_AL_SABAH
  name   Sheikh Ahmad Nasser al-Mohammad al-Sabah; Ahmad Nasser al-Mohammad al-Sabah; Ahmad Nasser al-Sabah
  code   KWTELI -20191216
  code   KWTGOV 20191217-20220104?
  code   KWTELI 20220105?-
  code   KWTELI
  kind   person
  note   foreign minister 17 Dec 2019 to 04 Jan 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor NASSER_SABAH_AL_AHMAD
  name   Sheikh Nasser Sabah al-Ahmad; Nasser Sabah al-Ahmad; Nasser Sabah al-Ahmad al-Sabah
  code   KWTELI -20171210?
  code   KWTGOV 20171211?-20191114?
  code   KWTELI 20191115?-
  code   KWTELI
  kind   person
  note   defence minister 11 Dec 2017 (date uncertain) to 14 Nov 2019 (date uncertain). Son of Emir Sabah; died 20 December 2020. Dates marked uncertain are known to the month or year only.

actor MAHMOUD_HAMMOUD
  name   Mahmoud Hammoud
  code   LBNELI -20001025?
  code   LBNGOV 20001026?-20030417?
  code   LBNELI 20030418?-20041025?
  code   LBNGOV 20041026?-20050419?
  code   LBNELI 20050420?-
  code   LBNELI
  kind   person
  note   foreign minister 26 Oct 2000 (date uncertain) to 17 Apr 2003 (date uncertain); foreign minister 26 Oct 2004 (date uncertain) to 19 Apr 2005 (date uncertain). Dates marked uncertain are known to the month or year only.

actor JEAN_OBEID
  name   Jean Obeid
  code   LBNELI -20030416?
  code   LBNGOV 20030417?-20041026?
  code   LBNELI 20041027?-
  code   LBNELI
  kind   person
  note   foreign minister 17 Apr 2003 (date uncertain) to 26 Oct 2004 (date uncertain). Died 8 February 2021. Dates marked uncertain are known to the month or year only.

actor FAWZI_SALLOUKH
  name   Fawzi Salloukh
  code   LBNELI -20050718
  code   LBNGOV 20050719-20091109
  code   LBNELI 20091110-
  code   LBNELI
  kind   person
  note   foreign minister 19 Jul 2005 to 09 Nov 2009

actor ALI_AL_SHAMI
  name   Ali al-Shami; Ali Shami
  code   LBNELI -20091108
  code   LBNGOV 20091109-20110613
  code   LBNELI 20110614-
  code   LBNELI
  kind   person
  note   foreign minister 09 Nov 2009 to 13 Jun 2011

actor ADNAN_MANSOUR
  name   Adnan Mansour
  code   LBNELI -20110612
  code   LBNGOV 20110613-20140215
  code   LBNELI 20140216-
  code   LBNELI
  kind   person
  note   foreign minister 13 Jun 2011 to 15 Feb 2014

actor NASSIF_HITTI
  name   Nassif Hitti
  code   LBNELI -20200120
  code   LBNGOV 20200121-20200803
  code   LBNELI 20200804-
  code   LBNELI
  kind   person
  note   foreign minister 21 Jan 2020 to 03 Aug 2020

actor CHARBEL_WEHBE
  name   Charbel Wehbe
  code   LBNELI -20200802
  code   LBNGOV 20200803-20210519?
  code   LBNELI 20210520?-
  code   LBNELI
  kind   person
  note   foreign minister 03 Aug 2020 to 19 May 2021 (date uncertain). Dates marked uncertain are known to the month or year only.

actor ELIAS_MURR
  name   Elias Murr; Elias el-Murr
  code   LBNELI -19991231?
  code   LBNGOV 20000101?-20041026?
  code   LBNELI 20041027?-20050718?
  code   LBNGOV 20050719?-20110613
  code   LBNELI 20110614-
  code   LBNELI
  kind   person
  note   defence minister 19 Jul 2005 (date uncertain) to 13 Jun 2011; interior minister 01 Jan 2000 (date uncertain) to 26 Oct 2004 (date uncertain). Interior minister 2000-2004 (dates uncertain).

actor FAYEZ_GHOSN
  name   Fayez Ghosn
  code   LBNELI -20110612
  code   LBNGOV 20110613-20140215
  code   LBNELI 20140216-
  code   LBNELI
  kind   person
  note   defence minister 13 Jun 2011 to 15 Feb 2014. Died 2023 (date uncertain).

actor SAMIR_MOQBEL
  name   Samir Moqbel; Samir Mokbel
  code   LBNELI -20140214
  code   LBNGOV 20140215-20161218
  code   LBNELI 20161219-
  code   LBNELI
  kind   person
  note   defence minister 15 Feb 2014 to 18 Dec 2016

actor YACOUB_SARRAF
  name   Yacoub Sarraf; Yaacoub Sarraf
  code   LBNELI -20161217
  code   LBNGOV 20161218-20190131
  code   LBNELI 20190201-
  code   LBNELI
  kind   person
  note   defence minister 18 Dec 2016 to 31 Jan 2019

actor ELIAS_BOU_SAAB
  name   Elias Bou Saab
  code   LBNELI -20190130
  code   LBNGOV 20190131-20200121
  code   LBNELI 20200122-
  code   LBNELI
  kind   person
  note   defence minister 31 Jan 2019 to 21 Jan 2020

actor ZEINA_AKAR
  name   Zeina Akar; Zeina Adra
  code   LBNELI -20200120
  code   LBNGOV 20200121-20210910
  code   LBNELI 20210911-
  code   LBNELI
  kind   person
  note   defence minister 21 Jan 2020 to 10 Sep 2021

actor MAURICE_SLIM
  name   Maurice Slim; Maurice Sleem
  code   LBNELI -20210909
  code   LBNGOV 20210910-20250208
  code   LBNELI 20250209-
  code   LBNELI
  kind   person
  note   defence minister 10 Sep 2021 to 08 Feb 2025

actor MICHEL_MENASSA
  name   Michel Menassa
  code   LBNELI -20250207
  code   LBNGOV 20250208-
  code   LBNGOV
  kind   person
  note   defence minister 08 Feb 2025 to today

actor ABDUL_KARIM_AL_IRYANI
  name   Abdul Karim al-Iryani; Abd al-Karim al-Iryani
  code   YEMELI -19980428
  code   YEMGOV 19980429-20010331
  code   YEMELI 20010401-
  code   YEMELI
  kind   person
  note   prime minister 29 Apr 1998 to 31 Mar 2001. Died 8 November 2015.

actor ABDUL_QADIR_BAJAMAL
  name   Abdul Qadir Bajamal; Abdulqader Bajammal
  code   YEMELI -20010330
  code   YEMGOV 20010331-20070407
  code   YEMELI 20070408-
  code   YEMELI
  kind   person
  note   prime minister 31 Mar 2001 to 07 Apr 2007

actor ALI_MUHAMMAD_MUJAWAR
  name   Ali Muhammad Mujawar; Ali Mohammed Mujawar
  code   YEMELI -20070406
  code   YEMGOV 20070407-20111207
  code   YEMELI 20111208-
  code   YEMELI
  kind   person
  note   prime minister 07 Apr 2007 to 07 Dec 2011

actor MOHAMMED_BASINDAWA
  name   Mohammed Basindawa; Mohammed Salem Basindwa
  code   YEMELI -20111206
  code   YEMGOV 20111207-20141109
  code   YEMELI 20141110-
  code   YEMELI
  kind   person
  note   prime minister 07 Dec 2011 to 09 Nov 2014

actor KHALED_BAHAH
  name   Khaled Bahah; Khaled Mahfoudh Bahah
  code   YEMELI -20141108
  code   YEMGOV 20141109-20160403
  code   YEMELI 20160404-
  code   YEMELI
  kind   person
  note   prime minister 09 Nov 2014 to 03 Apr 2016; vice president 13 Apr 2015 to 03 Apr 2016

actor AHMED_OBEID_BIN_DAGHR
  name   Ahmed Obeid bin Daghr; Ahmed bin Dagher
  code   YEMELI -20160403
  code   YEMGOV 20160404-20181015
  code   YEMELI 20181016-
  code   YEMELI
  kind   person
  note   prime minister 04 Apr 2016 to 15 Oct 2018

actor ABU_BAKR_AL_QIRBI
  name   Abu Bakr al-Qirbi; Abubakr al-Qirbi
  code   YEMELI -20010403?
  code   YEMGOV 20010404?-20141109
  code   YEMELI 20141110-
  code   YEMELI
  kind   person
  note   foreign minister 04 Apr 2001 (date uncertain) to 09 Nov 2014. Dates marked uncertain are known to the month or year only.

actor ABDULMALIK_AL_MEKHLAFI
  name   Abdulmalik al-Mekhlafi; Abdul Malik al-Mikhlafi
  code   YEMELI -20151130?
  code   YEMGOV 20151201?-20180524?
  code   YEMELI 20180525?-
  code   YEMELI
  kind   person
  note   foreign minister 01 Dec 2015 (date uncertain) to 24 May 2018 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KHALED_AL_YAMANI
  name   Khaled al-Yamani; Khalid Hussein al-Yamani
  code   YEMELI -20180523?
  code   YEMGOV 20180524?-20190611?
  code   YEMELI 20190612?-
  code   YEMELI
  kind   person
  note   foreign minister 24 May 2018 (date uncertain) to 11 Jun 2019 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MOHAMMED_AL_HADRAMI
  name   Mohammed al-Hadrami; Mohammed Abdullah al-Hadhrami
  code   YEMELI -20190717?
  code   YEMGOV 20190718?-20201218
  code   YEMELI 20201219-
  code   YEMELI
  kind   person
  note   foreign minister 18 Jul 2019 (date uncertain) to 18 Dec 2020. Dates marked uncertain are known to the month or year only.

actor SHAYA_AL_ZINDANI
  name   Shaya al-Zindani; Shaya Mohsen al-Zindani
  code   YEMELI -20240304?
  code   YEMGOV 20240305?-
  code   YEMGOV
  kind   person
  note   foreign minister 05 Mar 2024 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor MOHSEN_AL_DAERI
  name   Mohsen al-Daeri; Mohsen Mohammed al-Daeri
  code   YEMELI -20220406?
  code   YEMGOV 20220407?-
  code   YEMGOV
  kind   person
  note   defence minister 07 Apr 2022 (date uncertain) to today. Dates marked uncertain are known to the month or year only.

actor MOHAMMED_ALI_AL_MAQDASHI
  name   Mohammed Ali al-Maqdashi
  code   YEMELI -20180213?
  code   YEMGOV 20180214?-20220407?
  code   YEMELI 20220408?-
  code   YEMELI
  kind   person
  note   defence minister 14 Feb 2018 (date uncertain) to 07 Apr 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor MOHAMMED_BIN_MUBARAK_AL_KHALIFA
  name   Sheikh Mohammed bin Mubarak Al Khalifa; Mohammed bin Mubarak Al Khalifa
  code   BHRELI -19710814
  code   BHRGOV 19710815-20221113?
  code   BHRELI 20221114?-
  code   BHRELI
  kind   person
  note   foreign minister 15 Aug 1971 to 15 Sep 2005 (date uncertain); deputy prime minister 15 Sep 2005 (date uncertain) to 13 Nov 2022 (date uncertain). Dates marked uncertain are known to the month or year only.

actor KHALID_BIN_AHMED_AL_KHALIFA
  name   Sheikh Khalid bin Ahmed Al Khalifa; Khalid bin Ahmed Al Khalifa
  code   BHRELI -20050914?
  code   BHRGOV 20050915?-20200211
  code   BHRELI 20200212-
  code   BHRELI
  kind   person
  note   foreign minister 15 Sep 2005 (date uncertain) to 11 Feb 2020. Dates marked uncertain are known to the month or year only.

actor ABDULLAH_BIN_HASSAN_AL_NUAIMI
  name   Abdullah bin Hassan Al Nuaimi; Abdulla bin Hassan Al Nuaimi
  code   BHRELI -20171231?
  code   BHRGOV 20180101?-
  code   BHRGOV
  kind   person
  note   defence affairs minister 01 Jan 2018 (date uncertain) to today. Minister of defence affairs (dates uncertain).

actor BADR_BIN_SAUD_AL_BUSAIDI
  name   Sayyid Badr bin Saud al-Busaidi; Badr bin Saud al-Busaidi; Badr bin Saud bin Harib al-Busaidi
  code   OMNELI -19961231?
  code   OMNGOV 19970101?-20200818
  code   OMNELI 20200819-
  code   OMNELI
  kind   person
  note   defence affairs minister 01 Jan 1997 (date uncertain) to 18 Aug 2020. Minister responsible for defence affairs (start uncertain).

actor SHIHAB_BIN_TARIQ
  name   Sayyid Shihab bin Tarik; Shihab bin Tarik; Shihab bin Tariq; Shihab bin Tariq Al Said
  code   OMNELI -20200817
  code   OMNGOV 20200818-
  code   OMNGOV
  kind   person
  note   deputy prime minister for defence affairs 18 Aug 2020 to today

# ---- added by lead-asia (fix1)

actor SELIM_AL_HOSS
  name   Selim al-Hoss; Salim al-Hoss; Salim Hoss
  code   LBNELI -19981203
  code   LBNGOV 19981204-20001026
  code   LBNELI 20001027-
  code   LBNELI
  kind   person
  note   prime minister 04 Dec 1998 to 26 Oct 2000; foreign minister 04 Dec 1998 to 26 Oct 2000. Died 25 August 2024.

actor OMAR_KARAMI
  name   Omar Karami
  code   LBNELI -20041025
  code   LBNGOV 20041026-20050419
  code   LBNELI 20050420-
  code   LBNELI
  kind   person
  note   prime minister 26 Oct 2004 to 19 Apr 2005. Also prime minister 1990-1992; died 1 January 2015.

actor MAHMOUD_AL_ZOUBI
  name   Mahmoud al-Zoubi; Mahmoud Zuabi
  code   SYRELI -19871031
  code   SYRGOV 19871101-20000307
  code   SYRELI 20000308-
  code   SYRELI
  kind   person
  note   prime minister 01 Nov 1987 to 07 Mar 2000. Died 21 May 2000.

actor ABDUL_ILAH_AL_KHATIB
  name   Abdul Ilah al-Khatib; Abdelelah al-Khatib
  code   JORELI -19980819?
  code   JORGOV 19980820?-20020114?
  code   JORELI 20020115?-20061121?
  code   JORGOV 20061122?-20071125?
  code   JORELI 20071126?-
  code   JORELI
  kind   person
  note   foreign minister 20 Aug 1998 (date uncertain) to 14 Jan 2002 (date uncertain); foreign minister 22 Nov 2006 (date uncertain) to 25 Nov 2007 (date uncertain). UN envoy for Libya in 2011. Dates marked uncertain are known to the month or year only.

actor MOHAMMED_NASSER_AHMED
  name   Mohammed Nasser Ahmed; Mohammed Nasser Ahmed Ali
  code   YEMELI -20060331?
  code   YEMGOV 20060401?-20141109
  code   YEMELI 20141110-
  code   YEMELI
  kind   person
  note   defence minister 01 Apr 2006 (date uncertain) to 09 Nov 2014. Dates marked uncertain are known to the month or year only.

actor MAHMOUD_AL_SUBAIHI
  name   Mahmoud al-Subaihi; Mahmoud al-Subaiheh
  code   YEMELI -20141108
  code   YEMGOV 20141109-20150325?
  code   YEMELI 20150326?-
  code   YEMELI
  kind   person
  note   defence minister 09 Nov 2014 to 25 Mar 2015 (date uncertain). Captured by the Houthis in March 2015; released in 2023. Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (min2)

actor ABDULLAH_ALI_ALAIWA
  name   Abdullah Ali Alaiwa; Abdullah Ali Olaiwa
  code   YEMELI -19980430?
  code   YEMGOV 19980501?-20060401?
  code   YEMELI 20060402?-
  code   YEMELI
  kind   person
  note   defence minister 01 May 1998 (date uncertain) to 01 Apr 2006 (date uncertain). Dates marked uncertain are known to the month or year only.

# ---- added by lead-asia (min4)

actor FAROUK_QASRAWI
  name   Farouk Qasrawi; Farouq Kasrawi
  code   JORELI -20050406?
  code   JORGOV 20050407?-20061122?
  code   JORELI 20061123?-
  code   JORELI
  kind   person
  note   foreign minister 07 Apr 2005 (date uncertain) to 22 Nov 2006 (date uncertain). Dates marked uncertain are known to the month or year only.
