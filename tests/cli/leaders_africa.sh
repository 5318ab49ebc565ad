#!/bin/sh
# Office-holders of the 54 African states (data/dict/leaders/africa.tac, and
# the North African entries of mena.tac): at least one fact per state whose
# heads of state and government were completed for 2000-2026, most with a
# transition on either side (GOV in office, ELI before or after), looked up
# with `tacitus dict lookup --date` in the built-in dictionary.
. "$(dirname "$0")/lib.sh"
dict_facts leaders_africa

# ---- North Africa (entries missing from mena.tac)
expect 2019-06-01 "Bensalah" DZAGOV
expect 2020-03-01 "Bensalah" DZAELI            # after Tebboune's inauguration, 19 Dec 2019
expect 2005-01-01 "Ouyahia" DZAGOV
expect 2013-01-01 "Ouyahia" DZAELI             # between his second and third terms
expect 2016-01-01 "Ahmed Gaid Salah" DZAGOV    # deputy defence minister
expect 2010-01-01 "Ahmed Gaid Salah" DZAMIL    # army chief of staff
expect 2005-01-01 "Driss Jettou" MARGOV
expect 2011-06-01 "Mebazaa" TUNGOV
expect 2018-01-01 "Chahed" TUNGOV
expect 2011-09-01 "Mustafa Abdul Jalil" LBYGOV
expect 2013-01-01 "Ali Zeidan" LBYGOV
expect 2011-06-01 "Moussa Koussa" LBYELI        # defected 30 March 2011
expect 2008-01-01 "Deng Alor" SDNGOV
expect 2017-01-01 "Deng Alor" SSDGOV            # the same man, later South Sudan's minister
expect 2018-01-01 "Bakri Hassan Saleh" SDNGOV
expect 2014-01-01 "Barnaba Marial Benjamin" SSDGOV
expect 2006-01-01 "Ely Ould Mohamed Vall" MRTGOV
expect 2003-01-01 "Ould Taya" MRTGOV
# ---- West Africa
expect 2005-01-01 "Kérékou" BENGOV
expect 2006-04-07 "Kerekou" BENELI             # day after the handover to Boni Yayi
expect 2015-06-01 "Kafando" BFAGOV
expect 2009-01-01 "Tertius Zongo" BFAGOV
expect 2005-01-01 "Pedro Pires" CPVGOV
expect 2015-01-01 "Jorge Carlos Fonseca" CPVGOV
expect 2000-06-01 "Robert Guei" CIVGOV
expect 2010-01-01 "Guillaume Soro" CIVGOV
expect 2015-01-01 "Guillaume Soro" CIVELI
expect 2000-06-01 "Rawlings" GHAGOV
expect 2001-06-01 "Rawlings" GHAELI
expect 2020-01-01 "Shirley Ayorkor Botchwey" GHAGOV
expect 2005-01-01 "Lansana Conté" GINGOV
expect 2010-06-01 "Sékouba Konaté" GINGOV
expect 2001-01-01 "Kumba Ialá" GNBGOV
expect 2016-01-01 "José Mário Vaz" GNBGOV
expect 2004-06-01 "Gyude Bryant" LBRGOV
expect 2010-01-01 "Modibo Sidibé" MLIGOV
expect 2018-06-01 "Soumeylou Boubèye Maïga" MLIGOV
expect 2010-06-01 "Salou Djibo" NERGOV
expect 2015-01-01 "Rafini" NERGOV
expect 2005-01-01 "Kwankwaso" NGAGOV          # defence minister
expect 2012-01-01 "Kwankwaso" NGAELI
expect 2020-01-01 "Bashir Magashi" NGAGOV
expect 2000-01-01 "Diouf" SENGOV
expect 2000-06-01 "Diouf" SENELI
expect 2003-01-01 "Idrissa Seck" SENGOV
expect 2005-01-01 "Kabbah" SLEGOV
expect 2010-01-01 "Ernest Bai Koroma" SLEGOV
expect 2003-01-01 "Eyadema" TGOGOV
expect 2005-03-01 "Bonfoh" TGOGOV
# ---- Central Africa
expect 2002-01-01 "Buyoya" BDIGOV
expect 2004-01-01 "Ndayizeye" BDIGOV
expect 2015-01-01 "Philemon Yang" CMRGOV
expect 2020-01-01 "Joseph Beti Assomo" CMRGOV
expect 2010-01-01 "Bozizé" CAFGOV
expect 2013-03-25 "Bozizé" CAFELI             # day after the Séléka took Bangui
expect 2013-06-01 "Djotodia" CAFGOV
expect 2015-01-01 "Samba-Panza" CAFGOV
expect 2024-03-01 "Masra" TCDGOV
expect 2012-01-01 "Emmanuel Nadingar" TCDGOV
expect 2020-01-01 "Gakosso" COGGOV
expect 2010-01-01 "Muzito" CODGOV
expect 2005-01-01 "Jean-Pierre Bemba" CODGOV    # vice president
expect 2015-01-01 "Jean-Pierre Bemba" CODELI
expect 2023-06-01 "Jean-Pierre Bemba" CODGOV    # defence minister
expect 2020-01-01 "Teodoro Nguema Obiang Mangue" GNQGOV
expect 2009-08-01 "Rogombé" GABGOV
expect 2005-01-01 "Fradique de Menezes" STPGOV
# ---- East Africa and the Horn
expect 2008-01-01 "Ahmed Abdallah Sambi" COMGOV
expect 2010-01-01 "Dileita Mohamed Dileita" DJIGOV
expect 2000-06-01 "Negasso Gidada" ETHGOV
expect 2005-01-01 "Seyoum Mesfin" ETHGOV
expect 2000-06-01 "Daniel arap Moi" KENGOV
expect 2003-06-01 "arap Moi" KENELI
expect 2021-01-01 "Raychelle Omamo" KENGOV
expect 2005-01-01 "Ravalomanana" MDGGOV
expect 2009-06-01 "Ravalomanana" MDGELI         # forced out 17 March 2009
expect 2016-01-01 "Rajaonarimampianina" MDGGOV
expect 2005-01-01 "Anerood Jugnauth" MUSGOV
expect 2016-01-01 "Gurib-Fakim" MUSGOV
expect 2000-01-01 "Bizimungu" RWAGOV
expect 2001-01-01 "Bizimungu" RWAELI
expect 2015-01-01 "Kabarebe" RWAGOV
expect 2010-01-01 "James Michel" SYCGOV
expect 2006-01-01 "Abdullahi Yusuf Ahmed" SOMGOV
expect 2010-01-01 "Sharif Sheikh Ahmed" SOMGOV
expect 2018-01-01 "Hassan Ali Khaire" SOMGOV
expect 2003-01-01 "Mkapa" TZAGOV
expect 2010-01-01 "Pinda" TZAGOV
expect 2012-01-01 "Mbabazi" UGAGOV
expect 2015-01-01 "Mbabazi" UGAELI
expect 2024-06-01 "Muhoozi Kainerugaba" UGAMIL
# ---- Southern Africa
expect 2005-01-01 "Fernando da Piedade Dias dos Santos" AGOGOV
expect 2005-01-01 "Mogae" BWAGOV
expect 2010-01-01 "Ian Khama" BWAGOV
expect 2015-01-01 "Letsie III" LSOGOV
expect 2013-01-01 "Thabane" LSOGOV
expect 2010-01-01 "Bingu wa Mutharika" MWIGOV
expect 2013-01-01 "Joyce Banda" MWIGOV
expect 2003-01-01 "Chissano" MOZGOV
expect 2006-01-01 "Chissano" MOZELI
expect 2000-06-01 "Nujoma" NAMGOV
expect 2010-01-01 "Pohamba" NAMGOV
expect 2012-01-01 "Barnabas Sibusiso Dlamini" SWZGOV
expect 2005-01-01 "Lekota" ZAFGOV
expect 2010-01-01 "Lindiwe Sisulu" ZAFGOV      # defence minister 2009-2012
expect 2005-01-01 "Mwanawasa" ZMBGOV
expect 2015-01-01 "Guy Scott" ZMBGOV
expect 2010-01-01 "Mnangagwa" ZWEGOV           # defence minister 2009-2013
expect 2010-01-01 "Chiwenga" ZWEMIL
expect 2019-01-01 "Chiwenga" ZWEGOV
expect 2016-01-01 "Lourenco" AGOGOV            # defence minister before the presidency
expect 2010-01-01 "Nyusi" MOZGOV               # defence minister 2008-2014
expect 2015-01-01 "Oldemiro Balói" MOZGOV
expect 2020-01-01 "Osman Saleh" ERIGOV
expect 2010-01-01 "Hussein Mwinyi" TZAGOV
expect 2018-01-01 "Nandi-Ndaitwah" NAMGOV      # foreign minister, then vice president and president
expect 2010-01-01 "Skelemani" BWAGOV
# ---- Foreign and defence ministers of the thin states (issue #4 item 3):
# one fact in office and one out of office per minister
expect 2009-01-01 "Assunção dos Anjos" AGOGOV
expect 2011-01-01 "Assuncao dos Anjos" AGOELI
expect 2012-01-01 "Cândido Van-Dúnem" AGOGOV       # defence minister
expect 2016-01-01 "Candido Van-Dunem" AGOELI
expect 2006-06-01 "Antoinette Batumubwira" BDIGOV
expect 2009-01-01 "Antoinette Batumubwira" BDIELI
expect 2013-01-01 "Gaciyubwenge" BDIGOV              # defence minister
expect 2016-01-01 "Gaciyubwenge" BDIELI              # replaced after the May 2015 coup attempt
expect 2022-01-01 "Albert Shingiro" BDIGOV
expect 2019-01-01 "Albert Shingiro" BDIELI
expect 2018-01-01 "Agbénonci" BENGOV
expect 2022-01-01 "Agbenonci" BENELI
expect 2013-01-01 "Nassirou Bako Arifari" BENGOV
expect 2016-01-01 "Nassirou Bako-Arifari" BENELI
expect 2020-01-01 "Baïpo-Temon" CAFGOV
expect 2017-01-01 "Sylvie Baipo Temon" CAFELI
expect 2018-01-01 "Marie-Noëlle Koyara" CAFGOV       # defence minister
expect 2022-01-01 "Marie-Noelle Koyara" CAFELI
expect 2022-01-01 "Rameaux Bireau" CAFGOV
expect 2013-06-01 "Antoine Gambi" CAFELI             # after the Séléka took Bangui
expect 2020-01-01 "Mamadou Tangara" GMBGOV
expect 2017-06-01 "Darboe" GMBGOV                    # foreign minister
expect 2020-01-01 "Darboe" GMBELI                    # after the vice presidency
expect 2018-01-01 "Mohamed Diané" GINGOV             # defence minister
expect 2021-10-01 "Mohamed Diane" GINELI             # after the coup of 5 Sep 2021
expect 2023-01-01 "Morissanda Kouyaté" GINGOV
expect 2005-01-01 "Thomas Nimely" LBRGOV
expect 2007-01-01 "Thomas Yaya Nimely" LBRELI
expect 2011-01-01 "Toga McIntosh" LBRGOV
expect 2014-01-01 "Ngafuan" LBRGOV
expect 2017-01-01 "Ngafuan" LBRELI
expect 2022-01-01 "Kemayah" LBRGOV
expect 2025-01-01 "Kemayah" LBRELI
expect 2010-01-01 "Samukai" LBRGOV                   # defence minister
expect 2019-01-01 "Samukai" LBRELI
expect 2020-01-01 "Ziankahn" LBRGOV
expect 2024-06-01 "Ziankahn" LBRELI
expect 2016-01-01 "Mokhosi" LSOGOV                   # defence minister
expect 2018-01-01 "Mokhosi" LSOELI
expect 2005-01-01 "Marcel Ranjeva" MDGGOV
expect 2010-01-01 "Marcel Ranjeva" MDGELI
expect 2019-06-01 "Ismail Ould Cheikh Ahmed" MRTGOV
expect 2017-01-01 "Ismail Ould Cheikh Ahmed" MRTELI  # UN envoy for Yemen then
expect 2022-01-01 "Ould Merzoug" MRTGOV
expect 2012-01-01 "Boolell" MUSGOV
expect 2018-01-01 "Boolell" MUSELI
expect 2021-01-01 "Mkaka" MWIGOV
expect 2023-01-01 "Mkaka" MWIELI
expect 2011-06-01 "Peter Mutharika" MWIGOV           # minister before his presidency
expect 2013-01-01 "Peter Mutharika" MWIELI
expect 2014-01-01 "Nahas Angula" NAMGOV              # defence minister after the premiership
expect 2016-01-01 "Nahas Angula" NAMELI
expect 2005-01-01 "Nghimtina" NAMGOV
expect 2024-06-01 "Birame Diop" SENGOV               # minister of the armed forces
expect 2023-01-01 "Birame Diop" SENELI
expect 2009-01-01 "Zainab Bangura" SLEGOV
expect 2014-01-01 "Zainab Bangura" SLEELI            # UN special representative then
expect 2013-01-01 "Fowsiyo Yusuf Haji Adan" SOMGOV
expect 2015-01-01 "Fowsiyo Yusuf Haji Adan" SOMELI
expect 2016-01-01 "Kuol Manyang Juuk" SSDGOV         # defence minister
expect 2022-01-01 "Angelina Teny" SSDGOV
expect 2024-01-01 "Angelina Teny" SSDELI
expect 2020-01-01 "Thuli Dladla" SWZGOV
expect 2024-06-01 "Thulisile Dladla" SWZELI
expect 2012-01-01 "Jean-Paul Adam" SYCGOV
expect 2022-01-01 "Radegonde" SYCGOV
expect 2019-01-01 "Radegonde" SYCELI
expect 2012-01-01 "Abdelkarim Zbidi" TUNGOV          # defence minister, first time
expect 2015-01-01 "Abdelkrim Zbidi" TUNELI
expect 2018-01-01 "Abdelkarim Zbidi" TUNGOV          # second time
expect 2016-01-01 "Horchani" TUNGOV
expect 2021-09-01 "Ibrahim Bartagi" TUNELI           # dismissed 26 July 2021
expect 2023-01-01 "Imed Memmiche" TUNGOV
expect 2020-01-01 "Malanji" ZMBGOV
expect 2022-01-01 "Malanji" ZMBELI
expect 2022-01-01 "Lufuma" ZMBGOV
expect 2020-01-01 "Ngoy Mukena" CODGOV               # defence minister
expect 2022-01-01 "Ngoy Mukena" CODELI
expect 2022-01-01 "Gilbert Kabanda" CODGOV
expect 2025-01-01 "Guy Kabombo" CODGOV
expect 2012-06-01 "Osama al-Juwaili" LBYGOV          # defence minister
expect 2013-06-01 "Osama al-Juwaili" LBYELI
expect 2013-10-01 "al-Thinni" LBYGOV                 # defence minister before the premiership
expect 2013-01-01 "Mohammed al-Barghathi" LBYGOV
expect 2014-01-01 "Mohammed al-Barghathi" LBYELI
expect 2021-06-01 "Rosine Sori-Coulibaly" BFAGOV
expect 2022-06-01 "Rosine Coulibaly" BFAELI
expect 2023-06-01 "Kassoum Coulibaly" BFAGOV         # defence minister
expect 2025-06-01 "Célestin Simporé" BFAGOV
expect 2022-01-01 "Alkassoum Indattou" NERGOV        # defence minister
expect 2024-01-01 "Alkassoum Indattou" NERELI        # after the coup of 26 July 2023
expect 2018-01-01 "Luís Filipe Tavares" CPVGOV
expect 2023-01-01 "Luis Filipe Tavares" CPVELI
expect 2019-06-01 "Ossouka Raponda" GABGOV          # defence minister before the premiership
expect 2015-01-01 "Emmanuel Issoze-Ngondet" GABGOV  # foreign minister before the premiership
expect 2006-06-01 "Kpatcha Gnassingbé" TGOGOV      # defence minister
expect 2010-01-01 "Kpatcha Gnassingbe" TGOELI
expect 2012-01-01 "Elliott Ohin" TGOGOV
expect 2015-01-01 "Elliott Ohin" TGOELI
expect 2015-01-01 "Agapito Mba Mokuy" GNQGOV
expect 2020-01-01 "Mba Mokuy" GNQELI
expect 2021-01-01 "Michael Moussa Adamo" GABGOV    # defence minister
expect 2024-01-01 "Michael Moussa Adamo" GABELI    # after the coup of 30 August 2023
expect 2024-01-01 "Ismaïla Madior Fall" SENGOV      # foreign minister
expect 2020-06-01 "Ismaila Madior Fall" SENELI     # between his two terms at justice
expect 2023-01-01 "Aïssata Tall Sall" SENGOV        # still foreign minister under Amadou Ba
expect 2018-06-01 "Makgothi" LSOGOV
expect 2021-01-01 "Makgothi" LSOELI
expect 2019-01-01 "Deng Alor" SSDELI              # a South Sudanese after his term
expect 2007-01-01 "Rémy Ze Meka" CMRGOV            # minister delegate for defence
expect 2010-01-01 "Remy Ze Meka" CMRELI
expect 2019-01-01 "Nibigira" BDIGOV
expect 2021-01-01 "Nibigira" BDIELI
