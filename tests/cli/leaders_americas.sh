#!/bin/sh
# Office-holder facts for the Americas (data/dict/leaders/americas.tac): the
# foreign, defence and security ministers added for the Caribbean and Latin
# American states, and Dominica's presidents. For each state a name, a date and
# the code the built-in dictionary must give then: in office (GOV), and before
# or after it (ELI), most of them around a transition.
. "$(dirname "$0")/lib.sh"
dict_facts leaders_americas

# ---- United States: the acting defence secretary after Esper
expect 2020-12-01 "Christopher C. Miller" USAGOV
expect 2021-03-01 "Christopher C. Miller" USAELI
# ---- Bahamas: foreign and national security ministers
expect 2010-01-01 "Brent Symonette" BHSGOV
expect 2013-01-01 "Brent Symonette" BHSELI
expect 2019-01-01 "Darren Henfield" BHSGOV
expect 2021-09-18 "Henfield" BHSELI             # day after Davis took over
expect 2005-06-01 "Cynthia Pratt" BHSGOV
expect 2008-01-01 "Cynthia Pratt" BHSELI
expect 2014-01-01 "Bernard Nottage" BHSGOV
expect 2018-01-01 "Bernard Nottage" BHSELI
expect 2019-01-01 "Marvin Dames" BHSGOV
expect 2022-01-01 "Marvin Dames" BHSELI
expect 2024-01-01 "Wayne Munroe" BHSGOV
expect 2015-01-01 "Wayne Munroe" BHSELI
# ---- Belize
expect 2015-01-01 "Wilfred Elrington" BLZGOV
expect 2021-01-01 "Elrington" BLZELI
expect 2022-01-01 "Eamon Courtenay" BLZGOV
expect 2019-01-01 "Eamon Courtenay" BLZELI
# ---- Barbados
expect 2005-01-01 "Billie Miller" BRBGOV
expect 2009-01-01 "Billie Miller" BRBELI
expect 2012-01-01 "Maxine McClean" BRBGOV
expect 2019-01-01 "Maxine McClean" BRBELI
expect 2020-01-01 "Jerome Walcott" BRBGOV
expect 2024-01-01 "Kerrie Symmonds" BRBGOV
expect 2017-01-01 "Kerrie Symmonds" BRBELI
# ---- Costa Rica
expect 2004-01-01 "Roberto Tovar Faja" CRIGOV
expect 2008-01-01 "Bruno Stagno Ugarte" CRIGOV
expect 2010-05-09 "Bruno Stagno" CRIELI         # day after Chinchilla's inauguration
expect 2013-01-01 "Enrique Castillo Barrantes" CRIGOV
expect 2016-01-01 "Manuel González Sanz" CRIGOV
expect 2018-05-09 "Manuel Gonzalez Sanz" CRIELI
expect 2020-01-01 "Epsy Campbell" CRIGOV          # vice president after leaving the foreign ministry
expect 2022-05-09 "Epsy Campbell Barr" CRIELI
# ---- Dominica: presidents
expect 2008-01-01 "Nicholas Liverpool" DMAGOV
expect 2013-01-01 "Eliud Williams" DMAGOV
expect 2014-01-01 "Eliud Williams" DMAELI
expect 2020-01-01 "Charles Savarin" DMAGOV
expect 2023-10-03 "Charles Savarin" DMAELI
expect 2023-10-03 "Sylvanie Burton" DMAGOV
# ---- Dominican Republic
expect 2010-01-01 "Carlos Morales Troncoso" DOMGOV
expect 2003-01-01 "Morales Troncoso" DOMELI
expect 2018-01-01 "Rubén Darío Paulino Sem" DOMGOV
expect 2021-01-01 "Paulino Sem" DOMELI
expect 2022-01-01 "Carlos Luciano Díaz Morfa" DOMGOV
expect 2025-01-01 "Carlos Antonio Fernández Onofre" DOMGOV
# ---- Grenada
expect 2023-01-01 "Joseph Andall" GRDGOV
expect 2020-01-01 "Joseph Andall" GRDELI
# ---- Guatemala
expect 2010-01-01 "Haroldo Rodas" GTMGOV
expect 2012-01-15 "Haroldo Rodas" GTMELI
expect 2025-01-01 "Henry Sáenz" GTMGOV
expect 2023-01-01 "Henry Saenz" GTMELI
# ---- Guyana
expect 2017-01-01 "Carl Greenidge" GUYGOV
expect 2021-01-01 "Carl Greenidge" GUYELI
expect 2019-12-01 "Karen Cummings" GUYGOV
expect 2020-08-03 "Karen Cummings" GUYELI        # day after Ali's cabinet took over
# ---- Honduras
expect 2023-01-01 "Rixi Moncada" HNDGOV          # finance minister
expect 2025-01-01 "Rixi Moncada" HNDGOV          # defence minister
expect 2021-01-01 "Rixi Moncada" HNDELI
# ---- Haiti
expect 2024-08-01 "Dominique Dupuy" HTIGOV
expect 2025-03-01 "Dominique Dupuy" HTIELI
# ---- Jamaica
expect 2010-01-01 "Kenneth Baugh" JAMGOV
expect 2013-01-01 "Ken Baugh" JAMELI
expect 2014-01-01 "AJ Nicholson" JAMGOV
expect 2016-03-04 "Arnold Nicholson" JAMELI
expect 2014-01-01 "Peter Bunting" JAMGOV
expect 2017-01-01 "Peter Bunting" JAMELI
expect 2022-01-01 "Horace Chang" JAMGOV
expect 2014-01-01 "Horace Chang" JAMELI
# ---- Saint Kitts and Nevis
expect 2016-01-01 "Mark Brantley" KNAGOV
expect 2014-01-01 "Mark Brantley" KNAELI
# ---- Saint Lucia
expect 2013-01-01 "Alva Baptiste" LCAGOV
expect 2018-01-01 "Alva Baptiste" LCAELI
expect 2024-01-01 "Alva Baptiste" LCAGOV
expect 2018-01-01 "Sarah Flood-Beaubrun" LCAGOV
expect 2022-01-01 "Sarah Flood-Beaubrun" LCAELI
# ---- Nicaragua
expect 2004-01-01 "Norman Caldera" NICGOV
expect 2008-01-01 "Norman Caldera" NICELI
expect 2012-01-01 "Samuel Santos López" NICGOV
expect 2018-01-01 "Samuel Santos" NICELI
# ---- Panama
expect 2012-01-01 "José Raúl Mulino" PANGOV       # public security minister
expect 2018-01-01 "Mulino" PANELI
expect 2025-01-01 "Mulino" PANGOV
expect 2007-01-01 "Samuel Lewis Navarro" PANGOV
expect 2009-07-02 "Samuel Lewis Navarro" PANELI
expect 2016-01-01 "Isabel Saint Malo" PANGOV
expect 2019-07-02 "Isabel Saint Malo de Alvarado" PANELI
expect 2020-01-01 "Alejandro Ferrer" PANGOV
expect 2025-01-01 "Frank Ábrego" PANGOV
expect 2023-01-01 "Frank Abrego" PANELI
# ---- Paraguay
expect 2015-01-01 "Eladio Loizaga" PRYGOV
expect 2018-08-16 "Loizaga" PRYELI
expect 2019-01-01 "Luis Alberto Castiglioni" PRYGOV
expect 2005-01-01 "Luis Castiglioni" PRYGOV      # vice president
expect 2012-01-01 "Luis Castiglioni" PRYELI
# ---- Suriname
expect 2012-01-01 "Winston Lackin" SURGOV
expect 2016-01-01 "Lackin" SURELI
expect 2022-01-01 "Krishna Mathoera" SURGOV
expect 2019-01-01 "Mathoera" SURELI
# ---- Trinidad and Tobago
expect 2009-01-01 "Paula Gopee-Scoon" TTOGOV
expect 2012-01-01 "Paula Gopee-Scoon" TTOELI
expect 2020-01-01 "Paula Gopee-Scoon" TTOGOV     # trade minister
expect 2011-01-01 "Surujrattan Rambachan" TTOGOV
expect 2016-01-01 "Rambachan" TTOELI
expect 2014-01-01 "Winston Dookeran" TTOGOV
expect 2016-01-01 "Dookeran" TTOELI
expect 2018-01-01 "Dennis Moses" TTOGOV
expect 2021-01-01 "Dennis Moses" TTOELI
expect 2014-01-01 "Gary Griffith" TTOGOV
expect 2016-01-01 "Gary Griffith" TTOELI
expect 2020-01-01 "Gary Griffith" TTOCOP         # commissioner of police
expect 2025-09-01 "Sean Sobers" TTOGOV
expect 2025-09-01 "Roger Alexander" TTOGOV
expect 2025-09-01 "Wayne Sturge" TTOGOV
expect 2024-01-01 "Wayne Sturge" TTOELI
# ---- Uruguay: defence ministers
expect 2006-01-01 "Azucena Berrutti" URYGOV
expect 2009-01-01 "Berrutti" URYELI
expect 2009-01-01 "José Bayardi" URYGOV
expect 2015-01-01 "Jose Bayardi" URYELI
expect 2019-06-01 "Bayardi" URYGOV
expect 2014-01-01 "Eleuterio Fernández Huidobro" URYGOV
expect 2016-08-06 "Fernández Huidobro" URYELI   # died in office the day before
expect 2018-01-01 "Jorge Menéndez" URYGOV
expect 2022-01-01 "Javier García Duchini" URYGOV
expect 2025-03-02 "Javier Garcia Duchini" URYELI
expect 2025-06-01 "Sandra Lazo" URYGOV
# ---- Bolivia
expect 2017-06-01 "Fernando Huanacuni" BOLGOV
expect 2019-01-01 "Huanacuni" BOLELI
expect 2019-01-01 "Diego Pary" BOLGOV
expect 2020-01-01 "Diego Pary" BOLELI
expect 2020-01-01 "Luis Fernando López Julio" BOLGOV
expect 2021-01-01 "Luis Fernando Lopez Julio" BOLELI
expect 2024-06-26 "Edmundo Novillo" BOLGOV
expect 2019-01-01 "Edmundo Novillo" BOLELI
# ---- Ecuador and Venezuela
expect 2019-10-01 "Oswaldo Jarrín" ECUGOV
expect 2021-05-25 "Oswaldo Jarrin" ECUELI
expect 2010-01-01 "Rafael Ramírez" VENGOV       # energy minister and PDVSA head
expect 2016-01-01 "Rafael Ramirez Carreno" VENGOV  # UN ambassador
expect 2019-01-01 "Rafael Ramírez" VENELI
# ---- second pass: El Salvador, Haiti, Paraguay, Suriname, Uruguay, Trinidad and Tobago
expect 2002-01-01 "María Eugenia Brizuela de Ávila" SLVGOV
expect 2005-01-01 "Maria Eugenia Brizuela" SLVELI
expect 2012-06-01 "Atilio Benítez" SLVGOV
expect 2014-01-01 "Atilio Benitez" SLVELI
expect 2012-06-01 "David Munguía Payés" SLVGOV   # justice and security minister
expect 2018-01-01 "Antonio Rodrigue" HTIGOV
expect 2019-06-01 "Bocchit Edmond" HTIGOV
expect 2021-01-01 "Bocchit Edmond" HTIELI
expect 2013-01-01 "José Félix Fernández Estigarribia" PRYGOV
expect 2014-01-01 "Fernandez Estigarribia" PRYELI
expect 2008-01-01 "Lygia Kraag-Keteldijk" SURGOV
expect 2011-01-01 "Lygia Kraag-Keteldijk" SURELI
expect 2007-01-01 "Gonzalo Fernández" URYGOV     # secretary of the presidency
expect 2009-06-01 "Gonzalo Fernandez" URYGOV     # defence minister
expect 2011-01-01 "Gonzalo Fernández" URYELI
expect 2009-06-01 "Pedro Vaz" URYGOV
expect 2009-06-01 "José Bayardi" URYELI          # between his two periods at defence
expect 2023-01-01 "Fitzgerald Hinds" TTOGOV
expect 2025-06-01 "Fitzgerald Hinds" TTOELI
expect 2020-01-01 "Stuart Young" TTOGOV          # national security minister
expect 2025-06-01 "Stuart Young" TTOELI
