# CAMEO root 18 — ASSAULT (180–186)
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

verb ABDUCT    # 181 Abduct, hijack, or take hostage
  lemma   abduct; kidnap; hijack; take hostage; seize hostages; snatch; take captive
  form    kidnapped; kidnapping; took hostage; taken hostage; taking hostage; seized hostages; took captive; taken captive
  code    181

verb BEAT    # 182 Physically assault
  lemma   beat; beat up; stab; punch; whip; flog; attack physically
  form    beaten; beat up; beaten up
  code    182

verb RAPE    # 1821 Sexually assault
  lemma   rape; sexually assault; sexually abuse; molest
  code    1821

verb TORTURE    # 1822 Torture
  lemma   torture; mistreat; abuse detainees
  form    abused detainees
  code    1822

verb MURDER    # 1823 Kill by physical assault
  lemma   murder; lynch; behead; decapitate; hack to death; beat to death; stab to death; strangle; execute; hang; slit throats
  form    hacked to death; beat to death; beaten to death; stabbed to death; hanged; slit the throats
  code    1823

verb BOMBING    # 183 non-military bombing (1831 suicide, 1832 car, 1833 roadside)
  lemma   blow up; detonate; set off; plant a bomb; plant bombs; carry out a bombing
  form    blew up; blown up; blowing up; set off; setting off; planted a bomb; planted bombs; carried out a bombing
  code    183
  pattern 2042  * &NUKE
  pattern 1832  * CAR_BOMB
  pattern 1833  * ROADSIDE_BOMB
  pattern 1831  * SUICIDE_VEST
  pattern 183   * &BOMB IN +
  pattern 183   * &BOMB AT +

verb SUICIDE_BOMB    # 1831 Carry out suicide bombing
  lemma   blow himself up; blow herself up; blow themselves up
  form    blew himself up; blew herself up; blew themselves up
  code    1831
  pattern 1831  * IN +
  pattern 1831  * AT +
  pattern 1831  * NEAR +

verb HUMAN_SHIELD    # 184 Use as human shield
  lemma   use as human shields; use as a human shield; use civilians as human shields
  form    used as human shields; using as human shields; used civilians as human shields; using civilians as human shields
  code    184

verb USE    # pattern-only: human shields (184), chemical weapons (2041), force against protesters (175) or a state (190), a veto (129)
  lemma   use; employ
  pattern 184   * + AS_HUMAN_SHIELDS
  pattern 184   * + AS_A_HUMAN_SHIELD
  pattern 2041  * &CHEMWEAPONS AGAINST +
  pattern 2041  * &CHEMWEAPONS ON +
  pattern 2041  * &CHEMWEAPONS IN +
  pattern 2042  * &NUKE AGAINST +
  pattern 204   * &WMD AGAINST +
  pattern 175   * FORCE AGAINST &PROTESTERS
  pattern 175   * &TEARGAS AGAINST +
  pattern 175   * &TEARGAS ON +
  pattern 175   * &TEARGAS
  pattern 194   * &MISSILES AGAINST +
  pattern 190   * FORCE AGAINST +
  pattern 129   * VETO

verb TRY_TO_KILL    # 185 Attempt to assassinate
  lemma   try to assassinate; attempt to assassinate; plot to assassinate; try to kill; attempt to kill; plot to kill; survive an assassination attempt
  form    tried to assassinate; trying to assassinate; attempted to assassinate; plotted to assassinate; tried to kill; trying to kill; attempted to kill; plotted to kill
  code    185

verb ASSASSINATE    # 186 Assassinate
  lemma   assassinate
  code    186
