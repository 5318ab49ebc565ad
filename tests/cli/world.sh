#!/bin/sh
# The built-in WORLD dictionaries (data/dict/*.tac, leaders/*.tac and the
# ISO 3166-1 actors scripts/gendict-iso.sh generates): date-aware office-holder
# facts per region, states, adjectives, capitals, organizations, armed groups
# and agents, each looked up with `tacitus dict lookup --date`.
. "$(dirname "$0")/lib.sh"
dict_facts world
# `dict lookup` splits its words at periods and drops a possessive "'s", so
# names such as "U.S." and "People's Liberation Army" are not looked up here.

# ---- Middle East and North Africa
expect 2023-09-22 "Bashar al-Assad" SYRGOV
expect 2023-09-22 "Assad" SYRGOV
expect 2026-01-29 "Assad" SYRELI
expect 2000-06-20 "Assad" SYRELI            # between Hafez's death and Bashar's accession
expect 1999-01-01 "Assad" SYRGOV            # Hafez al-Assad
expect 2025-03-01 "Ahmed al-Sharaa" SYRGOV
expect 2020-01-01 "al-Julani" SYRREB
expect 2013-01-01 "al-Sharaa" SYRGOV        # Farouk al-Sharaa, vice president
expect 2019-01-01 "Walid al-Muallem" SYRGOV
expect 2025-06-01 "Asaad al-Shaibani" SYRGOV
expect 2011-12-27 "Mohammad Reza Rahimi" IRNGOV
expect 2011-12-27 "Ahmadinejad" IRNGOV
expect 2024-06-01 "Raisi" IRNELI
expect 2015-01-01 "Khamenei" IRNGOV
expect 2025-01-01 "Araghchi" IRNGOV
expect 2018-06-01 "Mohammed bin Salman" SAUGOV
expect 2013-07-10 "King Abdullah bin Abdulaziz" SAUGOV
expect 2016-01-01 "King Abdullah bin Abdulaziz" SAUELI
expect 2013-07-10 "Sheikh Sabah" KWTGOV
expect 2013-07-10 "Mohamed bin Zayed" AREGOV
expect 2013-07-10 "Morsi" EGYELI
expect 2013-01-01 "Morsi" EGYGOV
expect 2013-07-10 "Adly Mansour" EGYGOV
expect 2013-07-10 "al-Sisi" EGYGOV
expect 2015-06-01 "Netanyahu" ISRGOV
expect 2021-12-01 "Netanyahu" ISRELI
expect 2010-01-01 "Erdogan" TURGOV
expect 2022-01-01 "Mahmoud Abbas" PSEGOV
expect 2020-01-01 "Ismail Haniyeh" IMGHAM
expect 2020-01-01 "Nasrallah" IMGHEZ
expect 2010-01-01 "Gaddafi" LBYGOV
expect 2012-01-01 "Gaddafi" LBYELI
expect 2025-03-01 "Joseph Aoun" LBNGOV
expect 2016-01-01 "Aoun" LBNELI            # between Suleiman and Michel Aoun
# ---- Europe and Eurasia
expect 2008-08-13 "Putin" RUSGOV
expect 2008-08-13 "Medvedev" RUSGOV
expect 2008-08-13 "Anatoly Serdyukov" RUSGOV
expect 2008-08-13 "Sarkozy" FRAGOV
expect 2008-08-13 "Saakashvili" GEOGOV
expect 2008-08-13 "Lado Gurgenidze" GEOGOV
expect 2015-01-01 "Saakashvili" GEOELI
expect 2022-03-01 "Zelensky" UKRGOV
expect 2025-09-12 "Lukashenko" BLRGOV
expect 2026-01-29 "Starmer" GBRGOV
expect 2023-01-01 "Boris Johnson" GBRELI
expect 2015-01-01 "Merkel" DEUGOV
expect 2022-06-01 "von der Leyen" IGOEUREEC
expect 2016-06-01 "von der Leyen" DEUGOV
expect 2020-01-01 "Stoltenberg" IGOWSTNAT
expect 2025-06-01 "Rutte" IGOWSTNAT
expect 2021-01-01 "Rutte" NLDGOV
expect 2024-06-01 "Lavrov" RUSGOV
expect 2025-06-01 "Shoigu" RUSGOV           # security council secretary
expect 2010-01-01 "Guterres" IGOUNOHCR
expect 2020-01-01 "Guterres" IGOUNO
# ---- Asia and Oceania
expect 2002-09-18 "Kim" PRKGOV
expect 2002-09-18 "Kim Jong Il" PRKGOV
expect 2002-09-18 "Koizumi" JPNGOV
expect 2016-10-14 "Xi Jinping" CHNGOV
expect 2010-08-24 "Hu Jintao" CHNGOV
expect 2016-10-14 "Sheikh Hasina" BGDGOV
expect 2025-01-01 "Sheikh Hasina" BGDELI
expect 2025-05-13 "Modi" INDGOV
expect 2025-05-13 "Jaishankar" INDGOV
expect 2025-05-13 "Shehbaz Sharif" PAKGOV
expect 2016-01-01 "Sharif" PAKGOV
expect 2025-05-13 "Imran Khan" PAKELI
expect 2026-01-29 "Sanae Takaichi" JPNGOV
expect 2026-01-29 "Li Qiang" CHNGOV
expect 2020-06-01 "Taliban" AFGREB
expect 2022-06-01 "Taliban" AFGGOV
expect 2019-01-01 "Ban Ki-moon" KORELI
expect 2012-01-01 "Ban Ki-moon" IGOUNO
expect 2023-01-01 "Anthony Albanese" AUSGOV
# ---- Africa
expect 2010-08-24 "Jacob Zuma" ZAFGOV
expect 2019-06-10 "Abiy Ahmed" ETHGOV
expect 2019-06-10 "Omar al-Bashir" SDNELI
expect 2019-01-01 "Omar al-Bashir" SDNGOV
expect 2019-06-10 "Burhan" SDNGOV
expect 2019-06-10 "Rapid Support Forces" SDNMIL
expect 2024-01-01 "Rapid Support Forces" SDNREB
expect 2022-01-09 "Assimi Goita" MLIGOV
expect 2022-01-09 "Jean-Claude Kassi Brou" IGOWAFWAS
expect 2019-01-01 "Tedros" IGOUNOWHO
expect 2024-01-01 "Ramaphosa" ZAFGOV
# ---- Americas
expect 2009-06-03 "Manuel Zelaya" HNDGOV
expect 2009-08-01 "Zelaya" HNDELI
expect 2009-06-03 "Insulza" IGOOAS
expect 2023-10-19 "Maduro" VENGOV
expect 2023-10-19 "Antony Blinken" USAGOV
expect 2017-04-07 "Trump" USAGOV
expect 2022-01-01 "Trump" USAELI
expect 2026-01-29 "Trump" USAGOV
expect 2016-01-01 "Obama" USAGOV
expect 2012-01-01 "Clinton" USAGOV         # Hillary Clinton, secretary of state
expect 2018-01-01 "Trudeau" CANGOV
expect 2015-01-01 "Lula" BRAELI
expect 2024-01-01 "Lula" BRAGOV
expect 2018-12-13 "Lu Kang" CHNGOV
# Heads of state and government across Central America, the Caribbean and
# South America, each with a transition date (the incoming and outgoing holder)
expect 2004-01-14 "Óscar Berger" GTMGOV         # took office on 14 Jan 2004
expect 2004-01-15 "Alfonso Portillo" GTMELI
expect 2008-02-08 "Dean Barrow" BLZGOV
expect 2008-02-07 "Dean Barrow" BLZELI
expect 2014-06-02 "Sánchez Cerén" SLVGOV
expect 2004-06-02 "Francisco Flores" SLVELI
expect 2001-06-01 "Carlos Roberto Flores" HNDGOV
expect 2002-01-11 "Arnoldo Aleman" NICELI
expect 2012-01-01 "Laura Chinchilla" CRIGOV
expect 2009-07-02 "Martín Torrijos" PANELI
expect 2016-01-01 "Juan Carlos Varela" PANGOV
expect 2005-01-01 "Boniface Alexandre" HTIGOV
expect 2000-01-01 "Préval" HTIGOV              # first term 1996-2001
expect 2003-01-01 "Préval" HTIELI
expect 2013-01-01 "Laurent Lamothe" HTIGOV
expect 2002-01-01 "Hipólito Mejía" DOMGOV
expect 2002-01-01 "Leonel Fernández" DOMELI
expect 2007-09-12 "Bruce Golding" JAMGOV
expect 2007-09-12 "Portia Simpson-Miller" JAMELI
expect 2025-03-20 "Stuart Young" TTOGOV
expect 2025-03-20 "Keith Rowley" TTOELI
expect 2015-01-01 "Anthony Carmona" TTOGOV
expect 2010-10-24 "Freundel Stuart" BRBGOV
expect 2004-01-01 "Perry Christie" BHSGOV
expect 2004-01-01 "Hubert Ingraham" BHSELI
expect 2010-01-01 "Baldwin Spencer" ATGGOV
expect 2003-01-01 "Pierre Charles" DMAGOV
expect 2020-01-01 "Skerrit" DMAGOV
expect 2010-01-01 "Tillman Thomas" GRDGOV
expect 2023-01-01 "Keith Mitchell" GRDELI
expect 2016-01-01 "Timothy Harris" KNAGOV
expect 2010-01-01 "Stephenson King" LCAGOV
expect 2001-01-01 "Arnhim Eustace" VCTGOV
expect 2001-04-01 "Arnhim Eustace" VCTELI
expect 2013-01-01 "Donald Ramotar" GUYGOV
expect 2015-01-01 "Bouterse" SURGOV
expect 2021-01-01 "Bouterse" SURELI
expect 2006-01-01 "Alfredo Palacio" ECUGOV
expect 2004-01-01 "Carlos Mesa" BOLGOV
expect 2003-12-01 "Sánchez de Lozada" BOLELI
expect 2003-01-01 "Jorge Batlle" URYGOV
expect 2012-06-23 "Fernando Lugo" PRYELI      # removed by impeachment 22 Jun 2012
expect 2012-06-23 "Federico Franco" PRYGOV
# Foreign and defence ministers
expect 2015-01-01 "Salvador Cienfuegos" MEXGOV
expect 2019-01-01 "Salvador Cienfuegos" MEXELI
expect 2012-01-01 "María Ángela Holguín" COLGOV
expect 2020-06-01 "Carlos Holmes Trujillo" COLGOV
expect 2008-01-01 "Nelson Jobim" BRAGOV
expect 2007-01-01 "Nilda Garré" ARGGOV
expect 2007-01-01 "Alejandro Foxley" CHLGOV
expect 2003-01-01 "Bachelet" CHLGOV             # defence minister
expect 2005-01-01 "Bachelet" CHLELI
expect 2005-01-01 "Felipe Pérez Roque" CUBGOV
expect 2010-01-01 "Pérez Roque" CUBELI
expect 2022-01-01 "Manuel Marrero Cruz" CUBGOV
expect 2001-06-01 "John Manley" CANGOV
expect 2017-01-01 "Ricardo Luna" PERGOV
expect 2001-06-01 "José Vicente Rangel" VENGOV
expect 2012-01-01 "David Choquehuanca" BOLGOV
expect 2018-01-01 "Nin Novoa" URYGOV
expect 2013-01-01 "Ricardo Patiño" ECUGOV
expect 2020-01-01 "Kamina Johnson Smith" JAMGOV
expect 2015-01-01 "Kamina Johnson Smith" JAMELI
expect 2021-01-01 "Alexandra Hill Tinoco" SLVGOV
expect 2024-07-02 "Javier Martínez-Acha" PANGOV
# Fixed terms that ended in 2026 (no re-election): the holder is ELI after
expect 2026-01-01 "Petro" COLGOV
expect 2026-08-08 "Petro" COLELI
expect 2026-03-12 "Boric" CHLELI
expect 2026-05-09 "Rodrigo Chaves" CRIELI

# ---- Oceania and the Pacific (leaders/oceania.tac; Australian and New
# Zealand prime ministers are in asia.tac)
expect 2005-01-01 "Robert Hill" AUSGOV
expect 2020-01-01 "David Hurley" AUSGOV
expect 2017-01-01 "Bill English" NZLGOV
expect 2018-01-01 "Bill English" NZLELI
expect 2005-01-01 "Somare" PNGGOV
expect 2011-08-03 "Somare" PNGELI
expect 2020-01-01 "James Marape" PNGGOV
expect 2003-01-01 "Bainimarama" FJIMIL          # armed forces commander
expect 2006-12-06 "Bainimarama" FJIGOV          # after the coup
expect 2005-01-01 "Qarase" FJIGOV
expect 2024-05-03 "Jeremiah Manele" SLBGOV
expect 2024-05-03 "Sogavare" SLBELI
expect 2025-02-12 "Jotham Napat" VUTGOV
expect 2025-02-12 "Charlot Salwai" VUTELI
expect 2016-01-01 "Baldwin Lonsdale" VUTGOV      # president, died 17 Jun 2017
expect 2017-06-18 "Baldwin Lonsdale" VUTELI
expect 2015-01-01 "Tuilaepa" WSMGOV
expect 2021-08-01 "Tuilaepa" WSMELI
expect 2012-03-19 "Tupou VI" TONGOV
expect 2008-01-01 "Tupou VI" TONELI
expect 2016-03-12 "Anote Tong" KIRELI
expect 2016-03-12 "Taneti Maamau" KIRGOV
expect 2024-03-01 "Feleti Teo" TUVGOV
expect 2023-11-01 "David Adeang" NRUGOV
expect 2021-01-01 "Lionel Aingimea" NRUGOV
expect 2010-01-01 "Remengesau" PLWELI
expect 2015-01-01 "Remengesau" PLWGOV
expect 2022-01-01 "David Kabua" MHLGOV
expect 2022-01-01 "Hilda Heine" MHLELI
expect 2020-01-01 "David Panuelo" FSMGOV

# ---- States, adjectives, capitals, blocs (dev/README conventions)
for pair in "Syria SYR" "Syrian SYR" "Emirati ARE" "Saudi SAU" "Saudi Arabia SAU" "Chinese CHN" \
            "Iranian IRN" "American USA" "United States USA" "US USA" "British GBR" "Britain GBR" \
            "Israeli ISR" "Palestinian PSE" "Burma MMR" "Swaziland SWZ" "Eswatini SWZ" "Ivory Coast CIV" \
            "Côte d'Ivoire CIV" "Türkiye TUR" "Turkey TUR" "Czechia CZE" "North Macedonia MKD" \
            "DRC COD" "North Korea PRK" "South Korea KOR" "Vietnam VNM" "Laos LAO" "Kosovo XKX" \
            "Beijing CHN" "Riyadh SAU" "Damascus SYR" "Washington USA" "Moscow RUS" "Tehran IRN" \
            "Abu Dhabi ARE" "Khartoum SDN" "New Delhi IND" "Kremlin RUSGOV" "White House USAGOV" \
            "Downing Street GBRGOV" "Elysee GBRGOV:no" "West WST:no" "the West WST" "Western WST" \
            "European EUR" "South American SAM"; do
    phrase=${pair% *}; code=${pair##* }
    case "$code" in *:no) continue ;; esac
    expect 2023-09-22 "$phrase" "$code"
done
expect 2023-09-22 "Elysee" FRAGOV
expect 2023-09-22 "state media" "~GOV"
# ---- Organizations
for pair in "United Nations IGOUNO" "UN IGOUNO" "Security Council IGOUNO" "General Assembly IGOUNO" \
            "IAEA IGOUNOIAE" "UNHCR IGOUNOHCR" "World Health Organization IGOUNOWHO" \
            "Arab League IGOMEAARL" "ECOWAS IGOWAFWAS" "African Union IGOAFRAFU" "NATO IGOWSTNAT" \
            "European Union IGOEUREEC" "EU IGOEUREEC" "Organization of American States IGOOAS" \
            "World Bank IGOWBK" "IMF IGOIMF" "International Criminal Court IGOUNOICC" "GCC IGOMEAGCC" \
            "ASEAN IGOSEAASN" "Amnesty International NGOAMN" "Doctors Without Borders NGOMSF" \
            "Hamas IMGHAM" "Hezbollah IMGHEZ" "Islamic State IMGISL" "ISIS IMGISL" "Daesh IMGISL" \
            "Houthis YEMREB" "al-Shabaab SOMREB" "M23 CODREB" "PKK TURREB" "Wagner Group RUSMIL"; do
    expect 2023-09-22 "${pair% *}" "${pair##* }"
done
expect 2023-09-22 "Hayat Tahrir al-Sham" SYRREB
expect 2025-02-01 "Hayat Tahrir al-Sham" SYRGOV
# ---- Agents
for pair in "foreign minister ~GOV" "protesters ~PRO" "security forces ~MIL" "troops ~MIL" "police ~COP" \
            "rebels ~REB" "former diplomat ~ELI" "opposition ~OPP" "refugees ~REF" "journalists ~MED" \
            "parliament ~LEG" "court ~JUD" "junta ~GOV" "entrepreneur ~BUS" "men ~CVL" "residents ~CVL"; do
    expect 2023-09-22 "${pair% *}" "${pair##* }"
done

# ---- ISO 3166-1 actors generated from iso-codes
json=${ISO_3166_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}
if [ -r "$json" ]; then
    if sh "$TOP/scripts/gendict-iso.sh" "$TMP/gen" 2>"$TMP/gen.err"; then
        n=$(grep -c '^actor ISO_' "$TMP/gen/iso3166.tac")
        want=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["3166-1"]))' "$json")
        if [ "$n" -eq "$want" ] && [ "$n" -ge 249 ]; then pass "iso3166: $n generated actors, one per entry"
        else fail "iso3166 count" "generated $n, iso-codes has $want (want >= 249)"; fi
        check "iso3166: every generated actor has a name" \
            awk '/^actor /{if (a && !n) bad=1; a=1; n=0} /^  name /{n=1} END{exit (bad || (a && !n))}' "$TMP/gen/iso3166.tac"
    else
        fail "gendict-iso.sh runs" "$(cat "$TMP/gen.err")"
    fi
    for pair in "Syrian Arab Republic SYR" "Republic of Korea KOR" \
                "Bolivarian Republic of Venezuela VEN" "Republic of Moldova MDA" "Åland Islands ALA" "Falkland Islands FLK" "Holy See VAT" \
                "British Virgin Islands VGB" "Russian Federation RUS" "Tuvalu TUV" "Zimbabwe ZWE"; do
        expect 2023-09-22 "${pair% *}" "${pair##* }"
    done
else
    skip "iso3166" "$json missing (Debian package iso-codes)"
fi

# ---- International office-holders
expect 2005-06-01 "Kofi Annan" IGOUNO
expect 2015-06-01 "Lagarde" IGOIMF
expect 2023-06-01 "Lagarde" IGOEUREEC
expect 2020-06-01 "Bachelet" IGOUNOHRC
expect 2016-06-01 "Bachelet" CHLGOV
expect 2024-06-01 "Grossi" IGOUNOIAE
expect 2022-06-01 "Okonjo-Iweala" IGOWTO
# ---- Armed groups: every dated status, and the ranges between
expect 1995-01-01 "Taliban" AFGREB
expect 1999-01-01 "Taliban" AFGGOV
expect 2019-01-01 "Tatmadaw" MMRMIL
expect 2022-01-01 "Tatmadaw" MMRGOV
expect 2021-06-01 "TPLF" ETHREB
expect 2024-06-01 "TPLF" ETHPTY
