# CAMEO root 11 — DISAPPROVE (110–116)
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

verb CRITICIZE    # 111 Criticize or denounce
  lemma   criticize; criticise; condemn; denounce; decry; deplore; slam; blast; lambast; lambaste; rebuke; censure; castigate; chastise; berate; assail; excoriate; hit out at; lash out at; take aim at; fault; reproach; scold; rap; pillory; ridicule; mock; vilify; disparage; question the legitimacy of; round on
  form    hit out at; hitting out at; lashed out at; lashing out at; took aim at; taken aim at; taking aim at; questioned the legitimacy of; rounded on
  code    111

verb ACCUSE    # 112 Accuse (1121 crime, 1122 human rights abuses, 1123 aggression, 1124 war crimes, 1125 espionage)
  lemma   accuse; allege; point the finger at; level accusations against; charge that
  form    pointed the finger at; levelled accusations against; leveled accusations against; charged that
  code    112
  pattern 1124  * + OF &WARCRIMES
  pattern 1123  * + OF &AGGRWORD
  pattern 1125  * + OF &SPYING
  pattern 1122  * + OF &HRABUSE
  pattern 1121  * + OF &CRIMEWORD
  pattern 112   * + OF

verb BLAME    # 112 Accuse (blame X for; blame an attack on X)
  lemma   blame; hold responsible; hold accountable
  form    held responsible; held accountable; holding responsible; holding accountable
  code    112
  pattern 112   * ON +
  pattern 112   * + FOR

verb CHARGE    # 173 charge with a crime (legal action); 112 when charging that
  lemma   charge; indict; prosecute; press charges against; file charges against; bring charges against
  form    pressed charges against; filed charges against; brought charges against
  pattern 112   * THAT +
  pattern 173   * + WITH

verb DESCRIBE    # 111 describing X negatively; 1123 as aggression; 051 positively
  lemma   describe; brand; label; dub; term; characterize; characterise; portray
  pattern 1123  * + AS &AGGRWORD
  pattern 111   * + AS &NEGWORD
  pattern 051   * + AS &POSWORD

verb COMPLAIN    # 114 Complain officially
  lemma   complain; lodge a protest; lodge a complaint; file a complaint; register a protest; lodge a formal protest; make a formal protest; summon
  form    lodged a protest; lodged a complaint; filed a complaint; registered a protest; lodged a formal protest; made a formal protest; summoned
  code    114
  pattern 114   * WITH +
  pattern 114   * TO +
  pattern 114   * ABOUT +
  pattern 114   * AGAINST +

verb SUE    # 115 Bring lawsuit against
  lemma   sue; take to court; file a lawsuit against; file suit against; bring a case against; file a case against; take legal action against
  form    took to court; taken to court; filed a lawsuit against; filed suit against; brought a case against; filed a case against; took legal action against
  code    115

verb CONVICT    # 116 Find guilty or liable (legally)
  lemma   convict; sentence; find guilty; rule against; jail for
  form    found guilty; ruled against
  code    116

verb DISAPPROVE    # 110 Disapprove
  lemma   disapprove of; frown on; frown upon; take issue with; express disapproval of; look askance at
  form    disapproved of; frowned on; frowned upon; took issue with; taken issue with; expressed disapproval of; looked askance at
  code    110
