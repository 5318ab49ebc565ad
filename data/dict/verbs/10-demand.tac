# CAMEO root 10 — DEMAND (100–108)
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

verb DEMAND    # 100 Demand (101–108 by complement)
  lemma   demand; require; press demands
  form    pressed demands
  code    100
  pattern 101   * EXPLANATION FROM +
  pattern 100   * &APOLOGY FROM +
  pattern 107   * + &CEASEFIRE
  pattern 107   * &CEASEFIRE +
  pattern 107   * &CEASEFIRE FROM +
  pattern 107   * THAT + &CEASEFIRE
  pattern 106   * + &WITHDRAWAL
  pattern 106   * &WITHDRAWAL +
  pattern 106   * &WITHDRAWAL FROM +
  pattern 106   * THAT + &WITHDRAWAL
  pattern 1054  * + &EASE &SANCTIONS
  pattern 1054  * &EASE &SANCTIONS +
  pattern 1054  * &EASE &SANCTIONS FROM +
  pattern 1054  * THAT + &EASE &SANCTIONS
  pattern 1051  * + &EASE &ADMINSANCTIONS
  pattern 1051  * &EASE &ADMINSANCTIONS +
  pattern 1051  * &EASE &ADMINSANCTIONS FROM +
  pattern 1051  * THAT + &EASE &ADMINSANCTIONS
  pattern 1053  * + &RELEASE
  pattern 1053  * &RELEASE +
  pattern 1053  * &RELEASE FROM +
  pattern 1053  * THAT + &RELEASE
  pattern 1055  * + &INVOLVE
  pattern 1055  * &INVOLVE +
  pattern 1055  * &INVOLVE FROM +
  pattern 1055  * THAT + &INVOLVE
  pattern 1056  * + &DEESCALATE
  pattern 1056  * &DEESCALATE +
  pattern 1056  * &DEESCALATE FROM +
  pattern 1056  * THAT + &DEESCALATE
  pattern 108   * + &MEET
  pattern 108   * &MEET +
  pattern 108   * &MEET FROM +
  pattern 108   * THAT + &MEET
  pattern 1031  * + &RECONSTRUCTION
  pattern 1031  * &RECONSTRUCTION +
  pattern 1031  * &RECONSTRUCTION FROM +
  pattern 1031  * THAT + &RECONSTRUCTION
  pattern 1032  * + &MILAID
  pattern 1032  * &MILAID +
  pattern 1032  * &MILAID FROM +
  pattern 1032  * THAT + &MILAID
  pattern 1033  * + &HUMAID
  pattern 1033  * &HUMAID +
  pattern 1033  * &HUMAID FROM +
  pattern 1033  * THAT + &HUMAID
  pattern 1034  * + &PEACEKEEPERS
  pattern 1034  * &PEACEKEEPERS +
  pattern 1034  * &PEACEKEEPERS FROM +
  pattern 1034  * THAT + &PEACEKEEPERS
  pattern 1031  * + &ECONAID
  pattern 1031  * &ECONAID +
  pattern 1031  * &ECONAID FROM +
  pattern 1031  * THAT + &ECONAID
  pattern 105   * + &MEDIATE
  pattern 105   * &MEDIATE +
  pattern 105   * &MEDIATE FROM +
  pattern 105   * THAT + &MEDIATE
  pattern 105   * + &MEDIATION
  pattern 105   * &MEDIATION +
  pattern 105   * &MEDIATION FROM +
  pattern 105   * THAT + &MEDIATION
  pattern 1012  * + &MILCOOP
  pattern 1012  * &MILCOOP +
  pattern 1012  * &MILCOOP FROM +
  pattern 1012  * THAT + &MILCOOP
  pattern 1013  * + &JUDCOOP
  pattern 1013  * &JUDCOOP +
  pattern 1013  * &JUDCOOP FROM +
  pattern 1013  * THAT + &JUDCOOP
  pattern 1014  * + &INTEL
  pattern 1014  * &INTEL +
  pattern 1014  * &INTEL FROM +
  pattern 1014  * THAT + &INTEL
  pattern 1011  * + &ECONCOOP
  pattern 1011  * &ECONCOOP +
  pattern 1011  * &ECONCOOP FROM +
  pattern 1011  * THAT + &ECONCOOP
  pattern 1041  * + &RESIGN
  pattern 1041  * &RESIGN +
  pattern 1041  * &RESIGN FROM +
  pattern 1041  * THAT + &RESIGN
  pattern 1041  * + &ELECTIONS
  pattern 1041  * &ELECTIONS +
  pattern 1041  * &ELECTIONS FROM +
  pattern 1041  * THAT + &ELECTIONS
  pattern 1043  * + &RIGHTS
  pattern 1043  * &RIGHTS +
  pattern 1043  * &RIGHTS FROM +
  pattern 1043  * THAT + &RIGHTS
  pattern 1044  * + &INSTITUTIONS
  pattern 1044  * &INSTITUTIONS +
  pattern 1044  * &INSTITUTIONS FROM +
  pattern 1044  * THAT + &INSTITUTIONS
  pattern 1042  * + &POLICYCHANGE
  pattern 1042  * &POLICYCHANGE +
  pattern 1042  * &POLICYCHANGE FROM +
  pattern 1042  * THAT + &POLICYCHANGE
  pattern 104   * + &REFORM
  pattern 104   * &REFORM +
  pattern 104   * &REFORM FROM +
  pattern 104   * THAT + &REFORM
  pattern 1052  * + &ENDDISSENT
  pattern 1052  * &ENDDISSENT +
  pattern 1052  * &ENDDISSENT FROM +
  pattern 1052  * THAT + &ENDDISSENT
  pattern 101   * + &INFO
  pattern 101   * &INFO +
  pattern 101   * &INFO FROM +
  pattern 101   * THAT + &INFO
  pattern 102   * + &DIPLOCOOP
  pattern 102   * &DIPLOCOOP +
  pattern 102   * &DIPLOCOOP FROM +
  pattern 102   * THAT + &DIPLOCOOP
  pattern 103   * + &AID
  pattern 103   * &AID +
  pattern 103   * &AID FROM +
  pattern 103   * THAT + &AID
  pattern 100   * + &COOPERATE
  pattern 100   * &COOPERATE +
  pattern 100   * &COOPERATE FROM +
  pattern 100   * THAT + &COOPERATE
  pattern 100   * THAT +

verb ORDER    # pattern-only: ordered halts (087), withdrawals (0874), arrests (173), strikes (190/195), invasions (192), expulsions (161/174)
  lemma   order; instruct; direct; command
  pattern 087   * HALT TO &ATTACKS +
  pattern 087   * HALT TO &ATTACKS
  pattern 087   * END TO &ATTACKS +
  pattern 0874  * WITHDRAWAL OF &TROOPS FROM +
  pattern 173   * ARREST OF +
  pattern 173   * DETENTION OF +
  pattern 195   * &AIRSTRIKES ON +
  pattern 195   * &AIRSTRIKES AGAINST +
  pattern 190   * &ATTACKS ON +
  pattern 190   * &ATTACKS AGAINST +
  pattern 192   * &TROOPS INTO +
  pattern 192   * INVASION OF +
  pattern 161   * &DIPLOMATS TO_LEAVE
  pattern 161   * EXPULSION OF + &DIPLOMATS
  pattern 174   * EXPULSION OF +
  pattern 174   * DEPORTATION OF +
  pattern 174   * + TO_LEAVE
  pattern 1053  * + TO &RELEASE
  pattern 106   * + TO &WITHDRAWAL

verb ULTIMATUM    # 139 Give ultimatum; 106/1053 deadlines to withdraw or release
  lemma   give an ultimatum; issue an ultimatum; set a deadline; deliver an ultimatum
  form    gave an ultimatum; given an ultimatum; issued an ultimatum; set a deadline; delivered an ultimatum
  code    139
  pattern 139   * TO +
  pattern 139   * FOR +

verb INSIST    # 100 Demand only when insisting on something (a plain "insisted that" is a statement)
  lemma   insist
  pattern 107   * ON &CEASEFIRE +
  pattern 107   * ON + &CEASEFIRE
  pattern 107   * THAT + MUST &CEASEFIRE
  pattern 106   * ON &WITHDRAWAL +
  pattern 106   * ON + &WITHDRAWAL
  pattern 106   * THAT + MUST &WITHDRAWAL
  pattern 1054  * ON &EASE &SANCTIONS +
  pattern 1054  * ON + &EASE &SANCTIONS
  pattern 1054  * THAT + MUST &EASE &SANCTIONS
  pattern 1051  * ON &EASE &ADMINSANCTIONS +
  pattern 1051  * ON + &EASE &ADMINSANCTIONS
  pattern 1051  * THAT + MUST &EASE &ADMINSANCTIONS
  pattern 1053  * ON &RELEASE +
  pattern 1053  * ON + &RELEASE
  pattern 1053  * THAT + MUST &RELEASE
  pattern 1055  * ON &INVOLVE +
  pattern 1055  * ON + &INVOLVE
  pattern 1055  * THAT + MUST &INVOLVE
  pattern 1056  * ON &DEESCALATE +
  pattern 1056  * ON + &DEESCALATE
  pattern 1056  * THAT + MUST &DEESCALATE
  pattern 108   * ON &MEET +
  pattern 108   * ON + &MEET
  pattern 108   * THAT + MUST &MEET
  pattern 1031  * ON &RECONSTRUCTION +
  pattern 1031  * ON + &RECONSTRUCTION
  pattern 1031  * THAT + MUST &RECONSTRUCTION
  pattern 1032  * ON &MILAID +
  pattern 1032  * ON + &MILAID
  pattern 1032  * THAT + MUST &MILAID
  pattern 1033  * ON &HUMAID +
  pattern 1033  * ON + &HUMAID
  pattern 1033  * THAT + MUST &HUMAID
  pattern 1034  * ON &PEACEKEEPERS +
  pattern 1034  * ON + &PEACEKEEPERS
  pattern 1034  * THAT + MUST &PEACEKEEPERS
  pattern 1031  * ON &ECONAID +
  pattern 1031  * ON + &ECONAID
  pattern 1031  * THAT + MUST &ECONAID
  pattern 105   * ON &MEDIATE +
  pattern 105   * ON + &MEDIATE
  pattern 105   * THAT + MUST &MEDIATE
  pattern 105   * ON &MEDIATION +
  pattern 105   * ON + &MEDIATION
  pattern 105   * THAT + MUST &MEDIATION
  pattern 1012  * ON &MILCOOP +
  pattern 1012  * ON + &MILCOOP
  pattern 1012  * THAT + MUST &MILCOOP
  pattern 1013  * ON &JUDCOOP +
  pattern 1013  * ON + &JUDCOOP
  pattern 1013  * THAT + MUST &JUDCOOP
  pattern 1014  * ON &INTEL +
  pattern 1014  * ON + &INTEL
  pattern 1014  * THAT + MUST &INTEL
  pattern 1011  * ON &ECONCOOP +
  pattern 1011  * ON + &ECONCOOP
  pattern 1011  * THAT + MUST &ECONCOOP
  pattern 1041  * ON &RESIGN +
  pattern 1041  * ON + &RESIGN
  pattern 1041  * THAT + MUST &RESIGN
  pattern 1041  * ON &ELECTIONS +
  pattern 1041  * ON + &ELECTIONS
  pattern 1041  * THAT + MUST &ELECTIONS
  pattern 1043  * ON &RIGHTS +
  pattern 1043  * ON + &RIGHTS
  pattern 1043  * THAT + MUST &RIGHTS
  pattern 1044  * ON &INSTITUTIONS +
  pattern 1044  * ON + &INSTITUTIONS
  pattern 1044  * THAT + MUST &INSTITUTIONS
  pattern 1042  * ON &POLICYCHANGE +
  pattern 1042  * ON + &POLICYCHANGE
  pattern 1042  * THAT + MUST &POLICYCHANGE
  pattern 104   * ON &REFORM +
  pattern 104   * ON + &REFORM
  pattern 104   * THAT + MUST &REFORM
  pattern 1052  * ON &ENDDISSENT +
  pattern 1052  * ON + &ENDDISSENT
  pattern 1052  * THAT + MUST &ENDDISSENT
  pattern 101   * ON &INFO +
  pattern 101   * ON + &INFO
  pattern 101   * THAT + MUST &INFO
  pattern 102   * ON &DIPLOCOOP +
  pattern 102   * ON + &DIPLOCOOP
  pattern 102   * THAT + MUST &DIPLOCOOP
  pattern 103   * ON &AID +
  pattern 103   * ON + &AID
  pattern 103   * THAT + MUST &AID
  pattern 100   * ON &COOPERATE +
  pattern 100   * ON + &COOPERATE
  pattern 100   * THAT + MUST &COOPERATE
  pattern 100   * ON +
