# CAMEO root 09 — INVESTIGATE (090–094)
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

verb INVESTIGATE    # 090 Investigate (091 crime, corruption; 092 human rights abuses; 093 military action; 094 war crimes)
  lemma   investigate; probe; look into; examine; inquire into; open an investigation into; launch an investigation into; open a probe into; launch a probe into
  form    looked into; looking into; opened an investigation into; launched an investigation into; opened a probe into; launched a probe into
  code    090
  pattern 094   * &WARCRIMES
  pattern 092   * &HRABUSE
  pattern 093   * &ATTACKS
  pattern 093   * &AIRSTRIKES
  pattern 091   * &CRIMEWORD
  pattern 091   * &SPYING

verb QUESTION    # 091 Investigate crime (questioning, interrogation by authorities)
  lemma   question; interrogate; quiz; grill
  code    091
  pattern 111   * &DOUBTWORD OF +
  pattern 111   * + &DOUBTWORD
  pattern ---   * &NEEDWORD
