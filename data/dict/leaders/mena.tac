# leaders/mena.tac — office-holders 2000–2026: heads of state and government,
# foreign and defence ministers (and a few others news quotes often), each with
# dated codes. Conventions (data/dict/CODES.md): every office held is
# <country>GOV for its dates (consecutive offices merge into one range); the
# undated default <country>ELI covers the time before and after office. A date
# followed by ? is uncertain (the note says so); an open end means in office
# as of our last information.
@source tacitus authors, from the public record of appointments; uncertain dates marked ?

actor HAFEZ_AL_ASSAD
  name   Hafez al-Assad; Hafez Assad; Hafez al-Asad
  code   SYRGOV 19710312-20000610
  code   SYRELI
  kind   person
  note   president 12 Mar 1971 to 10 Jun 2000. Died 10 June 2000.

actor BASHAR_AL_ASSAD
  name   Bashar al-Assad; Bashar Assad; Bashar al-Asad; Bashar; President Assad; President Bashar al-Assad; President Bashar Assad
  code   SYRGOV 20000717-20241208
  code   SYRELI
  kind   person
  note   president 17 Jul 2000 to 08 Dec 2024. Fled to Moscow when Damascus fell on 8 December 2024.

actor ASSAD
  name   Assad; al-Assad; Asad; al-Asad
  code   SYRGOV 19710312-20000610
  code   SYRGOV 20000717-20241208
  code   SYRELI
  kind   person
  note   president 12 Mar 1971 to 10 Jun 2000; president 17 Jul 2000 to 08 Dec 2024. The bare surname: Hafez al-Assad (to 10 June 2000), then Bashar al-Assad (17 July 2000 to 8 December 2024). Between 10 June and 17 July 2000 and after 8 December 2024 it codes SYRELI.

actor MAHER_AL_ASSAD
  name   Maher al-Assad; Maher Assad
  code   SYRMIL 20000717?-20241208
  code   SYRELI
  kind   person
  note   Republican Guard and 4th Division commander 17 Jul 2000 (date uncertain) to 08 Dec 2024. Bashar's brother; commanded the 4th Armoured Division (dates of his commands uncertain).

actor AHMED_AL_SHARAA
  name   Ahmed al-Sharaa; Ahmad al-Sharaa; Ahmed al-Shara; Ahmed Hussein al-Sharaa; Abu Mohammed al-Julani; Abu Mohammad al-Jolani; Abu Mohammed al-Golani; al-Julani; al-Jolani; al-Golani; Julani; Jolani; Jawlani; al-Jawlani
  code   SYRREB 20120123?-20241207
  code   SYRGOV 20241208-
  code   SYRELI
  kind   person
  note   Nusra Front and HTS leader 23 Jan 2012 (date uncertain) to 07 Dec 2024; de facto leader 08 Dec 2024 to 28 Jan 2025; transitional president 29 Jan 2025 to today. Led the Nusra Front from its announcement (January 2012) and Hayat Tahrir al-Sham from 2017; de facto leader after Assad fell on 8 December 2024; named transitional president on 29 January 2025.

actor FAROUK_AL_SHARAA
  name   Farouk al-Sharaa; Farouq al-Sharaa; Farouk al-Shara
  code   SYRGOV 19840311-20140716?
  code   SYRELI
  kind   person
  note   foreign minister 11 Mar 1984 to 11 Feb 2006; vice president 11 Feb 2006 to 16 Jul 2014 (date uncertain). Vice president until Assad's new term in July 2014 (end date uncertain).

actor AL_SHARAA
  name   al-Sharaa; Sharaa; al-Shara
  code   SYRGOV 19840311-20140716?
  code   SYRGOV 20241208-
  code   SYRELI
  kind   person
  note   foreign minister 11 Mar 1984 to 11 Feb 2006; vice president 11 Feb 2006 to 16 Jul 2014 (date uncertain); president 08 Dec 2024 to today. The bare surname: Farouk al-Sharaa (foreign minister, vice president to 2014) and Ahmed al-Sharaa (leader of Syria from 8 December 2024).

actor WALID_AL_MUALLEM
  name   Walid al-Muallem; Walid Muallem; Walid al-Moualem; Muallem; Moallem
  code   SYRGOV 20060211-20201116
  code   SYRELI
  kind   person
  note   foreign minister 11 Feb 2006 to 16 Nov 2020. Died 16 November 2020.

actor FAISAL_MEKDAD
  name   Faisal Mekdad; Faisal al-Mekdad; Faisal Miqdad; Mekdad; Miqdad
  code   SYRGOV 20060101?-20241208
  code   SYRELI
  kind   person
  note   deputy foreign minister 01 Jan 2006 (date uncertain) to 21 Nov 2020; foreign minister 22 Nov 2020 to 08 Dec 2024

actor ASAAD_AL_SHAIBANI
  name   Asaad al-Shaibani; Asaad Hassan al-Shaibani; Assad al-Shaibani; al-Shaibani; Shaibani; Shibani
  code   SYRGOV 20241221-
  code   SYRELI
  kind   person
  note   foreign minister 21 Dec 2024 to today

actor MURHAF_ABU_QASRA
  name   Murhaf Abu Qasra; Abu Qasra
  code   SYRGOV 20241221-
  code   SYRELI
  kind   person
  note   defence minister 21 Dec 2024 to today

actor MOHAMMED_AL_BASHIR
  name   Mohammed al-Bashir; Mohammad al-Bashir
  code   SYRGOV 20241210-20250329
  code   SYRELI
  kind   person
  note   caretaker prime minister 10 Dec 2024 to 29 Mar 2025

actor HUSSEIN_ARNOUS
  name   Hussein Arnous; Arnous
  code   SYRGOV 20200611-20240914
  code   SYRELI
  kind   person
  note   prime minister 11 Jun 2020 to 14 Sep 2024

actor MOHAMMAD_GHAZI_AL_JALALI
  name   Mohammad Ghazi al-Jalali; al-Jalali
  code   SYRGOV 20240914-20241210
  code   SYRELI
  kind   person
  note   prime minister 14 Sep 2024 to 10 Dec 2024

actor IMAD_KHAMIS
  name   Imad Khamis
  code   SYRGOV 20160622-20200611
  code   SYRELI
  kind   person
  note   prime minister 22 Jun 2016 to 11 Jun 2020

actor WAEL_AL_HALQI
  name   Wael al-Halqi; al-Halqi
  code   SYRGOV 20120809-20160622
  code   SYRELI
  kind   person
  note   prime minister 09 Aug 2012 to 22 Jun 2016

actor RIYAD_HIJAB
  name   Riyad Hijab; Riad Hijab
  code   SYRGOV 20120623-20120806
  code   SYRELI
  kind   person
  note   prime minister 23 Jun 2012 to 06 Aug 2012. Defected August 2012; opposition figure after (ELI).

actor MUHAMMAD_NAJI_AL_OTARI
  name   Muhammad Naji al-Otari; Naji al-Otari; al-Otari
  code   SYRGOV 20030910-20110329
  code   SYRELI
  kind   person
  note   prime minister 10 Sep 2003 to 29 Mar 2011

actor ADEL_SAFAR
  name   Adel Safar
  code   SYRGOV 20110403-20120623
  code   SYRELI
  kind   person
  note   prime minister 03 Apr 2011 to 23 Jun 2012

actor MUSTAFA_TLASS
  name   Mustafa Tlass; Tlass
  code   SYRGOV 19720301-20040512?
  code   SYRELI
  kind   person
  note   defence minister 01 Mar 1972 to 12 May 2004 (date uncertain). End date uncertain (May 2004).

actor HASSAN_TURKMANI
  name   Hassan Turkmani; Turkmani
  code   SYRGOV 20040512?-20090603
  code   SYRELI
  kind   person
  note   defence minister 12 May 2004 (date uncertain) to 03 Jun 2009. Killed in the July 2012 Damascus bombing.

actor DAWOUD_RAJIHA
  name   Dawoud Rajiha; Daoud Rajha
  code   SYRGOV 20110808-20120718
  code   SYRELI
  kind   person
  note   defence minister 08 Aug 2011 to 18 Jul 2012. Killed in the 18 July 2012 Damascus bombing.

actor FAHD_JASSEM_AL_FREIJ
  name   Fahd Jassem al-Freij; al-Freij
  code   SYRGOV 20120718-20180101?
  code   SYRELI
  kind   person
  note   defence minister 18 Jul 2012 to 01 Jan 2018 (date uncertain)

actor ALI_ABDULLAH_AYYOUB
  name   Ali Abdullah Ayyoub; Ali Ayyoub
  code   SYRGOV 20180101?-20220426?
  code   SYRELI
  kind   person
  note   defence minister 01 Jan 2018 (date uncertain) to 26 Apr 2022 (date uncertain)

actor ALI_MAHMOUD_ABBAS
  name   Ali Mahmoud Abbas
  code   SYRGOV 20220426?-20241208
  code   SYRELI
  kind   person
  note   defence minister 26 Apr 2022 (date uncertain) to 08 Dec 2024

actor BOUTHAINA_SHAABAN
  name   Bouthaina Shaaban; Bouthaina Shaban
  code   SYRGOV 20080701?-20241208
  code   SYRELI
  kind   person
  note   presidential adviser 01 Jul 2008 (date uncertain) to 08 Dec 2024. Adviser to Bashar al-Assad (start date uncertain).

actor RUHOLLAH_KHOMEINI
  name   Ruhollah Khomeini; Ayatollah Khomeini; Khomeini
  code   IRNGOV 19791203-19890603
  code   IRNELI
  kind   person
  note   supreme leader 03 Dec 1979 to 03 Jun 1989. Died 3 June 1989.

actor ALI_KHAMENEI
  name   Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Khamenei; Supreme Leader Khamenei
  code   IRNGOV 19811013-
  code   IRNELI
  kind   person
  note   president 13 Oct 1981 to 03 Aug 1989; supreme leader 04 Jun 1989 to today

actor MOHAMMAD_KHATAMI
  name   Mohammad Khatami; Khatami
  code   IRNGOV 19970803-20050803
  code   IRNELI
  kind   person
  note   president 03 Aug 1997 to 03 Aug 2005

actor MAHMOUD_AHMADINEJAD
  name   Mahmoud Ahmadinejad; Ahmadinejad; Ahmadinezhad
  code   IRNGOV 20050803-20130803
  code   IRNELI
  kind   person
  note   president 03 Aug 2005 to 03 Aug 2013

actor HASSAN_ROUHANI
  name   Hassan Rouhani; Hassan Rohani; Rouhani; Rohani
  code   IRNGOV 19891013-20050815
  code   IRNGOV 20130803-20210803
  code   IRNELI
  kind   person
  note   national security council secretary 13 Oct 1989 to 15 Aug 2005; president 03 Aug 2013 to 03 Aug 2021

actor EBRAHIM_RAISI
  name   Ebrahim Raisi; Ebrahim Raeesi; Raisi
  code   IRNGOV 20190307-20210701
  code   IRNGOV 20210803-20240519
  code   IRNELI
  kind   person
  note   judiciary chief 07 Mar 2019 to 01 Jul 2021; president 03 Aug 2021 to 19 May 2024. Died in a helicopter crash on 19 May 2024.

actor MOHAMMAD_MOKHBER
  name   Mohammad Mokhber; Mokhber
  code   IRNGOV 20210808-20240728
  code   IRNELI
  kind   person
  note   first vice president 08 Aug 2021 to 28 Jul 2024. Acting president 20 May to 28 July 2024.

actor MASOUD_PEZESHKIAN
  name   Masoud Pezeshkian; Pezeshkian
  code   IRNGOV 20240728-
  code   IRNELI
  kind   person
  note   president 28 Jul 2024 to today

actor MOHAMMAD_REZA_RAHIMI
  name   Mohammad Reza Rahimi; Mohammad-Reza Rahimi; Reza Rahimi; Rahimi
  code   IRNGOV 20090913-20130803
  code   IRNELI
  kind   person
  note   first vice president 13 Sep 2009 to 03 Aug 2013. Threatened in December 2011 to close the Strait of Hormuz; convicted of corruption in 2015.

actor MOHAMMAD_REZA_AREF
  name   Mohammad Reza Aref; Aref
  code   IRNGOV 20010826-20050803
  code   IRNGOV 20240801-
  code   IRNELI
  kind   person
  note   first vice president 26 Aug 2001 to 03 Aug 2005; first vice president 01 Aug 2024 to today

actor AKBAR_HASHEMI_RAFSANJANI
  name   Akbar Hashemi Rafsanjani; Hashemi Rafsanjani; Rafsanjani
  code   IRNGOV 19890101?-20170108
  code   IRNELI
  kind   person
  note   president 03 Aug 1989 to 03 Aug 1997; expediency council chairman 01 Jan 1989 (date uncertain) to 08 Jan 2017. Died 8 January 2017.

actor KAMAL_KHARRAZI
  name   Kamal Kharrazi; Kharrazi
  code   IRNGOV 19970820-20050824
  code   IRNELI
  kind   person
  note   foreign minister 20 Aug 1997 to 24 Aug 2005

actor MANOUCHEHR_MOTTAKI
  name   Manouchehr Mottaki; Mottaki
  code   IRNGOV 20050824-20101213
  code   IRNELI
  kind   person
  note   foreign minister 24 Aug 2005 to 13 Dec 2010

actor ALI_AKBAR_SALEHI
  name   Ali Akbar Salehi; Salehi
  code   IRNGOV 20090716-20210825
  code   IRNELI
  kind   person
  note   atomic energy organization head 16 Jul 2009 to 30 Jan 2011; foreign minister 13 Dec 2010 to 15 Aug 2013; atomic energy organization head 16 Aug 2013 to 25 Aug 2021

actor MOHAMMAD_JAVAD_ZARIF
  name   Mohammad Javad Zarif; Javad Zarif; Zarif
  code   IRNGOV 20020805-20070706
  code   IRNGOV 20130815-20210825
  code   IRNGOV 20240801-20250302
  code   IRNELI
  kind   person
  note   UN ambassador 05 Aug 2002 to 06 Jul 2007; foreign minister 15 Aug 2013 to 25 Aug 2021; vice president for strategic affairs 01 Aug 2024 to 02 Mar 2025

actor HOSSEIN_AMIR_ABDOLLAHIAN
  name   Hossein Amir-Abdollahian; Hossein Amir Abdollahian; Amir-Abdollahian; Amirabdollahian
  code   IRNGOV 20210825-20240519
  code   IRNELI
  kind   person
  note   foreign minister 25 Aug 2021 to 19 May 2024. Died in the crash of 19 May 2024.

actor ALI_BAGHERI_KANI
  name   Ali Bagheri Kani; Ali Bagheri; Bagheri Kani
  code   IRNGOV 20210908-20240821
  code   IRNELI
  kind   person
  note   deputy foreign minister 08 Sep 2021 to 19 May 2024; acting foreign minister 19 May 2024 to 21 Aug 2024

actor ABBAS_ARAGHCHI
  name   Abbas Araghchi; Abbas Araqchi; Araghchi; Araqchi
  code   IRNGOV 20130815?-20210825
  code   IRNGOV 20240821-
  code   IRNELI
  kind   person
  note   deputy foreign minister 15 Aug 2013 (date uncertain) to 25 Aug 2021; foreign minister 21 Aug 2024 to today

actor ALI_SHAMKHANI
  name   Ali Shamkhani; Shamkhani
  code   IRNGOV 19970820-20050824
  code   IRNGOV 20130910-20230522
  code   IRNELI
  kind   person
  note   defence minister 20 Aug 1997 to 24 Aug 2005; national security council secretary 10 Sep 2013 to 22 May 2023

actor MOSTAFA_MOHAMMAD_NAJJAR
  name   Mostafa Mohammad-Najjar; Mohammad-Najjar
  code   IRNGOV 20050824-20090903
  code   IRNELI
  kind   person
  note   defence minister 24 Aug 2005 to 03 Sep 2009

actor AHMAD_VAHIDI
  name   Ahmad Vahidi; Vahidi
  code   IRNGOV 20090903-20130815
  code   IRNGOV 20210825-20240821
  code   IRNELI
  kind   person
  note   defence minister 03 Sep 2009 to 15 Aug 2013; interior minister 25 Aug 2021 to 21 Aug 2024

actor HOSSEIN_DEHGHAN
  name   Hossein Dehghan; Dehghan
  code   IRNGOV 20130815-20170820
  code   IRNELI
  kind   person
  note   defence minister 15 Aug 2013 to 20 Aug 2017

actor AMIR_HATAMI
  name   Amir Hatami; Hatami
  code   IRNGOV 20170820-20210825
  code   IRNELI
  kind   person
  note   defence minister 20 Aug 2017 to 25 Aug 2021

actor MOHAMMAD_REZA_ASHTIANI
  name   Mohammad-Reza Ashtiani; Mohammad Reza Ashtiani; Ashtiani
  code   IRNGOV 20210825-20240821
  code   IRNELI
  kind   person
  note   defence minister 25 Aug 2021 to 21 Aug 2024

actor AZIZ_NASIRZADEH
  name   Aziz Nasirzadeh; Nasirzadeh
  code   IRNGOV 20240821-
  code   IRNELI
  kind   person
  note   defence minister 21 Aug 2024 to today

actor ALI_LARIJANI
  name   Ali Larijani; Larijani
  code   IRNGOV 20050815-20071020
  code   IRNLEG 20080528-20200527
  code   IRNGOV 20250805?-
  code   IRNELI
  kind   person
  note   national security council secretary 15 Aug 2005 to 20 Oct 2007; parliament speaker 28 May 2008 to 27 May 2020; national security council secretary 05 Aug 2025 (date uncertain) to today. Reappointed to the security council in August 2025 (reported; uncertain).

actor MOHAMMAD_BAGHER_GHALIBAF
  name   Mohammad Bagher Ghalibaf; Mohammad Baqer Qalibaf; Ghalibaf; Qalibaf
  code   IRNLEG 20200528-
  code   IRNELI
  kind   person
  note   parliament speaker 28 May 2020 to today

actor SAEED_JALILI
  name   Saeed Jalili; Jalili
  code   IRNGOV 20071020-20130910
  code   IRNELI
  kind   person
  note   national security council secretary 20 Oct 2007 to 10 Sep 2013

actor QASEM_SOLEIMANI
  name   Qasem Soleimani; Qassem Soleimani; Ghasem Soleimani; Soleimani
  code   IRNMIL 19980101?-20200103
  code   IRNELI
  kind   person
  note   Quds Force commander 01 Jan 1998 (date uncertain) to 03 Jan 2020. Killed by a US drone strike in Baghdad on 3 January 2020.

actor ESMAIL_QAANI
  name   Esmail Qaani; Esmail Ghaani; Qaani
  code   IRNMIL 20200103-
  code   IRNELI
  kind   person
  note   Quds Force commander 03 Jan 2020 to today

actor HOSSEIN_SALAMI
  name   Hossein Salami
  code   IRNMIL 20190421-20250613
  code   IRNELI
  kind   person
  note   Revolutionary Guards commander 21 Apr 2019 to 13 Jun 2025. Killed in Israel's strikes of 13 June 2025.

actor MOHAMMAD_BAGHERI
  name   Mohammad Bagheri
  code   IRNMIL 20160628-20250613
  code   IRNELI
  kind   person
  note   armed forces chief of staff 28 Jun 2016 to 13 Jun 2025. Killed in Israel's strikes of 13 June 2025.

actor MOHAMMAD_PAKPOUR
  name   Mohammad Pakpour; Pakpour
  code   IRNMIL 20250613-
  code   IRNELI
  kind   person
  note   Revolutionary Guards commander 13 Jun 2025 to today

actor ABDOLRAHIM_MOUSAVI
  name   Abdolrahim Mousavi
  code   IRNMIL 20170821-
  code   IRNELI
  kind   person
  note   army commander 21 Aug 2017 to 13 Jun 2025; armed forces chief of staff 13 Jun 2025 to today

actor ISMAIL_BAGHAEI
  name   Ismail Baghaei; Esmaeil Baghaei; Baghaei
  code   IRNGOV 20240819?-
  code   IRNELI
  kind   person
  note   foreign ministry spokesman 19 Aug 2024 (date uncertain) to today

actor NASSER_KANAANI
  name   Nasser Kanaani; Kanaani
  code   IRNGOV 20220606?-20240819?
  code   IRNELI
  kind   person
  note   foreign ministry spokesman 06 Jun 2022 (date uncertain) to 19 Aug 2024 (date uncertain)

actor KING_FAHD
  name   King Fahd; Fahd bin Abdulaziz
  code   SAUGOV 19820613-20050801
  code   SAUELI
  kind   person
  note   king 13 Jun 1982 to 01 Aug 2005. Died 1 August 2005; Crown Prince Abdullah ran affairs from 1995.

actor KING_ABDULLAH_BIN_ABDULAZIZ
  name   King Abdullah bin Abdulaziz; Abdullah bin Abdulaziz; Crown Prince Abdullah
  code   SAUGOV 19820613-20150123
  code   SAUELI
  kind   person
  note   crown prince 13 Jun 1982 to 01 Aug 2005; king 01 Aug 2005 to 23 Jan 2015. Died 23 January 2015.

actor KING_SALMAN
  name   King Salman; Salman bin Abdulaziz; Salman bin Abdul Aziz
  code   SAUGOV 19630205?-
  code   SAUELI
  kind   person
  note   governor of Riyadh 05 Feb 1963 (date uncertain) to 05 Nov 2011; defence minister 05 Nov 2011 to 23 Jan 2015; crown prince 18 Jun 2012 to 23 Jan 2015; king 23 Jan 2015 to today

actor MOHAMMED_BIN_SALMAN
  name   Mohammed bin Salman; Muhammad bin Salman; Mohammad bin Salman; MBS; Crown Prince Mohammed; Crown Prince Mohammed bin Salman; Prince Mohammed bin Salman
  code   SAUGOV 20150123-
  code   SAUELI
  kind   person
  note   defence minister 23 Jan 2015 to 27 Sep 2022; crown prince 21 Jun 2017 to today; prime minister 27 Sep 2022 to today. Deputy crown prince from 29 April 2015.

actor MUHAMMAD_BIN_NAYEF
  name   Muhammad bin Nayef; Mohammed bin Nayef; bin Nayef
  code   SAUGOV 20121105-20170621
  code   SAUELI
  kind   person
  note   interior minister 05 Nov 2012 to 21 Jun 2017; crown prince 29 Apr 2015 to 21 Jun 2017. Detained since March 2020.

actor SULTAN_BIN_ABDULAZIZ
  name   Sultan bin Abdulaziz; Prince Sultan
  code   SAUGOV 19621022-20111022
  code   SAUELI
  kind   person
  note   defence minister 22 Oct 1962 to 22 Oct 2011; crown prince 01 Aug 2005 to 22 Oct 2011. Died 22 October 2011.

actor NAYEF_BIN_ABDULAZIZ
  name   Nayef bin Abdulaziz; Prince Nayef
  code   SAUGOV 19751013-20120616
  code   SAUELI
  kind   person
  note   interior minister 13 Oct 1975 to 16 Jun 2012; crown prince 27 Oct 2011 to 16 Jun 2012. Died 16 June 2012.

actor SAUD_AL_FAISAL
  name   Saud al-Faisal; Prince Saud al-Faisal; Saud bin Faisal
  code   SAUGOV 19751013-20150429
  code   SAUELI
  kind   person
  note   foreign minister 13 Oct 1975 to 29 Apr 2015. Died 9 July 2015.

actor ADEL_AL_JUBEIR
  name   Adel al-Jubeir; Adel Jubeir; al-Jubeir; Jubeir
  code   SAUGOV 20070129?-
  code   SAUELI
  kind   person
  note   ambassador to the US 29 Jan 2007 (date uncertain) to 29 Apr 2015; foreign minister 29 Apr 2015 to 27 Dec 2018; minister of state for foreign affairs 27 Dec 2018 to today

actor IBRAHIM_AL_ASSAF
  name   Ibrahim al-Assaf; al-Assaf
  code   SAUGOV 20181227-20191023
  code   SAUELI
  kind   person
  note   foreign minister 27 Dec 2018 to 23 Oct 2019

actor FAISAL_BIN_FARHAN
  name   Faisal bin Farhan; Prince Faisal bin Farhan; Faisal bin Farhan Al Saud; bin Farhan
  code   SAUGOV 20191023-
  code   SAUELI
  kind   person
  note   foreign minister 23 Oct 2019 to today

actor KHALID_BIN_SALMAN
  name   Khalid bin Salman; Prince Khalid bin Salman
  code   SAUGOV 20170423?-
  code   SAUELI
  kind   person
  note   ambassador to the US 23 Apr 2017 (date uncertain) to 23 Feb 2019; deputy defence minister 23 Feb 2019 to 27 Sep 2022; defence minister 27 Sep 2022 to today

actor BANDAR_BIN_SULTAN
  name   Bandar bin Sultan; Prince Bandar
  code   SAUGOV 19831024-20050908
  code   SAUGOV 20051016-20150129
  code   SAUELI
  kind   person
  note   ambassador to the US 24 Oct 1983 to 08 Sep 2005; national security council secretary-general 16 Oct 2005 to 29 Jan 2015; intelligence chief 19 Jul 2012 to 15 Apr 2014

actor SHEIKH_ZAYED
  name   Sheikh Zayed; Zayed bin Sultan Al Nahyan; Zayed bin Sultan
  code   AREGOV 19711202-20041102
  code   AREELI
  kind   person
  note   president 02 Dec 1971 to 02 Nov 2004. Died 2 November 2004.

actor KHALIFA_BIN_ZAYED
  name   Khalifa bin Zayed; Khalifa bin Zayed Al Nahyan; Sheikh Khalifa
  code   AREGOV 20041103-20220513
  code   AREELI
  kind   person
  note   president 03 Nov 2004 to 13 May 2022. Died 13 May 2022.

actor MOHAMED_BIN_ZAYED
  name   Mohamed bin Zayed; Mohammed bin Zayed; Mohamed bin Zayed Al Nahyan; MBZ; Sheikh Mohamed bin Zayed; Sheikh Mohammed bin Zayed
  code   AREGOV 20041103-
  code   AREELI
  kind   person
  note   crown prince of Abu Dhabi 03 Nov 2004 to 13 May 2022; president 14 May 2022 to today. De facto ruler from Khalifa's stroke in January 2014.

actor MOHAMMED_BIN_RASHID
  name   Mohammed bin Rashid; Mohammed bin Rashid Al Maktoum; Sheikh Mohammed bin Rashid
  code   AREGOV 19711209-
  code   AREELI
  kind   person
  note   defence minister 09 Dec 1971 to today; vice president and prime minister 05 Jan 2006 to today

actor ABDULLAH_BIN_ZAYED
  name   Abdullah bin Zayed; Abdullah bin Zayed Al Nahyan; Sheikh Abdullah bin Zayed
  code   AREGOV 19970325?-
  code   AREELI
  kind   person
  note   information minister 25 Mar 1997 (date uncertain) to 09 Feb 2006; foreign minister 09 Feb 2006 to today

actor ANWAR_GARGASH
  name   Anwar Gargash; Gargash
  code   AREGOV 20080217?-
  code   AREELI
  kind   person
  note   minister of state for foreign affairs 17 Feb 2008 (date uncertain) to 12 Feb 2021; diplomatic adviser to the president 12 Feb 2021 to today

actor TAHNOUN_BIN_ZAYED
  name   Tahnoun bin Zayed; Sheikh Tahnoun
  code   AREGOV 20160201?-
  code   AREELI
  kind   person
  note   national security adviser 01 Feb 2016 (date uncertain) to today

actor SHEIKH_JABER_AL_AHMAD
  name   Sheikh Jaber al-Ahmad; Jaber al-Ahmad al-Sabah
  code   KWTGOV 19771231-20060115
  code   KWTELI
  kind   person
  note   emir 31 Dec 1977 to 15 Jan 2006. Died 15 January 2006.

actor SHEIKH_SAAD_AL_ABDULLAH
  name   Sheikh Saad al-Abdullah; Saad al-Abdullah al-Sabah
  code   KWTGOV 19780208-20030713
  code   KWTGOV 20060115-20060124
  code   KWTELI
  kind   person
  note   crown prince and prime minister 08 Feb 1978 to 13 Jul 2003; emir 15 Jan 2006 to 24 Jan 2006. Abdicated on health grounds.

actor SHEIKH_SABAH_AL_AHMAD
  name   Sheikh Sabah al-Ahmad; Sabah al-Ahmad al-Jaber al-Sabah; Sheikh Sabah; Emir Sabah
  code   KWTGOV 19630128-20200929
  code   KWTELI
  kind   person
  note   foreign minister 28 Jan 1963 to 13 Jul 2003; prime minister 13 Jul 2003 to 29 Jan 2006; emir 29 Jan 2006 to 29 Sep 2020. Died 29 September 2020.

actor SHEIKH_NAWAF_AL_AHMAD
  name   Sheikh Nawaf al-Ahmad; Nawaf al-Ahmad al-Jaber al-Sabah; Sheikh Nawaf
  code   KWTGOV 20060207-20231216
  code   KWTELI
  kind   person
  note   crown prince 07 Feb 2006 to 30 Sep 2020; emir 30 Sep 2020 to 16 Dec 2023. Died 16 December 2023.

actor SHEIKH_MISHAL_AL_AHMAD
  name   Sheikh Mishal al-Ahmad; Mishal al-Ahmad al-Jaber al-Sabah; Sheikh Meshal; Sheikh Mishal
  code   KWTGOV 20201008-
  code   KWTELI
  kind   person
  note   crown prince 08 Oct 2020 to 16 Dec 2023; emir 16 Dec 2023 to today

actor SHEIKH_NASSER_AL_MOHAMMED
  name   Sheikh Nasser al-Mohammed; Nasser al-Mohammed al-Ahmad al-Sabah
  code   KWTGOV 20060207-20111128
  code   KWTELI
  kind   person
  note   prime minister 07 Feb 2006 to 28 Nov 2011

actor SHEIKH_JABER_AL_MUBARAK
  name   Sheikh Jaber al-Mubarak; Jaber al-Mubarak al-Hamad al-Sabah
  code   KWTGOV 20010214?-20191119
  code   KWTELI
  kind   person
  note   defence minister 14 Feb 2001 (date uncertain) to 30 Nov 2011; prime minister 30 Nov 2011 to 19 Nov 2019

actor SHEIKH_SABAH_AL_KHALID
  name   Sheikh Sabah al-Khalid; Sabah al-Khalid al-Hamad al-Sabah
  code   KWTGOV 20111022?-20220724
  code   KWTELI
  kind   person
  note   foreign minister 22 Oct 2011 (date uncertain) to 19 Nov 2019; prime minister 19 Nov 2019 to 24 Jul 2022

actor SHEIKH_AHMAD_NAWAF
  name   Sheikh Ahmad Nawaf; Ahmad Nawaf al-Ahmad al-Sabah
  code   KWTGOV 20220724-20240104?
  code   KWTELI
  kind   person
  note   prime minister 24 Jul 2022 to 04 Jan 2024 (date uncertain)

actor SHEIKH_MOHAMMAD_SABAH_AL_SALEM
  name   Sheikh Mohammad Sabah al-Salem; Mohammad Sabah al-Salem al-Sabah; Sheikh Mohammad al-Sabah
  code   KWTGOV 20030714-20111018
  code   KWTGOV 20240104?-20240415?
  code   KWTELI
  kind   person
  note   foreign minister 14 Jul 2003 to 18 Oct 2011; prime minister 04 Jan 2024 (date uncertain) to 15 Apr 2024 (date uncertain)

actor SHEIKH_AHMAD_AL_ABDULLAH
  name   Sheikh Ahmad al-Abdullah; Ahmad al-Abdullah al-Ahmad al-Sabah
  code   KWTGOV 20240515-
  code   KWTELI
  kind   person
  note   prime minister 15 May 2024 to today

actor ABDULLAH_AL_YAHYA
  name   Abdullah Al-Yahya; Abdullah al-Yahya
  code   KWTGOV 20240619?-
  code   KWTELI
  kind   person
  note   foreign minister 19 Jun 2024 (date uncertain) to today

actor SHEIKH_HAMAD_BIN_KHALIFA
  name   Sheikh Hamad bin Khalifa; Hamad bin Khalifa Al Thani; Sheikh Hamad
  code   QATGOV 19950627-20130625
  code   QATELI
  kind   person
  note   emir 27 Jun 1995 to 25 Jun 2013

actor SHEIKH_TAMIM_BIN_HAMAD
  name   Sheikh Tamim bin Hamad; Tamim bin Hamad Al Thani; Sheikh Tamim; Emir Tamim
  code   QATGOV 20030805-
  code   QATELI
  kind   person
  note   crown prince 05 Aug 2003 to 25 Jun 2013; emir 25 Jun 2013 to today

actor HAMAD_BIN_JASSIM
  name   Hamad bin Jassim; Hamad bin Jassim bin Jaber Al Thani; Sheikh Hamad bin Jassim
  code   QATGOV 19920101?-20130626
  code   QATELI
  kind   person
  note   foreign minister 01 Jan 1992 (date uncertain) to 26 Jun 2013; prime minister 03 Apr 2007 to 26 Jun 2013

actor SHEIKH_MOHAMMED_BIN_ABDULRAHMAN
  name   Sheikh Mohammed bin Abdulrahman; Mohammed bin Abdulrahman Al Thani; Mohammed bin Abdulrahman
  code   QATGOV 20160128-
  code   QATELI
  kind   person
  note   foreign minister 28 Jan 2016 to today; prime minister 07 Mar 2023 to today

actor MAJED_AL_ANSARI
  name   Majed al-Ansari; al-Ansari
  code   QATGOV 20220101?-
  code   QATELI
  kind   person
  note   foreign ministry spokesman 01 Jan 2022 (date uncertain) to today. Start date uncertain.

actor KING_HAMAD
  name   King Hamad; Hamad bin Isa Al Khalifa; Hamad bin Isa
  code   BHRGOV 19990306-
  code   BHRELI
  kind   person
  note   emir 06 Mar 1999 to 14 Feb 2002; king 14 Feb 2002 to today

actor SALMAN_BIN_HAMAD
  name   Salman bin Hamad; Crown Prince Salman; Salman bin Hamad Al Khalifa
  code   BHRGOV 19990309-
  code   BHRELI
  kind   person
  note   crown prince 09 Mar 1999 to today; prime minister 11 Nov 2020 to today

actor KHALIFA_BIN_SALMAN
  name   Khalifa bin Salman; Khalifa bin Salman Al Khalifa
  code   BHRGOV 19710110-20201111
  code   BHRELI
  kind   person
  note   prime minister 10 Jan 1971 to 11 Nov 2020. Died 11 November 2020.

actor ABDULLATIF_AL_ZAYANI
  name   Abdullatif al-Zayani; Abdullatif Al Zayani; al-Zayani
  code   IGOMEAGCC 20110401-20200210
  code   BHRGOV 20200211-
  code   BHRELI
  kind   person
  note   GCC secretary-general 01 Apr 2011 to 31 Mar 2020; foreign minister 11 Feb 2020 to today

actor SULTAN_QABOOS
  name   Sultan Qaboos; Qaboos bin Said
  code   OMNGOV 19700723-20200110
  code   OMNELI
  kind   person
  note   sultan 23 Jul 1970 to 10 Jan 2020. Died 10 January 2020.

actor SULTAN_HAITHAM
  name   Sultan Haitham; Haitham bin Tariq; Haitham bin Tarik
  code   OMNGOV 20200111-
  code   OMNELI
  kind   person
  note   sultan 11 Jan 2020 to today

actor YUSUF_BIN_ALAWI
  name   Yusuf bin Alawi; Yousuf bin Alawi bin Abdullah
  code   OMNGOV 19970101?-20200818
  code   OMNELI
  kind   person
  note   foreign minister 01 Jan 1997 (date uncertain) to 18 Aug 2020

actor BADR_ALBUSAIDI
  name   Badr Albusaidi; Badr al-Busaidi; Sayyid Badr
  code   OMNGOV 20200818-
  code   OMNELI
  kind   person
  note   foreign minister 18 Aug 2020 to today

actor JASEM_ALBUDAIWI
  name   Jasem Albudaiwi; Jassem al-Budaiwi; Albudaiwi
  code   IGOMEAGCC 20230201-
  code   KWTELI
  kind   person
  note   GCC secretary-general 01 Feb 2023 to today

actor HOSNI_MUBARAK
  name   Hosni Mubarak; Mohamed Hosni Mubarak; Mubarak
  code   EGYGOV 19811014-20110211
  code   EGYELI
  kind   person
  note   president 14 Oct 1981 to 11 Feb 2011. Forced out on 11 February 2011; died 25 February 2020.

actor MOHAMED_HUSSEIN_TANTAWI
  name   Mohamed Hussein Tantawi; Mohammed Hussein Tantawi; Field Marshal Tantawi; Tantawi
  code   EGYGOV 19910520-20120812
  code   EGYELI
  kind   person
  note   defence minister 20 May 1991 to 12 Aug 2012; head of the ruling military council 11 Feb 2011 to 30 Jun 2012

actor MOHAMED_MORSI
  name   Mohamed Morsi; Mohammed Morsi; Mohamed Mursi; Mohammed Mursi; Morsi; Mursi
  code   EGYGOV 20120630-20130703
  code   EGYELI
  kind   person
  note   president 30 Jun 2012 to 03 Jul 2013. Ousted by the military on 3 July 2013; died in court 17 June 2019.

actor ADLY_MANSOUR
  name   Adly Mansour; Adli Mansour
  code   EGYGOV 20130704-20140608
  code   EGYELI
  kind   person
  note   interim president 04 Jul 2013 to 08 Jun 2014

actor ABDEL_FATTAH_EL_SISI
  name   Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Abdel Fattah Sisi; el-Sisi; al-Sisi; Sisi; el-Sissi; Sissi
  code   EGYGOV 20100101?-20140326
  code   EGYGOV 20140608-
  code   EGYELI
  kind   person
  note   intelligence chief 01 Jan 2010 (date uncertain) to 12 Aug 2012; defence minister 12 Aug 2012 to 26 Mar 2014; president 08 Jun 2014 to today

actor ATEF_EBEID
  name   Atef Ebeid
  code   EGYGOV 19991005-20040714
  code   EGYELI
  kind   person
  note   prime minister 05 Oct 1999 to 14 Jul 2004

actor AHMED_NAZIF
  name   Ahmed Nazif; Nazif
  code   EGYGOV 20040714-20110129
  code   EGYELI
  kind   person
  note   prime minister 14 Jul 2004 to 29 Jan 2011

actor AHMED_SHAFIK
  name   Ahmed Shafik; Shafik
  code   EGYGOV 20110129-20110303
  code   EGYELI
  kind   person
  note   prime minister 29 Jan 2011 to 03 Mar 2011

actor ESSAM_SHARAF
  name   Essam Sharaf
  code   EGYGOV 20110303-20111207
  code   EGYELI
  kind   person
  note   prime minister 03 Mar 2011 to 07 Dec 2011

actor KAMAL_GANZOURI
  name   Kamal Ganzouri; Kamal el-Ganzouri; Ganzouri
  code   EGYGOV 20111207-20120802
  code   EGYELI
  kind   person
  note   prime minister 07 Dec 2011 to 02 Aug 2012

actor HISHAM_QANDIL
  name   Hisham Qandil; Hesham Kandil; Qandil; Kandil
  code   EGYGOV 20120802-20130708
  code   EGYELI
  kind   person
  note   prime minister 02 Aug 2012 to 08 Jul 2013

actor HAZEM_EL_BEBLAWI
  name   Hazem el-Beblawi; Hazem Beblawi; Beblawi
  code   EGYGOV 20130709-20140301
  code   EGYELI
  kind   person
  note   prime minister 09 Jul 2013 to 01 Mar 2014

actor IBRAHIM_MAHLAB
  name   Ibrahim Mahlab; Mahlab
  code   EGYGOV 20140301-20150919
  code   EGYELI
  kind   person
  note   prime minister 01 Mar 2014 to 19 Sep 2015

actor SHERIF_ISMAIL
  name   Sherif Ismail
  code   EGYGOV 20150919-20180607
  code   EGYELI
  kind   person
  note   prime minister 19 Sep 2015 to 07 Jun 2018

actor MOSTAFA_MADBOULY
  name   Mostafa Madbouly; Moustafa Madbouly; Madbouly
  code   EGYGOV 20180607-
  code   EGYELI
  kind   person
  note   prime minister 07 Jun 2018 to today

actor AMR_MOUSSA
  name   Amr Moussa; Amr Mousa
  code   EGYGOV 19910520-20010514
  code   IGOMEAARL 20010515-20110630
  code   EGYELI
  kind   person
  note   foreign minister 20 May 1991 to 15 May 2001; Arab League secretary-general 15 May 2001 to 30 Jun 2011

actor AHMED_MAHER
  name   Ahmed Maher
  code   EGYGOV 20010515-20040714
  code   EGYELI
  kind   person
  note   foreign minister 15 May 2001 to 14 Jul 2004

actor AHMED_ABOUL_GHEIT
  name   Ahmed Aboul Gheit; Ahmed Abul Gheit; Aboul Gheit; Aboul-Gheit
  code   EGYGOV 20040714-20110306
  code   IGOMEAARL 20160701-
  code   EGYELI
  kind   person
  note   foreign minister 14 Jul 2004 to 06 Mar 2011; Arab League secretary-general 01 Jul 2016 to today

actor NABIL_ELARABY
  name   Nabil Elaraby; Nabil al-Arabi; Nabil el-Araby; Elaraby
  code   EGYGOV 20110306-20110630
  code   IGOMEAARL 20110701-20160630
  code   EGYELI
  kind   person
  note   foreign minister 06 Mar 2011 to 01 Jul 2011; Arab League secretary-general 01 Jul 2011 to 30 Jun 2016

actor MOHAMED_KAMEL_AMR
  name   Mohamed Kamel Amr
  code   EGYGOV 20110701-20130716
  code   EGYELI
  kind   person
  note   foreign minister 01 Jul 2011 to 16 Jul 2013

actor NABIL_FAHMY
  name   Nabil Fahmy
  code   EGYGOV 20130716-20140617
  code   EGYELI
  kind   person
  note   foreign minister 16 Jul 2013 to 17 Jun 2014

actor SAMEH_SHOUKRY
  name   Sameh Shoukry; Sameh Shukri; Shoukry
  code   EGYGOV 20140617-20240703
  code   EGYELI
  kind   person
  note   foreign minister 17 Jun 2014 to 03 Jul 2024

actor BADR_ABDELATTY
  name   Badr Abdelatty; Badr Abdel Aty; Abdelatty
  code   EGYGOV 20240703-
  code   EGYELI
  kind   person
  note   foreign minister 03 Jul 2024 to today

actor MOHAMED_ELBARADEI
  name   Mohamed ElBaradei; Mohamed el-Baradei; ElBaradei; el-Baradei; Baradei
  code   IGOUNOIAE 19971201-20091130
  code   EGYGOV 20130714-20130814
  code   EGYELI
  kind   person
  note   IAEA director-general 01 Dec 1997 to 30 Nov 2009; vice president 14 Jul 2013 to 14 Aug 2013

actor SEDKI_SOBHI
  name   Sedki Sobhi; Sedky Sobhy
  code   EGYGOV 20140326-20180614
  code   EGYELI
  kind   person
  note   defence minister 26 Mar 2014 to 14 Jun 2018

actor MOHAMED_ZAKI
  name   Mohamed Zaki
  code   EGYGOV 20180614-20240703
  code   EGYELI
  kind   person
  note   defence minister 14 Jun 2018 to 03 Jul 2024

actor ABDEL_MEGUID_SAQR
  name   Abdel Meguid Saqr
  code   EGYGOV 20240703-
  code   EGYELI
  kind   person
  note   defence minister 03 Jul 2024 to today

actor SADDAM_HUSSEIN
  name   Saddam Hussein; Saddam
  code   IRQGOV 19790716-20030409
  code   IRQELI
  kind   person
  note   president 16 Jul 1979 to 09 Apr 2003. Toppled in April 2003; executed 30 December 2006.

actor AYAD_ALLAWI
  name   Ayad Allawi; Iyad Allawi; Allawi
  code   IRQGOV 20040628-20050503
  code   IRQELI
  kind   person
  note   prime minister 28 Jun 2004 to 03 May 2005

actor IBRAHIM_AL_JAAFARI
  name   Ibrahim al-Jaafari; Ibrahim Jaafari; al-Jaafari; Jaafari
  code   IRQGOV 20050503-20060520
  code   IRQGOV 20141018-20181025
  code   IRQELI
  kind   person
  note   prime minister 03 May 2005 to 20 May 2006; foreign minister 18 Oct 2014 to 25 Oct 2018

actor NOURI_AL_MALIKI
  name   Nouri al-Maliki; Nuri al-Maliki; Nouri Maliki; al-Maliki
  code   IRQGOV 20060520-20181002
  code   IRQELI
  kind   person
  note   prime minister 20 May 2006 to 08 Sep 2014; vice president 09 Sep 2014 to 02 Oct 2018

actor HAIDER_AL_ABADI
  name   Haider al-Abadi; Haidar al-Abadi; al-Abadi; Abadi
  code   IRQGOV 20140908-20181025
  code   IRQELI
  kind   person
  note   prime minister 08 Sep 2014 to 25 Oct 2018

actor ADIL_ABDUL_MAHDI
  name   Adil Abdul-Mahdi; Adel Abdul Mahdi; Abdul-Mahdi
  code   IRQGOV 20181025-20200507
  code   IRQELI
  kind   person
  note   prime minister 25 Oct 2018 to 07 May 2020

actor MUSTAFA_AL_KADHIMI
  name   Mustafa al-Kadhimi; Mustafa al-Kazemi; al-Kadhimi; Kadhimi
  code   IRQGOV 20160607?-20221027
  code   IRQELI
  kind   person
  note   intelligence chief 07 Jun 2016 (date uncertain) to 07 May 2020; prime minister 07 May 2020 to 27 Oct 2022

actor MOHAMMED_SHIA_AL_SUDANI
  name   Mohammed Shia al-Sudani; Mohammed Shia' al-Sudani; al-Sudani
  code   IRQGOV 20221027-
  code   IRQELI
  kind   person
  note   prime minister 27 Oct 2022 to today

actor JALAL_TALABANI
  name   Jalal Talabani; Talabani
  code   IRQGOV 20050406-20140724
  code   IRQELI
  kind   person
  note   president 06 Apr 2005 to 24 Jul 2014. Died 3 October 2017.

actor FUAD_MASUM
  name   Fuad Masum; Fouad Massoum; Masum
  code   IRQGOV 20140724-20181002
  code   IRQELI
  kind   person
  note   president 24 Jul 2014 to 02 Oct 2018

actor BARHAM_SALIH
  name   Barham Salih; Barham Saleh
  code   IRQGOV 20181002-20221017
  code   IRQELI
  kind   person
  note   president 02 Oct 2018 to 17 Oct 2022

actor ABDUL_LATIF_RASHID
  name   Abdul Latif Rashid; Abdul Latif Jamal Rashid
  code   IRQGOV 20221017-
  code   IRQELI
  kind   person
  note   president 17 Oct 2022 to today

actor HOSHYAR_ZEBARI
  name   Hoshyar Zebari; Zebari
  code   IRQGOV 20030903-20140911
  code   IRQELI
  kind   person
  note   foreign minister 03 Sep 2003 to 11 Sep 2014

actor FUAD_HUSSEIN
  name   Fuad Hussein
  code   IRQGOV 20200606-
  code   IRQELI
  kind   person
  note   foreign minister 06 Jun 2020 to today

actor MUQTADA_AL_SADR
  name   Muqtada al-Sadr; Moqtada al-Sadr; Moqtada Sadr; al-Sadr
  code   IRQOPP
  kind   person
  note   Shia cleric and leader of the Sadrist movement; coded OPP (no state office).

actor EHUD_BARAK
  name   Ehud Barak; Barak
  code   ISRGOV 19990706-20010307
  code   ISRGOV 20070618-20130318
  code   ISRELI
  kind   person
  note   prime minister 06 Jul 1999 to 07 Mar 2001; defence minister 18 Jun 2007 to 18 Mar 2013

actor ARIEL_SHARON
  name   Ariel Sharon
  code   ISRGOV 20010307-20060414
  code   ISRELI
  kind   person
  note   prime minister 07 Mar 2001 to 14 Apr 2006. Incapacitated by a stroke on 4 January 2006; died 11 January 2014.

actor EHUD_OLMERT
  name   Ehud Olmert; Olmert
  code   ISRGOV 20060104-20090331
  code   ISRELI
  kind   person
  note   prime minister 04 Jan 2006 to 31 Mar 2009. Acting prime minister from 4 January 2006.

actor BENJAMIN_NETANYAHU
  name   Benjamin Netanyahu; Binyamin Netanyahu; Netanyahu; Bibi
  code   ISRGOV 19960618-19990706
  code   ISRGOV 20021106-20050809
  code   ISRGOV 20090331-20210613
  code   ISRGOV 20221229-
  code   ISRELI
  kind   person
  note   prime minister 18 Jun 1996 to 06 Jul 1999; foreign minister 06 Nov 2002 to 28 Feb 2003; finance minister 28 Feb 2003 to 09 Aug 2005; prime minister 31 Mar 2009 to 13 Jun 2021; prime minister 29 Dec 2022 to today

actor NAFTALI_BENNETT
  name   Naftali Bennett
  code   ISRGOV 20191112-20200517
  code   ISRGOV 20210613-20220630
  code   ISRELI
  kind   person
  note   defence minister 12 Nov 2019 to 17 May 2020; prime minister 13 Jun 2021 to 30 Jun 2022

actor YAIR_LAPID
  name   Yair Lapid; Lapid
  code   ISRGOV 20210613-20221229
  code   ISRELI
  kind   person
  note   foreign minister 13 Jun 2021 to 01 Jul 2022; prime minister 01 Jul 2022 to 29 Dec 2022. Opposition leader after (ELI).

actor MOSHE_KATSAV
  name   Moshe Katsav; Katsav
  code   ISRGOV 20000801-20070701
  code   ISRELI
  kind   person
  note   president 01 Aug 2000 to 01 Jul 2007

actor SHIMON_PERES
  name   Shimon Peres; Peres
  code   ISRGOV 20010307-20021102
  code   ISRGOV 20050110?-20070713
  code   ISRGOV 20070715-20140724
  code   ISRELI
  kind   person
  note   foreign minister 07 Mar 2001 to 02 Nov 2002; vice prime minister 10 Jan 2005 (date uncertain) to 13 Jul 2007; president 15 Jul 2007 to 24 Jul 2014. Died 28 September 2016.

actor REUVEN_RIVLIN
  name   Reuven Rivlin; Ruvi Rivlin; Rivlin
  code   ISRGOV 20140724-20210707
  code   ISRELI
  kind   person
  note   president 24 Jul 2014 to 07 Jul 2021

actor ISAAC_HERZOG
  name   Isaac Herzog; Yitzhak Herzog; Herzog
  code   ISRGOV 20210707-
  code   ISRELI
  kind   person
  note   president 07 Jul 2021 to today

actor SILVAN_SHALOM
  name   Silvan Shalom
  code   ISRGOV 20030228-20060116
  code   ISRELI
  kind   person
  note   foreign minister 28 Feb 2003 to 16 Jan 2006

actor TZIPI_LIVNI
  name   Tzipi Livni; Livni
  code   ISRGOV 20060118-20090331
  code   ISRGOV 20130318-20141202
  code   ISRELI
  kind   person
  note   foreign minister 18 Jan 2006 to 31 Mar 2009; justice minister 18 Mar 2013 to 02 Dec 2014

actor AVIGDOR_LIEBERMAN
  name   Avigdor Lieberman; Avigdor Liberman; Lieberman; Liberman
  code   ISRGOV 20090331-20121218
  code   ISRGOV 20131111-20150514
  code   ISRGOV 20160530-20181114
  code   ISRELI
  kind   person
  note   foreign minister 31 Mar 2009 to 18 Dec 2012; foreign minister 11 Nov 2013 to 14 May 2015; defence minister 30 May 2016 to 14 Nov 2018

actor ELI_COHEN
  name   Eli Cohen
  code   ISRGOV 20230101-20240101
  code   ISRELI
  kind   person
  note   foreign minister 01 Jan 2023 to 01 Jan 2024

actor ISRAEL_KATZ
  name   Israel Katz; Yisrael Katz
  code   ISRGOV 20190217?-20200517
  code   ISRGOV 20240101-
  code   ISRELI
  kind   person
  note   foreign minister 17 Feb 2019 (date uncertain) to 17 May 2020; foreign minister 01 Jan 2024 to 05 Nov 2024; defence minister 05 Nov 2024 to today

actor GIDEON_SAAR
  name   Gideon Saar; Gideon Sa'ar; Saar; Sa'ar
  code   ISRGOV 20241105-
  code   ISRELI
  kind   person
  note   foreign minister 05 Nov 2024 to today

actor SHAUL_MOFAZ
  name   Shaul Mofaz; Mofaz
  code   ISRGOV 20021104-20060504
  code   ISRELI
  kind   person
  note   defence minister 04 Nov 2002 to 04 May 2006

actor AMIR_PERETZ
  name   Amir Peretz; Peretz
  code   ISRGOV 20060504-20070618
  code   ISRELI
  kind   person
  note   defence minister 04 May 2006 to 18 Jun 2007

actor MOSHE_YA_ALON
  name   Moshe Ya'alon; Moshe Yaalon; Ya'alon; Yaalon
  code   ISRGOV 20130318-20160520
  code   ISRELI
  kind   person
  note   defence minister 18 Mar 2013 to 20 May 2016

actor BENNY_GANTZ
  name   Benny Gantz; Gantz
  code   ISRMIL 20110214-20150216
  code   ISRGOV 20200517-20221229
  code   ISRGOV 20231011-20240609
  code   ISRELI
  kind   person
  note   chief of staff 14 Feb 2011 to 16 Feb 2015; defence minister 17 May 2020 to 29 Dec 2022; war cabinet minister 11 Oct 2023 to 09 Jun 2024

actor YOAV_GALLANT
  name   Yoav Gallant
  code   ISRGOV 20221229-20241105
  code   ISRELI
  kind   person
  note   defence minister 29 Dec 2022 to 05 Nov 2024

actor RON_DERMER
  name   Ron Dermer; Dermer
  code   ISRGOV 20131203?-20210101?
  code   ISRGOV 20221229-
  code   ISRELI
  kind   person
  note   ambassador to the US 03 Dec 2013 (date uncertain) to 01 Jan 2021 (date uncertain); strategic affairs minister 29 Dec 2022 to today

actor HERZI_HALEVI
  name   Herzi Halevi
  code   ISRMIL 20230116-20250305
  code   ISRELI
  kind   person
  note   chief of staff 16 Jan 2023 to 05 Mar 2025

actor EYAL_ZAMIR
  name   Eyal Zamir
  code   ISRMIL 20250305-
  code   ISRELI
  kind   person
  note   chief of staff 05 Mar 2025 to today

actor ITAMAR_BEN_GVIR
  name   Itamar Ben-Gvir; Ben-Gvir; Ben Gvir
  code   ISRGOV 20221229-20250119
  code   ISRGOV 20250319-
  code   ISRELI
  kind   person
  note   national security minister 29 Dec 2022 to 19 Jan 2025; national security minister 19 Mar 2025 to today

actor BEZALEL_SMOTRICH
  name   Bezalel Smotrich; Smotrich
  code   ISRGOV 20221229-
  code   ISRELI
  kind   person
  note   finance minister 29 Dec 2022 to today

actor YASSER_ARAFAT
  name   Yasser Arafat; Yasir Arafat; Arafat
  code   PSEGOV 19940705-20041111
  code   PSEELI
  kind   person
  note   president 05 Jul 1994 to 11 Nov 2004. Died 11 November 2004.

actor MAHMOUD_ABBAS
  name   Mahmoud Abbas; Abu Mazen; Abbas; President Abbas
  code   PSEGOV 20030319-20031006
  code   PSEGOV 20050115-
  code   PSEELI
  kind   person
  note   prime minister 19 Mar 2003 to 06 Oct 2003; president 15 Jan 2005 to today. PLO chairman from 11 November 2004.

actor AHMED_QUREI
  name   Ahmed Qurei; Ahmed Qureia; Abu Alaa; Qurei
  code   PSEGOV 20031007-20060329
  code   PSEELI
  kind   person
  note   prime minister 07 Oct 2003 to 29 Mar 2006

actor SALAM_FAYYAD
  name   Salam Fayyad; Fayyad
  code   PSEGOV 20070615-20130606
  code   PSEELI
  kind   person
  note   prime minister 15 Jun 2007 to 06 Jun 2013

actor RAMI_HAMDALLAH
  name   Rami Hamdallah; Hamdallah
  code   PSEGOV 20130606-20190414
  code   PSEELI
  kind   person
  note   prime minister 06 Jun 2013 to 14 Apr 2019

actor MOHAMMAD_SHTAYYEH
  name   Mohammad Shtayyeh; Mohammed Shtayyeh; Shtayyeh
  code   PSEGOV 20190414-20240331
  code   PSEELI
  kind   person
  note   prime minister 14 Apr 2019 to 31 Mar 2024

actor MOHAMMAD_MUSTAFA
  name   Mohammad Mustafa
  code   PSEGOV 20240331-
  code   PSEELI
  kind   person
  note   prime minister 31 Mar 2024 to today

actor RIYAD_AL_MALIKI
  name   Riyad al-Maliki; Riyad Malki; Riad Malki
  code   PSEGOV 20070517?-20240331
  code   PSEELI
  kind   person
  note   foreign minister 17 May 2007 (date uncertain) to 31 Mar 2024

actor HUSSEIN_AL_SHEIKH
  name   Hussein al-Sheikh
  code   PSEGOV 20220526?-
  code   PSEELI
  kind   person
  note   PLO executive secretary 26 May 2022 (date uncertain) to 26 Apr 2025 (date uncertain); vice president 26 Apr 2025 (date uncertain) to today. Named PLO vice chairman and Abbas's deputy in April 2025 (date uncertain).

actor ISMAIL_HANIYEH
  name   Ismail Haniyeh; Ismail Haniya; Haniyeh; Haniya
  code   PSEGOV 20060329-20070614
  code   IMGHAM 20070615-20240731
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
  kind   person
  note   Hezbollah deputy leader 01 Jan 1991 (date uncertain) to 28 Oct 2024; Hezbollah secretary-general 29 Oct 2024 to today

actor HASHEM_SAFIEDDINE
  name   Hashem Safieddine; Safieddine
  code   IMGHEZ 19950101?-20241003?
  kind   person
  note   Hezbollah executive council head 01 Jan 1995 (date uncertain) to 03 Oct 2024 (date uncertain). Killed in October 2024.

actor EMILE_LAHOUD
  name   Émile Lahoud; Emile Lahoud; Lahoud
  code   LBNGOV 19981124-20071123
  code   LBNELI
  kind   person
  note   president 24 Nov 1998 to 23 Nov 2007

actor MICHEL_SULEIMAN
  name   Michel Suleiman; Michel Sleiman
  code   LBNGOV 20080525-20140525
  code   LBNELI
  kind   person
  note   president 25 May 2008 to 25 May 2014

actor MICHEL_AOUN
  name   Michel Aoun
  code   LBNGOV 20161031-20221030
  code   LBNELI
  kind   person
  note   president 31 Oct 2016 to 30 Oct 2022

actor JOSEPH_AOUN
  name   Joseph Aoun
  code   LBNMIL 20170308-20250108
  code   LBNGOV 20250109-
  code   LBNELI
  kind   person
  note   army commander 08 Mar 2017 to 08 Jan 2025; president 09 Jan 2025 to today

actor AOUN
  name   Aoun
  code   LBNGOV 20161031-20221030
  code   LBNGOV 20250109-
  code   LBNELI
  kind   person
  note   president 31 Oct 2016 to 30 Oct 2022; president 09 Jan 2025 to today. The bare surname: Michel Aoun (president 2016-2022) and Joseph Aoun (president from 9 January 2025).

actor RAFIC_HARIRI
  name   Rafic Hariri; Rafik Hariri; Rafiq Hariri
  code   LBNGOV 20001026-20041021
  code   LBNELI
  kind   person
  note   prime minister 26 Oct 2000 to 21 Oct 2004. Assassinated 14 February 2005.

actor SAAD_HARIRI
  name   Saad Hariri; Saad al-Hariri
  code   LBNGOV 20091109-20110613
  code   LBNGOV 20161218-20200121
  code   LBNELI
  kind   person
  note   prime minister 09 Nov 2009 to 13 Jun 2011; prime minister 18 Dec 2016 to 21 Jan 2020

actor HARIRI
  name   Hariri
  code   LBNGOV 20001026-20041021
  code   LBNGOV 20091109-20110613
  code   LBNGOV 20161218-20200121
  code   LBNELI
  kind   person
  note   prime minister 26 Oct 2000 to 21 Oct 2004; prime minister 09 Nov 2009 to 13 Jun 2011; prime minister 18 Dec 2016 to 21 Jan 2020. The bare surname: Rafic Hariri (to 2004) and his son Saad Hariri.

actor FOUAD_SINIORA
  name   Fouad Siniora; Fuad Siniora; Siniora
  code   LBNGOV 20050719-20091109
  code   LBNELI
  kind   person
  note   prime minister 19 Jul 2005 to 09 Nov 2009

actor NAJIB_MIKATI
  name   Najib Mikati; Mikati
  code   LBNGOV 20050419-20050719
  code   LBNGOV 20110613-20140215
  code   LBNGOV 20210910-20250208
  code   LBNELI
  kind   person
  note   prime minister 19 Apr 2005 to 19 Jul 2005; prime minister 13 Jun 2011 to 15 Feb 2014; prime minister 10 Sep 2021 to 08 Feb 2025

actor TAMMAM_SALAM
  name   Tammam Salam
  code   LBNGOV 20140215-20161218
  code   LBNELI
  kind   person
  note   prime minister 15 Feb 2014 to 18 Dec 2016

actor HASSAN_DIAB
  name   Hassan Diab
  code   LBNGOV 20200121-20210910
  code   LBNELI
  kind   person
  note   prime minister 21 Jan 2020 to 10 Sep 2021

actor NAWAF_SALAM
  name   Nawaf Salam
  code   IGOUNOICJ 20240206-20250114
  code   LBNGOV 20250208-
  code   LBNELI
  kind   person
  note   ICJ president 06 Feb 2024 to 14 Jan 2025; prime minister 08 Feb 2025 to today

actor NABIH_BERRI
  name   Nabih Berri; Berri
  code   LBNLEG 19921020-
  code   LBNELI
  kind   person
  note   parliament speaker 20 Oct 1992 to today

actor GEBRAN_BASSIL
  name   Gebran Bassil; Bassil
  code   LBNGOV 20140215-20200121
  code   LBNELI
  kind   person
  note   foreign minister 15 Feb 2014 to 21 Jan 2020

actor KING_ABDULLAH_II
  name   King Abdullah II; Abdullah II; King Abdullah of Jordan
  code   JORGOV 19990207-
  code   JORELI
  kind   person
  note   king 07 Feb 1999 to today

actor AYMAN_SAFADI
  name   Ayman Safadi; Safadi
  code   JORGOV 20170115-
  code   JORELI
  kind   person
  note   foreign minister 15 Jan 2017 to today

actor NASSER_JUDEH
  name   Nasser Judeh; Judeh
  code   JORGOV 20090223-20170115
  code   JORELI
  kind   person
  note   foreign minister 23 Feb 2009 to 15 Jan 2017

actor AHMET_NECDET_SEZER
  name   Ahmet Necdet Sezer; Sezer
  code   TURGOV 20000516-20070828
  code   TURELI
  kind   person
  note   president 16 May 2000 to 28 Aug 2007

actor ABDULLAH_GUL
  name   Abdullah Gül; Abdullah Gul; Gül; Gul
  code   TURGOV 20021118-20140828
  code   TURELI
  kind   person
  note   prime minister 18 Nov 2002 to 14 Mar 2003; foreign minister 14 Mar 2003 to 28 Aug 2007; president 28 Aug 2007 to 28 Aug 2014

actor RECEP_TAYYIP_ERDOGAN
  name   Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Tayyip Erdogan; Erdoğan; Erdogan
  code   TURGOV 20030314-
  code   TURELI
  kind   person
  note   prime minister 14 Mar 2003 to 28 Aug 2014; president 28 Aug 2014 to today

actor BULENT_ECEVIT
  name   Bülent Ecevit; Bulent Ecevit; Ecevit
  code   TURGOV 19990111-20021118
  code   TURELI
  kind   person
  note   prime minister 11 Jan 1999 to 18 Nov 2002

actor AHMET_DAVUTOGLU
  name   Ahmet Davutoğlu; Ahmet Davutoglu; Davutoglu; Davutoğlu
  code   TURGOV 20090501-20160524
  code   TURELI
  kind   person
  note   foreign minister 01 May 2009 to 29 Aug 2014; prime minister 29 Aug 2014 to 24 May 2016

actor BINALI_YLDRM
  name   Binali Yıldırım; Binali Yildirim; Yildirim
  code   TURGOV 20160524-20180709
  code   TURELI
  kind   person
  note   prime minister 24 May 2016 to 09 Jul 2018

actor ALI_BABACAN
  name   Ali Babacan; Babacan
  code   TURGOV 20070829-20090501
  code   TURELI
  kind   person
  note   foreign minister 29 Aug 2007 to 01 May 2009

actor MEVLUT_CAVUSOGLU
  name   Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Cavusoglu; Çavuşoğlu
  code   TURGOV 20140829-20150828
  code   TURGOV 20151124-20230604
  code   TURELI
  kind   person
  note   foreign minister 29 Aug 2014 to 28 Aug 2015; foreign minister 24 Nov 2015 to 04 Jun 2023

actor HAKAN_FIDAN
  name   Hakan Fidan; Fidan
  code   TURGOV 20100527-
  code   TURELI
  kind   person
  note   intelligence chief 27 May 2010 to 04 Jun 2023; foreign minister 04 Jun 2023 to today

actor HULUSI_AKAR
  name   Hulusi Akar; Akar
  code   TURMIL 20150818-20180709
  code   TURGOV 20180710-20230604
  code   TURELI
  kind   person
  note   chief of general staff 18 Aug 2015 to 09 Jul 2018; defence minister 10 Jul 2018 to 04 Jun 2023

actor YASAR_GULER
  name   Yaşar Güler; Yasar Guler; Guler; Güler
  code   TURGOV 20230604-
  code   TURELI
  kind   person
  note   defence minister 04 Jun 2023 to today

actor IBRAHIM_KALN
  name   İbrahim Kalın; Ibrahim Kalin; Kalin
  code   TURGOV 20140101?-
  code   TURELI
  kind   person
  note   presidential spokesman 01 Jan 2014 (date uncertain) to 04 Jun 2023; intelligence chief 05 Jun 2023 to today

actor EKREM_IMAMOGLU
  name   Ekrem İmamoğlu; Ekrem Imamoglu; Imamoglu; İmamoğlu
  code   TUROPP
  kind   person
  note   Mayor of Istanbul from 2019; opposition presidential candidate; detained in March 2025.

actor ALI_ABDULLAH_SALEH
  name   Ali Abdullah Saleh; Ali Abdallah Saleh
  code   YEMGOV 19780717-20120227
  code   YEMELI
  kind   person
  note   president 17 Jul 1978 to 27 Feb 2012. Killed by the Houthis on 4 December 2017.

actor ABDRABBUH_MANSUR_HADI
  name   Abdrabbuh Mansur Hadi; Abd Rabbuh Mansur Hadi; Abed Rabbo Mansour Hadi; Mansour Hadi; Hadi
  code   YEMGOV 19941003-20220407
  code   YEMELI
  kind   person
  note   vice president 03 Oct 1994 to 27 Feb 2012; president 27 Feb 2012 to 07 Apr 2022

actor RASHAD_AL_ALIMI
  name   Rashad al-Alimi; al-Alimi
  code   YEMGOV 20220407-
  code   YEMELI
  kind   person
  note   presidential council chairman 07 Apr 2022 to today

actor ABDUL_MALIK_AL_HOUTHI
  name   Abdul-Malik al-Houthi; Abdul Malik al-Houthi; Abdulmalik al-Houthi
  code   YEMREB 20040910-
  code   YEMREB
  kind   person
  note   Houthi leader 10 Sep 2004 to today

actor MAHDI_AL_MASHAT
  name   Mahdi al-Mashat; al-Mashat
  code   YEMREB 20180425-
  code   YEMREB
  kind   person
  note   Houthi supreme political council head 25 Apr 2018 to today

actor MUAMMAR_GADDAFI
  name   Muammar Gaddafi; Moammar Gadhafi; Muammar al-Gaddafi; Muammar Qaddafi; Muammar al-Qaddafi; Gaddafi; Gadhafi; Qaddafi; Kadhafi; Colonel Gaddafi
  code   LBYGOV 19690901-20110823
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
  code   LBYGOV 20160330-20210315
  code   LBYELI
  kind   person
  note   prime minister 30 Mar 2016 to 15 Mar 2021

actor ABDUL_HAMID_DBEIBAH
  name   Abdul Hamid Dbeibah; Abdulhamid Dbeibah; Dbeibah; Dbeibeh
  code   LBYGOV 20210315-
  code   LBYELI
  kind   person
  note   prime minister 15 Mar 2021 to today

actor MOHAMED_AL_MENFI
  name   Mohamed al-Menfi; al-Menfi; Menfi
  code   LBYGOV 20210315-
  code   LBYELI
  kind   person
  note   presidential council head 15 Mar 2021 to today

actor KHALIFA_HAFTAR
  name   Khalifa Haftar; Khalifa Hifter; Haftar; Hifter
  code   LBYMIL 20140516-
  code   LBYELI
  kind   person
  note   Libyan National Army commander 16 May 2014 to today

actor AGUILA_SALEH
  name   Aguila Saleh; Aguila Saleh Issa
  code   LBYLEG 20140805-
  code   LBYELI
  kind   person
  note   House of Representatives speaker 05 Aug 2014 to today

actor ZINE_EL_ABIDINE_BEN_ALI
  name   Zine El Abidine Ben Ali; Zine al-Abidine Ben Ali; Ben Ali
  code   TUNGOV 19871107-20110114
  code   TUNELI
  kind   person
  note   president 07 Nov 1987 to 14 Jan 2011. Fled on 14 January 2011; died 19 September 2019.

actor MONCEF_MARZOUKI
  name   Moncef Marzouki; Marzouki
  code   TUNGOV 20111213-20141231
  code   TUNELI
  kind   person
  note   president 13 Dec 2011 to 31 Dec 2014

actor BEJI_CAID_ESSEBSI
  name   Beji Caid Essebsi; Béji Caïd Essebsi; Essebsi
  code   TUNGOV 20110227-20111224
  code   TUNGOV 20141231-20190725
  code   TUNELI
  kind   person
  note   prime minister 27 Feb 2011 to 24 Dec 2011; president 31 Dec 2014 to 25 Jul 2019

actor KAIS_SAIED
  name   Kais Saied; Kaïs Saïed; Saied
  code   TUNGOV 20191023-
  code   TUNELI
  kind   person
  note   president 23 Oct 2019 to today

actor ABDELAZIZ_BOUTEFLIKA
  name   Abdelaziz Bouteflika; Bouteflika
  code   DZAGOV 19990427-20190402
  code   DZAELI
  kind   person
  note   president 27 Apr 1999 to 02 Apr 2019. Died 17 September 2021.

actor ABDELMADJID_TEBBOUNE
  name   Abdelmadjid Tebboune; Tebboune
  code   DZAGOV 20170525-20170815
  code   DZAGOV 20191219-
  code   DZAELI
  kind   person
  note   prime minister 25 May 2017 to 15 Aug 2017; president 19 Dec 2019 to today

actor RAMTANE_LAMAMRA
  name   Ramtane Lamamra; Lamamra
  code   DZAGOV 20130911-20170525
  code   DZAGOV 20210707-20230316
  code   DZAELI
  kind   person
  note   foreign minister 11 Sep 2013 to 25 May 2017; foreign minister 07 Jul 2021 to 16 Mar 2023

actor AHMED_ATTAF
  name   Ahmed Attaf; Attaf
  code   DZAGOV 20230316-
  code   DZAELI
  kind   person
  note   foreign minister 16 Mar 2023 to today

actor KING_MOHAMMED_VI
  name   King Mohammed VI; Mohammed VI
  code   MARGOV 19990723-
  code   MARELI
  kind   person
  note   king 23 Jul 1999 to today

actor NASSER_BOURITA
  name   Nasser Bourita; Bourita
  code   MARGOV 20170405-
  code   MARELI
  kind   person
  note   foreign minister 05 Apr 2017 to today

actor AZIZ_AKHANNOUCH
  name   Aziz Akhannouch; Akhannouch
  code   MARGOV 20211007-
  code   MARELI
  kind   person
  note   prime minister 07 Oct 2021 to today

actor BISHER_KHASAWNEH
  name   Bisher Khasawneh; Bisher al-Khasawneh; Khasawneh
  code   JORGOV 20201012-20240915
  code   JORELI
  kind   person
  note   prime minister 12 Oct 2020 to 15 Sep 2024

actor JAFAR_HASSAN
  name   Jafar Hassan
  code   JORGOV 20240915-
  code   JORELI
  kind   person
  note   prime minister 15 Sep 2024 to today

actor CROWN_PRINCE_HUSSEIN
  name   Crown Prince Hussein; Hussein bin Abdullah
  code   JORGOV 20090702-
  code   JORELI
  kind   person
  note   crown prince 02 Jul 2009 to today

actor ABDELILAH_BENKIRANE
  name   Abdelilah Benkirane; Benkirane
  code   MARGOV 20111129-20170405
  code   MARELI
  kind   person
  note   prime minister 29 Nov 2011 to 05 Apr 2017

actor SAADEDDINE_OTHMANI
  name   Saadeddine Othmani; Saad Eddine El Othmani; Othmani
  code   MARGOV 20120103-20131010
  code   MARGOV 20170405-20211007
  code   MARELI
  kind   person
  note   foreign minister 03 Jan 2012 to 10 Oct 2013; prime minister 05 Apr 2017 to 07 Oct 2021

actor YOUSSEF_RAJJI
  name   Youssef Rajji; Youssef Raggi
  code   LBNGOV 20250208-
  code   LBNELI
  kind   person
  note   foreign minister 08 Feb 2025 to today

actor ABDALLAH_BOU_HABIB
  name   Abdallah Bou Habib; Bou Habib
  code   LBNGOV 20210910-20250208
  code   LBNELI
  kind   person
  note   foreign minister 10 Sep 2021 to 08 Feb 2025

actor DAVID_BARNEA
  name   David Barnea; Barnea
  code   ISRSPY 20210601-
  code   ISRELI
  kind   person
  note   Mossad director 01 Jun 2021 to today

actor YOSSI_COHEN
  name   Yossi Cohen
  code   ISRSPY 20160106-20210601
  code   ISRELI
  kind   person
  note   Mossad director 06 Jan 2016 to 01 Jun 2021

actor MEIR_DAGAN
  name   Meir Dagan; Dagan
  code   ISRSPY 20020910-20110106
  code   ISRELI
  kind   person
  note   Mossad director 10 Sep 2002 to 06 Jan 2011

actor GILAD_ERDAN
  name   Gilad Erdan; Erdan
  code   ISRGOV 20200901-20240930?
  code   ISRELI
  kind   person
  note   UN ambassador 01 Sep 2020 to 30 Sep 2024 (date uncertain)

actor DANNY_DANON
  name   Danny Danon; Danon
  code   ISRGOV 20151001-20200831
  code   ISRGOV 20241001?-
  code   ISRELI
  kind   person
  note   UN ambassador 01 Oct 2015 to 31 Aug 2020; UN ambassador 01 Oct 2024 (date uncertain) to today

actor THABIT_AL_ABBASI
  name   Thabit al-Abbasi
  code   IRQGOV 20221027?-
  code   IRQELI
  kind   person
  note   defence minister 27 Oct 2022 (date uncertain) to today

actor SALEM_ABDULLAH_AL_JABER_AL_SABAH
  name   Salem Abdullah al-Jaber al-Sabah
  code   KWTGOV 20220104?-20240104?
  code   KWTELI
  kind   person
  note   foreign minister 04 Jan 2022 (date uncertain) to 04 Jan 2024 (date uncertain)

actor NABIL_AMMAR
  name   Nabil Ammar; Ammar
  code   TUNGOV 20230207-20250225?
  code   TUNELI
  kind   person
  note   foreign minister 07 Feb 2023 to 25 Feb 2025 (date uncertain)

actor MOHAMED_ALI_NAFTI
  name   Mohamed Ali Nafti; Nafti
  code   TUNGOV 20250225?-
  code   TUNELI
  kind   person
  note   foreign minister 25 Feb 2025 (date uncertain) to today

actor SABRI_BOUKADOUM
  name   Sabri Boukadoum; Boukadoum
  code   DZAGOV 20190331-20210707
  code   DZAELI
  kind   person
  note   foreign minister 31 Mar 2019 to 07 Jul 2021

actor AHMED_AWAD_BIN_MUBARAK
  name   Ahmed Awad bin Mubarak; bin Mubarak
  code   YEMGOV 20201218-20250503
  code   YEMELI
  kind   person
  note   foreign minister 18 Dec 2020 to 05 Feb 2024; prime minister 05 Feb 2024 to 03 May 2025

actor SALEM_BIN_BREIK
  name   Salem bin Breik
  code   YEMGOV 20250503?-
  code   YEMELI
  kind   person
  note   prime minister 03 May 2025 (date uncertain) to today

actor MAEEN_ABDULMALIK
  name   Maeen Abdulmalik; Maeen Abdulmalik Saeed
  code   YEMGOV 20181015-20240205
  code   YEMELI
  kind   person
  note   prime minister 15 Oct 2018 to 05 Feb 2024
