# CAMEO root 14 — PROTEST (140–145)
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

verb REVOLT    # 140 Engage in political dissent (revolt, rise up, rebel)
  lemma   revolt; rebel; rise up; mutiny; defy the government
  form    rose up; risen up; rebelled; rebelling; defied the government
  code    140
  pattern 140   * AGAINST +

verb PROTEST    # 141 Demonstrate or rally (141x by cause); 114 a government protesting to a counterpart (dev convention: "strongly protested" to a counterpart)
  lemma   protest; demonstrate; rally; march; take to the streets; picket
  form    took to the streets; taken to the streets; taking to the streets
  code    141
  pattern 1411  * AGAINST + DEMANDING &RESIGN
  pattern 1411  * FOR &RESIGN OF +
  pattern 1414  * FOR &INSTITUTIONS
  pattern 1413  * FOR &RIGHTS
  pattern 1412  * AGAINST + &POLICYCHANGE
  pattern 114   * TO +
  pattern 141   * AGAINST +
  pattern 141   * OUTSIDE +
  pattern 141   * IN_FRONT_OF +
  pattern 141   * NEAR +
  pattern 141   * IN +

verb LEAD_PROTEST    # 141 Demonstrate (lead, organize, stage protests)
  lemma   lead; organize; organise; hold protests; hold demonstrations
  form    led; leading; leads; held protests; held demonstrations
  pattern 141   * &DISSENT AGAINST +
  pattern 141   * &PROTESTCAMP AGAINST +
  pattern 141   * &DISSENT IN +
  pattern 046   * &TALKS WITH +
  pattern 042   * DELEGATION TO +

verb HUNGER_STRIKE    # 142 Conduct hunger strike
  lemma   go on hunger strike; stage a hunger strike; begin a hunger strike
  form    went on hunger strike; gone on hunger strike; going on hunger strike; staged a hunger strike; began a hunger strike
  code    142
  pattern 1421  * DEMANDING &RESIGN
  pattern 1421  * FOR &RESIGN
  pattern 1424  * FOR &INSTITUTIONS
  pattern 1424  * DEMANDING &INSTITUTIONS
  pattern 1423  * FOR &RIGHTS
  pattern 1423  * DEMANDING &RIGHTS
  pattern 1422  * AGAINST &POLICYWORD
  pattern 1422  * OVER &POLICYWORD
  pattern 142   * AGAINST +
  pattern 142   * IN +

verb STRIKE_WORK    # 143 Conduct strike or boycott
  lemma   go on strike; stage a strike; call a strike; walk off the job; down tools; boycott
  form    went on strike; gone on strike; going on strike; staged a strike; called a strike; walked off the job; downed tools
  code    143
  pattern 1431  * DEMANDING &RESIGN
  pattern 1431  * FOR &RESIGN
  pattern 1434  * FOR &INSTITUTIONS
  pattern 1434  * DEMANDING &INSTITUTIONS
  pattern 1433  * FOR &RIGHTS
  pattern 1433  * DEMANDING &RIGHTS
  pattern 1432  * AGAINST &POLICYWORD
  pattern 1432  * OVER &POLICYWORD
  pattern 143   * AGAINST +

verb BARRICADE    # 144 Obstruct passage, block (roadblocks, barricades, sit-ins)
  lemma   barricade; blockade roads; block roads; erect barricades; set up roadblocks; build roadblocks; occupy roads
  form    blockaded roads; blocked roads; erected barricades; set up roadblocks; built roadblocks; occupied roads
  code    144
  pattern 1441  * DEMANDING &RESIGN
  pattern 1441  * FOR &RESIGN
  pattern 1444  * FOR &INSTITUTIONS
  pattern 1444  * DEMANDING &INSTITUTIONS
  pattern 1443  * FOR &RIGHTS
  pattern 1443  * DEMANDING &RIGHTS
  pattern 1442  * AGAINST &POLICYWORD
  pattern 1442  * OVER &POLICYWORD
  pattern 144   * IN +

verb RIOT    # 145 Protest violently, riot
  lemma   riot; rampage; go on the rampage; loot; torch; set ablaze; clash with police
  form    went on the rampage; clashed with police
  code    145
  pattern 1451  * DEMANDING &RESIGN
  pattern 1451  * FOR &RESIGN
  pattern 1454  * FOR &INSTITUTIONS
  pattern 1454  * DEMANDING &INSTITUTIONS
  pattern 1453  * FOR &RIGHTS
  pattern 1453  * DEMANDING &RIGHTS
  pattern 1452  * AGAINST &POLICYWORD
  pattern 1452  * OVER &POLICYWORD
  pattern 145   * IN +
  pattern 145   * AGAINST +
