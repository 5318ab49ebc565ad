# CAMEO root 13 — THREATEN (130–139)
#
# Verb records for tacitus (docs/dictionaries.md). Written by the tacitus project from the
# CAMEO 1.1b3 category definitions; codes and labels are GDELT's CAMEO.eventcodes.txt.
# Each block names the CAMEO categories it implements. Pattern slots: $ source, + target,
# % compound (reciprocal), * the verb, &SET a synset (00-synsets.tac), A_B adjacent words.
# Blocks may emit codes of other roots (a verb is filed under its main sense).
# Most patterns leave out `$`: the coder then takes the subject of the verb's clause (which
# handles relative clauses and passives) and, without `+`, the first actor after the verb.
# An actor after a preposition (`* WITH +`) must follow it closely ("with the United States").
# "A:B" codes source->target A and target->source B (reciprocal talks, visits 042:043).
# The appeal (02), intent (03), demand (10) and reject (12) blocks share one table of
# complements, most specific first (ceasefire, withdrawal, sanctions, release, … aid,
# cooperation): edit the four together. Ties between equally heavy patterns go to the first.

verb THREATEN    # 130 Threaten (131–139 by what is threatened)
  lemma   threaten; menace; warn of; raise the spectre of; raise the specter of
  form    warned of; warning of; warns of; raised the spectre of; raised the specter of
  code    130
  pattern 1385  * + &WMD
  pattern 1385  * &WMD +
  pattern 1385  * TO &WMD AGAINST +
  pattern 1385  * &WMD ON +
  pattern 1381  * + &CLOSE &CHOKEPOINT
  pattern 1381  * &CLOSE &CHOKEPOINT +
  pattern 1381  * TO &CLOSE &CHOKEPOINT AGAINST +
  pattern 1381  * &CLOSE &CHOKEPOINT ON +
  pattern 1381  * + BLOCKADE
  pattern 1381  * BLOCKADE +
  pattern 1381  * TO BLOCKADE AGAINST +
  pattern 1381  * BLOCKADE ON +
  pattern 1382  * + &OCCUPY
  pattern 1382  * &OCCUPY +
  pattern 1382  * TO &OCCUPY AGAINST +
  pattern 1382  * &OCCUPY ON +
  pattern 1384  * + ATTACK
  pattern 1384  * ATTACK +
  pattern 1384  * TO ATTACK AGAINST +
  pattern 1384  * ATTACK ON +
  pattern 1384  * + STRIKE
  pattern 1384  * STRIKE +
  pattern 1384  * TO STRIKE AGAINST +
  pattern 1384  * STRIKE ON +
  pattern 1313  * + &CUT &RELATIONS
  pattern 1313  * &CUT &RELATIONS +
  pattern 1313  * TO &CUT &RELATIONS AGAINST +
  pattern 1313  * &CUT &RELATIONS ON +
  pattern 1313  * + &EXPEL &DIPLOMATS
  pattern 1313  * &EXPEL &DIPLOMATS +
  pattern 1313  * TO &EXPEL &DIPLOMATS AGAINST +
  pattern 1313  * &EXPEL &DIPLOMATS ON +
  pattern 134   * + &CUT &TALKS
  pattern 134   * &CUT &TALKS +
  pattern 134   * TO &CUT &TALKS AGAINST +
  pattern 134   * &CUT &TALKS ON +
  pattern 135   * + &CUT &MEDIATION
  pattern 135   * &CUT &MEDIATION +
  pattern 135   * TO &CUT &MEDIATION AGAINST +
  pattern 135   * &CUT &MEDIATION ON +
  pattern 136   * + &EXPEL &INVOLVE
  pattern 136   * &EXPEL &INVOLVE +
  pattern 136   * TO &EXPEL &INVOLVE AGAINST +
  pattern 136   * &EXPEL &INVOLVE ON +
  pattern 1311  * + &CUT &AID
  pattern 1311  * &CUT &AID +
  pattern 1311  * TO &CUT &AID AGAINST +
  pattern 1311  * &CUT &AID ON +
  pattern 1312  * + &SANCTIONS
  pattern 1312  * &SANCTIONS +
  pattern 1312  * TO &SANCTIONS AGAINST +
  pattern 1312  * &SANCTIONS ON +
  pattern 1324  * + STATE_OF_EMERGENCY
  pattern 1324  * STATE_OF_EMERGENCY +
  pattern 1324  * TO STATE_OF_EMERGENCY AGAINST +
  pattern 1324  * STATE_OF_EMERGENCY ON +
  pattern 1324  * + MARTIAL_LAW
  pattern 1324  * MARTIAL_LAW +
  pattern 1324  * TO MARTIAL_LAW AGAINST +
  pattern 1324  * MARTIAL_LAW ON +
  pattern 1323  * + CURFEW
  pattern 1323  * CURFEW +
  pattern 1323  * TO CURFEW AGAINST +
  pattern 1323  * CURFEW ON +
  pattern 1322  * + BAN
  pattern 1322  * BAN +
  pattern 1322  * TO BAN AGAINST +
  pattern 1322  * BAN ON +
  pattern 1383  * + &UNCONV
  pattern 1383  * &UNCONV +
  pattern 1383  * TO &UNCONV AGAINST +
  pattern 1383  * &UNCONV ON +
  pattern 1321  * + &RESTRICT &RIGHTS
  pattern 1321  * &RESTRICT &RIGHTS +
  pattern 1321  * TO &RESTRICT &RIGHTS AGAINST +
  pattern 1321  * &RESTRICT &RIGHTS ON +
  pattern 132   * + &RESTRICT
  pattern 132   * &RESTRICT +
  pattern 132   * TO &RESTRICT AGAINST +
  pattern 132   * &RESTRICT ON +
  pattern 131   * + &QUITWORDS
  pattern 131   * &QUITWORDS +
  pattern 131   * TO &QUITWORDS AGAINST +
  pattern 131   * &QUITWORDS ON +
  pattern 137   * + CRACK_DOWN
  pattern 137   * CRACK_DOWN +
  pattern 137   * TO CRACK_DOWN AGAINST +
  pattern 137   * CRACK_DOWN ON +
  pattern 137   * + CRACKDOWN
  pattern 137   * CRACKDOWN +
  pattern 137   * TO CRACKDOWN AGAINST +
  pattern 137   * CRACKDOWN ON +
  pattern 133   * + &DISSENT
  pattern 133   * &DISSENT +
  pattern 133   * TO &DISSENT AGAINST +
  pattern 133   * &DISSENT ON +
  pattern 139   * + ULTIMATUM
  pattern 139   * ULTIMATUM +
  pattern 139   * TO ULTIMATUM AGAINST +
  pattern 139   * ULTIMATUM ON +
  pattern 138   * + &FORCE
  pattern 138   * &FORCE +
  pattern 138   * TO &FORCE AGAINST +
  pattern 138   * &FORCE ON +

verb WARN    # 100 Demand (a warning with no stated consequence, per the dev conventions); 13x when a consequence is named
  lemma   warn; caution; admonish
  code    100
  pattern 1385  * + &WMD
  pattern 1385  * &WMD +
  pattern 1381  * + &CLOSE &CHOKEPOINT
  pattern 1381  * &CLOSE &CHOKEPOINT +
  pattern 1381  * + BLOCKADE
  pattern 1381  * BLOCKADE +
  pattern 1382  * + &OCCUPY
  pattern 1382  * &OCCUPY +
  pattern 1384  * + ATTACK
  pattern 1384  * ATTACK +
  pattern 1384  * + STRIKE
  pattern 1384  * STRIKE +
  pattern 1313  * + &CUT &RELATIONS
  pattern 1313  * &CUT &RELATIONS +
  pattern 1313  * + &EXPEL &DIPLOMATS
  pattern 1313  * &EXPEL &DIPLOMATS +
  pattern 134   * + &CUT &TALKS
  pattern 134   * &CUT &TALKS +
  pattern 135   * + &CUT &MEDIATION
  pattern 135   * &CUT &MEDIATION +
  pattern 136   * + &EXPEL &INVOLVE
  pattern 136   * &EXPEL &INVOLVE +
  pattern 1311  * + &CUT &AID
  pattern 1311  * &CUT &AID +
  pattern 1312  * + &SANCTIONS
  pattern 1312  * &SANCTIONS +
  pattern 1324  * + STATE_OF_EMERGENCY
  pattern 1324  * STATE_OF_EMERGENCY +
  pattern 1324  * + MARTIAL_LAW
  pattern 1324  * MARTIAL_LAW +
  pattern 1323  * + CURFEW
  pattern 1323  * CURFEW +
  pattern 1322  * + BAN
  pattern 1322  * BAN +
  pattern 1383  * + &UNCONV
  pattern 1383  * &UNCONV +
  pattern 1321  * + &RESTRICT &RIGHTS
  pattern 1321  * &RESTRICT &RIGHTS +
  pattern 132   * + &RESTRICT
  pattern 132   * &RESTRICT +
  pattern 131   * + &QUITWORDS
  pattern 131   * &QUITWORDS +
  pattern 137   * + CRACK_DOWN
  pattern 137   * CRACK_DOWN +
  pattern 137   * + CRACKDOWN
  pattern 137   * CRACKDOWN +
  pattern 133   * + &DISSENT
  pattern 133   * &DISSENT +
  pattern 139   * + ULTIMATUM
  pattern 139   * ULTIMATUM +
  pattern 138   * + &FORCE
  pattern 138   * &FORCE +
  pattern 1312  * + COULD_BE_REVERSED
  pattern 1312  * &RELIEF COULD_BE_REVERSED
  pattern 1312  * + &SANCTIONS COULD
  pattern 130   * + OF_CONSEQUENCES
  pattern 130   * + OF_SERIOUS_CONSEQUENCES
  pattern 1051  * + MUST &REINSTATE
  pattern 100   * + MUST
  pattern 100   * + AGAINST

verb CLOSE    # 1381 closing a chokepoint as a conditional threat; 163 closing borders/airspace to a country; 161 closing an embassy
  lemma   close; shut; shut down; seal off
  form    shut; shutting; shut down; shutting down; sealed off
  pattern 1381  * &CHOKEPOINT IF +
  pattern 1381  $ WILL * &CHOKEPOINT
  pattern 163   * BORDER WITH +
  pattern 163   * BORDERS WITH +
  pattern 163   * AIRSPACE TO +
  pattern 163   * &CHOKEPOINT TO +
  pattern 163   * PORTS TO +
  pattern 161   * &EMBASSY IN +
  pattern 161   * + &EMBASSY
  pattern 161   * &EMBASSY OF +

verb VOW_REVENGE    # 138 Threaten to use military force (vow revenge, retaliation)
  lemma   vow revenge; vow retaliation; vow to retaliate; vow to avenge; threaten retaliation; promise revenge; promise retaliation
  form    vowed revenge; vowed retaliation; vowed to retaliate; vowed to avenge; threatened retaliation; promised revenge; promised retaliation
  code    138
  pattern 138   * AGAINST +
  pattern 138   * ON +
  pattern 138   * FOR +
