#!/bin/sh
# Office-holder facts for the Pacific states (data/dict/leaders/oceania.tac):
# foreign and defence ministers, each with a date in office and one outside it,
# several on either side of a transition (the last day in office and the first
# day after). Dates marked uncertain in the dictionary are tested well inside
# the period, never at the uncertain edge.
. "$(dirname "$0")/lib.sh"
dict_facts leaders_oceania

# ---- Fiji
expect 2004-06-01 "Kaliopate Tavola" FJIGOV
expect 2006-12-06 "Kaliopate Tavola" FJIELI        # the coup of 5 December 2006
expect 2012-01-01 "Inoke Kubuabola" FJIGOV         # foreign minister
expect 2017-06-01 "Inoke Kubuabola" FJIGOV         # then defence minister
expect 2020-01-01 "Inoke Kubuabola" FJIELI
expect 2020-01-01 "Inia Seruiratu" FJIGOV
expect 2022-12-23 "Inia Seruiratu" FJIGOV
expect 2022-12-24 "Inia Seruiratu" FJIELI          # leader of the opposition under Rabuka
expect 2012-01-01 "Inia Seruiratu" FJIELI

# ---- Solomon Islands
expect 2016-01-01 "Milner Tozaka" SLBGOV
expect 2019-04-23 "Milner Tozaka" SLBGOV
expect 2019-04-24 "Milner Tozaka" SLBELI
expect 2019-04-24 "Jeremiah Manele" SLBGOV         # his successor as foreign minister
expect 2025-01-01 "Peter Shanel Agovaka" SLBGOV
expect 2009-01-01 "Peter Shanel Agovaka" SLBELI     # before he entered parliament (2010)

# ---- Tuvalu
expect 2016-01-01 "Taukelina Finikaso" TUVGOV
expect 2019-09-19 "Taukelina Finikaso" TUVELI
expect 2019-09-19 "Simon Kofe" TUVGOV
expect 2024-02-25 "Simon Kofe" TUVGOV
expect 2024-02-26 "Simon Kofe" TUVELI

# ---- Vanuatu
expect 2018-01-01 "Ralph Regenvanu" VUTGOV          # foreign minister
expect 2020-04-20 "Ralph Regenvanu" VUTELI          # Salwai's government fell; opposition leader
expect 2023-06-01 "Ralph Regenvanu" VUTGOV          # climate change minister

# ---- Marshall Islands
expect 2009-01-01 "Tony deBrum" MHLGOV
expect 2011-01-01 "Tony deBrum" MHLELI
expect 2015-06-01 "Tony deBrum" MHLGOV
expect 2017-01-01 "Tony deBrum" MHLELI

# ---- Palau
expect 2020-06-01 "Gustav Aitaro" PLWELI
expect 2021-01-21 "Gustav Aitaro" PLWGOV
expect 2024-01-01 "Gustav Aitaro" PLWGOV
