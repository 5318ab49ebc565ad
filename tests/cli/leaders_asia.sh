#!/bin/sh
# Office-holder facts for Asia, Central Asia, Europe and the Middle East
# (data/dict/leaders/asia.tac, eurasia.tac, europe.tac, mena.tac): for each
# state whose heads or ministers were filled in, a name and a date and the
# code the built-in dictionary must give then, most of them on either side of
# a transition (the last day in office and the first day after).
. "$(dirname "$0")/lib.sh"
dict_facts leaders_asia

# ---- South, South-East and East Asia
expect 2006-12-08 "Jigme Singye Wangchuck" BTNGOV   # abdicated 9 December 2006
expect 2006-12-10 "Jigme Singye Wangchuck" BTNELI
expect 2024-02-01 "Tshering Tobgay" BTNGOV
expect 2004-10-10 "Norodom Sihamoni" KHMELI
expect 2004-10-10 "Norodom Sihanouk" KHMELI         # between abdication and his son's accession
expect 2023-08-22 "Prak Sokhonn" KHMGOV
expect 2023-08-23 "Prak Sokhonn" KHMELI
expect 2023-08-23 "Tea Seiha" KHMGOV
expect 2015-01-01 "Hassanal Bolkiah" BRNGOV
expect 2010-12-22 "Bouasone Bouphavanh" LAOGOV
expect 2010-12-24 "Bouasone Bouphavanh" LAOELI
expect 2022-12-31 "Sonexay Siphandone" LAOGOV
expect 2024-01-30 "Sultan Abdullah Sultan Ahmad Shah" MYSGOV
expect 2024-01-31 "Sultan Ibrahim Iskandar" MYSGOV
expect 2015-06-01 "Hishammuddin Hussein" MYSGOV
expect 2007-01-01 "Najib Razak" MYSGOV             # then deputy prime minister and defence minister
expect 2008-11-10 "Maumoon Abdul Gayoom" MDVGOV
expect 2008-11-12 "Maumoon Abdul Gayoom" MDVELI
expect 2013-01-01 "Mohamed Waheed Hassan" MDVGOV
expect 2007-01-01 "King Gyanendra" NPLGOV
expect 2009-01-01 "King Gyanendra" NPLELI
expect 2010-01-01 "Madhav Kumar Nepal" NPLGOV
expect 2017-01-01 "Bidya Devi Bhandari" NPLGOV
expect 2011-09-02 "SR Nathan" SGPELI
expect 2024-01-01 "Tharman Shanmugaratnam" SGPGOV
expect 2005-11-19 "Chandrika Kumaratunga" LKAGOV
expect 2005-11-20 "Chandrika Kumaratunga" LKAELI
expect 2023-01-01 "Dinesh Gunawardena" LKAGOV
expect 2005-08-01 "Lakshman Kadirgamar" LKAGOV
expect 2017-01-01 "Tran Dai Quang" VNMGOV
expect 2019-01-01 "Tran Dai Quang" VNMELI
expect 2020-01-01 "Ngo Xuan Lich" VNMGOV
expect 2019-01-01 "Taur Matan Ruak" TLSGOV
expect 2005-01-01 "Hong Song Nam" PRKELI
expect 2015-06-01 "Pak Pong Ju" PRKGOV
expect 2005-01-01 "Khin Nyunt" MMRELI
expect 2004-01-01 "Khin Nyunt" MMRGOV
expect 2016-01-01 "Hwang Kyo-ahn" KORGOV
expect 2017-05-12 "Hwang Kyo-ahn" KORELI
expect 2012-01-01 "Kim Kwan-jin" KORGOV
expect 2010-01-01 "Rangin Dadfar Spanta" AFGGOV
expect 2011-01-01 "Abdul Rahim Wardak" AFGGOV
expect 2013-01-01 "Abdul Rahim Wardak" AFGELI
expect 2000-06-01 "Keizo Obuchi" JPNELI           # left office 5 April 2000
expect 2000-03-01 "Keizo Obuchi" JPNGOV
expect 2010-01-01 "Toshimi Kitazawa" JPNGOV
expect 2001-01-01 "KR Narayanan" INDGOV
expect 2003-01-01 "George Fernandes" INDGOV
expect 2001-06-01 "George Fernandes" INDELI         # resigned March 2001, back in October
expect 2005-01-01 "Juwono Sudarsono" IDNGOV
expect 2020-01-01 "Delfin Lorenzana" PHLGOV
expect 2015-01-01 "Albert del Rosario" PHLGOV
expect 2010-01-01 "Abhisit Vejjajiva" THAGOV
expect 2012-01-01 "Abhisit Vejjajiva" THAELI
expect 2020-01-01 "Prawit Wongsuwan" THAGOV
expect 2001-01-01 "Rafiq Tarar" PAKGOV
expect 2001-06-21 "Rafiq Tarar" PAKELI
expect 2005-01-01 "Khurshid Kasuri" PAKGOV
expect 2020-01-01 "Pervez Khattak" PAKGOV
expect 2001-01-01 "Shahabuddin Ahmed" BGDGOV
expect 2005-01-01 "Morshed Khan" BGDGOV
# ---- Central Asia
expect 2010-01-01 "Karim Massimov" KAZGOV
expect 2013-01-01 "Karim Massimov" KAZELI
expect 2025-01-01 "Olzhas Bektenov" KAZGOV
expect 2001-01-01 "Kassym-Jomart Tokayev" KAZGOV   # prime minister 1999-2002
expect 2012-01-01 "Kassym-Jomart Tokayev" KAZELI   # at the UN in Geneva
expect 2010-06-01 "Roza Otunbayeva" KGZGOV
expect 2015-01-01 "Joomart Otorbaev" KGZGOV
expect 2022-06-01 "Akylbek Japarov" KGZGOV
expect 2010-01-01 "Akil Akilov" TJKGOV
expect 2020-01-01 "Kokhir Rasulzoda" TJKGOV
expect 2015-01-01 "Rashid Meredov" TKMGOV
expect 2020-01-01 "Abdulla Aripov" UZBGOV
expect 2010-01-01 "Tsakhiagiin Elbegdorj" MNGGOV
expect 2018-01-01 "Tsakhiagiin Elbegdorj" MNGELI
# ---- Europe
expect 2010-01-01 "Bamir Topi" ALBGOV
expect 2020-01-01 "Ilir Meta" ALBGOV
expect 2015-01-01 "Antoni Marti" ANDGOV
expect 2004-07-06 "Thomas Klestil" AUTGOV          # died in office 6 July 2004
expect 2004-07-07 "Thomas Klestil" AUTELI
expect 2010-01-01 "Werner Faymann" AUTGOV
expect 2021-01-01 "Klaudia Tanner" AUTGOV
expect 2013-07-20 "King Albert II" BELGOV
expect 2013-07-22 "King Albert II" BELELI
expect 2013-07-22 "King Philippe" BELGOV
expect 2015-01-01 "Didier Reynders" BELGOV
expect 2021-01-01 "Didier Reynders" IGOEUREEC
expect 2016-01-01 "Denis Zvizdic" BIHGOV
expect 2024-01-01 "Zeljko Komsic" BIHGOV
expect 2008-01-01 "Georgi Parvanov" BGRGOV
expect 2022-01-01 "Kiril Petkov" BGRGOV
expect 2012-01-01 "Nikolay Mladenov" BGRGOV
expect 2017-01-01 "Nickolay Mladenov" IGOUNO
expect 2008-01-01 "Ivo Sanader" HRVGOV
expect 2017-01-01 "Kolinda Grabar-Kitarovic" HRVGOV
expect 2010-01-01 "Demetris Christofias" CYPGOV
expect 2014-01-01 "Ioannis Kasoulides" CYPGOV
expect 2007-01-01 "Jiri Paroubek" CZEELI
expect 2006-01-01 "Jiri Paroubek" CZEGOV
expect 2010-01-01 "Karel Schwarzenberg" CZEELI      # between his two terms
expect 2024-01-13 "Queen Margrethe" DNKGOV
expect 2024-01-15 "Queen Margrethe" DNKELI
expect 2024-01-15 "King Frederik X" DNKGOV
expect 2013-01-01 "Helle Thorning-Schmidt" DNKGOV
expect 2010-01-01 "Andrus Ansip" ESTGOV
expect 2025-01-01 "Margus Tsahkna" ESTGOV
expect 2005-01-01 "Matti Vanhanen" FINGOV
expect 2021-01-01 "Pekka Haavisto" FINGOV
expect 2001-01-01 "Costas Simitis" GRCGOV
expect 2014-01-01 "Antonis Samaras" GRCGOV
expect 2025-03-12 "Katerina Sakellaropoulou" GRCGOV
expect 2025-03-14 "Katerina Sakellaropoulou" GRCELI
expect 2025-06-01 "Nikos Dendias" GRCGOV
expect 2003-01-01 "Peter Medgyessy" HUNGOV
expect 2010-01-01 "Olafur Ragnar Grimsson" ISLGOV
expect 2019-01-01 "Katrin Jakobsdottir" ISLGOV
expect 2010-01-01 "Brian Cowen" IRLGOV
expect 2020-01-01 "Mary McAleese" IRLELI
expect 2005-01-01 "Carlo Azeglio Ciampi" ITAGOV
expect 2000-01-01 "Massimo D'Alema" ITAGOV
expect 2012-06-01 "Giulio Terzi" ITAGOV
expect 2001-01-01 "Andris Berzins" LVAGOV
expect 2013-01-01 "Andris Berzins" LVAGOV
expect 2017-01-01 "Andris Berzins" LVAELI
expect 2012-01-01 "Valdis Dombrovskis" LVAGOV
expect 2020-01-01 "Valdis Dombrovskis" IGOEUREEC
expect 2015-01-01 "Adrian Hasler" LIEGOV
expect 2004-01-01 "Rolandas Paksas" LTUGOV
expect 2005-01-01 "Rolandas Paksas" LTUELI
expect 2022-01-01 "Ingrida Simonyte" LTUGOV
expect 2010-01-01 "Jean Asselborn" LUXGOV
expect 2025-10-02 "Grand Duke Henri" LUXGOV
expect 2025-10-04 "Grand Duke Henri" LUXELI
expect 2015-01-01 "Joseph Muscat" MLTGOV
expect 2022-01-01 "Robert Abela" MLTGOV
expect 2003-01-01 "Prince Rainier III" MCOGOV
expect 2005-01-01 "Vladimir Voronin" MDAGOV
expect 2005-01-01 "Vasile Tarlev" MDAGOV
expect 2010-01-01 "Filip Vujanovic" MNEGOV
expect 2024-01-01 "Milojko Spajic" MNEGOV
expect 2013-04-29 "Queen Beatrix" NLDGOV
expect 2013-05-01 "Queen Beatrix" NLDELI
expect 2015-01-01 "Bert Koenders" NLDGOV
expect 2020-01-01 "Frans Timmermans" IGOEUREEC
expect 2010-01-01 "Gjorge Ivanov" MKDGOV
expect 2018-01-01 "Nikola Dimitrov" MKDGOV
expect 2015-01-01 "King Harald V" NORGOV
expect 2019-01-01 "Ine Eriksen Soreide" NORGOV
expect 2003-01-01 "Leszek Miller" POLGOV
expect 2016-01-01 "Witold Waszczykowski" POLGOV
expect 2001-01-01 "Bronislaw Komorowski" POLGOV   # defence minister 2000-2001
expect 2005-01-01 "Bronislaw Komorowski" POLELI
expect 2003-01-01 "Jorge Sampaio" PRTGOV
expect 2020-01-01 "Augusto Santos Silva" PRTGOV
expect 2002-01-01 "Ion Iliescu" ROUGOV
expect 2013-01-01 "Victor Ponta" ROUGOV
expect 2025-03-01 "Ilie Bolojan" ROUGOV
expect 2002-01-01 "Zoran Djindjic" SRBGOV
expect 2016-01-01 "Ivica Dacic" SRBGOV
expect 2010-01-01 "Ivan Gasparovic" SVKGOV
expect 2015-01-01 "Miroslav Lajcak" SVKGOV
expect 2015-01-01 "Borut Pahor" SVNGOV
expect 2010-01-01 "Miguel Angel Moratinos" ESPGOV
expect 2010-01-01 "Carme Chacon" ESPGOV
expect 2010-01-01 "Carl Bildt" SWEGOV
expect 2020-01-01 "Peter Hultqvist" SWEGOV
expect 2010-01-01 "Micheline Calmy-Rey" CHEGOV
expect 2012-01-01 "Micheline Calmy-Rey" CHEELI
expect 2024-10-01 "Alain Berset" IGOEURCOE
expect 2010-01-01 "Tigran Sargsyan" ARMGOV
expect 2005-01-01 "Serzh Sargsyan" ARMGOV          # defence minister before prime minister and president
expect 2010-01-01 "Elmar Mammadyarov" AZEGOV
expect 2010-01-01 "Artur Rasizade" AZEGOV
expect 2005-01-01 "Sergei Sidorsky" BLRGOV
expect 2012-01-01 "Vano Merabishvili" GEOGOV
expect 2013-01-01 "Mykola Azarov" UKRGOV
expect 2016-01-01 "Stepan Poltorak" UKRGOV
expect 2002-01-01 "Johannes Rau" DEUGOV
expect 2005-01-01 "Johannes Rau" DEUELI
# ---- Middle East
expect 2000-05-15 "Suleyman Demirel" TURGOV
expect 2000-05-17 "Suleyman Demirel" TURELI
expect 2005-01-01 "Vecdi Gonul" TURGOV
expect 2016-01-01 "Ismet Yilmaz" TURGOV
expect 2000-01-01 "Ezer Weizman" ISRGOV
expect 2002-01-01 "Binyamin Ben-Eliezer" ISRGOV
expect 2017-01-01 "Netanyahu" ISRGOV
expect 2001-01-01 "Muhammad Mustafa Mero" SYRGOV
expect 2010-01-01 "Ali Habib Mahmud" SYRGOV
expect 2005-01-01 "Maktoum bin Rashid Al Maktoum" AREGOV
expect 2015-01-01 "Abdullah bin Nasser Al Thani" QATGOV
expect 2021-01-01 "Khalid bin Khalifa Al Thani" QATGOV
expect 2014-01-01 "Khalid al-Attiyah" QATGOV
expect 2010-01-01 "Samir Rifai" JORGOV
expect 2012-01-01 "Samir Rifai" JORELI
expect 2019-01-01 "Omar Razzaz" JORGOV
expect 2004-07-01 "Ghazi al-Yawer" IRQGOV
expect 2015-06-01 "Khalid al-Obeidi" IRQGOV
expect 2021-01-01 "Juma Inad" IRQGOV
expect 2018-06-01 "Nasser Sabah al-Ahmad al-Sabah" KWTGOV
expect 2008-01-01 "Fawzi Salloukh" LBNGOV
expect 2023-01-01 "Maurice Slim" LBNGOV
expect 2025-03-01 "Michel Menassa" LBNGOV
expect 2005-01-01 "Abdul Qadir Bajamal" YEMGOV
expect 2017-01-01 "Ahmed Obeid bin Daghr" YEMGOV
expect 2010-01-01 "Abu Bakr al-Qirbi" YEMGOV
expect 2010-01-01 "Khalid bin Ahmed Al Khalifa" BHRGOV
expect 2022-01-01 "Shihab bin Tariq" OMNGOV
# ---- Foreign and defence ministers added later
expect 2014-01-01 "Vesna Pusic" HRVGOV
expect 2021-01-01 "Marija Pejcinovic Buric" IGOEURCOE
expect 2003-01-01 "Mircea Geoana" ROUGOV
expect 2022-01-01 "Mircea Geoana" IGOWSTNAT
expect 2003-01-01 "Solomon Passy" BGRGOV
expect 2020-01-01 "Mariya Gabriel" IGOEUREEC
expect 2023-07-01 "Mariya Gabriel" BGRGOV
expect 2018-01-01 "Claus Hjort Frederiksen" DNKGOV
expect 2008-01-01 "Evangelos Meimarakis" GRCGOV
expect 2013-01-01 "Dimitris Avramopoulos" GRCGOV
expect 2016-01-01 "Dimitris Avramopoulos" IGOEUREEC
expect 2008-01-01 "Imre Szekeres" HUNGOV
expect 2001-06-01 "Bjorn Tore Godal" NORGOV
expect 2010-01-01 "Jaak Aaviksoo" ESTGOV
expect 2019-01-01 "Gudlaugur Thor Thordarson" ISLGOV
expect 2012-06-01 "Dmytro Salamatin" UKRGOV
expect 2013-06-01 "Dmytro Salamatin" UKRELI
expect 2001-06-01 "Gen Nakatani" JPNGOV
expect 2003-01-01 "Shigeru Ishiba" JPNGOV
expect 2002-01-01 "Tony Tan" SGPGOV
expect 2005-01-01 "Tony Tan" SGPELI
expect 2001-06-01 "Han Seung-soo" KORGOV
expect 2007-01-01 "Najib Razak" MYSGOV
expect 2021-01-01 "Ismail Sabri Yaakob" MYSGOV
expect 2007-01-01 "Nitya Pibulsonggram" THAGOV
expect 2010-01-01 "Antonio Milososki" MKDGOV
expect 2005-01-01 "Antanas Valionis" LTUGOV
expect 2015-01-01 "Natalia Gherman" MDAGOV
expect 2010-01-01 "Tonio Borg" MLTGOV
expect 2013-06-01 "Tonio Borg" IGOEUREEC
expect 2003-01-01 "Ranil Wickremesinghe" LKAGOV
expect 2005-01-01 "Ranil Wickremesinghe" LKAELI
expect 2005-01-01 "Mahinda Rajapaksa" LKAGOV
expect 2010-01-01 "Thongloun Sisoulith" LAOGOV
expect 1999-01-01 "Aleksandar Vucic" SRBGOV
expect 2002-01-01 "Aleksandar Vucic" SRBELI
expect 2013-01-01 "Aleksandar Vucic" SRBGOV
expect 2010-01-01 "Sven Alkalaj" BIHGOV
expect 2015-01-01 "Aurelia Frick" LIEGOV
expect 2020-01-01 "Maria Ubach" ANDGOV
expect 2015-01-01 "Mimi Kodheli" ALBGOV
expect 2016-01-01 "Marina Kaljurand" ESTGOV
expect 2010-01-01 "Rasa Jukneviciene" LTUGOV
expect 2019-01-01 "Karl Erjavec" SVNGOV
expect 2009-01-01 "Branko Vukelic" HRVGOV
expect 2016-01-01 "Mogens Lykketoft" IGOUNO
expect 2001-06-01 "Mogens Lykketoft" DNKGOV
expect 2022-06-01 "Ranko Krivokapic" MNEGOV
expect 2021-06-01 "Nicolae Ciuca" ROUGOV            # defence minister, then prime minister from November 2021
expect 2014-01-01 "Mircea Dusa" ROUGOV
expect 2003-01-01 "Nikolai Svinarov" BGRGOV
expect 2007-01-01 "Boonrawd Somtas" THAGOV

# ---- Timor-Leste: foreign and defence ministers of each constitutional government
expect 2001-01-01 "Jose Ramos-Horta" TLSELI
expect 2004-01-01 "Jose Ramos-Horta" TLSGOV         # foreign minister from independence
expect 2006-06-26 "Jose Ramos-Horta" TLSGOV         # prime minister
expect 2010-01-01 "Zacarias da Costa" TLSGOV
expect 2012-08-08 "Zacarias da Costa" TLSELI
expect 2013-01-01 "Jose Luis Guterres" TLSGOV
expect 2015-02-16 "Jose Luis Guterres" TLSELI
expect 2016-01-01 "Hernani Coelho" TLSGOV
expect 2017-09-15 "Hernani Coelho" TLSELI
expect 2018-01-01 "Aurelio Guterres" TLSGOV
expect 2018-06-22 "Aurelio Guterres" TLSELI
expect 2019-01-01 "Dionisio Babo Soares" TLSGOV
expect 2021-01-01 "Dionisio Babo Soares" TLSELI
expect 2022-01-01 "Adaljiza Magno" TLSGOV
expect 2023-07-01 "Adaljiza Magno" TLSELI
expect 2023-07-01 "Bendito Freitas" TLSGOV
expect 2005-01-01 "Roque Rodrigues" TLSGOV
expect 2007-01-01 "Roque Rodrigues" TLSELI
expect 2016-01-01 "Cirilo Cristovao" TLSGOV
expect 2017-09-15 "Cirilo Cristovao" TLSELI
expect 2020-01-01 "Filomeno Paixao" TLSGOV
expect 2023-07-01 "Filomeno Paixao" TLSELI
expect 2024-01-01 "Donaciano Gomes" TLSGOV

# ---- Brunei, Laos, Maldives, Myanmar, Mongolia: foreign and defence ministers
expect 2010-01-01 "Prince Mohamed Bolkiah" BRNGOV
expect 2016-06-01 "Prince Mohamed Bolkiah" BRNELI
expect 2017-01-01 "Erywan Yusof" BRNELI
expect 2021-06-01 "Erywan Yusof" BRNGOV
expect 2010-01-01 "Douangchay Phichit" LAOGOV
expect 2014-05-18 "Douangchay Phichit" LAOELI       # killed in a plane crash 17 May 2014
expect 2013-01-01 "Chansamone Chanyalath" LAOELI
expect 2020-01-01 "Chansamone Chanyalath" LAOGOV
expect 2020-01-01 "Mariya Didi" MDVGOV
expect 2023-11-17 "Mariya Didi" MDVELI
expect 2023-11-17 "Ghassan Maumoon" MDVGOV
expect 2013-01-01 "Wai Lwin" MMRGOV
expect 2016-01-01 "Wai Lwin" MMRELI
expect 2018-01-01 "Lt-Gen Sein Win" MMRGOV
expect 2021-02-01 "Lt-Gen Sein Win" MMRELI         # replaced at the coup
expect 2021-02-01 "Mya Tun Oo" MMRGOV
expect 2019-01-01 "Mya Tun Oo" MMRMIL
expect 2008-01-01 "Sukhbaatar Batbold" MNGELI
expect 2009-01-01 "Sukhbaatar Batbold" MNGGOV       # foreign minister, then prime minister
expect 2011-01-01 "Gombojavyn Zandanshatar" MNGGOV  # foreign minister
expect 2015-01-01 "Gombojavyn Zandanshatar" MNGELI
expect 2021-01-01 "Gombojavyn Zandanshatar" MNGLEG  # speaker of parliament
expect 2019-01-01 "Damdin Tsogtbaatar" MNGGOV
expect 2022-01-01 "Damdin Tsogtbaatar" MNGELI
expect 2019-01-01 "Batmunkh Battsetseg" MNGELI
expect 2023-01-01 "Batmunkh Battsetseg" MNGGOV

# ---- Central Asia: defence ministers
expect 2010-01-01 "Sherali Khayrulloyev" TJKGOV
expect 2014-01-01 "Sherali Khayrulloyev" TJKELI
expect 2014-01-01 "Sherali Mirzo" TJKGOV
expect 2024-01-01 "Sherali Mirzo" TJKGOV
expect 2012-01-01 "Kabul Berdiev" UZBGOV
expect 2018-01-01 "Kabul Berdiev" UZBELI
expect 2018-01-01 "Bakhodir Kurbanov" UZBELI
expect 2020-01-01 "Bakhodir Kurbanov" UZBGOV

# ---- Europe: defence ministers, San Marino's foreign secretaries
expect 2010-01-01 "Boro Vucinic" MNEGOV
expect 2012-12-04 "Boro Vucinic" MNEELI
expect 2012-12-04 "Milica Pejanovic-Djurisic" MNEGOV
expect 2016-11-28 "Milica Pejanovic-Djurisic" MNEELI
expect 2017-06-05 "Predrag Boskovic" MNEGOV
expect 2020-12-04 "Predrag Boskovic" MNEELI
expect 2021-06-01 "Olivera Injac" MNEGOV
expect 2022-04-28 "Olivera Injac" MNEELI
expect 2023-01-01 "Rasko Konjevic" MNEGOV
expect 2023-10-31 "Rasko Konjevic" MNEELI
expect 2023-10-31 "Dragan Krapovic" MNEGOV
expect 2004-06-01 "Radmila Sekerinska" MKDGOV       # deputy prime minister
expect 2010-01-01 "Radmila Sekerinska" MKDELI
expect 2019-01-01 "Radmila Sekerinska" MKDGOV       # defence minister
expect 2022-01-17 "Radmila Sekerinska" MKDELI
expect 2022-01-17 "Slavjanka Petrovska" MKDGOV
expect 2024-06-23 "Slavjanka Petrovska" MKDELI
expect 2024-06-23 "Vlado Misajlovski" MKDGOV
expect 2016-01-01 "Christoforos Fokaides" CYPGOV
expect 2018-03-01 "Christoforos Fokaides" CYPELI
expect 2022-01-01 "Charalambos Petrides" CYPGOV
expect 2023-03-01 "Charalambos Petrides" CYPELI
expect 2024-01-01 "Michalis Giorgallas" CYPGOV
expect 2025-06-01 "Michalis Giorgallas" CYPELI
expect 2025-06-01 "Vasilis Palmas" CYPGOV
expect 2021-01-01 "Anatolie Nosatii" MDAELI
expect 2022-06-01 "Anatolie Nosatii" MDAGOV
expect 2019-08-01 "Pavel Voicu" MDAGOV
expect 2019-11-14 "Pavel Voicu" MDAELI
expect 2019-11-14 "Victor Gaiciuc" MDAGOV
expect 2021-01-01 "Victor Gaiciuc" MDAELI
expect 2019-01-01 "Byron Camilleri" MLTELI
expect 2020-01-15 "Byron Camilleri" MLTGOV           # home affairs and security (the armed forces)
expect 2023-01-01 "Saoud bin Abdulrahman Al Thani" QATELI
expect 2025-06-01 "Saoud bin Abdulrahman Al Thani" QATGOV
expect 2010-06-01 "Antonella Mularoni" SMRGOV
expect 2014-01-01 "Antonella Mularoni" SMRELI
expect 2014-01-01 "Pasquale Valentini" SMRGOV
expect 2018-01-01 "Pasquale Valentini" SMRELI
expect 2018-01-01 "Nicola Renzi" SMRGOV
expect 2021-01-01 "Nicola Renzi" SMRELI
expect 2019-01-01 "Luca Beccari" SMRELI
expect 2021-01-01 "Luca Beccari" SMRGOV

# ---- Bhutan: foreign ministers
expect 2010-01-01 "Ugyen Tshering" BTNGOV
expect 2015-01-01 "Ugyen Tshering" BTNELI
expect 2016-01-01 "DN Dhungyel" BTNGOV              # information and communications minister
expect 2020-01-01 "DN Dhungyel" BTNELI
expect 2025-01-01 "DN Dhungyel" BTNGOV              # foreign minister
