# CAMEO root 20 — USE UNCONVENTIONAL MASS VIOLENCE (200–204)
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

verb MASSACRE    # 202 Engage in mass killings
  lemma   massacre; slaughter; exterminate; commit genocide; carry out mass killings; commit mass killings; carry out a massacre
  form    committed genocide; carried out mass killings; committed mass killings; carried out a massacre
  code    202
  pattern 202   * AGAINST +

verb ETHNIC_CLEANSING    # 203 Engage in ethnic cleansing
  lemma   ethnically cleanse; carry out ethnic cleansing; commit ethnic cleansing
  form    carried out ethnic cleansing; committed ethnic cleansing
  code    203
  pattern 203   * AGAINST +
  pattern 203   * OF +

verb DISPLACE    # 201 Engage in mass expulsion
  lemma   displace; forcibly displace; drive out; uproot; forcibly transfer; forcibly deport; expel en masse
  form    drove out; driven out; driving out; expelled en masse
  code    201

verb GAS    # 2041 Use chemical, biological, or radiological weapons
  lemma   poison with gas; carry out a chemical attack; launch a chemical attack
  form    gassed; gassing; carried out a chemical attack; launched a chemical attack
  code    2041
  pattern 2041  * ON +
  pattern 2041  * IN +

verb NUCLEAR_STRIKE    # 2042 Detonate nuclear weapons
  lemma   drop an atomic bomb on; drop a nuclear bomb on; nuke; detonate a nuclear bomb over
  form    dropped an atomic bomb on; dropped a nuclear bomb on; nuked; detonated a nuclear bomb over
  code    2042

verb COMMIT    # 200 Use unconventional mass violence (atrocities); 202 genocide; 203 ethnic cleansing
  lemma   perpetrate; commit atrocities; commit crimes
  form    committed atrocities; committed crimes
  pattern 200   * AGAINST +
  pattern 202   * GENOCIDE AGAINST +
  pattern 202   * GENOCIDE IN +
  pattern 203   * ETHNIC_CLEANSING AGAINST +
  pattern 203   * ETHNIC_CLEANSING IN +
  pattern 200   * &ATROCITY AGAINST +
  pattern 200   * &ATROCITY IN +
